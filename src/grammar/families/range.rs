//! Ranges of days: `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25`,
//! `с 14 по 15.10.`, and in `parse` only `14 - 15.10.`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::error::ParseError;
use nom::Parser;

use super::calendar::calendar;
use super::time::clock;
use super::Memo;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Prep, Tok};
use crate::syntax::{Calendar, DateExpr, Expr, YearExpr};

/// `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25`,
/// `28 августа – 3 сентября 2025`.
pub(crate) fn range<'a>(i: Toks<'a>, memo: &Memo<'a>) -> PResult<'a, Part> {
    // A dotted range has a dot right after its first number (`14.`), or
    // after `с`/`з` and the number.
    let dot_at = |k: usize| i.0.get(k).is_some_and(|t| t.is_punct('.') && !t.space_before);
    if dot_at(1) || dot_at(2) {
        if let Ok(r) = dotted_range(i) {
            return Ok(r);
        }
    }
    if matches!(i.0.first(), Some(Tok { kind: Kind::Num { .. }, .. })) {
        return range_from(i, false, memo.date());
    }
    let (i, from) = opt(prep(&[Prep::From])).parse(i)?;
    // `с «01» января 2024 года по «31» декабря 2024 года`.
    let (i, _) = opt(open_quote).parse(i)?;
    range_from(i, from.is_some(), calendar(i))
}

/// A day written with its dot (`14.`), a day.month with its final dot
/// (`14.10.`), or after `с`/`з` a day.month whose one-digit month cannot
/// be minutes (`с 1.9 по 5.9`; `в 10.1 - 10.12` is a range of versions).
fn dotted_start(i: Toks<'_>, from: bool) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (i, (d, _)) = (num(1, 2), glued_punct('.')).parse(i)?;
    let (i, month) = match (glued_num(1, 2), opt(glued_punct('.'))).parse(i) {
        Ok((rest, (m, dot))) if dot.is_some() || (m.digits == 1 && from) => (rest, Some(m.value as u32)),
        Ok(_) => return fail(i),
        Err(_) => (i, None),
    };
    Ok((i, Calendar { day: Some(d.value as u32), month, year: None, offset }))
}

/// dotted-range = [from] day "." [month "."] ("-" | "/" | until) day "." month ["." [year]]
///
/// `14. - 15.10.`, `14./15.10.2018`, `с 14.10. по 15.10.2018`, `с 1.9 по
/// 5.9`: the dot after the start (or a one-digit month) says these are
/// days, not times (SPEC §6).
fn dotted_range(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, from) = opt(prep(&[Prep::From])).parse(i)?;
    let (i, start) = dotted_start(i, from.is_some())?;
    let (i, word) =
        alt((punct('-').map(|_| false), glued_punct('/').map(|_| false), prep(&[Prep::Until]).map(|_| true)))
            .parse(i)?;
    if word && from.is_none() {
        return fail(i);
    }
    let offset = start_of(i);
    let (i, (d, _, m)) = (num(1, 2), glued_punct('.'), glued_num(1, 2)).parse(i)?;
    // The end's own dot, which `parse` trims at the end of its input.
    let (rest, y) = match glued_punct('.').parse(i) {
        Ok((i, _)) => opt(glued_num(2, 4)).parse(i)?,
        Err(_) => (i, None),
    };
    let year = match y {
        Some(y) if y.digits == 3 => return fail(i),
        Some(y) => Some(YearExpr::Written { value: y.value as u32, two_digit: y.digits == 2 }),
        None => None,
    };
    if !not_continued(rest) {
        return fail(i);
    }
    let (rest, _) = if year.is_some() { opt(year_marker).parse(rest)? } else { (rest, None) };
    let end = Calendar { day: Some(d.value as u32), month: Some(m.value as u32), year, offset };
    Ok((rest, Part::Date(DateExpr::Range(start, end))))
}

