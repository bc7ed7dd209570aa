//! The IDNA2008 rules for one non-ASCII label (RFC 5891 section 4.2, RFC 5892, RFC 5893),
//! over the generated tables of `crate::idna_data` (Unicode 16.0.0,
//! `scripts/gen-idna-tables.py`). ASCII labels never reach this module, except for the
//! cross-label part of the Bidi rule, which needs no table for them.
//!
//! Every check returns the first offending character with its 1-based position in the label.

use crate::idna_data::{CCC, CCC_INDEX, CHARS, CHARS_INDEX, DECOMP, SECONDS};

/// The Unicode version of the tables (the IdnaTestV2 conformance test checks it).
pub const UNICODE_VERSION: &str = crate::idna_data::UNICODE_VERSION;

/// Code points per page of the tables' index.
const PAGE: u32 = 1024;

/// The Bidi groups the rule of RFC 5893 distinguishes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Bidi {
    /// L.
    L,
    /// R or AL.
    R,
    /// AN.
    An,
    /// EN.
    En,
    /// NSM.
    Nsm,
    /// ES, CS, ET, ON or BN.
    Other,
}

/// Joining types (Unicode's ArabicShaping) for the ZWNJ rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joining {
    None,
    Transparent,
    Dual,
    Left,
    Right,
}

/// What the tables say about one valid code point.
#[derive(Debug, Clone, Copy)]
struct Attr(u8);

impl Attr {
    fn bidi(self) -> Bidi {
        match (self.0 & 0x1F) / 5 {
            0 => Bidi::L,
            1 => Bidi::R,
            2 => Bidi::An,
            3 => Bidi::En,
            4 => Bidi::Nsm,
            _ => Bidi::Other,
        }
    }
    fn joining(self) -> Joining {
        match (self.0 & 0x1F) % 5 {
            1 => Joining::Transparent,
            2 => Joining::Dual,
            3 => Joining::Left,
            4 => Joining::Right,
            _ => Joining::None,
        }
    }
    fn is_mark(self) -> bool {
        self.0 & 0x20 != 0
    }
    /// 1 Greek, 2 Hebrew, 3 Hiragana, Katakana or Han, 0 any other.
    fn script(self) -> u8 {
        self.0 >> 6
    }
}

