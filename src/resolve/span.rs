//! Runs of whole months and years: quarters, half-years, seasons,
//! decades, centuries. Months are counted on one line (`year * 12 +
//! month - 1`) so that winter, which crosses New Year, needs no case of
//! its own.

use chrono::Datelike;

use crate::context::Prefer;
use crate::error::{Error, Reason};
use crate::syntax::{MonthSpan, YearExpr, YearSpan};
use crate::value::{Flags, Value};

use super::calendar::check_year;
use super::{overflow, Frame};

/// A month on the line of months.
fn month_value(m: i64, offset: usize) -> Result<Value, Error> {
    let year = i32::try_from(m.div_euclid(12)).map_err(|_| overflow(offset))?;
    check_year(year, offset)?;
    Ok(Value::Month { year, month: m.rem_euclid(12) as u32 + 1 })
}

impl Frame<'_> {
    /// The months of a quarter, half-year or season, of a range of months
    /// (`с января по март 2025`), or one month alone (`в декабре`: a
    /// month, not a range).
    ///
    /// With a year: the span whose last month is in that year (`зимой
    /// 2013` ends in February 2013). With a shift: counted from the one
    /// under way (`в прошлом квартале`); for a named season, `этой` is the
    /// one under way, else the one that begins in the reference year (on
    /// 7 September `этим летом` is the summer just ended, `этой зимой` the
    /// one ahead; on 12 January `этим летом` is the coming one), and
    /// `прошлой`/`следующей` the one a year before or after that. With neither: the §2 rule by its start, the one under way
    /// counting as the most recent.
    pub(super) fn month_span(&self, s: &MonthSpan, flags: &mut Flags) -> Result<Value, Error> {
        let today = self.today();
        let now = i64::from(today.year()) * 12 + i64::from(today.month0());
        let len = i64::from(s.len);
        let start = match (s.first, s.year, s.shift) {
            (Some(first), Some(y), _) => {
                let y = i64::from(self.full_year(y, flags));
                let last = (i64::from(first) - 1 + len - 1).rem_euclid(12);
                y * 12 + last - (len - 1)
            }
            (first, None, shift) => {
                let first = i64::from(first.unwrap_or(s.base)) - 1;
                // The most recent start not after this month.
                let period = if s.first.is_some() { 12 } else { len };
                let past = now - (now - first).rem_euclid(period);
                let under_way = now < past + len;
                match shift {
                    Some(k) => {
                        flags.relative = true;
                        if s.first.is_none() {
                            past + i64::from(k) * len
                        } else {
                            // `этой зимой`: the one under way, else the one
                            // that begins in the reference year (`этим
                            // летом` in January is the coming summer, in
                            // September the one just ended); `прошлой` and
                            // `следующей` a year before or after it.
                            let this = if under_way || past.div_euclid(12) == now.div_euclid(12) {
                                past
                            } else {
                                past + 12
                            };
                            this + 12 * i64::from(k)
                        }
                    }
                    None => {
                        flags.year_inferred = true;
                        let future = if under_way { past } else { past + period };
                        match self.prefer {
                            Prefer::Past => past,
                            Prefer::Future => future,
                            Prefer::Nearest if under_way => past,
                            Prefer::Nearest => {
                                if now - past <= future - now {
                                    past
                                } else {
                                    future
                                }
                            }
                        }
                    }
                }
            }
            (None, Some(y), _) => {
                let y = i64::from(self.full_year(y, flags));
                y * 12 + i64::from(s.base) - 1
            }
        };
        let a = month_value(start, s.offset)?;
        if len == 1 {
            return Ok(a);
        }
        let b = month_value(start + len - 1, s.offset)?;
        Ok(Value::Range(Box::new(a), Box::new(b)))
    }

    /// The years of a decade or a century. A decade written with two
    /// digits (`90-е`) follows the §2 rule by its start, the one under way
    /// counting as the most recent.
    pub(super) fn year_span(&self, s: &YearSpan, flags: &mut Flags) -> Result<Value, Error> {
        let len = i64::from(s.len);
        if len == 0 {
            // `1945–1941 гг.`: the end before the start (the grammar keeps
            // the start and a length of none).
            let start = match s.first {
                YearExpr::Written { value, .. } => value.to_string(),
                YearExpr::Relative(k) => k.to_string(),
            };
            return Err(Error::new(s.offset, Reason::Backwards { start, end: "the end written".into() }));
        }
        let first = match s.first {
            YearExpr::Written { value, two_digit: true } => {
                flags.year_inferred = true;
                let r = i64::from(self.today().year());
                let past = r - (r - i64::from(value)).rem_euclid(100);
                let under_way = r < past + len;
                let future = if under_way { past } else { past + 100 };
                match self.prefer {
                    Prefer::Past => past,
                    Prefer::Future => future,
                    Prefer::Nearest if under_way || r - past <= future - r => past,
                    Prefer::Nearest => future,
                }
            }
            y => i64::from(self.full_year(y, flags)),
        };
        let year = |y: i64| -> Result<Value, Error> {
            let y = i32::try_from(y).map_err(|_| overflow(s.offset))?;
            check_year(y, s.offset)?;
            Ok(Value::Year(y))
        };
        Ok(Value::Range(Box::new(year(first)?), Box::new(year(first + len - 1)?)))
    }
}
