//! Quick tests for the scanner, which meets numbers and common words
//! everywhere: may a part start here at all? Everything they know of the
//! families is derived from [`FAMILIES`]: the words each can start with,
//! what may follow a number or a shift word it starts with, and its
//! anchors.

use super::families::{Family, FAMILIES};
use crate::lexicon::{Kind, Meaning, Prep, Tok, ZoneWord};

/// A set of kinds of meaning, one bit each ([`bit`]).
pub(crate) type Bits = u128;

/// The kinds of meaning the family table speaks of, one bit each.
pub(crate) mod bits {
    use super::Bits;
    pub const MONTH: Bits = 1 << 0;
    pub const WEEKDAY: Bits = 1 << 1;
    pub const UNIT: Bits = 1 << 2;
    pub const HALF_UNIT: Bits = 1 << 3;
    pub const NUMBER: Bits = 1 << 4;
    pub const HALF: Bits = 1 << 5;
    pub const ONE_AND_HALF: Bits = 1 << 6;
    pub const VAGUE: Bits = 1 << 7;
    pub const ABOUT: Bits = 1 << 8;
    pub const DAY: Bits = 1 << 9;
    pub const JUST_NOW: Bits = 1 << 10;
    pub const JUST: Bits = 1 << 11;
    pub const THAT: Bits = 1 << 12;
    pub const AGO: Bits = 1 << 13;
    pub const AFTER: Bits = 1 << 14;
    pub const SHIFT: Bits = 1 << 15;
    pub const LAST_YEAR: Bits = 1 << 16;
    pub const YEAR_MARKER: Bits = 1 << 17;
    pub const HOUR_MARKER: Bits = 1 << 18;
    pub const MINUTE_MARKER: Bits = 1 << 19;
    pub const DAY_PART: Bits = 1 << 20;
    pub const NOON: Bits = 1 << 21;
    pub const MIDNIGHT: Bits = 1 << 22;
    pub const IN: Bits = 1 << 23;
    pub const AT: Bits = 1 << 24;
    pub const ON: Bits = 1 << 25;
    pub const FROM: Bits = 1 << 26;
    pub const UNTIL: Bits = 1 << 27;
    pub const BY: Bits = 1 << 28;
    pub const ZONE: Bits = 1 << 29;
    pub const ZONE_PLACE: Bits = 1 << 30;
    pub const ZONE_TIME_WORD: Bits = 1 << 31;
    pub const ORDINAL: Bits = 1 << 32;
    pub const ISO_T: Bits = 1 << 33;
    pub const QUARTER: Bits = 1 << 34;
    pub const HALF_YEAR: Bits = 1 << 35;
    pub const SEASON: Bits = 1 << 36;
    pub const ORDINAL_WORD: Bits = 1 << 37;
    pub const ROMAN: Bits = 1 << 38;
    pub const DECADE_SUFFIX: Bits = 1 << 39;
    pub const CENTURY: Bits = 1 << 40;
    pub const PART_OF_DAY: Bits = 1 << 41;
    pub const PLURAL: Bits = 1 << 42;
    pub const AND: Bits = 1 << 43;
    pub const WITHIN: Bits = 1 << 44;
    pub const WEEKEND: Bits = 1 << 45;
    pub const SHIFT_PLURAL: Bits = 1 << 46;
    pub const LAST: Bits = 1 << 47;
    pub const FOLLOWING: Bits = 1 << 48;
    pub const HOLIDAY: Bits = 1 << 49;
    pub const NEW: Bits = 1 << 50;
    pub const CHRIST: Bits = 1 << 51;
    pub const INDEPENDENCE: Bits = 1 << 52;
    pub const UKRAINE: Bits = 1 << 53;
    pub const CURRENT: Bits = 1 << 54;
    pub const NOW_WORD: Bits = 1 << 55;
    pub const STREET: Bits = 1 << 56;
    pub const RIGHT: Bits = 1 << 57;
    pub const NOMINATIVE: Bits = 1 << 58;
    pub const TOWARDS: Bits = 1 << 59;
    /// A number (in [`Family::after_prep`](super::Family)), not a meaning.
    pub const NUM: Bits = 1 << 127;
    /// Every preposition.
    pub const PREP: Bits = IN | AT | ON | FROM | UNTIL | BY;
}

