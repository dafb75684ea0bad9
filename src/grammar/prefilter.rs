//! Quick tests for the scanner, which meets numbers and common words
//! everywhere: may a part start here at all? Everything they know of the
//! families is derived from [`FAMILIES`]: the words each can start with,
//! what may follow a number or a shift word it starts with, and its
//! anchors.

use super::families::FAMILIES;
use crate::lexicon::{Kind, Meaning, Tok};

pub(crate) use crate::lexicon::{bit, bits, Bits};

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
    t.kinds() & set != 0
}

/// A set of families, one bit each by their place in [`FAMILIES`].
pub(crate) type FamilySet = u64;

const _: () = assert!(FAMILIES.len() <= 64, "a FamilySet holds 64 families");

/// The families that may start with a number.
const NUMBER_FAMILIES: FamilySet = {
    let mut acc = 0;
    let mut k = 0;
    while k < FAMILIES.len() {
        if FAMILIES[k].number.is_some() {
            acc |= 1 << k;
        }
        k += 1;
    }
    acc
};

/// The families that may start with a sign.
const SIGN_FAMILIES: FamilySet = {
    let mut acc = 0;
    let mut k = 0;
    while k < FAMILIES.len() {
        if FAMILIES[k].sign {
            acc |= 1 << k;
        }
        k += 1;
    }
    acc
};

/// For each kind of meaning (a bit of [`Bits`]), the families whose field
/// `$bits` holds it, at compile time.
macro_rules! by_kind {
    ($family:ident => $bits:expr) => {{
        let mut table: [FamilySet; 128] = [0; 128];
        let mut k = 0;
        while k < FAMILIES.len() {
            let $family = &FAMILIES[k];
            let bits: Bits = $bits;
            let mut b = 0;
            while b < 128 {
                if bits & (1 << b) != 0 {
                    table[b] |= 1 << k;
                }
                b += 1;
            }
            k += 1;
        }
        table
    }};
}

/// The families that start with a word of each kind.
const BY_WORD: [FamilySet; 128] = by_kind!(f => f.word);
/// The families that open with a preposition of each kind.
const BY_PREP: [FamilySet; 128] = by_kind!(f => f.prep);
/// The families that let a word of each kind follow their preposition.
const BY_AFTER_PREP: [FamilySet; 128] = by_kind!(f => f.after_prep);
/// The families that let a word of each kind follow a number they start with.
const BY_AFTER_NUMBER: [FamilySet; 128] = by_kind!(f => match f.number {
    Some(n) => n.words,
    None => 0,
});
/// Every family.
const ALL: FamilySet = if FAMILIES.len() == 64 { !0 } else { (1 << FAMILIES.len()) - 1 };

/// The union of the families of `table` over the kinds in `bits`.
#[inline]
fn families_of(table: &[FamilySet; 128], mut bits: Bits) -> FamilySet {
    let mut set = 0;
    while bits != 0 {
        set |= table[bits.trailing_zeros() as usize];
        bits &= bits - 1;
    }
    set
}

/// For each ASCII punctuation character, the families that let it follow
/// a number they start with.
const NUMBER_FAMILIES_BY_PUNCT: [FamilySet; 128] = {
    let mut table = [0; 128];
    let mut k = 0;
    while k < FAMILIES.len() {
        if let Some(n) = FAMILIES[k].number {
            let mut c = 0;
            while c < n.punct.len() {
                if n.punct[c].is_ascii() {
                    table[n.punct[c] as usize] |= 1 << k;
                }
                c += 1;
            }
        }
        k += 1;
    }
    table
};

/// The kinds of a token: its meanings' bits, [`bits::NUM`] for a number.
#[inline]
pub(crate) fn token_bits(t: &Tok) -> Bits {
    t.kinds()
}

/// [`family_start`] of every family at once, from the tables above: the
/// families that may start at `toks[0]` (whose [`token_bits`] are
/// `first`), and those whose parser would read the first token and stop at
/// the second. The rest cannot start there.
pub(crate) struct Starts {
    pub yes: FamilySet,
    pub second: FamilySet,
}

