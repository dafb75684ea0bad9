//! Resolved values and their text form (SPEC §3).

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, Offset, SecondsFormat, Timelike};
use chrono_tz::Tz;

/// How precise a value is.
///
/// ```
/// use cyrdate::{Context, Granularity};
/// let ctx = Context::new();
/// assert_eq!(ctx.parse("7 сентября 2025").unwrap().granularity, Granularity::Day);
/// assert_eq!(ctx.parse("сентябрь 2025").unwrap().granularity, Granularity::Month);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Granularity {
    /// An instant to the second (`01:15:30`, `только что`).
    Second,
    /// An instant to the minute (`01:15`).
    Minute,
    /// An instant to the hour (`в 9 утра`, `2 часа назад`).
    Hour,
    /// A calendar day.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// Two values (`1–5 сентября`, `с 10 до 11 утра`), or one and an
    /// open end (`до конца месяца`, `после 14 часов`).
    Range,
}

impl Granularity {
    /// The lower-case name the CLI's JSON prints (`"minute"`).
    ///
    /// ```
    /// assert_eq!(cyrdate::Granularity::Week.name(), "week");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Granularity::Second => "second",
            Granularity::Minute => "minute",
            Granularity::Hour => "hour",
            Granularity::Day => "day",
            Granularity::Week => "week",
            Granularity::Month => "month",
            Granularity::Year => "year",
            Granularity::Range => "range",
        }
    }
}

/// A resolved value.
///
/// ```
/// use cyrdate::{Context, Value};
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let p = Context::new().with_now(now).parse("9 июля").unwrap();
/// assert_eq!(p.value, Value::Date(chrono::NaiveDate::from_ymd_opt(2025, 7, 9).unwrap()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// An instant, in the output zone (second, minute or hour granularity).
    Instant(DateTime<Tz>),
    /// A calendar day.
    Date(NaiveDate),
    /// An ISO week, given by its Monday.
    Week(NaiveDate),
    /// A calendar month.
    Month {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
    },
    /// A calendar year.
    Year(i32),
    /// Two values, start and end (both inclusive as written: `1–5 сентября`,
    /// `с 10 до 11 утра`).
    Range(Box<Value>, Box<Value>),
    /// An interval open at its start, up to the end of the value (`до 11
    /// часов`, `до конца месяца`): printed `../2013-02` (ISO 8601-2).
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2013-02-12T04:30:00-02:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now).with_tz("America/Sao_Paulo".parse().unwrap());
    /// assert_eq!(ctx.parse("до конца месяца").unwrap().to_string(), "../2013-02");
    /// ```
    Until(Box<Value>),
    /// An interval open at its end, from the start of the value on (`после
    /// 14 часов`): printed `2013-02-12T14:00:00-02:00/..`.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2013-02-12T04:30:00-02:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now).with_tz("America/Sao_Paulo".parse().unwrap());
    /// assert_eq!(ctx.parse("после 14 часов").unwrap().to_string(), "2013-02-12T14:00:00-02:00/..");
    /// ```
    Since(Box<Value>),
}

