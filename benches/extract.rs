//! Extraction throughput over a ~1 MB mix of Russian and Ukrainian news
//! pages, beside the cost of the cheapest passes over the same bytes:
//! `memchr` for one byte and an Aho–Corasick DFA over ~200 date keywords.
//! Then `normalise` of random bytes without digits, beside a plain copy.
//!
//! `cargo bench --bench extract`.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use chrono::DateTime;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use cyrdate::{Context, Piece, Stream};

#[allow(dead_code)]
#[path = "common/mix.rs"]
mod mix;
use mix::{page_mix, random_without_digits, KEYWORDS, TARGET_LEN};

fn context() -> Context {
    let now = DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    Context::new().with_now(now)
}

fn bench_extract(c: &mut Criterion) {
    let (text, written) = page_mix();
    let bytes = text.as_bytes();
    let ctx = context();
    let ac = AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(KEYWORDS).unwrap();

    let found = ctx.extract_bytes(bytes).count();
    let newlines = memchr::memchr_iter(b'\n', bytes).count();
    let keywords = ac.find_iter(bytes).count();
    let digit_runs = bytes
        .iter()
        .zip(std::iter::once(&b' ').chain(bytes))
        .filter(|(b, p)| b.is_ascii_digit() && !p.is_ascii_digit())
        .count();
    eprintln!(
        "page mix: {} bytes, {} dates written (one per {} bytes), {} matches extracted, \
         {} digit runs, {} newlines, {} keyword hits ({} keywords)",
        bytes.len(),
        written,
        bytes.len() / written.max(1),
        found,
        digit_runs,
        newlines,
        keywords,
        KEYWORDS.len(),
    );

    let mut g = c.benchmark_group("extract_1MB_news");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("extract_bytes", |b| b.iter(|| ctx.extract_bytes(black_box(bytes)).count()));
    g.bench_function("memchr_newlines", |b| b.iter(|| memchr::memchr_iter(b'\n', black_box(bytes)).count()));
    g.bench_function("aho_corasick_dfa_keywords", |b| b.iter(|| ac.find_iter(black_box(bytes)).count()));
    g.bench_function("stream_read_all", |b| {
        b.iter(|| {
            let mut stream = Stream::new(ctx);
            let mut n = 0usize;
            stream
                .read_all(black_box(bytes), &mut |p| {
                    if let Piece::Date(_) = p {
                        n += 1;
                    }
                    Ok(())
                })
                .unwrap();
            n
        })
    });

    // Cross-check: the real page in `samples/`, repeated to ~1 MB.
    let sample = include_str!("../samples/lenta_ua_page.txt");
    let real = sample.repeat(TARGET_LEN / sample.len() + 1);
    eprintln!(
        "real sample x{}: {} bytes, {} matches",
        TARGET_LEN / sample.len() + 1,
        real.len(),
        ctx.extract_bytes(real.as_bytes()).count()
    );
    g.throughput(Throughput::Bytes(real.len() as u64));
    g.bench_function("extract_bytes_real_sample_repeated", |b| {
        b.iter(|| ctx.extract_bytes(black_box(real.as_bytes())).count())
    });

    // The annotated test pages (headline lists, datelines, comments: one
    // date every ~150 bytes, far denser than the mix) with the real page,
    // in turn to ~1 MB.
    let dense = mix::test_pages();
    eprintln!(
        "test pages in turn: {} bytes, {} matches",
        dense.len(),
        ctx.extract_bytes(dense.as_bytes()).count()
    );
    g.throughput(Throughput::Bytes(dense.len() as u64));
    g.bench_function("extract_bytes_test_pages", |b| {
        b.iter(|| ctx.extract_bytes(black_box(dense.as_bytes())).count())
    });
    g.finish();
}

/// `normalise` over 4 MB of random bytes without digits (binary data:
/// valid UTF-8 runs of a few bytes between invalid ones, almost no
/// anchors), through `Stream` as the CLI reads a file, beside a plain copy
/// and std's split of the same bytes into valid runs.
fn bench_random(c: &mut Criterion) {
    let bytes = random_without_digits(4 * TARGET_LEN);
    let ctx = context();
    let runs = bytes.utf8_chunks().filter(|c| !c.valid().is_empty()).count();
    eprintln!("random bytes without digits: {} bytes, {runs} valid runs", bytes.len());
    let mut g = c.benchmark_group("normalise_4MB_random");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    let mut out = Vec::with_capacity(bytes.len() + 1024);
    g.bench_function("stream_normalise", |b| {
        b.iter(|| {
            out.clear();
            let mut stream = Stream::new(ctx);
            stream
                .read_all(black_box(&bytes[..]), &mut |p| {
                    match p {
                        Piece::Text(t) => out.extend_from_slice(t),
                        Piece::Date(m) => out.extend_from_slice(m.parsed.to_string().as_bytes()),
                    }
                    Ok(())
                })
                .unwrap();
            out.len()
        })
    });
    g.bench_function("copy", |b| {
        b.iter(|| {
            out.clear();
            out.extend_from_slice(black_box(&bytes));
            out.len()
        })
    });
    g.bench_function("std_utf8_chunks", |b| b.iter(|| black_box(&bytes).utf8_chunks().count()));
    g.finish();
}

criterion_group!(benches, bench_extract, bench_random);
criterion_main!(benches);
