//! The grammar: nom 8 parsers over the [`Tok`]ens of the lexicon, producing
//! a plain [`Expr`]. No clock is read here and no value is range-checked
//! beyond the number of digits: `31 февраля` and `25:61` parse, and
//! resolution says why they are not dates.
//!
//! An expression is a run of *parts* (a date, a time, a zone, a weekday, a
//! relative phrase) joined by the separators pages use (`,` `|` `-` `.` and
//! white space). [`expression`] reads as many parts as fit together, so the
//! same code serves `parse` (the whole input must be read) and the scanner
//! (the longest run of parts at a position is one match).

use nom::branch::alt;
use nom::combinator::{opt, verify};
use nom::error::{ErrorKind, ParseError};
use nom::{IResult, Input, Needed, Parser};

use crate::lexicon::{DayPart, Kind, Meaning, Prep, Shift, Tok, Unit, ZoneId, ZoneWord};
use crate::syntax::{Amount, Calendar, DateExpr, Expr, TimeExpr, WeekdayExpr, YearExpr, ZoneExpr};

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

type R<'a, O> = IResult<Toks<'a>, O, Fail>;

fn fail<O>(i: Toks<'_>) -> R<'_, O> {
    Err(nom::Err::Error(Fail { remaining: i.0.len() }))
}

// ---------------------------------------------------------------------------
// Token primitives.
// ---------------------------------------------------------------------------

/// One token for which `f` gives a value.
fn tok<'a, O>(f: impl Fn(&Tok) -> Option<O>) -> impl FnMut(Toks<'a>) -> R<'a, O> {
    move |i: Toks<'a>| match i.0.first().and_then(&f) {
        Some(o) => Ok((Toks(&i.0[1..]), o)),
        None => fail(i),
    }
}

/// Like [`tok`], but the token must touch the one before it (no space).
fn glued<'a, O>(f: impl Fn(&Tok) -> Option<O>) -> impl FnMut(Toks<'a>) -> R<'a, O> {
    tok(move |t: &Tok| if t.space_before { None } else { f(t) })
}

fn meaning<O>(t: &Tok, f: impl Fn(Meaning) -> Option<O>) -> Option<O> {
    t.meanings().iter().find_map(|m| f(*m))
}

/// A word with a meaning for which `f` gives a value.
fn word<'a, O>(f: impl Fn(Meaning) -> Option<O> + Copy) -> impl FnMut(Toks<'a>) -> R<'a, O> {
    tok(move |t: &Tok| meaning(t, f))
}

fn punct<'a>(c: char) -> impl FnMut(Toks<'a>) -> R<'a, Tok> {
    tok(move |t: &Tok| t.is_punct(c).then_some(*t))
}

fn gpunct<'a>(c: char) -> impl FnMut(Toks<'a>) -> R<'a, Tok> {
    glued(move |t: &Tok| t.is_punct(c).then_some(*t))
}

/// A number of `min..=max` digits: (value, digits, start byte).
#[derive(Clone, Copy, Debug)]
struct Num {
    value: u64,
    digits: u8,
}

fn num_tok(t: &Tok, min: u8, max: u8) -> Option<Num> {
    match t.kind {
        Kind::Num { value, digits } if digits >= min && digits <= max => Some(Num { value, digits }),
        _ => None,
    }
}

fn num<'a>(min: u8, max: u8) -> impl FnMut(Toks<'a>) -> R<'a, Num> {
    tok(move |t: &Tok| num_tok(t, min, max))
}

fn gnum<'a>(min: u8, max: u8) -> impl FnMut(Toks<'a>) -> R<'a, Num> {
    glued(move |t: &Tok| num_tok(t, min, max))
}

fn start_of(i: Toks<'_>) -> usize {
    i.0.first().map_or(0, |t| t.start)
}

fn prep<'a>(which: &'static [Prep]) -> impl FnMut(Toks<'a>) -> R<'a, Prep> {
    word(move |m| match m {
        Meaning::Prep(p) if which.contains(&p) => Some(p),
        _ => None,
    })
}

/// An optional dot glued to an abbreviation (`сен.`, `г.`).
fn abbr_dot<'a>(abbr: bool) -> impl FnMut(Toks<'a>) -> R<'a, ()> {
    move |i: Toks<'a>| {
        if abbr {
            if let Ok((rest, _)) = gpunct('.').parse(i) {
                return Ok((rest, ()));
            }
        }
        Ok((i, ()))
    }
}

