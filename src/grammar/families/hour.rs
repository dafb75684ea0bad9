//! Hours named with words: `в пятнадцать часов`, `девять часов вечера`,
//! `в семь вечера`, and hours as ordinals: `о 17-й`, `о 5-й ранку`,
//! `об 11-й годині`, `о восьмій годині` (the ordinal is read by open
//! intervals too: `до 18-ї`, `до п'ятнадцятої`); and cardinals in the
//! genitive, which ranges and open intervals read (`с восьми до десяти`,
//! `до шести вечора`).

use nom::combinator::opt;
use nom::Parser;

use super::time::{apply_day_part, Read};
use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{DayPart, Meaning, Prep, Tok};
use crate::syntax::TimeExpr;

/// hour = ("о" | "об") hour-ordinal
///      | ["в" | "во" | "у" | "о" | "об"] hour-words
pub(crate) fn hour(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In, Prep::At])).parse(i)?;
    if p == Some(Prep::At) {
        if let Ok((rest, t)) = hour_ordinal(i) {
            return Ok((rest, Part::Time(t)));
        }
    }
    let (rest, r) = hour_words(i, p.is_some())?;
    if r.duration_like && p.is_none() {
        return fail(i);
    }
    Ok((rest, Part::Time(r.time)))
}

/// A number word that may name an hour: `пять`, `двадцать`, not `пару`
/// (which is also "a couple").
fn number_word(i: Toks<'_>) -> PResult<'_, u32> {
    tok(|t: &Tok| {
        let ms = t.meanings();
        if ms.contains(&Meaning::Vague) {
            return None;
        }
        ms.iter().find_map(|m| match m {
            Meaning::Number(n) if *n <= 24 => Some(*n),
            _ => None,
        })
    })
    .parse(i)
}

/// hour-words = number-word [number-word] hour-marker [day-part]
///            | number-word [number-word] day-part
///
/// `двадцать один` is 21; `marked` when a preposition was written (then
/// `в пятнадцать часов` needs no part of the day).
pub(crate) fn hour_words(i: Toks<'_>, marked: bool) -> PResult<'_, Read> {
    let offset = start_of(i);
    let (i, tens) = number_word(i)?;
    let (i, units) = if tens == 20 { opt(number_word).parse(i)? } else { (i, None) };
    let hour = match units {
        Some(u) if u < 10 => tens + u,
        Some(_) => return fail(i),
        None => tens,
    };
    let (i, marker) = opt(hour_marker).parse(i)?;
    let (i, dp) = opt(day_part).parse(i)?;
    // `три вечера подряд` ("three evenings in a row"): a number word and a
    // part of the day need a preposition or an hour word between.
    if marker.is_none() && (dp.is_none() || !marked) {
        return fail(i);
    }
    if dp.is_none() && !marked {
        return fail(i);
    }
    let hour = dp.map_or(hour, |dp| apply_day_part(hour, dp));
    let time = TimeExpr { hour, minute: None, second: None, nanos: 0, offset };
    Ok((i, Read { time, duration_like: dp.is_none() }))
}

/// hour-ordinal = (hour "-" ordinal-suffix | ["двадцять"] hour-ordinal-word)
///                [hour-marker] [day-part]
///
/// `17-й`, `5-й ранку`, `18-ї`, `11-й годині`, `восьмій годині`,
/// `п'ятнадцятої`, `двадцять першій`.
pub(crate) fn hour_ordinal(i: Toks<'_>) -> PResult<'_, TimeExpr> {
    let offset = start_of(i);
    let ordinal_word = |i| {
        word(|m| match m {
            Meaning::HourOrdinal(n) => Some(u32::from(n)),
            _ => None,
        })
        .parse(i)
    };
    let (i, h) = if let Ok((rest, (_, n))) =
        (word(|m| (m == Meaning::Number(20)).then_some(())), ordinal_word).parse(i)
    {
        (rest, 20 + n)
    } else if let Ok((rest, n)) = ordinal_word(i) {
        (rest, n)
    } else {
        let (i, h) = num(1, 2).parse(i)?;
        let (i, _) = glued_punct('-').parse(i)?;
        let (i, _) = glued(|t: &Tok| meaning(t, |m| (m == Meaning::Ordinal).then_some(()))).parse(i)?;
        (i, h.value as u32)
    };
    let (i, _) = opt(hour_marker).parse(i)?;
    let (i, dp) = opt(day_part).parse(i)?;
    let hour = dp.map_or(h, |dp| apply_day_part(h, dp));
    Ok((i, TimeExpr { hour, minute: None, second: None, nanos: 0, offset }))
}

/// An hour written with cardinals in the genitive, and what stands with it.
#[derive(Clone, Copy)]
pub(crate) struct GenitiveHour {
    /// The hour, moved by the part of the day if one was written.
    pub(crate) time: TimeExpr,
    /// An hour word was written (`восьми часов`).
    pub(crate) marker: bool,
    /// The part of the day written after it (`десяти вечера`).
    pub(crate) part: Option<DayPart>,
}

/// genitive-hour = genitive ["двадцати" genitive] [hour-marker] [day-part]
///
/// `восьми`, `десяти вечера`, `двадцати двух часов`, `дев'яти`: the
/// genitive is what `с`/`з`/`до`/`после`/`після` take, and the only place
/// it is read. The callers judge it as they judge a bare number in the
/// same place (`с 8 до 10`, `до 6 вечера`): a marker or a part of the day
/// makes it certain.
pub(crate) fn genitive_hour(i: Toks<'_>) -> PResult<'_, GenitiveHour> {
    let offset = start_of(i);
    let genitive = |i| {
        word(|m| match m {
            Meaning::Genitive(n) => Some(u32::from(n)),
            _ => None,
        })
        .parse(i)
    };
    let (i, tens) = genitive(i)?;
    let (i, units) = if tens == 20 { opt(genitive).parse(i)? } else { (i, None) };
    let hour = match units {
        Some(u) if u <= 4 => tens + u,
        Some(_) => return fail(i),
        None => tens,
    };
    let (i, marker) = opt(hour_marker).parse(i)?;
    let (i, part) = opt(day_part).parse(i)?;
    let hour = part.map_or(hour, |dp| apply_day_part(hour, dp));
    let time = TimeExpr { hour, minute: None, second: None, nanos: 0, offset };
    Ok((i, GenitiveHour { time, marker: marker.is_some(), part }))
}
