//! Holidays: `Новый год`, `Рождество`, `Різдво`, `Пасха`, `Великдень`,
//! `День Независимости Украины`, `День Незалежності`, with or without a
//! year; `Старый Новый год` (14 January), `Вербное воскресенье` (a week
//! before Easter), `Новый 2026 год` (the year inside). `8 Марта` is a day
//! and month like any other.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Holiday, Meaning, Prep, Unit};
use crate::syntax::{DateExpr, YearExpr};

fn is(m: Meaning) -> impl Fn(Meaning) -> Option<()> + Copy {
    move |x| (x == m).then_some(())
}

/// ```text
/// holiday = [prep] (holiday-word [christ] | old new year-word | palm sunday
///            | new [year4] year-word | "день" independence [ukraine])
///           [year4 [marker]]       (when no year was written inside)
/// ```
pub(crate) fn holiday(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, _) = opt(prep(&[Prep::In, Prep::On, Prep::Until, Prep::From])).parse(i)?;
    let offset = start_of(i);
    let year_word = || {
        word(|m| match m {
            Meaning::YearMarker { abbr: false } | Meaning::Unit { unit: Unit::Year, abbr: false } => Some(()),
            _ => None,
        })
    };
    let named = |i| {
        let (i, h) = word(|m| match m {
            Meaning::Holiday(h) => Some(h),
            _ => None,
        })
        .parse(i)?;
        let i = match h {
            // `Старый Новый год`: `старый` alone is no holiday.
            Holiday::OldNewYear => (word(is(Meaning::New)), year_word()).parse(i)?.0,
            // `Вербное воскресенье`, `Вербна неділя`.
            Holiday::PalmSunday => {
                word(|m| matches!(m, Meaning::Weekday { day: 7, .. }).then_some(())).parse(i)?.0
            }
            _ => opt(word(is(Meaning::Christ))).parse(i)?.0,
        };
        Ok((i, (h, None)))
    };
    // `Новый год`, `Новый 2026 год`.
    let new_year = |i| {
        let (i, _) = word(is(Meaning::New)).parse(i)?;
        let (i, y) = opt(num(4, 4)).parse(i)?;
        let (i, _) = year_word().parse(i)?;
        let year = y.map(|y| YearExpr::Written { value: y.value as u32, two_digit: false });
        Ok((i, (Holiday::NewYear, year)))
    };
    let independence = |i| {
        let day = word(|m| matches!(m, Meaning::Unit { unit: Unit::Day, abbr: false }).then_some(()));
        let (i, _) = (day, word(is(Meaning::Independence))).parse(i)?;
        let (i, _) = opt(word(is(Meaning::Ukraine))).parse(i)?;
        Ok((i, (Holiday::IndependenceDay, None)))
    };
    let (i, (holiday, inside)) = alt((named, new_year, independence)).parse(i)?;
    let (i, year) = match inside {
        Some(y) => (i, Some(y)),
        None => opt(year4).parse(i)?,
    };
    Ok((i, Part::Date(DateExpr::Holiday { holiday, year, offset })))
}
