//! Seasons: `летом 2025`, `этой весной`, `прошлой зимой`, `влітку`,
//! `минулої зими`, `ця весна`, `зимой 2013` (December 2012 to February 2013),
//! `зимой 2012–2013 годов` (the same winter).

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep, Season, Tok};
use crate::syntax::{DateExpr, MonthSpan, YearExpr};

/// A year after a span: `2025`, `2025 года`, `2025 р.`
pub(crate) fn year_after(i: Toks<'_>) -> PResult<'_, YearExpr> {
    year4(i)
}

/// Two years joined by a dash or a slash, with an optional marker:
/// `2012–2013 годов`, `2012/2013`.
fn two_years(i: Toks<'_>) -> PResult<'_, (u32, u32)> {
    let (i, a) = num(4, 4).parse(i)?;
    let (i, _) = tok(|t: &Tok| (t.is_punct('-') || t.is_punct('/')).then_some(())).parse(i)?;
    let (i, b) = num(4, 4).parse(i)?;
    let (i, _) = opt(year_marker).parse(i)?;
    Ok((i, (a.value as u32, b.value as u32)))
}

/// season = [prep] [shift] season-word [year4 [marker] | year4 ("-" | "/") year4 [marker]]
///
/// Two years name a winter when they follow each other (`зимой
/// 2012–2013 годов` is December 2012 to February 2013); any other
/// season, or years that do not, is no season.
pub(crate) fn season(i: Toks<'_>) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (i, _) = opt(prep(&[Prep::In, Prep::On, Prep::By, Prep::Until, Prep::From])).parse(i)?;
    let (i, s) = opt(shift_word).parse(i)?;
    let (i, season) = word(|m| match m {
        Meaning::Season(s) => Some(s),
        _ => None,
    })
    .parse(i)?;
    let (i, year) = match s {
        Some(_) => (i, None),
        None => match two_years(i) {
            // `зимой 2012–2013 годов`: the winter that spans them, named
            // by the year of its January.
            Ok((rest, (a, b))) if season == Season::Winter && b == a + 1 => {
                (rest, Some(YearExpr::Written { value: b, two_digit: false }))
            }
            // `летом 2012–2013 годов`: two seasons, not one.
            Ok(_) => return fail(i),
            Err(_) => opt(year_after).parse(i)?,
        },
    };
    let marked = year.is_some() || s.is_some();
    let span = MonthSpan {
        first: Some(season.first_month()),
        len: 3,
        base: 12,
        year,
        shift: s.map(|s| s.count()),
        marked,
        offset,
    };
    Ok((i, Part::Date(DateExpr::Months(span))))
}
