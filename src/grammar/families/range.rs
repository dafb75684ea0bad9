//! Ranges of days: `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::error::ParseError;
use nom::Parser;

use super::calendar::calendar;
use super::Memo;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Prep, Tok};
use crate::syntax::{Calendar, DateExpr};

/// `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25`,
/// `28 августа – 3 сентября 2025`.
pub(crate) fn range<'a>(i: Toks<'a>, memo: &Memo<'a>) -> PResult<'a, Part> {
    if matches!(i.0.first(), Some(Tok { kind: Kind::Num { .. }, .. })) {
        return range_from(i, false, memo.date());
    }
    let (i, from) = opt(prep(&[Prep::From])).parse(i)?;
    range_from(i, from.is_some(), calendar(i))
}

/// [`range`] after its optional `с`/`з`, given what [`calendar`] reads at
/// `i` (the caller may have read it already).
pub(crate) fn range_from<'a>(i: Toks<'a>, from: bool, date: PResult<'a, Calendar>) -> PResult<'a, Part> {
    // The start: a date, or a day alone (`1–5 сентября`), as `alt` would
    // try them.
    let (i, start) = match date {
        Err(nom::Err::Error(e)) => match day_num(i) {
            Ok((rest, d)) => {
                (rest, Calendar { day: Some(d.value as u32), offset: start_of(i), ..Calendar::default() })
            }
            Err(nom::Err::Error(e2)) => return Err(nom::Err::Error(e.or(e2))),
            Err(other) => return Err(other),
        },
        other => other?,
    };
    let (i, link_word) = alt((punct('-').map(|_| false), prep(&[Prep::Until]).map(|_| true))).parse(i)?;
    if link_word && !from {
        return fail(i);
    }
    let (i, end) = calendar(i)?;
    let mut start = start;
    // `1–5 сентября`: the month written once belongs to both ends. The
    // year is left to resolution, which knows whether the range crosses
    // New Year (`28 декабря – 3 января 2026`).
    if start.month.is_none() {
        start.month = end.month;
    }
    Ok((i, Part::Date(DateExpr::Range(start, end))))
}