impl Value {
    /// The calendar date of a day-level value (an instant's local date, a
    /// date), or `None` for weeks, months, years and ranges.
    ///
    /// ```
    /// let p = cyrdate::Context::new().parse("07.09.2025 01:15").unwrap();
    /// assert_eq!(p.value.first_date(), chrono::NaiveDate::from_ymd_opt(2025, 9, 7));
    /// ```
    pub fn first_date(&self) -> Option<NaiveDate> {
        match self {
            Value::Instant(t) => Some(t.date_naive()),
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Instant(t) => {
                let seconds = t.offset().fix().local_minus_utc();
                // Written by hand in the common case (a four-digit year, an
                // offset of whole minutes, no leap second): chrono's
                // formatter reads its format string on every call.
                if (0..=9999).contains(&t.year()) && seconds % 60 == 0 && t.nanosecond() < 1_000_000_000 {
                    let mut b = *b"0000-00-00T00:00:00+00:00";
                    put_date(&mut b, t.year(), t.month(), t.day());
                    put_two(&mut b[11..], t.hour());
                    put_two(&mut b[14..], t.minute());
                    put_two(&mut b[17..], t.second());
                    if seconds < 0 {
                        b[19] = b'-';
                    }
                    let minutes = seconds.unsigned_abs() / 60;
                    put_two(&mut b[20..], minutes / 60);
                    put_two(&mut b[23..], minutes % 60);
                    f.write_str(std::str::from_utf8(&b).map_err(|_| fmt::Error)?)
                } else {
                    f.write_str(&t.to_rfc3339_opts(SecondsFormat::Secs, false))
                }
            }
            Value::Date(d) if (0..=9999).contains(&d.year()) => {
                let mut b = *b"0000-00-00";
                put_date(&mut b, d.year(), d.month(), d.day());
                f.write_str(std::str::from_utf8(&b).map_err(|_| fmt::Error)?)
            }
            Value::Date(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Value::Week(d) => {
                let w = d.iso_week();
                write!(f, "{:04}-W{:02}", w.year(), w.week())
            }
            Value::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Value::Year(y) => write!(f, "{y:04}"),
            Value::Range(a, b) => write!(f, "{a}/{b}"),
            Value::Until(b) => write!(f, "../{b}"),
            Value::Since(a) => write!(f, "{a}/.."),
        }
    }
}

/// Writes `n` (below 100) as two digits at the start of `b`.
fn put_two(b: &mut [u8], n: u32) {
    b[0] = b'0' + (n / 10 % 10) as u8;
    b[1] = b'0' + (n % 10) as u8;
}

/// Writes `YYYY-MM-DD` (a year of 0 to 9999) at the start of `b`.
fn put_date(b: &mut [u8], year: i32, month: u32, day: u32) {
    let y = year.unsigned_abs();
    put_two(b, y / 100);
    put_two(&mut b[2..], y % 100);
    put_two(&mut b[5..], month);
    put_two(&mut b[8..], day);
}

/// What was guessed or noticed while resolving; the names are those of
/// SPEC §3 and of the CLI's `--json`.
///
/// ```
/// let p = cyrdate::Context::new().parse("14:30").unwrap();
/// assert!(p.flags.date_inferred);
/// assert_eq!(p.flags.names().collect::<Vec<_>>(), ["date_inferred"]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// The year was not written.
    pub year_inferred: bool,
    /// A time without a date: the date is the reference date.
    pub date_inferred: bool,
    /// Computed from the reference time (`вчера`, `5 минут назад`).
    pub relative: bool,
    /// The text named the zone (`мск`, `UTC+3`).
    pub zone_from_text: bool,
    /// The local time happens twice (clocks went back).
    pub ambiguous: bool,
    /// The local time never happens (clocks went forward).
    pub skipped: bool,
    /// The written weekday contradicts the date; the date wins.
    pub weekday_mismatch: bool,
}

impl Flags {
    /// Every flag with its name, in the order of SPEC §3.
    ///
    /// ```
    /// let all = cyrdate::Flags::default().all();
    /// assert_eq!(all.len(), 7);
    /// assert_eq!(all[0], ("year_inferred", false));
    /// ```
    pub fn all(&self) -> [(&'static str, bool); 7] {
        [
            ("year_inferred", self.year_inferred),
            ("date_inferred", self.date_inferred),
            ("relative", self.relative),
            ("zone_from_text", self.zone_from_text),
            ("ambiguous", self.ambiguous),
            ("skipped", self.skipped),
            ("weekday_mismatch", self.weekday_mismatch),
        ]
    }

    /// The names of the flags that are set.
    ///
    /// ```
    /// let f = cyrdate::Flags { relative: true, ..Default::default() };
    /// assert_eq!(f.names().collect::<Vec<_>>(), ["relative"]);
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        self.all().into_iter().filter(|(_, on)| *on).map(|(n, _)| n)
    }
}

/// A part of the day written beside a day (`вчера вечером`, `у понеділок
/// вранці`): the value stays the day, and this says which part of it.
///
/// ```
/// use cyrdate::{Context, PartOfDay};
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let p = Context::new().with_now(now).parse("вчера вечером").unwrap();
/// assert_eq!(p.to_string(), "2025-09-06");
/// assert_eq!(p.part_of_day, Some(PartOfDay::Evening));
/// assert_eq!(PartOfDay::Evening.name(), "evening");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    /// `ночью`, `вночі`.
    Night,
    /// `утром`, `вранці`, `зранку`.
    Morning,
    /// `днём`, `вдень`.
    Day,
    /// `вечером`, `ввечері`.
    Evening,
}

