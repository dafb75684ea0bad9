//! Arbitrary bytes through `Stream` in chunks of 1..=4096 bytes: the
//! annotated output, stripped of its annotations, is the input byte for
//! byte, and the stream finds exactly what `extract_bytes` finds.
#![no_main]

use cyrdate_fuzz::{check_normalise, Config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cfg = Config::of(data);
    check_normalise(&cfg.context(), data, cfg.chunk);
});
