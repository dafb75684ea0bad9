//! Token primitives: nom 8 over a slice of lexicon tokens, and the small
//! parsers every family shares (numbers, words by meaning, glued
//! punctuation, month and year words, markers).

use nom::combinator::opt;
use nom::error::{ErrorKind, ParseError};
use nom::{IResult, Input, Needed, Parser};

use crate::lexicon::{DayPart, Kind, Meaning, Prep, Shift, Tok};
use crate::syntax::YearExpr;

/// A slice of tokens as nom input.
#[derive(Clone, Copy, Debug)]
pub struct Toks<'a>(pub &'a [Tok]);

impl<'a> Input for Toks<'a> {
    type Item = Tok;
    type Iter = std::iter::Copied<std::slice::Iter<'a, Tok>>;
    type IterIndices = std::iter::Enumerate<Self::Iter>;

    fn input_len(&self) -> usize {
        self.0.len()
    }
    fn take(&self, index: usize) -> Self {
        Toks(&self.0[..index])
    }
    fn take_from(&self, index: usize) -> Self {
        Toks(&self.0[index..])
    }
    fn take_split(&self, index: usize) -> (Self, Self) {
        let (prefix, suffix) = self.0.split_at(index);
        (Toks(suffix), Toks(prefix))
    }
    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.0.iter().position(|t| predicate(*t))
    }
    fn iter_elements(&self) -> Self::Iter {
        self.0.iter().copied()
    }
    fn iter_indices(&self) -> Self::IterIndices {
        self.iter_elements().enumerate()
    }
    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.0.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.0.len()))
        }
    }
}

/// A parse failure: how many tokens were left where the furthest branch
/// stopped, so that an error can name the token it could not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fail {
    pub remaining: usize,
}

impl<'a> ParseError<Toks<'a>> for Fail {
    fn from_error_kind(input: Toks<'a>, _: ErrorKind) -> Self {
        Fail { remaining: input.0.len() }
    }
    fn append(_: Toks<'a>, _: ErrorKind, other: Self) -> Self {
        other
    }
    fn or(self, other: Self) -> Self {
        if other.remaining < self.remaining {
            other
        } else {
            self
        }
    }
}

pub(crate) type PResult<'a, O> = IResult<Toks<'a>, O, Fail>;

pub(crate) fn fail<O>(i: Toks<'_>) -> PResult<'_, O> {
    Err(nom::Err::Error(Fail { remaining: i.0.len() }))
}

/// One token for which `f` gives a value.
pub(crate) fn tok<'a, O>(f: impl Fn(&Tok) -> Option<O>) -> impl FnMut(Toks<'a>) -> PResult<'a, O> {
    move |i: Toks<'a>| match i.0.first().and_then(&f) {
        Some(o) => Ok((Toks(&i.0[1..]), o)),
        None => fail(i),
    }
}

/// Like [`tok`], but the token must touch the one before it (no space).
pub(crate) fn glued<'a, O>(f: impl Fn(&Tok) -> Option<O>) -> impl FnMut(Toks<'a>) -> PResult<'a, O> {
    tok(move |t: &Tok| if t.space_before { None } else { f(t) })
}

pub(crate) fn meaning<O>(t: &Tok, f: impl Fn(Meaning) -> Option<O>) -> Option<O> {
    t.meanings().iter().find_map(|m| f(*m))
}

/// A word with a meaning for which `f` gives a value.
pub(crate) fn word<'a, O>(f: impl Fn(Meaning) -> Option<O> + Copy) -> impl FnMut(Toks<'a>) -> PResult<'a, O> {
    tok(move |t: &Tok| meaning(t, f))
}

pub(crate) fn punct<'a>(c: char) -> impl FnMut(Toks<'a>) -> PResult<'a, Tok> {
    tok(move |t: &Tok| t.is_punct(c).then_some(*t))
}

pub(crate) fn glued_punct<'a>(c: char) -> impl FnMut(Toks<'a>) -> PResult<'a, Tok> {
    glued(move |t: &Tok| t.is_punct(c).then_some(*t))
}

/// A number of `min..=max` digits: (value, digits, start byte).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Num {
    pub(crate) value: u64,
    pub(crate) digits: u8,
}

