//! Malformed and hostile inputs: the error kind each must give, and where.
//!
//! The offset rule (README, rustdoc of `Error::offset`): an impossible date,
//! time or zone points at the start of the part that holds it; an amount
//! that overflows or is vague at the amount; text after a date at that
//! text; input that reads as nothing at the token where reading stopped.
//! Each row names the place by the text that starts there (`at`), so the
//! byte offset is worked out from the input, not from the program.

use chrono::DateTime;
use cyrdate::{Context, ErrorKind};

use ErrorKind::*;

/// `(input, kind, the text at the offset)`; `""` means offset 0, `"$"` the
/// end of the input (a zone alone is a time cut short: reading stops where
/// the time should come).
const ROWS: &[(&str, ErrorKind, &str)] = &[
    // Overflow: at the amount.
    ("через 99999999999 лет", Overflow, "99999999999"),
    ("99999999999 лет назад", Overflow, ""),
    ("через 10000 лет", Overflow, "10000"),
    ("через 9999999999999999999999 секунд", Overflow, "9999"),
    ("999999 дней назад", Overflow, ""),
    ("через 99999999999 місяців", Overflow, "99999999999"),
    // Impossible dates: at the date.
    ("99.99.9999", InvalidDate, ""),
    ("2025-13-45T99:99", InvalidDate, ""),
    ("31 февраля 2025", InvalidDate, ""),
    ("29.02.2025", InvalidDate, ""),
    ("29 февраля 2100", InvalidDate, ""),
    ("31.04.2025", InvalidDate, ""),
    ("32.01.2025", InvalidDate, ""),
    ("0 сентября 2025", InvalidDate, ""),
    ("Сегодня, 31 февраля", InvalidDate, "31"),
    ("пн, 31.02, 10:00", InvalidDate, "31.02"),
    ("5–1 сентября 2025", InvalidDate, ""),
    ("1–31 лютого 2025", InvalidDate, "31"),
    // Impossible times: at the time (after its preposition).
    ("25:61", InvalidTime, ""),
    ("12:60", InvalidTime, ""),
    ("01:15:61", InvalidTime, ""),
    ("7 сентября 25:61", InvalidTime, "25:61"),
    ("07.09.2025 в 99:99", InvalidTime, "99:99"),
    ("в 25 утра", InvalidTime, "25"),
    ("14 ч 99 мин", InvalidTime, ""),
    ("Вчора о 24:30", InvalidTime, "24:30"),
    ("в прошлую пятницу в 25:00", InvalidTime, "25:00"),
    // Impossible zones: at the offset.
    ("12:00 +99:99", InvalidZone, "+99:99"),
    ("2025-09-07T01:15:00+03:60", InvalidZone, "+03:60"),
    ("12:00 UTC+25", InvalidZone, "+25"),
    ("Mon, 28 Sep 2020 10:00:00 +9999", InvalidZone, "+9999"),
    // Nothing to read.
    ("", Empty, ""),
    ("   \u{a0}\u{202f}\t", Empty, ""),
    ("«…»", Empty, ""),
    ("\0", Unrecognized, ""),
    ("+03:00", Unrecognized, "$"),
    ("９ июля", Unrecognized, ""),
    ("марка 5", Unrecognized, ""),
    // Vague amounts: at the amount.
    ("несколько минут назад", Vague, ""),
    ("кілька годин тому", Vague, ""),
    ("через несколько дней", Vague, "несколько"),
    // A date, then text that is not part of it: at that text.
    ("9 июля абв", TrailingInput, "абв"),
    ("1 января 10000", TrailingInput, "10000"),
    ("12:00 мск МСК", TrailingInput, "МСК"),
    ("сентябрь 10000", TrailingInput, "10000"),
];

#[test]
fn hostile_inputs_give_their_kind_and_offset() {
    let now = DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    let ctx = Context::new().with_now(now);
    assert!(ROWS.len() >= 40);
    let mut bad = Vec::new();
    for &(input, kind, at) in ROWS {
        let want = match at {
            "" => 0,
            "$" => input.len(),
            _ => input.find(at).expect("`at` is in the input"),
        };
        match ctx.parse(input) {
            Ok(p) => bad.push(format!("{input:?}: expected {kind:?} at {want}, got the value {p}")),
            Err(e) if e.kind() != kind || e.offset() != want => bad.push(format!(
                "{input:?}: expected {kind:?} at {want}, got {:?} at {}: {e}",
                e.kind(),
                e.offset()
            )),
            Err(e) => assert!(e.to_string().contains(&format!("byte {want}")), "{input:?}: {e}"),
        }
    }
    assert!(bad.is_empty(), "{} of {} rows wrong:\n{}", bad.len(), ROWS.len(), bad.join("\n"));
}
