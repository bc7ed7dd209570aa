//! Risky actions in a CMS or panel (seeds 001, 003): deleting a node with descendants
//! (R-R1) and core or extension updates (R-R2, R-R3). Backup ages are counted in hours, so
//! these actions take the caller's `now` (local date and time) besides `today`.

use super::{d, Findings};
use crate::case::Context;
use crate::input::Reader;
use crate::json::Json;
use crate::messages::Code;
use crate::verdict::{Deadlines, Documents, Verdict};
use chrono::{NaiveDate, NaiveDateTime, Timelike};

/// The most recent backup or restore point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backup {
    /// When it was made, local time.
    pub created_at: NaiveDateTime,
}

/// A `cms_delete` case.
#[derive(Debug, Clone)]
pub struct DeleteCase {
    /// The caller's local date and time.
    pub now: NaiveDateTime,
    /// The node's title (shown as text).
    pub title: String,
    /// How many nodes below it go with it.
    pub descendants: u32,
    /// How many records (content elements, files, …) go with it.
    pub records: u32,
    /// The newest backup, if any.
    pub backup: Option<Backup>,
    /// What the user typed to confirm.
    pub confirmation: Option<String>,
}

/// Who must make backups under the hosting contract (R-R3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Responsible {
    /// The customer (seed 001: the hoster's terms say so).
    Customer,
    /// The hoster.
    Hoster,
    /// The agency looking after the site.
    Agency,
}

const RESPONSIBLE: [(&str, Responsible); 3] = [
    ("customer", Responsible::Customer),
    ("hoster", Responsible::Hoster),
    ("agency", Responsible::Agency),
];

const COMPONENTS: [(&str, &str); 2] = [("core", "core"), ("extension", "extension")];

/// A `cms_update` case.
#[derive(Debug, Clone)]
pub struct UpdateCase {
    /// The caller's local date and time.
    pub now: NaiveDateTime,
    /// `core` or `extension`.
    pub component: &'static str,
    /// What is updated (`TYPO3`, `news`, …).
    pub name: String,
    /// The version before and after.
    pub from_version: Option<String>,
    /// The version after.
    pub to_version: Option<String>,
    /// The newest backup, if any.
    pub backup: Option<Backup>,
    /// Whether the update was tried on a staging copy first.
    pub staging_tested: bool,
    /// The installed core version and the last day of its security support.
    pub core_version: Option<String>,
    /// The last day of the installed core's security support.
    pub core_support_ends: Option<NaiveDate>,
    /// Who is responsible for backups under the hosting contract.
    pub backup_responsibility: Option<Responsible>,
}

fn read_backup(case: &Json, r: &mut Reader) -> Option<Backup> {
    let b = r.object(case.get("backup"), "backup", false)?;
    r.datetime(b.get("created_at"), "backup.created_at", true)
        .map(|created_at| Backup { created_at })
}

impl DeleteCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<DeleteCase> {
        let now = r.datetime(case.get("now"), "now", true);
        let node = r
            .object(case.get("node"), "node", true)
            .unwrap_or(&Json::Null);
        let _ = r.text(node.get("id"), "node.id", false);
        let title = r.text(node.get("title"), "node.title", false);
        let descendants = r.count(node.get("descendants"), "node.descendants", 10_000_000);
        let records = r.count(node.get("records"), "node.records", 100_000_000);
        let backup = read_backup(case, r);
        let confirmation = r.text(case.get("confirmation"), "confirmation", false);
        Some(DeleteCase {
            now: now?,
            title: title.unwrap_or_default(),
            descendants,
            records,
            backup,
            confirmation,
        })
    }
}

impl UpdateCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<UpdateCase> {
        let now = r.datetime(case.get("now"), "now", true);
        let u = r
            .object(case.get("update"), "update", true)
            .unwrap_or(&Json::Null);
        let component = r.choice(u.get("component"), "update.component", &COMPONENTS, true);
        let name = r.text(u.get("name"), "update.name", true);
        let from_version = r.text(u.get("from_version"), "update.from_version", false);
        let to_version = r.text(u.get("to_version"), "update.to_version", false);
        let backup = read_backup(case, r);
        let staging_tested = r.flag(case.get("staging_tested"), "staging_tested");
        let core = r
            .object(case.get("core"), "core", false)
            .unwrap_or(&Json::Null);
        let core_version = r.text(core.get("version"), "core.version", false);
        let core_support_ends = r.date(core.get("support_ends"), "core.support_ends", false);
        let hosting = r
            .object(case.get("hosting"), "hosting", false)
            .unwrap_or(&Json::Null);
        let backup_responsibility = r.choice(
            hosting.get("backup_responsibility"),
            "hosting.backup_responsibility",
            &RESPONSIBLE,
            false,
        );
        Some(UpdateCase {
            now: now?,
            component: component?,
            name: name?,
            from_version,
            to_version,
            backup,
            staging_tested,
            core_version,
            core_support_ends,
            backup_responsibility,
        })
    }
}

