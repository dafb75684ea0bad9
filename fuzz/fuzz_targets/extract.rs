//! Arbitrary bytes through `extract_bytes`: matches in order, not
//! overlapping, on character boundaries of one valid UTF-8 run, and their
//! text is the bytes they cover.
#![no_main]

use cyrdate_fuzz::{check_extract, Config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_extract(&Config::of(data).context(), data);
});
