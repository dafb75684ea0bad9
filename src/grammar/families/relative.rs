//! Day words and periods: `сегодня`, `вчора`, `позапозавчера`, `только что`,
//! `прямо сейчас`, `зараз`, `торік`,
//! `на прошлой неделе`, `цього року`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep, Unit};
use crate::syntax::DateExpr;

fn day(i: Toks<'_>) -> PResult<'_, i64> {
    word(|m| match m {
        Meaning::Day(d) => Some(i64::from(d)),
        _ => None,
    })
    .parse(i)
}

/// day-range = [from] day ("-" | ["и" | "і"] ("до" | "по")) day    (the second day later)
///
/// `сьогодні-завтра`, `сегодня – завтра`, `с сегодня и до послезавтра`,
/// `з сьогодні по післязавтра` (SPEC §6). A word link needs its `с`/`з`.
fn day_range(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, from) = opt(prep(&[Prep::From])).parse(i)?;
    let (i, a) = day(i)?;
    let dash = punct('-').map(|_| false);
    let until = (opt(word(|m| (m == Meaning::And).then_some(()))), prep(&[Prep::Until])).map(|_| true);
    let (rest, (worded, b)) = (alt((dash, until)), day).parse(i)?;
    if b <= a || worded && from.is_none() {
        return fail(i);
    }
    Ok((rest, Part::Date(DateExpr::DayRange(a, b))))
}

/// day-word = day-range | day | ["прямо" | "только"] just-now | "только" "что" (not `что-то`) | last-year
///
/// `сегодня`, `вчора`, `позапозавчера`, `только что`, `щойно`, `прямо
/// сейчас`, `зараз`, `торік`.
pub(crate) fn day_word(i: Toks<'_>) -> PResult<'_, Part> {
    if let Ok(r) = day_range(i) {
        return Ok(r);
    }
    if let Ok((rest, d)) = day(i) {
        return Ok((rest, Part::Date(DateExpr::Day(d))));
    }
    let right = |i| word(|m| matches!(m, Meaning::Right | Meaning::Just).then_some(())).parse(i);
    // `щойно`, `сейчас`, `зараз`, `прямо сейчас`, `прямо зараз`.
    let mut now = (opt(right), word(|m| matches!(m, Meaning::JustNow | Meaning::NowWord).then_some(())));
    if let Ok((rest, _)) = now.parse(i) {
        return Ok((rest, Part::Date(DateExpr::Now)));
    }
    // `только что`, but not `только что-то` ("only something").
    let mut just_that =
        (word(|m| (m == Meaning::Just).then_some(())), word(|m| (m == Meaning::That).then_some(())));
    if let Ok((rest, _)) = just_that.parse(i) {
        if !rest.0.first().is_some_and(|t| t.is_punct('-') && !t.space_before) {
            return Ok((rest, Part::Date(DateExpr::Now)));
        }
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
