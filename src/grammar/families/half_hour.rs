//! Half past an hour, named by the hour it leads to: `в половине девятого`,
//! `пол девятого`, `полдевятого` (8:30), `о пів на восьму` (7:30), `пів на
//! дев'яту вечора` (20:30), `о пів дев'ятої` (8:30). `первого`/`першу` is
//! 12:30, as `в 12 часов` is noon, and a part of the day moves it as it
//! moves `в 12` (`половина первого ночи` is 00:30).

use nom::combinator::opt;
use nom::Parser;

use super::time::apply_day_part;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::bits::{CENTURY, HALF_YEAR, MONTH, QUARTER, STAGE, UNIT, YEAR_MARKER};
use crate::lexicon::{Meaning, Prep, Tok};
use crate::syntax::TimeExpr;

/// half-hour = ["в" | "во" | "у" | "о" | "об"] half [day-part]
/// half      = ("половина" | "половине" | "пол" ["-"] | "пів") next-hour
///           | ("пол" | "пів") "на" next-hour-accusative     (`пів на восьму`)
///           | half-past-word                              (`полдевятого`)
/// next-hour = ordinal 1–12 in the genitive (`девятого`, `дев'ятої`)
///
/// With a preposition, a part of the day, or in one word it is a time
/// ([`Part::Time`]). Otherwise (`половина девятого`, `пол девятого`, `пів
/// на восьму`) it is a [`Part::BareTime`], which extraction reports only
/// beside a day: `половина` is also "half" and `пол` also "floor". An
/// ordinal followed by a noun the lexicon knows is that noun's (`в
/// половине первого месяца`): no time.
pub(crate) fn half_hour(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In, Prep::At])).parse(i)?;
    let offset = start_of(i);
    let (i, (next, one_word)) = half(i)?;
    let (i, dp) = opt(day_part).parse(i)?;
    if dp.is_none() && !one_word && noun_next(i) {
        return fail(i);
    }
    let hour = if next == 1 { 12 } else { next - 1 };
    let hour = dp.map_or(hour, |dp| apply_day_part(hour, dp));
    let time = TimeExpr { hour, minute: Some(30), second: None, nanos: 0, offset };
    if p.is_some() || dp.is_some() || one_word {
        Ok((i, Part::Time(time)))
    } else {
        Ok((i, Part::BareTime(time)))
    }
}

/// The hour half past leads to, and whether it was written in one word.
fn half(i: Toks<'_>) -> PResult<'_, (u32, bool)> {
    if let Ok((rest, n)) = word(|m| match m {
        Meaning::HalfPast(n) => Some(u32::from(n)),
        _ => None,
    })
    .parse(i)
    {
        return Ok((rest, (n, true)));
    }
    let (i, short) = word(|m| match m {
        Meaning::HalfOf => Some(false),
        Meaning::Half => Some(true),
        _ => None,
    })
    .parse(i)?;
    if short {
        if let Ok((rest, _)) = prep(&[Prep::On]).parse(i) {
            let (rest, n) = word(|m| match m {
                Meaning::HourAccusative(n) => Some(u32::from(n)),
                _ => None,
            })
            .parse(rest)?;
            return Ok((rest, (n, false)));
        }
    }
    // `пол-девятого`.
    let (i, _) = if short { opt(glued_punct('-')).parse(i)? } else { (i, None) };
    let (i, n) = word(|m| match m {
        Meaning::OrdinalWord(n) | Meaning::HourOrdinal(n) if (1..=12).contains(&n) => Some(u32::from(n)),
        _ => None,
    })
    .parse(i)?;
    Ok((i, (n, false)))
}

/// True when a noun the lexicon knows follows, whose ordinal the hour
/// word then is: a unit, a month, a year, a quarter, a century or a part
/// of a game, a course or a show (`в половине первого месяца`, `пол
/// второго года`, `в половине первого тайма`, `пів другого сезону`). A word it does not know may be a noun as well as a verb or
/// the next line (`в половине девятого начался`), so it does not count.
fn noun_next(i: Toks<'_>) -> bool {
    i.0.first().is_some_and(|t: &Tok| {
        t.kinds() & (UNIT | MONTH | YEAR_MARKER | QUARTER | HALF_YEAR | CENTURY | STAGE) != 0
    })
}
