//! The checks behind cyrdate's fuzz targets, shared with the stable
//! regression tests (`tests/fuzz_regressions.rs` includes this file with
//! `#[path]`), so that a crash found by a fuzzer is replayed by exactly the
//! code that found it.
//!
//! Every function panics (with a message naming the input) when an
//! invariant does not hold; none of them uses anything but cyrdate's public
//! API, chrono and chrono-tz.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use cyrdate::{Context, Disambiguation, Piece, Prefer, Stream, Value};

/// The zones a fuzzed context is resolved in: Kyiv and Moscow, UTC, zones
/// with DST on either hemisphere, and the odd offsets (half hours, 45
/// minutes, Lord Howe's 30-minute DST).
pub const ZONES: [Tz; 10] = [
    chrono_tz::Europe::Kyiv,
    chrono_tz::Europe::Moscow,
    chrono_tz::UTC,
    chrono_tz::America::New_York,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Australia::Lord_Howe,
    chrono_tz::Pacific::Chatham,
    chrono_tz::America::St_Johns,
    chrono_tz::Europe::London,
    chrono_tz::Asia::Tehran,
];

/// 0001-01-02T00:00:00Z: a day after the first instant of year 1, so that
/// the reference date is in years 1..=9999 in every zone.
pub const MIN_SECS: i64 = -62_135_510_400;
/// 9999-12-30T23:59:59Z: a day before the last instant of year 9999.
pub const MAX_SECS: i64 = 253_402_214_399;
/// 2025-09-07T12:00:00+03:00, the reference instant of SPEC §1's examples.
pub const REF_SECS: i64 = 1_757_235_600;

/// The fuzzing configuration drawn from an input: a reference instant, an
/// output zone and a chunk size. It is read from the input's last eight
/// bytes, so that a whole input is still the text under test (a seed file
/// is plain text) while the fuzzer can still steer the configuration.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// The reference instant, seconds since the epoch, within years 1..=9999
    /// (a day in from either end).
    pub now_secs: i64,
    /// The output zone.
    pub tz: Tz,
    /// The stream's chunk size, 1..=4096.
    pub chunk: usize,
}

impl Config {
    /// The configuration of an input. Half the inputs get a reference
    /// instant within about a year of 2025-09-07, the other half one
    /// anywhere in years 1..=9999.
    pub fn of(data: &[u8]) -> Config {
        let mut tail = [0u8; 8];
        let n = data.len().min(8);
        tail[..n].copy_from_slice(&data[data.len() - n..]);
        let x = u64::from_le_bytes(tail);
        let tz = ZONES[(x % 10) as usize];
        let chunk = 1 + ((x >> 8) % 4096) as usize;
        let r = x >> 4;
        let now_secs = if r & 1 == 0 {
            let span = 2 * 400 * 86_400;
            REF_SECS - 400 * 86_400 + ((r >> 1) % span) as i64
        } else {
            MIN_SECS + ((r >> 1) % (MAX_SECS - MIN_SECS + 1) as u64) as i64
        };
        Config { now_secs, tz, chunk }
    }

    /// The reference instant.
    pub fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp(self.now_secs, 0).expect("reference instant in range")
    }

    /// A context at this configuration's instant and zone.
    pub fn context(&self) -> Context {
        Context::new().with_now(self.now()).with_tz(self.tz)
    }
}

/// Whether the check `name` is switched off by the environment variable
/// `CYRDATE_FUZZ_SKIP` (a comma-separated list: `year-range`, `weekday`),
/// so that fuzzing can look past a known, unfixed bug. Nothing is skipped
/// by default.
pub fn skipped(name: &str) -> bool {
    static SKIP: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("CYRDATE_FUZZ_SKIP")
            .unwrap_or_default()
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    })
    .iter()
    .any(|s| s == name)
}

