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
    let at = RUNS.partition_point(|&(head, _)| head >> 8 <= code);
    let Some(&(head, delta)) = at.checked_sub(1).and_then(|i| RUNS.get(i)) else {
        return (c, None);
    };
    let (start, stride, count) = (head >> 8, ((head >> 7) & 1) + 1, head & 0x7F);
    let offset = code - start;
    if offset < stride * count && offset % stride == 0 {
        if let Some(l) = code.checked_add_signed(delta).and_then(char::from_u32) {
            return (l, None);
        }
    }
    (c, None)
}

/// Runs of upper-case characters `start, start + stride, …` (`count` of them) whose lower
/// case lies `delta` away: `(start << 8 | (stride - 1) << 7 | count, delta)`, by `start`.
#[rustfmt::skip]
static RUNS: [(u32, i32); 184] = [
    (0xc017, 32), (0xd807, 32), (0x10098, 1), (0x13283, 1), (0x13988, 1),
    (0x14a97, 1), (0x17801, -121), (0x17983, 1), (0x18101, 210), (0x18282, 1),
    (0x18601, 206), (0x18701, 1), (0x18902, 205), (0x18b01, 1), (0x18e01, 79),
    (0x18f01, 202), (0x19001, 203), (0x19101, 1), (0x19301, 205), (0x19401, 207),
    (0x19601, 211), (0x19701, 209), (0x19801, 1), (0x19c01, 211), (0x19d01, 213),
    (0x19f01, 214), (0x1a083, 1), (0x1a601, 218), (0x1a701, 1), (0x1a901, 218),
    (0x1ac01, 1), (0x1ae01, 218), (0x1af01, 1), (0x1b102, 217), (0x1b382, 1),
    (0x1b701, 219), (0x1b801, 1), (0x1bc01, 1), (0x1c401, 2), (0x1c501, 1),
    (0x1c701, 2), (0x1c801, 1), (0x1ca01, 2), (0x1cb89, 1), (0x1de89, 1),
    (0x1f101, 2), (0x1f282, 1), (0x1f601, -97), (0x1f701, -56), (0x1f894, 1),
    (0x22001, -130), (0x22289, 1), (0x23a01, 10795), (0x23b01, 1), (0x23d01, -163),
    (0x23e01, 10792), (0x24101, 1), (0x24301, -195), (0x24401, 69), (0x24501, 71),
    (0x24685, 1), (0x37082, 1), (0x37601, 1), (0x37f01, 116), (0x38601, 38),
    (0x38803, 37), (0x38c01, 64), (0x38e02, 63), (0x39111, 32), (0x3a309, 32),
    (0x3cf01, 8), (0x3d88c, 1), (0x3f401, -60), (0x3f701, 1), (0x3f901, -7),
    (0x3fa01, 1), (0x3fd03, -130), (0x40010, 80), (0x41020, 32), (0x46091, 1),
    (0x48a9b, 1), (0x4c001, 15), (0x4c187, 1), (0x4d0b0, 1), (0x53126, 48),
    (0x10a026, 7264), (0x10c701, 7264), (0x10cd01, 7264), (0x13a050, 38864), (0x13f006, 8),
    (0x1c8901, 1), (0x1c902b, -3008), (0x1cbd03, -3008), (0x1e00cb, 1), (0x1e9e01, -7615),
    (0x1ea0b0, 1), (0x1f0808, -8), (0x1f1806, -8), (0x1f2808, -8), (0x1f3808, -8),
    (0x1f4806, -8), (0x1f5984, -8), (0x1f6808, -8), (0x1f8808, -8), (0x1f9808, -8),
    (0x1fa808, -8), (0x1fb802, -8), (0x1fba02, -74), (0x1fbc01, -9), (0x1fc804, -86),
    (0x1fcc01, -9), (0x1fd802, -8), (0x1fda02, -100), (0x1fe802, -8), (0x1fea02, -112),
    (0x1fec01, -7), (0x1ff802, -128), (0x1ffa02, -126), (0x1ffc01, -9), (0x212601, -7517),
    (0x212a01, -8383), (0x212b01, -8262), (0x213201, 28), (0x216010, 16), (0x218301, 1),
    (0x24b61a, 26), (0x2c0030, 48), (0x2c6001, 1), (0x2c6201, -10743), (0x2c6301, -3814),
    (0x2c6401, -10727), (0x2c6783, 1), (0x2c6d01, -10780), (0x2c6e01, -10749), (0x2c6f01, -10783),
    (0x2c7001, -10782), (0x2c7201, 1), (0x2c7501, 1), (0x2c7e02, -10815), (0x2c80b2, 1),
    (0x2ceb82, 1), (0x2cf201, 1), (0xa64097, 1), (0xa6808e, 1), (0xa72287, 1),
    (0xa7329f, 1), (0xa77982, 1), (0xa77d01, -35332), (0xa77e85, 1), (0xa78b01, 1),
    (0xa78d01, -42280), (0xa79082, 1), (0xa7968a, 1), (0xa7aa01, -42308), (0xa7ab01, -42319),
    (0xa7ac01, -42315), (0xa7ad01, -42305), (0xa7ae01, -42308), (0xa7b001, -42258), (0xa7b101, -42282),
    (0xa7b201, -42261), (0xa7b301, 928), (0xa7b488, 1), (0xa7c401, -48), (0xa7c501, -42307),
    (0xa7c601, -35384), (0xa7c782, 1), (0xa7cb01, -42343), (0xa7cc88, 1), (0xa7dc01, -42561),
    (0xa7f501, 1), (0xff211a, 32), (0x1040028, 40), (0x104b024, 40), (0x105700b, 39),
    (0x1057c0f, 39), (0x1058c07, 39), (0x1059402, 39), (0x10c8033, 64), (0x10d5016, 32),
    (0x118a020, 32), (0x16e4020, 32), (0x16ea019, 27), (0x1e90022, 34),
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
        assert_eq!(
            RUNS.to_vec(),
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
        println!("static RUNS: [(u32, i32); {}] = [", runs.len());
        for chunk in runs.chunks(5) {
            let line: Vec<String> = chunk
                .iter()
                .map(|(h, d)| format!("({h:#x}, {d})"))
                .collect();
            println!("    {},", line.join(", "));
        }
        println!("];");
    }
}
