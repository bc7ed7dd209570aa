//! Lower-casing of single characters without Rust's Unicode tables (`char::to_lowercase` links
//! an 11 KB table into the wasm): the same mapping, stored as runs. A test checks every
//! character against `char::to_lowercase`; when the toolchain's Unicode version changes, that
//! test fails and `cargo test --lib lowercase_table -- --ignored --nocapture` prints the new
//! table.

/// The lower case of `c`: one character, or for U+0130 (`İ`) two (`i` and U+0307), as
/// `char::to_lowercase` gives it.
pub(crate) fn lower(c: char) -> (char, Option<char>) {
    if c.is_ascii() {
        return (c.to_ascii_lowercase(), None);
    }
    if c == '\u{130}' {
        return ('i', Some('\u{307}'));
    }
    let code = u32::from(c);
    // The last run that starts at or before `code` (a few steps for Latin and Greek letters).
    let mut start = 0u32;
    let mut run = None;
    for ((&gap, &shape), &delta) in GAPS.iter().zip(&SHAPES).zip(&DELTAS) {
        start += u32::from(gap);
        if start > code {
            break;
        }
        run = Some((start, shape, delta));
    }
    if let Some((start, shape, delta)) = run {
        let (stride, count) = (u32::from(shape >> 7) + 1, u32::from(shape & 0x7F));
        let offset = code - start;
        if offset < stride * count && offset % stride == 0 {
            if let Some(l) = code.checked_add_signed(delta).and_then(char::from_u32) {
                return (l, None);
            }
        }
    }
    (c, None)
}

