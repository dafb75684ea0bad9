//! A §6 quarter, half-year, season, decade, century or holiday with a year,
//! rendered in Russian or Ukrainian, parsed back: the value must be what
//! the calendar (and an Easter computus written apart) says.
#![no_main]

use arbitrary::Arbitrary;
use cyrdate_fuzz::check_wider;
use libfuzzer_sys::fuzz_target;

#[derive(Arbitrary, Debug)]
struct Input {
    kind: u8,
    n: u8,
    year: u16,
    form: u8,
    upper: bool,
}

fuzz_target!(|i: Input| {
    check_wider(i.kind, i.n, i.year, i.form, i.upper);
});