/// A time as `YYYY-MM-DDTHH:MM` for params.
fn stamp(t: NaiveDateTime) -> Json {
    Json::from(format!(
        "{}T{:02}:{:02}",
        crate::dates::iso(t.date()),
        t.hour(),
        t.minute()
    ))
}

/// R-R1/R-R2: a backup younger than the policy's limit must exist.
fn backup_fresh(ctx: &Context, now: NaiveDateTime, backup: Option<Backup>, f: &mut Findings) {
    let max = ctx.policy.backup_max_age_hours;
    match backup {
        None => f.add(
            Code::BACKUP_MISSING,
            Some("backup.created_at"),
            Json::object([("max_age_hours", Json::from(max))]),
        ),
        Some(b) => {
            let age = now.signed_duration_since(b.created_at).num_hours();
            if age >= max {
                f.add(
                    Code::BACKUP_TOO_OLD,
                    Some("backup.created_at"),
                    Json::object([
                        ("created_at", stamp(b.created_at)),
                        ("age_hours", Json::from(age)),
                        ("max_age_hours", Json::from(max)),
                    ]),
                );
            } else if b.created_at > now {
                f.add(
                    Code::BACKUP_IN_FUTURE,
                    Some("backup.created_at"),
                    Json::object([("created_at", stamp(b.created_at))]),
                );
            }
        }
    }
}

pub(crate) fn check_delete(ctx: &Context, c: &DeleteCase) -> Verdict {
    let mut f = Findings::new(ctx);
    backup_fresh(ctx, c.now, c.backup, &mut f);
    if c.descendants > 0 {
        let count = Json::from(i64::from(c.descendants));
        f.add(
            Code::DELETE_WITH_DESCENDANTS,
            Some("node.descendants"),
            Json::object([
                ("title", Json::from(c.title.as_str())),
                ("descendants", count.clone()),
                ("records", Json::from(i64::from(c.records))),
            ]),
        );
        // The confirmation must name the count: typing it proves the user read it.
        let typed = c.confirmation.as_deref().map(str::trim);
        let expected = c.descendants.to_string();
        match typed {
            None => f.add(
                Code::DELETE_CONFIRMATION_MISSING,
                Some("confirmation"),
                Json::object([
                    ("expected", Json::from(expected.as_str())),
                    ("descendants", count),
                ]),
            ),
            Some(t) if t != expected => f.add(
                Code::DELETE_CONFIRMATION_WRONG,
                Some("confirmation"),
                Json::object([
                    ("expected", Json::from(expected.as_str())),
                    ("descendants", count),
                ]),
            ),
            Some(_) => {}
        }
    }
    Verdict::new(f.list, Deadlines::default(), Documents::default())
}

pub(crate) fn check_update(ctx: &Context, c: &UpdateCase) -> Verdict {
    let mut f = Findings::new(ctx);
    backup_fresh(ctx, c.now, c.backup, &mut f);
    if !c.staging_tested {
        f.add(
            Code::UPDATE_NOT_STAGED,
            Some("staging_tested"),
            Json::object([
                ("component", Json::from(c.component)),
                ("name", Json::from(c.name.as_str())),
                (
                    "from_version",
                    c.from_version.as_deref().map_or(Json::Null, Json::from),
                ),
                (
                    "to_version",
                    c.to_version.as_deref().map_or(Json::Null, Json::from),
                ),
            ]),
        );
    }
    if let Some(end) = c.core_support_ends {
        if ctx.today > end {
            f.add(
                Code::CORE_OUT_OF_SUPPORT,
                Some("core.support_ends"),
                Json::object([
                    (
                        "version",
                        c.core_version.as_deref().map_or(Json::Null, Json::from),
                    ),
                    ("support_ends", d(end)),
                ]),
            );
        }
    }
    let responsible = match c.backup_responsibility {
        Some(Responsible::Customer) => Some("customer"),
        Some(Responsible::Hoster) => Some("hoster"),
        Some(Responsible::Agency) => Some("agency"),
        None => None,
    };
    match responsible {
        Some(who) => f.add(
            Code::BACKUP_RESPONSIBILITY,
            Some("hosting.backup_responsibility"),
            Json::object([("responsible", who.into())]),
        ),
        None => f.add(
            Code::BACKUP_RESPONSIBILITY_UNKNOWN,
            Some("hosting.backup_responsibility"),
            Json::object::<&str>([]),
        ),
    }
    Verdict::new(f.list, Deadlines::default(), Documents::default())
}