/// [`range`] after its optional `с`/`з`, given what [`calendar`] reads at
/// `i` (the caller may have read it already).
pub(crate) fn range_from<'a>(i: Toks<'a>, from: bool, date: PResult<'a, Calendar>) -> PResult<'a, Part> {
    // The start: a date, or a day alone (`1–5 сентября`), as `alt` would
    // try them.
    let (i, start) = match date {
        Err(nom::Err::Error(e)) => match (day_num, opt(close_quote)).parse(i) {
            Ok((rest, (d, _))) => {
                (rest, Calendar { day: Some(d.value as u32), offset: start_of(i), ..Calendar::default() })
            }
            Err(nom::Err::Error(e2)) => return Err(nom::Err::Error(e.or(e2))),
            Err(other) => return Err(other),
        },
        other => other?,
    };
    // `15.07.2025 16:08 - 31.07.2025 00:00` (tender periods): two stamps.
    let full = start.day.is_some() && start.month.is_some();
    if full && matches!(i.0.first(), Some(Tok { kind: Kind::Num { .. }, .. })) {
        return stamp_range(i, from, start);
    }
    let (i, link_word) = alt((punct('-').map(|_| false), prep(&[Prep::Until]).map(|_| true))).parse(i)?;
    if link_word && !from {
        return fail(i);
    }
    let (i, _) = opt(open_quote).parse(i)?;
    let (i, end) = match calendar(i) {
        // `с 14 по 15.10.`: after `с`/`з`, a day.month ends the range
        // without its year (SPEC §6: `с … по` is the context it needs).
        Err(nom::Err::Error(e)) if from => day_month_end(i).map_err(|e2| e2.map(|e2| e.or(e2)))?,
        r => r?,
    };
    // `1–5 сентября`: the month written once belongs to both ends, which
    // resolution works out (and the year), knowing whether the range
    // crosses the end of a month or a year (`30 – 2 января`, `28 декабря
    // – 3 января 2026`).
    Ok((i, Part::Date(DateExpr::Range(start, end))))
}

/// stamp-range = date clock ("-" | until) date clock     (after `с`/`з` for `по`/`до`)
///
/// Two stamps with a day and a month each: a range of instants whose ends
/// are on their own dates (`15.07.2025 16:08 - 31.07.2025 00:00`, `с
/// 01.09.2025 09:00 по 05.09.2025 18:00`). `i` is right after the start's
/// date.
fn stamp_range<'a>(i: Toks<'a>, from: bool, start: Calendar) -> PResult<'a, Part> {
    let (i, a) = clock(false).parse(i)?;
    let (i, link_word) = alt((punct('-').map(|_| false), prep(&[Prep::Until]).map(|_| true))).parse(i)?;
    if link_word && !from {
        return fail(i);
    }
    let (i, end) = calendar(i)?;
    if end.day.is_none() || end.month.is_none() {
        return fail(i);
    }
    let (i, b) = clock(false).parse(i)?;
    let e = Expr {
        date: Some(DateExpr::Range(start, end)),
        time: Some(a),
        time_end: Some(Box::new(b)),
        ..Expr::default()
    };
    Ok((i, Part::Stamp(Box::new(e))))
}

/// day-month-end = day "." month ("." | end of input)
///
/// `15.10.`, with its final dot (which `parse` trims at the end of its
/// input): without it, `до 15.10` is as much a time. A month past 12 is
/// no month.
fn day_month_end(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (i, (d, _, m)) = (num(1, 2), glued_punct('.'), glued_num(1, 2)).parse(i)?;
    let (i, dot) = opt(glued_punct('.')).parse(i)?;
    if !(1..=12).contains(&m.value) || dot.is_none() && !i.0.is_empty() || !not_continued(i) {
        return fail(i);
    }
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m.value as u32), year: None, offset }))
}

/// A day and a day.month joined by a dash, and nothing else (`14 - 15.10`,
/// `14-15.10` once `parse` has trimmed its final dot): read by `parse`
/// only, as [`bare_day_month`] is; in running text it is as often a
/// score or a page range (`счёт 14 - 15.10`).
///
/// ```text
/// bare-day-range = day dash day "." month
/// ```
///
/// [`bare_day_month`]: super::calendar::bare_day_month
pub(crate) fn bare_day_range(toks: &[Tok]) -> Option<Expr> {
    // Five tokens, a dash second: `parse` asks this of every input.
    if toks.len() != 5 || !toks[1].is_punct('-') {
        return None;
    }
    let i = Toks(toks);
    let offset = start_of(i);
    let (i, (d, _)) = (day_num, punct('-')).parse(i).ok()?;
    let (i, end) = day_month_end(i).ok()?;
    if !i.0.is_empty() {
        return None;
    }
    let start = Calendar { day: Some(d.value as u32), month: None, year: None, offset };
    Some(Expr { date: Some(DateExpr::Range(start, end)), ..Expr::default() })
}
