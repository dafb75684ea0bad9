//! Calendar dates: ISO stamps, numeric dates, a day and a month name, a
//! month first, a month and a year, a year with its marker, a month alone.

use nom::branch::alt;
use nom::combinator::opt;
use nom::error::ParseError;
use nom::Parser;

use super::time::clock;
use super::zone::{offset_zone, zone_word};
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Prep, Tok};
use crate::syntax::{Calendar, DateExpr, Expr, MonthSpan, YearExpr};

/// `2025-09-07`, then optionally `T01:15:00.5+03:00` or `T01:15Z`.
pub(crate) fn iso(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (i, (y, _, m, _, d)) =
        (num(4, 4), glued_punct('-'), glued_num(1, 2), glued_punct('-'), glued_num(1, 2)).parse(i)?;
    let cal = Calendar {
        day: Some(d.value as u32),
        month: Some(m.value as u32),
        year: Some(YearExpr::Written { value: y.value as u32, two_digit: false }),
        offset,
    };
    let mut expr = Expr { date: Some(DateExpr::Calendar(cal)), ..Expr::default() };
    let t: PResult<'_, _> =
        (glued(|t: &Tok| meaning(t, |m| (m == Meaning::IsoT).then_some(()))), clock(true)).parse(i);
    let i = match t {
        Ok((rest, (_, time))) => {
            expr.time = Some(time);
            let (rest, z) = opt(alt((zone_word, offset_zone))).parse(rest)?;
            expr.zone = z;
            rest
        }
        Err(_) => {
            if !not_continued(i) {
                return fail(i);
            }
            i
        }
    };
    Ok((i, Part::Stamp(Box::new(expr))))
}

/// `07.09.2025`, `7.9.2025`, `07.09.25`, `07/09/2025`, `2025.09.07`.
pub(crate) fn numeric_date(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (rest, a) = num(1, 4).parse(i)?;
    let (rest, sep) = glued(|t: &Tok| match t.kind {
        Kind::Punct(c @ ('.' | '/' | '-')) => Some(c),
        _ => None,
    })
    .parse(rest)?;
    let (rest, (b, _, c)) = (glued_num(1, 2), glued_punct(sep), glued_num(2, 4)).parse(rest)?;
    if c.digits == 3 || !not_continued(rest) {
        return fail(i);
    }
    let cal = if a.digits == 4 {
        if c.digits != 2 && c.digits != 1 {
            return fail(i);
        }
        Calendar {
            day: Some(c.value as u32),
            month: Some(b.value as u32),
            year: Some(YearExpr::Written { value: a.value as u32, two_digit: false }),
            offset,
        }
    } else if a.digits <= 2 {
        // A two-digit year only with a two-digit day and month (`07.09.25`),
        // so that versions like `1.2.33` are not dates.
        if c.digits == 2 && (a.digits != 2 || b.digits != 2) {
            return fail(i);
        }
        if sep == '-' && c.digits != 4 {
            return fail(i);
        }
        Calendar {
            day: Some(a.value as u32),
            month: Some(b.value as u32),
            year: Some(YearExpr::Written { value: c.value as u32, two_digit: c.digits == 2 }),
            offset,
        }
    } else {
        return fail(i);
    };
    let (rest, _) = opt(year_marker).parse(rest)?;
    Ok((rest, cal))
}

/// day-month = day-num [close-quote] ["-" | "/" | "."] month
///             ("," year4 (after a nominative month) | [year-tail])
///
/// `7 сентября 2025 г.`, `07 СЕН. 2025`, `9 июля`, `1-го вересня`, `5го
/// ноября`, `«15» квітня 2023 року`, `10-августа 2012`, `10/августа/2012`,
/// `09.июля.2015`, `05-Янв-2019`, `12 Октябрь, 2021`, `03 авг 96` (see
/// [`year_tail`]).
pub(crate) fn day_month(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (i, d) = day_num(i)?;
    // Quick test: a month word, a quote or a separator must follow.
    if !i.0.first().is_some_and(|t| {
        matches!(t.kind, Kind::Word(_)) && !t.is_unknown_word() || matches!(t.kind, Kind::Punct(_))
    }) {
        return fail(i);
    }
    let (i, _) = opt(close_quote).parse(i)?;
    let (i, sep) = opt(glued(|t: &Tok| match t.kind {
        Kind::Punct(c @ ('-' | '/' | '.')) => Some(c),
        _ => None,
    }))
    .parse(i)?;
    let nominative = is_nominative(i);
    let (i, m) = if sep.is_some() { glued_month(i)? } else { month(i)? };
    let (i, y) = match (punct(','), year4).parse(i) {
        Ok((rest, (_, y))) if nominative => (rest, Some(y)),
        _ => year_tail(i, sep)?,
    };
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m), year: y, offset }))
}

