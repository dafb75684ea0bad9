//! Relative arithmetic: amounts before or after the reference, weekdays,
//! weeks, months and years counted from it.

use chrono::{DateTime, Datelike, Months, NaiveDate, TimeDelta};
use chrono_tz::Tz;

use crate::context::Prefer;
use crate::error::{Error, Reason};
use crate::syntax::{Amount, Shift, Unit, WeekdayExpr};
use crate::value::{Granularity, Value};

use super::calendar::{add_days, check_year, monday_of};
use super::clock::in_range;
use super::{overflow, Frame};

impl Frame<'_> {
    /// A weekday alone: by the preference, or by its shift word.
    pub(super) fn weekday_alone(&self, w: WeekdayExpr) -> Option<NaiveDate> {
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
