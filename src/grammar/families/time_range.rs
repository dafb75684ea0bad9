//! Ranges of times: `9:30 - 11:00`, `11:30-13:30`, `18:30ч - 19:00ч`,
//! `с 10 до 11 утра`, `із 10 до 11 вечора`, `з 9:30 до 11:00`,
//! `з 22:00 до 03:30` (an end not after its start is on the next day:
//! resolution's business). A dash between two times is a range, never a
//! zone offset (`08:30-09:05`).

use nom::combinator::opt;
use nom::Parser;

use super::hour::{genitive_hour, hour_ordinal, hour_words};
use super::time::{apply_day_part, clock};
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{DayPart, Kind, Prep, Tok};
use crate::syntax::TimeExpr;

/// One end of a range, and how it was written.
#[derive(Clone, Copy)]
struct End {
    time: TimeExpr,
    /// A clock (`9:30`, `10.00`), an hour word or a part of the day says
    /// it is a time; a bare number (`с 9 до 18`) does not.
    certain: bool,
    /// The part of the day written after it, if any.
    part: Option<DayPart>,
}

/// time-range = clock [hour-marker] (dash | "/") clock [hour-marker] [day-part]
///            | from-prep range-end "до" range-end
///
/// The dash of the first form is glued on both sides or spaced on both
/// (`10:00 -03:00` is a time and an offset); a slash is glued on both
/// (`18:30ч/19:00ч`). In the second form, two bare numbers (`с 9 до 18`)
/// say nothing of hours: `parse` reads them as hours, extraction only
/// beside a day (`завтра с 9 до 12`), as for a length of time. A part of the day written once, at
/// the end, moves the start too unless that would put the start after
/// the end (`с 10 до 11 вечера` is 22:00 to 23:00; `с 11 до 2 дня` is
/// 11:00 to 14:00).
pub(crate) fn time_range(i: Toks<'_>) -> PResult<'_, Part> {
    if let Ok(r) = dash_range(i) {
        return Ok(r);
    }
    let (i, _) = prep(&[Prep::From]).parse(i)?;
    let (i, a) = range_end(i)?;
    let (i, _) = prep(&[Prep::Until]).parse(i)?;
    let (rest, b) = range_end(i)?;
    let (start, end) = join(a, b);
    Ok((rest, Part::TimeRange(start, end, !a.certain && !b.certain)))
}

/// Joins the two ends. Two bare hours (`с 9 до 6`, `з дев'яти до шести`,
/// `с 8 до 8`) are read on a 12-hour clock, as opening hours are: an end
/// of 12 or less that is not after the start, but would be 12 hours
/// later, is in the afternoon (`с 9 до 6` is 09:00 to 18:00); otherwise
/// (`с 22 до 6`) the §2 rule puts the end on the next day.
fn join(a: End, b: End) -> (TimeExpr, TimeExpr) {
    let mut start = a.time;
    let mut end = b.time;
    if !a.certain
        && !b.certain
        && (1..=12).contains(&end.hour)
        && end.hour <= start.hour
        && end.hour + 12 > start.hour
    {
        end.hour += 12;
    }
    if let (None, Some(dp)) = (a.part, b.part) {
        let moved = apply_day_part(start.hour, dp);
        if moved <= b.time.hour {
            start.hour = moved;
        }
    }
    (start, end)
}

/// `9:30 - 11:00`, `11:30-13:30`, `18:30ч - 19:00ч`.
fn dash_range(i: Toks<'_>) -> PResult<'_, Part> {
    // `1:47:12 — 1:49:30`: race splits, unless a day stands beside them.
    let one_digit = matches!(i.0.first(), Some(Tok { kind: Kind::Num { digits: 1, .. }, .. }));
    let (i, a) = clock(false).parse(i)?;
    let (i, _) = opt(hour_marker).parse(i)?;
    let Some(dash) = i.0.first() else { return fail(i) };
    let Some(next) = i.0.get(1) else { return fail(i) };
    let glued_slash = dash.kind == Kind::Punct('/') && !dash.space_before && !next.space_before;
    if !(dash.kind == Kind::Punct('-') && dash.space_before == next.space_before || glued_slash) {
        return fail(i);
    }
    let i = Toks(&i.0[1..]);
    let (i, b) = clock(false).parse(i)?;
    let (i, _) = opt(hour_marker).parse(i)?;
    let (i, dp) = opt(day_part).parse(i)?;
    let a = End { time: a, certain: true, part: None };
    let hour = dp.map_or(b.hour, |dp| apply_day_part(b.hour, dp));
    let b = End { time: TimeExpr { hour, ..b }, certain: true, part: dp };
    let splits = one_digit && a.time.second.is_some() && dp.is_none();
    let (start, end) = join(a, b);
    Ok((i, Part::TimeRange(start, end, splits)))
}

/// range-end = clock [day-part] [hour-marker]
///           | hour2 "." min2            (minutes 00 or 13-59: never a month)
///           | hour-ordinal | hour-words | genitive-hour
///           | hour [hour-marker] [day-part]
///
/// A genitive (`восьми`) is judged as the bare number it stands for:
/// certain only with an hour word or a part of the day.
fn range_end(i: Toks<'_>) -> PResult<'_, End> {
    let offset = start_of(i);
    if let Ok((rest, mut t)) = clock(false).parse(i) {
        let (rest, dp) = opt(day_part).parse(rest)?;
        let (rest, _) = opt(hour_marker).parse(rest)?;
        if let Some(dp) = dp {
            t.hour = apply_day_part(t.hour, dp);
        }
        return Ok((rest, End { time: t, certain: true, part: dp }));
    }
    if let Ok((rest, (h, _, m))) = (num(1, 2), glued_punct('.'), glued_num(2, 2)).parse(i) {
        if not_continued(rest) && (m.value == 0 || m.value > 12) {
            let (rest, _) = opt(hour_marker).parse(rest)?;
            let time = TimeExpr {
                hour: h.value as u32,
                minute: Some(m.value as u16),
                second: None,
                nanos: 0,
                offset,
            };
            return Ok((rest, End { time, certain: true, part: None }));
        }
        return fail(i);
    }
    if let Ok((rest, t)) = hour_ordinal(i) {
        return Ok((rest, End { time: t, certain: true, part: None }));
    }
    if let Ok((rest, r)) = hour_words(i, true) {
        return Ok((rest, End { time: r.time, certain: true, part: None }));
    }
    if let Ok((rest, g)) = genitive_hour(i) {
        return Ok((rest, End { time: g.time, certain: g.marker || g.part.is_some(), part: g.part }));
    }
    let (i, h) = num(1, 2).parse(i)?;
    if !not_continued(i) {
        return fail(i);
    }
    let (i, marker) = opt(hour_marker).parse(i)?;
    let (i, dp) = opt(day_part).parse(i)?;
    let hour = dp.map_or(h.value as u32, |dp| apply_day_part(h.value as u32, dp));
    let time = TimeExpr { hour, minute: None, second: None, nanos: 0, offset };
    Ok((i, End { time, certain: marker.is_some() || dp.is_some(), part: dp }))
}
