//! Native benchmarks (criterion): the inventory report on a 100,000-domain list, and single
//! checks. Run with `cargo bench`; the figures are in the README.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use domainguard::{check, inventory_job, Json};
use std::hint::black_box;

/// The same deterministic list as bench/corpus.mjs.
fn corpus(n: usize) -> String {
    let tlds = [
        "de", "de", "de", "de", "com", "net", "org", "info", "eu", "at",
    ];
    let words = [
        "kunde",
        "praxis",
        "bäckerei",
        "shop",
        "verein",
        "müller",
        "straße",
        "agentur",
        "hotel",
        "kanzlei",
    ];
    let intents = ["", "", "", "", "", "", "close", "transfer", "keep", ""];
    let mut out = String::from("domain;registered;renewal;holder;invoice_unpaid;intent\n");
    for i in 0..n {
        out.push_str(&format!(
            "{}-{i}.{};{}-{:02}-{:02};;Kunde {i};{};{}\n",
            words[i % 10],
            tlds[(i * 7) % 10],
            1998 + (i % 27),
            i % 12 + 1,
            i % 28 + 1,
            if i % 13 == 0 { "ja" } else { "nein" },
            intents[i % 10]
        ));
    }
    out
}

fn inventory(c: &mut Criterion) {
    let options: Json = serde_json::from_str(r#"{"today": "2026-11-21"}"#).expect("json");
    let mut group = c.benchmark_group("inventory");
    group.sample_size(10);
    for n in [10_000usize, 100_000] {
        let list = Json::from(corpus(n));
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &list, |b, list| {
            b.iter(|| {
                inventory_job(black_box(list), &options)
                    .expect("list")
                    .finish()
            })
        });
    }
    group.finish();
}

fn single_checks(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let cases: Vec<Json> = [
        "close-seed004-on-time",
        "transfer-de-with-code",
        "request-com-within-60-days-nack",
        "release-checklist-complete",
    ]
    .iter()
    .map(|n| {
        let text = std::fs::read_to_string(dir.join(format!("{n}.json"))).expect("vector");
        let v: serde_json::Value = serde_json::from_str(&text).expect("json");
        serde_json::from_value(v["case"].clone()).expect("case")
    })
    .collect();
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Elements(1));
    for (name, case) in [
        "close",
        "transfer_out",
        "transfer_request",
        "authinfo_release",
    ]
    .iter()
    .zip(&cases)
    {
        group.bench_with_input(BenchmarkId::from_parameter(name), case, |b, case| {
            b.iter(|| check(black_box(case)))
        });
    }
    group.finish();
}

criterion_group!(benches, inventory, single_checks);
criterion_main!(benches);
