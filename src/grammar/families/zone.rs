//! Written zones: `мск`, `UTC+3`, `+03:00`, `по киевскому времени`.

use nom::branch::alt;
use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Prep, Tok, ZoneId, ZoneWord};
use crate::syntax::ZoneExpr;

/// `+03:00`, `+0300`, `-05`, `+3` (after `UTC`).
pub(crate) fn offset_zone(i: Toks<'_>) -> PResult<'_, ZoneExpr> {
    let offset = start_of(i);
    let (i, sign) = tok(|t: &Tok| match t.kind {
        Kind::Punct('+') => Some(1i32),
        Kind::Punct('-') => Some(-1i32),
        _ => None,
    })
    .parse(i)?;
    let (i, h) = glued_num(1, 4).parse(i)?;
    let (i, hours, minutes) = if h.digits == 4 {
        (i, h.value / 100, h.value % 100)
    } else if h.digits <= 2 {
        let (i, m) = opt((glued_punct(':'), glued_num(2, 2))).parse(i)?;
        (i, h.value, m.map_or(0, |(_, m)| m.value))
    } else {
        return fail(i);
    };
    if !not_continued(i) {
        return fail(i);
    }
    // At most 99:99 hours (four digits): well within an i32.
    let seconds = sign * (hours * 3600 + minutes * 60) as i32;
    Ok((i, ZoneExpr::Offset { seconds, minutes_ok: minutes < 60, offset }))
}

/// `мск`, `UTC`, `GMT+02:00`, `EEST`, `Z`.
pub(crate) fn zone_word(i: Toks<'_>) -> PResult<'_, ZoneExpr> {
    let (i, id) = word(|m| match m {
        Meaning::Zone(ZoneWord::Zone(id)) => Some(id),
        _ => None,
    })
    .parse(i)?;
    if id == ZoneId::Utc {
        if let Ok((rest, z)) = offset_zone(i) {
            if i.0.first().is_some_and(|t| !t.space_before) {
                return Ok((rest, z));
            }
        }
    }
    Ok((i, ZoneExpr::Named(id)))
}

/// `по Киеву`, `по московскому времени`, `за київським часом`; and a zone
/// abbreviation after the same prepositions (`по МСК`, `по UTC`), but not
/// the one letter `Z`.
///
/// ```text
/// zone-phrase = ("по" | "до" | "за") (place [time-word] | zone-abbr)
/// ```
///
/// Also whether it names nothing but a zone: an abbreviation, or a place
/// with its time word (`по Москве` alone is also "around Moscow").
fn zone_phrase(i: Toks<'_>) -> PResult<'_, (ZoneExpr, bool)> {
    let (i, _) = prep(&[Prep::Until, Prep::By]).parse(i)?;
    if let Ok((rest, id)) = tok(|t: &Tok| {
        meaning(t, |m| match m {
            Meaning::Zone(ZoneWord::Zone(id)) if t.end - t.start > 1 => Some(id),
            _ => None,
        })
    })
    .parse(i)
    {
        return Ok((rest, (ZoneExpr::Named(id), true)));
    }
    let (i, id) = word(|m| match m {
        Meaning::Zone(ZoneWord::Place(id)) => Some(id),
        _ => None,
    })
    .parse(i)?;
    let (i, time_word) = opt(word(|m| (m == Meaning::Zone(ZoneWord::TimeWord)).then_some(()))).parse(i)?;
    Ok((i, (ZoneExpr::Named(id), time_word.is_some())))
}

/// zone = zone-word | zone-phrase | offset
///
/// A [`Part::Zone`] that `leads` (may stand before its time) when it names
/// nothing but a zone: a zone word of two letters or more (`МСК`, `UTC`,
/// `UTC+3`; not `Z`), or a phrase that does.
pub(crate) fn zone(i: Toks<'_>) -> PResult<'_, Part> {
    let word_of_two = i.0.first().is_some_and(|t| t.end - t.start > 1);
    let (i, (zone, leads)) =
        alt((zone_word.map(|z| (z, word_of_two)), zone_phrase, offset_zone.map(|z| (z, false)))).parse(i)?;
    Ok((i, Part::Zone { zone, leads }))
}