/// The bit of a meaning's kind.
#[inline]
pub(crate) fn bit(m: &Meaning) -> Bits {
    use bits::*;
    match m {
        Meaning::Month { .. } => MONTH,
        Meaning::Weekday { .. } => WEEKDAY,
        Meaning::Unit { .. } => UNIT,
        Meaning::HalfUnit(_) => HALF_UNIT,
        Meaning::Number(_) => NUMBER,
        Meaning::Half => HALF,
        Meaning::OneAndHalf => ONE_AND_HALF,
        Meaning::Vague => VAGUE,
        Meaning::About => ABOUT,
        Meaning::Day(_) => DAY,
        Meaning::JustNow => JUST_NOW,
        Meaning::Just => JUST,
        Meaning::That => THAT,
        Meaning::Ago { .. } => AGO,
        Meaning::After => AFTER,
        Meaning::Shift(_) => SHIFT,
        Meaning::LastYear => LAST_YEAR,
        Meaning::YearMarker { .. } => YEAR_MARKER,
        Meaning::HourMarker { .. } => HOUR_MARKER,
        Meaning::MinuteMarker { .. } => MINUTE_MARKER,
        Meaning::DayPart(_) => DAY_PART,
        Meaning::Noon => NOON,
        Meaning::Midnight => MIDNIGHT,
        Meaning::Prep(Prep::In) => IN,
        Meaning::Prep(Prep::At) => AT,
        Meaning::Prep(Prep::On) => ON,
        Meaning::Prep(Prep::From) => FROM,
        Meaning::Prep(Prep::Until) => UNTIL,
        Meaning::Prep(Prep::By) => BY,
        Meaning::Prep(Prep::Towards) => TOWARDS,
        Meaning::Zone(ZoneWord::Zone(_)) => ZONE,
        Meaning::Zone(ZoneWord::Place(_)) => ZONE_PLACE,
        Meaning::Zone(ZoneWord::TimeWord) => ZONE_TIME_WORD,
        Meaning::Ordinal => ORDINAL,
        Meaning::IsoT => ISO_T,
        Meaning::Quarter => QUARTER,
        Meaning::HalfYear => HALF_YEAR,
        Meaning::Season(_) => SEASON,
        Meaning::OrdinalWord(_) => ORDINAL_WORD,
        Meaning::Roman(_) => ROMAN,
        Meaning::DecadeSuffix => DECADE_SUFFIX,
        Meaning::Century { .. } => CENTURY,
        Meaning::PartOfDay(_) => PART_OF_DAY,
        Meaning::Plural => PLURAL,
        Meaning::And => AND,
        Meaning::Within => WITHIN,
        Meaning::Weekend { .. } => WEEKEND,
        Meaning::ShiftPlural(_) => SHIFT_PLURAL,
        Meaning::Last => LAST,
        Meaning::Following => FOLLOWING,
        Meaning::Holiday(_) => HOLIDAY,
        Meaning::New => NEW,
        Meaning::Christ => CHRIST,
        Meaning::Independence => INDEPENDENCE,
        Meaning::Ukraine => UKRAINE,
        Meaning::Current => CURRENT,
        Meaning::NowWord => NOW_WORD,
        Meaning::Street => STREET,
        Meaning::Right => RIGHT,
        Meaning::Nominative => NOMINATIVE,
    }
}

/// The union of one field over every family, at compile time.
macro_rules! union {
    ($family:ident => $bits:expr) => {{
        let mut acc: Bits = 0;
        let mut k = 0;
        while k < FAMILIES.len() {
            let $family = &FAMILIES[k];
            acc |= $bits;
            k += 1;
        }
        acc
    }};
}

/// The words some family starts with, prepositions included.
const WORD_STARTS: Bits = union!(f => f.word | f.prep);
/// The words some family lets follow a number it starts with.
const AFTER_NUMBER: Bits = union!(f => match f.number {
    Some(n) => n.words,
    None => 0,
});
/// What some family lets follow a shift word it starts with.
const AFTER_SHIFT: Bits = union!(f => f.after_shift);
/// The ASCII punctuation some family lets follow a number it starts with
/// (others are looked up in [`FAMILIES`]).
const AFTER_NUMBER_PUNCT: u128 = {
    let mut acc = 0u128;
    let mut k = 0;
    while k < FAMILIES.len() {
        if let Some(n) = FAMILIES[k].number {
            let mut c = 0;
            while c < n.punct.len() {
                if n.punct[c].is_ascii() {
                    acc |= 1 << (n.punct[c] as u32);
                }
                c += 1;
            }
        }
        k += 1;
    }
    acc
};
/// The meanings a digit-free date always holds one of.
const ANCHORS: Bits = union!(f => f.anchors);

/// True for the meanings the scanner anchors on: every date written
/// without a digit holds at least one word with one of them (`сегодня`,
/// `назад`, `пятницу`, `прошлой`...), as the families of [`FAMILIES`]
/// declare. Other words (`в`, `году`, `сентября`) only stand in a date
/// beside a number or one of these. The lexicon marks anchor tokens with it.
pub fn is_anchor(m: &Meaning) -> bool {
    bit(m) & ANCHORS != 0
}

fn any_bit(t: &Tok, set: Bits) -> bool {
    t.meanings().iter().any(|m| bit(m) & set != 0)
}

/// The kinds of a token: its meanings' bits, [`bits::NUM`] for a number.
pub(crate) fn token_bits(t: &Tok) -> Bits {
    match t.kind {
        Kind::Num { .. } => bits::NUM,
        Kind::Punct(_) => 0,
        Kind::Word(ms) => ms.iter().fold(0, |acc, m| acc | bit(m)),
    }
}

