//! Table-driven tests of the absolute forms, the time forms and the time
//! zones of SPEC §1, with the resolution rules of SPEC §2 and the value
//! format of SPEC §3, in Russian and Ukrainian, as news sites print them
//! (RIA, Lenta, TASS, RBC, Interfax, Pravda.com.ua, UNIAN, Ukrainska
//! Pravda, Korrespondent, LIGA, RSS feeds).
//!
//! Every expected value below was worked out by hand from the spec and the
//! calendar (weekdays, DST changes and zone offsets checked with python3's
//! `zoneinfo`), not copied from the program's output.
//!
//! Calendar facts used throughout:
//! - 2025-09-07 is a Sunday (the usual reference day); 2025-09-01 Monday,
//!   09-04 Thursday, 09-05 Friday, 09-06 Saturday, 09-12 Friday, 09-14
//!   Sunday; 2024-09-12 Thursday; 2020-09-28 Monday; 2025-07-01 Tuesday;
//!   2025-01-15 Wednesday; 2025-10-31 Friday; 2025-05-29 Thursday.
//! - Kyiv is +02:00 in winter and +03:00 in summer; clocks go 03:00 → 04:00
//!   on 2024-03-31, 2025-03-30, 2026-03-29 and 04:00 → 03:00 on 2024-10-27,
//!   2025-10-26, 2026-10-25. Moscow is +03:00 all year. Warsaw is +01:00 /
//!   +02:00 and changes at 02:00 → 03:00 / 03:00 → 02:00 on the same Sundays.
//!
//! Expected outcomes are written as a string:
//! - `2025-09-07T01:15:00+03:00 m` an instant; the letter after it is the
//!   granularity (`s` second, `m` minute, `h` hour);
//! - `2025-07-09` a day, `2025-09` a month, `2025` a year,
//!   `2025-09-01/2025-09-05` a range of days;
//! - then the flags that must be set, all others must be clear:
//!   `yi` year_inferred, `di` date_inferred, `z` zone_from_text, `amb`
//!   ambiguous, `skip` skipped, `wm` weekday_mismatch;
//! - `nospan`: do not check `[start, end)` (values with a written fraction
//!   of a second, where the span's exact start is not specified);
//! - `!InvalidDate@0` an error of that kind at that byte offset;
//!   `!TrailingInput@абв` an error whose offset is that of the first
//!   occurrence of `абв` in the input; `!Skipped` (no `@`) an error of that
//!   kind at any offset.
//!
//! Every successful row must also have the `[start, end)` of its value in
//! the output zone (an instant covers one second, minute or hour; a day
//! runs from its midnight to the next one; a range from the first day's
//! midnight to the midnight after the last day).

use std::panic::{catch_unwind, AssertUnwindSafe};

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeDelta, TimeZone};
use chrono_tz::Tz;
use cyrdate::Prefer::{self, Future, Nearest, Past};
use cyrdate::{Context, Disambiguation, ErrorKind, Flags, Granularity, Parsed};
use Disambiguation::{Compatible, Earlier, Later, Reject};

const KYIV: Tz = chrono_tz::Europe::Kyiv;
const UTC: Tz = chrono_tz::UTC;
const WARSAW: Tz = chrono_tz::Europe::Warsaw;
const NEW_YORK: Tz = chrono_tz::America::New_York;

/// Sunday 7 September 2025, noon, summer (+03:00).
const SEP7: &str = "2025-09-07T12:00:00+03:00";
/// Sunday 14 September 2025, noon.
const SEP14: &str = "2025-09-14T12:00:00+03:00";
/// Sunday 20 July 2025, noon (summer).
const JUL20: &str = "2025-07-20T12:00:00+03:00";
/// Monday 12 January 2026, 10:00 (winter, +02:00).
const JAN12: &str = "2026-01-12T10:00:00+02:00";
/// Tuesday 30 December 2025, noon (winter).
const DEC30: &str = "2025-12-30T12:00:00+02:00";
/// Friday 2 January 2026, noon (winter).
const JAN2: &str = "2026-01-02T12:00:00+02:00";
/// Friday 1 September 2023: 2023-03-02 and 2024-03-02 are both 183 days away.
const TIE: &str = "2023-09-01T12:00:00+03:00";
/// Thursday 1 June 2000 (for two-digit years near a century).
const Y2K: &str = "2000-06-01T12:00:00+03:00";
/// Sunday 30 March 2025, noon, after the spring change.
const SPRING25: &str = "2025-03-30T12:00:00+03:00";
/// Sunday 26 October 2025, noon, after the autumn change.
const AUTUMN25: &str = "2025-10-26T12:00:00+02:00";

/// Rows that share a reference instant, output zone and policies.
struct Group {
    name: &'static str,
    now: &'static str,
    tz: Tz,
    prefer: Prefer,
    dis: Disambiguation,
    rows: &'static [(&'static str, &'static str)],
}

const fn g(name: &'static str, now: &'static str, rows: &'static [(&'static str, &'static str)]) -> Group {
    Group { name, now, tz: KYIV, prefer: Past, dis: Compatible, rows }
}

const fn gp(
    name: &'static str,
    now: &'static str,
    prefer: Prefer,
    rows: &'static [(&'static str, &'static str)],
) -> Group {
    Group { name, now, tz: KYIV, prefer, dis: Compatible, rows }
}

const fn gd(
    name: &'static str,
    now: &'static str,
    dis: Disambiguation,
    rows: &'static [(&'static str, &'static str)],
) -> Group {
    Group { name, now, tz: KYIV, prefer: Past, dis, rows }
}

const fn gz(
    name: &'static str,
    now: &'static str,
    tz: Tz,
    rows: &'static [(&'static str, &'static str)],
) -> Group {
    Group { name, now, tz, prefer: Past, dis: Compatible, rows }
}

// ---------------------------------------------------------------------------
// The harness.

/// Where an error is expected.
enum At {
    Any,
    Byte(usize),
    Text(&'static str),
}

/// The expected outcome of one row.
enum Want {
    Ok { text: String, granularity: Granularity, flags: Flags, span: bool },
    Err(ErrorKind, At),
}

fn kind_of(name: &str) -> ErrorKind {
    match name {
        "Empty" => ErrorKind::Empty,
        "Unrecognized" => ErrorKind::Unrecognized,
        "TrailingInput" => ErrorKind::TrailingInput,
        "InvalidDate" => ErrorKind::InvalidDate,
        "InvalidTime" => ErrorKind::InvalidTime,
        "InvalidZone" => ErrorKind::InvalidZone,
        "Overflow" => ErrorKind::Overflow,
        "Vague" => ErrorKind::Vague,
        "Skipped" => ErrorKind::Skipped,
        "Ambiguous" => ErrorKind::Ambiguous,
        other => panic!("bad error kind in table: {other}"),
    }
}

fn want_of(spec: &'static str) -> Want {
    if let Some(rest) = spec.strip_prefix('!') {
        return match rest.split_once('@') {
            None => Want::Err(kind_of(rest), At::Any),
            Some((k, at)) => {
                let at = match at.parse::<usize>() {
                    Ok(n) => At::Byte(n),
                    Err(_) => At::Text(at),
                };
                Want::Err(kind_of(k), at)
            }
        };
    }
    let mut words = spec.split_whitespace();
    let text = words.next().expect("empty expectation").to_string();
    let mut granularity = if text.contains('T') {
        None
    } else if text.contains('/') {
        Some(Granularity::Range)
    } else {
        match text.len() {
            10 => Some(Granularity::Day),
            7 => Some(Granularity::Month),
            4 => Some(Granularity::Year),
            _ => panic!("bad value in table: {text}"),
        }
    };
    let mut flags = Flags::default();
    let mut span = true;
    for w in words {
        match w {
            "s" => granularity = Some(Granularity::Second),
            "m" => granularity = Some(Granularity::Minute),
            "h" => granularity = Some(Granularity::Hour),
            "yi" => flags.year_inferred = true,
            "di" => flags.date_inferred = true,
            "z" => flags.zone_from_text = true,
            "amb" => flags.ambiguous = true,
            "skip" => flags.skipped = true,
            "wm" => flags.weekday_mismatch = true,
            "rel" => flags.relative = true,
            "nospan" => span = false,
            other => panic!("bad word in table: {other} ({spec})"),
        }
    }
    let granularity = granularity.unwrap_or_else(|| panic!("instant without granularity: {spec}"));
    Want::Ok { text, granularity, flags, span }
}

/// Midnight at the start of a day in a zone (never in a gap for the zones
/// and days used here).
fn midnight(tz: Tz, d: NaiveDate) -> DateTime<Tz> {
    tz.from_local_datetime(&d.and_time(NaiveTime::MIN)).earliest().expect("midnight exists")
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|_| panic!("table day {text}"))
}

/// The `[start, end)` a value written as in the tables should have.
fn span_of(text: &str, g: Granularity, tz: Tz) -> (DateTime<Tz>, DateTime<Tz>) {
    match g {
        Granularity::Second | Granularity::Minute | Granularity::Hour => {
            let t = DateTime::parse_from_rfc3339(text).expect("table instant").with_timezone(&tz);
            let step = match g {
                Granularity::Second => TimeDelta::seconds(1),
                Granularity::Minute => TimeDelta::minutes(1),
                _ => TimeDelta::hours(1),
            };
            (t, t + step)
        }
        Granularity::Day => {
            let d = day(text);
            (midnight(tz, d), midnight(tz, d.succ_opt().unwrap()))
        }
        Granularity::Month => {
            let first = day(&format!("{text}-01"));
            let next = if first.month() == 12 {
                NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
            }
            .unwrap();
            (midnight(tz, first), midnight(tz, next))
        }
        Granularity::Year => {
            let y: i32 = text.parse().expect("table year");
            let a = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
            let b = NaiveDate::from_ymd_opt(y + 1, 1, 1).unwrap();
            (midnight(tz, a), midnight(tz, b))
        }
        Granularity::Range => {
            let (a, b) = text.split_once('/').expect("table range");
            (midnight(tz, day(a)), midnight(tz, day(b).succ_opt().unwrap()))
        }
        Granularity::Week => unreachable!("no weeks in these tables"),
    }
}

