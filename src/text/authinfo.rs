//! The texts of the AuthInfo checks (`crate::authinfo`): why a code is not valid, why one could
//! not be generated. They name lengths and positions, never a character of the code.

super::texts! {
    /// AuthInfo texts.
    AUTHINFO;
    // The scheme as the user knows it (`noun`), and in the dative (`noun_in`).
    AUTHINFO_NOUN_DENIC = "authinfo.noun.denic", "",
        "eine .de-AuthInfo",
        "a .de AuthInfo";
    AUTHINFO_NOUN_GTLD = "authinfo.noun.gtld", "",
        "eine AuthInfo",
        "an AuthInfo";
    AUTHINFO_NOUN_IN_DENIC = "authinfo.noun_in.denic", "",
        "in einer .de-AuthInfo",
        "in a .de AuthInfo";
    AUTHINFO_NOUN_IN_GTLD = "authinfo.noun_in.gtld", "",
        "in einer AuthInfo",
        "in an AuthInfo";
    // A character class the code lacks (`missing`).
    AUTHINFO_NO_LETTER = "authinfo.no_letter", "",
        "keinen Buchstaben",
        "no letter";
    AUTHINFO_NO_DIGIT = "authinfo.no_digit", "",
        "keine Ziffer",
        "no digit";
    AUTHINFO_NO_SPECIAL = "authinfo.no_special", "",
        "kein Sonderzeichen",
        "no special character";
    // The last two items of a list (`a, b und c`: `init` is `a, b`).
    AUTHINFO_LIST_AND = "authinfo.list_and", "init last",
        "{init} und {last}",
        "{init} and {last}";
    AUTHINFO_EMPTY = "authinfo.empty", "noun",
        "erwartet {noun}, aber sie ist leer",
        "expected {noun}, but it is empty";
    AUTHINFO_LENGTH = "authinfo.length", "noun min max length",
        "erwartet {noun} mit {min} bis {max} Zeichen, aber sie hat {length}",
        "expected {noun} of {min} to {max} characters, but it has {length}";
    AUTHINFO_MISSING_CLASSES = "authinfo.missing_classes", "noun_in missing",
        "erwartet mindestens einen Buchstaben, eine Ziffer und ein Sonderzeichen {noun_in}, aber sie enthält {missing}",
        "expected at least one letter, one digit and one special character {noun_in}, but it has {missing}";
    // The positions listed, and how many more there are.
    AUTHINFO_POSITIONS_MORE = "authinfo.positions_more", "listed more",
        "{listed} und {more} weiteren",
        "{listed} and {more} more";
    AUTHINFO_RULE_DENIC = "authinfo.rule.denic", "",
        "nicht erlaubt: I, O, l, o, 0, 1 und alles außerhalb von A–Z, a–z, 2–9, + - / *",
        "not allowed: I, O, l, o, 0, 1 and anything outside A–Z, a–z, 2–9, + - / *";
    AUTHINFO_RULE_GTLD = "authinfo.rule.gtld", "",
        "erlaubt: druckbare ASCII-Zeichen ohne Leerzeichen",
        "allowed: printable ASCII characters without spaces";
    AUTHINFO_INVALID_ONE = "authinfo.invalid_one", "listed noun_in rule",
        "das Zeichen an Position {listed} ist {noun_in} nicht erlaubt ({rule})",
        "character at position {listed} is not allowed {noun_in} ({rule})";
    AUTHINFO_INVALID_MANY = "authinfo.invalid_many", "listed noun_in rule",
        "die Zeichen an den Positionen {listed} sind {noun_in} nicht erlaubt ({rule})",
        "characters at positions {listed} are not allowed {noun_in} ({rule})";
    // Generating a code (`crate::authinfo::generate`).
    AUTHINFO_NOT_ENOUGH_RANDOMNESS = "authinfo.not_enough_randomness", "bytes",
        "erwartet genug Zufallsbytes für eine AuthInfo, aber sie reichten nicht ({bytes} Bytes genügen)",
        "expected enough random bytes for an AuthInfo, but they ran out ({bytes} bytes are plenty)";
    AUTHINFO_GENERATE_LENGTH = "authinfo.generate_length", "min max target length",
        "erwartet eine Länge von {min} bis {max} Zeichen für {target}, aber verlangt sind {length}",
        "expected a length of {min} to {max} characters for {target}, but got {length}";
}