impl PartOfDay {
    /// The name SPEC §3 gives it (`"evening"`), as `--json` prints it.
    ///
    /// ```
    /// assert_eq!(cyrdate::PartOfDay::Night.name(), "night");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            PartOfDay::Night => "night",
            PartOfDay::Morning => "morning",
            PartOfDay::Day => "day",
            PartOfDay::Evening => "evening",
        }
    }
}

/// A date expression resolved: its value, how precise it is, the instants
/// that bound it, and the flags.
///
/// `Display` prints the value in the SPEC §3 format.
///
/// ```
/// use cyrdate::{Context, Granularity};
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let p = Context::new().with_now(now).parse("9 июля").unwrap();
/// assert_eq!(p.to_string(), "2025-07-09");
/// assert_eq!(p.granularity, Granularity::Day);
/// assert_eq!(p.start.to_rfc3339(), "2025-07-09T00:00:00+03:00");
/// assert_eq!(p.end.to_rfc3339(), "2025-07-10T00:00:00+03:00");
/// assert!(p.flags.year_inferred);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parsed {
    /// The value.
    pub value: Value,
    /// Its precision.
    pub granularity: Granularity,
    /// The first instant the value covers. For an interval open at its
    /// start ([`Value::Until`]: `до 11 часов`) there is none: `start` is
    /// then the first instant cyrdate handles, midnight of 0001-01-01 in
    /// the output zone, so that `start <= t && t < end` still tells whether
    /// `t` is inside.
    pub start: DateTime<Tz>,
    /// The first instant after it (exclusive end). For an interval open at
    /// its end ([`Value::Since`]: `после 14 часов`) it is the last second
    /// cyrdate handles, 9999-12-31T23:59:59 in the output zone.
    pub end: DateTime<Tz>,
    /// What was guessed or noticed.
    pub flags: Flags,
    /// The part of the day written beside the day, if any.
    pub part_of_day: Option<PartOfDay>,
}

impl Parsed {
    /// The value as an instant: the instant itself, or the start of a day,
    /// week, month, year or range.
    ///
    /// ```
    /// let p = cyrdate::Context::new().parse("7 вересня 2025 р., 21:20").unwrap();
    /// assert_eq!(p.instant().to_rfc3339(), "2025-09-07T21:20:00+03:00");
    /// ```
    pub fn instant(&self) -> DateTime<Tz> {
        match &self.value {
            Value::Instant(t) => *t,
            _ => self.start,
        }
    }
}

impl fmt::Display for Parsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDateTime, TimeZone};

    /// The hand-written `Display` of instants and days prints what
    /// chrono's own formatters print, in zones of every kind of offset
    /// (negative, half and three-quarter hours, local mean time of
    /// seconds) and at the ends of the years chrono can hold.
    #[test]
    fn display_matches_chrono() {
        let zones: [Tz; 7] = [
            chrono_tz::Europe::Kyiv,
            chrono_tz::UTC,
            chrono_tz::America::St_Johns,
            chrono_tz::Asia::Kathmandu,
            chrono_tz::America::New_York,
            chrono_tz::Pacific::Apia,
            chrono_tz::Europe::Dublin,
        ];
        let stamps = [
            "0001-01-01T00:00:00",
            "1899-12-31T23:59:59",
            "1970-01-01T00:00:00",
            "2025-03-30T01:30:00",
            "2025-10-26T03:30:15",
            "2026-12-03T13:05:09",
            "9999-12-31T23:59:59",
        ];
        for tz in zones {
            for s in stamps {
                let utc = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").unwrap();
                let t = tz.from_utc_datetime(&utc);
                let want = t.to_rfc3339_opts(SecondsFormat::Secs, false);
                assert_eq!(Value::Instant(t).to_string(), want, "{tz} {s}");
                let d = t.date_naive();
                assert_eq!(Value::Date(d).to_string(), d.format("%Y-%m-%d").to_string(), "{tz} {s}");
            }
        }
        for d in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(-1, 12, 31).unwrap()] {
            assert_eq!(Value::Date(d).to_string(), d.format("%Y-%m-%d").to_string());
        }
    }
}
