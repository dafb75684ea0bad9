//! Amounts of time before or after the reference: `5 хв. тому`,
//! `через 3 дня`, `полтора часа назад`.

use nom::branch::alt;
use nom::combinator::{opt, verify};
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Prep, Tok, Unit};
use crate::syntax::{Amount, DateExpr};

/// An amount: digits, number words (`двадцять п'ять`), `полтора`, `пів`,
/// or a vague word. Gives halves (`None` when vague).
pub(crate) fn amount(i: Toks<'_>) -> PResult<'_, Option<u64>> {
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
pub(crate) struct UnitWord {
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

pub(crate) fn unit_word(i: Toks<'_>) -> PResult<'_, UnitWord> {
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
    let (rest, dot) = if w.short.is_some() { opt(glued_punct('.')).parse(rest)? } else { (rest, None) };
    w.dot = dot.is_some();
    Ok((rest, w))
}

pub(crate) fn ago_word(i: Toks<'_>) -> PResult<'_, bool> {
    word(|m| match m {
        Meaning::Ago { ukrainian } => Some(ukrainian),
        _ => None,
    })
    .parse(i)
}

/// An amount (in halves; `None` when vague), its unit word and the byte
/// offset where it starts.
pub(crate) struct AmountUnit {
    halves: Option<u64>,
    /// No number was written: `час назад`.
    implied: bool,
    unit: UnitWord,
    offset: usize,
}

/// An amount and its unit: `5 мин.`, `дві години`, `полчаса`, `часа`
/// (an implied one), `півтори години`.
pub(crate) fn amount_unit(i: Toks<'_>) -> PResult<'_, AmountUnit> {
    let (i, _) = opt(about).parse(i)?;
    let offset = start_of(i);
    if let Ok((rest, u)) = word(|m| match m {
        Meaning::HalfUnit(u) => Some(u),
        _ => None,
    })
    .parse(i)
    {
        let unit = UnitWord { full: Some(u), short: None, dot: false };
        return Ok((rest, AmountUnit { halves: Some(1), implied: false, unit, offset }));
    }
    if let Ok((rest, (halves, unit))) = (amount, unit_word).parse(i) {
        return Ok((rest, AmountUnit { halves, implied: false, unit, offset }));
    }
    // An implied one: `час назад`, `минуту назад`, `годину тому`; never a
    // plural (`через годы` is "over the years").
    let (rest, unit) = unit_word(i)?;
    let plural = i.0.first().is_some_and(|t| t.meanings().contains(&Meaning::Plural));
    if unit.full.is_none() || plural {
        return fail(i);
    }
    // No abbreviation stands without a number: `через год.` at the end of
    // a sentence is a year, read as `parse` reads it without the dot.
    let unit = UnitWord { short: None, dot: false, ..unit };
    Ok((rest, AmountUnit { halves: Some(2), implied: true, unit, offset }))
}

/// The amounts after the first of a compound shift: `2 часа` in `5 дней
/// 2 часа назад`, `1 месяц, 1 неделя и 1 день`. Whole counts only.
///
/// ```text
/// more-amounts = {["," | "и" | "і" | "та"] amount unit-word}
/// ```
fn more_amounts<'a>(i: Toks<'a>, first: &AmountUnit, out: &mut Vec<(u64, UnitWord)>) -> Toks<'a> {
    let mut i = i;
    // Seven units at most (years to seconds): `2 часа 2 часа 2 часа …` is
    // not read on to the end of the view at every number.
    while out.len() < 7 {
        let (at, _) =
            match opt(alt((punct(',').map(|_| ()), word(|m| (m == Meaning::And).then_some(()))))).parse(i) {
                Ok(r) => r,
                Err(_) => break,
            };
        match (amount, unit_word).parse(at) {
            Ok((rest, (Some(h), u))) if h % 2 == 0 => {
                if out.is_empty() {
                    out.push((first.halves.unwrap_or(0) / 2, first.unit));
                }
                out.push((h / 2, u));
                i = rest;
            }
            _ => break,
        }
    }
    i
}

/// The part a shift makes: one amount, or several.
fn shift_part(first: AmountUnit, more: Vec<(u64, UnitWord)>, ahead: bool, uk: Option<bool>) -> Part {
    if more.is_empty() {
        let unit = first.unit.pick(uk, first.halves.map(|h| h / 2));
        let a = Amount { halves: first.halves, unit, ahead, implied: first.implied, offset: first.offset };
        return Part::Date(DateExpr::Shift(a));
    }
    let items = more.into_iter().map(|(n, u)| (n, u.pick(uk, Some(n)))).collect();
    Part::Date(DateExpr::Shifts { items, ahead, offset: first.offset })
}

/// A whole count in a compound shift: not `полтора`, not vague.
fn whole(a: &AmountUnit) -> bool {
    a.halves.is_some_and(|h| h % 2 == 0)
}

/// `+15 минут`, `+15хв`, `+1 день 2 часа`, `-3 года`: a sign glued to a
/// count of a unit.
///
/// ```text
/// signed = ("+" | "-") glued-num unit-word more-amounts
/// ```
fn signed(i: Toks<'_>) -> PResult<'_, Part> {
    let (rest, ahead) = tok(|t: &Tok| match t.kind {
        Kind::Punct('+') => Some(true),
        Kind::Punct('-') => Some(false),
        _ => None,
    })
    .parse(i)?;
    let offset = start_of(rest);
    let (rest, (n, unit)) = (glued_num(1, 9), unit_word).parse(rest)?;
    let first = AmountUnit { halves: Some(n.value * 2), implied: false, unit, offset };
    let mut more = Vec::new();
    let rest = more_amounts(rest, &first, &mut more);
    Ok((rest, shift_part(first, more, ahead, None)))
}

/// `5 хв. тому`, `2 ч. назад`, `полтора часа назад`, `через 3 дня`,
/// `около часа назад`.
pub(crate) fn shift_amount(i: Toks<'_>) -> PResult<'_, Part> {
    // A quick test: every branch below reads one of these first (after a
    // number, a unit). Any other start fails at the first token, as the
    // branches would. (A number last in the input reads on to its end.)
    if matches!(i.0.first(), Some(Tok { kind: Kind::Punct(_), .. })) {
        return signed(i);
    }
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
        let mut more = Vec::new();
        let rest = if whole(&au) { more_amounts(rest, &au, &mut more) } else { rest };
        // `через 2 года после окончания вуза`, `через тиждень після
        // операції`: counted from that event, not from the reference. (The
        // parser sees no line breaks: `через 2 дня⏎После…` is no date either.)
        if prep(&[Prep::Since]).parse(rest).is_ok() {
            return fail(i);
        }
        return Ok((rest, shift_part(au, more, true, None)));
    }
    let (rest, au) = amount_unit(i)?;
    let mut more = Vec::new();
    let rest = if whole(&au) { more_amounts(rest, &au, &mut more) } else { rest };
    let (rest, uk) = ago_word(rest)?;
    Ok((rest, shift_part(au, more, false, Some(uk))))
}
