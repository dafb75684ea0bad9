//! Arbitrary bytes through `extract_bytes`, then each match's text through
//! `parse`: the two must give the same value (SPEC: `parse` and extraction
//! agree on every form).
#![no_main]

use cyrdate_fuzz::{check_agree, Config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check_agree(&Config::of(data).context(), data);
});
