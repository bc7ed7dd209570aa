//! Risky actions in a CMS or panel (seeds 001, 003): deleting a node (R-R1), core or
//! extension updates (R-R2, R-R4), and who is responsible for backups (R-R3). Backup ages are
//! counted in hours, so these actions take the caller's `now` (local date and time) besides
//! `today`.

use super::{indexed, Findings, P};
use crate::case::{
    Backup, BackupSource, Context, CoreRange, DeleteCase, Responsible, UpdateCase, Version,
};
use crate::json::Json;
use crate::messages::Code;
use crate::verdict::Verdict;
use chrono::NaiveDateTime;

/// A time as `YYYY-MM-DDTHH:MM` for params.
fn stamp(t: NaiveDateTime) -> String {
    crate::dates::stamp(t)
}

/// R-R1/R-R2: a backup younger than the policy's limit must exist. A declared time is
/// checked like a known one and said to be declared; an unknown age is not a missing backup.
fn backup_fresh(ctx: &Context, now: NaiveDateTime, backup: Option<Backup>, f: &mut Findings) {
    let max = ctx.policy.backup_max_age_hours;
    let field = Some("backup.created_at");
    let Some(b) = backup else {
        f.put(Code::BACKUP_MISSING, field, "max_age_hours", &[P::Int(max)]);
        return;
    };
    let Some(created_at) = b.created_at else {
        f.put(
            Code::BACKUP_AGE_UNKNOWN,
            field,
            "max_age_hours",
            &[P::Int(max)],
        );
        return;
    };
    let age = crate::dates::hours_between(created_at, now);
    if age >= max {
        f.put(
            Code::BACKUP_TOO_OLD,
            field,
            "created_at age_hours max_age_hours",
            &[P::Str(&stamp(created_at)), P::Int(age), P::Int(max)],
        );
    } else if created_at > now {
        f.put(
            Code::BACKUP_IN_FUTURE,
            field,
            "created_at",
            &[P::Str(&stamp(created_at))],
        );
    }
    if b.source == BackupSource::Declared {
        f.put(
            Code::BACKUP_DECLARED,
            field,
            "created_at",
            &[P::Str(&stamp(created_at))],
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
            f.put(
                Code::BACKUP_RESPONSIBILITY,
                field,
                "responsible",
                &[P::Str(name)],
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
        f.put(Code::DELETE_UNDOABLE, None, "title", &[P::Str(&c.title)]);
    } else {
        backup_fresh(ctx, c.now, c.backup, &mut f);
    }
    if c.descendants > 0 {
        let count = P::Int(i64::from(c.descendants));
        f.put(
            Code::DELETE_WITH_DESCENDANTS,
            Some("node.descendants"),
            "title descendants records",
            &[P::Str(&c.title), count, P::Int(i64::from(c.records))],
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
            f.put(
                code,
                Some("confirmation"),
                "expected descendants",
                &[P::Str(&expected), count],
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
    fn text(v: &Option<Version>) -> P<'_> {
        P::str_or_null(v.as_ref().map(|v| v.text.as_str()))
    }
    let mut params = super::params(
        "name version core_min core_max target",
        &[
            P::Str(name),
            P::str_or_null(version),
            text(&range.min),
            text(&range.max),
            P::Str(&target.text),
        ],
    );
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
        f.put(
            Code::UPDATE_NOT_STAGED,
            Some("staging_tested"),
            "component name from_version to_version",
            &[
                P::Str(c.component),
                P::Str(&c.name),
                P::str_or_null(c.from_version.as_deref()),
                P::str_or_null(c.to_version.as_deref()),
            ],
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
                super::params(
                    "version support_ends",
                    &[P::str_or_null(version), P::Date(end)],
                ),
                &[("version", shown.into())],
            );
        }
    }
    responsibility(c.backup_responsibility, true, &mut f);
    Verdict::bare(f.list)
}
