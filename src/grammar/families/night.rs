//! The night before a day: `в ночь на субботу`, `у ніч на 7 вересня`, `в
//! ночь с пятницы на субботу`, `у ніч з 6 на 7 вересня`. The family reads
//! up to `на`; the day named after it is the next part (a weekday, a date
//! with a day, a day word), which the merge `night before a day` joins.
//! `ночью на` is not this form (`ночью` is a part of the day of its own).

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::families::calendar::day_month;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep};
use crate::syntax::{Calendar, Eve};

/// ```text
/// night = [prep-in] night-word [prep-from eve] "на"
/// ```
pub(crate) fn night(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let (i, _) = word(|m| (m == Meaning::Night).then_some(())).parse(i)?;
    let (i, eve) = match prep(&[Prep::From]).parse(i) {
        Ok((rest, _)) => {
            let (rest, e) = eve(rest)?;
            (rest, Some(e))
        }
        Err(_) => (i, None),
    };
    let (i, _) = prep(&[Prep::On]).parse(i)?;
    Ok((i, Part::Night(eve)))
}

/// The night's first day, after `с`/`з`:
///
/// ```text
/// eve = weekday-word ["."] | day-month | day-num | day-word
/// ```
fn eve(i: Toks<'_>) -> PResult<'_, Eve> {
    let offset = start_of(i);
    if let Ok((rest, (day, abbr))) = word(|m| match m {
        Meaning::Weekday { day, abbr } => Some((day, abbr)),
        _ => None,
    })
    .parse(i)
    {
        let (rest, _) = abbr_dot(abbr).parse(rest)?;
        return Ok((rest, Eve::Weekday { day, offset }));
    }
    if let Ok((rest, c)) = day_month(i) {
        return Ok((rest, Eve::Date(c)));
    }
    if let Ok((rest, days)) = word(|m| match m {
        Meaning::Day(d) => Some(i64::from(d)),
        _ => None,
    })
    .parse(i)
    {
        return Ok((rest, Eve::Day { days, offset }));
    }
    let (rest, d) = day_num(i)?;
    Ok((rest, Eve::Date(Calendar { day: Some(d.value as u32), month: None, year: None, offset })))
}
