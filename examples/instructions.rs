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
//! `extract_bytes`), `sample` (the real page of `samples/` repeated to
//! 1 MB) and `parse` (the benches' 20-form parse mix).

use std::hint::black_box;

#[allow(dead_code)]
#[path = "../benches/common/mix.rs"]
mod mix;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (mode, n) = match args.as_slice() {
        [_, mode, n] => (mode.as_str(), n.parse::<usize>().expect("a count")),
        _ => {
            eprintln!("usage: instructions extract|parse N");
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
        "parse" => {
            black_box(ctx.parse(mix::MIX[0]).ok());
            for _ in 0..n {
                for s in mix::MIX {
                    black_box(ctx.parse(black_box(s)).ok());
                }
            }
            eprintln!("strings {}", mix::MIX.len());
        }
        other => {
            eprintln!("unknown workload {other}");
            std::process::exit(2);
        }
    }
}