/// Runs of upper-case characters `start, start + stride, …` (`count` of them) whose lower
/// case lies `delta` away, by `start`, as three columns (which compress better than rows):
/// `start` minus the previous run's `start`; `(stride - 1) << 7 | count`; `delta`.
#[rustfmt::skip]
static GAPS: [u16; 184] = [
    192, 24, 40, 50, 7, 17, 46, 1, 8, 1, 4, 1,
    2, 2, 3, 1, 1, 1, 2, 1, 2, 1, 1, 4,
    1, 2, 1, 6, 1, 2, 3, 2, 1, 2, 2, 4,
    1, 4, 8, 1, 2, 1, 2, 1, 19, 19, 1, 4,
    1, 1, 40, 2, 24, 1, 2, 1, 3, 2, 1, 1,
    1, 298, 6, 9, 7, 2, 4, 2, 3, 18, 44, 9,
    28, 3, 2, 1, 3, 3, 16, 80, 42, 54, 1, 15,
    97, 2927, 39, 6, 723, 80, 2201, 7, 45, 323, 158, 2,
    104, 16, 16, 16, 16, 17, 15, 32, 16, 16, 16, 2,
    2, 12, 4, 12, 2, 14, 2, 2, 12, 2, 2, 298,
    4, 1, 7, 46, 35, 819, 1866, 96, 2, 1, 1, 3,
    6, 1, 1, 1, 2, 3, 9, 2, 107, 7, 31054, 64,
    162, 16, 71, 4, 1, 13, 2, 3, 6, 20, 1, 1,
    1, 1, 2, 1, 1, 1, 1, 16, 1, 1, 1, 4,
    1, 16, 25, 22316, 1247, 176, 192, 12, 16, 8, 1772, 208,
    2896, 21920, 96, 31328,
];
#[rustfmt::skip]
static SHAPES: [u8; 184] = [
    0x17, 0x7, 0x98, 0x83, 0x88, 0x97, 0x1, 0x83, 0x1, 0x82, 0x1, 0x1,
    0x2, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1,
    0x1, 0x1, 0x83, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x2, 0x82, 0x1,
    0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x89, 0x89, 0x1, 0x82, 0x1,
    0x1, 0x94, 0x1, 0x89, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x1,
    0x85, 0x82, 0x1, 0x1, 0x1, 0x3, 0x1, 0x2, 0x11, 0x9, 0x1, 0x8c,
    0x1, 0x1, 0x1, 0x1, 0x3, 0x10, 0x20, 0x91, 0x9b, 0x1, 0x87, 0xb0,
    0x26, 0x26, 0x1, 0x1, 0x50, 0x6, 0x1, 0x2b, 0x3, 0xcb, 0x1, 0xb0,
    0x8, 0x6, 0x8, 0x8, 0x6, 0x84, 0x8, 0x8, 0x8, 0x8, 0x2, 0x2,
    0x1, 0x4, 0x1, 0x2, 0x2, 0x2, 0x2, 0x1, 0x2, 0x2, 0x1, 0x1,
    0x1, 0x1, 0x1, 0x10, 0x1, 0x1a, 0x30, 0x1, 0x1, 0x1, 0x1, 0x83,
    0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x2, 0xb2, 0x82, 0x1, 0x97, 0x8e,
    0x87, 0x9f, 0x82, 0x1, 0x85, 0x1, 0x1, 0x82, 0x8a, 0x1, 0x1, 0x1,
    0x1, 0x1, 0x1, 0x1, 0x1, 0x1, 0x88, 0x1, 0x1, 0x1, 0x82, 0x1,
    0x88, 0x1, 0x1, 0x1a, 0x28, 0x24, 0xb, 0xf, 0x7, 0x2, 0x33, 0x16,
    0x20, 0x20, 0x19, 0x22,
];
#[rustfmt::skip]
static DELTAS: [i32; 184] = [
    32, 32, 1, 1, 1, 1, -121, 1, 210, 1,
    206, 1, 205, 1, 79, 202, 203, 1, 205, 207,
    211, 209, 1, 211, 213, 214, 1, 218, 1, 218,
    1, 218, 1, 217, 1, 219, 1, 1, 2, 1,
    2, 1, 2, 1, 1, 2, 1, -97, -56, 1,
    -130, 1, 10795, 1, -163, 10792, 1, -195, 69, 71,
    1, 1, 1, 116, 38, 37, 64, 63, 32, 32,
    8, 1, -60, 1, -7, 1, -130, 80, 32, 1,
    1, 15, 1, 1, 48, 7264, 7264, 7264, 38864, 8,
    1, -3008, -3008, 1, -7615, 1, -8, -8, -8, -8,
    -8, -8, -8, -8, -8, -8, -8, -74, -9, -86,
    -9, -8, -100, -8, -112, -7, -128, -126, -9, -7517,
    -8383, -8262, 28, 16, 1, 26, 48, 1, -10743, -3814,
    -10727, 1, -10780, -10749, -10783, -10782, 1, 1, -10815, 1,
    1, 1, 1, 1, 1, 1, 1, -35332, 1, 1,
    -42280, 1, 1, -42308, -42319, -42315, -42305, -42308, -42258, -42282,
    -42261, 928, 1, -48, -42307, -35384, 1, -42343, 1, -42561,
    1, 32, 40, 40, 39, 39, 39, 39, 64, 32,
    32, 32, 27, 34,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs `char::to_lowercase` implies (non-ASCII, one character, changed).
    fn std_runs() -> Vec<(u32, i32)> {
        let mapped: Vec<(u32, i64)> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter_map(|c| {
                let mut it = c.to_lowercase();
                let (l, rest) = (it.next()?, it.next());
                (rest.is_none() && l != c).then(|| {
                    (
                        u32::from(c),
                        i64::from(u32::from(l)) - i64::from(u32::from(c)),
                    )
                })
            })
            .collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < mapped.len() {
            let (start, delta) = mapped[i];
            let mut best = (1u32, 1u32);
            for stride in [1u32, 2] {
                let mut n = 1u32;
                while n < 127 && mapped.get(i + n as usize) == Some(&(start + n * stride, delta)) {
                    n += 1;
                }
                if n > best.0 {
                    best = (n, stride);
                }
            }
            let (count, stride) = best;
            runs.push((
                start << 8 | (stride - 1) << 7 | count,
                i32::try_from(delta).unwrap(),
            ));
            i += count as usize;
        }
        runs
    }

    #[test]
    fn lowercase_table_is_std() {
        let mut start = 0u32;
        let ours: Vec<(u32, i32)> = GAPS
            .iter()
            .zip(&SHAPES)
            .zip(&DELTAS)
            .map(|((&gap, &shape), &delta)| {
                start += u32::from(gap);
                (start << 8 | u32::from(shape), delta)
            })
            .collect();
        assert_eq!(
            ours,
            std_runs(),
            "run with --ignored --nocapture for the new table"
        );
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let ours = lower(c);
            assert_eq!(
                (std.next(), std.next(), std.next()),
                (Some(ours.0), ours.1, None),
                "{c:?}"
            );
        }
    }

    #[test]
    #[ignore = "prints the table for this toolchain's Unicode version"]
    fn lowercase_table() {
        let runs = std_runs();
        let mut previous = 0;
        let gaps: Vec<String> = runs
            .iter()
            .map(|(head, _)| {
                let gap = (head >> 8) - previous;
                previous = head >> 8;
                gap.to_string()
            })
            .collect();
        let shapes: Vec<String> = runs
            .iter()
            .map(|(h, _)| format!("{:#x}", h & 0xFF))
            .collect();
        let deltas: Vec<String> = runs.iter().map(|(_, d)| d.to_string()).collect();
        for (name, ty, values, per) in [
            ("GAPS", "u16", gaps, 12),
            ("SHAPES", "u8", shapes, 12),
            ("DELTAS", "i32", deltas, 10),
        ] {
            println!("#[rustfmt::skip]");
            println!("static {name}: [{ty}; {}] = [", values.len());
            for chunk in values.chunks(per) {
                println!("    {},", chunk.join(", "));
            }
            println!("];");
        }
    }
}
