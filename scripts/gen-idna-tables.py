#!/usr/bin/env python3
"""Writes src/idna_data.rs: the Unicode data the IDNA2008 label rules need (RFC 5891-5893),
for one Unicode version, as compact byte tables.

Sources (all for Unicode 16.0.0, the version of the vendored tests/data/IdnaTestV2.txt):
- PyPI `idna==3.11` (`idna/idnadata.py`, Unicode 16.0.0): the RFC 5892 derived property
  (PVALID, CONTEXTJ, CONTEXTO ranges), the joining types and the scripts Greek, Hebrew,
  Hiragana, Katakana and Han;
- PyPI `unicodedata2==16.0.0`: bidi classes, general categories, canonical combining classes
  and canonical decompositions. (Python's own `unicodedata` is older; it is not used.)

To refresh (the same two pinned versions, or newer ones of the same Unicode version):
    python3 -m venv /tmp/idna-venv
    /tmp/idna-venv/bin/pip install idna==3.11 unicodedata2==16.0.0
    /tmp/idna-venv/bin/python scripts/gen-idna-tables.py
then `cargo test --test idna_conformance` against the IdnaTestV2.txt of the same version.

Tables (every code point below U+0080 is handled in code, never looked up):
- CHARS: every code point >= U+0080 that may appear in a label (PVALID or CONTEXTO; the two
  CONTEXTJ characters are handled in code), as runs of equal attributes. Attribute byte:
  bits 0-4 `bidi * 5 + joining`, with the Bidi group `bidi` (0 L, 1 R or AL, 2 AN, 3 EN,
  4 NSM, 5 ES/CS/ET/ON/BN) and the joining type `joining` (0 U or C, 1 T, 2 D, 3 L, 4 R);
  bit 5 a combining mark (General_Category M); bits 6-7 the script for the CONTEXTO rules
  (0 other, 1 Greek, 2 Hebrew, 3 Hiragana, Katakana or Han).
- CCC: canonical combining classes other than 0 of the characters that can occur in the full
  decomposition of a valid label, as runs of equal class.
- DECOMP: canonical decompositions into two code points (composite, first, second) of the
  characters needed to decide whether a label of valid characters is in NFC: those that
  decompose a valid character, and every primary composite that such parts can form again.
  Each is `varint(composite - previous composite) varint(zigzag(composite - first))` and one
  byte, the index of the second part in SECONDS (the distinct second parts).
Each run is `varint(gap) varint(length - 1) [attribute]`, the gap counted from the end of the
previous run (the first from U+0080), varints LEB128. An index gives for every 1024 code
points (a "page") the byte offset of the first run starting in it; runs never cross a page.
"""
import sys
import unicodedata2 as ud
import idna.idnadata as idnadata

UNICODE = "16.0.0"
assert ud.unidata_version == UNICODE, ud.unidata_version
assert idnadata.__version__ == UNICODE, idnadata.__version__

out = sys.argv[1] if len(sys.argv) > 1 else "src/idna_data.rs"
PAGE = 1024


def ranges(encoded):
    for r in encoded:
        yield from range(r >> 32, r & 0xFFFFFFFF)


classes = idnadata.codepoint_classes
pvalid = set(ranges(classes["PVALID"]))
contexto = set(ranges(classes["CONTEXTO"]))
contextj = set(ranges(classes["CONTEXTJ"]))
assert contextj == {0x200C, 0x200D}, contextj
assert contexto == {0xB7, 0x375, 0x5F3, 0x5F4, 0x30FB} | set(range(0x660, 0x66A)) | set(
    range(0x6F0, 0x6FA)
), sorted(contexto)
valid = {cp for cp in pvalid | contexto if cp >= 0x80}
ascii_valid = {cp for cp in pvalid if cp < 0x80}
assert ascii_valid == set(range(0x30, 0x3A)) | set(range(0x61, 0x7B)) | {0x2D}, ascii_valid

BIDI = {"L": 0, "R": 1, "AL": 1, "AN": 2, "EN": 3, "NSM": 4, "ES": 5, "CS": 5, "ET": 5, "ON": 5, "BN": 5}
JOIN = {"U": 0, "C": 0, "T": 1, "D": 2, "L": 3, "R": 4}
scripts = {cp: i for i, name in ((1, "Greek"), (2, "Hebrew")) for cp in ranges(idnadata.scripts[name])}
for name in ("Hiragana", "Katakana", "Han"):
    for cp in ranges(idnadata.scripts[name]):
        scripts[cp] = 3


def attr(cp):
    c = chr(cp)
    bidi = ud.bidirectional(c)
    assert bidi in BIDI, (hex(cp), bidi)
    mark = ud.category(c).startswith("M")
    jt = chr(idnadata.joining_types.get(cp, ord("U")))
    return (BIDI[bidi] * 5 + JOIN[jt]) | (mark << 5) | (scripts.get(cp, 0) << 6)


# Decompositions: the canonical pair decompositions needed for the NFC check.
def canonical(cp):
    d = ud.decomposition(chr(cp))
    if not d or d.startswith("<"):
        return None
    return [int(x, 16) for x in d.split()]


pairs = {}  # composite -> (first, second), primary composites only
for cp in range(0x110000):
    if 0xAC00 <= cp <= 0xD7A3:
        continue  # Hangul syllables: no valid character composes with them (jamo are disallowed)
    d = canonical(cp)
    if d and len(d) == 2 and ud.normalize("NFC", chr(d[0]) + chr(d[1])) == chr(cp):
        pairs[cp] = tuple(d)


