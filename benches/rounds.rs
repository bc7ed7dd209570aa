//! One round of the native figures for `scripts/bench.mjs` (which interleaves it with the wasm
//! rounds in Node and Chromium and takes medians): the inventory on a list file, then single
//! checks of a case file; prints one JSON line. Built in the bench profile (opt-level 3, LTO).
//! The CSV and `.ics` are made as `domainguard inventory --out csv|ics` writes them: a part at
//! a time (here into a sink that counts the bytes), never held whole.
//!
//! `cargo bench --bench rounds -- LIST.csv CASE.json TODAY`

use domainguard::{
    calendar::report_ics_parts, check, inventory::to_csv_parts, inventory_job, Json,
};
use std::hint::black_box;
use std::time::Instant;

/// The process's peak resident set (Linux: `VmHWM` in /proc/self/status), in KiB.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let [list, case, today] = args.as_slice() else {
        eprintln!("usage: rounds LIST.csv CASE.json TODAY");
        std::process::exit(2);
    };
    let list = Json::from(std::fs::read_to_string(list).expect("list file"));
    let case: Json =
        serde_json::from_str(&std::fs::read_to_string(case).expect("case file")).expect("case");
    let options: Json =
        serde_json::from_str(&format!(r#"{{"today": "{today}"}}"#)).expect("options");

    let t0 = Instant::now();
    let mut job = inventory_job(&list, &options).expect("list");
    let total = job.total();
    while job.step(5000) < total {}
    let t1 = Instant::now();
    let report = job.finish();
    let t2 = Instant::now();
    // the peak of the inventory itself (list, rows, report), before the files are written
    let rss = peak_rss_kib().unwrap_or(0);
    // the parts' size as the CLI writes them (64 KB)
    let mut bytes = 0usize;
    to_csv_parts(&report, 64 * 1024, |part| bytes += black_box(part).len());
    report_ics_parts(&report, 64 * 1024, |part| bytes += black_box(part).len());
    let t3 = Instant::now();
    let rss_files = peak_rss_kib().unwrap_or(0);
    black_box(bytes);

    // single checks: warm up, then the median of 21 batches of 200
    for _ in 0..200 {
        black_box(check(black_box(&case)));
    }
    let mut batches: Vec<f64> = (0..21)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..200 {
                black_box(check(black_box(&case)));
            }
            t.elapsed().as_secs_f64() * 1e6 / 200.0
        })
        .collect();
    batches.sort_by(f64::total_cmp);
    let check_us = batches.get(10).copied().unwrap_or(0.0);
    let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1e3;
    println!(
        r#"{{"rows": {total}, "read_check_ms": {:.3}, "sort_ms": {:.3}, "files_ms": {:.3}, "peak_rss_kib": {rss}, "peak_rss_files_kib": {rss_files}, "check_us": {check_us:.3}}}"#,
        ms(t0, t1),
        ms(t1, t2),
        ms(t2, t3),
    );
}
