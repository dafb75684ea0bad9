//! Ranges of months and of years: `с января по март 2025`, `січень–березень
//! 2025 року`, `з січня 2024 до березня 2025`, `1941–1945 гг.`, `в
//! 2021-2022 годах`, `у 2014–2015 роках`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Prep, Tok, Unit};
use crate::syntax::{DateExpr, MonthSpan, YearExpr, YearSpan};

/// The link between the ends: a dash, or `по`/`до` after `с`/`з`.
fn link(i: Toks<'_>, from: bool) -> PResult<'_, ()> {
    let (rest, word) = alt((punct('-').map(|_| false), prep(&[Prep::Until]).map(|_| true))).parse(i)?;
    if word && !from {
        return fail(i);
    }
    Ok((rest, ()))
}

/// month-range = [from | in | on] month [year4] link month [year4]
///
/// The year written at the end names the end's year; a start month after
/// the end month crosses New Year (`ноябрь–февраль 2025` is 2024-11 to
/// 2025-02). A year at the start needs one at the end. Marked (reported by
/// extraction) with a year or a preposition.
fn month_range(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::From, Prep::In, Prep::On])).parse(i)?;
    let from = p == Some(Prep::From);
    let offset = start_of(i);
    let (i, (m1, y1)) = (month, opt(year4)).parse(i)?;
    let (i, _) = link(i, from)?;
    let (rest, (m2, y2)) = (month, opt(year4)).parse(i)?;
    let len = match (y1, y2) {
        (None, _) if m1 != m2 => (m2 + 12 - m1) % 12 + 1,
        (
            Some(YearExpr::Written { value: a, two_digit: false }),
            Some(YearExpr::Written { value: b, two_digit: false }),
        ) if b * 12 + m2 > a * 12 + m1 => (b * 12 + m2) - (a * 12 + m1) + 1,
        _ => return fail(i),
    };
    let marked = p.is_some() || y2.is_some();
    let span = MonthSpan { first: Some(m1), len, base: 1, year: y2, shift: None, marked, offset };
    Ok((rest, Part::Date(DateExpr::Months(span))))
}

/// The marker of a span of years: `гг.`, `годах`, `роках`, `рр.`, `годы`,
/// `роки`.
fn years_marker(i: Toks<'_>) -> PResult<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::YearMarker { abbr } => Some(abbr),
        Meaning::Unit { unit: Unit::Year, abbr: false } => Some(false),
        _ => None,
    })
    .parse(i)?;
    abbr_dot(abbr).parse(i)
}

/// year-range = [from | in | on] num4 link num4 [year-marker]
///
/// Marked (reported by extraction) only with the marker: `с 2014 по
/// 2016` and `від 2000 до 2500` (гривень) are too often prices or counts.
fn year_range(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::From, Prep::In, Prep::On])).parse(i)?;
    let offset = start_of(i);
    let (i, a) = num(4, 4).parse(i)?;
    let (i, _) = link(i, p == Some(Prep::From))?;
    let (rest, b) = num(4, 4).parse(i)?;
    // `1980–1990-х` is a range of decades (the family `decade` reads it).
    let mut decade = (
        glued_punct('-'),
        glued(|t: &Tok| meaning(t, |m| matches!(m, Meaning::DecadeSuffix | Meaning::Ordinal).then_some(()))),
    );
    if !not_continued(rest) || decade.parse(rest).is_ok() {
        return fail(i);
    }
    let (rest, marker) = opt(years_marker).parse(rest)?;
    let first = YearExpr::Written { value: a.value as u32, two_digit: false };
    // An end before its start (`1945–1941 гг.`) is a span of no years,
    // which resolution rejects: nothing of it is left behind.
    let len = (b.value + 1).saturating_sub(a.value) as u32;
    let span = YearSpan { first, len, marked: marker.is_some(), offset };
    Ok((rest, Part::Date(DateExpr::Years(span))))
}

/// A range of months or of years.
pub(crate) fn span_range(i: Toks<'_>) -> PResult<'_, Part> {
    // Quick test: a month or a four-digit number first, after at most a
    // preposition (most `в`, `с`, `на` start neither).
    let starts = |t: &Tok| {
        matches!(t.kind, Kind::Num { digits: 4, .. })
            || t.meanings().iter().any(|m| matches!(m, Meaning::Month { .. }))
    };
    if !opens_with(i, starts) {
        return fail(i);
    }
    match month_range(i) {
        Ok(r) => Ok(r),
        Err(nom::Err::Error(e)) => match year_range(i) {
            Ok(r) => Ok(r),
            Err(nom::Err::Error(e2)) => Err(nom::Err::Error(nom::error::ParseError::or(e, e2))),
            Err(other) => Err(other),
        },
        Err(other) => Err(other),
    }
}
