//! The `[start, end)` instants that bound a value.

use chrono::{DateTime, Days, Months, NaiveDate, NaiveTime, TimeDelta};
use chrono_tz::Tz;

use super::calendar::make_date;
use super::clock::Zone;
use super::{offsets, overflow, Frame};
use crate::context::Disambiguation;
use crate::error::Error;
use crate::value::{Flags, Granularity, Value};

impl Frame<'_> {
    /// The `[start, end)` instants of a value.
    pub(super) fn interval(&self, v: &Value, g: Granularity) -> Result<(DateTime<Tz>, DateTime<Tz>), Error> {
        let tz = self.tz;
        let midnight = |d: NaiveDate| -> Result<DateTime<Tz>, Error> {
            // Bounds are read with the compatible policy and flag nothing.
            let naive = d.and_time(NaiveTime::MIN);
            Frame::localize(Zone::Tz(tz), naive, Disambiguation::Compatible, 0, &mut Flags::default(), tz)
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
                Ok((*t, offsets::add(*t, step).ok_or_else(|| overflow(0))?))
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
            Value::Until(b) => Ok((self.open_start()?, self.interval(b, g)?.1)),
            Value::Since(a) => Ok((self.interval(a, g)?.0, self.open_end()?)),
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