/// Shows an input for a panic message, short.
fn show(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    match s.char_indices().nth(120) {
        Some((i, _)) => format!("{:?}… ({} bytes)", &s[..i], bytes.len()),
        None => format!("{s:?}"),
    }
}

/// Whether `s` has the shape of `pat`, where `9` stands for an ASCII digit.
fn shaped(s: &str, pat: &str) -> bool {
    s.len() == pat.len()
        && s.bytes().zip(pat.bytes()).all(|(c, p)| if p == b'9' { c.is_ascii_digit() } else { c == p })
}

/// A value printed as SPEC §3 says: RFC 3339 instants (that read back to
/// the same instant), `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`, two of
/// them joined by `/`, or one with `..` for an open end; every year in
/// 1..=9999 (the README's decision).
pub fn check_value(v: &Value, what: &dyn Fn() -> String) {
    let s = v.to_string();
    let year = match v {
        Value::Instant(t) => t.year(),
        Value::Date(d) => d.year(),
        Value::Week(d) => d.iso_week().year(),
        Value::Month { year, .. } | Value::Year(year) => *year,
        Value::Range(a, b) => {
            assert!(!matches!(**a, Value::Range(..)) && !matches!(**b, Value::Range(..)), "nested range {s}");
            check_value(a, what);
            check_value(b, what);
            return;
        }
        // An open interval: `../B` or `A/..`, the closed end a value.
        Value::Until(b) => {
            assert!(s.starts_with("../") && !matches!(**b, Value::Until(_) | Value::Since(_)), "open {s}");
            check_value(b, what);
            return;
        }
        Value::Since(a) => {
            assert!(s.ends_with("/..") && !matches!(**a, Value::Until(_) | Value::Since(_)), "open {s}");
            check_value(a, what);
            return;
        }
    };
    if !(1..=9999).contains(&year) {
        assert!(skipped("year-range"), "{s} is outside years 1..=9999: {}", what());
        return;
    }
    match v {
        Value::Instant(t) => {
            let back = DateTime::parse_from_rfc3339(&s)
                .unwrap_or_else(|e| panic!("instant {s} is not RFC 3339 ({e}): {}", what()));
            // RFC 3339 offsets are whole minutes: a local mean time offset
            // (Kyiv's +02:02:04 before 1924) prints rounded to the minute.
            // Fractions of a second (`12:00:00.5`) are kept in the instant
            // but not printed.
            let off = t.offset().fix().local_minus_utc();
            let local = t.naive_local().with_nanosecond(0).expect("0 is a valid nanosecond");
            assert!(
                back.naive_local() == local && (back.offset().local_minus_utc() - off).abs() <= 30,
                "instant {s} reads back as another local time or offset ({back}, {off} s): {}",
                what()
            );
        }
        Value::Date(_) => assert!(shaped(&s, "9999-99-99"), "day {s}: {}", what()),
        Value::Week(_) => assert!(shaped(&s, "9999-W99"), "week {s}: {}", what()),
        Value::Month { month, .. } => {
            assert!((1..=12).contains(month) && shaped(&s, "9999-99"), "month {s}: {}", what())
        }
        Value::Year(_) => assert!(shaped(&s, "9999"), "year {s}: {}", what()),
        Value::Range(..) | Value::Until(_) | Value::Since(_) => unreachable!("handled above"),
    }
}

