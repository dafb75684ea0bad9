//! Day words and periods: `сегодня`, `вчора`, `только что`, `торік`,
//! `на прошлой неделе`, `цього року`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep, Unit};
use crate::syntax::DateExpr;

/// `сегодня`, `вчора`, `только что`, `щойно`, `торік`.
pub(crate) fn day_word(i: Toks<'_>) -> PResult<'_, Part> {
    if let Ok((rest, d)) = word(|m| match m {
        Meaning::Day(d) => Some(i64::from(d)),
        _ => None,
    })
    .parse(i)
    {
        return Ok((rest, Part::Date(DateExpr::Day(d))));
    }
    if let Ok((rest, _)) = alt((
        word(|m| (m == Meaning::JustNow).then_some(())),
        (word(|m| (m == Meaning::Just).then_some(())), word(|m| (m == Meaning::That).then_some(())))
            .map(|_| ()),
    ))
    .parse(i)
    {
        return Ok((rest, Part::Date(DateExpr::Now)));
    }
    let (rest, _) = word(|m| (m == Meaning::LastYear).then_some(())).parse(i)?;
    Ok((rest, Part::Date(DateExpr::Period { unit: Unit::Year, offset: -1 })))
}

/// `на прошлой неделе`, `в этом году`, `минулого тижня`, `цього року`.
pub(crate) fn period(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, _) = opt(prep(&[Prep::In, Prep::On])).parse(i)?;
    let (i, s) = shift_word(i)?;
    let (i, unit) = word(|m| match m {
        Meaning::Unit { unit: u @ (Unit::Week | Unit::Month | Unit::Year), abbr: false } => Some(u),
        _ => None,
    })
    .parse(i)?;
    Ok((i, Part::Date(DateExpr::Period { unit, offset: s.count() })))
}
