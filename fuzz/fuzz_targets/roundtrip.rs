//! A local date and time (years 1990..=2060) rendered in one of the page
//! styles of both languages, parsed back in Europe/Kyiv: the value must be
//! what chrono computes (DST gap and overlap under the compatible policy).
#![no_main]

use arbitrary::Arbitrary;
use cyrdate_fuzz::{check_roundtrip, instant_of};
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    year: u8,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    style: u8,
    space: u8,
    upper: bool,
}

fuzz_target!(|i: Input| {
    let t = instant_of(i.year, i.month, i.day, i.hour, i.minute);
    check_roundtrip(t, usize::from(i.style), usize::from(i.space), i.upper);
});
