//! Resolution: a syntax value and a [`Context`] in, chrono values out.
//!
//! This layer never reads text. It applies the year rule, relative
//! arithmetic (all of it checked: no input panics or wraps), written zones
//! and the daylight-saving policy.

use chrono::{
    DateTime, Datelike, Days, FixedOffset, LocalResult, Months, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    TimeDelta, TimeZone, Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, ErrorKind};
use crate::lexicon::{Shift, Unit, ZoneId};
use crate::syntax::{Amount, Calendar, DateExpr, Expr, TimeExpr, WeekdayExpr, YearExpr, ZoneExpr};
use crate::value::{Flags, Granularity, Parsed, Value};

/// Which date a text without a year (or a weekday alone) means.
///
/// ```
/// use cyrdate::{Context, Prefer};
/// let ctx = Context::new().with_now(chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap());
/// assert_eq!(ctx.parse("25 декабря").unwrap().to_string(), "2024-12-25");
/// let ctx = ctx.with_prefer(Prefer::Future);
/// assert_eq!(ctx.parse("25 декабря").unwrap().to_string(), "2025-12-25");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Prefer {
    /// The most recent such date not after the reference date (news speaks
    /// of the past). The default.
    #[default]
    Past,
    /// The earliest such date not before the reference date.
    Future,
    /// The closer of the two; the past one on a tie.
    Nearest,
}

/// What to do with a local time that happens twice (clocks go back) or
/// never (clocks go forward). The result's flags say which case it was.
///
/// ```
/// use cyrdate::{Context, Disambiguation, ErrorKind};
/// let ctx = Context::new();
/// let p = ctx.parse("31 березня 2024, 03:30").unwrap();
/// assert_eq!(p.to_string(), "2024-03-31T04:30:00+03:00");
/// assert!(p.flags.skipped);
/// let ctx = ctx.with_disambiguation(Disambiguation::Reject);
/// assert_eq!(ctx.parse("31 березня 2024, 03:30").unwrap_err().kind(), ErrorKind::Skipped);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Disambiguation {
    /// Twice: the earlier instant. Never: moved forward by the length of
    /// the gap (03:30 on a spring-forward day is 04:30). The default.
    #[default]
    Compatible,
    /// Twice: the earlier instant. Never: the instant just before the gap,
    /// read with the offset after it (03:30 is 02:30).
    Earlier,
    /// Twice: the later instant. Never: as `Compatible`.
    Later,
    /// Either case is an error.
    Reject,
}

/// Everything resolution needs besides the text: the reference instant,
/// the output zone, the year preference and the DST policy.
///
/// The default is the current instant, `Europe/Kyiv`, [`Prefer::Past`] and
/// [`Disambiguation::Compatible`].
///
/// ```
/// use cyrdate::{Context, Prefer, Disambiguation};
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let ctx = Context::new()
///     .with_now(now)
///     .with_tz(chrono_tz::Europe::Kyiv)
///     .with_prefer(Prefer::Past)
///     .with_disambiguation(Disambiguation::Compatible);
/// assert_eq!(ctx.parse("01:15 07 сен 2025").unwrap().to_string(), "2025-09-07T01:15:00+03:00");
/// assert_eq!(ctx.parse("9 июля").unwrap().to_string(), "2025-07-09");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Context {
    /// The reference instant, kept in the output zone (`with_tz` converts
    /// it): resolution reads its local date often.
    now: DateTime<Tz>,
    tz: Tz,
    prefer: Prefer,
    disambiguation: Disambiguation,
}

impl Default for Context {
    fn default() -> Self {
        Context::new()
    }
}

/// A zone to read a local time in.
#[derive(Clone, Copy, Debug)]
enum Zone {
    Tz(Tz),
    Fixed(FixedOffset),
}

impl Context {
    /// A context at the current instant, in `Europe/Kyiv`, preferring the
    /// past, with the compatible DST policy.
    ///
    /// ```
    /// let ctx = cyrdate::Context::new();
    /// assert_eq!(ctx.tz(), chrono_tz::Europe::Kyiv);
    /// ```
    pub fn new() -> Self {
        let tz = chrono_tz::Europe::Kyiv;
        Context {
            now: Utc::now().with_timezone(&tz),
            tz,
            prefer: Prefer::Past,
            disambiguation: Disambiguation::Compatible,
        }
    }

