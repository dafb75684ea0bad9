//! Decades and centuries: `в 1990-х`, `90-е годы`, `у 2010-х роках`,
//! `в XIX веке`, `у XXI столітті`, `XIX ст.`; ranges of decades written
//! with four digits first: `в 1920-30-е годы`, `у 1980-х – 1990-х роках`.

use nom::branch::alt;
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

/// The plural ending of a decade (`х`, `е`, `ті`, ...): a singular
/// ordinal (`1990-м году`, `1310-й день`) names a year or a count.
fn suffix(i: Toks<'_>) -> PResult<'_, ()> {
    glued(|t: &Tok| meaning(t, |m| (m == Meaning::DecadeSuffix).then_some(()))).parse(i)
}

/// `і` as a decade's ending (`у 90-і роки`), only before a year word:
/// alone it is as often an ordinal (`80-і роковини`, "the 80th
/// anniversary"). The year word is left for [`decade`] to read.
fn i_before_year_word(i: Toks<'_>) -> PResult<'_, ()> {
    let (rest, _) = glued(|t: &Tok| meaning(t, |m| (m == Meaning::And).then_some(()))).parse(i)?;
    year_words(rest)?;
    Ok((rest, ()))
}

fn tens<'a>() -> impl FnMut(Toks<'a>) -> PResult<'a, Num> {
    verify_num(|n| (n.digits == 4 || n.digits == 2) && n.value % 10 == 0)
}

/// decade = [prep] (year4 | num2) "-" decade-suffix [year-word]
///
/// The suffix is a plural ending (`х`, `е`, `ті`, ...): a singular ordinal
/// (`1990-м году`, `1310-й день`) names a year or a count, not a decade.
/// Reported from free text with a preposition, all four digits or a year
/// word (`в 90-е`, `1990-х`, `90-е годы`); `90-е` alone only by `parse`.
fn decade(i: Toks<'_>, marked: bool) -> PResult<'_, Part> {
    let offset = start_of(i);
    let (rest, (n, _)) = (tens(), glued_punct('-')).parse(i)?;
    if n.digits == 4 {
        if let Ok((rest, len)) = second_decade(rest, n.value as u32) {
            return with_year_words(i, rest, n, len, marked, offset);
        }
    }
    let (rest, _) = alt((suffix, i_before_year_word)).parse(rest)?;
    with_year_words(i, rest, n, 10, marked, offset)
}

/// The rest of a range of decades after its first decade's number and
/// dash, and the number of years from the first decade's start to the
/// second's end; the second is one to nine decades later, and written
/// with two digits it is in the first one's century (`1990-2000-е`, not
/// `1990-00-е`, crosses one).
///
/// ```text
/// second-decade = (num2 | year4) "-" decade-suffix        (`1920-30-е`, `1980–1990-х`)
///               | decade-suffix "-" (num2 | year4) "-" decade-suffix   (`1980-х – 1990-х`)
/// ```
fn second_decade(i: Toks<'_>, first: u32) -> PResult<'_, u32> {
    let (rest, n) = match (glued(|t: &Tok| num_tok(t, 2, 4)), glued_punct('-'), suffix).parse(i) {
        Ok((rest, (n, _, _))) => (rest, n),
        Err(_) => {
            let (rest, (_, _, n, _, _)) = (suffix, punct('-'), tens(), glued_punct('-'), suffix).parse(i)?;
            (rest, n)
        }
    };
    if !matches!(n.digits, 2 | 4) || n.value % 10 != 0 {
        return fail(i);
    }
    let mut last = n.value as u32;
    if n.digits == 2 {
        last += first - first % 100;
    }
    match last.checked_sub(first) {
        Some(d @ 10..=90) => Ok((rest, d + 10)),
        _ => fail(i),
    }
}

/// A decade (or a range of them) of `len` years from `n`, with the year
/// words that may follow it.
fn with_year_words<'a>(
    i: Toks<'a>,
    rest: Toks<'a>,
    n: Num,
    len: u32,
    marked: bool,
    offset: usize,
) -> PResult<'a, Part> {
    if !not_continued(rest) {
        return fail(i);
    }
    let (rest, words) = opt(year_words).parse(rest)?;
    let first = YearExpr::Written { value: n.value as u32, two_digit: n.digits == 2 };
    let marked = marked || n.digits == 4 || words.is_some();
    let span = YearSpan { first, len, marked, offset };
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
