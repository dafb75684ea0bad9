//! Weekdays: `пт`, `в пятницу`, `в прошлую пятницу`, `минулої п'ятниці`.

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep};
use crate::syntax::WeekdayExpr;

/// `пт`, `пятница`, `в пятницу`, `в прошлую пятницу`, `минулої п'ятниці`,
/// `в след. среду`, `середу після наступної`. A week it is tied to
/// (`на следующей неделе`) is a period part that assembly joins to it.
///
/// ```text
/// weekday = [prep] [shift ["."]] weekday-word ["."] [following shift]
/// ```
pub(crate) fn weekday(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In])).parse(i)?;
    let (i, s) = opt(shift_word).parse(i)?;
    // `в след. среду`
    let (i, _) = if s.is_some() { opt(glued_punct('.')).parse(i)? } else { (i, None) };
    let (i, (day, abbr)) = word(|m| match m {
        Meaning::Weekday { day, abbr } => Some((day, abbr)),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    let mut w = WeekdayExpr { day, shift: s, marked: p.is_some() || s.is_some(), week: None, later: 0 };
    // `середу після наступної`: a week after the next one.
    if s.is_none() {
        if let Ok((rest, (_, crate::syntax::Shift::Next))) =
            (word(|m| (m == Meaning::Following).then_some(())), shift_word).parse(i)
        {
            w.shift = Some(crate::syntax::Shift::Next);
            w.later = 1;
            w.marked = true;
            return Ok((rest, Part::Weekday(w)));
        }
    }
    Ok((i, Part::Weekday(w)))
}
