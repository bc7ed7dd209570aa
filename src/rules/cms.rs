//! Risky actions in a CMS or panel (seeds 001, 003): deleting a node (R-R1), core or
//! extension updates (R-R2, R-R4), and who is responsible for backups (R-R3). Backup ages are
//! counted in hours, so these actions take the caller's `now` (local date and time) besides
//! `today`.

use super::{d, indexed, Findings};
use crate::case::{
    Backup, BackupSource, Context, CoreRange, DeleteCase, Responsible, UpdateCase, Version,
};
use crate::json::Json;
use crate::messages::Code;
use crate::verdict::Verdict;
use chrono::NaiveDateTime;

/// A time as `YYYY-MM-DDTHH:MM` for params.
fn stamp(t: NaiveDateTime) -> Json {
    Json::from(crate::dates::stamp(t))
}

/// R-R1/R-R2: a backup younger than the policy's limit must exist. A declared time is
/// checked like a known one and said to be declared; an unknown age is not a missing backup.
fn backup_fresh(ctx: &Context, now: NaiveDateTime, backup: Option<Backup>, f: &mut Findings) {
    let max = ctx.policy.backup_max_age_hours;
    let Some(b) = backup else {
        f.add(
            Code::BACKUP_MISSING,
            Some("backup.created_at"),
            Json::object([("max_age_hours", Json::from(max))]),
        );
        return;
    };
    let Some(created_at) = b.created_at else {
        f.add(
            Code::BACKUP_AGE_UNKNOWN,
            Some("backup.created_at"),
            Json::object([("max_age_hours", Json::from(max))]),
        );
        return;
    };
    let age = crate::dates::hours_between(created_at, now);
    if age >= max {
        f.add(
            Code::BACKUP_TOO_OLD,
            Some("backup.created_at"),
            Json::object([
                ("created_at", stamp(created_at)),
                ("age_hours", Json::from(age)),
                ("max_age_hours", Json::from(max)),
            ]),
        );
    } else if created_at > now {
        f.add(
            Code::BACKUP_IN_FUTURE,
            Some("backup.created_at"),
            Json::object([("created_at", stamp(created_at))]),
        );
    }
    if b.source == BackupSource::Declared {
        f.add(
            Code::BACKUP_DECLARED,
            Some("backup.created_at"),
            Json::object([("created_at", stamp(created_at))]),
        );
    }
}

/// R-R3: who must make backups under the hosting contract, shown when deleting and when
/// updating. Unknown responsibility warns before an update; before a delete it is not
/// repeated as a warning (a warning asks for an acknowledgement on every delete, even of a
/// leaf page that goes to the recycle bin), so a delete shows it only when it is recorded.
fn responsibility(who: Option<Responsible>, update: bool, f: &mut Findings) {
    let field = Some("hosting.backup_responsibility");
    match who {
        Some(who) => {
            let name = match who {
                Responsible::Customer => "customer",
                Responsible::Hoster => "hoster",
                Responsible::Agency => "agency",
            };
            f.add(
                Code::BACKUP_RESPONSIBILITY,
                field,
                Json::object([("responsible", name.into())]),
            );
        }
        None if update => f.flag(Code::BACKUP_RESPONSIBILITY_UNKNOWN, field),
        None => {}
    }
}

pub(crate) fn check_delete(ctx: &Context, c: &DeleteCase) -> Verdict {
    let mut f = Findings::new(ctx);
    // R-R1: a delete into a recycle bin can be undone and needs no backup; one that cannot
    // be undone needs a fresh backup.
    if c.undoable {
        f.add(
            Code::DELETE_UNDOABLE,
            None,
            Json::object([("title", Json::from(c.title.as_str()))]),
        );
    } else {
        backup_fresh(ctx, c.now, c.backup, &mut f);
    }
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
        let expected = crate::dates::uint_text(c.descendants.into());
        let code = match typed {
            None => Some(Code::DELETE_CONFIRMATION_MISSING),
            Some(t) if t != expected => Some(Code::DELETE_CONFIRMATION_WRONG),
            Some(_) => None,
        };
        if let Some(code) = code {
            f.add(
                code,
                Some("confirmation"),
                Json::object([("expected", Json::from(expected)), ("descendants", count)]),
            );
        }
    }
    responsibility(c.backup_responsibility, false, &mut f);
    Verdict::bare(f.list)
}

/// R-R4: a component whose supported core range excludes the target core blocks the update.
/// `updated` says the component is the extension being updated (its new version's range).
fn incompatible(
    (name, version): (&str, Option<&str>),
    range: &CoreRange,
    target: &Version,
    field: &str,
    updated: bool,
    f: &mut Findings,
) {
    if range.is_open() || range.admits(target) {
        return;
    }
    let text = |v: &Option<Version>| v.as_ref().map_or(Json::Null, |v| v.text.as_str().into());
    let mut params = Json::object([
        ("name", name.into()),
        ("version", version.map_or(Json::Null, Json::from)),
        ("core_min", text(&range.min)),
        ("core_max", text(&range.max)),
        ("target", target.text.as_str().into()),
    ]);
    if updated {
        params.set("updated", Json::Bool(true));
    }
    f.add(Code::UPDATE_EXTENSION_INCOMPATIBLE, Some(field), params);
}

pub(crate) fn check_update(ctx: &Context, c: &UpdateCase) -> Verdict {
    let mut f = Findings::new(ctx);
    backup_fresh(ctx, c.now, c.backup, &mut f);
    // R-R4: after the update every installed extension must support the core it runs on.
    let target = match c.component {
        "core" => c.core_target.as_ref(),
        _ => c.core_version.as_ref(),
    };
    if let Some(target) = target {
        if c.component == "extension" {
            incompatible(
                (&c.name, c.to_version.as_deref()),
                &c.update_core,
                target,
                "update",
                true,
                &mut f,
            );
        }
        for (i, e) in c.extensions.iter().enumerate() {
            // The extension being updated is judged by its new version's range above.
            if c.component == "extension" && e.name == c.name {
                continue;
            }
            incompatible(
                (&e.name, e.version.as_deref()),
                &e.core,
                target,
                &indexed("extensions.", i, ""),
                false,
                &mut f,
            );
        }
    }
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
            let version = c.core_version.as_ref().map(|v| v.text.as_str());
            // Without a version the message says so; the params keep `null`.
            let shown = version.unwrap_or(crate::text::label(
                &crate::text::labels::CORE_VERSION_UNKNOWN,
                ctx.locale,
            ));
            f.add_with(
                Code::CORE_OUT_OF_SUPPORT,
                Some("core.support_ends"),
                Json::object([
                    ("version", version.map_or(Json::Null, Json::from)),
                    ("support_ends", d(end)),
                ]),
                &[("version", shown.into())],
            );
        }
    }
    responsibility(c.backup_responsibility, true, &mut f);
    Verdict::bare(f.list)
}
