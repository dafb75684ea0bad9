//! Resolution: a syntax value and a [`Context`] in, chrono values out.
//!
//! This layer never reads text and never imports the lexicon or the
//! grammar. It applies the year rule, relative arithmetic (all of it
//! checked: no input panics or wraps), written zones and the
//! daylight-saving policy. Its files: this one (one `match` over what was
//! written), `calendar.rs` (years, days, ranges of days), `relative.rs`
//! (amounts, weekdays, periods), `clock.rs` (times, zones, DST),
//! `bounds.rs` (the `[start, end)` of a value), `interval.rs` (ranges
//! of times, open intervals) and `offsets.rs` (a zone's UTC offsets from
//! a table built on first use, the same as chrono-tz's, faster).

mod bounds;
mod calendar;
mod clock;
mod interval;
mod offsets;
mod relative;
mod span;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Utc};

use crate::error::{Error, Reason};
use crate::syntax::{DateExpr, DayPart, Expr, TimeExpr};
use crate::value::{Flags, Granularity, Parsed, PartOfDay, Value};
use crate::Context;

use calendar::{add_days, check_year};
use clock::in_range;
use clock::{time_of, zone_of, Zone};
use relative::{granularity_of_unit, Shifted};

/// The context as resolution sees it: the reference instant, the output
/// zone and the policies, with the arithmetic as methods.
#[derive(Clone, Copy)]
pub(crate) struct Frame<'c>(pub(crate) &'c Context);

impl std::ops::Deref for Frame<'_> {
    type Target = Context;
    fn deref(&self) -> &Context {
        self.0
    }
}

impl Frame<'_> {
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
        // written weekday is checked against, or the day a weekday alone
        // names (which a night's first day is checked against).
        let mut written: Option<NaiveDate> = None;
        // The date of a range's end when it has its own (two stamps).
        let mut end_date: Option<NaiveDate> = None;
        let value_gran = match &e.date {
            Some(DateExpr::Now) => {
                flags.relative = true;
                // Kept in the output zone already (`Context::with_tz`).
                (Value::Instant(self.now()), Granularity::Second)
            }
            Some(d @ (DateExpr::Shift(_) | DateExpr::Shifts { .. })) => {
                flags.relative = true;
                let shifted = match d {
                    DateExpr::Shift(a) => self.shift(a)?,
                    DateExpr::Shifts { items, ahead, offset } => self.shifts(items, *ahead, *offset)?,
                    _ => unreachable!("matched above"),
                };
                match shifted {
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
                if e.time.is_some() && e.time_end.is_some() {
                    // `15.07.2025 16:08 - 31.07.2025 00:00`: the start's
                    // instant here, the end's on its own date in `shape`.
                    end_date = Some(t);
                    self.date_and_time(s, e.time, zone, &mut flags)?
                } else {
                    (Value::Range(Box::new(Value::Date(s)), Box::new(Value::Date(t))), Granularity::Range)
                }
            }
            Some(DateExpr::DayRange(a, b)) => {
                flags.relative = true;
                let s = add_days(self.today(), *a).ok_or_else(|| overflow(0))?;
                let t = add_days(self.today(), *b).ok_or_else(|| overflow(0))?;
                (Value::Range(Box::new(Value::Date(s)), Box::new(Value::Date(t))), Granularity::Range)
            }
            // A month alone (`в декабре`) is a span of one month: a month.
            Some(DateExpr::Months(m)) if m.len == 1 => (self.month_span(m, &mut flags)?, Granularity::Month),
            Some(DateExpr::Weekend { shift, .. }) => {
                flags.relative = true;
                (self.weekend(*shift)?, Granularity::Range)
            }
            Some(DateExpr::Nth { n, weekday, month, year, offset }) => {
                let d = self.nth(*n, *weekday, *month, *year, *offset, &mut flags)?;
                written = Some(d);
                self.date_and_time(d, e.time, zone, &mut flags)?
            }
            Some(DateExpr::Holiday { holiday, year, offset }) => {
                let d = self.holiday(*holiday, *year, *offset, &mut flags)?;
                written = Some(d);
                self.date_and_time(d, e.time, zone, &mut flags)?
            }
            Some(DateExpr::Months(m)) => (self.month_span(m, &mut flags)?, Granularity::Range),
            Some(DateExpr::Years(y)) => (self.year_span(y, &mut flags)?, Granularity::Range),
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
                        return Err(Error::new(c.offset, Reason::NoSuchMonth { month }));
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
                _ => return Err(Error::new(c.offset, Reason::NoDate)),
            },
            None => match (e.weekday, e.time) {
                (Some(w), time) => {
                    flags.relative = true;
                    let d = self.weekday_alone(w).ok_or_else(|| overflow(0))?;
                    written = Some(d);
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
                (None, None) => return Err(Error::new(0, Reason::NoDateOrTime)),
            },
        };
        // `в ночь на 5 сентября в 23:00`: the hour is on the evening before.
        let value_gran = match (e.time_on_eve, written) {
            (true, Some(d)) => {
                let eve = d.pred_opt().ok_or_else(|| overflow(0))?;
                (flags.ambiguous, flags.skipped) = (false, false);
                self.date_and_time(eve, e.time, zone, &mut flags)?
            }
            _ => value_gran,
        };
        let (value, granularity) = value_gran;
        if let Some(eve) = e.eve.as_deref() {
            self.check_eve(*eve, written.ok_or(Error::new(0, Reason::NoDate))?)?;
        }
        if let (Some(w), Some(d)) = (e.weekday, written) {
            if d.weekday().number_from_monday() != u32::from(w.day) {
                flags.weekday_mismatch = true;
            }
        }
        let (value, granularity, start, end) =
            self.shape(e, value, granularity, zone, end_date, &mut flags)?;
        let part_of_day = e.part_of_day.map(|p| match p {
            DayPart::Morning => PartOfDay::Morning,
            DayPart::Afternoon => PartOfDay::Day,
            DayPart::Evening => PartOfDay::Evening,
            DayPart::Night => PartOfDay::Night,
        });
        Ok(Parsed { value, granularity, start, end, flags, part_of_day })
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
        let at = Frame::localize(zone, naive, self.disambiguation, t.offset, flags, self.tz)?;
        Ok((Value::Instant(in_range(at, t.offset)?), g))
    }
}

fn overflow(offset: usize) -> Error {
    Error::new(offset, Reason::Overflow)
}
