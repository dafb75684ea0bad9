//! Quarters and half-years: `во II квартале 2025 года`, `за I полугодие
//! 2025`, `у першому півріччі`, `третий квартал 2018`, `в следующем
//! квартале`, `цей квартал`, `Q4 2025`, `2025Q1`, `2025-Q3`.

use nom::combinator::opt;
use nom::Parser;

use super::season::year_after;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep};
use crate::syntax::{DateExpr, MonthSpan, YearExpr};

/// A quarter or a half-year word: months per span.
fn span_word(i: Toks<'_>) -> PResult<'_, u32> {
    let (i, (len, abbr)) = word(|m| match m {
        Meaning::Quarter => Some((3, true)),
        Meaning::HalfYear => Some((6, false)),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    Ok((i, len))
}

/// Which one: `II`, `второй`, `2`, `2-й`.
fn count(i: Toks<'_>) -> PResult<'_, u32> {
    if let Ok((rest, n)) = word(|m| match m {
        Meaning::Roman(n) | Meaning::OrdinalWord(n) => Some(u32::from(n)),
        _ => None,
    })
    .parse(i)
    {
        return Ok((rest, n));
    }
    let (i, n) = num(1, 1).parse(i)?;
    let (i, _) = opt((
        glued_punct('-'),
        glued(|t: &crate::lexicon::Tok| meaning(t, |m| (m == Meaning::Ordinal).then_some(()))),
    ))
    .parse(i)?;
    Ok((i, n.value as u32))
}

/// The months of the n-th span of `len` months in a year, or `None` when
/// there is no such span (`5 квартал`).
fn nth(n: u32, len: u32) -> Option<u32> {
    (1..=12 / len).contains(&n).then(|| (n - 1) * len + 1)
}

/// quarter = [prep] count span-word [year4 [marker]]
///         | [prep] shift span-word
///         | "Q" digit year4 | year4 ["-"] "Q" digit
pub(crate) fn quarter(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    if let Ok(r) = q_form(i) {
        return Ok(r);
    }
    let (i, p) = opt(prep(&[Prep::In, Prep::On, Prep::By, Prep::Until, Prep::From])).parse(i)?;
    if let Ok((rest, (s, len))) = (shift_word, span_word).parse(i) {
        let span =
            MonthSpan { first: None, len, base: 1, year: None, shift: Some(s.count()), marked: true, offset };
        return Ok((rest, Part::Date(DateExpr::Months(span))));
    }
    let (rest, (n, len)) = (count, span_word).parse(i)?;
    let Some(first) = nth(n, len) else { return fail(i) };
    let (rest, year) = opt(year_after).parse(rest)?;
    let marked = year.is_some() || p.is_some();
    let span = MonthSpan { first: Some(first), len, base: 1, year, shift: None, marked, offset };
    Ok((rest, Part::Date(DateExpr::Months(span))))
}

/// `Q4 2025`, `2025Q1`, `2025-Q3`.
fn q_form(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    let q = |i| word(|m| (m == Meaning::Quarter).then_some(())).parse(i);
    let (rest, (n, y)) = match (q, glued_num(1, 1), num(4, 4)).parse(i) {
        Ok((rest, (_, n, y))) => (rest, (n, y)),
        Err(_) => {
            let (rest, (y, _, _, n)) = (
                num(4, 4),
                opt(glued_punct('-')),
                glued(|t: &crate::lexicon::Tok| meaning(t, |m| (m == Meaning::Quarter).then_some(()))),
                glued_num(1, 1),
            )
                .parse(i)?;
            (rest, (n, y))
        }
    };
    if !not_continued(rest) {
        return fail(i);
    }
    let Some(first) = nth(n.value as u32, 3) else { return fail(i) };
    let year = Some(YearExpr::Written { value: y.value as u32, two_digit: false });
    let span = MonthSpan { first: Some(first), len: 3, base: 1, year, shift: None, marked: true, offset };
    Ok((rest, Part::Date(DateExpr::Months(span))))
}