/// Target `parse`: parses `text` under every preference and DST policy at
/// `now` in `tz`. On success the value must print in the SPEC §3 format
/// ([`check_value`]) and its interval must be non-empty; on failure the
/// error must print and point into the text.
/// Returns each context's outcome (the value, or the error kind's name).
pub fn check_parse(text: &str, now: DateTime<Utc>, tz: Tz) -> Vec<Result<String, &'static str>> {
    let mut out = Vec::with_capacity(12);
    for prefer in Prefer::ALL {
        for d in Disambiguation::ALL {
            let ctx = Context::new().with_now(now).with_tz(tz).with_prefer(prefer).with_disambiguation(d);
            match ctx.parse(text) {
                Ok(p) => {
                    let value = p.to_string();
                    let what = || format!("{} ({prefer:?}, {d:?}, now {now}, {tz})", show(text.as_bytes()));
                    check_value(&p.value, &what);
                    assert!(
                        p.start < p.end,
                        "empty interval [{}, {}) for {} = {value} ({prefer:?}, {d:?}, now {now}, {tz})",
                        p.start,
                        p.end,
                        show(text.as_bytes()),
                    );
                    out.push(Ok(value));
                }
                Err(e) => {
                    let _ = e.to_string();
                    assert!(
                        e.offset() <= text.len() && text.is_char_boundary(e.offset()),
                        "error offset {} is not a char boundary of {} ({e})",
                        e.offset(),
                        show(text.as_bytes()),
                    );
                    out.push(Err(e.kind().name()));
                }
            }
        }
    }
    out
}

/// The valid UTF-8 runs of `bytes`: `(start, end)`.
pub fn utf8_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        match std::str::from_utf8(&bytes[pos..]) {
            Ok(_) => {
                runs.push((pos, bytes.len()));
                break;
            }
            Err(e) => {
                let v = e.valid_up_to();
                if v > 0 {
                    runs.push((pos, pos + v));
                }
                pos += v + e.error_len().unwrap_or(bytes.len() - pos - v).max(1);
            }
        }
    }
    runs
}

/// One match, owned: `(start, end, value)`.
pub type Found = (usize, usize, String);

/// Target `extract`: the matches of `bytes` are in order, do not overlap,
/// are non-empty, lie inside one valid UTF-8 run on character boundaries,
/// and their text is the bytes they cover. Returns them.
pub fn check_extract(ctx: &Context, bytes: &[u8]) -> Vec<Found> {
    let runs = utf8_runs(bytes);
    let mut out: Vec<Found> = Vec::new();
    for m in ctx.extract_bytes(bytes) {
        let what = || format!("match {}..{} {:?} in {}", m.start, m.end, m.text, show(bytes));
        assert!(m.start < m.end && m.end <= bytes.len(), "bad span: {}", what());
        if let Some(prev) = out.last() {
            assert!(
                prev.1 <= m.start,
                "overlaps or precedes the previous match {}..{}: {}",
                prev.0,
                prev.1,
                what()
            );
        }
        let run = runs.iter().find(|r| r.0 <= m.start && m.end <= r.1);
        let &(a, b) = run.unwrap_or_else(|| panic!("not inside one valid UTF-8 run: {}", what()));
        let s = std::str::from_utf8(&bytes[a..b]).expect("valid run");
        assert!(
            s.is_char_boundary(m.start - a) && s.is_char_boundary(m.end - a),
            "not on char boundaries: {}",
            what()
        );
        assert_eq!(&bytes[m.start..m.end], m.text.as_bytes(), "text differs from the bytes: {}", what());
        let value = m.parsed.to_string();
        check_value(&m.parsed.value, &what);
        assert!(m.parsed.start < m.parsed.end, "empty interval: {}", what());
        out.push((m.start, m.end, value));
    }
    out
}

