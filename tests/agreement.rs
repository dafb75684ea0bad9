//! Parse and extraction agree (issue 10, section 1): every value row of the
//! corpus that is neither `parse` nor `noscan` is run through
//! `Context::extract` in the row's context, alone and inside sentences of
//! ordinary words ([`common::FRAMES`]), and must be found exactly once,
//! whole (a leading preposition or the punctuation `parse` trims may stay
//! outside), with the row's value, granularity and flags. A `parse` row
//! must give no match when extracted alone. Error rows are skipped.

mod common;

use common::{read_all, report, run_agreement};

#[test]
fn parse_and_extract_agree() {
    let groups = read_all();
    let (failures, rows) = run_agreement(&groups);
    eprintln!("agreement: {rows} rows, {} frames", common::FRAMES.len());
    report("agreement", &failures, rows);
}
