//! What `transfer_out` reads beyond the close case's fields: the AuthInfo (R-T6, R-T12).

use crate::input::Reader;
use crate::json::Json;
use chrono::NaiveDate;

/// The AuthInfo of a transfer. `code` is a secret.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct AuthInfoCase {
    /// The code itself, when the form has it.
    pub code: Option<String>,
    /// When it was created.
    pub created: Option<NaiveDate>,
    /// When the transfer is planned.
    pub planned_transfer: Option<NaiveDate>,
    /// When the holder asked for the code (gTLD hand-out deadline, R-T12).
    pub requested: Option<NaiveDate>,
}

impl core::fmt::Debug for AuthInfoCase {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("AuthInfoCase")
            .field("code", &self.code.as_ref().map(|_| "<secret>"))
            .field("created", &self.created)
            .field("planned_transfer", &self.planned_transfer)
            .field("requested", &self.requested)
            .finish()
    }
}

/// `authinfo`: the code (a secret), its creation, the planned transfer and the holder's request.
pub(super) fn read_authinfo(case: &Json, r: &mut Reader) -> Option<AuthInfoCase> {
    r.object_in(case, "authinfo", false).map(|a| AuthInfoCase {
        code: r.secret(a.get("code"), "authinfo.code"),
        created: r.date_in(a, "authinfo.created", false),
        planned_transfer: r.date_in(a, "authinfo.planned_transfer", false),
        requested: r.date_in(a, "authinfo.requested", false),
    })
}
