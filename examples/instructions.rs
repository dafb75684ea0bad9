//! The harness behind `tools/callgrind.sh`: runs one workload N times so
//! that callgrind can count its instructions, which (unlike times) do not
//! move on a shared machine.
//!
//! ```sh
//! cargo build --release --example instructions
//! valgrind --tool=callgrind target/release/examples/instructions extract 8
//! ```
//!
//! Workloads: `extract` (the benches' ~1 MB news mix through
//! `extract_bytes`), `aho` (the extract bench's baseline over the same mix:
//! one aho-corasick DFA pass for its ~200 date keywords), `sample` (the real page of `samples/` repeated to
//! 1 MB), `pages` (the annotated test pages and the sample page in turn), `parse` (the benches' 20-form parse mix), `wider` (its ten §6 forms), `stamp` (the seed
//! stamp `01:15 07 сен 2025` alone) and `chrono` (the parse bench's
//! baseline: chrono's `parse_from_str` of `07.09.2025 01:15` plus the Kyiv
//! lookup).

use std::hint::black_box;

#[allow(dead_code)]
#[path = "../benches/common/mix.rs"]
mod mix;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (mode, n) = match args.as_slice() {
        [_, mode, n] => (mode.as_str(), n.parse::<usize>().expect("a count")),
        _ => {
            eprintln!("usage: instructions extract|aho|sample|pages|random|parse|wider|stamp|chrono N");
            std::process::exit(2);
        }
    };
    let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    let ctx = cyrdate::Context::new().with_now(now);
    match mode {
        "extract" => {
            let (text, _) = mix::page_mix();
            // One pass outside the count, so that lazy tables are built.
            black_box(ctx.extract_bytes(text.as_bytes()).count());
            for _ in 0..n {
                black_box(ctx.extract_bytes(black_box(text.as_bytes())).count());
            }
            eprintln!("bytes {}", text.len());
            eprintln!("matches {}", ctx.extract_bytes(text.as_bytes()).count());
        }
        "aho" => {
            // The extract bench's baseline: one aho-corasick DFA pass over
            // the mix for ~200 date keywords.
            use aho_corasick::{AhoCorasick, AhoCorasickKind};
            let (text, _) = mix::page_mix();
            let ac = AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(mix::KEYWORDS).unwrap();
            black_box(ac.find_iter(text.as_bytes()).count());
            for _ in 0..n {
                black_box(ac.find_iter(black_box(text.as_bytes())).count());
            }
            eprintln!("bytes {}", text.len());
        }
        "pages" => {
            // The annotated test pages and the sample page in turn, ~1 MB.
            let text = mix::test_pages();
            black_box(ctx.extract_bytes(text.as_bytes()).count());
            for _ in 0..n {
                black_box(ctx.extract_bytes(black_box(text.as_bytes())).count());
            }
            eprintln!("bytes {}", text.len());
            eprintln!("matches {}", ctx.extract_bytes(text.as_bytes()).count());
        }
        "sample" => {
            // The real page shipped in samples/, repeated to about 1 MB.
            let page = include_str!("../samples/lenta_ua_page.txt");
            let text = page.repeat((1 << 20) / page.len() + 1);
            black_box(ctx.extract_bytes(text.as_bytes()).count());
            for _ in 0..n {
                black_box(ctx.extract_bytes(black_box(text.as_bytes())).count());
            }
            eprintln!("bytes {}", text.len());
            eprintln!("matches {}", ctx.extract_bytes(text.as_bytes()).count());
        }
        "parse" => parse_all(&ctx, &mix::MIX, n),
        "wider" => parse_all(&ctx, &mix::WIDER, n),
        "random" => {
            // 1 MB of random bytes without digits through `Stream`, as the
            // CLI's `normalise` reads them: every byte handed back.
            let bytes = mix::random_without_digits(mix::TARGET_LEN);
            let pass = || {
                let mut stream = cyrdate::Stream::new(ctx);
                let mut out = 0usize;
                stream
                    .read_all(black_box(&bytes[..]), &mut |p| {
                        out += match p {
                            cyrdate::Piece::Text(t) => t.len(),
                            cyrdate::Piece::Date(m) => m.end - m.start,
                        };
                        Ok(())
                    })
                    .unwrap();
                assert_eq!(out, bytes.len());
            };
            pass();
            for _ in 0..n {
                pass();
            }
            eprintln!("bytes {}", bytes.len());
        }
        "stamp" => {
            // The seed stamp of the parse bench, against `chrono` below.
            black_box(ctx.parse(mix::SEED).ok());
            for _ in 0..n {
                black_box(ctx.parse(black_box(mix::SEED)).ok());
            }
            eprintln!("strings 1");
        }
        "chrono" => {
            // The parse bench's baseline: chrono's own parser of the same
            // fields, numeric, plus the Kyiv lookup.
            use chrono::TimeZone;
            let once = || {
                let naive =
                    chrono::NaiveDateTime::parse_from_str(black_box("07.09.2025 01:15"), "%d.%m.%Y %H:%M");
                black_box(naive.ok().and_then(|n| chrono_tz::Europe::Kyiv.from_local_datetime(&n).single()))
            };
            once();
            for _ in 0..n {
                once();
            }
            eprintln!("strings 1");
        }
        other => {
            eprintln!("unknown workload {other}");
            std::process::exit(2);
        }
    }
}

/// Parses every form `n` times, after one pass outside the count (so that
/// lazy tables are built).
fn parse_all(ctx: &cyrdate::Context, forms: &[&str], n: usize) {
    for s in forms {
        black_box(ctx.parse(s).ok());
    }
    for _ in 0..n {
        for s in forms {
            black_box(ctx.parse(black_box(s)).ok());
        }
    }
    eprintln!("strings {}", forms.len());
}
