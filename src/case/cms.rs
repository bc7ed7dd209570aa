//! The `cms_delete` and `cms_update` cases: the node or component, the newest backup, who is
//! responsible for backups, and the installed core and extensions (R-R1 … R-R4).

use crate::input::{child, indexed, Choices, InputCode, Reader};
use crate::json::Json;
use crate::text::input::INPUT_VERSION;
use crate::text::render;
use chrono::{NaiveDate, NaiveDateTime};

/// Where the time of the newest backup comes from (R-R1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupSource {
    /// The panel's own backup source knows it (a fact).
    Panel,
    /// The operator declared the time of the last backup they know of (a declaration).
    Declared,
    /// The panel has no backup source: the age is unknown, which is not the same as missing.
    None,
}

const BACKUP_SOURCES: Choices<BackupSource, 3> = Choices::new(&[
    ("panel", BackupSource::Panel),
    ("declared", BackupSource::Declared),
    ("none", BackupSource::None),
]);

/// The most recent backup or restore point, as far as the panel or the operator knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backup {
    /// When it was made, local time; `None` when the source is [`BackupSource::None`].
    pub created_at: Option<NaiveDateTime>,
    /// Where that time comes from.
    pub source: BackupSource,
}

/// A `cms_delete` case.
#[derive(Debug, Clone)]
pub struct DeleteCase {
    /// The caller's local date and time: the backup's age is counted up to it (R-R1).
    pub now: NaiveDateTime,
    /// The node's title (shown as text).
    pub title: String,
    /// How many nodes below it go with it.
    pub descendants: u32,
    /// How many records (content elements, files, …) go with it.
    pub records: u32,
    /// Whether the delete can be undone (it goes to a recycle bin such as TYPO3's Recycler).
    pub undoable: bool,
    /// The newest backup of the site the node belongs to, if any (R-R1).
    pub backup: Option<Backup>,
    /// What the user typed to confirm.
    pub confirmation: Option<String>,
    /// Who is responsible for backups under the hosting contract (R-R3).
    pub backup_responsibility: Option<Responsible>,
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

const RESPONSIBLE: Choices<Responsible, 3> = Choices::new(&[
    ("customer", Responsible::Customer),
    ("hoster", Responsible::Hoster),
    ("agency", Responsible::Agency),
]);

const COMPONENTS: Choices<&str, 2> = Choices::new(&[("core", "core"), ("extension", "extension")]);

/// A version as its numeric parts (`12.4.24` → `[12, 4, 24]`); missing parts count as 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The text as given (shown in messages).
    pub text: String,
    parts: Vec<u32>,
}

impl Version {
    /// Reads `12`, `12.4`, `12.4.24` (up to six parts of at most nine digits each; a leading
    /// `v` and a pre-release or build suffix after `-` or `+` are allowed and ignored).
    fn parse(text: &str) -> Option<Version> {
        // One pass over the bytes (no string searchers or number parsing in the wasm).
        let bytes = text.as_bytes();
        let body = match bytes.first() {
            Some(b'v' | b'V') => bytes.get(1..).unwrap_or_default(),
            _ => bytes,
        };
        let mut parts = Vec::new();
        let (mut part, mut digits) = (0u32, 0usize);
        for &b in body {
            match b {
                b'-' | b'+' => break,
                b'.' if digits > 0 && parts.len() < 5 => {
                    parts.push(part);
                    (part, digits) = (0, 0);
                }
                b'0'..=b'9' if digits < 9 => {
                    part = part * 10 + u32::from(b - b'0');
                    digits += 1;
                }
                _ => return None,
            }
        }
        if digits == 0 {
            return None;
        }
        parts.push(part);
        Some(Version {
            text: text.to_string(),
            parts,
        })
    }

    pub(crate) fn cmp(&self, other: &Version) -> core::cmp::Ordering {
        let n = self.parts.len().max(other.parts.len());
        (0..n)
            .map(|i| {
                let a = self.parts.get(i).copied().unwrap_or(0);
                let b = other.parts.get(i).copied().unwrap_or(0);
                a.cmp(&b)
            })
            .find(|o| o.is_ne())
            .unwrap_or(core::cmp::Ordering::Equal)
    }
}

/// The core versions a component supports (R-R4); either end may be open.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CoreRange {
    /// The oldest supported core.
    pub min: Option<Version>,
    /// The newest supported core.
    pub max: Option<Version>,
}

impl CoreRange {
    pub(crate) fn admits(&self, core: &Version) -> bool {
        self.min.as_ref().is_none_or(|m| core.cmp(m).is_ge())
            && self.max.as_ref().is_none_or(|m| core.cmp(m).is_le())
    }

    pub(crate) fn is_open(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }
}

/// An installed extension and the core versions it supports (R-R4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extension {
    /// Its key or name (`mm_forum`), shown as text.
    pub name: String,
    /// Its installed version.
    pub version: Option<String>,
    /// The core versions it supports.
    pub core: CoreRange,
}

/// A `cms_update` case.
#[derive(Debug, Clone)]
pub struct UpdateCase {
    /// The caller's local date and time: the backup's age is counted up to it (R-R2).
    pub now: NaiveDateTime,
    /// `core` or `extension`.
    pub component: &'static str,
    /// What is updated (`TYPO3`, `news`, …).
    pub name: String,
    /// The version before the update.
    pub from_version: Option<String>,
    /// The version after the update.
    pub to_version: Option<String>,
    /// A core update's target version (R-R4).
    pub core_target: Option<Version>,
    /// For an extension update: the core versions its new version supports.
    pub update_core: CoreRange,
    /// The newest backup of the installation being updated, if any (R-R2).
    pub backup: Option<Backup>,
    /// Whether the update was tried on a staging copy first.
    pub staging_tested: bool,
    /// The installed core version.
    pub core_version: Option<Version>,
    /// The last day of the installed core's security support.
    pub core_support_ends: Option<NaiveDate>,
    /// Who is responsible for backups under the hosting contract (R-R3); not known, it is a
    /// warning before an update (not before a delete).
    pub backup_responsibility: Option<Responsible>,
    /// The installed extensions with their supported core ranges.
    pub extensions: Vec<Extension>,
}