pub(crate) fn num_tok(t: &Tok, min: u8, max: u8) -> Option<Num> {
    match t.kind {
        Kind::Num { value, digits } if digits >= min && digits <= max => Some(Num { value, digits }),
        _ => None,
    }
}

pub(crate) fn num<'a>(min: u8, max: u8) -> impl FnMut(Toks<'a>) -> PResult<'a, Num> {
    tok(move |t: &Tok| num_tok(t, min, max))
}

pub(crate) fn glued_num<'a>(min: u8, max: u8) -> impl FnMut(Toks<'a>) -> PResult<'a, Num> {
    glued(move |t: &Tok| num_tok(t, min, max))
}

pub(crate) fn start_of(i: Toks<'_>) -> usize {
    i.0.first().map_or(0, |t| t.start)
}

pub(crate) fn prep<'a>(which: &'static [Prep]) -> impl FnMut(Toks<'a>) -> PResult<'a, Prep> {
    word(move |m| match m {
        Meaning::Prep(p) if which.contains(&p) => Some(p),
        _ => None,
    })
}

/// An optional dot glued to an abbreviation (`сен.`, `г.`).
pub(crate) fn abbr_dot<'a>(abbr: bool) -> impl FnMut(Toks<'a>) -> PResult<'a, ()> {
    move |i: Toks<'a>| {
        if abbr {
            if let Ok((rest, _)) = glued_punct('.').parse(i) {
                return Ok((rest, ()));
            }
        }
        Ok((i, ()))
    }
}

