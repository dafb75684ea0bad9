//! The n-th or last weekday (or day) of a month: `первый вторник октября`,
//! `последний понедельник марта 2014`, `третій вівторок у вересні 2014`,
//! `останній день у жовтні 2015`, `третій день у жовтні`.

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep, Unit};
use crate::syntax::DateExpr;

/// ```text
/// nth = [prep] (ordinal-word | last) (weekday-word | "день") [prep] month [year4 [marker]]
/// ```
pub(crate) fn nth(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, _) = opt(prep(&[Prep::In, Prep::On, Prep::Until])).parse(i)?;
    let offset = start_of(i);
    let (i, n) = word(|m| match m {
        Meaning::OrdinalWord(n) => i8::try_from(n).ok(),
        Meaning::Last => Some(-1),
        _ => None,
    })
    .parse(i)?;
    let (i, weekday) = word(|m| match m {
        Meaning::Weekday { day, abbr: false } => Some(Some(day)),
        Meaning::Unit { unit: Unit::Day, abbr: false } => Some(None),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let (i, (m, year)) = (month, opt(year4)).parse(i)?;
    Ok((i, Part::Date(DateExpr::Nth { n, weekday, month: m, year, offset })))
}
