//! Seasons: `летом 2025`, `этой весной`, `прошлой зимой`, `влітку`,
//! `минулої зими`, `ця весна`, `зимой 2013` (December 2012 to February 2013).

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep};
use crate::syntax::{DateExpr, MonthSpan, YearExpr};

/// A year after a span: `2025`, `2025 года`, `2025 р.`
pub(crate) fn year_after(i: Toks<'_>) -> PResult<'_, YearExpr> {
    year4(i)
}

/// season = [prep] [shift] season-word [year4 [marker]]
pub(crate) fn season(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (i, _) = opt(prep(&[Prep::In, Prep::On, Prep::By, Prep::Until, Prep::From])).parse(i)?;
    let (i, s) = opt(shift_word).parse(i)?;
    let (i, season) = word(|m| match m {
        Meaning::Season(s) => Some(s),
        _ => None,
    })
    .parse(i)?;
    let (i, year) = if s.is_none() { opt(year_after).parse(i)? } else { (i, None) };
    let marked = year.is_some() || s.is_some();
    let span = MonthSpan {
        first: Some(season.first_month()),
        len: 3,
        base: 12,
        year,
        shift: s.map(|s| s.count()),
        marked,
        offset,
    };
    Ok((i, Part::Date(DateExpr::Months(span))))
}
