//! A zone's UTC offsets from a table of spans, instead of a search of
//! chrono-tz's transitions on every conversion.
//!
//! [`at_utc`] is `tz.from_utc_datetime(&utc)` and [`at_local`] is
//! `tz.from_local_datetime(&local)`, bit for bit: the same instants with
//! the same [`TzOffset`] (UTC offset, DST offset and abbreviation), and
//! the same `Single`, `Ambiguous(earlier, later)` or `None`.
//!
//! # The table
//!
//! chrono-tz does not list its transitions (its `TimeSpans` trait lives in
//! a private module), so they are found by asking it. The UTC seconds from
//! 1970-01-01 to late 2101 are cut into [`CHUNKS`] chunks of 2^25 s (about
//! 388 days); a chunk is built on its first use, per zone, and kept for
//! the life of the process (a [`OnceLock`]: thread-safe, no `unsafe`). It
//! holds the spans of constant [`TzOffset`] from two days before its start
//! to two days after its end, so that a local time anywhere in the chunk
//! finds every UTC instant it may name (no offset reaches a day, which the
//! build checks). Outside the chunks (before 1970, after 2101) chrono-tz
//! itself answers, and so it does for a chunk that fails the checks below.
//!
//! # Why no transition is missed
//!
//! chrono-tz is probed every [`STEP`] (one day) across the chunk; where two
//! neighbouring probes give different offsets, bisection finds the exact
//! second of each change between them. Two equal probes hide a transition
//! only if the offset left and came back within one day; in chrono-tz
//! 0.10.4 (tz 2025b) no two transitions of any of its 597 zones from 1970
//! to 2101 are closer than 597,600 s (6.9 days, America/Cambridge_Bay in
//! 2000), as `tools/tz_shortest_span.py` measures from its compiled data:
//! between two probes there is at most one transition, and none where they
//! agree. A test pins that tz release, so that an upgrade of chrono-tz asks
//! for the measurement again. The tests also compare the table with
//! chrono-tz at every hour of 1970–2100 (24 times finer than the probes),
//! every minute of the hour of each transition and every local
//! quarter-hour within 3 h of it, in nine zones with unusual rules.
//!
//! # Local times
//!
//! A local time `l` lies in the span `[start, end)` of offset `f` when
//! `start + f <= l < end + f`. chrono-tz searches the spans in local time
//! and answers from the one it finds and its two neighbours; that is
//! exactly "every span that holds `l`" (none, one, or two in UTC order)
//! when the spans' local starts and ends both rise and no span overlaps
//! the one after its neighbour. The build checks this of every chunk (it
//! holds in all zones since 1970: spans last days, offsets change by
//! hours).
//!
//! Building one chunk costs about 400 look-ups in chrono-tz (~15 µs); a
//! run that reads dates of one year builds one or two.

use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset, MappedLocalTime, NaiveDateTime, Offset, TimeDelta, TimeZone};
use chrono_tz::{Tz, TzOffset};

/// The width of a chunk: 2^25 s.
const CHUNK_BITS: u32 = 25;
/// Chunks from 1970-01-01T00:00:00Z: 124 × 2^25 s reach 2101-11-06.
const CHUNKS: usize = 124;
/// What a chunk's spans cover beyond it on each side.
const MARGIN: i64 = 2 * 86_400;
/// The spacing of the probes.
const STEP: i64 = 86_400;
/// The shortest span from 1970 on in the tz release of the test
/// `tz_release_of_the_measurement`, in seconds: the probes must be closer.
const SHORTEST_SPAN: i64 = 597_600;
const _: () = assert!(STEP < SHORTEST_SPAN);

/// A span of one offset: where it starts and ends, in UTC seconds and in
/// local seconds (the local time read as UTC), and the offset.
#[derive(Clone, Copy)]
struct Span {
    start: i64,
    local_start: i64,
    local_end: i64,
    fix: FixedOffset,
    offset: TzOffset,
}

impl Span {
    fn new(start: i64, offset: TzOffset) -> Span {
        // The local bounds are set once the span's end is known.
        Span { start, local_start: 0, local_end: 0, fix: offset.fix(), offset }
    }
}

/// A chunk: its spans in UTC order (the first starts at the chunk's lower
/// margin, the last ends at its upper one), or `None` where chrono-tz
/// answers.
type Chunk = Option<Box<[Span]>>;

/// Per zone, its chunks, each built on first use.
static ZONES: [OnceLock<Box<[OnceLock<Chunk>]>>; chrono_tz::TZ_VARIANTS.len()] =
    [const { OnceLock::new() }; chrono_tz::TZ_VARIANTS.len()];

