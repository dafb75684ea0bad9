//! Extraction time must grow linearly with the input, also on adversarial
//! text. Each pattern is repeated to 1 MB and to 4 MB; criterion reports the
//! throughput of both, and a one-off `Instant` measurement (median of 3,
//! and the ratio of the fastest runs beside it) prints the 4 MB / 1 MB time
//! ratio, which should be near 4.
//!
//! `cargo bench --bench linear`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::DateTime;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};
use cyrdate::Context;

const MB: usize = 1 << 20;

/// A one-off run slower than this skips the criterion measurement of that
/// input (and says so), so that a super-linear pattern cannot stall the run.
const TOO_SLOW: Duration = Duration::from_secs(5);

const PATTERNS: &[(&str, &str)] = &[
    ("digits", "1234567890"),
    ("colons", "12:"),
    ("dots", "1.1."),
    ("month_abbr", "сен "),
    ("yesterday_at", "вчера в "),
    ("range_from_to", "с 1 по "),
    ("ago_words", "назад тому "),
    ("dashes", "– — - "),
    ("apostrophes", "п'ят’ʼ"),
    ("dense_stamps", "01:15 07 сен 2025. "),
    ("cyrillic_word", ""),
    ("nine_space", "9 "),
    // The families of SPEC §6.
    ("ordinal_words", "первого "),
    ("time_range_from", "с 10 до "),
    ("compound_amounts", "2 часа "),
    ("quarter_q", "Q1 "),
    ("quoted_days", "«1» "),
    ("decades", "1990-х "),
    ("signed_shifts", "+1 день "),
    ("parts_of_day", "вчера вечером "),
    // The forms of session 6.
    ("night_before", "в ночь на 5 сентября в 23:00 "),
    ("two_stamps", "15.07.2025 16:08 - "),
    ("zone_first", "по московскому времени в 19:00 "),
];

/// The letters of the single long word (a few trigger stems among them).
const WORD_LETTERS: &str = "абвгдежзийклмнопрстуфхцчшщъыьэюяєіїґвчерасентябряминутназадтому";

/// `pattern` repeated to `len` bytes (cut at a character boundary); the
/// empty pattern stands for one word of Cyrillic letters.
fn input(pattern: &str, len: usize) -> Vec<u8> {
    let unit = if pattern.is_empty() { WORD_LETTERS } else { pattern };
    let mut s = String::with_capacity(len + unit.len());
    'fill: loop {
        for c in unit.chars() {
            if s.len() + c.len_utf8() > len {
                break 'fill;
            }
            s.push(c);
        }
    }
    s.into_bytes()
}

fn context() -> Context {
    let now = DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    Context::new().with_now(now)
}

/// Three timed runs of `extract_bytes` on each input, interleaved so that
/// a burst of load on a shared machine hits both sizes alike: the median
/// and the fastest time of each, and the match counts.
fn one_off(ctx: &Context, small: &[u8], large: &[u8]) -> ([Duration; 2], [Duration; 2], [usize; 2]) {
    let mut times = [Vec::with_capacity(3), Vec::with_capacity(3)];
    let mut hits = [0; 2];
    for _ in 0..3 {
        for (k, bytes) in [small, large].into_iter().enumerate() {
            let t = Instant::now();
            hits[k] = ctx.extract_bytes(black_box(bytes)).count();
            times[k].push(t.elapsed());
        }
    }
    for t in &mut times {
        t.sort();
    }
    ([times[0][1], times[1][1]], [times[0][0], times[1][0]], hits)
}

fn bench_linear(c: &mut Criterion) {
    let ctx = context();
    let mut g = c.benchmark_group("linear");
    g.sample_size(10)
        .sampling_mode(SamplingMode::Flat)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(2));
    let header = format!(
        "{:<14} {:>12} {:>12} {:>7} {:>9} {:>9} {:>9}",
        "pattern", "1MB", "4MB", "4/1", "4/1 (min)", "1MB hits", "4MB hits"
    );
    eprintln!("{header}");
    let mut rows = Vec::new();
    for &(name, pattern) in PATTERNS {
        let small = input(pattern, MB);
        let large = input(pattern, 4 * MB);
        let ([t1, t4], [m1, m4], [n1, n4]) = one_off(&ctx, &small, &large);
        let row = format!(
            "{name:<14} {:>12.2?} {:>12.2?} {:>7.2} {:>9.2} {n1:>9} {n4:>9}",
            t1,
            t4,
            t4.as_secs_f64() / t1.as_secs_f64(),
            m4.as_secs_f64() / m1.as_secs_f64()
        );
        eprintln!("{row}");
        rows.push(row);
        for (size, bytes, t) in [("1MB", &small, t1), ("4MB", &large, t4)] {
            if t > TOO_SLOW {
                eprintln!("{name}/{size}: one run took {t:.2?}; criterion measurement skipped");
                continue;
            }
            g.throughput(Throughput::Bytes(bytes.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, size), bytes, |b, bytes| {
                b.iter(|| ctx.extract_bytes(black_box(bytes)).count())
            });
        }
    }
    g.finish();
    eprintln!(
        "\none-off extract_bytes times (median of 3, interleaved), 4MB/1MB ratio of medians and of minima:"
    );
    eprintln!("{header}");
    for row in rows {
        eprintln!("{row}");
    }
}

criterion_group!(benches, bench_linear);
criterion_main!(benches);
