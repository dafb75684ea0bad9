//! Decades and centuries: `в 1990-х`, `90-е годы`, `у 2010-х роках`,
//! `в XIX веке`, `у XXI столітті`, `XIX ст.`

use nom::combinator::opt;
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Meaning, Prep, Tok};
use crate::syntax::{DateExpr, YearExpr, YearSpan};

fn year_words(i: Toks<'_>) -> PResult<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::YearMarker { abbr } => Some(abbr),
        Meaning::Unit { unit: crate::syntax::Unit::Year, abbr: false } => Some(false),
        _ => None,
    })
    .parse(i)?;
    abbr_dot(abbr).parse(i)
}

/// decade = [prep] (year4 | num2) "-" decade-suffix [year-word]
///
/// The suffix is a plural ending (`х`, `е`, `ті`, ...): a singular ordinal
/// (`1990-м году`, `1310-й день`) names a year or a count, not a decade.
/// Reported from free text with a preposition, all four digits or a year
/// word (`в 90-е`, `1990-х`, `90-е годы`); `90-е` alone only by `parse`.
fn decade(i: Toks<'_>, marked: bool) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (rest, (n, _, _)) = (
        verify_num(|n| (n.digits == 4 || n.digits == 2) && n.value % 10 == 0),
        glued_punct('-'),
        glued(|t: &Tok| meaning(t, |m| (m == Meaning::DecadeSuffix).then_some(()))),
    )
        .parse(i)?;
    if !not_continued(rest) {
        return fail(i);
    }
    let (rest, words) = opt(year_words).parse(rest)?;
    let first = YearExpr::Written { value: n.value as u32, two_digit: n.digits == 2 };
    let marked = marked || n.digits == 4 || words.is_some();
    let span = YearSpan { first, len: 10, marked, offset };
    Ok((rest, Part::Date(DateExpr::Years(span))))
}

fn verify_num<'a>(f: impl Fn(&Num) -> bool) -> impl FnMut(Toks<'a>) -> PResult<'a, Num> {
    move |i: Toks<'a>| match num(1, 4).parse(i) {
        Ok((rest, n)) if f(&n) => Ok((rest, n)),
        _ => fail(i),
    }
}

/// century = [prep] (roman | num1-2 ["-" ordinal]) century-word ["."]
fn century(i: Toks<'_>, marked: bool) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (rest, n) = match word(|m| match m {
        Meaning::Roman(n) => Some(u32::from(n)),
        _ => None,
    })
    .parse(i)
    {
        Ok(r) => r,
        Err(_) => {
            let (rest, n) = day_num(i)?;
            (rest, n.value as u32)
        }
    };
    let (rest, abbr) = word(|m| match m {
        Meaning::Century { abbr } => Some(abbr),
        _ => None,
    })
    .parse(rest)?;
    let (rest, _) = abbr_dot(abbr).parse(rest)?;
    if !(1..=100).contains(&n) {
        return fail(i);
    }
    let first = YearExpr::Written { value: (n - 1) * 100 + 1, two_digit: false };
    Ok((rest, Part::Date(DateExpr::Years(YearSpan { first, len: 100, marked, offset }))))
}

/// A decade or a century, after an optional preposition (and `начале`,
/// `конце`, `на початку`, which name the decade as a whole).
///
/// ```text
/// years = [prep] [within] (decade | century)
/// ```
pub(crate) fn years(i: Toks<'_>) -> PResult<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In, Prep::On, Prep::From, Prep::Until])).parse(i)?;
    // `в начале 2000-х`, `наприкінці 90-х`: the decade.
    let (i, within) = opt(word(|m| (m == Meaning::Within).then_some(()))).parse(i)?;
    let marked = p.is_some() || within.is_some();
    match decade(i, marked) {
        Ok(r) => Ok(r),
        Err(nom::Err::Error(e)) => match century(i, marked) {
            Ok(r) => Ok(r),
            Err(nom::Err::Error(e2)) => Err(nom::Err::Error(nom::error::ParseError::or(e, e2))),
            Err(other) => Err(other),
        },
        Err(other) => Err(other),
    }
}