/// Target `normalise`: streams `bytes` through [`Stream`] in chunks of
/// `chunk` bytes, writes the annotated output (`text [value]` for a date),
/// strips the annotations again and compares with the input byte for byte;
/// the stream's dates must be exactly `extract_bytes`' on the whole input.
/// Returns the annotated output.
pub fn check_normalise(ctx: &Context, bytes: &[u8], chunk: usize) -> Vec<u8> {
    let chunk = chunk.max(1);
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() * 2);
    // (position in `out` of the annotation, its length)
    let mut notes: Vec<(usize, usize)> = Vec::new();
    let mut dates: Vec<Found> = Vec::new();
    let mut offset = 0usize; // stream offset of the next byte handed out
    let mut sink = |p: Piece<'_>| -> std::io::Result<()> {
        match p {
            Piece::Text(t) => {
                out.extend_from_slice(t);
                offset += t.len();
            }
            Piece::Date(m) => {
                assert_eq!(
                    m.start,
                    offset,
                    "date {:?} at {}..{} does not start where the previous piece ended in {}",
                    m.text,
                    m.start,
                    m.end,
                    show(bytes)
                );
                assert_eq!(m.end - m.start, m.text.len(), "span and text length differ for {:?}", m.text);
                out.extend_from_slice(m.text.as_bytes());
                let note = format!(" [{}]", m.parsed);
                notes.push((out.len(), note.len()));
                out.extend_from_slice(note.as_bytes());
                offset = m.end;
                dates.push((m.start, m.end, m.parsed.to_string()));
            }
        }
        Ok(())
    };
    let mut stream = Stream::new(*ctx);
    for piece in bytes.chunks(chunk) {
        stream.feed(piece, &mut sink).expect("sink never fails");
    }
    stream.finish(&mut sink).expect("sink never fails");

    let mut back = Vec::with_capacity(bytes.len());
    let mut pos = 0;
    for &(at, len) in &notes {
        back.extend_from_slice(&out[pos..at]);
        pos = at + len;
    }
    back.extend_from_slice(&out[pos..]);
    if back != bytes {
        let diff = back.iter().zip(bytes).position(|(a, b)| a != b).unwrap_or(back.len().min(bytes.len()));
        panic!(
            "stream output differs from the input at byte {diff} (chunk {chunk}; out {} bytes, in {}): {}",
            back.len(),
            bytes.len(),
            show(bytes)
        );
    }
    let whole = check_extract(ctx, bytes);
    assert_eq!(dates, whole, "stream (chunk {chunk}) and extract_bytes differ on {}", show(bytes));
    out
}

/// Month names and spellings for the round trip.
const RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const RU_ABBR: [&str; 12] =
    ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
const RU_ABBR_DOT: [&str; 12] =
    ["янв.", "фев.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];
const UK_GENITIVE: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];
const UK_NOMINATIVE: [&str; 12] = [
    "Січень",
    "Лютий",
    "Березень",
    "Квітень",
    "Травень",
    "Червень",
    "Липень",
    "Серпень",
    "Вересень",
    "Жовтень",
    "Листопад",
    "Грудень",
];
const UK_ABBR_UPPER: [&str; 12] =
    ["СІЧ", "ЛЮТ", "БЕР", "КВІТ", "ТРАВ", "ЧЕРВ", "ЛИП", "СЕРП", "ВЕР", "ЖОВТ", "ЛИСТ", "ГРУД"];
const RU_WEEKDAY_ABBR: [&str; 7] = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"];
const UK_WEEKDAY: [&str; 7] = ["понеділок", "вівторок", "середа", "четвер", "п’ятниця", "субота", "неділя"];
const EN_WEEKDAY: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const EN_MONTH: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// How many page styles [`render`] knows.
pub const STYLES: usize = 14;

/// The kind of value a style's text has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A local time in the output zone (Europe/Kyiv).
    Local,
    /// A time at a fixed UTC offset (seconds east).
    Fixed(i32),
    /// A day.
    Day,
}