/// Whether a family may start at `toks[0]` (whose [`token_bits`] are
/// `first`), judged by its first two tokens.
pub(crate) enum Start {
    /// It may.
    Yes,
    /// It may not: its parser would fail at the first token.
    No,
    /// Its preposition is there but what follows is not: its parser would
    /// read the preposition and fail at the second token.
    AfterPrep,
}

pub(crate) fn family_start(f: &Family, toks: &[Tok], first: Bits) -> Start {
    let Some(t) = toks.first() else { return Start::No };
    let yes = match t.kind {
        Kind::Num { .. } => f.number.is_some(),
        Kind::Punct(c) => f.sign && matches!(c, '+' | '-'),
        Kind::Word(_) => first & f.word != 0,
    };
    if yes {
        return Start::Yes;
    }
    if first & f.prep == 0 {
        return Start::No;
    }
    match toks.get(1) {
        // A number last in the input, or anything a family may read after
        // its preposition.
        None => Start::Yes,
        Some(next) if token_bits(next) & f.after_prep != 0 => Start::Yes,
        // `с «01» января`: punctuation is for the family to judge.
        Some(Tok { kind: Kind::Punct(_), .. }) => Start::Yes,
        Some(_) => Start::AfterPrep,
    }
}

/// True when a part may start at this token: a number, a sign, or a word
/// that some family starts with (not `назад`, `года`, `утра`...): the
/// first test of `part` and `may_start`.
pub(crate) fn can_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Num { .. } => true,
        // The sign of a zone offset (`+03:00`, `-0400`).
        Kind::Punct(c) => matches!(c, '+' | '-') && FAMILIES.iter().any(|f| f.sign),
        Kind::Word(_) => any_bit(t, WORD_STARTS),
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
    let word_only =
        |t: &Tok, set: Bits| !t.meanings().is_empty() && t.meanings().iter().all(|m| bit(m) & set != 0);
    let is_shift = |t: &Tok| word_only(t, bits::SHIFT);
    // What follows a shift word, past the dot of an abbreviation (`след.`).
    let after_shift = |at: usize| {
        let t = match toks.get(at) {
            Some(t) if t.is_punct('.') && !t.space_before => toks.get(at + 1),
            t => t,
        };
        t.is_some_and(|t| any_bit(t, AFTER_SHIFT))
    };
    match first.kind {
        Kind::Num { .. } => num_may_start(toks.get(1)),
        // A sign before a glued number: an offset (`+03:00`, `-0400`) or a
        // shift (`+15 минут`); not a phone number (`+380 44 ...`).
        Kind::Punct(_) => toks
            .get(1)
            .is_some_and(|t| !t.space_before && matches!(t.kind, Kind::Num { digits: 1 | 2 | 4, .. })),
        Kind::Word(_) => {
            // A preposition, `около` or `через` before a number: they mean
            // nothing alone, and the number starts the rest (`в 2021 году`,
            // `через 5 минут`).
            let before_number = word_only(first, bits::PREP | bits::ABOUT | bits::AFTER);
            match toks.get(1) {
                Some(Tok { kind: Kind::Num { .. }, .. }) if before_number => num_may_start(toks.get(2)),
                // `прошлой неделе`, `в этом году`, `у минулу п'ятницю`.
                _ if is_shift(first) => after_shift(1),
                Some(t) if is_shift(t) && word_only(first, bits::PREP) => after_shift(2),
                // A preposition before a word: a family must read that word
                // after that preposition (`в сентябре`, not `в доме`).
                Some(t) if word_only(first, bits::PREP) && matches!(t.kind, Kind::Word(_)) => {
                    let (b0, b1) = (token_bits(first), token_bits(t));
                    FAMILIES.iter().any(|f| b0 & f.prep != 0 && b1 & f.after_prep != 0)
                }
                _ => true,
            }
        }
    }
}

/// True when a part may start at a number followed by `next`: what the
/// families that start with a number let follow it (`:` `.` `/` `-`, a
/// month, a unit, a year or hour marker, a part of the day, `по`/`до`).
/// A number last in the input reads on to its end.
#[inline]
fn num_may_start(next: Option<&Tok>) -> bool {
    match next {
        None => true,
        Some(t) => match t.kind {
            Kind::Punct(c) if c.is_ascii() => AFTER_NUMBER_PUNCT & (1 << c as u32) != 0,
            Kind::Punct(c) => after_number_other(c),
            Kind::Num { .. } => false,
            Kind::Word(_) => any_bit(t, AFTER_NUMBER),
        },
    }
}

/// True when some family lets the non-ASCII punctuation `c` follow a
/// number it starts with (`15» квітня`): rare, so looked up in the table.
#[cold]
fn after_number_other(c: char) -> bool {
    FAMILIES.iter().any(|f| f.number.is_some_and(|n| n.punct.contains(&c)))
}
