//! The families of parts: one file of parsers each, and one row each in
//! [`FAMILIES`], which says what the scanner's quick tests must know of it.
//! Adding a family is a file here, its words in the lexicon, a row below,
//! and an arm in resolution.

use std::cell::OnceCell;

use super::prefilter::bits::*;
use super::prefilter::Bits;
use super::prim::{PResult, Toks};
use super::Part;
use crate::syntax::{Calendar, DateExpr};

pub(crate) mod amount;
pub(crate) mod calendar;
pub(crate) mod day_part;
pub(crate) mod decade;
pub(crate) mod half_hour;
pub(crate) mod holiday;
pub(crate) mod hour;
pub(crate) mod night;
pub(crate) mod nth;
pub(crate) mod open;
pub(crate) mod ordinal;
pub(crate) mod quarter;
pub(crate) mod range;
pub(crate) mod relative;
pub(crate) mod season;
pub(crate) mod span_range;
pub(crate) mod time;
pub(crate) mod time_range;
pub(crate) mod weekday;
pub(crate) mod weekend;
pub(crate) mod zone;

/// A family that may start with a number: what may follow the number.
#[derive(Clone, Copy)]
pub(crate) struct AfterNumber {
    /// Punctuation (ASCII) that may follow it.
    pub punct: &'static [char],
    /// Words that may follow it.
    pub words: Bits,
}

/// One family of parts, and what the scanner's quick tests know of it.
pub(crate) struct Family {
    /// Its name, for tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub name: &'static str,
    /// The words it may start with, when it does not open with a preposition.
    pub word: Bits,
    /// The prepositions it may open with (`в`, `на`, `с`...).
    pub prep: Bits,
    /// What may follow such a preposition ([`NUM`] for a number).
    pub after_prep: Bits,
    /// When it may start with a number: what may follow that number.
    pub number: Option<AfterNumber>,
    /// True when it may start with a sign (`+03:00`).
    pub sign: bool,
    /// What may follow a shift word it starts with (`прошлой неделе`).
    pub after_shift: Bits,
    /// Every instance written without a digit holds a word of one of these
    /// kinds: the scanner anchors on them.
    pub anchors: Bits,
    /// The parser.
    pub parse: for<'a> fn(Toks<'a>, &Memo<'a>) -> PResult<'a, Part>,
}

/// What several families read at the same start: read once, when first
/// needed (`range` and `calendar` both read a date at a number).
pub(crate) struct Memo<'a> {
    at: Toks<'a>,
    date: OnceCell<PResult<'a, Calendar>>,
}

impl<'a> Memo<'a> {
    pub(crate) fn new(at: Toks<'a>) -> Self {
        Memo { at, date: OnceCell::new() }
    }

    /// [`calendar::calendar`] at the start.
    pub(crate) fn date(&self) -> PResult<'a, Calendar> {
        self.date.get_or_init(|| calendar::calendar(self.at)).clone()
    }
}

const NONE: Bits = 0;

fn cal(c: Calendar) -> Part {
    Part::Date(DateExpr::Calendar(c))
}

