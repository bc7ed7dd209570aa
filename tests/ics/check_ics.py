"""The .ics files open in a standard parser (Python's icalendar) with every deadline as an event.

Run by scripts/test.sh after `cargo build --release`. Prints a closing line 'N passed, 0 failed'.
"""
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile

import icalendar

ROOT = pathlib.Path(__file__).resolve().parents[2]
CLI = ROOT / "target" / "release" / "domainguard"
passed = 0


def check(name, condition, detail=""):
    global passed
    if not condition:
        print(f"FAIL {name}: {detail}")
        print(f"{passed} passed, 1 failed")
        sys.exit(1)
    passed += 1


def events(text):
    cal = icalendar.Calendar.from_ical(text)
    return [c for c in cal.walk() if c.name == "VEVENT"]


# One case: seed 004's close. Every deadline of the verdict is one event on its day.
case = json.loads((ROOT / "docs" / "examples" / "seed-004-close.json").read_text())
verdict = json.loads(subprocess.run([str(CLI), "check"], input=json.dumps(case), capture_output=True, text=True).stdout)
ics = subprocess.run([str(CLI), "calendar"], input=json.dumps(case), capture_output=True, text=True, check=True).stdout
evs = events(ics)
days = sorted(e.decoded("DTSTART") for e in evs)
expected = sorted(datetime.date.fromisoformat(d) for d in verdict["deadlines"].values())
check("case: one event per deadline", days == expected, f"{days} != {expected}")
check("case: all-day events", all(isinstance(e.decoded("DTSTART"), datetime.date) and not isinstance(e.decoded("DTSTART"), datetime.datetime) for e in evs))
check("case: two reminders each", all(len([a for a in e.subcomponents if a.name == "VALARM"]) == 2 for e in evs))
summaries = {str(e.get("SUMMARY")) for e in evs}
check("case: notice deadline named", "beispiel.de: Kündigung muss beim Registrar sein bis" in summaries, summaries)
# Each event carries the deadline's label as the page and the panels show it: the verdict's
# deadline_list (one catalogue, src/text/labels.rs).
for item in verdict["deadline_list"]:
    check(f"case: {item['key']} labelled as on the page", f"beispiel.de: {item['label']}" in summaries, summaries)
check("case: every deadline labelled", {i["key"] for i in verdict["deadline_list"]} <= set(verdict["deadlines"]), verdict["deadline_list"])
check("case: unique UIDs", len({str(e.get("UID")) for e in evs}) == len(evs))

# The inventory: every readable row's deadline is an event; text with commas and semicolons survives.
with tempfile.TemporaryDirectory() as tmp:
    path = pathlib.Path(tmp) / "list.csv"
    path.write_text(
        "domain;registered;holder;intent\n"
        "beispiel.de;2005-04-04;\"Müller, Anna; GmbH\";close\n"
        "straße.de;2004-02-10;;transfer\n"
        "kunde.com;2001-02-20;;\n"
        "kaputt.de;2010-13-01;;\n",
        encoding="utf-8",
    )
    report = json.loads(subprocess.run([str(CLI), "inventory", str(path), "--today", "2009-02-01"], capture_output=True, text=True, check=True).stdout)
    ics = subprocess.run([str(CLI), "inventory", str(path), "--today", "2009-02-01", "--out", "ics"], capture_output=True, text=True, check=True).stdout
evs = events(ics)
rows = [r for r in report["rows"] if r["deadline"]]
check("inventory: one event per readable row", len(evs) == len(rows) == 3, f"{len(evs)} events, {len(rows)} rows")
by_uid = {str(e.get("UID")): e for e in evs}
for r in rows:
    match = [e for e in evs if e.decoded("DTSTART") == datetime.date.fromisoformat(r["deadline"]) and str(e.get("SUMMARY")).startswith(r["domain"] + ":")]
    check(f"inventory: {r['domain']} on {r['deadline']}", len(match) == 1, [str(e.get("SUMMARY")) for e in evs])
check("inventory: IDN UID in punycode", any(u.startswith("xn--strae-oqa.de-") for u in by_uid), list(by_uid))
# This summary is longer than 75 octets, so it was folded; it must unfold to the exact text.
want = "beispiel.de: Schließung zum 03.04.2009: Die Meldung muss spätestens am 14.03.2009 beim Registrar sein; rückgängig machen ist bis zum 01.04.2009 möglich."
check("inventory: folded line unfolds to the exact text", want in {str(e.get("SUMMARY")) for e in evs}, [str(e.get("SUMMARY")) for e in evs])
check("inventory: the folded form really was folded", "\n " in ics)  # text mode turns CRLF into LF

print(f"{passed} passed, 0 failed")
