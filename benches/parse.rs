//! Parse-and-resolve of single date expressions, against a chrono baseline.
//!
//! `cargo bench --bench parse`. The `mix20` entry parses 20 varied forms per
//! iteration: divide its time by 20 for the cost per string.

use std::hint::black_box;

use chrono::{DateTime, NaiveDateTime, TimeZone};
use criterion::{criterion_group, criterion_main, Criterion};
use cyrdate::Context;

#[allow(dead_code)]
#[path = "common/mix.rs"]
mod mix;
use mix::{MIX, SEED, WIDER};

const SINGLES: [(&str, &str); 4] = [
    ("stamp_ru", SEED),
    ("date_time_uk", "7 вересня 2025 р., 21:20"),
    ("yesterday_uk", "Вчора о 09:15"),
    ("minutes_ago_uk", "5 хв. тому"),
];

fn context() -> Context {
    let now = DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    Context::new().with_now(now)
}

fn bench_parse(c: &mut Criterion) {
    let ctx = context();
    // Every input must parse: the bench measures the success path.
    for s in SINGLES.iter().map(|(_, s)| *s).chain(MIX).chain(WIDER) {
        if let Err(e) = ctx.parse(s) {
            panic!("{s:?} does not parse: {e}");
        }
    }

    let mut g = c.benchmark_group("parse");
    g.bench_function("baseline_chrono_parse_from_str+kyiv", |b| {
        b.iter(|| {
            let naive =
                NaiveDateTime::parse_from_str(black_box("07.09.2025 01:15"), "%d.%m.%Y %H:%M").unwrap();
            black_box(chrono_tz::Europe::Kyiv.from_local_datetime(&naive).single())
        })
    });
    for (name, s) in SINGLES {
        g.bench_function(name, |b| b.iter(|| black_box(ctx.parse(black_box(s)))));
    }
    g.bench_function("mix20", |b| {
        b.iter(|| {
            for s in MIX {
                let _ = black_box(ctx.parse(black_box(s)));
            }
        })
    });
    g.bench_function("mix30_with_wider", |b| {
        b.iter(|| {
            for s in MIX.iter().chain(&WIDER) {
                let _ = black_box(ctx.parse(black_box(s)));
            }
        })
    });
    g.finish();
}

criterion_group!(benches, bench_parse);
criterion_main!(benches);