def full(cp):
    d = canonical(cp)
    if d is None or 0xAC00 <= cp <= 0xD7A3:
        return [cp]
    return [x for part in d for x in full(part)]


labelchars = valid | ascii_valid
for cp in labelchars:
    if 0xAC00 <= cp <= 0xD7A3:
        continue
    d = canonical(cp)
    # Valid characters are NFC-stable: no singletons, no exclusions.
    assert d is None or cp in pairs, hex(cp)
parts = {x for cp in labelchars for x in full(cp)}
needed = {cp for cp in labelchars if cp in pairs}
# Close over compositions that parts (and composites formed from them) can form again.
while True:
    more = {c for c, (a, b) in pairs.items() if c not in needed and (a in parts or a in needed) and b in parts}
    if not more:
        break
    needed |= more
for c in list(needed):
    needed |= {x for x in pairs if x in full(c)}  # recursive decomposition stays inside
decomp = sorted((c, *pairs[c]) for c in needed)

cccs = {}
for cp in parts | labelchars | {x for c in needed for x in full(c)}:
    v = ud.combining(chr(cp))
    if v:
        cccs[cp] = v
assert all(cp >= 0x80 for cp in cccs)


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return out


def runs_table(values, with_value):
    """values: dict cp -> value (cp >= 0x80). Returns (bytes, page index, run count)."""
    data = bytearray()
    index = []
    count = 0
    cps = sorted(values)
    i = 0
    last_page = (max(cps) // PAGE) if cps else 0
    for page in range(last_page + 2):
        index.append(len(data))
        prev_end = max(page * PAGE, 0x80)
        lo, hi = page * PAGE, (page + 1) * PAGE
        while i < len(cps) and cps[i] < hi:
            start = cps[i]
            v = values[start]
            j = i
            while j + 1 < len(cps) and cps[j + 1] == cps[j] + 1 and cps[j + 1] < hi and values[cps[j + 1]] == v:
                j += 1
            data += varint(start - prev_end) + varint(cps[j] - start)
            if with_value:
                data.append(v)
            prev_end = cps[j] + 1
            count += 1
            i = j + 1
    assert i == len(cps)
    assert len(data) < 65536
    return bytes(data), index, count


chars_data, chars_index, chars_runs = runs_table({cp: attr(cp) for cp in valid}, True)
ccc_data, ccc_index, ccc_runs = runs_table(cccs, True)

seconds = sorted({b for _, _, b in decomp})
assert len(seconds) < 256
decomp_data = bytearray()
prev = 0
for c, a, b in decomp:
    delta = c - a  # zigzag: the first part mostly lies a little below the composite
    decomp_data += varint(c - prev) + varint(delta * 2 if delta >= 0 else -delta * 2 - 1)
    decomp_data.append(seconds.index(b))
    prev = c
seconds_data = bytearray(4 * len(seconds))


def rust_bytes(name, doc, data):
    lines = [f"/// {doc}", f"pub(crate) static {name}: [u8; {len(data)}] = ["]
    row = []
    for b in data:
        row.append(f"{b},")
        if len(row) == 24:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("];")
    return "\n".join(lines) + "\n"


def rust_index(name, doc, index):
    return f"/// {doc}\npub(crate) static {name}: [u16; {len(index)}] = {list(index)};\n".replace("'", "")


with open(out, "w", encoding="utf-8") as f:
    f.write(f"// Generated by scripts/gen-idna-tables.py for Unicode {UNICODE}; do not edit by hand.\n")
    f.write("// Sources: PyPI idna==3.11 (idnadata.py) and unicodedata2==16.0.0. Formats: see the script.\n\n")
    f.write(f'/// The Unicode version of these tables.\npub(crate) const UNICODE_VERSION: &str = "{UNICODE}";\n\n')
    f.write(rust_bytes("CHARS", f"Valid non-ASCII code points with their attributes ({chars_runs} runs).", chars_data))
    f.write(rust_index("CHARS_INDEX", f"Byte offset in `CHARS` of each {PAGE}-code-point page (one more at the end).", chars_index))
    f.write(rust_bytes("CCC", f"Canonical combining classes other than 0 ({ccc_runs} runs).", ccc_data))
    f.write(rust_index("CCC_INDEX", f"Byte offset in `CCC` of each {PAGE}-code-point page (one more at the end).", ccc_index))
    f.write(rust_bytes("DECOMP", f"Canonical pair decompositions ({len(decomp)}): varint(composite - previous composite), varint(zigzag(composite - first)), index of the second in `SECONDS`.", decomp_data))
    f.write(f"/// The second parts of the decompositions ({len(seconds)} combining marks), in order.\n")
    f.write(f"pub(crate) static SECONDS: [u32; {len(seconds)}] = {[hex(b) for b in seconds]};\n".replace("'", ""))

import gzip, zlib

total = chars_data + ccc_data + decomp_data + seconds_data
print(f"CHARS {len(chars_data)} B ({chars_runs} runs), index {2*len(chars_index)} B; CCC {len(ccc_data)} B ({ccc_runs} runs), index {2*len(ccc_index)} B; DECOMP {len(decomp_data)} B ({len(decomp)} pairs), SECONDS {len(seconds_data)} B", file=sys.stderr)
print(f"total raw {len(total) + 2*len(chars_index) + 2*len(ccc_index)} B, gzip {len(gzip.compress(bytes(total), 9))} B", file=sys.stderr)
