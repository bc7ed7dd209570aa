//! The texts of the inventory's errors (`crate::inventory`): a list that cannot be read, and a
//! row whose values cannot be used (the row's line and column put before the reason).

super::texts! {
    /// Inventory error texts.
    INVENTORY;
    // The whole list.
    INVENTORY_TOO_LARGE = "inventory.too_large", "limit",
        "Die Liste ist größer als die Grenze von {limit} Bytes und wird nicht gelesen.",
        "The list is larger than the limit of {limit} bytes and is not read.";
    INVENTORY_TOO_MANY_ROWS = "inventory.too_many_rows", "max",
        "Die Liste hat mehr als {max} Zeilen; bitte teilen Sie sie auf.",
        "The list has more than {max} rows; please split it.";
    INVENTORY_TOO_MANY_COLUMNS = "inventory.too_many_columns", "line max",
        "Zeile {line} hat mehr als {max} Spalten.",
        "Line {line} has more than {max} columns.";
    INVENTORY_NO_DOMAIN_COLUMN = "inventory.no_domain_column", "columns",
        "Die Kopfzeile hat keine Spalte `domain`; erwartet werden die Spalten {columns}.",
        "The header row has no `domain` column; expected the columns {columns}.";
    INVENTORY_EMPTY = "inventory.empty", "",
        "Die Liste ist leer.",
        "The list is empty.";
    INVENTORY_INVALID_JSON = "inventory.invalid_json", "",
        "Die Liste ist kein gültiges JSON.",
        "The list is not valid JSON.";
    // `shape` is `{"domains": [...]}` (a template cannot write a brace).
    INVENTORY_NOT_A_LIST = "inventory.not_a_list", "shape",
        "Erwartet ein JSON-Array von Domains oder {shape}.",
        "Expected a JSON array of domains or {shape}.";
    // A row: where, then why (`text`: the reason without its field).
    INVENTORY_AT_LINE_COLUMN = "inventory.at_line_column", "line column text",
        "Zeile {line}, Spalte `{column}`: {text}",
        "line {line}, column `{column}`: {text}";
    INVENTORY_AT_LINE = "inventory.at_line", "line text",
        "Zeile {line}: {text}",
        "line {line}: {text}";
    INVENTORY_NO_RENEWAL_DATE = "inventory.no_renewal_date", "",
        "kein Verlängerungsdatum berechenbar",
        "no renewal date can be computed";
    INVENTORY_EXPECTED_BOOL = "inventory.expected_bool", "found",
        "erwartet true oder false, gefunden: `{found}`",
        "expected true or false, but found `{found}`";
    INVENTORY_EXPECTED_INTENT = "inventory.expected_intent", "found",
        "erwartet `keep`, `close` oder `transfer`, gefunden: `{found}`",
        "expected `keep`, `close` or `transfer`, but found `{found}`";
    INVENTORY_REGISTERED_AFTER_TODAY = "inventory.registered_after_today", "date",
        "{date} liegt nach dem heutigen Tag",
        "{date} lies after today";
    INVENTORY_NO_DATES = "inventory.no_dates", "",
        "erwartet `registered` oder `renewal`, beide fehlen",
        "expected `registered` or `renewal`, both are missing";
}