/// The spans of the chunk that holds the second `t` (UTC, or a local
/// time read as UTC); `None` outside the table.
fn chunk(tz: Tz, t: i64) -> Option<&'static [Span]> {
    let k = usize::try_from(t >> CHUNK_BITS).ok().filter(|&k| k < CHUNKS)?;
    let zone = ZONES.get(tz as usize)?.get_or_init(|| (0..CHUNKS).map(|_| OnceLock::new()).collect());
    zone[k].get_or_init(|| build(tz, k)).as_deref()
}

fn chunk_start(k: usize) -> i64 {
    (k as i64) << CHUNK_BITS
}

/// The spans of chunk `k` of a zone, found by probing chrono-tz.
fn build(tz: Tz, k: usize) -> Chunk {
    let (lo, hi) = (chunk_start(k) - MARGIN, chunk_start(k + 1) + MARGIN);
    let at = |t: i64| DateTime::from_timestamp(t, 0).map(|d| tz.offset_from_utc_datetime(&d.naive_utc()));
    let mut spans = vec![Span::new(lo, at(lo)?)];
    // `from` has the offset of the last span; `p` is the last probe.
    let (mut from, mut p) = (lo, lo);
    while p < hi - 1 {
        let q = (p + STEP).min(hi - 1);
        loop {
            let cur = spans[spans.len() - 1].offset;
            let now = at(q)?;
            if now == cur {
                break;
            }
            // at(a) == cur, at(b) != cur: narrowed to the second of change.
            let (mut a, mut b) = (from.max(p), q);
            while b - a > 1 {
                let m = a + (b - a) / 2;
                if at(m)? == cur {
                    a = m;
                } else {
                    b = m;
                }
            }
            spans.push(Span::new(b, at(b)?));
            from = b;
        }
        p = q;
    }
    for i in 0..spans.len() {
        let end = spans.get(i + 1).map_or(hi, |n| n.start);
        let secs = i64::from(spans[i].fix.local_minus_utc());
        (spans[i].local_start, spans[i].local_end) = (spans[i].start + secs, end + secs);
    }
    regular(&spans).then(|| spans.into_boxed_slice())
}

/// Whether the spans answer local times as chrono-tz does (see the
/// module's docs): offsets under a day, local starts and ends rising, no
/// span overlapping the one after next.
fn regular(spans: &[Span]) -> bool {
    spans.iter().all(|s| s.fix.local_minus_utc().abs() < 86_400)
        && spans.windows(2).all(|w| w[0].local_start <= w[1].local_start && w[0].local_end <= w[1].local_end)
        && spans.windows(3).all(|w| w[0].local_end <= w[2].local_start)
}

/// `tz.from_utc_datetime(&utc)`.
pub(super) fn at_utc(tz: Tz, utc: NaiveDateTime) -> DateTime<Tz> {
    let t = utc.and_utc().timestamp();
    match chunk(tz, t) {
        Some(spans) => {
            // The first span starts before the chunk: one always holds `t`.
            let s = spans.iter().rev().find(|s| s.start <= t).unwrap_or(&spans[0]);
            DateTime::from_naive_utc_and_offset(utc, s.offset)
        }
        None => tz.from_utc_datetime(&utc),
    }
}

/// `tz.from_local_datetime(&local)`.
pub(super) fn at_local(tz: Tz, local: NaiveDateTime) -> MappedLocalTime<DateTime<Tz>> {
    let l = local.and_utc().timestamp();
    let Some(spans) = chunk(tz, l) else {
        return tz.from_local_datetime(&local);
    };
    let make = |s: &Span| {
        local.checked_sub_offset(s.fix).map(|utc| DateTime::from_naive_utc_and_offset(utc, s.offset))
    };
    // Local starts and ends rise (`regular`): the spans that hold `l` are
    // the first whose end is past it and the next if it starts by then.
    let mut holding = spans.iter().skip_while(|s| s.local_end <= l).take_while(|s| s.local_start <= l);
    match (holding.next(), holding.next()) {
        (None, _) => MappedLocalTime::None,
        (Some(a), None) => make(a).map_or(MappedLocalTime::None, MappedLocalTime::Single),
        (Some(a), Some(b)) => match (make(a), make(b)) {
            (Some(a), Some(b)) => MappedLocalTime::Ambiguous(a, b),
            _ => MappedLocalTime::None,
        },
    }
}

/// `t.with_timezone(&tz)`.
pub(super) fn in_zone<Z: TimeZone>(t: &DateTime<Z>, tz: Tz) -> DateTime<Tz> {
    at_utc(tz, t.naive_utc())
}

