//! Calendar dates: ISO stamps, numeric dates, a day and a month name, a
//! month first, a month and a year, a year with its marker, a month alone.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use super::time::clock;
use super::zone::{offset_zone, zone_word};
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Prep, Tok};
use crate::syntax::{Calendar, DateExpr, Expr, YearExpr};

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
    Ok((i, Part::Stamp(expr)))
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

/// `7 сентября 2025 г.`, `07 СЕН. 2025`, `9 июля`, `1-го вересня`.
pub(crate) fn day_month(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (i, (d, m)) = (day_num, month).parse(i)?;
    let (i, y) = opt(year4).parse(i)?;
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m), year: y, offset }))
}

/// `Грудень 28, 2025`, `Трв 29 2025 р.`, `Sep 28 2020`.
pub(crate) fn month_first(i: Toks<'_>) -> PResult<'_, Calendar> {
    let offset = start_of(i);
    let (i, (m, d, _, y)) = (month, num(1, 2), opt(punct(',')), year4).parse(i)?;
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m), year: Some(y), offset }))
}

/// `сентябрь 2025`, `в сентябре 2025 года`, `у вересні 2025 року`.
pub(crate) fn month_year(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, (m, y)) = (month, year4).parse(i)?;
    Ok((i, Calendar { day: None, month: Some(m), year: Some(y), offset }))
}

/// `в 2021 году`, `2021 г.`, `у 2021 році`: a year needs its marker.
pub(crate) fn year_only(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, (y, _)) = (num(4, 4), year_marker).parse(i)?;
    let year = YearExpr::Written { value: y.value as u32, two_digit: false };
    Ok((i, Calendar { day: None, month: None, year: Some(year), offset }))
}

/// `в сентябре`, `у вересні`, `сентябрь`: a month alone (full word only).
pub(crate) fn month_alone(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, m) = word(|m| match m {
        Meaning::Month { month, abbr: false } => Some(u32::from(month)),
        _ => None,
    })
    .parse(i)?;
    Ok((i, Calendar { day: None, month: Some(m), year: None, offset }))
}

pub(crate) fn calendar(i: Toks<'_>) -> PResult<'_, Calendar> {
    alt((numeric_date, day_month)).parse(i)
}

/// `на 8 Марта`, `на 5 травня 2025`: a date after `на` is the date.
///
/// ```text
/// on-date = "на" (numeric-date | day-month)
/// ```
pub(crate) fn on_date(i: Toks<'_>) -> PResult<'_, Calendar> {
    let (i, _) = prep(&[Prep::On]).parse(i)?;
    calendar(i)
}