pub(crate) fn starts(toks: &[Tok], first: Bits) -> Starts {
    let Some(t) = toks.first() else { return Starts { yes: 0, second: 0 } };
    let next = toks.get(1);
    let found = match t.kind {
        Kind::Num { .. } => {
            let yes = match next.map(|n| n.kind) {
                None => NUMBER_FAMILIES,
                Some(Kind::Punct(c)) if c.is_ascii() => NUMBER_FAMILIES_BY_PUNCT[c as usize],
                Some(Kind::Punct(c)) => after_number_other(c),
                Some(Kind::Num { .. }) => 0,
                Some(Kind::Word(e)) => families_of(&BY_AFTER_NUMBER, e.kinds),
            };
            Starts { yes, second: NUMBER_FAMILIES & !yes }
        }
        Kind::Punct('+' | '-') => Starts { yes: SIGN_FAMILIES, second: 0 },
        Kind::Punct(_) => Starts { yes: 0, second: 0 },
        Kind::Word(_) => {
            let prep = families_of(&BY_PREP, first);
            // A number last in the input, or punctuation after the
            // preposition: for the family to judge.
            let after = match next {
                None | Some(Tok { kind: Kind::Punct(_), .. }) => ALL,
                Some(n) => families_of(&BY_AFTER_PREP, token_bits(n)),
            };
            let yes = families_of(&BY_WORD, first) | (prep & after);
            Starts { yes, second: prep & !yes }
        }
    };
    #[cfg(debug_assertions)]
    for (k, f) in FAMILIES.iter().enumerate() {
        let (yes, second) = (found.yes & (1 << k) != 0, found.second & (1 << k) != 0);
        match family_start(f, toks, first) {
            Start::Yes => assert!(yes && !second, "{}", f.name),
            Start::Second => assert!(second && !yes, "{}", f.name),
            Start::No => assert!(!yes && !second, "{}", f.name),
        }
    }
    found
}

/// Whether a family may start at `toks[0]` (whose [`token_bits`] are
/// `first`), judged by its first two tokens.
#[cfg(any(test, debug_assertions))]
pub(crate) enum Start {
    /// It may.
    Yes,
    /// It may not: its parser would fail at the first token.
    No,
    /// Its first token is there (a preposition, a number) but what
    /// follows is nothing it reads: its parser would read the first token
    /// and fail at the second.
    Second,
}

#[cfg(any(test, debug_assertions))]
pub(crate) fn family_start(f: &super::families::Family, toks: &[Tok], first: Bits) -> Start {
    let Some(t) = toks.first() else { return Start::No };
    let yes = match t.kind {
        // A number: what follows must be what the family reads after one.
        Kind::Num { .. } => {
            let Some(n) = f.number else { return Start::No };
            let fits = match toks.get(1) {
                None => true,
                Some(Tok { kind: Kind::Punct(c), .. }) => n.punct.contains(c),
                Some(Tok { kind: Kind::Num { .. }, .. }) => false,
                Some(next) => token_bits(next) & n.words != 0,
            };
            return if fits { Start::Yes } else { Start::Second };
        }
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
        Some(_) => Start::Second,
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
    // Every meaning of the word is of a kind in `set`.
    let word_only =
        |t: &Tok, set: Bits| matches!(t.kind, Kind::Word(e) if e.kinds != 0 && e.kinds & !set == 0);
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
            Kind::Punct(c) if c.is_ascii() => NUMBER_FAMILIES_BY_PUNCT[c as usize] != 0,
            Kind::Punct(c) => after_number_other(c) != 0,
            Kind::Num { .. } => false,
            Kind::Word(_) => any_bit(t, AFTER_NUMBER),
        },
    }
}

/// The families that let the non-ASCII punctuation `c` follow a number
/// they start with (`15» квітня`): rare, so looked up in the table.
#[cold]
fn after_number_other(c: char) -> FamilySet {
    let mut set = 0;
    for (k, f) in FAMILIES.iter().enumerate() {
        if f.number.is_some_and(|n| n.punct.contains(&c)) {
            set |= 1 << k;
        }
    }
    set
}
