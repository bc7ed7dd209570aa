//! The texts of domain name errors (`crate::domain::DomainError`): lower-case sentence
//! fragments naming the offending label, character and position; and why IDNA2008 refuses a
//! character in its context (RFC 5892) or a label under the Bidi rule (RFC 5893).

super::texts! {
    /// Domain name error texts.
    DOMAIN;
    DOMAIN_EMPTY = "domain.empty", "",
        "erwartet einen Domainnamen, aber die Eingabe ist leer",
        "expected a domain name, but the input is empty";
    DOMAIN_MISSING_TLD = "domain.missing_tld", "name",
        "erwartet einen Domainnamen mit Top-Level-Domain wie `.de`, aber `{name}` hat keine",
        "expected a domain name with a top-level domain such as `.de`, but `{name}` has none";
    DOMAIN_EMPTY_LABEL = "domain.empty_label", "position name",
        "erwartet ein Label zwischen je zwei Punkten, aber Label {position} von `{name}` ist leer",
        "expected a label between every two dots, but label {position} of `{name}` is empty";
    DOMAIN_LABEL_TOO_LONG = "domain.label_too_long", "label length",
        "erwartet ein Label mit höchstens 63 Zeichen, aber `{label}` hat {length}",
        "expected a label of at most 63 characters, but `{label}` has {length}";
    DOMAIN_LABEL_TOO_LONG_ASCII = "domain.label_too_long_ascii", "label length",
        "erwartet ein Label mit höchstens 63 Zeichen, aber `{label}` hat in der ASCII-Form {length}",
        "expected a label of at most 63 characters, but `{label}` has {length} in its ASCII form";
    DOMAIN_NAME_TOO_LONG_AT_LEAST = "domain.name_too_long_at_least", "length",
        "erwartet einen Domainnamen mit höchstens 253 Zeichen, aber er hat mindestens {length}",
        "expected a domain name of at most 253 characters, but it has at least {length}";
    DOMAIN_NAME_TOO_LONG = "domain.name_too_long", "length",
        "erwartet einen Domainnamen mit höchstens 253 Zeichen, aber er hat {length}",
        "expected a domain name of at most 253 characters, but it has {length}";
    DOMAIN_INVALID_CHARACTER = "domain.invalid_character", "character position label",
        "das Zeichen {character} an Position {position} von `{label}` ist nicht erlaubt",
        "character {character} at position {position} of `{label}` is not allowed";
    DOMAIN_INVALID_CHARACTER_DE = "domain.invalid_character_de", "character position label",
        "das Zeichen {character} an Position {position} von `{label}` ist unter .de nicht erlaubt (die DENIC erlaubt a–z, 0–9, den Bindestrich und 93 lateinische Buchstaben wie ä, ö, ü, ß)",
        "character {character} at position {position} of `{label}` is not allowed under .de (DENIC allows a–z, 0–9, the hyphen and 93 Latin letters such as ä, ö, ü, ß)";
    DOMAIN_NOT_NFC = "domain.not_nfc", "label character position nfc",
        "`{label}` ist nicht in Unicode-Normalform C (NFC): Das Zeichen {character} an Position {position} würde sich ändern; geben Sie den Namen als `{nfc}` ein",
        "`{label}` is not in Unicode normalization form C (NFC): character {character} at position {position} would change; type the name as `{nfc}`";
    DOMAIN_LEADING_COMBINING_MARK = "domain.leading_combining_mark", "label character",
        "`{label}` beginnt an Position 1 mit dem kombinierenden Zeichen {character}, was kein Label darf",
        "`{label}` starts at position 1 with the combining mark {character}, which no label may";
    DOMAIN_INVALID_CONTEXT = "domain.invalid_context", "character position label rule",
        "das Zeichen {character} an Position {position} von `{label}` ist hier nicht erlaubt: {rule} (RFC 5892)",
        "character {character} at position {position} of `{label}` is not allowed here: {rule} (RFC 5892)";
    DOMAIN_BIDI = "domain.bidi_rule", "character position label rule",
        "das Zeichen {character} an Position {position} von `{label}` verletzt die Bidi-Regel: {rule} (RFC 5893)",
        "character {character} at position {position} of `{label}` breaks the Bidi rule: {rule} (RFC 5893)";
    DOMAIN_LEADING_HYPHEN = "domain.leading_hyphen", "label",
        "`{label}` beginnt mit einem Bindestrich, was kein Label darf",
        "`{label}` starts with a hyphen, which no label may";
    DOMAIN_TRAILING_HYPHEN = "domain.trailing_hyphen", "label",
        "`{label}` endet mit einem Bindestrich, was kein Label darf",
        "`{label}` ends with a hyphen, which no label may";
    DOMAIN_HYPHENS_AT_3_AND_4 = "domain.hyphens_at_3_and_4", "label",
        "`{label}` hat Bindestriche an den Positionen 3 und 4, die nur `xn--`-Labels haben dürfen",
        "`{label}` has hyphens at positions 3 and 4, which only `xn--` labels may have";
    DOMAIN_INVALID_PUNYCODE = "domain.invalid_punycode", "label",
        "`{label}` beginnt mit `xn--`, ist aber kein gültiger Punycode eines internationalisierten Labels",
        "`{label}` starts with `xn--` but is not valid punycode of an internationalized label";
    DOMAIN_INVALID_TLD = "domain.invalid_tld", "tld",
        "erwartet eine Top-Level-Domain aus 2 bis 63 Buchstaben a–z oder eine IDN, aber `{tld}` ist keins davon",
        "expected a top-level domain of 2 to 63 letters a–z or an IDN, but `{tld}` is neither";
    // Why a contextual character is refused (`rule` of `domain.invalid_context`).
    CONTEXT_ZERO_WIDTH_NON_JOINER = "domain.context.zero_width_non_joiner", "",
        "ein Nullbreiten-Nichtverbinder steht nur nach einem Virama oder zwischen verbindenden Buchstaben",
        "a zero width non-joiner may only follow a virama or stand between joining letters";
    CONTEXT_ZERO_WIDTH_JOINER = "domain.context.zero_width_joiner", "",
        "ein Nullbreiten-Verbinder steht nur nach einem Virama",
        "a zero width joiner may only follow a virama";
    CONTEXT_MIDDLE_DOT = "domain.context.middle_dot", "",
        "ein Mittelpunkt steht nur zwischen zwei `l`",
        "a middle dot may only stand between two `l`";
    CONTEXT_GREEK_KERAIA = "domain.context.greek_keraia", "",
        "die griechische Keraia steht nur vor einem griechischen Buchstaben",
        "the Greek keraia may only precede a Greek letter";
    CONTEXT_HEBREW_PUNCTUATION = "domain.context.hebrew_punctuation", "",
        "Geresch und Gerschajim stehen nur nach einem hebräischen Buchstaben",
        "geresh and gershayim may only follow a Hebrew letter";
    CONTEXT_KATAKANA_MIDDLE_DOT = "domain.context.katakana_middle_dot", "",
        "der Katakana-Mittelpunkt braucht Hiragana, Katakana oder Han im selben Label",
        "the katakana middle dot needs Hiragana, Katakana or Han in the same label";
    CONTEXT_ARABIC_INDIC_DIGITS = "domain.context.arabic_indic_digits", "",
        "arabisch-indische und erweiterte arabisch-indische Ziffern dürfen nicht gemischt werden",
        "Arabic-Indic and extended Arabic-Indic digits may not be mixed";
    // Which part of the Bidi rule a label breaks (`rule` of `domain.bidi_rule`).
    BIDI_FIRST = "domain.bidi.first", "",
        "in einem Namen mit Schrift von rechts nach links beginnt jedes Label mit einem Buchstaben",
        "in a name with right-to-left script every label starts with a letter";
    BIDI_LEFT_TO_RIGHT_IN_RTL = "domain.bidi.left_to_right_in_rtl", "",
        "ein Label von rechts nach links darf keine Buchstaben von links nach rechts enthalten",
        "a right-to-left label may not contain left-to-right letters";
    BIDI_RIGHT_TO_LEFT_IN_LTR = "domain.bidi.right_to_left_in_ltr", "",
        "ein Label von links nach rechts darf keine Zeichen von rechts nach links enthalten",
        "a left-to-right label may not contain right-to-left characters";
    BIDI_LAST = "domain.bidi.last", "",
        "ein Label endet mit einem Buchstaben oder einer Ziffer seiner Schreibrichtung",
        "a label must end with a letter or digit of its direction";
    BIDI_MIXED_DIGITS = "domain.bidi.mixed_digits", "",
        "ein Label von rechts nach links darf europäische und arabisch-indische Ziffern nicht mischen",
        "a right-to-left label may not mix European and Arabic-Indic digits";
}
