//! The plan file: serialising a draft (`to_json`, what every autosave does),
//! reading it back (`from_json`, what opening a draft or importing a file
//! does) and reading a version-1 file (migration), for the fixtures.
//!
//! `cargo bench --bench format`.

use criterion::{criterion_group, criterion_main, Criterion};
use keukentafel::domain::format::{from_json, to_json};
use std::hint::black_box;

const FIXTURES: [(&str, &str); 3] = [
    ("empty", include_str!("../tests/fixtures/empty.json")),
    ("typical", include_str!("../tests/fixtures/typical.json")),
    ("large", include_str!("../tests/fixtures/large.json")),
];

const V1: [(&str, &str); 2] = [
    (
        "v1-minimal",
        include_str!("../tests/fixtures/v1-minimal.json"),
    ),
    (
        "v1-typical",
        include_str!("../tests/fixtures/v1-typical.json"),
    ),
];

fn format(c: &mut Criterion) {
    let mut g = c.benchmark_group("format");
    for (name, json) in FIXTURES {
        let intake = from_json(json).expect("fixture loads");
        g.bench_function(format!("to_json/{name}"), |b| {
            b.iter(|| to_json(black_box(&intake)))
        });
        g.bench_function(format!("from_json/{name}"), |b| {
            b.iter(|| from_json(black_box(json)).expect("fixture loads"))
        });
    }
    for (name, json) in V1 {
        g.bench_function(format!("migrate/{name}"), |b| {
            b.iter(|| from_json(black_box(json)).expect("v1 fixture loads"))
        });
    }
    g.finish();
}

criterion_group!(benches, format);
criterion_main!(benches);
