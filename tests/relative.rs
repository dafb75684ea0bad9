//! Relative forms: a weekday on the reference day, day spans across
//! daylight-saving changes, and period bounds, spelled out by hand. The
//! table rows of the relative forms are in `tests/corpus/` (run by
//! `tests/corpus.rs` and `tests/agreement.rs`).

use chrono::{DateTime, TimeDelta};
use cyrdate::Context;
use cyrdate::Prefer::{Future, Nearest, Past};

// Reference instants.
/// Sunday, winter (EET, +02:00). ISO week 2025-W50 (Mon 8 – Sun 14 Dec).
const WINTER: &str = "2025-12-14T20:00:00+02:00";
/// Wednesday, summer (EEST, +03:00). ISO week 2025-W28 (Mon 7 – Sun 13 Jul).
const SUMMER: &str = "2025-07-09T10:00:00+03:00";
/// Thursday, just after New Year in Kyiv. ISO week 2026-W01 (Mon 29 Dec 2025 – Sun 4 Jan).
const NEW_YEAR: &str = "2026-01-01T00:30:00+02:00";
/// Monday 31 March 2025, the day after the spring change.
const MAR31_2025: &str = "2025-03-31T12:00:00+03:00";
/// Monday 27 October 2025, the day after the autumn change.
const AUTUMN_NEXT: &str = "2025-10-27T12:00:00+02:00";

/// The reference day itself counts for a weekday alone under Past and
/// Future, but never for `прошлую`/`следующую`.
#[test]
fn weekday_of_reference_day() {
    let now = DateTime::parse_from_rfc3339(WINTER).unwrap();
    for prefer in [Past, Future, Nearest] {
        let ctx = Context::new().with_now(now).with_prefer(prefer);
        assert_eq!(ctx.parse("в воскресенье").unwrap().to_string(), "2025-12-14", "{prefer:?}");
        assert_eq!(ctx.parse("в прошлое воскресенье").unwrap().to_string(), "2025-12-07", "{prefer:?}");
        assert_eq!(ctx.parse("в следующее воскресенье").unwrap().to_string(), "2025-12-21", "{prefer:?}");
    }
}

/// `вчера` spans 25 hours on the day the clocks went back, and 23 on the
/// day they went forward.
#[test]
fn day_spans_across_dst() {
    let ctx = Context::new().with_now(DateTime::parse_from_rfc3339(AUTUMN_NEXT).unwrap());
    let p = ctx.parse("вчера").unwrap();
    assert_eq!(p.start.to_rfc3339(), "2025-10-26T00:00:00+03:00");
    assert_eq!(p.end.to_rfc3339(), "2025-10-27T00:00:00+02:00");
    assert_eq!(p.end - p.start, TimeDelta::hours(25));
    let ctx = Context::new().with_now(DateTime::parse_from_rfc3339(MAR31_2025).unwrap());
    let p = ctx.parse("вчора").unwrap();
    assert_eq!(p.start.to_rfc3339(), "2025-03-30T00:00:00+02:00");
    assert_eq!(p.end.to_rfc3339(), "2025-03-31T00:00:00+03:00");
    assert_eq!(p.end - p.start, TimeDelta::hours(23));
}

/// Explicit `[start, end)` of periods, written out by hand.
#[test]
fn period_bounds() {
    let cases = [
        (WINTER, "на прошлой неделе", "2025-12-01T00:00:00+02:00", "2025-12-08T00:00:00+02:00"),
        (WINTER, "цього тижня", "2025-12-08T00:00:00+02:00", "2025-12-15T00:00:00+02:00"),
        (WINTER, "в прошлом месяце", "2025-11-01T00:00:00+02:00", "2025-12-01T00:00:00+02:00"),
        (WINTER, "торік", "2024-01-01T00:00:00+02:00", "2025-01-01T00:00:00+02:00"),
        (NEW_YEAR, "на этой неделе", "2025-12-29T00:00:00+02:00", "2026-01-05T00:00:00+02:00"),
        (SUMMER, "в прошлом месяце", "2025-06-01T00:00:00+03:00", "2025-07-01T00:00:00+03:00"),
        (SUMMER, "на прошлой неделе", "2025-06-30T00:00:00+03:00", "2025-07-07T00:00:00+03:00"),
        (SUMMER, "в этом году", "2025-01-01T00:00:00+02:00", "2026-01-01T00:00:00+02:00"),
        (MAR31_2025, "в этом месяце", "2025-03-01T00:00:00+02:00", "2025-04-01T00:00:00+03:00"),
        (AUTUMN_NEXT, "на прошлой неделе", "2025-10-20T00:00:00+03:00", "2025-10-27T00:00:00+02:00"),
    ];
    let mut bad = Vec::new();
    for (now, input, start, end) in cases {
        let ctx = Context::new().with_now(DateTime::parse_from_rfc3339(now).unwrap());
        match ctx.parse(input) {
            Ok(p) => {
                let (s, e) = (p.start.to_rfc3339(), p.end.to_rfc3339());
                if s != start || e != end {
                    bad.push(format!("{input:?} at {now}: expected [{start}, {end}), got [{s}, {e})"));
                }
            }
            Err(e) => bad.push(format!("{input:?} at {now}: error {e}")),
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
