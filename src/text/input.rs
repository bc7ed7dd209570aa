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
