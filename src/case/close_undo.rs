//! What `close_undo` reads beyond the domain and holder of the close case: the close to undo,
//! by its scheduled date (R-C11). Termination, EVK and services are not read for an undo.

use crate::input::Reader;
use crate::json::Json;
use chrono::NaiveDate;

/// `close.date`: the scheduled date of the close to undo (required).
pub(super) fn read_close_to_undo(case: &Json, r: &mut Reader) -> Option<NaiveDate> {
    let c = r.object_in(case, "close", true).unwrap_or(&Json::Null);
    r.date_in(c, "close.date", true)
}