    /// Sets the reference instant (any chrono zone; only the instant counts).
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-12-14T20:00:00+02:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// assert_eq!(ctx.parse("вчера").unwrap().to_string(), "2025-12-13");
    /// ```
    pub fn with_now<Z: TimeZone>(mut self, now: DateTime<Z>) -> Self {
        self.now = now.with_timezone(&self.tz);
        self
    }

    /// Sets the output zone: local times without a written zone are read in
    /// it, and every instant is expressed in it.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now).with_tz(chrono_tz::Europe::Warsaw);
    /// assert_eq!(ctx.parse("12:00 по Киеву").unwrap().to_string(), "2025-09-07T11:00:00+02:00");
    /// ```
    pub fn with_tz(mut self, tz: Tz) -> Self {
        self.tz = tz;
        self.now = self.now.with_timezone(&tz);
        self
    }

    /// Sets which date a text without a year means.
    ///
    /// ```
    /// use cyrdate::Prefer;
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-12-30T12:00:00+02:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now).with_prefer(Prefer::Nearest);
    /// assert_eq!(ctx.parse("2 января").unwrap().to_string(), "2026-01-02");
    /// ```
    pub fn with_prefer(mut self, prefer: Prefer) -> Self {
        self.prefer = prefer;
        self
    }

    /// Sets the DST policy.
    ///
    /// ```
    /// use cyrdate::Disambiguation;
    /// let ctx = cyrdate::Context::new().with_disambiguation(Disambiguation::Later);
    /// let p = ctx.parse("25 жовтня 2026, 03:30").unwrap();
    /// assert_eq!(p.to_string(), "2026-10-25T03:30:00+02:00");
    /// assert!(p.flags.ambiguous);
    /// ```
    pub fn with_disambiguation(mut self, d: Disambiguation) -> Self {
        self.disambiguation = d;
        self
    }

    /// The reference instant, in the output zone.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T09:00:00Z").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// assert_eq!(ctx.now().to_rfc3339(), "2025-09-07T12:00:00+03:00");
    /// ```
    pub fn now(&self) -> DateTime<Tz> {
        self.now
    }

    /// The output zone.
    ///
    /// ```
    /// assert_eq!(cyrdate::Context::new().tz(), chrono_tz::Europe::Kyiv);
    /// ```
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// The year preference.
    ///
    /// ```
    /// assert_eq!(cyrdate::Context::new().prefer(), cyrdate::Prefer::Past);
    /// ```
    pub fn prefer(&self) -> Prefer {
        self.prefer
    }

    /// The DST policy.
    ///
    /// ```
    /// use cyrdate::Disambiguation;
    /// assert_eq!(cyrdate::Context::new().disambiguation(), Disambiguation::Compatible);
    /// ```
    pub fn disambiguation(&self) -> Disambiguation {
        self.disambiguation
    }

    fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// Resolves a syntax value.
    pub(crate) fn resolve(&self, e: &Expr) -> Result<Parsed, Error> {
        let mut flags = Flags::default();
        let zone = match e.zone {
            Some(z) => {
                flags.zone_from_text = true;
                Some(zone_of(z)?)
            }
            None => None,
        };
        // The calendar date as written (before any zone conversion), which a
        // written weekday is checked against.
        let mut written: Option<NaiveDate> = None;
        let value_gran = match &e.date {
            Some(DateExpr::Now) => {
                flags.relative = true;
                let t = self.now();
                let t = t.with_timezone(&self.tz);
                (Value::Instant(t), Granularity::Second)
            }
            Some(DateExpr::Shift(a)) => {
                flags.relative = true;
                match self.shift(a)? {
                    Shifted::Instant(t, g) => (Value::Instant(t), g),
                    Shifted::Date(d) => {
                        written = Some(d);
                        self.date_and_time(d, e.time, zone, &mut flags)?
                    }
                }
            }
            Some(DateExpr::Period { unit, offset }) => {
                flags.relative = true;
                (self.period(*unit, *offset)?, granularity_of_unit(*unit))
            }
            Some(DateExpr::Range(a, b)) => {
                let (s, t) = self.range(a, b, &mut flags)?;
                (Value::Range(Box::new(Value::Date(s)), Box::new(Value::Date(t))), Granularity::Range)
            }
            Some(DateExpr::Day(n)) => {
                flags.relative = true;
                let d = add_days(self.today(), *n).ok_or_else(|| overflow(0))?;
                written = Some(d);
                self.date_and_time(d, e.time, zone, &mut flags)?
            }
            Some(DateExpr::Calendar(c)) => match (c.day, c.month, c.year) {
                (Some(day), Some(month), year) => {
                    let d = self.calendar_day(day, month, year, c.offset, &mut flags)?;
                    written = Some(d);
                    self.date_and_time(d, e.time, zone, &mut flags)?
                }
                (None, Some(month), year) => {
                    if !(1..=12).contains(&month) {
                        return Err(Error::new(
                            ErrorKind::InvalidDate,
                            c.offset,
                            format!("invalid date at byte {}: there is no month {month}", c.offset),
                        ));
                    }
                    let y = match year {
                        Some(y) => self.full_year(y, &mut flags),
                        None => {
                            flags.year_inferred = true;
                            self.infer_month_year(month)
                        }
                    };
                    check_year(y, c.offset)?;
                    (Value::Month { year: y, month }, Granularity::Month)
                }
                (None, None, Some(y)) => {
                    let y = self.full_year(y, &mut flags);
                    check_year(y, c.offset)?;
                    (Value::Year(y), Granularity::Year)
                }
                _ => {
                    return Err(Error::new(
                        ErrorKind::Unrecognized,
                        c.offset,
                        format!("no date at byte {}", c.offset),
                    ))
                }
            },
            None => match (e.weekday, e.time) {
                (Some(w), time) => {
                    flags.relative = true;
                    let d = self.weekday_alone(w).ok_or_else(|| overflow(0))?;
                    self.date_and_time(d, time, zone, &mut flags)?
                }
                (None, Some(t)) => {
                    flags.date_inferred = true;
                    let d = match zone {
                        Some(z) => z.date_of(self.now.with_timezone(&Utc)),
                        None => self.today(),
                    };
                    self.date_and_time(d, Some(t), zone, &mut flags)?
                }
                (None, None) => {
                    return Err(Error::new(
                        ErrorKind::Unrecognized,
                        0,
                        "no date or time recognised at byte 0",
                    ))
                }
            },
        };
        let (value, granularity) = value_gran;
        if let (Some(w), Some(d)) = (e.weekday, written) {
            if d.weekday().number_from_monday() != u32::from(w.day) {
                flags.weekday_mismatch = true;
            }
        }
        let (start, end) = self.interval(&value, granularity)?;
        Ok(Parsed { value, granularity, start, end, flags })
    }

    /// A date, and a time on it if one was written.
    fn date_and_time(
        &self,
        d: NaiveDate,
        time: Option<TimeExpr>,
        zone: Option<Zone>,
        flags: &mut Flags,
    ) -> Result<(Value, Granularity), Error> {
        let Some(t) = time else {
            return Ok((Value::Date(d), Granularity::Day));
        };
        let (nt, g) = time_of(t)?;
        let naive = NaiveDateTime::new(d, nt);
        let zone = zone.unwrap_or(Zone::Tz(self.tz));
        let at = Self::localize(zone, naive, self.disambiguation, t.offset, flags, self.tz)?;
        Ok((Value::Instant(in_range(at, t.offset)?), g))
    }

    /// Reads a local time in a zone under the DST policy, flagging the
    /// repeated and the skipped hour; gives the instant in the zone `out`.
    fn localize(
        zone: Zone,
        naive: NaiveDateTime,
        policy: Disambiguation,
        offset: usize,
        flags: &mut Flags,
        out: Tz,
    ) -> Result<DateTime<Tz>, Error> {
        let tz = match zone {
            Zone::Fixed(f) => {
                return f
                    .from_local_datetime(&naive)
                    .single()
                    .map(|d| d.with_timezone(&out))
                    .ok_or_else(|| overflow(offset));
            }
            Zone::Tz(tz) => tz,
        };
        // Read in the output zone itself (the common case), the instant
        // needs no second look-up.
        let to_out = |d: DateTime<Tz>| if tz == out { d } else { d.with_timezone(&out) };
        match tz.from_local_datetime(&naive) {
            LocalResult::Single(d) => Ok(to_out(d)),
            LocalResult::Ambiguous(a, b) => {
                flags.ambiguous = true;
                let (early, late) = if a <= b { (a, b) } else { (b, a) };
                match policy {
                    Disambiguation::Compatible | Disambiguation::Earlier => Ok(to_out(early)),
                    Disambiguation::Later => Ok(to_out(late)),
                    Disambiguation::Reject => Err(Error::new(
                        ErrorKind::Ambiguous,
                        offset,
                        format!("ambiguous time at byte {offset}: {naive} happens twice in {}", tz.name()),
                    )),
                }
            }
            LocalResult::None => {
                flags.skipped = true;
                let around = |hours: i64| -> Option<FixedOffset> {
                    let probe = naive.checked_add_signed(TimeDelta::try_hours(hours)?)?;
                    Some(tz.from_local_datetime(&probe).earliest()?.offset().fix())
                };
                let before = around(-25).ok_or_else(|| overflow(offset))?;
                let after = around(25).ok_or_else(|| overflow(offset))?;
                let off = match policy {
                    Disambiguation::Compatible | Disambiguation::Later => before,
                    Disambiguation::Earlier => after,
                    Disambiguation::Reject => {
                        return Err(Error::new(
                            ErrorKind::Skipped,
                            offset,
                            format!(
                            "skipped time at byte {offset}: {naive} never happens in {} (clocks go forward)",
                            tz.name()
                        ),
                        ))
                    }
                };
                let utc = naive
                    .checked_sub_signed(TimeDelta::seconds(i64::from(off.local_minus_utc())))
                    .ok_or_else(|| overflow(offset))?;
                Ok(out.from_utc_datetime(&utc))
            }
        }
    }

    /// The full year of a written year: two digits mean the year nearest the
    /// reference year with those digits.
    fn full_year(&self, y: YearExpr, flags: &mut Flags) -> i32 {
        let r = self.today().year();
        flags.relative |= matches!(y, YearExpr::Relative(_));
        match y {
            YearExpr::Written { value, two_digit: false } => value as i32,
            YearExpr::Written { value, two_digit: true } => {
                let base = r - r.rem_euclid(100) + value as i32;
                [base - 100, base, base + 100].into_iter().min_by_key(|c| ((c - r).abs(), *c)).unwrap_or(base)
            }
            YearExpr::Relative(k) => r.saturating_add(k),
        }
    }

    /// A day and month, with the year written or inferred.
    fn calendar_day(
        &self,
        day: u32,
        month: u32,
        year: Option<YearExpr>,
        offset: usize,
        flags: &mut Flags,
    ) -> Result<NaiveDate, Error> {
        if let Some(y) = year {
            let y = self.full_year(y, flags);
            return make_date(y, month, day, offset);
        }
        flags.year_inferred = true;
        self.check_day_month(month, day, offset)?;
        let today = self.today();
        let r = today.year();
        // Within eight years every day and month comes round (29 February
        // included), and only years 1 to 9999 count.
        let date = |y: i32| NaiveDate::from_ymd_opt(y, month, day).filter(|d| (1..=9999).contains(&d.year()));
        let past = (0..=8).filter_map(|k| date(r - k)).find(|d| *d <= today);
        let future = (0..=8).filter_map(|k| date(r + k)).find(|d| *d >= today);
        let pick = match self.prefer {
            Prefer::Past => past,
            Prefer::Future => future,
            Prefer::Nearest => match (past, future) {
                (Some(p), Some(f)) => Some(if today - p <= f - today { p } else { f }),
                (p, f) => p.or(f),
            },
        };
        pick.ok_or_else(|| overflow(offset))
    }

    /// A day and month that no year holds (`31 февраля`, month 13) is the
    /// error a dated form would give, in the reference year.
    fn check_day_month(&self, month: u32, day: u32, offset: usize) -> Result<(), Error> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month_max(month) {
            make_date(self.today().year(), month, day, offset)?;
        }
        Ok(())
    }

    /// The year of a month written without one.
    fn infer_month_year(&self, month: u32) -> i32 {
        let today = self.today();
        let (r, m) = (today.year(), today.month());
        let past = if month <= m { r } else { r - 1 };
        let future = if month >= m { r } else { r + 1 };
        match self.prefer {
            Prefer::Past => past,
            Prefer::Future => future,
            Prefer::Nearest => {
                let dp = (r - past) * 12 + m as i32 - month as i32;
                let df = (future - r) * 12 + month as i32 - m as i32;
                if dp <= df {
                    past
                } else {
                    future
                }
            }
        }
    }

    /// A weekday alone: by the preference, or by its shift word.
    fn weekday_alone(&self, w: WeekdayExpr) -> Option<NaiveDate> {
        let today = self.today();
        let target = i64::from(w.day) - 1;
        let cur = i64::from(today.weekday().num_days_from_monday());
        let back = (cur - target).rem_euclid(7); // days back to the most recent, 0..6
        let fwd = (target - cur).rem_euclid(7); // days ahead to the next, 0..6
        let delta = match w.shift {
            Some(Shift::Last) => -(if back == 0 { 7 } else { back }),
            Some(Shift::Next) => {
                if fwd == 0 {
                    7
                } else {
                    fwd
                }
            }
            Some(Shift::This) => target - cur,
            None => match self.prefer {
                Prefer::Past => -back,
                Prefer::Future => fwd,
                Prefer::Nearest => {
                    if back <= fwd {
                        -back
                    } else {
                        fwd
                    }
                }
            },
        };
        add_days(today, delta)
    }

    /// `N units` before or after the reference.
    fn shift(&self, a: &Amount) -> Result<Shifted, Error> {
        let off = a.offset;
        let Some(halves) = a.halves else {
            return Err(Error::new(
                ErrorKind::Vague,
                off,
                format!("vague amount at byte {off}: not a number, so not a date"),
            ));
        };
        let sign: i64 = if a.ahead { 1 } else { -1 };
        let too_big = || overflow(off);
        let halves_i = i64::try_from(halves).map_err(|_| too_big())?;
        // Below a day: the reference instant plus or minus exact elapsed time.
        let instant = |ms_per_half: i64, g: Granularity| -> Result<Shifted, Error> {
            let ms = halves_i.checked_mul(ms_per_half).ok_or_else(too_big)?;
            let delta = TimeDelta::try_milliseconds(ms * sign).ok_or_else(too_big)?;
            let t = self.now.checked_add_signed(delta).ok_or_else(too_big)?;
            in_range(t, off).map(|t| Shifted::Instant(t, g))
        };
        let today = self.today();
        let whole = halves_i / 2;
        let odd = halves_i % 2 == 1;
        let d = match a.unit {
            Unit::Second => return instant(500, Granularity::Second),
            Unit::Minute => return instant(30_000, Granularity::Minute),
            Unit::Hour => return instant(1_800_000, Granularity::Hour),
            Unit::Day if odd => return instant(12 * 3_600_000, Granularity::Hour),
            Unit::Week if odd => return instant(84 * 3_600_000, Granularity::Hour),
            Unit::Day | Unit::Week => {
                let days =
                    if a.unit == Unit::Week { whole.checked_mul(7).ok_or_else(too_big)? } else { whole };
                add_days(today, sign.checked_mul(days).ok_or_else(too_big)?).ok_or_else(too_big)?
            }
            Unit::Month | Unit::Year => {
                // Calendar arithmetic: a month back from 31 March is the end of February.
                let months =
                    if a.unit == Unit::Year { halves_i.checked_mul(6).ok_or_else(too_big)? } else { whole };
                let months = u32::try_from(months).map_err(|_| too_big())?;
                let d = if a.ahead {
                    today.checked_add_months(Months::new(months))
                } else {
                    today.checked_sub_months(Months::new(months))
                }
                .ok_or_else(too_big)?;
                if a.unit == Unit::Month && odd {
                    add_days(d, sign * 15).ok_or_else(too_big)?
                } else {
                    d
                }
            }
        };
        if !(1..=9999).contains(&d.year()) {
            return Err(too_big());
        }
        Ok(Shifted::Date(d))
    }

    /// `на прошлой неделе`, `в этом месяце`, `торік`.
    fn period(&self, unit: Unit, offset: i32) -> Result<Value, Error> {
        let today = self.today();
        Ok(match unit {
            Unit::Week => {
                let d = add_days(today, i64::from(offset) * 7).ok_or_else(|| overflow(0))?;
                Value::Week(monday_of(d))
            }
            Unit::Month => {
                let m0 = today.year() * 12 + today.month0() as i32 + offset;
                let year = m0.div_euclid(12);
                check_year(year, 0).map_err(|_| overflow(0))?;
                Value::Month { year, month: m0.rem_euclid(12) as u32 + 1 }
            }
            _ => {
                let y = today.year() + offset;
                check_year(y, 0).map_err(|_| overflow(0))?;
                Value::Year(y)
            }
        })
    }

    /// Both ends of a range of dates. A year written once (at the end)
    /// belongs to both ends; a start month after the end month means the
    /// range crosses New Year. Without a year, the preference picks the
    /// year of the start (`1–5 сентября` on 3 September is this year's).
    fn range(&self, a: &Calendar, b: &Calendar, flags: &mut Flags) -> Result<(NaiveDate, NaiveDate), Error> {
        let (Some(bd), Some(bm)) = (b.day, b.month) else {
            return Err(Error::new(
                ErrorKind::Unrecognized,
                b.offset,
                format!("no date at byte {}", b.offset),
            ));
        };
        let (ad, am) = (a.day.unwrap_or(1), a.month.unwrap_or(bm));
        let (start, end) = match (a.year, b.year) {
            (Some(ya), Some(yb)) => (
                make_date(self.full_year(ya, flags), am, ad, a.offset)?,
                make_date(self.full_year(yb, flags), bm, bd, b.offset)?,
            ),
            (None, Some(yb)) => {
                let end = make_date(self.full_year(yb, flags), bm, bd, b.offset)?;
                let y = if am > bm { end.year() - 1 } else { end.year() };
                (make_date(y, am, ad, a.offset)?, end)
            }
            (Some(ya), None) => {
                let start = make_date(self.full_year(ya, flags), am, ad, a.offset)?;
                let y = if bm < am { start.year() + 1 } else { start.year() };
                flags.year_inferred = true;
                (start, make_date(y, bm, bd, b.offset)?)
            }
            (None, None) => {
                // Report impossible end fields (`1–31 февраля`) as such.
                self.check_day_month(bm, bd, b.offset)?;
                let start = self.calendar_day(ad, am, None, a.offset, flags)?;
                let y = if bm < am { start.year() + 1 } else { start.year() };
                (start, make_date(y, bm, bd, b.offset)?)
            }
        };
        if start > end {
            return Err(Error::new(
                ErrorKind::InvalidDate,
                a.offset,
                format!("invalid range at byte {}: {start} is after {end}", a.offset),
            ));
        }
        Ok((start, end))
    }

    /// The `[start, end)` instants of a value.
    fn interval(&self, v: &Value, g: Granularity) -> Result<(DateTime<Tz>, DateTime<Tz>), Error> {
        let tz = self.tz;
        let midnight = |d: NaiveDate| -> Result<DateTime<Tz>, Error> {
            // Bounds are read with the compatible policy and flag nothing.
            let naive = d.and_time(NaiveTime::MIN);
            Self::localize(Zone::Tz(tz), naive, Disambiguation::Compatible, 0, &mut Flags::default(), tz)
        };
        let span = |a: NaiveDate, b: Option<NaiveDate>| -> Result<(DateTime<Tz>, DateTime<Tz>), Error> {
            Ok((midnight(a)?, midnight(b.ok_or_else(|| overflow(0))?)?))
        };
        match v {
            Value::Instant(t) => {
                let step = match g {
                    Granularity::Hour => TimeDelta::hours(1),
                    Granularity::Minute => TimeDelta::minutes(1),
                    _ => TimeDelta::seconds(1),
                };
                Ok((*t, t.checked_add_signed(step).ok_or_else(|| overflow(0))?))
            }
            Value::Date(d) => span(*d, d.succ_opt()),
            Value::Week(monday) => span(*monday, monday.checked_add_days(Days::new(7))),
            Value::Month { year, month } => {
                let a = make_date(*year, *month, 1, 0)?;
                span(a, a.checked_add_months(Months::new(1)))
            }
            Value::Year(y) => {
                let a = make_date(*y, 1, 1, 0)?;
                span(a, NaiveDate::from_ymd_opt(y + 1, 1, 1))
            }
            Value::Range(a, b) => match (&**a, &**b) {
                // The ends are dates (`resolve` makes them so): only the
                // first midnight and the one after the last are read.
                (Value::Date(a), Value::Date(b)) => span(*a, b.succ_opt()),
                _ => {
                    let (s, _) = self.interval(a, Granularity::Day)?;
                    let (_, e) = self.interval(b, Granularity::Day)?;
                    Ok((s, e))
                }
            },
        }
    }
}

