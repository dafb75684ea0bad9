//! Holidays: `Новый год`, `Рождество`, `Різдво`, `Пасха`, `Великдень`,
//! `День Независимости Украины`, `День Незалежності`, with or without a
//! year. `8 Марта` is a day and month like any other.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Holiday, Meaning, Prep, Unit};
use crate::syntax::DateExpr;

fn is(m: Meaning) -> impl Fn(Meaning) -> Option<()> + Copy {
    move |x| (x == m).then_some(())
}

/// ```text
/// holiday = [prep] (holiday-word [christ] | new year-word | "день" independence [ukraine])
///           [year4 [marker]]
/// ```
pub(crate) fn holiday(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, _) = opt(prep(&[Prep::In, Prep::On, Prep::Until, Prep::From])).parse(i)?;
    let offset = start_of(i);
    let named = |i| {
        let (i, h) = word(|m| match m {
            Meaning::Holiday(h) => Some(h),
            _ => None,
        })
        .parse(i)?;
        let (i, _) = opt(word(is(Meaning::Christ))).parse(i)?;
        Ok((i, h))
    };
    let new_year = |i| {
        let year_word = word(|m| match m {
            Meaning::YearMarker { abbr: false } | Meaning::Unit { unit: Unit::Year, abbr: false } => Some(()),
            _ => None,
        });
        (word(is(Meaning::New)), year_word).map(|_| Holiday::NewYear).parse(i)
    };
    let independence = |i| {
        let day = word(|m| matches!(m, Meaning::Unit { unit: Unit::Day, abbr: false }).then_some(()));
        let (i, _) = (day, word(is(Meaning::Independence))).parse(i)?;
        let (i, _) = opt(word(is(Meaning::Ukraine))).parse(i)?;
        Ok((i, Holiday::IndependenceDay))
    };
    let (i, holiday) = alt((named, new_year, independence)).parse(i)?;
    let (i, year) = opt(year4).parse(i)?;
    Ok((i, Part::Date(DateExpr::Holiday { holiday, year, offset })))
}