pub(crate) fn about(i: Toks<'_>) -> PResult<'_, ()> {
    let (i, _) = word(|m| (m == Meaning::About).then_some(())).parse(i)?;
    Ok((i, ()))
}

/// The token after this one is not a glued `sep` followed by a glued digit
/// (so `1.2.3.4` and `12.09.2025.1` are not dates).
pub(crate) fn not_continued(i: Toks<'_>) -> bool {
    let Some(a) = i.0.first() else { return true };
    // A glued number or unknown word continues the token (`12:30abc`, also
    // last in the text); a glued known word does not (`08:05Z`, `2025г`),
    // nor a word with a capital letter (`03.11.2023Рішення`, SPEC §1).
    let glued = !a.space_before
        && (matches!(a.kind, Kind::Num { .. }) || (a.is_unknown_word() && !a.is_capital_unknown_word()));
    let joined = i.0.get(1).is_some_and(|b| {
        !a.space_before
            && matches!(a.kind, Kind::Punct('.') | Kind::Punct(':') | Kind::Punct('/') | Kind::Punct(','))
            && !b.space_before
            && matches!(b.kind, Kind::Num { .. })
    });
    !joined && !glued
}

/// The month of a month word, and whether it is also an abbreviation
/// (`май` is both, so `2 май. 2010` takes its dot).
pub(crate) fn month_tok(t: &Tok) -> Option<(u32, bool)> {
    let m = meaning(t, |m| match m {
        Meaning::Month { month, .. } => Some(u32::from(month)),
        _ => None,
    })?;
    let abbr = t.meanings().iter().any(|m| matches!(m, Meaning::Month { abbr: true, .. }));
    Some((m, abbr))
}

/// A month word (`сентября`, `СЕН.`): the month number.
pub(crate) fn month(i: Toks<'_>) -> PResult<'_, u32> {
    let (i, (m, abbr)) = tok(month_tok).parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    Ok((i, m))
}

/// A month word glued to what stands before it (`10-августа`, `сен-2012`).
pub(crate) fn glued_month(i: Toks<'_>) -> PResult<'_, u32> {
    let (i, (m, abbr)) = glued(month_tok).parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    Ok((i, m))
}

/// A four-digit year, with an optional marker (`2025 г.`, `2025 року`), or
/// the reference year written as `ц.р.`, `т.г.`, `с.г.` (SPEC §2).
pub(crate) fn year4(i: Toks<'_>) -> PResult<'_, YearExpr> {
    if let Ok(r) = this_year(i) {
        return Ok(r);
    }
    let (i, y) = num(4, 4).parse(i)?;
    let (i, _) = opt(year_marker).parse(i)?;
    Ok((i, YearExpr::Written { value: y.value as u32, two_digit: false }))
}

/// this-year = ("ц" | "т" | "с") "." ("р" | "г") ["."]
pub(crate) fn this_year(i: Toks<'_>) -> PResult<'_, YearExpr> {
    let (i, _) = (word(|m| (m == Meaning::Current).then_some(())), glued_punct('.')).parse(i)?;
    // `ц.р.`, and `ц. р.` as some type it.
    let (i, _) = word(|m| (m == Meaning::YearMarker { abbr: true }).then_some(())).parse(i)?;
    let (i, _) = opt(glued_punct('.')).parse(i)?;
    Ok((i, YearExpr::Relative(0)))
}

/// The quotes legal papers put around a day (`«15» квітня`, `"09"
/// листопада`): opening ones.
pub(crate) fn open_quote(i: Toks<'_>) -> PResult<'_, ()> {
    tok(|t: &Tok| matches!(t.kind, Kind::Punct('«' | '"' | '“' | '„' | '\'')).then_some(())).parse(i)
}

/// Closing quotes after a day (`15»`, `« 04 »`).
pub(crate) fn close_quote(i: Toks<'_>) -> PResult<'_, ()> {
    tok(|t: &Tok| matches!(t.kind, Kind::Punct('»' | '"' | '”' | '“' | '\'')).then_some(())).parse(i)
}

pub(crate) fn year_marker(i: Toks<'_>) -> PResult<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::YearMarker { abbr } => Some(abbr),
        _ => None,
    })
    .parse(i)?;
    abbr_dot(abbr).parse(i)
}

/// A day number, with an ordinal suffix if written (`1-го`, `3-его`,
/// `5го`).
#[inline]
pub(crate) fn day_num(i: Toks<'_>) -> PResult<'_, Num> {
    let (i, d) = num(1, 2).parse(i)?;
    let suffix =
        |t: Option<&Tok>| t.is_some_and(|t| !t.space_before && t.meanings().contains(&Meaning::Ordinal));
    let rest = i.0;
    let skip = match rest.first() {
        Some(t) if t.is_punct('-') && !t.space_before && suffix(rest.get(1)) => 2,
        t if suffix(t) => 1,
        _ => 0,
    };
    Ok((Toks(&rest[skip..]), d))
}

pub(crate) fn shift_word(i: Toks<'_>) -> PResult<'_, Shift> {
    word(|m| match m {
        Meaning::Shift(s) => Some(s),
        _ => None,
    })
    .parse(i)
}

/// day-part = "утра" | "вечера" | "ранку" | ... | ("после" | "після") "полудня"
pub(crate) fn day_part(i: Toks<'_>) -> PResult<'_, DayPart> {
    if let Ok(r) = word(|m| match m {
        Meaning::DayPart(p) => Some(p),
        _ => None,
    })
    .parse(i)
    {
        return Ok(r);
    }
    let (i, _) = (prep(&[Prep::Since]), word(|m| (m == Meaning::OfNoon).then_some(()))).parse(i)?;
    Ok((i, DayPart::Afternoon))
}

pub(crate) fn hour_marker(i: Toks<'_>) -> PResult<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::HourMarker { abbr } => Some(abbr),
        _ => None,
    })
    .parse(i)?;
    // Abbreviations take a dot: `год.`, `ч.`
    abbr_dot(abbr).parse(i)
}

pub(crate) fn minute_marker(i: Toks<'_>) -> PResult<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::MinuteMarker { abbr } => Some(abbr),
        _ => None,
    })
    .parse(i)?;
    abbr_dot(abbr).parse(i)
}

/// A quick test before a parser whose production opens with an optional
/// preposition: `starts` holds for the first token, or for the second
/// after a preposition.
pub(crate) fn opens_with(i: Toks<'_>, starts: impl Fn(&Tok) -> bool) -> bool {
    let is_prep = |t: &Tok| t.meanings().iter().any(|m| matches!(m, Meaning::Prep(_)));
    match i.0 {
        [a, ..] if starts(a) => true,
        [a, b, ..] => is_prep(a) && starts(b),
        _ => false,
    }
}