enum Shifted {
    Instant(DateTime<Tz>, Granularity),
    Date(NaiveDate),
}

impl Zone {
    /// The calendar date of an instant in this zone.
    fn date_of(self, now: DateTime<Utc>) -> NaiveDate {
        match self {
            Zone::Tz(tz) => now.with_timezone(&tz).date_naive(),
            Zone::Fixed(f) => now.with_timezone(&f).date_naive(),
        }
    }
}

fn zone_of(z: ZoneExpr) -> Result<Zone, Error> {
    Ok(match z {
        ZoneExpr::Named(ZoneId::Kyiv) => Zone::Tz(chrono_tz::Europe::Kyiv),
        ZoneExpr::Named(ZoneId::Moscow) => Zone::Tz(chrono_tz::Europe::Moscow),
        ZoneExpr::Named(ZoneId::Utc) => Zone::Fixed(Utc.fix()),
        ZoneExpr::Named(ZoneId::Fixed(s)) => Zone::Fixed(FixedOffset::east_opt(s).unwrap_or(Utc.fix())),
        ZoneExpr::Offset { seconds, minutes_ok, offset } => {
            let ok = seconds.abs() <= 18 * 3600 && minutes_ok;
            match i32::try_from(seconds).ok().filter(|_| ok).and_then(FixedOffset::east_opt) {
                Some(f) => Zone::Fixed(f),
                None => {
                    return Err(Error::new(
                        ErrorKind::InvalidZone,
                        offset,
                        format!("invalid zone offset at byte {offset}: minutes past 59 or more than 18 hours from UTC"),
                    ))
                }
            }
        }
    })
}

