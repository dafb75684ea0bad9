//! A part of the day on its own, beside a day: `вчера вечером`, `сегодня
//! утром`, `у понеділок вранці`, `вранці 15 лютого`, `этой ночью`,
//! `прошлым вечером`.

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::Meaning;

/// part-of-day = [shift] part-of-day-word
pub(crate) fn part_of_day(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, s) = opt(shift_word).parse(i)?;
    let (i, p) = word(|m| match m {
        Meaning::PartOfDay(p) => Some(p),
        _ => None,
    })
    .parse(i)?;
    Ok((i, Part::Daytime(p, s)))
}
