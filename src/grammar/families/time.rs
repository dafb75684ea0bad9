//! Times of day: `01:15`, `в 14.00`, `14 ч 30 мин`, `в 9 утра`, `опівночі`,
//! and `06.09`/`14.00` left for the neighbours to decide.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{DayPart, Kind, Meaning, Prep, Tok};
use crate::syntax::TimeExpr;

/// `01:15`, `1:15`, `01:15:30`, `01:15:30.250`.
pub(crate) fn clock<'a>(first_glued: bool) -> impl FnMut(Toks<'a>) -> PResult<'a, TimeExpr> {
    move |i: Toks<'a>| {
        let offset = start_of(i);
        let (i, h) = if first_glued { glued_num(1, 2).parse(i)? } else { num(1, 2).parse(i)? };
        let (i, (_, m)) = (glued_punct(':'), glued_num(2, 2)).parse(i)?;
        let (i, s) = opt((glued_punct(':'), glued_num(2, 2))).parse(i)?;
        let mut nanos = 0;
        let mut i = i;
        if s.is_some() {
            if let Ok((rest, (_, f))) = (alt((glued_punct('.'), glued_punct(','))), glued_num(1, 9)).parse(i)
            {
                nanos = (f.value * 10u64.pow(9 - u32::from(f.digits))) as u32;
                i = rest;
            }
        }
        if !not_continued(i) {
            return fail(i);
        }
        Ok((
            i,
            TimeExpr {
                hour: h.value as u32,
                minute: Some(m.value as u32),
                second: s.map(|(_, s)| s.value as u32),
                nanos,
                offset,
            },
        ))
    }
}

/// Moves an hour written with a part of the day onto the 24-hour clock.
pub(crate) fn apply_day_part(hour: u32, part: DayPart) -> u32 {
    match part {
        DayPart::Morning => hour,
        DayPart::Afternoon | DayPart::Evening if hour < 12 => hour + 12,
        DayPart::Night if hour == 12 => 0,
        DayPart::Night if (6..12).contains(&hour) => hour + 12,
        _ => hour,
    }
}

/// A time read by [`time_body`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Read {
    pub(crate) time: TimeExpr,
    /// Written the way a length of time is: a number and an hour word with
    /// no part of the day (`3 часа`, `14 ч 30 мин`), or a clock with a
    /// one-digit hour and seconds (`1:47:12`, a race result).
    pub(crate) duration_like: bool,
}

/// A time of day with whatever stands before it (`в`, `о`, `об`, `с`,
/// `около`/`близько`).
///
/// time = [about] ["в" | "о" | "об" | "с" | "з"] time-body
///
/// `14 ч 30 мин` with nothing before it is a [`Part::BareTime`]: a length
/// of time unless a date or a day word stands beside it (SPEC §5).
pub(crate) fn time(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, ab) = opt(about).parse(i)?;
    let (i, p) = opt(prep(&[Prep::In, Prep::At, Prep::From])).parse(i)?;
    let marked = ab.is_some() || p.is_some();
    let (rest, r) = time_body(i, marked)?;
    if r.duration_like && !marked {
        return Ok((rest, Part::BareTime(r.time)));
    }
    Ok((rest, Part::Time(r.time)))
}