fn time_of(t: TimeExpr) -> Result<(NaiveTime, Granularity), Error> {
    let m = t.minute.unwrap_or(0);
    let s = t.second.unwrap_or(0);
    let g = if t.second.is_some() {
        Granularity::Second
    } else if t.minute.is_some() {
        Granularity::Minute
    } else {
        Granularity::Hour
    };
    NaiveTime::from_hms_nano_opt(t.hour, m, s, t.nanos).filter(|_| s < 60).map(|nt| (nt, g)).ok_or_else(
        || {
            let (what, n, most) = if t.hour > 23 {
                ("hour", t.hour, 23)
            } else if m > 59 {
                ("minute", m, 59)
            } else {
                ("second", s, 59)
            };
            let at = t.offset;
            Error::new(
                ErrorKind::InvalidTime,
                at,
                format!("invalid time at byte {at}: {what} {n} is past {most}"),
            )
        },
    )
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month_max(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn make_date(y: i32, month: u32, day: u32, offset: usize) -> Result<NaiveDate, Error> {
    check_year(y, offset)?;
    NaiveDate::from_ymd_opt(y, month, day).ok_or_else(|| {
        let why = if !(1..=12).contains(&month) {
            format!("there is no month {month}")
        } else if day == 0 {
            "there is no day 0".to_string()
        } else {
            format!("{} {y} has no day {day}", MONTH_NAMES[month as usize - 1])
        };
        Error::new(ErrorKind::InvalidDate, offset, format!("invalid date at byte {offset}: {why}"))
    })
}

fn check_year(y: i32, offset: usize) -> Result<(), Error> {
    if (1..=9999).contains(&y) {
        Ok(())
    } else {
        Err(Error::new(
            ErrorKind::InvalidDate,
            offset,
            format!("invalid date at byte {offset}: year {y} is out of range 1..=9999"),
        ))
    }
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }?;
    (1..=9999).contains(&r.year()).then_some(r)
}

/// An instant within the years cyrdate handles (1 to 9999), else overflow.
fn in_range(t: DateTime<Tz>, offset: usize) -> Result<DateTime<Tz>, Error> {
    if (1..=9999).contains(&t.year()) {
        Ok(t)
    } else {
        Err(overflow(offset))
    }
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    add_days(d, -i64::from(d.weekday().num_days_from_monday())).unwrap_or(d)
}

fn granularity_of_unit(u: Unit) -> Granularity {
    match u {
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        _ => Granularity::Year,
    }
}

fn overflow(offset: usize) -> Error {
    Error::new(
        ErrorKind::Overflow,
        offset,
        format!(
            "out of range at byte {offset}: the result is beyond the dates cyrdate handles (years 1 to 9999)"
        ),
    )
}
