//! Weekdays: `пт`, `в пятницу`, `в прошлую пятницу`, `минулої п'ятниці`.

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep};
use crate::syntax::WeekdayExpr;

/// `пт`, `пятница`, `в пятницу`, `в прошлую пятницу`, `минулої п'ятниці`.
pub(crate) fn weekday(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In])).parse(i)?;
    let (i, s) = opt(shift_word).parse(i)?;
    let (i, (day, abbr)) = word(|m| match m {
        Meaning::Weekday { day, abbr } => Some((day, abbr)),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    Ok((i, Part::Weekday(WeekdayExpr { day, shift: s, marked: p.is_some() || s.is_some() })))
}