/// Renders a local date and time in page style `style` (mod [`STYLES`]),
/// with `space` (0 ordinary, 1 U+00A0, 2 U+202F) between words and, when
/// `upper`, in capitals (letter-bearing styles only). Returns the text and
/// what it means.
pub fn render(t: NaiveDateTime, style: usize, space: usize, upper: bool) -> (String, Expect) {
    let (y, mo, d) = (t.year(), t.month0() as usize, t.day());
    let (h, mi) = (t.hour(), t.minute());
    let wd = t.weekday().num_days_from_monday() as usize;
    let hm = format!("{h:02}:{mi:02}");
    let (text, expect, letters) = match style % STYLES {
        0 => (format!("{hm} {d:02} {} {y}", RU_ABBR[mo]), Expect::Local, true),
        1 => (format!("{d} {} {y} г., {hm}", RU_GENITIVE[mo]), Expect::Local, true),
        2 => (format!("{d} {} {y} р. о {hm}", UK_GENITIVE[mo]), Expect::Local, true),
        3 => (format!("{d:02}.{:02}.{y} в {hm}", mo + 1), Expect::Local, true),
        4 => (format!("{y}-{:02}-{d:02}T{hm}:00+03:00", mo + 1), Expect::Fixed(3 * 3600), false),
        5 => (format!("{} {d}, {y}", UK_NOMINATIVE[mo]), Expect::Day, true),
        6 => (format!("{d:02}/{:02}/{y} {hm}", mo + 1), Expect::Local, false),
        7 => (format!("{}, {d} {} {y} г., {hm}", RU_WEEKDAY_ABBR[wd], RU_ABBR_DOT[mo]), Expect::Local, true),
        8 => (format!("{d:02} {}. {y}", UK_ABBR_UPPER[mo]), Expect::Day, true),
        9 => (format!("{d} {} {y} года. {hm}", RU_GENITIVE[mo]), Expect::Local, true),
        10 => (format!("{}, {d} {} {y}", UK_WEEKDAY[wd], UK_GENITIVE[mo]), Expect::Day, true),
        11 => (format!("{hm}, {d} {} {y} р.", UK_GENITIVE[mo]), Expect::Local, true),
        12 => (
            format!("{}, {d:02} {} {y} {hm}:00 +0200", EN_WEEKDAY[wd], EN_MONTH[mo]),
            Expect::Fixed(2 * 3600),
            false,
        ),
        _ => (format!("{y}-{:02}-{d:02} {hm}", mo + 1), Expect::Local, false),
    };
    let sp = [" ", "\u{a0}", "\u{202f}"][space % 3];
    let mut text = if sp == " " { text } else { text.replace(' ', sp) };
    if upper && letters {
        text = text.to_uppercase();
    }
    (text, expect)
}

/// What a local time in `tz` is under the compatible policy: the instant,
/// and whether it was ambiguous (happens twice: the earlier instant) or
/// skipped (never happens: moved forward by the gap, i.e. read with the
/// offset in force before the gap).
pub fn compatible(tz: Tz, t: NaiveDateTime) -> (DateTime<Tz>, bool, bool) {
    match tz.from_local_datetime(&t) {
        chrono::LocalResult::Single(d) => (d, false, false),
        chrono::LocalResult::Ambiguous(a, b) => (a.min(b), true, false),
        chrono::LocalResult::None => {
            let before = tz.from_utc_datetime(&(t - TimeDelta::days(1))).offset().fix();
            let utc = t - TimeDelta::seconds(i64::from(before.local_minus_utc()));
            (tz.from_utc_datetime(&utc), false, true)
        }
    }
}

/// Target `roundtrip`: renders `t` in `style`, parses it back in
/// Europe/Kyiv and compares with the value chrono gives. Returns the text.
pub fn check_roundtrip(t: NaiveDateTime, style: usize, space: usize, upper: bool) -> String {
    let kyiv = chrono_tz::Europe::Kyiv;
    let (text, expect) = render(t, style, space, upper);
    let now = DateTime::from_timestamp(REF_SECS, 0).expect("in range");
    let ctx = Context::new().with_now(now).with_tz(kyiv);
    let p = match ctx.parse(&text) {
        Ok(p) => p,
        Err(e) => panic!("{text:?} (style {}) does not parse: {e} ({:?})", style % STYLES, e.kind()),
    };
    let (want, ambiguous, skipped) = match expect {
        Expect::Day => (t.date().format("%Y-%m-%d").to_string(), false, false),
        Expect::Fixed(secs) => {
            let off = chrono::FixedOffset::east_opt(secs).expect("offset");
            let d = off.from_local_datetime(&t).single().expect("fixed offsets are never ambiguous");
            (d.with_timezone(&kyiv).to_rfc3339_opts(chrono::SecondsFormat::Secs, false), false, false)
        }
        Expect::Local => {
            let (d, a, s) = compatible(kyiv, t);
            (d.to_rfc3339_opts(chrono::SecondsFormat::Secs, false), a, s)
        }
    };
    let got = p.to_string();
    assert_eq!(got, want, "{text:?} (style {}) parsed to {got}, chrono says {want}", style % STYLES);
    let mismatch = p.flags.weekday_mismatch && !self::skipped("weekday");
    assert_eq!(
        (p.flags.ambiguous, p.flags.skipped, mismatch, p.flags.year_inferred),
        (ambiguous, skipped, false, false),
        "{text:?} (style {}): flags {:?}",
        style % STYLES,
        p.flags
    );
    text
}