/// A month word (`сентября`, `СЕН.`): the month number.
fn month(i: Toks<'_>) -> R<'_, u32> {
    let (i, (m, abbr)) = word(|m| match m {
        Meaning::Month { month, abbr } => Some((u32::from(month), abbr)),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    Ok((i, m))
}

/// A four-digit year, with an optional marker (`2025 г.`, `2025 року`).
fn year4(i: Toks<'_>) -> R<'_, YearExpr> {
    let (i, y) = num(4, 4).parse(i)?;
    let (i, _) = opt(year_marker).parse(i)?;
    Ok((i, YearExpr::Written { value: y.value as u32, two_digit: false }))
}

fn year_marker(i: Toks<'_>) -> R<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::YearMarker { abbr } => Some(abbr),
        _ => None,
    })
    .parse(i)?;
    abbr_dot(abbr).parse(i)
}

fn about(i: Toks<'_>) -> R<'_, ()> {
    let (i, _) = word(|m| (m == Meaning::About).then_some(())).parse(i)?;
    Ok((i, ()))
}

/// The token after this one is not a glued `sep` followed by a glued digit
/// (so `1.2.3.4` and `12.09.2025.1` are not dates).
fn not_continued(i: Toks<'_>) -> bool {
    match (i.0.first(), i.0.get(1)) {
        (Some(a), Some(b)) => {
            let joined = !a.space_before
                && matches!(
                    a.kind,
                    Kind::Punct('.') | Kind::Punct(':') | Kind::Punct('/') | Kind::Punct(',')
                )
                && !b.space_before
                && matches!(b.kind, Kind::Num { .. });
            // A glued number or unknown word continues the token (`12:30abc`);
            // a glued known word does not (`08:05Z`, `2025г`).
            let glued = !a.space_before && (matches!(a.kind, Kind::Num { .. }) || a.kind == Kind::Word(&[]));
            !joined && !glued
        }
        (Some(a), None) => a.space_before || !matches!(a.kind, Kind::Num { .. }),
        _ => true,
    }
}

// ---------------------------------------------------------------------------
// Parts.
// ---------------------------------------------------------------------------

/// One piece of an expression.
#[derive(Clone, Debug, PartialEq)]
enum Part {
    /// A date (absolute or relative) and whether it stands on its own.
    Date(DateExpr),
    /// A time; `strong` when a preposition or marker made it certain.
    Time(TimeExpr),
    /// `14.00` or `06.09`: a time or a day.month, decided by what is beside it.
    DotPair {
        a: u32,
        b: u32,
        offset: usize,
    },
    Zone(ZoneExpr),
    Weekday(WeekdayExpr),
    /// A whole ISO stamp: date, and maybe time and zone.
    Stamp(Expr),
}

/// `2025-09-07`, then optionally `T01:15:00.5+03:00` or `T01:15Z`.
fn iso(i: Toks<'_>) -> R<'_, Part> {
    let offset = start_of(i);
    let (i, (y, _, m, _, d)) = (num(4, 4), gpunct('-'), gnum(1, 2), gpunct('-'), gnum(1, 2)).parse(i)?;
    let cal = Calendar {
        day: Some(d.value as u32),
        month: Some(m.value as u32),
        year: Some(YearExpr::Written { value: y.value as u32, two_digit: false }),
        offset,
    };
    let mut expr = Expr { date: Some(DateExpr::Calendar(cal)), ..Expr::default() };
    let t: R<'_, _> =
        (glued(|t: &Tok| meaning(t, |m| (m == Meaning::IsoT).then_some(()))), clock(true)).parse(i);
    let i = match t {
        Ok((rest, (_, time))) => {
            expr.time = Some(time);
            let (rest, z) = opt(alt((zone_word, offset_zone))).parse(rest)?;
            expr.zone = z;
            rest
        }
        Err(_) => {
            if !not_continued(i) {
                return fail(i);
            }
            i
        }
    };
    Ok((i, Part::Stamp(expr)))
}

/// `01:15`, `1:15`, `01:15:30`, `01:15:30.250`.
fn clock<'a>(first_glued: bool) -> impl FnMut(Toks<'a>) -> R<'a, TimeExpr> {
    move |i: Toks<'a>| {
        let offset = start_of(i);
        let (i, h) = if first_glued { gnum(1, 2).parse(i)? } else { num(1, 2).parse(i)? };
        let (i, (_, m)) = (gpunct(':'), gnum(2, 2)).parse(i)?;
        let (i, s) = opt((gpunct(':'), gnum(2, 2))).parse(i)?;
        let mut nanos = 0;
        let mut i = i;
        if s.is_some() {
            if let Ok((rest, (_, f))) = (alt((gpunct('.'), gpunct(','))), gnum(1, 9)).parse(i) {
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

fn day_part(i: Toks<'_>) -> R<'_, DayPart> {
    word(|m| match m {
        Meaning::DayPart(p) => Some(p),
        _ => None,
    })
    .parse(i)
}

/// Moves an hour written with a part of the day onto the 24-hour clock.
fn apply_day_part(hour: u32, part: DayPart) -> u32 {
    match part {
        DayPart::Morning => hour,
        DayPart::Afternoon | DayPart::Evening if hour < 12 => hour + 12,
        DayPart::Night if hour == 12 => 0,
        DayPart::Night if (6..12).contains(&hour) => hour + 12,
        _ => hour,
    }
}

fn hour_marker(i: Toks<'_>) -> R<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::HourMarker { abbr } => Some(abbr),
        _ => None,
    })
    .parse(i)?;
    // Abbreviations take a dot: `год.`, `ч.`
    abbr_dot(abbr).parse(i)
}

fn minute_marker(i: Toks<'_>) -> R<'_, ()> {
    let (i, abbr) = word(|m| match m {
        Meaning::MinuteMarker { abbr } => Some(abbr),
        _ => None,
    })
    .parse(i)?;
    abbr_dot(abbr).parse(i)
}

/// A time of day with whatever stands before it (`в`, `о`, `об`,
/// `около`/`близько`).
fn time(i: Toks<'_>) -> R<'_, Part> {
    let (i, ab) = opt(about).parse(i)?;
    let (i, p) = opt(prep(&[Prep::In, Prep::At])).parse(i)?;
    let marked = ab.is_some() || p.is_some();
    let offset = start_of(i);
    // `01:15`, `9:30 утра`, `14:00 год.`
    if let Ok((rest, mut t)) = clock(false).parse(i) {
        let (rest, dp) = opt(day_part).parse(rest)?;
        let (rest, _) = opt(hour_marker).parse(rest)?;
        if let Some(dp) = dp {
            t.hour = apply_day_part(t.hour, dp);
        }
        return Ok((rest, Part::Time(t)));
    }
    let at = |hour: u32, minute: Option<u32>| TimeExpr { hour, minute, second: None, nanos: 0, offset };
    // `14.00` with a preposition or an hour marker after it: a time.
    if let Ok((rest, (h, _, m))) = (num(1, 2), gpunct('.'), gnum(2, 2)).parse(i) {
        if not_continued(rest) {
            if let Ok((rest2, _)) = hour_marker(rest) {
                return Ok((rest2, Part::Time(at(h.value as u32, Some(m.value as u32)))));
            }
            if marked {
                return Ok((rest, Part::Time(at(h.value as u32, Some(m.value as u32)))));
            }
        }
        return fail(i);
    }
    // `14 ч 30 мин`, `14 год. 30 хв.`, `в 17 часов`, `в 9 утра`.
    if let Ok((rest, h)) = num(1, 2).parse(i) {
        if let Ok((rest, _)) = hour_marker(rest) {
            let (rest, m) = opt((num(1, 2), minute_marker)).parse(rest)?;
            let (rest, dp) = opt(day_part).parse(rest)?;
            if m.is_none() && !marked {
                return fail(i);
            }
            let hour = dp.map_or(h.value as u32, |dp| apply_day_part(h.value as u32, dp));
            return Ok((rest, Part::Time(at(hour, m.map(|(m, _)| m.value as u32)))));
        }
        if let Ok((rest, dp)) = day_part(rest) {
            if marked || dp != DayPart::Afternoon {
                return Ok((rest, Part::Time(at(apply_day_part(h.value as u32, dp), None))));
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
    Ok((rest, Part::Time(at(hour, Some(0)))))
}

/// `06.09` or `14.00` with nothing to tell which: decided by its neighbours.
fn dot_pair(i: Toks<'_>) -> R<'_, Part> {
    let offset = start_of(i);
    let (rest, (a, _, b)) = (num(1, 2), gpunct('.'), gnum(2, 2)).parse(i)?;
    if !not_continued(rest) {
        return fail(i);
    }
    Ok((rest, Part::DotPair { a: a.value as u32, b: b.value as u32, offset }))
}

/// `+03:00`, `+0300`, `-05`, `+3` (after `UTC`).
fn offset_zone(i: Toks<'_>) -> R<'_, ZoneExpr> {
    let offset = start_of(i);
    let (i, sign) = tok(|t: &Tok| match t.kind {
        Kind::Punct('+') => Some(1i64),
        Kind::Punct('-') => Some(-1i64),
        _ => None,
    })
    .parse(i)?;
    let (i, h) = gnum(1, 4).parse(i)?;
    let (i, hours, minutes) = if h.digits == 4 {
        (i, h.value / 100, h.value % 100)
    } else if h.digits <= 2 {
        let (i, m) = opt((gpunct(':'), gnum(2, 2))).parse(i)?;
        (i, h.value, m.map_or(0, |(_, m)| m.value))
    } else {
        return fail(i);
    };
    if !not_continued(i) {
        return fail(i);
    }
    let seconds = sign * (hours * 3600 + minutes * 60) as i64;
    Ok((i, ZoneExpr::Offset { seconds, minutes_ok: minutes < 60, offset }))
}

/// `мск`, `UTC`, `GMT+02:00`, `EEST`, `Z`.
fn zone_word(i: Toks<'_>) -> R<'_, ZoneExpr> {
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

/// `по Киеву`, `по московскому времени`, `за київським часом`.
fn zone_phrase(i: Toks<'_>) -> R<'_, ZoneExpr> {
    let (i, _) = prep(&[Prep::Until, Prep::By]).parse(i)?;
    let (i, id) = word(|m| match m {
        Meaning::Zone(ZoneWord::Place(id)) => Some(id),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = opt(word(|m| (m == Meaning::Zone(ZoneWord::TimeWord)).then_some(()))).parse(i)?;
    Ok((i, ZoneExpr::Named(id)))
}

fn zone(i: Toks<'_>) -> R<'_, Part> {
    let (i, z) = alt((zone_word, zone_phrase, offset_zone)).parse(i)?;
    Ok((i, Part::Zone(z)))
}

fn shift_word(i: Toks<'_>) -> R<'_, Shift> {
    word(|m| match m {
        Meaning::Shift(s) => Some(s),
        _ => None,
    })
    .parse(i)
}

/// `пт`, `пятница`, `в пятницу`, `в прошлую пятницу`, `минулої п'ятниці`.
fn weekday(i: Toks<'_>) -> R<'_, Part> {
    let (i, p) = opt(prep(&[Prep::In])).parse(i)?;
    let (i, s) = opt(shift_word).parse(i)?;
    let (i, (day, abbr)) = word(|m| match m {
        Meaning::Weekday { day, abbr } => Some((day, abbr)),
        _ => None,
    })
    .parse(i)?;
    let (i, _) = abbr_dot(abbr).parse(i)?;
    Ok((i, Part::Weekday(WeekdayExpr { day, shift: s, marked: p.is_some() || s.is_some() })))
}

/// `07.09.2025`, `7.9.2025`, `07.09.25`, `07/09/2025`, `2025.09.07`.
fn numeric_date(i: Toks<'_>) -> R<'_, Calendar> {
    let offset = start_of(i);
    let (rest, a) = num(1, 4).parse(i)?;
    let (rest, sep) = glued(|t: &Tok| match t.kind {
        Kind::Punct(c @ ('.' | '/' | '-')) => Some(c),
        _ => None,
    })
    .parse(rest)?;
    let (rest, (b, _, c)) = (gnum(1, 2), gpunct(sep), gnum(2, 4)).parse(rest)?;
    if c.digits == 3 || !not_continued(rest) {
        return fail(i);
    }
    let cal = if a.digits == 4 {
        if c.digits != 2 && c.digits != 1 {
            return fail(i);
        }
        Calendar {
            day: Some(c.value as u32),
            month: Some(b.value as u32),
            year: Some(YearExpr::Written { value: a.value as u32, two_digit: false }),
            offset,
        }
    } else if a.digits <= 2 {
        // A two-digit year only with a two-digit day and month (`07.09.25`),
        // so that versions like `1.2.33` are not dates.
        if c.digits == 2 && (a.digits != 2 || b.digits != 2) {
            return fail(i);
        }
        if sep == '-' && c.digits != 4 {
            return fail(i);
        }
        Calendar {
            day: Some(a.value as u32),
            month: Some(b.value as u32),
            year: Some(YearExpr::Written { value: c.value as u32, two_digit: c.digits == 2 }),
            offset,
        }
    } else {
        return fail(i);
    };
    let (rest, _) = opt(year_marker).parse(rest)?;
    Ok((rest, cal))
}

/// A day number, with an ordinal suffix if written (`1-го`).
fn day_num(i: Toks<'_>) -> R<'_, Num> {
    let (i, d) = num(1, 2).parse(i)?;
    let (i, _) = opt((gpunct('-'), glued(|t: &Tok| meaning(t, |m| (m == Meaning::Ordinal).then_some(())))))
        .parse(i)?;
    Ok((i, d))
}

/// `7 сентября 2025 г.`, `07 СЕН. 2025`, `9 июля`, `1-го вересня`.
fn day_month(i: Toks<'_>) -> R<'_, Calendar> {
    let offset = start_of(i);
    let (i, (d, m)) = (day_num, month).parse(i)?;
    let (i, y) = opt(year4).parse(i)?;
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m), year: y, offset }))
}

/// `Грудень 28, 2025`, `Трв 29 2025 р.`, `Sep 28 2020`.
fn month_first(i: Toks<'_>) -> R<'_, Calendar> {
    let offset = start_of(i);
    let (i, (m, d, _, y)) = (month, num(1, 2), opt(punct(',')), year4).parse(i)?;
    Ok((i, Calendar { day: Some(d.value as u32), month: Some(m), year: Some(y), offset }))
}

/// `сентябрь 2025`, `в сентябре 2025 года`, `у вересні 2025 року`.
fn month_year(i: Toks<'_>) -> R<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, (m, y)) = (month, year4).parse(i)?;
    Ok((i, Calendar { day: None, month: Some(m), year: Some(y), offset }))
}

/// `в 2021 году`, `2021 г.`, `у 2021 році`: a year needs its marker.
fn year_only(i: Toks<'_>) -> R<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, (y, _)) = (num(4, 4), year_marker).parse(i)?;
    let year = YearExpr::Written { value: y.value as u32, two_digit: false };
    Ok((i, Calendar { day: None, month: None, year: Some(year), offset }))
}

/// `в сентябре`, `у вересні`, `сентябрь`: a month alone (full word only).
fn month_alone(i: Toks<'_>) -> R<'_, Calendar> {
    let (i, _) = opt(prep(&[Prep::In])).parse(i)?;
    let offset = start_of(i);
    let (i, m) = word(|m| match m {
        Meaning::Month { month, abbr: false } => Some(u32::from(month)),
        _ => None,
    })
    .parse(i)?;
    Ok((i, Calendar { day: None, month: Some(m), year: None, offset }))
}

fn calendar(i: Toks<'_>) -> R<'_, Calendar> {
    alt((numeric_date, day_month)).parse(i)
}

/// `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25`,
/// `28 августа – 3 сентября 2025`.
fn range(i: Toks<'_>) -> R<'_, Part> {
    let (i, from) = opt(prep(&[Prep::From])).parse(i)?;
    range_from(i, from.is_some(), calendar(i))
}

/// [`range`] after its optional `с`/`з`, given what [`calendar`] reads at
/// `i` (the caller may have read it already).
fn range_from<'a>(i: Toks<'a>, from: bool, date: R<'a, Calendar>) -> R<'a, Part> {
    // The start: a date, or a day alone (`1–5 сентября`), as `alt` would
    // try them.
    let (i, start) = match date {
        Err(nom::Err::Error(e)) => match day_num(i) {
            Ok((rest, d)) => {
                (rest, Calendar { day: Some(d.value as u32), offset: start_of(i), ..Calendar::default() })
            }
            Err(nom::Err::Error(e2)) => return Err(nom::Err::Error(e.or(e2))),
            Err(other) => return Err(other),
        },
        other => other?,
    };
    let (i, link_word) = alt((punct('-').map(|_| false), prep(&[Prep::Until]).map(|_| true))).parse(i)?;
    if link_word && !from {
        return fail(i);
    }
    let (i, end) = calendar(i)?;
    let mut start = start;
    // `1–5 сентября`: the month written once belongs to both ends. The
    // year is left to resolution, which knows whether the range crosses
    // New Year (`28 декабря – 3 января 2026`).
    if start.month.is_none() {
        start.month = end.month;
    }
    Ok((i, Part::Date(DateExpr::Range(start, end))))
}

// ---------------------------------------------------------------------------
// Relative parts.
// ---------------------------------------------------------------------------

/// An amount: digits, number words (`двадцять п'ять`), `полтора`, `пів`,
/// or a vague word. Gives halves (`None` when vague).
fn amount(i: Toks<'_>) -> R<'_, Option<u64>> {
    if let Ok((rest, n)) = num(1, 255).parse(i) {
        return Ok((rest, Some(n.value.saturating_mul(2))));
    }
    let number = |i| {
        word(|m| match m {
            Meaning::Number(n) => Some(u64::from(n)),
            _ => None,
        })
        .parse(i)
    };
    if let Ok((rest, n)) = number(i) {
        if (20..100).contains(&n) && n % 10 == 0 {
            if let Ok((rest2, u)) = verify(number, |u| *u < 10).parse(rest) {
                return Ok((rest2, Some((n + u) * 2)));
            }
        }
        return Ok((rest, Some(n * 2)));
    }
    word(|m| match m {
        Meaning::OneAndHalf => Some(Some(3)),
        Meaning::Half => Some(Some(1)),
        Meaning::Vague => Some(None),
        _ => None,
    })
    .parse(i)
}

/// A unit word as read, with the `год` reading (a Russian year, a
/// Ukrainian hour) left open.
#[derive(Clone, Copy)]
struct UnitWord {
    /// The unit of a full form (`года`: year).
    full: Option<Unit>,
    /// The unit of an abbreviation (`год`: hour).
    short: Option<Unit>,
    /// A dot was glued to an abbreviation (`год.`).
    dot: bool,
}

impl UnitWord {
    /// Picks the unit: a dot or `тому` means the Ukrainian hour, `назад`
    /// the Russian year; after `через`, Russian says `через 1 год`,
    /// `через 21 год` (a year), Ukrainian `через 2 год` (hours).
    fn pick(self, ukrainian: Option<bool>, count: Option<u64>) -> Unit {
        match (self.full, self.short) {
            (Some(f), Some(s)) if f != s => {
                if self.dot || ukrainian == Some(true) {
                    s
                } else if ukrainian == Some(false) {
                    f
                } else {
                    match count {
                        Some(n) if n % 10 == 1 && n % 100 != 11 => f,
                        _ => s,
                    }
                }
            }
            (Some(f), _) => f,
            (None, Some(s)) => s,
            (None, None) => Unit::Day,
        }
    }
}

fn unit_word(i: Toks<'_>) -> R<'_, UnitWord> {
    let (rest, t) = tok(|t: &Tok| matches!(t.kind, Kind::Word(_)).then_some(*t)).parse(i)?;
    let mut w = UnitWord { full: None, short: None, dot: false };
    for m in t.meanings() {
        if let Meaning::Unit { unit, abbr } = *m {
            if abbr {
                w.short = w.short.or(Some(unit));
            } else {
                w.full = w.full.or(Some(unit));
            }
        }
    }
    if w.full.is_none() && w.short.is_none() {
        return fail(i);
    }
    let (rest, dot) = if w.short.is_some() { opt(gpunct('.')).parse(rest)? } else { (rest, None) };
    w.dot = dot.is_some();
    Ok((rest, w))
}

fn ago_word(i: Toks<'_>) -> R<'_, bool> {
    word(|m| match m {
        Meaning::Ago { ukrainian } => Some(ukrainian),
        _ => None,
    })
    .parse(i)
}

/// An amount (in halves; `None` when vague), its unit word and the byte
/// offset where it starts.
struct AmountUnit {
    halves: Option<u64>,
    unit: UnitWord,
    offset: usize,
}

/// An amount and its unit: `5 мин.`, `дві години`, `полчаса`, `часа`
/// (an implied one), `півтори години`.
fn amount_unit(i: Toks<'_>) -> R<'_, AmountUnit> {
    let (i, _) = opt(about).parse(i)?;
    let offset = start_of(i);
    if let Ok((rest, u)) = word(|m| match m {
        Meaning::HalfUnit(u) => Some(u),
        _ => None,
    })
    .parse(i)
    {
        let unit = UnitWord { full: Some(u), short: None, dot: false };
        return Ok((rest, AmountUnit { halves: Some(1), unit, offset }));
    }
    if let Ok((rest, (halves, unit))) = (amount, unit_word).parse(i) {
        return Ok((rest, AmountUnit { halves, unit, offset }));
    }
    // An implied one: `час назад`, `минуту назад`, `годину тому`.
    let (rest, unit) = unit_word(i)?;
    if unit.full.is_none() {
        return fail(i);
    }
    Ok((rest, AmountUnit { halves: Some(2), unit, offset }))
}

/// `5 хв. тому`, `2 ч. назад`, `полтора часа назад`, `через 3 дня`,
/// `около часа назад`.
fn shift_amount(i: Toks<'_>) -> R<'_, Part> {
    // A quick test: every branch below reads one of these first (after a
    // number, a unit). Any other start fails at the first token, as the
    // branches would. (A number last in the input reads on to its end.)
    let starts = match i.0 {
        [Tok { kind: Kind::Num { .. }, .. }] => true,
        [Tok { kind: Kind::Num { .. }, .. }, next, ..] => {
            next.meanings().iter().any(|m| matches!(m, Meaning::Unit { .. }))
        }
        [t, ..] => t.meanings().iter().any(|m| {
            matches!(
                m,
                Meaning::After
                    | Meaning::About
                    | Meaning::HalfUnit(_)
                    | Meaning::Number(_)
                    | Meaning::OneAndHalf
                    | Meaning::Half
                    | Meaning::Vague
                    | Meaning::Unit { .. }
            )
        }),
        [] => false,
    };
    if !starts {
        return fail(i);
    }
    if let Ok((rest, _)) = word(|m| (m == Meaning::After).then_some(())).parse(i) {
        let (rest, au) = amount_unit(rest)?;
        let unit = au.unit.pick(None, au.halves.map(|h| h / 2));
        let a = Amount { halves: au.halves, unit, ahead: true, offset: au.offset };
        return Ok((rest, Part::Date(DateExpr::Shift(a))));
    }
    let (rest, (au, uk)) = (amount_unit, ago_word).parse(i)?;
    let unit = au.unit.pick(Some(uk), au.halves.map(|h| h / 2));
    let a = Amount { halves: au.halves, unit, ahead: false, offset: au.offset };
    Ok((rest, Part::Date(DateExpr::Shift(a))))
}

/// `сегодня`, `вчора`, `только что`, `щойно`, `торік`.
fn day_word(i: Toks<'_>) -> R<'_, Part> {
    if let Ok((rest, d)) = word(|m| match m {
        Meaning::Day(d) => Some(i64::from(d)),
        _ => None,
    })
    .parse(i)
    {
        return Ok((rest, Part::Date(DateExpr::Day(d))));
    }
    if let Ok((rest, _)) = alt((
        word(|m| (m == Meaning::JustNow).then_some(())),
        (word(|m| (m == Meaning::Just).then_some(())), word(|m| (m == Meaning::That).then_some(())))
            .map(|_| ()),
    ))
    .parse(i)
    {
        return Ok((rest, Part::Date(DateExpr::Now)));
    }
    let (rest, _) = word(|m| (m == Meaning::LastYear).then_some(())).parse(i)?;
    Ok((rest, Part::Date(DateExpr::Period { unit: Unit::Year, offset: -1 })))
}

/// `на прошлой неделе`, `в этом году`, `минулого тижня`, `цього року`.
fn period(i: Toks<'_>) -> R<'_, Part> {
    let (i, _) = opt(prep(&[Prep::In, Prep::On])).parse(i)?;
    let (i, s) = shift_word(i)?;
    let (i, unit) = word(|m| match m {
        Meaning::Unit { unit: u @ (Unit::Week | Unit::Month | Unit::Year), abbr: false } => Some(u),
        _ => None,
    })
    .parse(i)?;
    let offset = match s {
        Shift::Last => -1,
        Shift::This => 0,
        Shift::Next => 1,
    };
    Ok((i, Part::Date(DateExpr::Period { unit, offset })))
}

/// One part: the first of these parsers that reads one, in this order:
/// `iso`, `range`, `shift_amount`, `day_word`, `period`, `numeric_date`,
/// `day_month`, `month_first`, `month_year`, `year_only`, `time`,
/// `dot_pair`, `weekday`, `zone`, `month_alone`. Those that cannot start at
/// the first token's kind are not tried (they would fail at that token,
/// which is what the error says either way).
fn part(i: Toks<'_>) -> R<'_, Part> {
    let cal = |c| Part::Date(DateExpr::Calendar(c));
    match i.0.first() {
        // A quick test first: most tokens start no part at all.
        Some(t) if !can_start(t) => fail(i),
        None => fail(i),
        Some(Tok { kind: Kind::Num { .. }, .. }) => {
            // `range` and then `numeric_date`/`day_month` would read the
            // same date here: it is read once, when first needed.
            let date = std::cell::OnceCell::new();
            let date = || date.get_or_init(|| calendar(i)).clone();
            alt((
                iso,
                |i| range_from(i, false, date()),
                shift_amount,
                |_| date().map(|(rest, c)| (rest, cal(c))),
                year_only.map(cal),
                time,
                dot_pair,
            ))
            .parse(i)
        }
        // A sign starts only an offset.
        Some(Tok { kind: Kind::Punct(_), .. }) => zone(i),
        Some(Tok { kind: Kind::Word(_), .. }) => alt((
            range,
            shift_amount,
            day_word,
            period,
            month_first.map(cal),
            month_year.map(cal),
            year_only.map(cal),
            time,
            weekday,
            zone,
            month_alone.map(cal),
        ))
        .parse(i),
    }
}

/// True when a part may start at this token: a number, a sign,
/// or a word with a meaning that some part begins with (not `назад`,
/// `года`, `утра`...): the first test of `part` and `may_start`.
fn can_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Num { .. } => true,
        // The sign of a zone offset (`+03:00`, `-0400`).
        Kind::Punct(c) => matches!(c, '+' | '-'),
        Kind::Word(ms) => ms.iter().any(|m| {
            !matches!(
                m,
                Meaning::Ago { .. }
                    | Meaning::That
                    | Meaning::YearMarker { .. }
                    | Meaning::HourMarker { .. }
                    | Meaning::MinuteMarker { .. }
                    | Meaning::DayPart(_)
                    | Meaning::Ordinal
                    | Meaning::IsoT
                    | Meaning::Zone(ZoneWord::TimeWord)
            )
        }),
    }
}

/// A quick test for the scanner, which meets numbers and common words
/// everywhere: false when no expression can start at `toks[0]`, judged
/// from the first few tokens without running the parsers. True does not
/// promise a match.
///
/// ```text
/// 1 500 грн     a number needs `:` `.` `/` `-`, a month, a unit... after it
/// на 15%        so does a number after a preposition or `около`
/// — 500 грн     a sign starts only an offset: `+03:00`, `-0400`
/// в этом направлении   `этом` starts only a period: a unit must follow
/// ```
pub fn may_start(toks: &[Tok]) -> bool {
    let Some(first) = toks.first() else { return false };
    if !can_start(first) {
        return false;
    }
    let word_only = |t: &Tok, f: fn(&Meaning) -> bool| t.meanings().iter().all(f) && !t.meanings().is_empty();
    let is_shift = |t: &Tok| word_only(t, |m| matches!(m, Meaning::Shift(_)));
    let unit_or_weekday = |t: Option<&Tok>| {
        t.is_some_and(|t| {
            t.meanings().iter().any(|m| matches!(m, Meaning::Unit { .. } | Meaning::Weekday { .. }))
        })
    };
    match first.kind {
        Kind::Num { .. } => num_may_start(toks.get(1)),
        Kind::Punct(_) => toks
            .get(1)
            .is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Num { digits: 1 | 2 | 4, .. })),
        Kind::Word(_) => {
            // A preposition, `около` or `через` before a number: they mean
            // nothing alone, and the number starts the rest (`в 2021 году`,
            // `через 5 минут`).
            let before_number =
                word_only(first, |m| matches!(m, Meaning::Prep(_) | Meaning::About | Meaning::After));
            match toks.get(1) {
                Some(Tok { kind: Kind::Num { .. }, .. }) if before_number => num_may_start(toks.get(2)),
                // `прошлой неделе`, `в этом году`, `у минулу п'ятницю`.
                _ if is_shift(first) => unit_or_weekday(toks.get(1)),
                Some(t) if is_shift(t) && word_only(first, |m| matches!(m, Meaning::Prep(_))) => {
                    unit_or_weekday(toks.get(2))
                }
                _ => true,
            }
        }
    }
}

/// True when a part may start at a number followed by `next`: every part
/// that starts with a number needs one of these after it (`:` `.` `/` `-`,
/// a month, a unit, a year or hour marker, a part of the day, `по`/`до`).
/// A quick test for the scanner, which meets numbers everywhere.
fn num_may_start(next: Option<&Tok>) -> bool {
    match next {
        None => true,
        Some(t) => match t.kind {
            Kind::Punct(c) => matches!(c, ':' | '.' | '/' | '-'),
            Kind::Num { .. } => false,
            Kind::Word(ms) => ms.iter().any(|m| {
                matches!(
                    m,
                    Meaning::Month { .. }
                        | Meaning::Unit { .. }
                        | Meaning::YearMarker { .. }
                        | Meaning::HourMarker { .. }
                        | Meaning::DayPart(_)
                        | Meaning::Prep(Prep::Until)
                )
            }),
        },
    }
}

/// What may stand between two parts: up to two of `,` `|` `-` `/` `•`,
/// and `.` unless the part before was a time (`27 октября 2016 года. 16:00`
/// is one date; `в 09:15. пн, 7 сентября` ends a sentence).
fn separator(i: Toks<'_>, after_time: bool) -> Toks<'_> {
    let mut i = i;
    for _ in 0..2 {
        match i.0.first() {
            Some(t)
                if matches!(t.kind, Kind::Punct(',' | '|' | '-' | '/' | '•' | '·'))
                    || (t.is_punct('.') && !after_time) =>
            {
                i = Toks(&i.0[1..]);
            }
            _ => break,
        }
    }
    i
}

// ---------------------------------------------------------------------------
// Assembly: parts into one expression.
// ---------------------------------------------------------------------------

enum Assembly {
    Done(Expr),
    /// Nothing wrong yet, but not a date on its own (`06.09` alone).
    Pending,
    /// The last part does not fit with the others.
    Conflict,
}

fn assemble(parts: &[Part]) -> Assembly {
    let has_time =
        parts.iter().any(|p| matches!(p, Part::Time(_)) || matches!(p, Part::Stamp(e) if e.time.is_some()));
    let has_day_date = parts.iter().any(|p| match p {
        Part::Date(DateExpr::Calendar(c)) => c.day.is_some(),
        Part::Date(DateExpr::Day(_)) | Part::Stamp(_) => true,
        _ => false,
    });
    let has_weekday = parts.iter().any(|p| matches!(p, Part::Weekday(_)));
    let mut e = Expr::default();
    let mut pending = false;
    // A range stands alone, but for the period that names its year.
    let mut range_year = false;
    for (k, p) in parts.iter().enumerate() {
        let next_is_zone = matches!(parts.get(k + 1), Some(Part::Zone(_)));
        match p {
            Part::Date(d) => {
                if let Some(prev) = &e.date {
                    // `Сьогодні, 31 серпня`: the written date wins over the day word.
                    let follows_day =
                        matches!(parts.get(k.wrapping_sub(1)), Some(Part::Date(DateExpr::Day(_))));
                    match (prev, d) {
                        (DateExpr::Day(_), DateExpr::Calendar(c)) if c.day.is_some() && follows_day => {
                            e.date = Some(d.clone());
                        }
                        (DateExpr::Calendar(c), DateExpr::Day(_))
                            if c.day.is_some()
                                && matches!(parts.get(k.wrapping_sub(1)), Some(Part::Date(_))) => {}
                        // `9 мая прошлого года`, `у травні цього року`: the
                        // period names the year of the date before it.
                        (DateExpr::Calendar(c), DateExpr::Period { unit: Unit::Year, offset })
                            if c.month.is_some()
                                && c.year.is_none()
                                && matches!(
                                    parts.get(k.wrapping_sub(1)),
                                    Some(Part::Date(DateExpr::Calendar(_)))
                                ) =>
                        {
                            e.date = Some(DateExpr::Calendar(Calendar {
                                year: Some(YearExpr::Relative(*offset)),
                                ..*c
                            }));
                        }
                        // `с 1 по 5 мая прошлого года`: the year of both ends.
                        (DateExpr::Range(a, b), DateExpr::Period { unit: Unit::Year, offset })
                            if b.month.is_some()
                                && a.year.is_none()
                                && b.year.is_none()
                                && matches!(
                                    parts.get(k.wrapping_sub(1)),
                                    Some(Part::Date(DateExpr::Range(..)))
                                ) =>
                        {
                            let b = Calendar { year: Some(YearExpr::Relative(*offset)), ..*b };
                            e.date = Some(DateExpr::Range(*a, b));
                            range_year = true;
                        }
                        _ => return Assembly::Conflict,
                    }
                } else {
                    e.date = Some(d.clone());
                }
            }
            Part::Time(t) => {
                if e.time.is_some() {
                    return Assembly::Conflict;
                }
                e.time = Some(*t);
            }
            Part::DotPair { a, b, offset } => {
                let as_time = next_is_zone || (!has_time && has_day_date);
                let as_date = !as_time && (has_time || has_weekday);
                if as_time {
                    if e.time.is_some() {
                        return Assembly::Conflict;
                    }
                    e.time = Some(TimeExpr {
                        hour: *a,
                        minute: Some(*b),
                        second: None,
                        nanos: 0,
                        offset: *offset,
                    });
                } else if as_date {
                    if e.date.is_some() {
                        return Assembly::Conflict;
                    }
                    e.date = Some(DateExpr::Calendar(Calendar {
                        day: Some(*a),
                        month: Some(*b),
                        year: None,
                        offset: *offset,
                    }));
                } else {
                    pending = true;
                }
            }
            Part::Zone(z) => {
                if e.zone.is_some()
                    || e.time.is_none() && !matches!(parts.get(k.wrapping_sub(1)), Some(Part::DotPair { .. }))
                {
                    return Assembly::Conflict;
                }
                e.zone = Some(*z);
            }
            Part::Weekday(w) => {
                if e.weekday.is_some() {
                    return Assembly::Conflict;
                }
                e.weekday = Some(*w);
            }
            Part::Stamp(s) => {
                if e.date.is_some()
                    || (e.time.is_some() && s.time.is_some())
                    || (e.zone.is_some() && s.zone.is_some())
                {
                    return Assembly::Conflict;
                }
                e.date = s.date.clone();
                e.time = e.time.or(s.time);
                e.zone = e.zone.or(s.zone);
            }
        }
    }
    // What may stand together.
    match &e.date {
        Some(DateExpr::Calendar(c)) if c.day.is_none() && (e.time.is_some() || e.weekday.is_some()) => {
            return Assembly::Conflict;
        }
        Some(DateExpr::Shift(a)) => {
            let long = matches!(a.unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
            if e.weekday.is_some() || (e.time.is_some() && !long) {
                return Assembly::Conflict;
            }
        }
        Some(DateExpr::Now) | Some(DateExpr::Period { .. }) | Some(DateExpr::Range(..))
            if e.time.is_some() || e.weekday.is_some() || parts.len() > 1 + usize::from(range_year) =>
        {
            return Assembly::Conflict;
        }
        _ => {}
    }
    if e.zone.is_some() && e.time.is_none() {
        return Assembly::Pending;
    }
    if pending || (e.date.is_none() && e.time.is_none() && e.weekday.is_none()) {
        return Assembly::Pending;
    }
    Assembly::Done(e)
}

/// The most parts one expression joins (`чт, 4 сент. 2025 г., 17:07 мск`
/// has four).
const MAX_PARTS: usize = 6;

/// The longest expression at the start of `toks`.
///
/// On success: the expression, the number of tokens it spans, and the
/// furthest token index any attempt looked at (`toks.len()` when some
/// parser wanted a token past the end: with more text the answer might
/// differ). On failure: that furthest index.
pub fn expression(toks: &[Tok]) -> Result<(Expr, usize, usize), usize> {
    let total = toks.len();
    // No allocation until a first part is read: most candidates fail there.
    let mut parts: Vec<Part> = Vec::new();
    let mut best: Option<(Expr, usize)> = None;
    let mut furthest = 0usize;
    let note = |f: &nom::Err<Fail>, furthest: &mut usize| {
        if let nom::Err::Error(f) | nom::Err::Failure(f) = f {
            *furthest = (*furthest).max(total - f.remaining.min(total));
        }
    };
    let mut pos = 0usize;
    for k in 0..MAX_PARTS {
        if pos >= total {
            // The next part would start past the end.
            furthest = total;
            break;
        }
        let after_time = matches!(parts.last(), Some(Part::Time(_) | Part::DotPair { .. } | Part::Zone(_)))
            || matches!(parts.last(), Some(Part::Stamp(e)) if e.time.is_some());
        // A part right after the last one first (`12:00:00 -0400` keeps its
        // sign), then after a separator (`19:21 - 13.12.2025`).
        let here = Toks(&toks[pos..]);
        let attempt = match (k, part(here)) {
            (0, r) => r,
            (_, Ok(r)) => Ok(r),
            (_, Err(e)) => {
                note(&e, &mut furthest);
                let at = separator(here, after_time);
                if at.0.is_empty() {
                    furthest = total;
                }
                // No separator: the same attempt would fail the same way.
                if at.0.len() == here.0.len() {
                    Err(e)
                } else {
                    part(at)
                }
            }
        };
        match attempt {
            Ok((rest, p)) => {
                let next = total - rest.0.len();
                furthest = furthest.max(next);
                if parts.is_empty() {
                    parts.reserve_exact(MAX_PARTS);
                }
                parts.push(p);
                match assemble(&parts) {
                    Assembly::Done(e) => best = Some((e, next)),
                    Assembly::Pending => {}
                    Assembly::Conflict => break,
                }
                pos = next;
            }
            Err(e) => {
                note(&e, &mut furthest);
                break;
            }
        }
    }
    let furthest = furthest.min(total);
    match best {
        Some((e, n)) => Ok((e, n, furthest)),
        None => Err(furthest),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lex;

    fn expr(s: &str) -> Expr {
        let t = lex(s);
        let (e, n, _) = expression(&t).unwrap_or_else(|f| panic!("{s:?} failed at token {f}"));
        assert_eq!(n, t.len(), "{s:?} read only {n} of {} tokens", t.len());
        e
    }

    fn cal(d: Option<u32>, m: Option<u32>, y: Option<u32>) -> (Option<u32>, Option<u32>, Option<u32>) {
        (d, m, y)
    }

    fn fields(e: &Expr) -> (Option<u32>, Option<u32>, Option<u32>) {
        match &e.date {
            Some(DateExpr::Calendar(c)) => (
                c.day,
                c.month,
                c.year.map(|y| match y {
                    YearExpr::Written { value, .. } => value,
                    YearExpr::Relative(k) => panic!("a relative year: {k}"),
                }),
            ),
            other => panic!("not a calendar date: {other:?}"),
        }
    }

    #[test]
    fn calendar_fields() {
        let table = [
            ("7 сентября 2025", cal(Some(7), Some(9), Some(2025))),
            ("07 СЕН. 2025", cal(Some(7), Some(9), Some(2025))),
            ("9 июля", cal(Some(9), Some(7), None)),
            ("7 вересня 2025 р.", cal(Some(7), Some(9), Some(2025))),
            ("1-го сентября", cal(Some(1), Some(9), None)),
            ("сентябрь 2025", cal(None, Some(9), Some(2025))),
            ("у вересні 2025 року", cal(None, Some(9), Some(2025))),
            ("в 2021 году", cal(None, None, Some(2021))),
            ("07.09.25", cal(Some(7), Some(9), Some(25))),
            ("2025-09-07", cal(Some(7), Some(9), Some(2025))),
            ("Грудень 28, 2025", cal(Some(28), Some(12), Some(2025))),
        ];
        for (s, want) in table {
            assert_eq!(fields(&expr(s)), want, "{s}");
        }
    }

    #[test]
    fn times_and_zones() {
        let e = expr("23:00 мск 11 января");
        assert_eq!(e.time.map(|t| (t.hour, t.minute)), Some((23, Some(0))));
        assert_eq!(e.zone, Some(ZoneExpr::Named(ZoneId::Moscow)));
        let e = expr("14.00 по московскому времени");
        assert_eq!(e.time.map(|t| t.hour), Some(14));
        let e = expr("06.09, в 22:05");
        assert_eq!(fields(&e), cal(Some(6), Some(9), None));
        let e = expr("о 7 вечора");
        assert_eq!(e.time.map(|t| t.hour), Some(19));
        let e = expr("2025-09-07T01:15:00+03:00");
        assert_eq!(e.zone, Some(ZoneExpr::Offset { seconds: 3 * 3600, minutes_ok: true, offset: 19 }));
    }

    #[test]
    fn rejects() {
        for s in ["1 500", "2:1", "Ту-154", "1.2.3", "06.09", "2025", "марка 5", "14.00"] {
            let t = lex(s);
            assert!(expression(&t).map(|(_, n, _)| n != t.len()).unwrap_or(true), "{s:?} parsed");
        }
    }
}
