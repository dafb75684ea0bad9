//! Ranges of times and intervals open at one end: what `resolve` computed
//! for the written start (or the closed end) becomes a range of instants
//! (`с 10 до 11 утра`) or an open interval (`до конца месяца`,
//! `после 14 часов`), with its `[start, end)`.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;

use super::clock::Zone;
use super::{overflow, Frame};
use crate::context::Disambiguation;
use crate::error::{Error, Reason};
use crate::syntax::{Expr, Open, TimeExpr};
use crate::value::{Flags, Granularity, Value};

/// A value, its granularity and its `[start, end)`.
pub(super) type Shaped = (Value, Granularity, DateTime<Tz>, DateTime<Tz>);

impl Frame<'_> {
    /// The value of the whole expression from the value of its written
    /// part, and its `[start, end)`.
    ///
    /// A range of times ends on the date of its start, or on the next day
    /// when the end is not after the start (`з 22:00 до 03:30`, SPEC §2);
    /// with two stamps, on the end's own date (`end_date`), after the
    /// start or not at all. It runs to the end of the written end's minute
    /// or hour. An open
    /// side is unbounded: see [`Frame::open_start`] and
    /// [`Frame::open_end`].
    pub(super) fn shape(
        &self,
        e: &Expr,
        value: Value,
        g: Granularity,
        zone: Option<Zone>,
        end_date: Option<NaiveDate>,
        flags: &mut Flags,
    ) -> Result<Shaped, Error> {
        let (value, g, start, end) = match (e.time_end.as_deref().copied(), &value) {
            (Some(t), Value::Instant(a)) => {
                let a = *a;
                let z = zone.unwrap_or(Zone::Tz(self.tz));
                let d = z.date_of(a.with_timezone(&Utc));
                // `с 9 до 24 часов`, `до 24:00`: the end of the day, written
                // as opening hours are; it is midnight, not after the
                // start on that date, so the next day's 00:00 below.
                let t = if t.hour == 24 && t.minute.unwrap_or(0) == 0 && t.second.unwrap_or(0) == 0 {
                    TimeExpr { hour: 0, ..t }
                } else {
                    t
                };
                let (mut b, mut bg) = self.date_and_time(end_date.unwrap_or(d), Some(t), zone, flags)?;
                if end_date.is_some() && matches!(b, Value::Instant(bi) if bi <= a) {
                    return Err(Error::new(
                        t.offset,
                        Reason::Backwards { start: value.to_string(), end: b.to_string() },
                    ));
                }
                if matches!(b, Value::Instant(bi) if bi <= a) {
                    let next = d.succ_opt().ok_or_else(|| overflow(t.offset))?;
                    (b, bg) = self.date_and_time(next, Some(t), zone, flags)?;
                }
                let (s, _) = self.interval(&value, g)?;
                let (_, en) = self.interval(&b, bg)?;
                (Value::Range(Box::new(value), Box::new(b)), Granularity::Range, s, en)
            }
            _ => {
                let (s, en) = self.interval(&value, g)?;
                (value, g, s, en)
            }
        };
        Ok(match e.open {
            None => (value, g, start, end),
            // Never an empty interval, even at the edges of year 1 and 9999.
            Some(Open::Until) => {
                (Value::Until(Box::new(value)), Granularity::Range, self.open_start()?.min(start), end)
            }
            Some(Open::Since) => {
                (Value::Since(Box::new(value)), Granularity::Range, start, self.open_end()?.max(end))
            }
        })
    }

    /// The `start` of an interval open at its start: the first instant
    /// cyrdate handles, midnight at the start of year 1 in the output zone.
    pub(super) fn open_start(&self) -> Result<DateTime<Tz>, Error> {
        self.local(NaiveDate::from_ymd_opt(1, 1, 1), NaiveTime::MIN)
    }

    /// The `end` of an interval open at its end: the last second cyrdate
    /// handles, 9999-12-31T23:59:59 in the output zone (an RFC 3339 text
    /// has four-digit years, so the first instant of year 10000 cannot be
    /// written).
    pub(super) fn open_end(&self) -> Result<DateTime<Tz>, Error> {
        self.local(
            NaiveDate::from_ymd_opt(9999, 12, 31),
            NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(NaiveTime::MIN),
        )
    }

    fn local(&self, d: Option<NaiveDate>, t: NaiveTime) -> Result<DateTime<Tz>, Error> {
        let naive = NaiveDateTime::new(d.ok_or_else(|| overflow(0))?, t);
        Frame::localize(
            Zone::Tz(self.tz),
            naive,
            Disambiguation::Compatible,
            0,
            &mut Flags::default(),
            self.tz,
        )
    }
}
