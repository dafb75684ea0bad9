//! Calendar fields: years (written, two-digit, inferred), days, and ranges
//! of days.

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::context::Prefer;
use crate::error::{Error, Reason};
use crate::syntax::{Calendar, Eve, Holiday, YearExpr};
use crate::value::Flags;

use super::{overflow, Frame};

/// Orthodox Easter of a year (Gregorian date): Meeus's Julian computus,
/// then the Julian calendar's lag behind the Gregorian one in that year.
pub(super) fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let (a, b, c) = (y % 4, y % 7, y % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    let julian = NaiveDate::from_ymd_opt(y, month as u32, day as u32)?;
    let lag = y / 100 - y / 400 - 2;
    add_days(julian, i64::from(lag))
}

/// The date of a holiday in a year.
fn holiday_in(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::NewYear => NaiveDate::from_ymd_opt(y, 1, 1),
        Holiday::Christmas => NaiveDate::from_ymd_opt(y, 1, 7),
        Holiday::ChristmasUk if y <= 2022 => NaiveDate::from_ymd_opt(y, 1, 7),
        Holiday::ChristmasUk => NaiveDate::from_ymd_opt(y, 12, 25),
        Holiday::Easter => orthodox_easter(y),
        Holiday::IndependenceDay => NaiveDate::from_ymd_opt(y, 8, 24),
        Holiday::OldNewYear => NaiveDate::from_ymd_opt(y, 1, 14),
        Holiday::PalmSunday => add_days(orthodox_easter(y)?, -7),
    }
}

/// The n-th (1–5) or last (-1) `weekday` of a month, or its n-th or last
/// day when no weekday is given; `None` when the month has no such day.
fn nth_in(n: i8, weekday: Option<u8>, month: u32, y: i32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(y, month, 1)?;
    let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
    let d = match (n, weekday) {
        (-1, None) => last,
        (n, None) => NaiveDate::from_ymd_opt(y, month, u32::try_from(n).ok()?)?,
        (-1, Some(w)) => {
            let back = (i64::from(last.weekday().number_from_monday()) - i64::from(w)).rem_euclid(7);
            add_days(last, -back)?
        }
        (n, Some(w)) => {
            let fwd = (i64::from(w) - i64::from(first.weekday().number_from_monday())).rem_euclid(7);
            add_days(first, fwd + 7 * (i64::from(n) - 1))?
        }
    };
    (d.month() == month).then_some(d)
}