/// The year after a day and a month name, if any:
///
/// year-tail = sep year (the separator that stood between day and month:
///             `05-Янв-2019`, `10/августа/2012`; two or four digits)
///           | year4 | "," year4 before a time (`12 октября, 2021 08:15`)
///           | year2, when a time follows or nothing but punctuation does
///             (`03 авг 96`, `2 Декабрь 95 11:15`): SPEC §6.
pub(crate) fn year_tail(i: Toks<'_>, sep: Option<char>) -> PResult<'_, Option<YearExpr>> {
    if let Some(c) = sep {
        if let Ok((rest, (_, y))) = (glued_punct(c), glued_num(1, 4)).parse(i) {
            // `05/Янв/2019:14:20`, `10-авг-2012.5`: a year glued on to
            // more is not read, and the day and month alone are no date.
            if y.digits == 1 || y.digits == 3 || !not_continued(rest) {
                return fail(i);
            }
            let (rest, _) = opt(year_marker).parse(rest)?;
            return Ok((rest, Some(YearExpr::Written { value: y.value as u32, two_digit: y.digits == 2 })));
        }
    }
    if let Ok((rest, y)) = year4(i) {
        return Ok((rest, Some(y)));
    }
    // A comma before the year of a month in the genitive only when a time
    // follows (`12 октября, 2021 08:15`): `5 мая, 2000 человек` is a count.
    if let Ok((rest, (_, y))) = (punct(','), year4).parse(i) {
        if time_follows(rest) {
            return Ok((rest, Some(y)));
        }
    }
    if let Ok((rest, y)) = num(2, 2).parse(i) {
        let spaced = i.0.first().is_some_and(|t| t.space_before);
        let ends = rest.0.iter().all(|t| matches!(t.kind, Kind::Punct(_)));
        if spaced && not_continued(rest) && (ends || time_follows(rest)) {
            return Ok((rest, Some(YearExpr::Written { value: y.value as u32, two_digit: true })));
        }
    }
    Ok((i, None))
}

/// spaced-numeric = day "." month "." year4, with spaces beside the dots
/// (`07. 09. 2025`): the four-digit year says it is a date (SPEC §6).
fn spaced_numeric(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (rest, (d, _, m, _, y)) = (num(1, 2), punct('.'), num(1, 2), punct('.'), num(4, 4)).parse(i)?;
    let spaced = i.0[1..5].iter().any(|t| t.space_before);
    if !spaced || !not_continued(rest) {
        return fail(i);
    }
    let (rest, _) = opt(year_marker).parse(rest)?;
    let year = Some(YearExpr::Written { value: y.value as u32, two_digit: false });
    Ok((rest, Calendar { day: Some(d.value as u32), month: Some(m.value as u32), year, offset }))
}

/// day-month-this-year = day "." month ["."] this-year (`15.05 ц.р.`)
fn numeric_this_year(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (rest, (d, _, m, _, y)) =
        (num(1, 2), glued_punct('.'), glued_num(1, 2), opt(glued_punct('.')), this_year).parse(i)?;
    Ok((rest, Calendar { day: Some(d.value as u32), month: Some(m.value as u32), year: Some(y), offset }))
}

/// True when a clock time follows, after a comma if any (`95 11:15`,
/// `2021, 08:15`).
fn time_follows(i: Toks<'_>) -> bool {
    let after = opt(punct(',')).parse(i).map_or(i, |(rest, _)| rest);
    clock(false).parse(after).is_ok()
}

/// True when the token at `i` is a month in the nominative.
fn is_nominative(i: Toks<'_>) -> bool {
    i.0.first().is_some_and(|t| t.meanings().contains(&Meaning::Nominative))
}

/// year-month-day = year4 "-" month "-" day (`2015-кві-12`)
fn year_month_name_day(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (rest, (y, _, m, _, d)) =
        (num(4, 4), glued_punct('-'), glued_month, glued_punct('-'), glued_num(1, 2)).parse(i)?;
    if !not_continued(rest) {
        return fail(i);
    }
    let year = Some(YearExpr::Written { value: y.value as u32, two_digit: false });
    Ok((rest, Calendar { day: Some(d.value as u32), month: Some(m), year, offset }))
}

/// `Грудень 28, 2025`, `Трв 29 2025 р.`, `Sep 28 2020`.
pub(crate) fn month_first(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (i, (m, d, _, y)) = (month, num(1, 2), opt(punct(',')), year4).parse(i)?;
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m), year: Some(y), offset }))
}

