//! Intervals open at one end (SPEC §6): an hour after `до`/`после`/`після`
//! (`до 11 часов`, `до 2 часов дня`, `после 14 часов`, `після 14ч`, `до
//! 18-ї`), and the end of a period (`до конца дня`, `до конца месяца`, `до
//! кінця року`). Only these: a preposition before a date leaves the date as
//! it is (`до 10 вересня`, `после 5 мая` are days).

use nom::combinator::opt;
use nom::Parser;

use super::calendar::calendar;
use super::hour::{genitive_hour, hour_ordinal, hour_words};
use super::time::time_body;
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::bits::{DAY_PART, HOUR_MARKER};
use crate::lexicon::{Meaning, Prep, Tok, Unit};
use crate::syntax::{Calendar, DateExpr, Open, YearExpr};

/// open = ("до" | "после" | "після") date   (the date as it is)
///      | ("до" | "после" | "після") open-hour
///      | "до" ("конца" | "кінця") [shift] ("дня" | "недели" | "месяца" | "года" | "тижня" | "місяця" | "року")
///      | "до" ("конца" | "кінця") year4 [year-marker]
///      | "до" ("конца" | "кінця") month [year4 [year-marker]]
/// open-hour = hour-ordinal | time-body | hour-words | genitive-hour
///
/// A genitive (`до шести вечора`, `после пяти часов`) is read as the
/// number it stands for: with an hour word or a part of the day, as
/// `до 6 вечера`; alone (`после пяти`, like `после 5`) it is no hour.
///
/// `до 3 часов` is also "up to three hours": an hour of 12 or less written
/// with an hour word and nothing else (no minutes, no part of the day) is
/// duration-like, read by `parse` and reported by extraction only beside a
/// date or a day word.
pub(crate) fn open(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = prep(&[Prep::Until, Prep::Since]).parse(i)?;
    // `до 10 вересня`, `после 5 мая`: the date as it is.
    if let Ok((rest, c)) = calendar(i) {
        return Ok((rest, Part::DateAfterWord(DateExpr::Calendar(c))));
    }
    let side = if p == Prep::Until { Open::Until } else { Open::Since };
    // `до 18-ї`, `до п'ятнадцятої`, but not `до 18-ї статті` ("up to
    // article 18"): an ordinal is an hour when no unknown word follows,
    // or when an hour word or a part of the day did (`до шостої вечора`).
    if let Ok((rest, t)) = hour_ordinal(i) {
        let last_read = i.0[..i.0.len() - rest.0.len()].last();
        let marked = last_read.is_some_and(|t| t.kinds() & (DAY_PART | HOUR_MARKER) != 0);
        let noun_next = rest.0.first().is_some_and(|t| t.is_unknown_word());
        if marked || !noun_next {
            return Ok((rest, Part::OpenTime(side, t, false)));
        }
    }
    if month_like(i) {
        return fail(i);
    }
    if let Ok((rest, r)) = time_body(i, true) {
        let weak = r.duration_like && r.time.minute.is_none() && r.time.hour <= 12;
        return Ok((rest, Part::OpenTime(side, r.time, weak)));
    }
    if let Ok((rest, r)) = hour_words(i, true) {
        let weak = r.duration_like && r.time.hour <= 12;
        return Ok((rest, Part::OpenTime(side, r.time, weak)));
    }
    if let Ok((rest, g)) = genitive_hour(i) {
        if g.marker || g.part.is_some() {
            let weak = g.part.is_none() && g.time.hour <= 12;
            return Ok((rest, Part::OpenTime(side, g.time, weak)));
        }
    }
    if side != Open::Until {
        return fail(i);
    }
    end_of(i)
}

/// `по 15.10`, `до 10.10`: as much a day.month as a time; a time only
/// with an hour word (`до 10.10 год`) or minutes no month can be.
#[inline(never)]
fn month_like(i: Toks<'_>) -> bool {
    matches!((num(1, 2), glued_punct('.'), glued_num(2, 2)).parse(i),
        Ok((rest, (_, _, m))) if (1..=12).contains(&m.value) && hour_marker(rest).is_err())
}

/// `конца месяца`, `кінця цього року`, `конца 2025 года`.
fn end_of(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (i, _) = word(|m| (m == Meaning::EndOf).then_some(())).parse(i)?;
    if let Ok((rest, y)) = num(4, 4).parse(i) {
        let (rest, _) = opt(year_marker).parse(rest)?;
        let year = Some(YearExpr::Written { value: y.value as u32, two_digit: false });
        let c = Calendar { day: None, month: None, year, offset };
        return Ok((rest, Part::EndOf(DateExpr::Calendar(c))));
    }
    // `конца сентября`, `кінця вересня 2025 року`.
    if let Ok((rest, m)) = month(i) {
        let (rest, year) = opt(year4).parse(rest)?;
        let c = Calendar { day: None, month: Some(m), year, offset };
        return Ok((rest, Part::EndOf(DateExpr::Calendar(c))));
    }
    let (i, s) = opt(shift_word).parse(i)?;
    let k = s.map_or(0, |s| s.count());
    let (rest, unit) = tok(|t: &Tok| {
        let ms = t.meanings();
        ms.iter().find_map(|m| match m {
            // `дня`, never `дней` (`до конца дней своих`, "for the rest of
            // one's life"): of the day words only `дня` is also a part of
            // the day.
            Meaning::Unit { unit: Unit::Day, abbr: false }
                if ms.contains(&Meaning::DayPart(crate::lexicon::DayPart::Afternoon)) =>
            {
                Some(Unit::Day)
            }
            Meaning::Unit { unit: u @ (Unit::Week | Unit::Month | Unit::Year), abbr: false } => Some(*u),
            _ => None,
        })
    })
    .parse(i)?;
    let d = match unit {
        Unit::Day => DateExpr::Day(i64::from(k)),
        unit => DateExpr::Period { unit, offset: k },
    };
    Ok((rest, Part::EndOf(d)))
}