/// `t.checked_add_signed(d)`.
pub(super) fn add(t: DateTime<Tz>, d: TimeDelta) -> Option<DateTime<Tz>> {
    Some(at_utc(t.timezone(), t.naive_utc().checked_add_signed(d)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    /// What is compared: the instant and the whole offset (`DateTime`'s
    /// own `==` looks at the instant only).
    fn key(d: DateTime<Tz>) -> (NaiveDateTime, TzOffset) {
        (d.naive_utc(), *d.offset())
    }

    fn keys(m: MappedLocalTime<DateTime<Tz>>) -> MappedLocalTime<(NaiveDateTime, TzOffset)> {
        match m {
            MappedLocalTime::None => MappedLocalTime::None,
            MappedLocalTime::Single(a) => MappedLocalTime::Single(key(a)),
            MappedLocalTime::Ambiguous(a, b) => MappedLocalTime::Ambiguous(key(a), key(b)),
        }
    }

    fn naive(t: i64) -> NaiveDateTime {
        DateTime::from_timestamp(t, 0).expect("in range").naive_utc()
    }

    /// Every hour of 1970–2100 from UTC; around each change of offset
    /// that the hours show, every minute of the hour it lies in (from
    /// UTC) and every local quarter-hour from 3 h before to 3 h after it.
    fn same_as_chrono_tz(tz: Tz) {
        let first = NaiveDate::from_ymd_opt(1970, 1, 1).expect("date").and_time(NaiveTime::MIN);
        let last = NaiveDate::from_ymd_opt(2101, 1, 1).expect("date").and_time(NaiveTime::MIN);
        let (first, last) = (first.and_utc().timestamp(), last.and_utc().timestamp());
        let same_from_utc = |t: i64| {
            let utc = naive(t);
            let want = tz.offset_from_utc_datetime(&utc);
            assert_eq!(key(at_utc(tz, utc)), (utc, want), "{tz} at {utc} UTC");
            want
        };
        let same_from_local = |l: i64| {
            let local = naive(l);
            assert_eq!(
                keys(at_local(tz, local)),
                keys(tz.from_local_datetime(&local)),
                "{tz} at {local} local"
            );
        };
        let mut before = same_from_utc(first);
        let mut changes = 0;
        for t in (first..last).step_by(3600) {
            let now = same_from_utc(t);
            if now != before {
                changes += 1;
                // The change lies in the hour before `t`.
                (t - 3600..t).step_by(60).for_each(|m| {
                    same_from_utc(m);
                });
                let secs = |o: TzOffset| i64::from(o.fix().local_minus_utc());
                let (a, b) = (t - 3600 + secs(before), t + secs(now));
                let from = (a.min(b) - 3 * 3600).div_euclid(900) * 900;
                (from..=a.max(b) + 3 * 3600).step_by(900).for_each(same_from_local);
                before = now;
            }
        }
        // Local times all along, away from changes too.
        (first..last).step_by(7 * 3600 + 900).for_each(same_from_local);
        assert!(tz == Tz::UTC || changes > 0, "{tz}: no change found");
    }

    #[test]
    fn kyiv_moscow_and_utc() {
        for tz in [Tz::Europe__Kyiv, Tz::Europe__Moscow, Tz::UTC] {
            same_as_chrono_tz(tz);
        }
    }

    #[test]
    fn new_york_st_johns_and_dublin() {
        // Dublin has a negative DST offset (IST in summer is standard).
        for tz in [Tz::America__New_York, Tz::America__St_Johns, Tz::Europe__Dublin] {
            same_as_chrono_tz(tz);
        }
    }

    #[test]
    fn lord_howe_kathmandu_and_apia() {
        // Lord Howe moves by 30 minutes; Kathmandu moved by 15 minutes in
        // 1986; Apia skipped 2011-12-30.
        for tz in [Tz::Australia__Lord_Howe, Tz::Asia__Kathmandu, Tz::Pacific__Apia] {
            same_as_chrono_tz(tz);
        }
    }

    #[test]
    fn apia_skipped_a_day() {
        let local = NaiveDate::from_ymd_opt(2011, 12, 30).expect("date").and_hms_opt(12, 0, 0).expect("time");
        assert!(matches!(at_local(Tz::Pacific__Apia, local), MappedLocalTime::None));
    }

    #[test]
    fn outside_the_table_chrono_tz_answers() {
        for tz in [Tz::Europe__Kyiv, Tz::America__New_York] {
            for y in [1, 1900, 1969, 2102, 2500, 9999] {
                let local =
                    NaiveDate::from_ymd_opt(y, 6, 1).expect("date").and_hms_opt(12, 0, 0).expect("time");
                assert_eq!(keys(at_local(tz, local)), keys(tz.from_local_datetime(&local)));
                assert_eq!(key(at_utc(tz, local)), key(tz.from_utc_datetime(&local)));
            }
        }
    }

    /// [`SHORTEST_SPAN`], which the probe step relies on, was measured in
    /// this tz release (`tools/tz_shortest_span.py`): measure again before
    /// changing this line.
    #[test]
    fn tz_release_of_the_measurement() {
        assert_eq!(chrono_tz::IANA_TZDB_VERSION, "2025b");
    }
}