/// The local date and time the `roundtrip` target draws from five
/// integers: years 1990..=2060, any valid month, day, hour and minute.
pub fn instant_of(year: u8, month: u8, day: u8, hour: u8, minute: u8) -> NaiveDateTime {
    let y = 1990 + i32::from(year) % 71;
    let m = 1 + u32::from(month) % 12;
    let first = NaiveDate::from_ymd_opt(y, m, 1).expect("valid month");
    let days =
        first.checked_add_months(chrono::Months::new(1)).expect("in range").signed_duration_since(first);
    let d = 1 + u32::from(day) % days.num_days() as u32;
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(u32::from(hour) % 24, u32::from(minute) % 60, 0))
        .expect("valid date and time")
}

/// Target `agree`: extraction and `parse` agree. Every match in arbitrary
/// bytes, its text parsed alone in the same context, gives the match's
/// value, granularity, bounds, flags and part of the day.
pub fn check_agree(ctx: &Context, bytes: &[u8]) {
    for m in ctx.extract_bytes(bytes) {
        match ctx.parse(m.text) {
            Ok(p) if p == m.parsed => {}
            Ok(p) => panic!(
                "{:?}: extraction gives {} ({:?}), parse gives {} ({:?})",
                m.text, m.parsed, m.parsed.flags, p, p.flags
            ),
            Err(e) => panic!("{:?}: extraction gives {}, parse fails: {e}", m.text, m.parsed),
        }
    }
}

const RU_QUARTER_ORDINAL: [&str; 4] = ["первом", "втором", "третьем", "четвертом"];
const UK_QUARTER_ORDINAL: [&str; 4] = ["першому", "другому", "третьому", "четвертому"];
const ROMAN: [&str; 21] = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
    "XVII", "XVIII", "XIX", "XX", "XXI",
];
const RU_SEASON: [&str; 4] = ["зимой", "весной", "летом", "осенью"];
const UK_SEASON: [&str; 4] = ["взимку", "навесні", "влітку", "восени"];

/// Orthodox Easter by Gauss's formula for the Julian calendar, moved to
/// the Gregorian one: an oracle written apart from the crate's computus.
pub fn easter_oracle(y: i32) -> NaiveDate {
    let a = y % 19;
    let b = y % 4;
    let c = y % 7;
    let d = (19 * a + 15) % 30;
    let e = (2 * b + 4 * c + 6 * d + 6) % 7;
    // Days after 21 March (Julian), then the calendars' difference.
    let julian_march_22 =
        NaiveDate::from_ymd_opt(y, 3, 22).expect("valid") + TimeDelta::days(i64::from(d + e));
    julian_march_22 + TimeDelta::days(i64::from(y / 100 - y / 400 - 2))
}