/// Checks one row; returns a description of every way it is wrong.
fn check(input: &str, ctx: &Context, tz: Tz, spec: &'static str) -> Vec<String> {
    let mut bad = Vec::new();
    let got = match catch_unwind(AssertUnwindSafe(|| ctx.parse(input))) {
        Ok(r) => r,
        Err(_) => return vec![format!("expected {spec}, got a PANIC")],
    };
    match (want_of(spec), got) {
        (Want::Err(kind, at), Err(e)) => {
            if e.kind() != kind {
                bad.push(format!(
                    "expected error {kind:?}, got error {:?} at {} ({e})",
                    e.kind(),
                    e.offset()
                ));
            }
            let want_at = match at {
                At::Any => None,
                At::Byte(n) => Some(n),
                At::Text(t) => Some(input.find(t).unwrap_or_else(|| panic!("{t:?} not in {input:?}"))),
            };
            if let Some(n) = want_at {
                if e.offset() != n {
                    bad.push(format!("expected error offset {n}, got {} ({e})", e.offset()));
                }
            }
            if e.offset() > input.len() || !input.is_char_boundary(e.offset()) {
                bad.push(format!("error offset {} is not a char boundary of the input", e.offset()));
            }
        }
        (Want::Err(kind, _), Ok(p)) => {
            let names: Vec<_> = p.flags.names().collect();
            bad.push(format!("expected error {kind:?}, got {p} ({:?}, flags {names:?})", p.granularity));
        }
        (Want::Ok { text, .. }, Err(e)) => {
            bad.push(format!("expected {text}, got error {:?} at {}: {e}", e.kind(), e.offset()));
        }
        (Want::Ok { text, granularity, flags, span }, Ok(p)) => {
            check_ok(&p, &text, granularity, flags, span, tz, &mut bad);
        }
    }
    bad
}

fn check_ok(
    p: &Parsed,
    text: &str,
    granularity: Granularity,
    flags: Flags,
    span: bool,
    tz: Tz,
    bad: &mut Vec<String>,
) {
    let shown = p.to_string();
    if shown != text {
        bad.push(format!("expected {text}, got {shown}"));
    }
    if p.granularity != granularity {
        bad.push(format!("expected granularity {granularity:?}, got {:?} (value {shown})", p.granularity));
    }
    if p.flags != flags {
        let names: Vec<_> = p.flags.names().collect();
        let want: Vec<_> = flags.names().collect();
        bad.push(format!("expected flags {want:?}, got {names:?} (value {shown})"));
    }
    if span && shown == text && p.granularity == granularity {
        let (s, e) = span_of(text, granularity, tz);
        if p.start != s || p.end != e {
            bad.push(format!(
                "value {shown}: expected [{}, {}), got [{}, {})",
                s.to_rfc3339(),
                e.to_rfc3339(),
                p.start.to_rfc3339(),
                p.end.to_rfc3339()
            ));
        }
    }
    if p.start.timezone() != tz || p.end.timezone() != tz {
        bad.push(format!("value {shown}: start/end are in zone {}, not {}", p.start.timezone(), tz));
    }
}

/// Runs every group, prints every mismatch, then fails if there was any.
/// Returns the number of rows.
fn run(groups: &[Group]) -> usize {
    let mut failures = Vec::new();
    let mut count = 0;
    for g in groups {
        let now = DateTime::parse_from_rfc3339(g.now).expect("group now");
        let ctx = Context::new().with_now(now).with_tz(g.tz).with_prefer(g.prefer).with_disambiguation(g.dis);
        for (input, spec) in g.rows {
            count += 1;
            for why in check(input, &ctx, g.tz, spec) {
                failures.push(format!(
                    "[{}] {:?} | now {} | tz {} | {:?} {:?} | {}",
                    g.name, input, g.now, g.tz, g.prefer, g.dis, why
                ));
            }
        }
    }
    if !failures.is_empty() {
        eprintln!("{} mismatches in {count} rows:", failures.len());
        for f in &failures {
            eprintln!("  {f}");
        }
        panic!("{} mismatches in {count} rows (listed above)", failures.len());
    }
    count
}

fn count(groups: &[Group]) -> usize {
    groups.iter().map(|g| g.rows.len()).sum()
}

// ---------------------------------------------------------------------------
// Day + month name + optional year.

/// Full month names (genitive), Russian, with and without a year, on
/// Sunday 2025-09-07 (Past: months after 7 September fall in 2024).
const RU_MONTHS: &[(&str, &str)] = &[
    ("15 января 2025", "2025-01-15"),
    ("15 февраля 2025", "2025-02-15"),
    ("15 марта 2025", "2025-03-15"),
    ("15 апреля 2025", "2025-04-15"),
    ("15 мая 2025", "2025-05-15"),
    ("15 июня 2025", "2025-06-15"),
    ("15 июля 2025", "2025-07-15"),
    ("15 августа 2025", "2025-08-15"),
    ("15 сентября 2025", "2025-09-15"),
    ("15 октября 2025", "2025-10-15"),
    ("15 ноября 2025", "2025-11-15"),
    ("15 декабря 2025", "2025-12-15"),
    ("3 января", "2025-01-03 yi"),
    ("3 февраля", "2025-02-03 yi"),
    ("3 марта", "2025-03-03 yi"),
    ("3 апреля", "2025-04-03 yi"),
    ("3 мая", "2025-05-03 yi"),
    ("3 июня", "2025-06-03 yi"),
    ("9 июля", "2025-07-09 yi"),
    ("3 августа", "2025-08-03 yi"),
    ("7 сентября", "2025-09-07 yi"),
    ("8 сентября", "2024-09-08 yi"),
    ("3 октября", "2024-10-03 yi"),
    ("3 ноября", "2024-11-03 yi"),
    ("25 декабря", "2024-12-25 yi"),
    ("29 февраля", "2024-02-29 yi"),
    ("7 сентября 2025", "2025-09-07"),
    ("1-го сентября", "2025-09-01 yi"),
    ("1-го сентября 2025 года", "2025-09-01"),
    ("31 декабря 1999", "1999-12-31"),
];

/// The same in Ukrainian.
const UK_MONTHS: &[(&str, &str)] = &[
    ("15 січня 2025", "2025-01-15"),
    ("15 лютого 2025", "2025-02-15"),
    ("15 березня 2025", "2025-03-15"),
    ("15 квітня 2025", "2025-04-15"),
    ("15 травня 2025", "2025-05-15"),
    ("15 червня 2025", "2025-06-15"),
    ("15 липня 2025", "2025-07-15"),
    ("15 серпня 2025", "2025-08-15"),
    ("15 вересня 2025", "2025-09-15"),
    ("15 жовтня 2025", "2025-10-15"),
    ("15 листопада 2025", "2025-11-15"),
    ("15 грудня 2025", "2025-12-15"),
    ("3 січня", "2025-01-03 yi"),
    ("3 лютого", "2025-02-03 yi"),
    ("3 березня", "2025-03-03 yi"),
    ("3 квітня", "2025-04-03 yi"),
    ("3 травня", "2025-05-03 yi"),
    ("3 червня", "2025-06-03 yi"),
    ("9 липня", "2025-07-09 yi"),
    ("3 серпня", "2025-08-03 yi"),
    ("7 вересня", "2025-09-07 yi"),
    ("8 вересня", "2024-09-08 yi"),
    ("3 жовтня", "2024-10-03 yi"),
    ("3 листопада", "2024-11-03 yi"),
    ("25 грудня", "2024-12-25 yi"),
    ("29 лютого", "2024-02-29 yi"),
    ("7 вересня 2025", "2025-09-07"),
    ("1-го вересня", "2025-09-01 yi"),
    ("1-го вересня 2025 року", "2025-09-01"),
    ("24 лютого 2022 року", "2022-02-24"),
];

/// Every listed abbreviation, with and without a dot.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("15 янв 2025", "2025-01-15"),
    ("15 янв. 2025", "2025-01-15"),
    ("15 фев 2025", "2025-02-15"),
    ("15 фев. 2025", "2025-02-15"),
    ("15 мар 2025", "2025-03-15"),
    ("15 мар. 2025", "2025-03-15"),
    ("15 апр 2025", "2025-04-15"),
    ("15 апр. 2025", "2025-04-15"),
    ("15 мая 2025 г.", "2025-05-15"),
    ("15 июн 2025", "2025-06-15"),
    ("15 июн. 2025", "2025-06-15"),
    ("15 июл 2025", "2025-07-15"),
    ("15 июл. 2025", "2025-07-15"),
    ("15 авг 2025", "2025-08-15"),
    ("15 авг. 2025", "2025-08-15"),
    ("07 сен 2025", "2025-09-07"),
    ("07 сен. 2025", "2025-09-07"),
    ("07 СЕН. 2025", "2025-09-07"),
    ("4 сент 2025", "2025-09-04"),
    ("4 сент. 2025 г.", "2025-09-04"),
    ("15 окт 2025", "2025-10-15"),
    ("15 окт. 2025", "2025-10-15"),
    ("15 ноя 2025", "2025-11-15"),
    ("15 ноя. 2025", "2025-11-15"),
    ("15 нояб 2025", "2025-11-15"),
    ("15 нояб. 2025", "2025-11-15"),
    ("15 дек 2025", "2025-12-15"),
    ("15 дек. 2025", "2025-12-15"),
    ("15 окт", "2024-10-15 yi"),
    ("2 янв.", "2025-01-02 yi"),
    ("15 січ 2025", "2025-01-15"),
    ("15 січ. 2025", "2025-01-15"),
    ("15 лют 2025", "2025-02-15"),
    ("15 лют. 2025", "2025-02-15"),
    ("15 бер 2025", "2025-03-15"),
    ("15 бер. 2025", "2025-03-15"),
    ("15 квіт 2025", "2025-04-15"),
    ("15 квіт. 2025", "2025-04-15"),
    ("15 трав 2025", "2025-05-15"),
    ("15 трав. 2025", "2025-05-15"),
    ("15 черв 2025", "2025-06-15"),
    ("15 черв. 2025", "2025-06-15"),
    ("15 лип 2025", "2025-07-15"),
    ("15 лип. 2025", "2025-07-15"),
    ("15 серп 2025", "2025-08-15"),
    ("15 серп. 2025", "2025-08-15"),
    ("7 вер 2025", "2025-09-07"),
    ("7 вер. 2025", "2025-09-07"),
    ("15 жовт 2025", "2025-10-15"),
    ("15 жовт. 2025", "2025-10-15"),
    ("15 лист 2025", "2025-11-15"),
    ("15 лист. 2025", "2025-11-15"),
    ("15 груд 2025", "2025-12-15"),
    ("15 груд. 2025", "2025-12-15"),
    ("15 лист.", "2024-11-15 yi"),
    ("2 січ.", "2025-01-02 yi"),
];

