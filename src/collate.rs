//! The order of texts in the inventory's sorted views (domain and holder columns): the order a
//! German reader expects of a sorted list (DIN 5007-1, "dictionary" order) — letters without
//! regard to case or accents (`ä` as `a`, `ß` as `ss`, `é` as `e`), runs of digits by their
//! value (`Kunde 9` before `Kunde 10`). Texts that are equal that way are ordered by their
//! characters (code points), so the order is total and the same on every machine.
//! Letters outside Latin-1 are compared lower-cased, after the Latin ones.

use crate::domain::lowercase::lower;
use std::cmp::Ordering;

/// Compares two texts in the order described in the module documentation.
pub(crate) fn collate(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (Keys::new(a), Keys::new(b));
    loop {
        match (x.next(), y.next()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(p), Some(q)) => match p.cmp(&q) {
                Ordering::Equal => {}
                o => return o,
            },
        }
    }
}

/// One unit of comparison. Numbers come before letters, as digits do in ASCII; a number is
/// its digits without leading zeros, compared by length first, so by value.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key<'a> {
    Number(usize, &'a str),
    Letter(char),
}

/// The keys of a text, folded.
struct Keys<'a> {
    rest: &'a str,
    /// The second letter of a character that folds into two (`ß` → `ss`).
    pending: Option<char>,
}

impl<'a> Keys<'a> {
    fn new(text: &'a str) -> Keys<'a> {
        Keys {
            rest: text,
            pending: None,
        }
    }
}

impl<'a> Iterator for Keys<'a> {
    type Item = Key<'a>;

    fn next(&mut self) -> Option<Key<'a>> {
        if let Some(c) = self.pending.take() {
            return Some(Key::Letter(c));
        }
        let c = self.rest.chars().next()?;
        if c.is_ascii_digit() {
            let end = self
                .rest
                .bytes()
                .position(|b| !b.is_ascii_digit())
                .unwrap_or(self.rest.len());
            let (run, rest) = self.rest.split_at_checked(end).unwrap_or((self.rest, ""));
            self.rest = rest;
            let digits = run.trim_start_matches('0');
            return Some(Key::Number(digits.len(), digits));
        }
        self.rest = self.rest.get(c.len_utf8()..).unwrap_or("");
        let (l, second) = lower(c);
        let (base, extra) = fold(l);
        self.pending = extra.or(second);
        Some(Key::Letter(base))
    }
}

/// The letter a lower-case Latin-1 letter is sorted as (and a second one for `ß` and `æ`).
fn fold(c: char) -> (char, Option<char>) {
    let base = match c {
        'à'..='å' => 'a',
        'æ' => return ('a', Some('e')),
        'ç' => 'c',
        'è'..='ë' => 'e',
        'ì'..='ï' => 'i',
        'ð' => 'd',
        'ñ' => 'n',
        'ò'..='ö' | 'ø' => 'o',
        'ù'..='ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'þ' => return ('t', Some('h')),
        'ß' => return ('s', Some('s')),
        _ => c,
    };
    (base, None)
}

#[cfg(test)]
mod tests {
    use super::collate;
    use std::cmp::Ordering;

    fn sorted(mut v: Vec<&str>) -> Vec<&str> {
        v.sort_by(|a, b| collate(a, b));
        v
    }

    #[test]
    fn umlauts_sort_with_their_base_letters_and_case_does_not_matter() {
        assert_eq!(
            sorted(vec![
                "verein-beispiel.de",
                "beispiel.de",
                "bäckerei-sonnenschein.de",
                "Zahnarzt Weber",
                "Ärztehaus Nord",
                "agentur-nord.at",
                "Öko-Laden",
                "Ofenbau",
                "Straße 1",
                "Strasse 2",
            ]),
            vec![
                "agentur-nord.at",
                "Ärztehaus Nord",
                "bäckerei-sonnenschein.de",
                "beispiel.de",
                "Ofenbau",
                "Öko-Laden",
                "Straße 1",
                "Strasse 2",
                "verein-beispiel.de",
                "Zahnarzt Weber",
            ]
        );
    }

    #[test]
    fn numbers_sort_by_value() {
        assert_eq!(
            sorted(vec![
                "Kunde 10",
                "Kunde 9",
                "Kunde 009a",
                "Kunde 1",
                "shop24.de",
                "shop3.de"
            ]),
            vec![
                "Kunde 1",
                "Kunde 9",
                "Kunde 009a",
                "Kunde 10",
                "shop3.de",
                "shop24.de"
            ]
        );
    }

    #[test]
    fn texts_equal_when_folded_are_ordered_by_their_characters() {
        // the order is total: only identical texts compare equal
        assert_eq!(collate("Muller", "Müller"), Ordering::Less);
        assert_eq!(collate("Müller", "muller"), Ordering::Less);
        assert_eq!(collate("Kunde 09", "Kunde 9"), Ordering::Less);
        assert_eq!(collate("Müller", "Müller"), Ordering::Equal);
        assert_eq!(collate("", "a"), Ordering::Less);
        assert_eq!(collate("a", ""), Ordering::Greater);
        // a number of any length, and letters outside Latin-1 after the Latin ones
        assert_eq!(
            collate("x99999999999999999999999", "x100000000000000000000000"),
            Ordering::Less
        );
        assert_eq!(collate("zebra", "пример"), Ordering::Less);
    }
}
