//! Written ordinals as days: `первое марта`, `двадцать пятого мая 2020
//! года`, `тридцать первое октября 1974`, `третье фев 82`, `п'яте травня`,
//! `двадцять четверте лютого`, `к третьему марта`, `с первого по пятое мая`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use super::calendar::year_tail;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep, Tok};
use crate::syntax::{Calendar, DateExpr};

/// An ordinal word: its number (1–20 and 30).
fn ordinal_word(i: Toks<'_>) -> PResult<'_, u32> {
    word(|m| match m {
        Meaning::OrdinalWord(n) => Some(u32::from(n)),
        _ => None,
    })
    .parse(i)
}

/// day-ordinal = ["двадцать" | "тридцать"] ordinal-word
///
/// A tens word takes a unit ordinal after it (`двадцать пятого`,
/// `тридцять перше`); resolution checks the day.
fn day_ordinal(i: Toks<'_>) -> PResult<'_, u32> {
    let tens = word(|m| match m {
        Meaning::Number(n @ (20 | 30)) => Some(n),
        _ => None,
    })
    .parse(i);
    match tens {
        // `тридцать второе марта` reads as day 32, which resolution
        // rejects: `второе марта` is not left behind (SPEC §2).
        Ok((rest, t)) => {
            let (rest, n) = ordinal_word(rest)?;
            Ok((rest, t + n))
        }
        Err(_) => ordinal_word(i),
    }
}

/// ordinal-range = [from] day-ordinal ("-" | until) day-ordinal month [year-tail]
///
/// `с первого по пятое мая`, `з першого до п'ятого травня 2025 року`,
/// `первое–третье марта`: the month and year written once belong to both.
fn ordinal_range(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, from) = opt(prep(&[Prep::From])).parse(i)?;
    let offset = start_of(i);
    let (i, a) = day_ordinal(i)?;
    let (i, word) = alt((punct('-').map(|_| false), prep(&[Prep::Until]).map(|_| true))).parse(i)?;
    if word && from.is_none() {
        return fail(i);
    }
    let end_at = start_of(i);
    let (rest, (b, month)) = (day_ordinal, month).parse(i)?;
    let (rest, year) = year_tail(rest, None)?;
    let start = Calendar { day: Some(a), month: Some(month), year: None, offset };
    let end = Calendar { day: Some(b), month: Some(month), year, offset: end_at };
    Ok((rest, Part::Date(DateExpr::Range(start, end))))
}

/// ordinal-date = [prep] day-ordinal month [year-tail]
///
/// The month is what makes it a date: `первое место`, `третій раз` and
/// `второй тайм` are not (precision first, SPEC §6).
pub(crate) fn ordinal_date(i: Toks<'_>) -> PResult<'_, Part> {
    // Quick test: an ordinal or a tens word first, after at most a
    // preposition (most `в`, `с`, `на` start neither).
    let starts = |t: &Tok| {
        t.meanings().iter().any(|m| matches!(m, Meaning::OrdinalWord(_) | Meaning::Number(20 | 30)))
    };
    if !opens_with(i, starts) {
        return fail(i);
    }
    if let Ok(r) = ordinal_range(i) {
        return Ok(r);
    }
    let (i, _) = opt(prep(&[Prep::In, Prep::On, Prep::From, Prep::Until, Prep::Towards])).parse(i)?;
    let offset = start_of(i);
    let (rest, (day, month)) = (day_ordinal, month).parse(i)?;
    let (rest, year) = year_tail(rest, None)?;
    let cal = Calendar { day: Some(day), month: Some(month), year, offset };
    Ok((rest, Part::Date(DateExpr::Calendar(cal))))
}