/// Year markers after a day + month.
const YEAR_MARKERS: &[(&str, &str)] = &[
    ("7 сентября 2025 г", "2025-09-07"),
    ("7 сентября 2025 г.", "2025-09-07"),
    ("7 сентября 2025 года", "2025-09-07"),
    ("7 сентября 2025 году", "2025-09-07"),
    ("7 вересня 2025 р", "2025-09-07"),
    ("7 вересня 2025 р.", "2025-09-07"),
    ("7 вересня 2025 року", "2025-09-07"),
    ("7 сентября 2025г.", "2025-09-07"),
    ("7 вересня 2025р.", "2025-09-07"),
];

/// Month + year, and year with a marker.
const MONTH_YEAR: &[(&str, &str)] = &[
    ("январь 2025", "2025-01"),
    ("февраль 2025", "2025-02"),
    ("март 2025", "2025-03"),
    ("апрель 2025", "2025-04"),
    ("май 2025", "2025-05"),
    ("июнь 2025", "2025-06"),
    ("июль 2025", "2025-07"),
    ("август 2025", "2025-08"),
    ("сентябрь 2025", "2025-09"),
    ("октябрь 2025", "2025-10"),
    ("ноябрь 2025", "2025-11"),
    ("декабрь 2025", "2025-12"),
    ("в январе 2024 года", "2024-01"),
    ("в феврале 2024 года", "2024-02"),
    ("в марте 2024 года", "2024-03"),
    ("в апреле 2024 года", "2024-04"),
    ("в мае 2024 года", "2024-05"),
    ("в июне 2024 года", "2024-06"),
    ("в июле 2024 года", "2024-07"),
    ("в августе 2024 года", "2024-08"),
    ("в сентябре 2025 года", "2025-09"),
    ("в октябре 2024 года", "2024-10"),
    ("в ноябре 2024 года", "2024-11"),
    ("в декабре 2024 года", "2024-12"),
    ("в сентябре 2025 г.", "2025-09"),
    ("сентябрь 2025 года", "2025-09"),
    ("січень 2025", "2025-01"),
    ("лютий 2025", "2025-02"),
    ("березень 2025", "2025-03"),
    ("квітень 2025", "2025-04"),
    ("травень 2025", "2025-05"),
    ("червень 2025", "2025-06"),
    ("липень 2025", "2025-07"),
    ("серпень 2025", "2025-08"),
    ("вересень 2025", "2025-09"),
    ("жовтень 2025", "2025-10"),
    ("листопад 2025", "2025-11"),
    ("грудень 2025", "2025-12"),
    ("у січні 2024 року", "2024-01"),
    ("у лютому 2024 року", "2024-02"),
    ("у березні 2024 року", "2024-03"),
    ("у квітні 2024 року", "2024-04"),
    ("у травні 2024 року", "2024-05"),
    ("у червні 2024 року", "2024-06"),
    ("у липні 2024 року", "2024-07"),
    ("у серпні 2024 року", "2024-08"),
    ("у вересні 2025 року", "2025-09"),
    ("у жовтні 2024 року", "2024-10"),
    ("у листопаді 2024 року", "2024-11"),
    ("у грудні 2024 року", "2024-12"),
    ("в березні 2025 р.", "2025-03"),
    ("вересень 2025 р.", "2025-09"),
    ("в 2021 году", "2021"),
    ("2021 г.", "2021"),
    ("2021 г", "2021"),
    ("2021 года", "2021"),
    ("у 2021 році", "2021"),
    ("в 2021 році", "2021"),
    ("2021 року", "2021"),
    ("2021 р.", "2021"),
    ("2021 год", "2021"),
    ("В 2021 ГОДУ", "2021"),
    ("У 2021 РОЦІ", "2021"),
];

// ---------------------------------------------------------------------------
// Numeric, ISO 8601 / RFC 3339, RFC 2822, month first.

const NUMERIC: &[(&str, &str)] = &[
    ("07.09.2025", "2025-09-07"),
    ("7.9.2025", "2025-09-07"),
    ("07.09.25", "2025-09-07"),
    ("07/09/2025", "2025-09-07"),
    ("7/9/2025", "2025-09-07"),
    ("2025-09-07", "2025-09-07"),
    ("01.01.2025", "2025-01-01"),
    ("1.1.2025", "2025-01-01"),
    ("31.12.2024", "2024-12-31"),
    ("29.02.2024", "2024-02-29"),
    ("13.12.2025", "2025-12-13"),
    ("05/09/2025", "2025-09-05"),
    ("2024-02-29", "2024-02-29"),
    ("2025-12-31", "2025-12-31"),
    ("07.09.2025 г.", "2025-09-07"),
    ("07.09.2025 р.", "2025-09-07"),
];