/// Every family, in the order `part` tries them: the first that reads a
/// part wins.
pub(crate) const FAMILIES: &[Family] = &[
    Family {
        name: "iso",
        word: NONE,
        prep: NONE,
        after_prep: NONE,
        number: Some(AfterNumber { punct: &['-'], words: NONE }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| calendar::iso(i),
    },
    Family {
        name: "range",
        word: NONE,
        prep: FROM,
        after_prep: NUM,
        number: Some(AfterNumber {
            punct: &['.', '/', '-', '"', '\'', '»', '”', '“'],
            words: MONTH | UNTIL | ORDINAL,
        }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: range::range,
    },
    Family {
        name: "amount",
        word: AFTER | ABOUT | HALF_UNIT | NUMBER | ONE_AND_HALF | HALF | VAGUE | UNIT,
        prep: NONE,
        after_prep: NONE,
        number: Some(AfterNumber { punct: &[], words: UNIT }),
        sign: true,
        after_shift: NONE,
        anchors: AGO | AFTER | HALF_UNIT | ONE_AND_HALF,
        parse: |i, _| amount::shift_amount(i),
    },
    Family {
        name: "day_word",
        // `сейчас` starts one, but is no anchor: alone it is `parse` only;
        // `прямо сейчас` is found at `прямо`. `с сегодня и до послезавтра`
        // starts at its `с`.
        word: DAY | JUST_NOW | JUST | LAST_YEAR | NOW_WORD | RIGHT,
        prep: FROM,
        after_prep: DAY,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: DAY | JUST_NOW | JUST | LAST_YEAR | RIGHT,
        parse: |i, _| relative::day_word(i),
    },
    Family {
        name: "period",
        word: SHIFT,
        prep: IN | ON,
        after_prep: SHIFT,
        number: None,
        sign: false,
        after_shift: UNIT,
        anchors: SHIFT,
        parse: |i, _| relative::period(i),
    },
    Family {
        name: "calendar",
        word: NONE,
        prep: NONE,
        after_prep: NONE,
        // A closing quote after a day in legal papers: `«15» квітня`.
        number: Some(AfterNumber {
            punct: &['.', '/', '-', '"', '\'', '»', '”', '“'],
            words: MONTH | ORDINAL,
        }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |_, memo| memo.date().map(|(rest, c)| (rest, cal(c))),
    },
    Family {
        name: "on_date",
        word: NONE,
        prep: ON | FROM | TOWARDS,
        after_prep: NUM,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        // Extraction finds the date alone (the word stays in the text).
        parse: |i, _| {
            calendar::on_date(i).map(|(rest, c)| (rest, Part::DateAfterWord(DateExpr::Calendar(c))))
        },
    },
    Family {
        name: "ordinal_date",
        word: NUMBER | ORDINAL_WORD,
        prep: IN | ON | FROM | UNTIL | TOWARDS,
        after_prep: NUMBER | ORDINAL_WORD,
        number: None,
        sign: false,
        after_shift: NONE,
        // Its month is an anchor too (see `month_alone`), but a range of
        // ordinals (`с двадцать пятого по тридцать первое декабря`) starts
        // more than four tokens before it.
        anchors: ORDINAL_WORD,
        parse: |i, _| ordinal::ordinal_date(i),
    },
    Family {
        name: "span_range",
        word: MONTH,
        prep: FROM | IN | ON,
        after_prep: MONTH | NUM,
        number: Some(AfterNumber { punct: &['-'], words: UNTIL }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| span_range::span_range(i),
    },
    Family {
        name: "month_first",
        word: MONTH,
        prep: NONE,
        after_prep: NONE,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| calendar::month_first(i).map(|(rest, c)| (rest, cal(c))),
    },
    Family {
        name: "month_year",
        word: MONTH,
        prep: IN | FROM,
        after_prep: MONTH,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| calendar::month_year(i).map(|(rest, c)| (rest, cal(c))),
    },
    Family {
        name: "year_only",
        word: NONE,
        prep: IN,
        after_prep: NUM,
        number: Some(AfterNumber { punct: &['-'], words: YEAR_MARKER | CURRENT | ORDINAL }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| calendar::year_only(i).map(|(rest, c)| (rest, cal(c))),
    },
    Family {
        name: "time_range",
        word: NONE,
        prep: FROM,
        after_prep: NUM | NUMBER | HOUR_ORDINAL | GENITIVE,
        number: Some(AfterNumber { punct: &[':', '.', '-'], words: HOUR_MARKER | DAY_PART | UNTIL }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| time_range::time_range(i),
    },
    Family {
        name: "open",
        word: NONE,
        prep: UNTIL | SINCE,
        after_prep: NUM | NUMBER | HOUR_ORDINAL | GENITIVE | END_OF,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: END_OF,
        parse: |i, _| open::open(i),
    },
    Family {
        name: "hour",
        word: NUMBER,
        prep: IN | AT,
        after_prep: NUM | NUMBER | HOUR_ORDINAL,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: HOUR_MARKER | DAY_PART | HOUR_ORDINAL,
        parse: |i, _| hour::hour(i),
    },
    Family {
        name: "half_hour",
        word: HALF_OF | HALF | HALF_PAST,
        prep: IN | AT,
        after_prep: HALF_OF | HALF | HALF_PAST,
        number: None,
        sign: false,
        after_shift: NONE,
        // `в половине девятого`, `о пів на восьму`, `о пів дев'ятої`,
        // `полдевятого`: the hour word (the ordinals anchor dates too).
        anchors: ORDINAL_WORD | HOUR_ORDINAL | HOUR_ACCUSATIVE | HALF_PAST,
        parse: |i, _| half_hour::half_hour(i),
    },
    Family {
        name: "time",
        word: ABOUT | NOON | MIDNIGHT,
        prep: IN | AT | FROM,
        after_prep: NUM | NOON | MIDNIGHT,
        number: Some(AfterNumber { punct: &[':', '.', '-'], words: HOUR_MARKER | DAY_PART | ORDINAL }),
        sign: false,
        after_shift: NONE,
        anchors: NOON | MIDNIGHT,
        parse: |i, _| time::time(i),
    },
    Family {
        name: "dot_pair",
        word: NONE,
        prep: NONE,
        after_prep: NONE,
        number: Some(AfterNumber { punct: &['.'], words: NONE }),
        sign: false,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| time::dot_pair(i),
    },
    Family {
        name: "weekday",
        word: SHIFT | WEEKDAY,
        prep: IN,
        after_prep: SHIFT | WEEKDAY,
        number: None,
        sign: false,
        after_shift: WEEKDAY,
        anchors: WEEKDAY | SHIFT,
        parse: |i, _| weekday::weekday(i),
    },
    Family {
        name: "zone",
        word: ZONE,
        prep: UNTIL | BY,
        after_prep: ZONE_PLACE | ZONE,
        number: None,
        sign: true,
        after_shift: NONE,
        anchors: NONE,
        parse: |i, _| zone::zone(i),
    },
    Family {
        name: "quarter",
        word: SHIFT | ROMAN | ORDINAL_WORD | QUARTER,
        prep: IN | ON | BY | UNTIL | FROM,
        after_prep: SHIFT | ROMAN | ORDINAL_WORD | NUM,
        number: Some(AfterNumber { punct: &['-'], words: QUARTER | HALF_YEAR | ORDINAL }),
        sign: false,
        after_shift: QUARTER | HALF_YEAR,
        anchors: QUARTER | HALF_YEAR,
        parse: |i, _| quarter::quarter(i),
    },
    Family {
        name: "season",
        word: SHIFT | SEASON,
        prep: IN | ON | BY | UNTIL | FROM,
        after_prep: SHIFT | SEASON,
        number: None,
        sign: false,
        after_shift: SEASON,
        anchors: NONE,
        parse: |i, _| season::season(i),
    },
    Family {
        name: "decade",
        word: ROMAN | WITHIN,
        prep: IN | ON | FROM | UNTIL,
        after_prep: NUM | ROMAN | WITHIN,
        number: Some(AfterNumber { punct: &['-'], words: CENTURY | ORDINAL }),
        sign: false,
        after_shift: NONE,
        anchors: CENTURY,
        parse: |i, _| decade::years(i),
    },
    Family {
        name: "day_part",
        word: SHIFT | PART_OF_DAY,
        prep: NONE,
        after_prep: NONE,
        number: None,
        sign: false,
        after_shift: PART_OF_DAY,
        anchors: NONE,
        parse: |i, _| day_part::part_of_day(i),
    },
    Family {
        name: "night",
        word: NIGHT,
        prep: IN,
        after_prep: NIGHT,
        number: None,
        sign: false,
        after_shift: NONE,
        // `в ночь на субботу` holds its weekday, `в ночь на сегодня` its
        // day word; the rest have digits.
        anchors: NONE,
        parse: |i, _| night::night(i),
    },
    Family {
        name: "weekend",
        word: SHIFT_PLURAL | SHIFT | WEEKEND,
        prep: IN | ON,
        after_prep: SHIFT_PLURAL | SHIFT | WEEKEND,
        number: None,
        sign: false,
        after_shift: WEEKEND,
        anchors: WEEKEND,
        parse: |i, _| weekend::weekend(i),
    },
    Family {
        name: "nth",
        word: ORDINAL_WORD | LAST,
        prep: IN | ON | UNTIL,
        after_prep: ORDINAL_WORD | LAST,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: LAST | WEEKDAY | ORDINAL_WORD,
        parse: |i, _| nth::nth(i),
    },
    Family {
        name: "holiday",
        word: HOLIDAY | NEW | UNIT,
        prep: IN | ON | UNTIL | FROM,
        after_prep: HOLIDAY | NEW | UNIT,
        number: None,
        sign: false,
        after_shift: NONE,
        anchors: HOLIDAY | NEW | INDEPENDENCE,
        parse: |i, _| holiday::holiday(i),
    },
    Family {
        name: "month_alone",
        word: MONTH,
        prep: IN | FROM,
        after_prep: MONTH,
        number: None,
        sign: false,
        after_shift: NONE,
        // `в декабре`, and every digit-free date with a month (`первое
        // марта`, `с января по март`), holds a month word.
        anchors: MONTH,
        parse: |i, _| calendar::month_alone(i),
    },
];

#[cfg(test)]
mod tests {
    use super::FAMILIES;

    #[test]
    fn names_are_unique() {
        let mut names: Vec<_> = FAMILIES.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FAMILIES.len());
    }
}

/// The table's claims about its parsers, checked on every position of the
/// corpus inputs and the test pages: where [`family_start`] says a family
/// cannot start, its parser fails at the first token; where it says the
/// parser would fail at the second, it does no better. (`part` relies on
/// both to skip parsers without changing what it answers.)
///
/// [`family_start`]: super::prefilter::family_start
#[cfg(test)]
mod claims {
    use super::super::prefilter::{can_start, family_start, token_bits, Start};
    use super::{Memo, FAMILIES};
    use crate::grammar::prim::Toks;
    use crate::lexicon::lex;

    fn texts() -> Vec<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut out = Vec::new();
        for dir in ["tests/corpus", "tests/data"] {
            let mut files: Vec<_> =
                std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()).collect();
            files.sort();
            for f in files.into_iter().filter(|f| f.extension().is_some_and(|e| e == "txt")) {
                let text = std::fs::read_to_string(&f).unwrap();
                if dir == "tests/corpus" {
                    out.extend(
                        text.lines().filter_map(|l| l.split_once('\t')).map(|(input, _)| input.to_string()),
                    );
                } else {
                    out.push(text);
                }
            }
        }
        out
    }

    #[test]
    fn skipped_families_fail_where_the_table_says() {
        let mut checked = 0;
        for text in texts() {
            let toks = lex(&text);
            for k in 0..toks.len() {
                let at = &toks[k..];
                // `part` tries no family where no part can start.
                if !can_start(&at[0]) {
                    continue;
                }
                let first = token_bits(&at[0]);
                let memo = Memo::new(Toks(at));
                for f in FAMILIES {
                    let least = match family_start(f, at, first) {
                        Start::Yes => continue,
                        Start::No => at.len(),
                        Start::Second => at.len() - 1,
                    };
                    checked += 1;
                    match (f.parse)(Toks(at), &memo) {
                        Err(nom::Err::Error(e)) if e.remaining >= least => {}
                        other => panic!(
                            "family {} at {:?}: the table says it fails with {least} tokens left, it gives {:?}",
                            f.name,
                            &text[at[0].start..text.len().min(at[0].start + 40)],
                            other.map(|(rest, _)| rest.0.len())
                        ),
                    }
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
    }
}