/// A time of day after its preposition, if any; `marked` when one was
/// written (then `14.00` and `17 часов` are times).
///
/// time-body = clock [day-part] [hour-marker]
///           | hour2 "." min2 (hour-marker | <marked>)
///           | hour hour-marker [min2] [minute-marker] [day-part]
///           | hour day-part | "полдень" | "опівночі" ...
pub(crate) fn time_body(i: Toks<'_>, marked: bool) -> PResult<'_, Read> {
    let offset = start_of(i);
    let strong = |time: TimeExpr| Read { time, duration_like: false };
    // `01:15`, `9:30 утра`, `14:00 год.`
    if let Ok((rest, mut t)) = clock(false).parse(i) {
        let (rest, dp) = opt(day_part).parse(rest)?;
        let (rest, _) = opt(hour_marker).parse(rest)?;
        if let Some(dp) = dp {
            t.hour = apply_day_part(t.hour, dp);
        }
        // `1:47:12`: a race result or a lap time unless something says
        // it is a time of day.
        let one_digit = matches!(i.0.first(), Some(Tok { kind: Kind::Num { digits: 1, .. }, .. }));
        let duration_like = one_digit && t.second.is_some() && dp.is_none();
        return Ok((rest, Read { time: t, duration_like }));
    }
    let at = |hour: u32, minute: Option<u32>| TimeExpr { hour, minute, second: None, nanos: 0, offset };
    // `14.00` with a preposition or an hour marker after it: a time.
    if let Ok((rest, (h, _, m))) = (num(1, 2), glued_punct('.'), glued_num(2, 2)).parse(i) {
        if not_continued(rest) {
            if let Ok((rest2, _)) = hour_marker(rest) {
                return Ok((rest2, strong(at(h.value as u32, Some(m.value as u32)))));
            }
            if marked {
                return Ok((rest, strong(at(h.value as u32, Some(m.value as u32)))));
            }
        }
        return fail(i);
    }
    // `14 ч 30 мин`, `14 год. 30 хв.`, `в 17 часов`, `в 9 утра`,
    // `9 часов вечера`, `17ч10`.
    if let Ok((rest, h)) = num(1, 2).parse(i) {
        if let Ok((after, _)) = hour_marker(rest) {
            // `17ч10`: minutes glued to a glued hour word, as a clock.
            let glued = rest.0.first().is_some_and(|t| !t.space_before);
            if glued {
                if let Ok((after, m)) = glued_num(2, 2).parse(after) {
                    if not_continued(after) {
                        return Ok((after, strong(at(h.value as u32, Some(m.value as u32)))));
                    }
                }
            }
            let rest = after;
            let (rest, m) = opt((num(1, 2), minute_marker)).parse(rest)?;
            let (rest, dp) = opt(day_part).parse(rest)?;
            if m.is_none() && !marked && dp.is_none() {
                return fail(i);
            }
            let hour = dp.map_or(h.value as u32, |dp| apply_day_part(h.value as u32, dp));
            let time = at(hour, m.map(|(m, _)| m.value as u32));
            return Ok((rest, Read { time, duration_like: dp.is_none() }));
        }
        if let Ok((rest, dp)) = day_part(rest) {
            if marked || dp != DayPart::Afternoon {
                return Ok((rest, strong(at(apply_day_part(h.value as u32, dp), None))));
            }
        }
        return fail(i);
    }
    // `в полдень`, `опівночі`.
    let (rest, hour) = word(|m| match m {
        Meaning::Noon => Some(12),
        Meaning::Midnight => Some(0),
        _ => None,
    })
    .parse(i)?;
    Ok((rest, strong(at(hour, Some(0)))))
}

/// dot-pair = num1-2 "." num2 ["."]
///
/// `06.09` or `14.00` with nothing to tell which: decided by its
/// neighbours; `10.12.` with its final dot is a day.month.
pub(crate) fn dot_pair(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (rest, (a, _, b)) = (num(1, 2), glued_punct('.'), glued_num(2, 2)).parse(i)?;
    if !not_continued(rest) {
        return fail(i);
    }
    // `10.12.`: a final dot makes it a day.month (SPEC §6), when what
    // follows is no word glued to it.
    let dot: PResult<'_, _> = glued_punct('.').parse(rest);
    if let Ok((after, _)) = dot {
        let next_glued =
            after.0.first().is_some_and(|t| !t.space_before && !matches!(t.kind, Kind::Punct(_)));
        if (1..=12).contains(&b.value) && !next_glued {
            return Ok((after, Part::DotPair { a: a.value as u32, b: b.value as u32, offset, dated: true }));
        }
    }
    Ok((rest, Part::DotPair { a: a.value as u32, b: b.value as u32, offset, dated: false }))
}