/// Reads one LEB128 varint at `*at`.
fn varint(data: &[u8], at: &mut usize) -> Option<u32> {
    let mut value: u32 = 0;
    for shift in [0u32, 7, 14, 21] {
        let byte = *data.get(*at)?;
        *at += 1;
        value |= u32::from(byte & 0x7F) << shift;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// The value of the run holding `cp` in a paged run table (format: see the generator).
fn lookup(data: &[u8], index: &[u16], cp: u32) -> Option<u8> {
    let page = usize::try_from(cp / PAGE).ok()?;
    let mut at = usize::from(*index.get(page)?);
    let end = usize::from(*index.get(page + 1)?);
    let mut next = (cp / PAGE * PAGE).max(0x80);
    while at < end {
        let start = next.checked_add(varint(data, &mut at)?)?;
        let last = start.checked_add(varint(data, &mut at)?)?;
        let value = *data.get(at)?;
        at += 1;
        if cp < start {
            return None;
        }
        if cp <= last {
            return Some(value);
        }
        next = last + 1;
    }
    None
}

fn attr(c: char) -> Option<Attr> {
    lookup(&CHARS, &CHARS_INDEX, u32::from(c)).map(Attr)
}

/// Whether `c` (not ASCII) is PVALID or CONTEXTO; the CONTEXTJ joiners are not included.
pub(crate) fn is_valid(c: char) -> bool {
    attr(c).is_some()
}

/// The canonical combining class of `c`.
fn ccc(c: char) -> u8 {
    if c.is_ascii() {
        return 0;
    }
    lookup(&CCC, &CCC_INDEX, u32::from(c)).unwrap_or(0)
}

/// The canonical decomposition pairs, in table order: composite, first part, and the index
/// of the second part in `SECONDS`.
fn pairs() -> impl Iterator<Item = (u32, u32, u8)> {
    let mut at = 0;
    let mut composite = 0u32;
    core::iter::from_fn(move || {
        if at >= DECOMP.len() {
            return None;
        }
        composite = composite.checked_add(varint(&DECOMP, &mut at)?)?;
        let zigzag = varint(&DECOMP, &mut at)?;
        let first = if zigzag & 1 == 0 {
            composite.checked_sub(zigzag / 2)?
        } else {
            composite.checked_add(zigzag / 2 + 1)?
        };
        let index = *DECOMP.get(at)?;
        at += 1;
        Some((composite, first, index))
    })
}

fn decomposition(c: char) -> Option<(char, char)> {
    let cp = u32::from(c);
    pairs()
        .take_while(|&(composite, _, _)| composite <= cp)
        .find(|&(composite, _, _)| composite == cp)
        .and_then(|(_, a, b)| {
            let b = *SECONDS.get(usize::from(b))?;
            Some((char::from_u32(a)?, char::from_u32(b)?))
        })
}

/// The primary composite of `a` and `b`, if any.
pub(crate) fn composition(a: char, b: char) -> Option<char> {
    let b = u8::try_from(SECONDS.iter().position(|&s| s == u32::from(b))?).ok()?;
    let a = u32::from(a);
    pairs()
        .find(|&(_, first, second)| first == a && second == b)
        .and_then(|(composite, _, _)| char::from_u32(composite))
}

/// Appends the full canonical decomposition of `c`.
fn decompose_into(c: char, out: &mut Vec<char>) {
    // Decompositions nest at most a few levels deep; a fixed bound keeps this total.
    let mut stack = vec![c];
    let mut steps = 0;
    while let Some(c) = stack.pop() {
        steps += 1;
        match decomposition(c).filter(|_| !c.is_ascii() && steps < 64) {
            Some((a, b)) => {
                stack.push(b);
                stack.push(a);
            }
            None => out.push(c),
        }
    }
}

/// Sorts a run of non-starters by combining class, stably (runs are a few marks long; this
/// keeps the generic sort of the standard library out of the wasm).
fn insertion_sort_by_ccc(run: &mut [char]) {
    for i in 1..run.len() {
        let mut j = i;
        while j > 0 {
            let (Some(&a), Some(&b)) = (run.get(j - 1), run.get(j)) else {
                break;
            };
            if ccc(a) <= ccc(b) {
                break;
            }
            run.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The label in NFC, for labels of valid characters (the tables cover only what such labels
/// can decompose into and compose again).
pub(crate) fn nfc(label: &[char]) -> Vec<char> {
    let mut decomposed = Vec::with_capacity(label.len() + 4);
    for &c in label {
        decompose_into(c, &mut decomposed);
    }
    // Canonical ordering: a stable sort of each run of non-starters by combining class.
    let mut i = 0;
    while i < decomposed.len() {
        let mut j = i;
        while j < decomposed.len() && decomposed.get(j).is_some_and(|&c| ccc(c) != 0) {
            j += 1;
        }
        if let Some(run) = decomposed.get_mut(i..j) {
            insertion_sort_by_ccc(run);
        }
        i = j + 1;
    }
    // Canonical composition.
    let mut out: Vec<char> = Vec::with_capacity(decomposed.len());
    let mut starter: Option<usize> = None;
    let mut last_ccc = 0u8;
    for c in decomposed {
        let class = ccc(c);
        if let Some(at) = starter {
            let adjacent = at + 1 == out.len();
            if adjacent || (last_ccc != 0 && last_ccc < class) {
                if let Some(composed) = out.get(at).and_then(|&s| composition(s, c)) {
                    if let Some(slot) = out.get_mut(at) {
                        *slot = composed;
                    }
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        last_ccc = class;
        out.push(c);
    }
    out
}

/// Which contextual rule of RFC 5892 appendix A a character breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContextRule {
    /// A.1: ZERO WIDTH NON-JOINER only after a virama or between joining letters.
    ZeroWidthNonJoiner,
    /// A.2: ZERO WIDTH JOINER only after a virama.
    ZeroWidthJoiner,
    /// A.3: MIDDLE DOT only between two `l`.
    MiddleDot,
    /// A.4: GREEK LOWER NUMERAL SIGN only before a Greek letter.
    GreekKeraia,
    /// A.5, A.6: HEBREW GERESH and GERSHAYIM only after a Hebrew letter.
    HebrewPunctuation,
    /// A.7: KATAKANA MIDDLE DOT only in a label with Hiragana, Katakana or Han.
    KatakanaMiddleDot,
    /// A.8, A.9: Arabic-Indic and extended Arabic-Indic digits not mixed.
    ArabicIndicDigits,
}

/// Which part of the Bidi rule (RFC 5893 section 2) a label breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BidiRule {
    /// 1: the first character of a label in a Bidi domain name must be L, R or AL.
    First,
    /// 2: a right-to-left label may not contain a left-to-right character.
    LeftToRightInRtl,
    /// 3, 6: the label must end with a letter or digit of its direction (then marks).
    Last,
    /// 4: a right-to-left label may not mix European and Arabic-Indic digits.
    MixedDigits,
    /// 5: a left-to-right label may not contain right-to-left characters or Arabic digits.
    RightToLeftInLtr,
}

/// The first rule a non-ASCII label breaks, with the 1-based position of the character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Violation {
    /// The label is not in NFC; the position of the first character that NFC changes.
    NotNfc(usize),
    /// The label starts with a combining mark.
    LeadingMark,
    /// A contextual rule.
    Context(usize, ContextRule),
}

/// Checks a non-ASCII label of lower-case characters whose every character the caller has
/// found valid ([`is_valid`], a joiner, or ASCII letter, digit or hyphen): NFC, no leading
/// combining mark, the contextual rules (RFC 5891 4.2.2 to 4.2.3.3; the hyphen rules are the
/// caller's, the Bidi rule is [`check_bidi`], as it spans the labels).
pub(crate) fn check_label(label: &[char]) -> Result<(), Violation> {
    // Only a combining mark, or a character that composes with what precedes it, can make a
    // label of valid characters differ from its NFC.
    let may_change = label
        .iter()
        .any(|&c| ccc(c) != 0 || SECONDS.contains(&u32::from(c)));
    let normalized = if may_change {
        nfc(label)
    } else {
        label.to_vec()
    };
    if normalized != label {
        let position = label
            .iter()
            .zip(normalized.iter())
            .position(|(a, b)| a != b)
            .unwrap_or(label.len().min(normalized.len()));
        return Err(Violation::NotNfc(position + 1));
    }
    if label
        .first()
        .and_then(|&c| attr(c))
        .is_some_and(Attr::is_mark)
    {
        return Err(Violation::LeadingMark);
    }
    for (index, &c) in label.iter().enumerate() {
        if let Some(rule) = context_rule(label, index, c) {
            return Err(Violation::Context(index + 1, rule));
        }
    }
    Ok(())
}

/// The contextual rule `c` at `index` breaks, if any.
fn context_rule(label: &[char], index: usize, c: char) -> Option<ContextRule> {
    if !matches!(c, '\u{200C}' | '\u{200D}' | '\u{B7}' | '\u{375}' | '\u{5F3}' | '\u{5F4}' | '\u{30FB}' | '\u{660}'..='\u{669}' | '\u{6F0}'..='\u{6F9}')
    {
        return None;
    }
    let before = index.checked_sub(1).and_then(|i| label.get(i)).copied();
    let after = label.get(index + 1).copied();
    let virama_before = before.is_some_and(|b| ccc(b) == 9);
    let script = |c: Option<char>| c.and_then(attr).map_or(0, Attr::script);
    let joining = |c: char| attr(c).map_or(Joining::None, Attr::joining);
    let ok = match c {
        '\u{200C}' => {
            virama_before || {
                let left = label.get(..index).unwrap_or_default();
                let right = label.get(index + 1..).unwrap_or_default();
                let joins = |side: &mut dyn Iterator<Item = &char>, want: Joining| {
                    side.map(|&c| joining(c))
                        .find(|&j| j != Joining::Transparent)
                        .is_some_and(|j| j == Joining::Dual || j == want)
                };
                joins(&mut left.iter().rev(), Joining::Left)
                    && joins(&mut right.iter(), Joining::Right)
            }
        }
        '\u{200D}' => virama_before,
        '\u{B7}' => before == Some('l') && after == Some('l'),
        '\u{375}' => script(after) == 1,
        '\u{5F3}' | '\u{5F4}' => script(before) == 2,
        '\u{30FB}' => label.iter().any(|&c| script(Some(c)) == 3),
        '\u{660}'..='\u{669}' => !label.iter().any(|c| matches!(c, '\u{6F0}'..='\u{6F9}')),
        '\u{6F0}'..='\u{6F9}' => !label.iter().any(|c| matches!(c, '\u{660}'..='\u{669}')),
        _ => return None,
    };
    if ok {
        return None;
    }
    Some(match c {
        '\u{200C}' => ContextRule::ZeroWidthNonJoiner,
        '\u{200D}' => ContextRule::ZeroWidthJoiner,
        '\u{B7}' => ContextRule::MiddleDot,
        '\u{375}' => ContextRule::GreekKeraia,
        '\u{5F3}' | '\u{5F4}' => ContextRule::HebrewPunctuation,
        '\u{30FB}' => ContextRule::KatakanaMiddleDot,
        _ => ContextRule::ArabicIndicDigits,
    })
}

/// The Bidi group of a label character (ASCII without a table lookup).
pub(crate) fn bidi(c: char) -> Bidi {
    match c {
        '0'..='9' => Bidi::En,
        'a'..='z' => Bidi::L,
        '-' => Bidi::Other,
        '\u{200C}' | '\u{200D}' => Bidi::Other, // BN
        _ => attr(c).map_or(Bidi::L, Attr::bidi),
    }
}

/// Whether the label makes its name a "Bidi domain name" (RFC 5893 section 1.4): it has a
/// character of class R, AL or AN. ASCII labels never do.
pub(crate) fn is_rtl_label(label: &str) -> bool {
    !label.is_ascii() && label.chars().any(|c| matches!(bidi(c), Bidi::R | Bidi::An))
}

/// The Bidi rule (RFC 5893 section 2) for one label of a Bidi domain name: the first
/// offending position and the part of the rule.
pub(crate) fn check_bidi(label: &str) -> Result<(), (usize, BidiRule)> {
    let classes: Vec<Bidi> = label.chars().map(bidi).collect();
    let first = classes.first().copied().unwrap_or(Bidi::L);
    let rtl = match first {
        Bidi::L => false,
        Bidi::R => true,
        _ => return Err((1, BidiRule::First)),
    };
    for (index, &class) in classes.iter().enumerate() {
        let bad = match class {
            Bidi::L => rtl,
            Bidi::R | Bidi::An => !rtl,
            _ => false,
        };
        if bad {
            let rule = if rtl {
                BidiRule::LeftToRightInRtl
            } else {
                BidiRule::RightToLeftInLtr
            };
            return Err((index + 1, rule));
        }
    }
    // The last character that is not a mark must be a letter or digit of the direction.
    let last = classes.iter().rposition(|&c| c != Bidi::Nsm).unwrap_or(0);
    let good_end = match classes.get(last) {
        Some(Bidi::L) => !rtl,
        Some(Bidi::R | Bidi::An) => rtl,
        Some(Bidi::En) => true,
        _ => false,
    };
    if !good_end {
        return Err((last + 1, BidiRule::Last));
    }
    if rtl {
        let en = classes.iter().position(|&c| c == Bidi::En);
        let an = classes.iter().position(|&c| c == Bidi::An);
        if let (Some(en), Some(an)) = (en, an) {
            return Err((en.max(an) + 1, BidiRule::MixedDigits));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn tables_answer_known_code_points() {
        assert!(is_valid('ü'));
        assert!(is_valid('\u{305}'));
        assert!(is_valid('я'));
        assert!(is_valid('\u{4E2D}'));
        assert!(!is_valid('\u{1D2C}')); // MODIFIER LETTER CAPITAL A
        assert!(!is_valid('\u{3164}')); // HANGUL FILLER
        assert!(!is_valid('Ü'));
        assert!(!is_valid('€'));
        assert!(!is_valid('\u{10FFFF}'));
        assert_eq!(bidi('\u{5D0}'), Bidi::R);
        assert_eq!(bidi('\u{627}'), Bidi::R);
        assert_eq!(bidi('\u{660}'), Bidi::An);
        assert_eq!(bidi('\u{301}'), Bidi::Nsm);
        assert_eq!(ccc('\u{301}'), 230);
        assert_eq!(ccc('\u{323}'), 220);
        assert_eq!(ccc('\u{94D}'), 9);
        assert_eq!(ccc('a'), 0);
        assert_eq!(decomposition('é'), Some(('e', '\u{301}')));
        assert_eq!(composition('e', '\u{301}'), Some('é'));
    }

    #[test]
    fn nfc_composes_reorders_and_keeps_nfc_text() {
        assert_eq!(nfc(&chars("e\u{301}")), chars("é"));
        assert_eq!(nfc(&chars("é")), chars("é"));
        // é + dot below: NFC reorders the marks and composes the dot below first.
        assert_eq!(nfc(&chars("é\u{323}")), chars("ẹ\u{301}"));
        // c + dot below + acute: the acute composes across the dot below.
        assert_eq!(nfc(&chars("c\u{323}\u{301}")), chars("ć\u{323}"));
        assert_eq!(nfc(&chars("ć\u{323}")), chars("ć\u{323}"));
        assert_eq!(nfc(&chars("a\u{305}b")), chars("a\u{305}b"));
    }

    #[test]
    fn contextual_rules() {
        let check = |s: &str| check_label(&chars(s));
        assert_eq!(
            check("a\u{200D}b"),
            Err(Violation::Context(2, ContextRule::ZeroWidthJoiner))
        );
        assert_eq!(check("\u{915}\u{94D}\u{200D}"), Ok(()));
        assert_eq!(check("\u{628}\u{200C}\u{628}"), Ok(()));
        assert_eq!(
            check("a\u{200C}b"),
            Err(Violation::Context(2, ContextRule::ZeroWidthNonJoiner))
        );
        assert_eq!(check("l\u{B7}l"), Ok(()));
        assert_eq!(
            check("a\u{B7}b"),
            Err(Violation::Context(2, ContextRule::MiddleDot))
        );
        assert_eq!(check("\u{375}α"), Ok(()));
        assert_eq!(
            check("\u{375}a"),
            Err(Violation::Context(1, ContextRule::GreekKeraia))
        );
        assert_eq!(check("\u{5D0}\u{5F3}"), Ok(()));
        assert_eq!(check("\u{30AB}\u{30FB}"), Ok(()));
        assert_eq!(
            check("a\u{30FB}"),
            Err(Violation::Context(2, ContextRule::KatakanaMiddleDot))
        );
        assert_eq!(
            check("\u{660}\u{6F0}"),
            Err(Violation::Context(1, ContextRule::ArabicIndicDigits))
        );
        assert_eq!(check("\u{301}a"), Err(Violation::LeadingMark));
        assert_eq!(check("e\u{323}"), Err(Violation::NotNfc(1)));
    }

    #[test]
    fn bidi_rule() {
        assert_eq!(
            check_bidi("a\u{5D0}b"),
            Err((2, BidiRule::RightToLeftInLtr))
        );
        assert_eq!(check_bidi("\u{5D0}a"), Err((2, BidiRule::LeftToRightInRtl)));
        assert_eq!(check_bidi("0a"), Err((1, BidiRule::First)));
        assert_eq!(check_bidi("\u{5D0}\u{5D1}"), Ok(()));
        assert_eq!(check_bidi("\u{5D0}0"), Ok(()));
        assert_eq!(check_bidi("\u{5D0}-"), Err((2, BidiRule::Last)));
        assert_eq!(
            check_bidi("\u{5D0}0\u{660}"),
            Err((3, BidiRule::MixedDigits))
        );
        assert!(is_rtl_label("\u{5D0}"));
        assert!(!is_rtl_label("abc"));
        assert!(is_rtl_label("a\u{660}"));
    }
}