impl Frame<'_> {
    /// A date given by a rule for each year: in the written year, or by the
    /// §2 preference among the years around the reference (`yi`).
    fn by_year(
        &self,
        year: Option<YearExpr>,
        offset: usize,
        flags: &mut Flags,
        rule: impl Fn(i32) -> Option<NaiveDate>,
        none: impl Fn(i32) -> Error,
    ) -> Result<NaiveDate, Error> {
        if let Some(y) = year {
            let y = self.full_year(y, flags);
            check_year(y, offset)?;
            return rule(y).ok_or_else(|| none(y));
        }
        flags.year_inferred = true;
        self.year_by_preference(offset, rule)
    }

    /// The date a yearly rule gives in the year the §2 preference picks:
    /// the most recent not after the reference date, the earliest not
    /// before it, or the nearer of the two (the past one on a tie). Within
    /// eight years every rule here comes round (29 February included), and
    /// only years 1 to 9999 count.
    fn year_by_preference(
        &self,
        offset: usize,
        rule: impl Fn(i32) -> Option<NaiveDate>,
    ) -> Result<NaiveDate, Error> {
        let today = self.today();
        let r = today.year();
        let date = |y: i32| rule(y).filter(|d| (1..=9999).contains(&d.year()));
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

    /// `первый вторник октября`, `останній день у жовтні 2015`.
    pub(super) fn nth(
        &self,
        n: i8,
        weekday: Option<u8>,
        month: u32,
        year: Option<YearExpr>,
        offset: usize,
        flags: &mut Flags,
    ) -> Result<NaiveDate, Error> {
        let none = |y| Error::new(offset, Reason::NoSuchDay { year: y, month, day: 0 });
        self.by_year(year, offset, flags, |y| nth_in(n, weekday, month, y), none)
    }

    /// `Пасха 2024`, `на Різдво`.
    pub(super) fn holiday(
        &self,
        h: Holiday,
        year: Option<YearExpr>,
        offset: usize,
        flags: &mut Flags,
    ) -> Result<NaiveDate, Error> {
        self.by_year(year, offset, flags, |y| holiday_in(h, y), |_| overflow(offset))
    }

    /// The full year of a written year: two digits mean the year nearest the
    /// reference year with those digits.
    pub(super) fn full_year(&self, y: YearExpr, flags: &mut Flags) -> i32 {
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
    pub(super) fn calendar_day(
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
        self.year_by_preference(offset, |y| NaiveDate::from_ymd_opt(y, month, day))
    }

    /// `в ночь с пятницы на субботу`, `у ніч з 6 на 7 вересня`: the
    /// night's first day, as written, must be the day before `day`, the
    /// day named after `на` (else no date: `в ночь с 5 на 7 сентября`).
    pub(super) fn check_eve(&self, eve: Eve, day: NaiveDate) -> Result<(), Error> {
        let before = day.pred_opt().ok_or_else(|| overflow(0))?;
        let (fits, offset) = match eve {
            Eve::Weekday { day, offset } => (before.weekday().number_from_monday() == u32::from(day), offset),
            Eve::Date(c) => {
                let year = c.year.map(|y| self.full_year(y, &mut Flags::default()));
                let fits = c.day == Some(before.day())
                    && c.month.is_none_or(|m| m == before.month())
                    && year.is_none_or(|y| y == before.year());
                (fits, c.offset)
            }
            Eve::Day { days, offset } => (add_days(self.today(), days) == Some(before), offset),
        };
        if fits {
            Ok(())
        } else {
            Err(Error::new(offset, Reason::NotTheEve { day: day.to_string() }))
        }
    }

    /// A day and month that no year holds (`31 февраля`, month 13) is the
    /// error a dated form would give, in the reference year.
    pub(super) fn check_day_month(&self, month: u32, day: u32, offset: usize) -> Result<(), Error> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month_max(month) {
            make_date(self.today().year(), month, day, offset)?;
        }
        Ok(())
    }

    /// The year of a month written without one.
    pub(super) fn infer_month_year(&self, month: u32) -> i32 {
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

    /// Both ends of a range of dates. A year written once (at the end)
    /// belongs to both ends; a start month after the end month means the
    /// range crosses New Year. Without a year, the preference picks the
    /// year of the start (`1–5 сентября` on 3 September is this year's).
    pub(super) fn range(
        &self,
        a: &Calendar,
        b: &Calendar,
        flags: &mut Flags,
    ) -> Result<(NaiveDate, NaiveDate), Error> {
        let (Some(bd), Some(bm)) = (b.day, b.month) else {
            return Err(Error::new(b.offset, Reason::NoDate));
        };
        let ad = a.day.unwrap_or(1);
        // Both ends, the start in month `am`.
        let dates = |am: u32, flags: &mut Flags| -> Result<(NaiveDate, NaiveDate), Error> {
            Ok(match (a.year, b.year) {
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
            })
        };
        // A start written without its month, on a later day than the end,
        // is in the month before when that makes a range of at most two
        // weeks (`30 – 2 января` is 30 December to 2 January); a longer one
        // is a slip (`5–1 сентября`), read in one month: backwards.
        if a.month.is_none() && ad > bd && (1..=12).contains(&bm) {
            let before = if bm == 1 { 12 } else { bm - 1 };
            let (start, end) = dates(before, flags)?;
            if (end - start).num_days() < 14 {
                return Ok((start, end));
            }
        }
        let (start, end) = dates(a.month.unwrap_or(bm), flags)?;
        if start > end {
            return Err(Error::new(
                a.offset,
                Reason::Backwards { start: start.to_string(), end: end.to_string() },
            ));
        }
        Ok((start, end))
    }
}

pub(super) fn days_in_month_max(month: u32) -> u32 {
    match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

pub(super) fn make_date(y: i32, month: u32, day: u32, offset: usize) -> Result<NaiveDate, Error> {
    check_year(y, offset)?;
    NaiveDate::from_ymd_opt(y, month, day).ok_or_else(|| {
        let reason = if !(1..=12).contains(&month) {
            Reason::NoSuchMonth { month }
        } else if day == 0 {
            Reason::NoDayZero
        } else {
            Reason::NoSuchDay { year: y, month, day }
        };
        Error::new(offset, reason)
    })
}

pub(super) fn check_year(y: i32, offset: usize) -> Result<(), Error> {
    if (1..=9999).contains(&y) {
        Ok(())
    } else {
        Err(Error::new(offset, Reason::YearOutOfRange { year: y }))
    }
}

pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }?;
    (1..=9999).contains(&r.year()).then_some(r)
}

pub(super) fn monday_of(d: NaiveDate) -> NaiveDate {
    add_days(d, -i64::from(d.weekday().num_days_from_monday())).unwrap_or(d)
}
