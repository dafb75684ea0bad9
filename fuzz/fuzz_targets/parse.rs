//! Arbitrary bytes; when they are UTF-8, `parse` under every preference and
//! DST policy, at a reference instant and in a zone drawn from the input.
#![no_main]

use cyrdate_fuzz::{check_parse, Config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let cfg = Config::of(data);
        check_parse(text, cfg.now(), cfg.tz);
    }
});