/// month-year = [prep-in | prep-from] month (year4 | "," year4 (a nominative month) | ("-" | "/") year4)
///
/// `сентябрь 2025`, `в сентябре 2025 года`, `у вересні 2025 року`,
/// `Грудень, 2014`, `сен-2012`, `в мае т.г.`
pub(crate) fn month_year(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In, Prep::From])).parse(i)?;
    let offset = start_of(i);
    let nominative = is_nominative(i);
    let (i, m) = month(i)?;
    let glued_year =
        (glued(|t: &Tok| matches!(t.kind, Kind::Punct('-' | '/')).then_some(())), glued_num(4, 4));
    let (i, y) = match glued_year.map(|(_, y)| y).parse(i) {
        Ok((rest, y)) if not_continued(rest) => {
            let (rest, _) = opt(year_marker).parse(rest)?;
            (rest, YearExpr::Written { value: y.value as u32, two_digit: false })
        }
        // `Грудень, 2014`: a comma only after a nominative.
        _ if nominative => {
            let (i, (_, y)) = (opt(punct(',')), year4).parse(i)?;
            (i, y)
        }
        _ => year4(i)?,
    };
    Ok((i, Calendar { day: None, month: Some(m), year: Some(y), offset }))
}

/// `в 2021 году`, `2021 г.`, `у 2021 році`: a year needs its marker. The
/// year may carry an ordinal ending (`в 1990-м году`, `с 1990-го года`,
/// `у 1990-му році`), still followed by its marker.
///
/// ```text
/// year-only = [prep-in] year4-num ["-"] [ordinal] year-marker
/// ```
pub(crate) fn year_only(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, y) = num(4, 4).parse(i)?;
    // A singular ending: `2000-е годы` (plural) is the decade's.
    let ordinal = |t: &Tok| {
        let ms = t.meanings();
        (ms.contains(&Meaning::Ordinal) && !ms.contains(&Meaning::DecadeSuffix)).then_some(())
    };
    let (i, _) = opt((opt(glued_punct('-')), glued(ordinal))).parse(i)?;
    let (i, _) = year_marker.parse(i)?;
    let year = YearExpr::Written { value: y.value as u32, two_digit: false };
    Ok((i, Calendar { day: None, month: None, year: Some(year), offset }))
}

/// month-alone = [prep-in | prep-from] month-word (a full word, no abbreviation)
///
/// `в сентябре`, `у вересні`, `с января`, `сентябрь`: one month, a
/// [`MonthSpan`] of one. Marked (reported by extraction) only with its
/// preposition: a month word alone (`май`) is read by `parse` only (SPEC
/// §6).
pub(crate) fn month_alone(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In, Prep::From])).parse(i)?;
    let offset = start_of(i);
    let (i, m) = word(|m| match m {
        Meaning::Month { month, abbr: false } => Some(u32::from(month)),
        _ => None,
    })
    .parse(i)?;
    let span =
        MonthSpan { first: Some(m), len: 1, base: 1, year: None, shift: None, marked: p.is_some(), offset };
    Ok((i, Part::Date(DateExpr::Months(span))))
}

/// A day.month and nothing else (`15.02`, `15.2`, `10.12.` once `parse` has
/// trimmed its dot): read by `parse` only, where the caller says the text
/// is a date (SPEC §6); `14.00` (no month 0) stays unread.
pub(crate) fn bare_day_month(toks: &[Tok]) -> Option<Expr> {
    let (rest, (d, _, m)) = (num(1, 2), glued_punct('.'), glued_num(1, 2)).parse(Toks(toks)).ok()?;
    if !rest.0.is_empty() || !(1..=12).contains(&m.value) {
        return None;
    }
    let cal = Calendar {
        day: Some(d.value as u32),
        month: Some(m.value as u32),
        year: None,
        offset: start_of(Toks(toks)),
    };
    Some(Expr { date: Some(DateExpr::Calendar(cal)), ..Expr::default() })
}

pub(crate) fn calendar(i: Toks<'_>) -> PResult<'_, Calendar> {
    // The common forms first; the rare ones only where their second
    // token can start them.
    let second = i.0.get(1).map(|t| t.kind);
    let four = matches!(i.0.first().map(|t| t.kind), Some(Kind::Num { digits: 4, .. }));
    match alt((numeric_date, day_month)).parse(i) {
        Err(nom::Err::Error(e)) if four && second == Some(Kind::Punct('-')) => {
            year_month_name_day(i).map_err(|e2| e2.map(|e2| e.or(e2)))
        }
        Err(nom::Err::Error(e)) if second == Some(Kind::Punct('.')) => {
            alt((spaced_numeric, numeric_this_year)).parse(i).map_err(|e2| e2.map(|e2| e.or(e2)))
        }
        r => r,
    }
}

/// `на 8 Марта`, `с 1 сентября`, `к 3 марта`: a date after `на`, `с`/`з`
/// (with no end: a range is tried first) or `к` is the date (SPEC §6: a
/// preposition before a date leaves the date as it is). `parse` reads the
/// whole; extraction finds the date alone, so that `normalise` keeps the
/// word, as for `до 10 вересня`.
///
/// ```text
/// on-date = ("на" | "с" | "з" | "к") (numeric-date | day-month)
/// ```
pub(crate) fn on_date(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = prep(&[Prep::On, Prep::From, Prep::Towards]).parse(i)?;
    calendar(i)
}