const ISO: &[(&str, &str)] = &[
    ("2025-09-07T01:15:00+03:00", "2025-09-07T01:15:00+03:00 s z"),
    ("2025-09-07T01:15:00Z", "2025-09-07T04:15:00+03:00 s z"),
    ("2025-09-07T01:15Z", "2025-09-07T04:15:00+03:00 m z"),
    ("2025-09-07 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("2025-09-07 01:15:30", "2025-09-07T01:15:30+03:00 s"),
    ("2025-09-07T01:15", "2025-09-07T01:15:00+03:00 m"),
    ("2025-09-07T01:15:30", "2025-09-07T01:15:30+03:00 s"),
    ("2025-09-06T22:15:00Z", "2025-09-07T01:15:00+03:00 s z"),
    ("2025-09-07T01:15:00-04:00", "2025-09-07T08:15:00+03:00 s z"),
    ("2025-09-07T01:15:00+00:00", "2025-09-07T04:15:00+03:00 s z"),
    ("2025-09-07T01:15:00.000+03:00", "2025-09-07T01:15:00+03:00 s z nospan"),
    ("2025-09-07T01:15:30.5+03:00", "2025-09-07T01:15:30+03:00 s z nospan"),
    ("2025-09-07T01:15:30.123456Z", "2025-09-07T04:15:30+03:00 s z nospan"),
    ("2025-09-06T22:15:00.000Z", "2025-09-07T01:15:00+03:00 s z nospan"),
    ("2025-01-15T10:00:00+02:00", "2025-01-15T10:00:00+02:00 s z"),
    ("2025-01-15T10:00:00", "2025-01-15T10:00:00+02:00 s"),
    ("2025-01-15T10:00:00Z", "2025-01-15T12:00:00+02:00 s z"),
    ("2025-01-15 10:00", "2025-01-15T10:00:00+02:00 m"),
    ("2025-12-31T23:30:00Z", "2026-01-01T01:30:00+02:00 s z"),
    ("2025-09-07T01:15:00+0300", "2025-09-07T01:15:00+03:00 s z"),
];

const RFC2822: &[(&str, &str)] = &[
    ("Mon, 28 Sep 2020 10:00:00 +0300", "2020-09-28T10:00:00+03:00 s z"),
    ("Sun, 07 Sep 2025 01:15:00 GMT", "2025-09-07T04:15:00+03:00 s z"),
    ("Wed, 15 Jan 2025 08:00:00 +0000", "2025-01-15T10:00:00+02:00 s z"),
    ("Fri, 31 Oct 2025 23:59:59 +0200", "2025-10-31T23:59:59+02:00 s z"),
    ("Tue, 1 Jul 2025 12:00:00 -0400", "2025-07-01T19:00:00+03:00 s z"),
    ("Thu, 04 Sep 2025 17:07:00 +0300", "2025-09-04T17:07:00+03:00 s z"),
    ("Mon, 28 Sep 2020 10:00 +0300", "2020-09-28T10:00:00+03:00 m z"),
    ("28 Sep 2020 10:00:00 +0300", "2020-09-28T10:00:00+03:00 s z"),
    ("Sun, 26 Oct 2025 03:30:00 +0200", "2025-10-26T03:30:00+02:00 s z"),
    ("Sun, 26 Oct 2025 03:30:00 +0300", "2025-10-26T03:30:00+03:00 s z"),
    ("Sat, 06 Sep 2025 22:15:00 -0000", "2025-09-07T01:15:00+03:00 s z"),
    ("Mon, 06 Jan 2025 09:30:00 -0500", "2025-01-06T16:30:00+02:00 s z"),
    ("Sun, 07 Sep 2025 01:15:00 UT", "2025-09-07T04:15:00+03:00 s z"),
    ("Tue, 28 Sep 2020 10:00:00 +0300", "2020-09-28T10:00:00+03:00 s z wm"),
];

const MONTH_FIRST: &[(&str, &str)] = &[
    ("Грудень 28, 2025", "2025-12-28"),
    ("Трв 29 2025 р., 11:50", "2025-05-29T11:50:00+03:00 m"),
    ("Вересень 7, 2025", "2025-09-07"),
    ("Січень 15, 2025", "2025-01-15"),
    ("Сентябрь 7, 2025", "2025-09-07"),
    ("Декабрь 28, 2025", "2025-12-28"),
    ("Вер 5 2025 р., 09:10", "2025-09-05T09:10:00+03:00 m"),
    ("Грудень 28, 2025, 14:00", "2025-12-28T14:00:00+02:00 m"),
];

// ---------------------------------------------------------------------------
// Weekdays, day.month, ranges.

/// On Sunday 2025-09-07.
const WEEKDAYS: &[(&str, &str)] = &[
    ("пн, 7 сентября 2025", "2025-09-07 wm"),
    ("вс, 7 сентября 2025", "2025-09-07"),
    ("вс, 7 сентября", "2025-09-07 yi"),
    ("воскресенье, 7 сентября 2025 г.", "2025-09-07"),
    ("неділя, 7 вересня", "2025-09-07 yi"),
    ("Неділя, 7 вересня 2025, 12:34", "2025-09-07T12:34:00+03:00 m"),
    ("нд, 07.09.2025", "2025-09-07"),
    ("вс, 07.09.2025", "2025-09-07"),
    ("чт, 4 сент. 2025 г., 17:07", "2025-09-04T17:07:00+03:00 m"),
    ("Четверг, 4 сентября 2025", "2025-09-04"),
    ("четвер, 4 вересня 2025 р.", "2025-09-04"),
    ("пятница, 5 сентября 2025", "2025-09-05"),
    ("Суббота, 6 сентября 2025", "2025-09-06"),
    ("субота, 6 вересня 2025", "2025-09-06"),
    ("сб, 06.09.2025", "2025-09-06"),
    ("понедельник, 1 сентября 2025", "2025-09-01"),
    ("понеділок, 1 вересня 2025", "2025-09-01"),
    ("вторник, 2 сентября 2025", "2025-09-02"),
    ("вівторок, 2 вересня 2025", "2025-09-02"),
    ("среда, 3 сентября 2025", "2025-09-03"),
    ("середа, 3 вересня 2025", "2025-09-03"),
    ("вт, 7 сентября 2025", "2025-09-07 wm"),
    ("понеділок, 7 вересня 2025", "2025-09-07 wm"),
    ("Пн, 01.09.2025, 10:00", "2025-09-01T10:00:00+03:00 m"),
    // 12.09 is after the reference date, so it is 2024-09-12, a Thursday:
    // the written Friday contradicts it, and the date wins (SPEC §2, §3).
    ("пт, 12.09", "2024-09-12 yi wm"),
    ("12.09, пт", "2024-09-12 yi wm"),
    // 2024-09-14 is a Saturday.
    ("ВС, 14.09", "2024-09-14 yi wm"),
    ("вс., 7 сентября 2025", "2025-09-07"),
    ("Нд., 07.09.2025", "2025-09-07"),
];

/// On Sunday 2025-09-14: day.month beside a weekday.
const WEEKDAY_DAY_MONTH: &[(&str, &str)] = &[
    ("пт, 12.09", "2025-09-12 yi"),
    ("Пт, 12.09", "2025-09-12 yi"),
    ("пятница, 12.09", "2025-09-12 yi"),
    ("пʼятниця, 12.09", "2025-09-12 yi"),
    ("пт, 12.09, 18:30", "2025-09-12T18:30:00+03:00 m yi"),
    ("сб, 13.09", "2025-09-13 yi"),
    ("нд, 14.09", "2025-09-14 yi"),
    ("вс, 14.09", "2025-09-14 yi"),
    ("чт, 11.09", "2025-09-11 yi"),
    ("пт, 13.09", "2025-09-13 yi wm"),
];

/// On Sunday 2025-09-07: day.month beside a time.
const DAY_MONTH_TIME: &[(&str, &str)] = &[
    ("06.09, в 22:05", "2025-09-06T22:05:00+03:00 m yi"),
    ("06.09 в 22:05", "2025-09-06T22:05:00+03:00 m yi"),
    ("06.09, 22:05", "2025-09-06T22:05:00+03:00 m yi"),
    ("22:05 06.09", "2025-09-06T22:05:00+03:00 m yi"),
    ("22:05, 06.09", "2025-09-06T22:05:00+03:00 m yi"),
    ("06.09 | 22:05", "2025-09-06T22:05:00+03:00 m yi"),
    ("06.09 о 22:05", "2025-09-06T22:05:00+03:00 m yi"),
    ("6.09 о 22:05", "2025-09-06T22:05:00+03:00 m yi"),
    ("08.09, 10:00", "2024-09-08T10:00:00+03:00 m yi"),
    ("15.01, 10:00", "2025-01-15T10:00:00+02:00 m yi"),
];

const RANGES: &[(&str, &str)] = &[
    ("1–5 сентября", "2025-09-01/2025-09-05 yi"),
    ("1—5 сентября", "2025-09-01/2025-09-05 yi"),
    ("1-5 сентября", "2025-09-01/2025-09-05 yi"),
    ("1 – 5 сентября", "2025-09-01/2025-09-05 yi"),
    ("с 1 по 5 вересня", "2025-09-01/2025-09-05 yi"),
    ("с 1 по 5 сентября", "2025-09-01/2025-09-05 yi"),
    ("с 1 по 5 сентября 2025 года", "2025-09-01/2025-09-05"),
    ("з 1 до 5 вересня 2025", "2025-09-01/2025-09-05"),
    ("з 1 по 5 вересня 2025 р.", "2025-09-01/2025-09-05"),
    ("1–5 вересня 2025 року", "2025-09-01/2025-09-05"),
    ("1-5 СЕНТЯБРЯ 2025 Г.", "2025-09-01/2025-09-05"),
    ("с 01.09.2025 по 05.09.2025", "2025-09-01/2025-09-05"),
    ("з 24.02.22 по 09.09.25", "2022-02-24/2025-09-09"),
    ("10–12 декабря 2024", "2024-12-10/2024-12-12"),
    ("10–12 грудня", "2024-12-10/2024-12-12 yi"),
    ("с 30 августа по 5 сентября 2025 года", "2025-08-30/2025-09-05"),
    ("1 сентября 2025 г. - 5 сентября 2025 г.", "2025-09-01/2025-09-05"),
    ("с 1 сентября по 5 сентября", "2025-09-01/2025-09-05 yi"),
    ("29–31 декабря", "2024-12-29/2024-12-31 yi"),
    ("1–5 сентября 2025 г.", "2025-09-01/2025-09-05"),
];

/// A date whose year is a period (`прошлого года`, `цього року`), on
/// Sunday 2025-09-07: the period names the year, and the value is
/// relative.
const YEAR_PERIODS: &[(&str, &str)] = &[
    ("9 мая прошлого года", "2024-05-09 rel"),
    ("9 травня минулого року", "2024-05-09 rel"),
    ("25 декабря в прошлом году", "2024-12-25 rel"),
    ("12 січня наступного року", "2026-01-12 rel"),
    ("1 сентября этого года", "2025-09-01 rel"),
    ("в мае прошлого года", "2024-05 rel"),
    ("у травні цього року", "2025-05 rel"),
    ("сентябрь этого года", "2025-09 rel"),
    ("7 сентября этого года, 10:00", "2025-09-07T10:00:00+03:00 m rel"),
    ("с 1 по 5 мая прошлого года", "2024-05-01/2024-05-05 rel"),
    ("з 24 по 26 грудня минулого року", "2024-12-24/2024-12-26 rel"),
];

/// Monday 2026-01-05: dates of the year just ended.
const YEAR_PERIODS_NEW_YEAR: &[(&str, &str)] =
    &[("29 декабря прошлого года", "2025-12-29 rel"), ("у грудні минулого року", "2025-12 rel")];

/// Monday 2026-01-05: a range across New Year.
const RANGES_NEW_YEAR: &[(&str, &str)] = &[
    ("с 29 декабря по 3 января", "2025-12-29/2026-01-03 yi"),
    ("з 29 грудня до 3 січня", "2025-12-29/2026-01-03 yi"),
    ("29 декабря – 3 января", "2025-12-29/2026-01-03 yi"),
    ("с 29.12.2025 по 03.01.2026", "2025-12-29/2026-01-03"),
];

/// Wednesday 2025-09-03: a range under way on the reference date. Its
/// first date is not after the reference date, so it is this year's
/// (jumping back to 2024 for an event that is going on is not what a
/// reader of "1–5 сентября" on 3 September means).
const RANGES_UNDER_WAY: &[(&str, &str)] =
    &[("1–5 сентября", "2025-09-01/2025-09-05 yi"), ("з 1 по 5 вересня", "2025-09-01/2025-09-05 yi")];

// ---------------------------------------------------------------------------
// Times.

/// Times alone and with dates, on Sunday 2025-09-07 at noon.
const TIMES: &[(&str, &str)] = &[
    ("01:15", "2025-09-07T01:15:00+03:00 m di"),
    ("1:15", "2025-09-07T01:15:00+03:00 m di"),
    ("01:15:30", "2025-09-07T01:15:30+03:00 s di"),
    ("0:00", "2025-09-07T00:00:00+03:00 m di"),
    ("23:59", "2025-09-07T23:59:00+03:00 m di"),
    ("23:59:59", "2025-09-07T23:59:59+03:00 s di"),
    ("в 14:30", "2025-09-07T14:30:00+03:00 m di"),
    ("В 14:30", "2025-09-07T14:30:00+03:00 m di"),
    ("о 14:30", "2025-09-07T14:30:00+03:00 m di"),
    ("О 14:30", "2025-09-07T14:30:00+03:00 m di"),
    ("об 11:00", "2025-09-07T11:00:00+03:00 m di"),
    ("в 14.00", "2025-09-07T14:00:00+03:00 m di"),
    ("о 14.00", "2025-09-07T14:00:00+03:00 m di"),
    ("08.00 год", "2025-09-07T08:00:00+03:00 m di"),
    ("14.00 ч", "2025-09-07T14:00:00+03:00 m di"),
    ("14.00 по московскому времени", "2025-09-07T14:00:00+03:00 m di z"),
    ("14.00 мск", "2025-09-07T14:00:00+03:00 m di z"),
    ("14.00 по Москве", "2025-09-07T14:00:00+03:00 m di z"),
    ("14.00 за Києвом", "2025-09-07T14:00:00+03:00 m di z"),
    ("14 ч 30 мин", "2025-09-07T14:30:00+03:00 m di"),
    ("14 ч. 30 мин.", "2025-09-07T14:30:00+03:00 m di"),
    ("в 14 ч 30 мин", "2025-09-07T14:30:00+03:00 m di"),
    ("14 год. 30 хв.", "2025-09-07T14:30:00+03:00 m di"),
    ("14 год 30 хв", "2025-09-07T14:30:00+03:00 m di"),
    ("о 14 год. 30 хв.", "2025-09-07T14:30:00+03:00 m di"),
    ("в 9 утра", "2025-09-07T09:00:00+03:00 h di"),
    ("В 9 УТРА", "2025-09-07T09:00:00+03:00 h di"),
    ("в 7 вечера", "2025-09-07T19:00:00+03:00 h di"),
    ("в 11 вечера", "2025-09-07T23:00:00+03:00 h di"),
    ("о 9 ранку", "2025-09-07T09:00:00+03:00 h di"),
    ("о 10 ранку", "2025-09-07T10:00:00+03:00 h di"),
    ("о 7 вечора", "2025-09-07T19:00:00+03:00 h di"),
    ("о 11 вечора", "2025-09-07T23:00:00+03:00 h di"),
    ("в полдень", "2025-09-07T12:00:00+03:00 m di"),
    ("опівночі", "2025-09-07T00:00:00+03:00 m di"),
    ("в полночь", "2025-09-07T00:00:00+03:00 m di"),
    ("опівдні", "2025-09-07T12:00:00+03:00 m di"),
    ("в 17 часов", "2025-09-07T17:00:00+03:00 h di"),
    ("в 9 утра по Киеву", "2025-09-07T09:00:00+03:00 h di z"),
    ("в 3 часа дня", "2025-09-07T15:00:00+03:00 h di"),
    ("в 3 часа ночи", "2025-09-07T03:00:00+03:00 h di"),
    ("в 9 часов утра", "2025-09-07T09:00:00+03:00 h di"),
    ("в 9:30 утра", "2025-09-07T09:30:00+03:00 m di"),
    ("в 7:15 вечера", "2025-09-07T19:15:00+03:00 m di"),
    ("в 0 ч 5 мин", "2025-09-07T00:05:00+03:00 m di"),
    ("14.00 год.", "2025-09-07T14:00:00+03:00 m di"),
    // `год` beside a colon time, as Ukrainian sites print it (`о 18:00 год.`).
    ("14:00 год.", "2025-09-07T14:00:00+03:00 m di"),
    ("о 18:00 год.", "2025-09-07T18:00:00+03:00 m di"),
    ("15:00 по киевскому", "2025-09-07T15:00:00+03:00 m di z"),
    ("12:00 по Kиеву", "2025-09-07T12:00:00+03:00 m di z"),
    ("в 9 yтра", "2025-09-07T09:00:00+03:00 h di"),
];

/// Dates with times, in either order, with the separators pages use.
const DATE_TIME: &[(&str, &str)] = &[
    ("01:15 07 сен 2025", "2025-09-07T01:15:00+03:00 m"),
    ("07 сен 2025, 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("07.09.2025 в 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("7 вересня 2025 о 21:20", "2025-09-07T21:20:00+03:00 m"),
    ("7 вересня 2025 р., 21:20", "2025-09-07T21:20:00+03:00 m"),
    ("19:21 - 13.12.2025", "2025-12-13T19:21:00+02:00 m"),
    ("19:21 – 13.12.2025", "2025-12-13T19:21:00+02:00 m"),
    ("19:21 — 13.12.2025", "2025-12-13T19:21:00+02:00 m"),
    ("07.09.2025 | 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("07.09.2025 - 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("07.09.2025 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("07.09.2025, 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("01:15, 07.09.2025", "2025-09-07T01:15:00+03:00 m"),
    ("12:34, 7 сентября 2025", "2025-09-07T12:34:00+03:00 m"),
    ("12:34 07.09.2025", "2025-09-07T12:34:00+03:00 m"),
    ("7 сентября 2025, 12:34", "2025-09-07T12:34:00+03:00 m"),
    ("07 сен 2025, 12:34", "2025-09-07T12:34:00+03:00 m"),
    ("12:34, 07.09.25", "2025-09-07T12:34:00+03:00 m"),
    ("7 сентября 2025 года, 13:45", "2025-09-07T13:45:00+03:00 m"),
    ("7 сентября 2025 года в 13:45", "2025-09-07T13:45:00+03:00 m"),
    ("7 сентября 2025 г. в 14.00", "2025-09-07T14:00:00+03:00 m"),
    ("07.09.2025 14.00", "2025-09-07T14:00:00+03:00 m"),
    ("14.00, 06.09.2025", "2025-09-06T14:00:00+03:00 m"),
    ("06.09.2025, 14.00", "2025-09-06T14:00:00+03:00 m"),
    ("7 вересня об 11:00", "2025-09-07T11:00:00+03:00 m yi"),
    ("7 сентября, 12:34", "2025-09-07T12:34:00+03:00 m yi"),
    ("7 вересня, 12:34", "2025-09-07T12:34:00+03:00 m yi"),
    ("7 сентября в 9 утра", "2025-09-07T09:00:00+03:00 h yi"),
    ("7 вересня о 7 вечора", "2025-09-07T19:00:00+03:00 h yi"),
    ("6 вересня 2025 р. опівночі", "2025-09-06T00:00:00+03:00 m"),
    ("15 января 2025, 10:00", "2025-01-15T10:00:00+02:00 m"),
    ("15 січня 2025 р. о 10:00", "2025-01-15T10:00:00+02:00 m"),
    ("01:15:30 07.09.2025", "2025-09-07T01:15:30+03:00 s"),
    ("7 сентября 2025 года, 14 ч 30 мин", "2025-09-07T14:30:00+03:00 m"),
    ("7 вересня 2025, 14 год. 30 хв.", "2025-09-07T14:30:00+03:00 m"),
    ("2 декабря 2024, 18:45", "2024-12-02T18:45:00+02:00 m"),
    ("2 грудня 2024 р. о 18:45", "2024-12-02T18:45:00+02:00 m"),
    ("31 октября 2025, 23:59", "2025-10-31T23:59:00+02:00 m"),
    ("25 октября 2025, 23:59", "2025-10-25T23:59:00+03:00 m"),
    ("9 июля, 08:00", "2025-07-09T08:00:00+03:00 m yi"),
    ("25 декабря в 10:00", "2024-12-25T10:00:00+02:00 m yi"),
    ("7 сентября 2025 года 14:30", "2025-09-07T14:30:00+03:00 m"),
    ("7 вересня 2025 р. 14:30", "2025-09-07T14:30:00+03:00 m"),
    ("7 сентября, в 14:30", "2025-09-07T14:30:00+03:00 m yi"),
    ("12:00, 7 сентября", "2025-09-07T12:00:00+03:00 m yi"),
    ("7 сентября 2025 года, 23:59:59", "2025-09-07T23:59:59+03:00 s"),
    ("01:15 07 СЕН 2025", "2025-09-07T01:15:00+03:00 m"),
    ("01:15 07 сен. 2025", "2025-09-07T01:15:00+03:00 m"),
    ("07 сен 2025 г., 01:15", "2025-09-07T01:15:00+03:00 m"),
    ("о 9 ранку 7 вересня 2025 р.", "2025-09-07T09:00:00+03:00 h"),
    ("о 7 вечора 7 вересня", "2025-09-07T19:00:00+03:00 h yi"),
    ("опівночі 7 вересня", "2025-09-07T00:00:00+03:00 m yi"),
    ("7 сентября 2025 года в 14:30 по Киеву", "2025-09-07T14:30:00+03:00 m z"),
    ("7 вересня 2025 року о 21:20 за Києвом", "2025-09-07T21:20:00+03:00 m z"),
    ("Понедельник, 1 сентября 2025, 10:00 мск", "2025-09-01T10:00:00+03:00 m z"),
    ("трв 29 2025 р., 11:50", "2025-05-29T11:50:00+03:00 m"),
    ("Черв 5 2025 р., 08:00", "2025-06-05T08:00:00+03:00 m"),
];

// ---------------------------------------------------------------------------
// Zones.

/// Written zones on Sunday 2025-09-07 (Kyiv and Moscow both +03:00).
const ZONES_SUMMER: &[(&str, &str)] = &[
    ("12:00 мск", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 МСК", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 MSK", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 по Москве", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 по московскому времени", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 за московським часом", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 по Киеву", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 по киевскому времени", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 за Києвом", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 за київським часом", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 UTC", "2025-09-07T15:00:00+03:00 m di z"),
    ("12:00 utc", "2025-09-07T15:00:00+03:00 m di z"),
    ("12:00 GMT", "2025-09-07T15:00:00+03:00 m di z"),
    ("12:00 UTC+3", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 GMT+02:00", "2025-09-07T13:00:00+03:00 m di z"),
    ("12:00 UTC-4", "2025-09-07T19:00:00+03:00 m di z"),
    ("12:00 +03:00", "2025-09-07T12:00:00+03:00 m di z"),
    ("12:00 +02:00", "2025-09-07T13:00:00+03:00 m di z"),
    ("12:00Z", "2025-09-07T15:00:00+03:00 m di z"),
    ("12:00 EET", "2025-09-07T13:00:00+03:00 m di z"),
    ("12:00 EEST", "2025-09-07T12:00:00+03:00 m di z"),
    ("7 сентября 2025, 12:00 мск", "2025-09-07T12:00:00+03:00 m z"),
    ("7 вересня 2025 р., 09:00 за Києвом", "2025-09-07T09:00:00+03:00 m z"),
    ("07.09.2025 09:00 UTC", "2025-09-07T12:00:00+03:00 m z"),
    ("23:30 UTC 7 сентября 2025", "2025-09-08T02:30:00+03:00 m z"),
    ("7 сентября 2025, 00:30 UTC", "2025-09-07T03:30:00+03:00 m z"),
    ("7 сентября 2025, 00:30 мск", "2025-09-07T00:30:00+03:00 m z"),
    ("7 сентября 2025, 01:15 EET", "2025-09-07T02:15:00+03:00 m z"),
];

/// Moscow time in summer: equal to Kyiv time.
const ZONES_JULY: &[(&str, &str)] = &[
    ("12:00 мск", "2025-07-20T12:00:00+03:00 m di z"),
    ("15 июля, 12:00 мск", "2025-07-15T12:00:00+03:00 m yi z"),
    ("15 липня о 12:00 за московським часом", "2025-07-15T12:00:00+03:00 m yi z"),
    ("12:00 по московскому времени 15 июля 2025 года", "2025-07-15T12:00:00+03:00 m z"),
    ("12:00 UTC", "2025-07-20T15:00:00+03:00 m di z"),
    ("12:00", "2025-07-20T12:00:00+03:00 m di"),
];

/// Moscow time in winter: one hour ahead of Kyiv.
const ZONES_JANUARY: &[(&str, &str)] = &[
    ("12:00 мск", "2026-01-12T11:00:00+02:00 m di z"),
    ("12:00 МСК", "2026-01-12T11:00:00+02:00 m di z"),
    ("23:00 мск 11 января", "2026-01-11T22:00:00+02:00 m yi z"),
    ("00:30 мск 1 января 2026", "2025-12-31T23:30:00+02:00 m z"),
    ("12:00 за московським часом", "2026-01-12T11:00:00+02:00 m di z"),
    ("14.00 по московскому времени", "2026-01-12T13:00:00+02:00 m di z"),
    ("12:00 по Киеву", "2026-01-12T12:00:00+02:00 m di z"),
    ("12:00 UTC", "2026-01-12T14:00:00+02:00 m di z"),
    ("12:00 EEST", "2026-01-12T11:00:00+02:00 m di z"),
    ("12:00 EET", "2026-01-12T12:00:00+02:00 m di z"),
    ("12:00 GMT+3", "2026-01-12T11:00:00+02:00 m di z"),
    ("12:00", "2026-01-12T12:00:00+02:00 m di"),
    ("10 января, 09:00", "2026-01-10T09:00:00+02:00 m yi"),
    ("10 січня о 09:00 за Києвом", "2026-01-10T09:00:00+02:00 m yi z"),
];

/// Output zone UTC, reference 2025-09-07T09:00Z.
const OUT_UTC: &[(&str, &str)] = &[
    ("7 сентября 2025, 14:30", "2025-09-07T14:30:00+00:00 m"),
    ("14:30 по Киеву 7 сентября 2025", "2025-09-07T11:30:00+00:00 m z"),
    ("14:30 мск", "2025-09-07T11:30:00+00:00 m di z"),
    ("14:30", "2025-09-07T14:30:00+00:00 m di"),
    ("9 июля", "2025-07-09 yi"),
    ("2025-09-07T01:15:00+03:00", "2025-09-06T22:15:00+00:00 s z"),
    ("сентябрь 2025", "2025-09"),
    ("1–5 сентября", "2025-09-01/2025-09-05 yi"),
    ("в 2021 году", "2021"),
    ("15 января 2026, 12:00 мск", "2026-01-15T09:00:00+00:00 m z"),
];

/// Output zone Europe/Warsaw, reference 2025-09-07T09:00Z.
const OUT_WARSAW: &[(&str, &str)] = &[
    ("12:00 по Киеву", "2025-09-07T11:00:00+02:00 m di z"),
    ("12:00 за Києвом", "2025-09-07T11:00:00+02:00 m di z"),
    ("12:00", "2025-09-07T12:00:00+02:00 m di"),
    ("12:00 мск", "2025-09-07T11:00:00+02:00 m di z"),
    ("15 января 2026, 12:00 мск", "2026-01-15T10:00:00+01:00 m z"),
    ("15 січня 2026 р., 12:00", "2026-01-15T12:00:00+01:00 m"),
    ("7 вересня 2025", "2025-09-07"),
    // Kyiv's gap is not Warsaw's: 03:30 exists in Warsaw on 2024-03-31.
    ("31 марта 2024, 03:30", "2024-03-31T03:30:00+02:00 m"),
    ("31 марта 2024, 02:30", "2024-03-31T03:30:00+02:00 m skip"),
    ("27 октября 2024, 02:30", "2024-10-27T02:30:00+02:00 m amb"),
    ("27 октября 2024, 03:30", "2024-10-27T03:30:00+01:00 m"),
];

const OUT_NEW_YORK: &[(&str, &str)] = &[
    ("2025-09-07T01:15:00+03:00", "2025-09-06T18:15:00-04:00 s z"),
    ("7 сентября 2025, 12:00 по Киеву", "2025-09-07T05:00:00-04:00 m z"),
    ("07.09.2025", "2025-09-07"),
];

// ---------------------------------------------------------------------------
// Daylight-saving changes in Kyiv.

/// Compatible: a gap moves forward by its length; a repeat is the earlier.
const DST_COMPATIBLE: &[(&str, &str)] = &[
    ("31 березня 2024, 03:30", "2024-03-31T04:30:00+03:00 m skip"),
    ("31 марта 2024 г., 03:30", "2024-03-31T04:30:00+03:00 m skip"),
    ("03:00 31.03.2024", "2024-03-31T04:00:00+03:00 m skip"),
    ("31.03.2024 03:59", "2024-03-31T04:59:00+03:00 m skip"),
    ("31.03.2024 02:59", "2024-03-31T02:59:00+02:00 m"),
    ("31.03.2024 04:00", "2024-03-31T04:00:00+03:00 m"),
    ("2024-03-31 03:30", "2024-03-31T04:30:00+03:00 m skip"),
    ("2024-03-31T03:30:00+02:00", "2024-03-31T04:30:00+03:00 s z"),
    ("31 марта 2024", "2024-03-31"),
    ("27 жовтня 2024, 03:30", "2024-10-27T03:30:00+03:00 m amb"),
    ("27 октября 2024 г. в 03:30", "2024-10-27T03:30:00+03:00 m amb"),
    ("27.10.2024 03:00", "2024-10-27T03:00:00+03:00 m amb"),
    ("27.10.2024 02:59", "2024-10-27T02:59:00+03:00 m"),
    ("27.10.2024 04:00", "2024-10-27T04:00:00+02:00 m"),
    ("2024-10-27T03:30:00+02:00", "2024-10-27T03:30:00+02:00 s z"),
    ("2024-10-27T00:30:00Z", "2024-10-27T03:30:00+03:00 s z"),
    ("2024-10-27T01:30:00Z", "2024-10-27T03:30:00+02:00 s z"),
    ("27 октября 2024", "2024-10-27"),
    ("30 березня 2025 р. о 03:30", "2025-03-30T04:30:00+03:00 m skip"),
    ("30.03.2025 03:15", "2025-03-30T04:15:00+03:00 m skip"),
    ("26 жовтня 2025 р. о 03:30", "2025-10-26T03:30:00+03:00 m amb"),
    ("26.10.2025 03:45", "2025-10-26T03:45:00+03:00 m amb"),
    ("29 березня 2026, 03:30", "2026-03-29T04:30:00+03:00 m skip"),
    ("29 марта 2026 года, 03:30", "2026-03-29T04:30:00+03:00 m skip"),
    ("25 жовтня 2026, 03:30", "2026-10-25T03:30:00+03:00 m amb"),
    ("25 октября 2026 г., 03:30", "2026-10-25T03:30:00+03:00 m amb"),
    ("31 березня 2024 о 3 ночі", "2024-03-31T04:00:00+03:00 h skip"),
    ("27 октября 2024 в 3 часа ночи", "2024-10-27T03:00:00+03:00 h amb"),
];

/// Earlier: a gap is read with the offset after it (03:30 → 02:30+02:00);
/// a repeat is the earlier instant.
const DST_EARLIER: &[(&str, &str)] = &[
    ("31 березня 2024, 03:30", "2024-03-31T02:30:00+02:00 m skip"),
    ("03:00 31.03.2024", "2024-03-31T02:00:00+02:00 m skip"),
    ("31.03.2024 02:59", "2024-03-31T02:59:00+02:00 m"),
    ("2024-03-31T03:30:00+02:00", "2024-03-31T04:30:00+03:00 s z"),
    ("27 жовтня 2024, 03:30", "2024-10-27T03:30:00+03:00 m amb"),
    ("27.10.2024 04:00", "2024-10-27T04:00:00+02:00 m"),
    ("30 березня 2025 р. о 03:30", "2025-03-30T02:30:00+02:00 m skip"),
    ("26 жовтня 2025 р. о 03:30", "2025-10-26T03:30:00+03:00 m amb"),
    ("29 марта 2026 года, 03:30", "2026-03-29T02:30:00+02:00 m skip"),
    ("25 октября 2026 г., 03:30", "2026-10-25T03:30:00+03:00 m amb"),
    ("31 березня 2024 о 3 ночі", "2024-03-31T02:00:00+02:00 h skip"),
];

/// Later: a gap as Compatible; a repeat is the later instant.
const DST_LATER: &[(&str, &str)] = &[
    ("31 березня 2024, 03:30", "2024-03-31T04:30:00+03:00 m skip"),
    ("03:00 31.03.2024", "2024-03-31T04:00:00+03:00 m skip"),
    ("2024-03-31T03:30:00+02:00", "2024-03-31T04:30:00+03:00 s z"),
    ("27 жовтня 2024, 03:30", "2024-10-27T03:30:00+02:00 m amb"),
    ("27.10.2024 03:00", "2024-10-27T03:00:00+02:00 m amb"),
    ("27.10.2024 02:59", "2024-10-27T02:59:00+03:00 m"),
    ("2024-10-27T00:30:00Z", "2024-10-27T03:30:00+03:00 s z"),
    ("30 березня 2025 р. о 03:30", "2025-03-30T04:30:00+03:00 m skip"),
    ("26 жовтня 2025 р. о 03:30", "2025-10-26T03:30:00+02:00 m amb"),
    ("29 марта 2026 года, 03:30", "2026-03-29T04:30:00+03:00 m skip"),
    ("25 октября 2026 г., 03:30", "2026-10-25T03:30:00+02:00 m amb"),
    ("25 жовтня 2026, 03:30", "2026-10-25T03:30:00+02:00 m amb"),
    ("27 октября 2024 в 3 часа ночи", "2024-10-27T03:00:00+02:00 h amb"),
];

/// Reject: either case is an error; unaffected times still parse.
const DST_REJECT: &[(&str, &str)] = &[
    ("31 березня 2024, 03:30", "!Skipped"),
    ("03:00 31.03.2024", "!Skipped"),
    ("31.03.2024 02:59", "2024-03-31T02:59:00+02:00 m"),
    ("31.03.2024 04:00", "2024-03-31T04:00:00+03:00 m"),
    ("2024-03-31T03:30:00+02:00", "2024-03-31T04:30:00+03:00 s z"),
    ("27 жовтня 2024, 03:30", "!Ambiguous"),
    ("27.10.2024 03:00", "!Ambiguous"),
    ("27.10.2024 04:00", "2024-10-27T04:00:00+02:00 m"),
    ("2024-10-27T01:30:00Z", "2024-10-27T03:30:00+02:00 s z"),
    ("30 березня 2025 р. о 03:30", "!Skipped"),
    ("26 жовтня 2025 р. о 03:30", "!Ambiguous"),
    ("29 марта 2026 года, 03:30", "!Skipped"),
    ("25 октября 2026 г., 03:30", "!Ambiguous"),
    ("31 марта 2024", "2024-03-31"),
];

/// A time alone on the day of the spring change (date from the reference).
const DST_SPRING_TIME: &[(&str, &str)] = &[
    ("03:30", "2025-03-30T04:30:00+03:00 m di skip"),
    ("о 03:30", "2025-03-30T04:30:00+03:00 m di skip"),
    ("02:30", "2025-03-30T02:30:00+02:00 m di"),
    ("03:30 мск", "2025-03-30T02:30:00+02:00 m di z"),
];

const DST_SPRING_TIME_EARLIER: &[(&str, &str)] = &[("03:30", "2025-03-30T02:30:00+02:00 m di skip")];
const DST_SPRING_TIME_LATER: &[(&str, &str)] = &[("03:30", "2025-03-30T04:30:00+03:00 m di skip")];
const DST_SPRING_TIME_REJECT: &[(&str, &str)] =
    &[("03:30", "!Skipped"), ("03:30 мск", "2025-03-30T02:30:00+02:00 m di z")];

/// A time alone on the day of the autumn change.
const DST_AUTUMN_TIME: &[(&str, &str)] = &[
    ("03:30", "2025-10-26T03:30:00+03:00 m di amb"),
    ("в 03:30", "2025-10-26T03:30:00+03:00 m di amb"),
    ("03:30 мск", "2025-10-26T03:30:00+03:00 m di z"),
    ("03:30 UTC", "2025-10-26T05:30:00+02:00 m di z"),
    ("05:00", "2025-10-26T05:00:00+02:00 m di"),
];
const DST_AUTUMN_TIME_EARLIER: &[(&str, &str)] = &[("03:30", "2025-10-26T03:30:00+03:00 m di amb")];
const DST_AUTUMN_TIME_LATER: &[(&str, &str)] = &[("03:30", "2025-10-26T03:30:00+02:00 m di amb")];
const DST_AUTUMN_TIME_REJECT: &[(&str, &str)] =
    &[("03:30", "!Ambiguous"), ("03:30 мск", "2025-10-26T03:30:00+03:00 m di z")];

// ---------------------------------------------------------------------------
// Year inference around New Year, and two-digit years.

/// Tuesday 2025-12-30.
const DEC30_PAST: &[(&str, &str)] = &[
    ("31 декабря", "2024-12-31 yi"),
    ("31 грудня", "2024-12-31 yi"),
    ("30 декабря", "2025-12-30 yi"),
    ("2 января", "2025-01-02 yi"),
    ("2 січня", "2025-01-02 yi"),
    ("1 января", "2025-01-01 yi"),
    ("29 февраля", "2024-02-29 yi"),
    ("29 лютого", "2024-02-29 yi"),
    ("31.12, 10:00", "2024-12-31T10:00:00+02:00 m yi"),
];
const DEC30_FUTURE: &[(&str, &str)] = &[
    ("31 декабря", "2025-12-31 yi"),
    ("31 грудня", "2025-12-31 yi"),
    ("30 декабря", "2025-12-30 yi"),
    ("30 декабря, 10:00", "2025-12-30T10:00:00+02:00 m yi"),
    ("2 января", "2026-01-02 yi"),
    ("2 січня", "2026-01-02 yi"),
    ("1 января", "2026-01-01 yi"),
    ("29 февраля", "2028-02-29 yi"),
    ("29 лютого", "2028-02-29 yi"),
    ("31 декабря, 10:00", "2025-12-31T10:00:00+02:00 m yi"),
];
const DEC30_NEAREST: &[(&str, &str)] = &[
    ("31 декабря", "2025-12-31 yi"),
    ("31 грудня", "2025-12-31 yi"),
    ("30 декабря", "2025-12-30 yi"),
    ("2 января", "2026-01-02 yi"),
    ("2 січня", "2026-01-02 yi"),
    ("1 января", "2026-01-01 yi"),
    ("29 февраля", "2024-02-29 yi"),
    ("29 лютого", "2024-02-29 yi"),
    ("1 июля", "2025-07-01 yi"),
    ("1 июня", "2026-06-01 yi"),
];
/// Friday 2026-01-02.
const JAN2_PAST: &[(&str, &str)] = &[
    ("31 декабря", "2025-12-31 yi"),
    ("31 грудня", "2025-12-31 yi"),
    ("2 января", "2026-01-02 yi"),
    ("2 січня", "2026-01-02 yi"),
    ("3 января", "2025-01-03 yi"),
    ("1 января", "2026-01-01 yi"),
    ("29 февраля", "2024-02-29 yi"),
    ("29 лютого", "2024-02-29 yi"),
    ("31 декабря в 23:59", "2025-12-31T23:59:00+02:00 m yi"),
    ("31.12, 23:59", "2025-12-31T23:59:00+02:00 m yi"),
    ("31 грудня о 23:59", "2025-12-31T23:59:00+02:00 m yi"),
];
const JAN2_FUTURE: &[(&str, &str)] = &[
    ("31 декабря", "2026-12-31 yi"),
    ("31 грудня", "2026-12-31 yi"),
    ("2 января", "2026-01-02 yi"),
    ("2 січня", "2026-01-02 yi"),
    ("3 января", "2026-01-03 yi"),
    ("1 января", "2027-01-01 yi"),
    ("29 февраля", "2028-02-29 yi"),
    ("29 лютого", "2028-02-29 yi"),
];
const JAN2_NEAREST: &[(&str, &str)] = &[
    ("31 декабря", "2025-12-31 yi"),
    ("31 грудня", "2025-12-31 yi"),
    ("2 января", "2026-01-02 yi"),
    ("3 января", "2026-01-03 yi"),
    ("1 января", "2026-01-01 yi"),
    ("29 февраля", "2024-02-29 yi"),
    ("29 лютого", "2024-02-29 yi"),
];
/// Sunday 2025-09-07 under Future and Nearest.
const SEP7_FUTURE: &[(&str, &str)] = &[
    ("9 июля", "2026-07-09 yi"),
    ("25 декабря", "2025-12-25 yi"),
    ("7 сентября", "2025-09-07 yi"),
    ("9 липня", "2026-07-09 yi"),
    ("06.09, в 22:05", "2026-09-06T22:05:00+03:00 m yi"),
    ("1–5 сентября", "2026-09-01/2026-09-05 yi"),
];
const SEP7_NEAREST: &[(&str, &str)] = &[
    ("9 июля", "2025-07-09 yi"),
    ("25 декабря", "2025-12-25 yi"),
    ("7 сентября", "2025-09-07 yi"),
    ("25 грудня", "2025-12-25 yi"),
    ("8 сентября", "2025-09-08 yi"),
    ("6 сентября", "2025-09-06 yi"),
];
/// 2023-09-01: "2 марта" is 183 days back (2023-03-02) and 183 days ahead
/// (2024-03-02); Nearest takes the past one on a tie.
const TIE_NEAREST: &[(&str, &str)] = &[
    ("2 марта", "2023-03-02 yi"),
    ("2 березня", "2023-03-02 yi"),
    ("1 марта", "2024-03-01 yi"),
    ("3 марта", "2023-03-03 yi"),
];

/// Two-digit years: the year nearest the reference year (2025).
const TWO_DIGIT: &[(&str, &str)] = &[
    ("07.09.25", "2025-09-07"),
    ("07/09/25", "2025-09-07"),
    ("24.02.22", "2022-02-24"),
    ("01.01.76", "1976-01-01"),
    ("01.01.74", "2074-01-01"),
    ("31.12.99", "1999-12-31"),
    ("01.01.00", "2000-01-01"),
    ("15.06.50", "2050-06-15"),
    ("29.02.24", "2024-02-29"),
    ("29.02.96", "1996-02-29"),
    ("12:34, 07.09.25", "2025-09-07T12:34:00+03:00 m"),
];
/// Two-digit years from 2000.
const TWO_DIGIT_Y2K: &[(&str, &str)] =
    &[("01.01.99", "1999-01-01"), ("01.01.01", "2001-01-01"), ("31.12.60", "1960-12-31")];

// ---------------------------------------------------------------------------
// Real-text noise: case, spaces, dashes, look-alike letters, ё, apostrophes.

const NOISE: &[(&str, &str)] = &[
    ("7 СЕНТЯБРЯ 2025", "2025-09-07"),
    ("7 Сентября 2025 Г.", "2025-09-07"),
    ("7 СЕНТЯБРЯ 2025 ГОДА", "2025-09-07"),
    ("7 ВЕРЕСНЯ 2025 Р.", "2025-09-07"),
    ("7 Вересня 2025 Року", "2025-09-07"),
    ("В СЕНТЯБРЕ 2025 ГОДА", "2025-09"),
    ("У ВЕРЕСНІ 2025 РОКУ", "2025-09"),
    ("СЕНТЯБРЬ 2025", "2025-09"),
    ("15 ЯНВ 2025", "2025-01-15"),
    ("15 Січ. 2025", "2025-01-15"),
    ("НЕДІЛЯ, 7 ВЕРЕСНЯ 2025", "2025-09-07"),
    ("7\u{a0}сентября\u{a0}2025", "2025-09-07"),
    ("7\u{202f}вересня\u{202f}2025\u{a0}р.", "2025-09-07"),
    ("07.09.2025\u{a0}в\u{a0}01:15", "2025-09-07T01:15:00+03:00 m"),
    ("1\u{a0}–\u{a0}5 сентября", "2025-09-01/2025-09-05 yi"),
    ("14\u{202f}ч\u{202f}30\u{202f}мин", "2025-09-07T14:30:00+03:00 m di"),
    ("12:00\u{a0}мск", "2025-09-07T12:00:00+03:00 m di z"),
    ("7 вересня 2025\u{202f}р., 21:20", "2025-09-07T21:20:00+03:00 m"),
    ("7 сентябpя 2025", "2025-09-07"),
    ("7 ceнтября 2025", "2025-09-07"),
    ("7 вepесня 2025", "2025-09-07"),
    ("7 Bересня 2025", "2025-09-07"),
    ("15 квiтня 2025", "2025-04-15"),
    ("15 ЧЕРВНЯ 2025", "2025-06-15"),
    ("12 НОЯБ. 2024", "2024-11-12"),
    ("7 ВЕР. 2025 Р.", "2025-09-07"),
    ("7-го вересня", "2025-09-07 yi"),
    ("15 cічня 2025", "2025-01-15"),
    ("15 сiчня 2025", "2025-01-15"),
    ("1 oктября 2024", "2024-10-01"),
    ("15 мapта 2025", "2025-03-15"),
    ("12 лиcтопада 2024 p.", "2024-11-12"),
    ("7 сентября 2025 гoда", "2025-09-07"),
    ("12:00 MCK", "2025-09-07T12:00:00+03:00 m di z"),
    ("Четвёрг, 4 сентября 2025", "2025-09-04"),
    ("п'ятниця, 5 вересня 2025", "2025-09-05"),
    ("п’ятниця, 5 вересня 2025", "2025-09-05"),
    ("пʼятниця, 5 вересня 2025", "2025-09-05"),
    ("П'ЯТНИЦЯ, 5 ВЕРЕСНЯ 2025", "2025-09-05"),
    ("п’ятниця, 5 вересня 2025, 18:00", "2025-09-05T18:00:00+03:00 m"),
    ("«7 сентября 2025»", "2025-09-07"),
    ("(9 июля)", "2025-07-09 yi"),
    ("  7 сентября 2025.  ", "2025-09-07"),
    ("\u{a0}07.09.2025,\u{202f}", "2025-09-07"),
];

// ---------------------------------------------------------------------------
// Errors.

/// On Sunday 2025-09-07.
const ERRORS: &[(&str, &str)] = &[
    ("31 февраля", "!InvalidDate@0"),
    ("31 февраля 2025", "!InvalidDate@0"),
    ("29 февраля 2025", "!InvalidDate@0"),
    ("29 лютого 2025 р.", "!InvalidDate@0"),
    ("29 лютого 2023", "!InvalidDate@0"),
    ("31 сентября", "!InvalidDate@0"),
    ("31 июня 2025 года", "!InvalidDate@0"),
    ("31 червня 2025", "!InvalidDate@0"),
    ("30.02.2024", "!InvalidDate@0"),
    ("31.04.2025", "!InvalidDate@0"),
    ("13.13.2025", "!InvalidDate@0"),
    ("32.01.2025", "!InvalidDate@0"),
    ("00.01.2025", "!InvalidDate@0"),
    ("29.02.23", "!InvalidDate@0"),
    ("2025-02-29", "!InvalidDate@0"),
    ("2025-13-01", "!InvalidDate@0"),
    ("31.09, 12:00", "!InvalidDate@0"),
    ("12:00, 31 февраля 2025", "!InvalidDate@7"),
    ("31 февраля 2025, 12:00", "!InvalidDate@0"),
    ("25:61", "!InvalidTime@0"),
    ("24:00", "!InvalidTime@0"),
    ("12:60", "!InvalidTime@0"),
    ("в 25:00", "!InvalidTime"),
    ("7 сентября 25:61", "!InvalidTime@25:61"),
    ("07.09.2025, 25:00", "!InvalidTime@25:00"),
    ("25:61 7 сентября 2025", "!InvalidTime@0"),
    ("2025-09-07T25:00:00Z", "!InvalidTime"),
    ("12:00 +99:99", "!InvalidZone@+99:99"),
    ("2025-09-07T12:00:00+99:99", "!InvalidZone"),
    ("", "!Empty@0"),
    ("   ", "!Empty@0"),
    ("\u{a0}\u{202f}", "!Empty@0"),
    ("...", "!Empty@0"),
    ("9 июля абв", "!TrailingInput@абв"),
    ("7 сентября 2025 года абв", "!TrailingInput@абв"),
    ("12:00 мск xyz", "!TrailingInput@xyz"),
    ("07.09.2025 foo", "!TrailingInput@foo"),
    ("абв", "!Unrecognized@0"),
    // A bare 14.00 or 06.09: nothing beside it says what it is (the
    // offset is not pinned: "cut short" at the end is as good as 0).
    ("14.00", "!Unrecognized"),
    ("06.09", "!Unrecognized"),
    ("2021", "!Unrecognized"),
    ("в 2021", "!Unrecognized"),
    ("12:00 UTC+99", "!InvalidZone"),
    ("7 сентября 2025, 12:00 +99:99", "!InvalidZone@+99:99"),
    ("Mon, 31 Feb 2020 10:00:00 +0300", "!InvalidDate"),
    ("1–31 февраля 2025", "!InvalidDate"),
    // The written year 2025 belongs to both ends; 5 September 2025 is after
    // 1 September 2025, so there is no such range (never 2024-09-05).
    ("5–1 сентября 2025", "!InvalidDate"),
];

const ERRORS_FUTURE: &[(&str, &str)] = &[("31 февраля", "!InvalidDate@0"), ("30 лютого", "!InvalidDate@0")];

// ---------------------------------------------------------------------------
// The tests.

const FORMS: &[Group] = &[
    g("ru months", SEP7, RU_MONTHS),
    g("uk months", SEP7, UK_MONTHS),
    g("abbreviations", SEP7, ABBREVIATIONS),
    g("year markers", SEP7, YEAR_MARKERS),
    g("month + year, year", SEP7, MONTH_YEAR),
    g("numeric", SEP7, NUMERIC),
    g("iso", SEP7, ISO),
    g("rfc 2822", SEP7, RFC2822),
    g("month first", SEP7, MONTH_FIRST),
    g("weekdays", SEP7, WEEKDAYS),
    g("weekday + day.month", SEP14, WEEKDAY_DAY_MONTH),
    g("day.month + time", SEP7, DAY_MONTH_TIME),
    g("ranges", SEP7, RANGES),
    g("ranges across New Year", "2026-01-05T12:00:00+02:00", RANGES_NEW_YEAR),
    g("years named by a period", "2025-09-07T12:00:00+03:00", YEAR_PERIODS),
    g("years named by a period, New Year", "2026-01-05T12:00:00+02:00", YEAR_PERIODS_NEW_YEAR),
    g("ranges under way", "2025-09-03T12:00:00+03:00", RANGES_UNDER_WAY),
    g("noise", SEP7, NOISE),
];

const TIME_GROUPS: &[Group] = &[g("times", SEP7, TIMES), g("date + time", SEP7, DATE_TIME)];

const ZONE_GROUPS: &[Group] = &[
    g("zones, September", SEP7, ZONES_SUMMER),
    g("zones, July", JUL20, ZONES_JULY),
    g("zones, January", JAN12, ZONES_JANUARY),
    gz("output UTC", SEP7, UTC, OUT_UTC),
    gz("output Warsaw", SEP7, WARSAW, OUT_WARSAW),
    gz("output New York", SEP7, NEW_YORK, OUT_NEW_YORK),
];

const DST_GROUPS: &[Group] = &[
    gd("dst compatible", SEP7, Compatible, DST_COMPATIBLE),
    gd("dst earlier", SEP7, Earlier, DST_EARLIER),
    gd("dst later", SEP7, Later, DST_LATER),
    gd("dst reject", SEP7, Reject, DST_REJECT),
    gd("spring time compatible", SPRING25, Compatible, DST_SPRING_TIME),
    gd("spring time earlier", SPRING25, Earlier, DST_SPRING_TIME_EARLIER),
    gd("spring time later", SPRING25, Later, DST_SPRING_TIME_LATER),
    gd("spring time reject", SPRING25, Reject, DST_SPRING_TIME_REJECT),
    gd("autumn time compatible", AUTUMN25, Compatible, DST_AUTUMN_TIME),
    gd("autumn time earlier", AUTUMN25, Earlier, DST_AUTUMN_TIME_EARLIER),
    gd("autumn time later", AUTUMN25, Later, DST_AUTUMN_TIME_LATER),
    gd("autumn time reject", AUTUMN25, Reject, DST_AUTUMN_TIME_REJECT),
];

const YEAR_GROUPS: &[Group] = &[
    gp("Dec 30 past", DEC30, Past, DEC30_PAST),
    gp("Dec 30 future", DEC30, Future, DEC30_FUTURE),
    gp("Dec 30 nearest", DEC30, Nearest, DEC30_NEAREST),
    gp("Jan 2 past", JAN2, Past, JAN2_PAST),
    gp("Jan 2 future", JAN2, Future, JAN2_FUTURE),
    gp("Jan 2 nearest", JAN2, Nearest, JAN2_NEAREST),
    gp("Sep 7 future", SEP7, Future, SEP7_FUTURE),
    gp("Sep 7 nearest", SEP7, Nearest, SEP7_NEAREST),
    gp("tie nearest", TIE, Nearest, TIE_NEAREST),
    g("two-digit years", SEP7, TWO_DIGIT),
    g("two-digit years from 2000", Y2K, TWO_DIGIT_Y2K),
];

const ERROR_GROUPS: &[Group] =
    &[g("errors", SEP7, ERRORS), gp("errors, future", SEP7, Future, ERRORS_FUTURE)];

const ALL: &[&[Group]] = &[FORMS, TIME_GROUPS, ZONE_GROUPS, DST_GROUPS, YEAR_GROUPS, ERROR_GROUPS];

#[test]
fn absolute_forms() {
    run(FORMS);
}

#[test]
fn times() {
    run(TIME_GROUPS);
}

#[test]
fn zones() {
    run(ZONE_GROUPS);
}

#[test]
fn daylight_saving() {
    run(DST_GROUPS);
}

#[test]
fn year_inference() {
    run(YEAR_GROUPS);
}

#[test]
fn errors() {
    run(ERROR_GROUPS);
}

#[test]
fn at_least_300_rows() {
    let n: usize = ALL.iter().map(|gs| count(gs)).sum();
    assert!(n >= 300, "only {n} rows");
}

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
