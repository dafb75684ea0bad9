//! Relative arithmetic: amounts before or after the reference, weekdays,
//! weeks, months and years counted from it.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeDelta};
use chrono_tz::Tz;

use crate::context::{Disambiguation, Prefer};
use crate::error::{Error, Reason};
use crate::syntax::{Amount, Shift, Unit, WeekdayExpr};
use crate::value::{Flags, Granularity, Value};

use super::calendar::{add_days, check_year, monday_of};
use super::clock::{in_range, Zone};
use super::{offsets, overflow, Frame};

impl Frame<'_> {
    /// A weekday alone: by the preference, or by its shift word.
    pub(super) fn weekday_alone(&self, w: WeekdayExpr) -> Option<NaiveDate> {
        let today = self.today();
        // Tied to a week: that week's day (`вторник на следующей неделе`).
        if let Some(k) = w.week {
            let monday = add_days(monday_of(today), i64::from(k) * 7)?;
            return add_days(monday, i64::from(w.day) - 1);
        }
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
        add_days(today, delta + 7 * i64::from(w.later))
    }

    /// A weekend, Saturday to Sunday. `эти` is the weekend of the reference
    /// date's ISO week; `прошлые` the most recent one that has ended,
    /// `следующие` the first that has not begun; with no shift word (`на
    /// выходных`) the preference picks, the one under way counting either way.
    pub(super) fn weekend(&self, shift: Option<i32>) -> Result<Value, Error> {
        let today = self.today();
        let saturday = add_days(monday_of(today), 5).ok_or_else(|| overflow(0))?;
        // This week's Saturday is under way, past or ahead.
        let under_way = today >= saturday;
        let (last, next) = if under_way { (-7, 7) } else { (-7, 0) };
        let k = match shift {
            Some(0) => 0,
            Some(k) if k < 0 => last + 7 * (i64::from(k) + 1),
            Some(k) => next + 7 * (i64::from(k) - 1),
            None => match self.prefer {
                Prefer::Past if under_way => 0,
                Prefer::Past => -7,
                Prefer::Future => 0,
                Prefer::Nearest if under_way => 0,
                Prefer::Nearest => {
                    let back = (today - add_days(saturday, -6).ok_or_else(|| overflow(0))?).num_days();
                    let ahead = (saturday - today).num_days();
                    if back <= ahead {
                        -7
                    } else {
                        0
                    }
                }
            },
        };
        let sat = add_days(saturday, k).ok_or_else(|| overflow(0))?;
        let sun = add_days(sat, 1).ok_or_else(|| overflow(0))?;
        Ok(Value::Range(Box::new(Value::Date(sat)), Box::new(Value::Date(sun))))
    }

    /// Several amounts before or after the reference (`5 дней 2 часа
    /// назад`): years, months, weeks and days by the calendar on the
    /// reference's wall clock, then hours, minutes and seconds as elapsed
    /// time. Without a unit below a day the result is a date; else an
    /// instant as precise as its smallest unit.
    pub(super) fn shifts(&self, items: &[(u64, Unit)], ahead: bool, offset: usize) -> Result<Shifted, Error> {
        let too_big = || overflow(offset);
        let (mut months, mut days, mut secs) = (0u32, 0u64, 0i64);
        let mut finest: Option<Granularity> = None;
        for &(n, unit) in items {
            let n32 = u32::try_from(n).map_err(|_| too_big())?;
            let (m, d, s, g) = match unit {
                Unit::Year => (n32.checked_mul(12).ok_or_else(too_big)?, 0, 0, None),
                Unit::Month => (n32, 0, 0, None),
                Unit::Week => (0, n.checked_mul(7).ok_or_else(too_big)?, 0, None),
                Unit::Day => (0, n, 0, None),
                Unit::Hour => (0, 0, n.checked_mul(3600).ok_or_else(too_big)?, Some(Granularity::Hour)),
                Unit::Minute => (0, 0, n.checked_mul(60).ok_or_else(too_big)?, Some(Granularity::Minute)),
                Unit::Second => (0, 0, n, Some(Granularity::Second)),
            };
            months = months.checked_add(m).ok_or_else(too_big)?;
            days = days.checked_add(d).ok_or_else(too_big)?;
            secs = secs.checked_add(i64::try_from(s).map_err(|_| too_big())?).ok_or_else(too_big)?;
            finest = match (finest, g) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        let start = self.now.date_naive();
        let moved = if ahead {
            start.checked_add_months(Months::new(months)).and_then(|d| d.checked_add_days(Days::new(days)))
        } else {
            start.checked_sub_months(Months::new(months)).and_then(|d| d.checked_sub_days(Days::new(days)))
        }
        .filter(|d| (1..=9999).contains(&d.year()))
        .ok_or_else(too_big)?;
        let Some(g) = finest else { return Ok(Shifted::Date(moved)) };
        // The wall clock of the reference on the moved day, then elapsed time.
        let wall = moved.and_time(self.now.time());
        let at = Frame::localize(
            Zone::Tz(self.tz),
            wall,
            Disambiguation::Compatible,
            offset,
            &mut Flags::default(),
            self.tz,
        )?;
        let delta = TimeDelta::try_seconds(if ahead { secs } else { -secs }).ok_or_else(too_big)?;
        let t = offsets::add(at, delta).ok_or_else(too_big)?;
        in_range(t, offset).map(|t| Shifted::Instant(t, g))
    }

    /// `N units` before or after the reference.
    pub(super) fn shift(&self, a: &Amount) -> Result<Shifted, Error> {
        let off = a.offset;
        let Some(halves) = a.halves else {
            return Err(Error::new(off, Reason::Vague));
        };
        let sign: i64 = if a.ahead { 1 } else { -1 };
        let too_big = || overflow(off);
        let halves_i = i64::try_from(halves).map_err(|_| too_big())?;
        // Below a day: the reference instant plus or minus exact elapsed time.
        let instant = |ms_per_half: i64, g: Granularity| -> Result<Shifted, Error> {
            let ms = halves_i.checked_mul(ms_per_half).ok_or_else(too_big)?;
            let delta = TimeDelta::try_milliseconds(ms * sign).ok_or_else(too_big)?;
            let t = offsets::add(self.now, delta).ok_or_else(too_big)?;
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
    pub(super) fn period(&self, unit: Unit, offset: i32) -> Result<Value, Error> {
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
}

pub(super) enum Shifted {
    Instant(DateTime<Tz>, Granularity),
    Date(NaiveDate),
}

pub(super) fn granularity_of_unit(u: Unit) -> Granularity {
    match u {
        Unit::Week => Granularity::Week,
        Unit::Month => Granularity::Month,
        _ => Granularity::Year,
    }
}
