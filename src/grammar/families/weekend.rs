//! Weekends: `в эти выходные`, `на выходных`, `в прошлые выходные`,
//! `у ці вихідні`, `на вихідних`, `цими вихідними`, and the loanwords
//! `цього вікенду`, `в этот уикенд`, `на вікенді`.

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep};
use crate::syntax::DateExpr;

/// ```text
/// weekend = [prep] [plural-shift] weekend-word | [prep] [shift] loanword
/// ```
///
/// Reported from free text with a shift word or as `на выходных` ("at the
/// weekend"); `в выходные` is habitual (`магазин закрыт в выходные`) and
/// `на выходные` a purpose (`погода на выходные`), so only `parse` reads them.
pub(crate) fn weekend(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In, Prep::On])).parse(i)?;
    // A plural shift goes with `выходные`, a singular one with the
    // loanwords (`цього вікенду`, `в этот уикенд`).
    let (i, s) = opt(word(|m| match m {
        Meaning::ShiftPlural(s) => Some((s, false)),
        Meaning::Shift(s) => Some((s, true)),
        _ => None,
    }))
    .parse(i)?;
    let (i, locative) = word(|m| match m {
        Meaning::Weekend { locative, singular } if s.is_none_or(|(_, one)| one == singular) => Some(locative),
        _ => None,
    })
    .parse(i)?;
    let s = s.map(|(s, _)| s);
    let marked = s.is_some() || (p == Some(Prep::On) && locative);
    Ok((i, Part::Date(DateExpr::Weekend { shift: s.map(|s| s.count()), marked })))
}
