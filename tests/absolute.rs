//! Absolute forms: the `[start, end)` of a few values and the byte offsets
//! of a few errors, spelled out by hand. The table rows of the absolute
//! forms, times, zones and daylight-saving changes are in `tests/corpus/`
//! (run by `tests/corpus.rs` and `tests/agreement.rs`).

use chrono::DateTime;
use cyrdate::{Context, ErrorKind};

/// Sunday 7 September 2025, noon, summer (+03:00).
const SEP7: &str = "2025-09-07T12:00:00+03:00";

/// Explicit `[start, end)` of a few values, written out by hand (the tables
/// above compute them; these spell them out).
#[test]
fn explicit_bounds() {
    let now = DateTime::parse_from_rfc3339(SEP7).unwrap();
    let ctx = Context::new().with_now(now);
    let cases = [
        ("9 июля", "2025-07-09T00:00:00+03:00", "2025-07-10T00:00:00+03:00"),
        ("01:15 07 сен 2025", "2025-09-07T01:15:00+03:00", "2025-09-07T01:16:00+03:00"),
        ("01:15:30 07.09.2025", "2025-09-07T01:15:30+03:00", "2025-09-07T01:15:31+03:00"),
        ("в 9 утра", "2025-09-07T09:00:00+03:00", "2025-09-07T10:00:00+03:00"),
        ("1–5 сентября", "2025-09-01T00:00:00+03:00", "2025-09-06T00:00:00+03:00"),
        ("сентябрь 2025", "2025-09-01T00:00:00+03:00", "2025-10-01T00:00:00+03:00"),
        ("в 2021 году", "2021-01-01T00:00:00+02:00", "2022-01-01T00:00:00+02:00"),
        ("31 марта 2024", "2024-03-31T00:00:00+02:00", "2024-04-01T00:00:00+03:00"),
        ("27 жовтня 2024", "2024-10-27T00:00:00+03:00", "2024-10-28T00:00:00+02:00"),
        ("в октябре 2025 года", "2025-10-01T00:00:00+03:00", "2025-11-01T00:00:00+02:00"),
        ("у березні 2025 року", "2025-03-01T00:00:00+02:00", "2025-04-01T00:00:00+03:00"),
    ];
    let mut bad = Vec::new();
    for (input, start, end) in cases {
        match ctx.parse(input) {
            Ok(p) => {
                let (s, e) = (p.start.to_rfc3339(), p.end.to_rfc3339());
                if s != start || e != end {
                    bad.push(format!("{input:?}: expected [{start}, {end}), got [{s}, {e})"));
                }
            }
            Err(e) => bad.push(format!("{input:?}: error {e}")),
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The error offsets of the brief, spelled out as numbers.
#[test]
fn error_offsets_in_bytes() {
    let now = DateTime::parse_from_rfc3339(SEP7).unwrap();
    let ctx = Context::new().with_now(now);
    let cases = [
        ("9 июля абв", ErrorKind::TrailingInput, 11),
        ("7 сентября 25:61", ErrorKind::InvalidTime, 19),
        ("12:00, 31 февраля 2025", ErrorKind::InvalidDate, 7),
        ("12:00 +99:99", ErrorKind::InvalidZone, 6),
        ("07.09.2025, 25:00", ErrorKind::InvalidTime, 12),
    ];
    let mut bad = Vec::new();
    for (input, kind, at) in cases {
        match ctx.parse(input) {
            Ok(p) => bad.push(format!("{input:?}: expected {kind:?} at {at}, got {p}")),
            Err(e) if e.kind() != kind || e.offset() != at => bad.push(format!(
                "{input:?}: expected {kind:?} at {at}, got {:?} at {}: {e}",
                e.kind(),
                e.offset()
            )),
            Err(_) => {}
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
