//! Plan building, rendering the plan view and the HTML export for the three
//! fixtures (issue 6: plan building + rendering the plan view for the large
//! household within 30 ms, HTML export within 30 ms). Native figures: the
//! browser runs the same code as wasm, typically 1.5-3x slower.
//!
//! `cargo bench --bench plan`; `./run bench` runs it and puts the large
//! fixture's figures in its table.

use criterion::{criterion_group, criterion_main, Criterion};
use keukentafel::document::{export_html, render_plan};
use keukentafel::domain::catalogue::Catalogue;
use keukentafel::domain::format::{from_json, to_json};
use keukentafel::domain::plan::build_plan;
use keukentafel::domain::{Intake, Lang};
use std::hint::black_box;

const FIXTURES: [(&str, &str); 3] = [
    ("empty", include_str!("../tests/fixtures/empty.json")),
    ("typical", include_str!("../tests/fixtures/typical.json")),
    ("large", include_str!("../tests/fixtures/large.json")),
];

fn intake(json: &str) -> Intake {
    from_json(json).expect("fixture loads")
}

fn plan(c: &mut Criterion) {
    let catalogue = Catalogue::standard();
    let mut g = c.benchmark_group("plan");
    for (name, json) in FIXTURES {
        let intake = intake(json);
        g.bench_function(format!("build/{name}"), |b| {
            b.iter(|| build_plan(black_box(&intake), &catalogue))
        });
        let plan = build_plan(&intake, &catalogue);
        g.bench_function(format!("render/{name}"), |b| {
            b.iter(|| render_plan(black_box(&plan), Lang::Nl, "2026-11-22"))
        });
        // What the plan screen does on every change: build, then render.
        g.bench_function(format!("build_render/{name}"), |b| {
            b.iter(|| {
                let plan = build_plan(black_box(&intake), &catalogue);
                render_plan(&plan, Lang::Nl, "2026-11-22")
            })
        });
        // What "download as HTML" does: build, serialise, export.
        g.bench_function(format!("export_html/{name}"), |b| {
            b.iter(|| {
                let plan = build_plan(black_box(&intake), &catalogue);
                let json = to_json(&intake);
                export_html(&plan, &json, Lang::Nl, "2026-11-22")
            })
        });
    }
    g.finish();
}

criterion_group!(benches, plan);
criterion_main!(benches);