/// Target `wider`: a §6 span or holiday with a written year, rendered in
/// one of several Russian and Ukrainian forms, parsed back: the value must
/// be what the calendar says. `kind` picks the family, `n` which one of it,
/// `year` the year (1901..=2100), `form` the spelling.
pub fn check_wider(kind: u8, n: u8, year: u16, form: u8, upper: bool) -> String {
    let y = 1901 + i32::from(year % 200);
    let form = usize::from(form);
    let (text, want) = match kind % 5 {
        0 => {
            // Quarters: months 3q-2..3q.
            let q = usize::from(n % 4);
            let text = match form % 5 {
                0 => format!("во {} квартале {y} года", ROMAN[q]),
                1 => format!("у {} кварталі {y} року", ROMAN[q].replace('I', "І")),
                2 => format!("в {} квартале {y} г.", RU_QUARTER_ORDINAL[q]),
                3 => format!("у {} кварталі {y} р.", UK_QUARTER_ORDINAL[q]),
                _ => format!("Q{} {y}", q + 1),
            };
            (text, format!("{y}-{:02}/{y}-{:02}", 3 * q + 1, 3 * q + 3))
        }
        1 => {
            // Half-years.
            let h = usize::from(n % 2);
            let text = match form % 2 {
                0 => format!("за {} полугодие {y} года", ROMAN[h]),
                _ => format!("у {} півріччі {y} року", UK_QUARTER_ORDINAL[h]),
            };
            (text, format!("{y}-{:02}/{y}-{:02}", 6 * h + 1, 6 * h + 6))
        }
        2 => {
            // Seasons; winter is named by the year of its January.
            let s = usize::from(n % 4);
            let text = match form % 2 {
                0 => format!("{} {y} года", RU_SEASON[s]),
                _ => format!("{} {y} року", UK_SEASON[s]),
            };
            let want = match s {
                0 => format!("{}-12/{y}-02", y - 1),
                s => format!("{y}-{:02}/{y}-{:02}", 3 * s, 3 * s + 2),
            };
            (text, want)
        }
        3 => {
            // Decades (four digits) and centuries (Roman numerals).
            if form % 2 == 0 {
                let d = y - y % 10;
                let text = if form % 4 == 0 {
                    format!("в {d}-х годах")
                } else {
                    format!("у {d}-ті роки")
                };
                (text, format!("{d}/{}", d + 9))
            } else {
                let c = 1 + usize::from(n % 21);
                let text = if form % 4 == 1 {
                    format!("в {} веке", ROMAN[c - 1])
                } else {
                    format!("у {} столітті", ROMAN[c - 1].replace('I', "І").replace('X', "Х"))
                };
                (text, format!("{:04}/{:04}", (c - 1) * 100 + 1, c * 100))
            }
        }
        _ => {
            // Holidays with a year.
            let (text, d) = match n % 5 {
                0 => ("Новый год".to_string(), NaiveDate::from_ymd_opt(y, 1, 1)),
                1 => ("Рождество".to_string(), NaiveDate::from_ymd_opt(y, 1, 7)),
                2 => (
                    "Різдво".to_string(),
                    NaiveDate::from_ymd_opt(
                        y,
                        if y <= 2022 { 1 } else { 12 },
                        if y <= 2022 { 7 } else { 25 },
                    ),
                ),
                3 => (if form % 2 == 0 { "Пасха" } else { "Великдень" }.to_string(), Some(easter_oracle(y))),
                _ => ("День Незалежності".to_string(), NaiveDate::from_ymd_opt(y, 8, 24)),
            };
            let d = d.expect("valid");
            (format!("{text} {y}"), d.format("%Y-%m-%d").to_string())
        }
    };
    let text = if upper { text.to_uppercase() } else { text };
    let now = DateTime::from_timestamp(REF_SECS, 0).expect("in range");
    let ctx = Context::new().with_now(now);
    match ctx.parse(&text) {
        Ok(p) if p.to_string() == want => {}
        Ok(p) => panic!("{text:?}: expected {want}, got {p}"),
        Err(e) => panic!("{text:?}: expected {want}, got error {e}"),
    }
    text
}
