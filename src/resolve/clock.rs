//! Times of day, written zones and the daylight-saving policy.

use chrono::{
    DateTime, Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta,
    TimeZone, Utc,
};
use chrono_tz::Tz;

use super::{offsets, overflow, Frame};
use crate::context::Disambiguation;
use crate::error::{Error, Reason};
use crate::syntax::{TimeExpr, ZoneExpr, ZoneId};
use crate::value::{Flags, Granularity};

/// A zone to read a local time in.
#[derive(Clone, Copy, Debug)]
pub(super) enum Zone {
    Tz(Tz),
    Fixed(FixedOffset),
}

impl Frame<'_> {
    /// Reads a local time in a zone under the DST policy, flagging the
    /// repeated and the skipped hour; gives the instant in the zone `out`.
    pub(super) fn localize(
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
                    .map(|d| offsets::in_zone(&d, out))
                    .ok_or_else(|| overflow(offset));
            }
            Zone::Tz(tz) => tz,
        };
        // Read in the output zone itself (the common case), the instant
        // needs no second look-up.
        let to_out = |d: DateTime<Tz>| if tz == out { d } else { offsets::in_zone(&d, out) };
        match offsets::at_local(tz, naive) {
            MappedLocalTime::Single(d) => Ok(to_out(d)),
            MappedLocalTime::Ambiguous(a, b) => {
                flags.ambiguous = true;
                let (early, late) = if a <= b { (a, b) } else { (b, a) };
                match policy {
                    Disambiguation::Compatible | Disambiguation::Earlier => Ok(to_out(early)),
                    Disambiguation::Later => Ok(to_out(late)),
                    Disambiguation::Reject => {
                        Err(Error::new(offset, Reason::Twice { local: naive.to_string(), zone: tz.name() }))
                    }
                }
            }
            MappedLocalTime::None => {
                flags.skipped = true;
                let around = |hours: i64| -> Option<FixedOffset> {
                    let probe = naive.checked_add_signed(TimeDelta::try_hours(hours)?)?;
                    Some(offsets::at_local(tz, probe).earliest()?.offset().fix())
                };
                let before = around(-25).ok_or_else(|| overflow(offset))?;
                let after = around(25).ok_or_else(|| overflow(offset))?;
                let off = match policy {
                    Disambiguation::Compatible | Disambiguation::Later => before,
                    Disambiguation::Earlier => after,
                    Disambiguation::Reject => {
                        return Err(Error::new(
                            offset,
                            Reason::Never { local: naive.to_string(), zone: tz.name() },
                        ))
                    }
                };
                let utc = naive
                    .checked_sub_signed(TimeDelta::seconds(i64::from(off.local_minus_utc())))
                    .ok_or_else(|| overflow(offset))?;
                Ok(offsets::at_utc(out, utc))
            }
        }
    }
}

impl Zone {
    /// The calendar date of an instant in this zone.
    pub(super) fn date_of(self, now: DateTime<Utc>) -> NaiveDate {
        match self {
            Zone::Tz(tz) => offsets::in_zone(&now, tz).date_naive(),
            Zone::Fixed(f) => now.with_timezone(&f).date_naive(),
        }
    }
}

pub(super) fn zone_of(z: ZoneExpr) -> Result<Zone, Error> {
    Ok(match z {
        ZoneExpr::Named(ZoneId::Kyiv) => Zone::Tz(chrono_tz::Europe::Kyiv),
        ZoneExpr::Named(ZoneId::Moscow) => Zone::Tz(chrono_tz::Europe::Moscow),
        ZoneExpr::Named(ZoneId::Utc) => Zone::Fixed(Utc.fix()),
        ZoneExpr::Named(ZoneId::Fixed(s)) => Zone::Fixed(FixedOffset::east_opt(s).unwrap_or(Utc.fix())),
        ZoneExpr::Offset { seconds, minutes_ok, offset } => {
            let ok = seconds.abs() <= 18 * 3600 && minutes_ok;
            match Some(seconds).filter(|_| ok).and_then(FixedOffset::east_opt) {
                Some(f) => Zone::Fixed(f),
                None => return Err(Error::new(offset, Reason::ZoneOffset)),
            }
        }
    })
}

pub(super) fn time_of(t: TimeExpr) -> Result<(NaiveTime, Granularity), Error> {
    let m = u32::from(t.minute.unwrap_or(0));
    let s = u32::from(t.second.unwrap_or(0));
    let g = if t.second.is_some() {
        Granularity::Second
    } else if t.minute.is_some() {
        Granularity::Minute
    } else {
        Granularity::Hour
    };
    NaiveTime::from_hms_nano_opt(t.hour, m, s, t.nanos).filter(|_| s < 60).map(|nt| (nt, g)).ok_or_else(
        || {
            let (field, value, most) = if t.hour > 23 {
                ("hour", t.hour, 23)
            } else if m > 59 {
                ("minute", m, 59)
            } else {
                ("second", s, 59)
            };
            Error::new(t.offset, Reason::TimeField { field, value, most })
        },
    )
}

/// An instant within the years cyrdate handles (1 to 9999), else overflow.
pub(super) fn in_range(t: DateTime<Tz>, offset: usize) -> Result<DateTime<Tz>, Error> {
    if (1..=9999).contains(&t.year()) {
        Ok(t)
    } else {
        Err(overflow(offset))
    }
}
