//! The texts of input errors (`crate::input::Reader`): what was expected, what was found.

super::texts! {
    /// Input error texts.
    INPUT;
    INPUT_INVALID_JSON = "input.invalid_json", "detail",
        "Die Eingabe ist kein gültiges JSON: {detail}",
        "the input is not valid JSON: {detail}";
    INPUT_MISSING = "input.missing", "expected",
        "Pflichtfeld fehlt; erwartet {expected}",
        "required field is missing; expected {expected}";
    INPUT_EXPECTED_FOUND = "input.expected_found", "expected found",
        "erwartet {expected}, gefunden: {found}",
        "expected {expected}, but found {found}";
    // A secret field: only the type of what was found is named, never the value.
    INPUT_EXPECTED_FOUND_KIND = "input.expected_found_kind", "expected kind",
        "erwartet {expected}, gefunden: ein Wert vom Typ {kind}",
        "expected {expected}, but found a value of type {kind}";
    INPUT_DATE_OUT_OF_RANGE = "input.date_out_of_range", "last found",
        "erwartet ein Datum zwischen 1985 und {last}, gefunden: `{found}`",
        "expected a date between 1985 and {last}, but found `{found}`";
    INPUT_NO_SUCH_MONTH = "input.no_such_month", "found",
        "`{found}` gibt es nicht: Ein Jahr hat nur 12 Monate",
        "`{found}` does not exist: a year has only 12 months";
    INPUT_NO_SUCH_DAY = "input.no_such_day", "found month year days",
        "`{found}` gibt es nicht: Der {month} {year} hat {days} Tage",
        "`{found}` does not exist: {month} {year} has {days} days";
    INPUT_COUNT_RANGE = "input.count_range", "max found",
        "erwartet eine ganze Zahl von 0 bis {max}, gefunden: {found}",
        "expected a whole number from 0 to {max}, but found {found}";
    INPUT_TOO_MANY_ENTRIES = "input.too_many_entries", "max found",
        "höchstens {max} Einträge, gefunden: {found}",
        "at most {max} entries, but found {found}";
    // Reading a case (`crate::case`): texts of single fields.
    INPUT_CASE_NOT_OBJECT = "input.case_not_object", "found",
        "erwartet ein JSON-Objekt als Fall, gefunden: {found}",
        "expected a JSON object as the case, but found {found}";
    INPUT_UNKNOWN_ACTION = "input.unknown_action", "found list",
        "unbekannte Aktion `{found}`; erwartet einer der Werte {list}",
        "unknown action `{found}`; expected one of {list}";
    INPUT_UNKNOWN_EPP_STATUS = "input.unknown_epp_status", "found",
        "unbekannter EPP-Status `{found}`; erwartet ein Status aus RFC 5731 oder RFC 3915 (`ok`, `clientTransferProhibited`, `serverHold`, `redemptionPeriod`, …)",
        "unknown EPP status `{found}`; expected a status of RFC 5731 or RFC 3915 (`ok`, `clientTransferProhibited`, `serverHold`, `redemptionPeriod`, …)";
    INPUT_VERSION = "input.version", "found",
        "erwartet eine Versionsnummer wie `12.4.24`, gefunden: `{found}`",
        "expected a version number like `12.4.24`, but found `{found}`";
    INPUT_RENEWAL_OR_REGISTERED = "input.renewal_or_registered", "",
        "Pflichtfeld fehlt; erwartet `renewal` oder `registered` im Format JJJJ-MM-TT",
        "required field is missing; expected `renewal` or `registered` as YYYY-MM-DD";
    INPUT_CLOSE_DATE_MISSING = "input.close_date_missing", "",
        "Pflichtfeld fehlt, wenn `close.mode` `date` ist; erwartet ein Datum im Format JJJJ-MM-TT",
        "required field is missing when `close.mode` is `date`; expected a date as YYYY-MM-DD";
    INPUT_UNKNOWN_FACT = "input.unknown_fact", "found",
        "unbekannter Umstand `{found}`; erwartet ein Code der Transfer Policy (siehe `policies`)",
        "unknown circumstance `{found}`; expected a code of the Transfer Policy (see `policies`)";
    // Reading a policy (`crate::case::policy`).
    INPUT_UNKNOWN_POLICY = "input.unknown_policy", "found list",
        "unbekannte Richtlinie `{found}`; vorhanden: {list}",
        "unknown policy `{found}`; available: {list}";
    INPUT_POLICY_TYPE = "input.policy_type", "found",
        "erwartet die ID einer Richtlinie oder ein Objekt, gefunden: {found}",
        "expected a policy id or an object, but found {found}";
    // `found` is the placeholder with its braces (`{close_date}`): a template cannot write a brace.
    INPUT_UNKNOWN_PLACEHOLDER = "input.unknown_placeholder", "found list",
        "unbekannter Platzhalter `{found}`; erlaubt: {list}",
        "unknown placeholder `{found}`; allowed: {list}";
    INPUT_AUTHINFO_VALID_DAYS_MOVED = "input.authinfo_valid_days_moved", "",
        "die Gültigkeit der AuthInfo ist eine Zahl der Registry: erwartet sie in `policy.tlds.TLD.authinfo_valid_days` (gTLDs: `policy.transfer_policies`)",
        "the AuthInfo's lifetime is a registry figure: expected it in `policy.tlds.TLD.authinfo_valid_days` (gTLDs: `policy.transfer_policies`)";
    INPUT_TRANSFER_FIGURE_MOVED = "input.transfer_figure_moved", "",
        "diese Frist gehört zur Transfer Policy: erwartet sie in `policy.transfer_policies`",
        "this figure belongs to the Transfer Policy: expected it in `policy.transfer_policies`";
    // Before any reading (`crate::input_too_large`, `crate::input_not_utf8`).
    INPUT_NOT_UTF8 = "input.not_utf8", "byte",
        "Die Eingabe ist nicht in UTF-8 geschrieben (Byte {byte}).",
        "The input is not UTF-8 text (byte {byte}).";
    INPUT_TOO_LARGE = "input.too_large", "limit",
        "Die Eingabe ist größer als {limit} Bytes und wird nicht gelesen (die Grenze ändert --max-input-bytes).",
        "The input is larger than {limit} bytes and is not read (--max-input-bytes changes the limit).";
    // The form layer (`crate::form`): its mapping, context and values.
    FORM_NO_ACTION_FORM = "form.no_action_form", "action",
        "die Zuordnung hat kein Formular für die Aktion `{action}`",
        "the mapping has no form for the action `{action}`";
    FORM_FIELD_PATH = "form.field_path", "example",
        "erwartet einen Feldpfad wie `{example}`",
        "expected a field path such as `{example}`";
    FORM_SERVER_FIELD = "form.server_field", "field",
        "`{field}` setzt der Aufrufer (Server, Seite), nie ein Formularfeld",
        "`{field}` is set by the caller (server, page), never by a form control";
    FORM_CONTROL_NAME_MISSING = "form.control_name_missing", "",
        "der Name des Formularfelds fehlt",
        "the form control's name is missing";
    FORM_VALUES_MISSING = "form.values_missing", "",
        "Pflichtfeld fehlt; erwartet die Werte des Formulars als Objekt",
        "required field is missing; expected the form's values as an object";
    FORM_ACTION_MISSING = "form.action_missing", "",
        "Pflichtfeld fehlt; erwartet den Namen einer Aktion",
        "required field is missing; expected the name of an action";
    // What a field expects (`erwartet …`).
    EXPECTED_DATE = "expected.date", "",
        "ein Datum im Format JJJJ-MM-TT",
        "a date as YYYY-MM-DD";
    EXPECTED_DATETIME = "expected.datetime", "",
        "Datum und Uhrzeit im Format JJJJ-MM-TTTHH:MM",
        "a date and time as YYYY-MM-DDTHH:MM";
    EXPECTED_TEXT = "expected.text", "",
        "einen Text",
        "a text";
    EXPECTED_BOOL = "expected.bool", "",
        "true oder false",
        "true or false";
    EXPECTED_COUNT = "expected.count", "",
        "eine ganze Zahl ab 0",
        "a whole number of 0 or more";
    EXPECTED_OBJECT = "expected.object", "",
        "ein Objekt",
        "an object";
    EXPECTED_TEXT_OR_LIST = "expected.text_or_list", "",
        "einen Text oder eine Liste von Texten",
        "a text or a list of texts";
    EXPECTED_TEXT_LIST = "expected.text_list", "",
        "eine Liste von Texten",
        "a list of texts";
    EXPECTED_ONE_OF = "expected.one_of", "list",
        "einen der Werte {list}",
        "one of {list}";
    // What was found, when it is not a plain value (`gefunden: …`).
    FOUND_ARRAY = "found.array", "",
        "eine Liste",
        "an array";
    FOUND_OBJECT = "found.object", "",
        "ein Objekt",
        "an object";
}
