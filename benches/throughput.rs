//! Native benchmarks (criterion): the inventory report on a 100,000-domain list, and single
//! checks, and the domain name parser. Run with `cargo bench`; the figures are in the README.

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

/// A case with `keys` extra top-level keys, read from text and checked (the CLI's path):
/// the issue's 1.1 MB / 100k keys case took 21.6 s when a repeated key was found by a scan.
fn many_keys(c: &mut Criterion) {
    let mut group = c.benchmark_group("read_and_check_keys");
    group.sample_size(10);
    for keys in [10_000usize, 100_000] {
        let mut text = String::from("{");
        for i in 0..keys {
            text.push_str(&format!("\"k{i}\":{i},"));
        }
        text.push_str(r#""action":"close","today":"2009-02-01","domain":{"name":"beispiel.de","registered":"2005-04-04"},"holder":{"name":"M"}}"#);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(keys), &text, |b, text| {
            b.iter(|| {
                let case = domainguard::read_case_text(black_box(text), usize::MAX, None);
                case.map(|c| check(&c))
            })
        });
    }
    group.finish();
}

/// `DomainName::parse` alone: ASCII names (which must not touch the IDNA tables) and IDNs.
fn domain_names(c: &mut Criterion) {
    let mut group = c.benchmark_group("domain_parse");
    group.throughput(Throughput::Elements(1));
    for (name, input) in [
        ("ascii", "www.Beispiel-Domain.de"),
        ("ascii_com", "mail.example-shop.com"),
        ("idn_de", "www.Bücher-Straße.de"),
        ("idn_cyrillic", "пример-домен.рф"),
    ] {
        group.bench_with_input(BenchmarkId::from_parameter(name), input, |b, input| {
            b.iter(|| domainguard::domain::DomainName::parse(black_box(input)))
        });
    }
    group.finish();
}

criterion_group!(benches, inventory, single_checks, many_keys, domain_names);
criterion_main!(benches);