fn read_backup(case: &Json, r: &mut Reader) -> Option<Backup> {
    let b = r.object_in(case, "backup", false)?;
    let source = r
        .choice_in(b, "backup.source", &BACKUP_SOURCES, false)
        .unwrap_or(BackupSource::Panel);
    let required = source != BackupSource::None;
    let created_at = r.datetime_in(b, "backup.created_at", required);
    match (source, created_at) {
        (BackupSource::None, _) => Some(Backup {
            created_at: None,
            source,
        }),
        (_, Some(t)) => Some(Backup {
            created_at: Some(t),
            source,
        }),
        (_, None) => None,
    }
}

fn read_responsibility(case: &Json, r: &mut Reader) -> Option<Responsible> {
    let hosting = r.object_in(case, "hosting", false).unwrap_or(&Json::Null);
    r.choice_in(
        hosting,
        "hosting.backup_responsibility",
        &RESPONSIBLE,
        false,
    )
}

/// A version field: absent is `None`; text that is no version is an input error.
fn read_version(v: &Json, path: &str, required: bool, r: &mut Reader) -> Option<Version> {
    let text = r.text(v, path, required)?;
    let version = Version::parse(&text);
    if version.is_none() {
        let shown: String = text.chars().take(40).collect();
        r.error(
            InputCode::INVALID_VALUE,
            path,
            render(&INPUT_VERSION, r.locale, &[("found", &shown)]),
            Json::object([
                ("expected", "12.4.24".into()),
                ("found", shown.as_str().into()),
            ]),
        );
    }
    version
}

fn read_range(v: &Json, path: &str, r: &mut Reader) -> CoreRange {
    let min = read_version(v.get("core_min"), &child(path, "core_min"), false, r);
    let max = read_version(v.get("core_max"), &child(path, "core_max"), false, r);
    CoreRange { min, max }
}

fn read_extensions(case: &Json, r: &mut Reader) -> Vec<Extension> {
    if r.is_schema() {
        let _ = r.text(&Json::Null, "extensions.N.name", true);
        let _ = r.text(&Json::Null, "extensions.N.version", false);
        let _ = r.text(&Json::Null, "extensions.N.core_min", false);
        let _ = r.text(&Json::Null, "extensions.N.core_max", false);
        return Vec::new();
    }
    let items: &[Json] = match case.get("extensions") {
        Json::Array(items) => items,
        Json::Null => &[],
        other => {
            let _ = r.text_list(other, "extensions");
            &[]
        }
    };
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let path = indexed("extensions", i);
        let Some(item) = r.object(item, &path, true) else {
            continue;
        };
        let name = r.text_at(item, &path, "name", true);
        let version = r.text_at(item, &path, "version", false);
        let core = read_range(item, &path, r);
        if let Some(name) = name {
            out.push(Extension {
                name,
                version,
                core,
            });
        }
    }
    out
}

impl DeleteCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<DeleteCase> {
        let now = r.datetime_in(case, "now", true);
        let node = r.object_in(case, "node", true).unwrap_or(&Json::Null);
        let _ = r.text_in(node, "node.id", false);
        let title = r.text_in(node, "node.title", false);
        let descendants = r.count_in(node, "node.descendants", 10_000_000);
        let records = r.count_in(node, "node.records", 100_000_000);
        let delete = r.object_in(case, "delete", false).unwrap_or(&Json::Null);
        let undoable = r.flag_in(delete, "delete.undoable");
        let backup = read_backup(case, r);
        let confirmation = r.text_in(case, "confirmation", false);
        let backup_responsibility = read_responsibility(case, r);
        Some(DeleteCase {
            now: now?,
            title: title.unwrap_or_default(),
            descendants,
            records,
            undoable,
            backup,
            confirmation,
            backup_responsibility,
        })
    }
}

impl UpdateCase {
    pub(crate) fn read(case: &Json, r: &mut Reader) -> Option<UpdateCase> {
        let now = r.datetime_in(case, "now", true);
        let u = r.object_in(case, "update", true).unwrap_or(&Json::Null);
        let component = r.choice_in(u, "update.component", &COMPONENTS, true);
        let name = r.text_in(u, "update.name", true);
        let from_version = r.text_in(u, "update.from_version", false);
        let to_version = r.text_in(u, "update.to_version", false);
        // A core update's target is compared with the extensions' ranges; an extension's own
        // version scheme is compared with nothing.
        let core_target = match (component, &to_version) {
            (Some("core"), Some(_)) => {
                read_version(u.get("to_version"), "update.to_version", false, r)
            }
            _ => None,
        };
        let update_core = read_range(u, "update", r);
        let backup = read_backup(case, r);
        let staging_tested = r.flag_in(case, "staging_tested");
        let core = r.object_in(case, "core", false).unwrap_or(&Json::Null);
        let core_version = read_version(core.get("version"), "core.version", false, r);
        let core_support_ends = r.date_in(core, "core.support_ends", false);
        let backup_responsibility = read_responsibility(case, r);
        let extensions = read_extensions(case, r);
        Some(UpdateCase {
            now: now?,
            component: component?,
            name: name?,
            from_version,
            to_version,
            core_target,
            update_core,
            backup,
            staging_tested,
            core_version,
            core_support_ends,
            backup_responsibility,
            extensions,
        })
    }
}
