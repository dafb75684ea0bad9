//! Amounts of time before or after the reference: `5 хв. тому`,
//! `через 3 дня`, `полтора часа назад`.

use nom::combinator::{opt, verify};
use nom::Parser;

use crate::grammar::prim::*;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Tok, Unit};
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
pub(crate) fn shift_amount(i: Toks<'_>) -> PResult<'_, Part> {
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
