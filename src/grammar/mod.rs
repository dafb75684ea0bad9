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

mod assemble;
mod families;
mod prefilter;
mod prim;

use arrayvec::ArrayVec;
use nom::error::ParseError;

use crate::lexicon::{self, Kind, Tok};
use crate::syntax::{DateExpr, DayPart, Eve, Expr, Open, Shift, TimeExpr, WeekdayExpr, ZoneExpr};
use assemble::{assemble, separator, Assembly, Fired};
pub(crate) use assemble::{opens_with_implied_one, stands_alone};
pub(crate) use families::calendar::bare_day_month;
pub(crate) use families::range::bare_day_range;
use families::{Memo, FAMILIES};
use prefilter::{can_start, starts, token_bits};
pub use prefilter::{is_anchor, may_start};
use prim::{fail, Fail, PResult, Toks};

/// One piece of an expression.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::enum_variant_names)] // `DayPart` names the vocabulary type it holds
pub(crate) enum Part {
    /// A date (absolute or relative) and whether it stands on its own.
    Date(DateExpr),
    /// A time; `strong` when a preposition or marker made it certain.
    Time(TimeExpr),
    /// `14.00` or `06.09`: a time or a day.month, decided by what is beside it.
    DotPair {
        a: u32,
        b: u32,
        offset: usize,
        /// Written with a final dot (`10.12.`): a day.month, never a time.
        dated: bool,
    },
    /// A zone; `leads` when it names nothing but a zone (an abbreviation
    /// of two letters or more, `UTC+3`, or a phrase with `времени`/`часом`),
    /// so that it may stand before its time (`по московскому времени в
    /// 19:00`), where `по Москве` ("around Moscow") may not.
    Zone {
        zone: ZoneExpr,
        leads: bool,
    },
    Weekday(WeekdayExpr),
    /// A part of the day on its own (`вечером`), with a shift word if one
    /// was written (`прошлым вечером`).
    Daytime(DayPart, Option<Shift>),
    /// A whole ISO stamp: date, and maybe time and zone.
    Stamp(Box<Expr>),
    /// A time written as a length of time is (`14 ч 30 мин`): a time of
    /// day only beside a date or a day word (SPEC §5).
    BareTime(TimeExpr),
    /// A range of times: start and end as written (`с 10 до 11 утра`);
    /// `true` for two bare numbers (`с 9 до 12`), hours only beside a day.
    TimeRange(TimeExpr, TimeExpr, bool),
    /// An hour after `до`/`после`/`після`; `true` when it is written as a
    /// length of time could be (`до 3 часов`).
    OpenTime(Open, TimeExpr, bool),
    /// The end of a period after `до` (`до конца месяца`): open at its start.
    EndOf(DateExpr),
    /// A date after `до`/`после`/`після`, which leave it as it is (`до 10
    /// вересня`).
    DateAfterWord(DateExpr),
    /// `в ночь на`, `у ніч з 6 на`: the night before the day the next part
    /// names, with the night's first day if written.
    Night(Option<Eve>),
}

/// The kinds of [`Part`], for the merges of `assemble`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartKind {
    Date,
    Time,
    DotPair,
    Zone,
    Weekday,
    Daytime,
    Stamp,
    BareTime,
    TimeRange,
    OpenTime,
    EndOf,
    DateAfterWord,
    Night,
}

impl Part {
    pub(crate) fn kind(&self) -> PartKind {
        match self {
            Part::Date(_) => PartKind::Date,
            Part::Time(_) => PartKind::Time,
            Part::DotPair { .. } => PartKind::DotPair,
            Part::Zone { .. } => PartKind::Zone,
            Part::Weekday(_) => PartKind::Weekday,
            Part::Daytime(..) => PartKind::Daytime,
            Part::Stamp(_) => PartKind::Stamp,
            Part::BareTime(_) => PartKind::BareTime,
            Part::TimeRange(..) => PartKind::TimeRange,
            Part::OpenTime(..) => PartKind::OpenTime,
            Part::EndOf(_) => PartKind::EndOf,
            Part::DateAfterWord(_) => PartKind::DateAfterWord,
            Part::Night(_) => PartKind::Night,
        }
    }
}

/// One part: the first family of [`FAMILIES`] that reads one, in the
/// table's order. Families that cannot start at the first token are not
/// tried (they would fail at that token, which is what the error says
/// either way).
fn part(i: Toks<'_>) -> PResult<'_, Part> {
    let Some(t) = i.0.first() else { return fail(i) };
    // A quick test first: most tokens start no part at all.
    if !can_start(t) {
        return fail(i);
    }
    let memo = Memo::new(i);
    let first = token_bits(t);
    // What a family that reads the first token and stops at the next says.
    let second = Fail { remaining: i.0.len() - 1 };
    // The families to ask, in the table's order.
    let starts = starts(i.0, first);
    let mut err = (starts.second != 0).then_some(second);
    let mut set = starts.yes;
    while set != 0 {
        let f = &FAMILIES[set.trailing_zeros() as usize];
        set &= set - 1;
        match (f.parse)(i, &memo) {
            Ok(r) => return Ok(r),
            Err(nom::Err::Error(e)) => err = Some(err.map_or(e, |a| a.or(e))),
            Err(other) => return Err(other),
        }
    }
    Err(nom::Err::Error(err.unwrap_or(Fail { remaining: i.0.len() })))
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
///
/// `text` is the text the tokens were cut from when line breaks and the
/// ends of sentences are borders between expressions (extraction); `parse`
/// gives `None`: its whole input is one expression (a cell scraped as
/// `14.10.2025⏎19:30` is one instant).
pub fn expression(toks: &[Tok], text: Option<&str>) -> Result<(Expr, usize, usize), usize> {
    read(toks, text).map(|(e, n, furthest, _)| (e, n, furthest))
}

/// The names of the merges that joined the longest expression at the
/// start of `toks` (for tests, and a later `--explain`).
#[cfg(test)]
pub(crate) fn explain(toks: &[Tok]) -> Option<Vec<&'static str>> {
    read(toks, None).ok().map(|(_, _, _, fired)| fired.names().collect())
}

/// [`expression`], with the merges that joined its parts.
fn read(toks: &[Tok], text: Option<&str>) -> Result<(Expr, usize, usize, Fired), usize> {
    let total = toks.len();
    // On the stack: no allocation per candidate.
    let mut parts: ArrayVec<Part, MAX_PARTS> = ArrayVec::new();
    // For each part: read after a separator (`,` `|` ...), and its end.
    let mut after_sep: ArrayVec<bool, MAX_PARTS> = ArrayVec::new();
    let mut ends: ArrayVec<usize, MAX_PARTS> = ArrayVec::new();
    let mut best: Option<(Expr, usize, Fired)> = None;
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
        let after_time = matches!(
            parts.last(),
            Some(
                Part::Time(_)
                    | Part::DotPair { dated: false, .. }
                    | Part::Zone { .. }
                    | Part::BareTime(_)
                    | Part::TimeRange(..)
                    | Part::OpenTime(..)
            )
        ) || matches!(parts.last(), Some(Part::Stamp(e)) if e.time.is_some());
        // A part right after the last one first (`12:00:00 -0400` keeps its
        // sign), then after a separator (`19:21 - 13.12.2025`).
        let here = Toks(&toks[pos..]);
        // A line break or a sentence's end ends an expression (SPEC §1:
        // `19:30⏎14 жовтня` are two).
        if k > 0 && text.is_some_and(|text| border_before(text, toks, pos)) {
            furthest = furthest.max(pos + 1);
            break;
        }
        let mut sep = false;
        let attempt = match (k, part(here)) {
            (0, r) => r,
            (_, Ok(r)) => Ok(r),
            (_, Err(e)) => {
                sep = true;
                note(&e, &mut furthest);
                let at = separator(here, after_time);
                if at.0.is_empty() {
                    furthest = total;
                }
                if at.0.len() == here.0.len() {
                    // No separator: the same attempt would fail the same way.
                    Err(e)
                } else if text.is_some_and(|text| {
                    (pos + 1..=total - at.0.len()).any(|k| k < total && border_before(text, toks, k))
                }) {
                    furthest = furthest.max(total - at.0.len() + 1);
                    Err(e)
                } else {
                    part(at)
                }
            }
        };
        match attempt {
            Ok((rest, p)) => {
                // `09:10 (UTC+02:00)`: a zone opened by a bracket takes its
                // closing one.
                let closes = matches!(p, Part::Zone { .. })
                    && here.0.first().is_some_and(|t| t.is_punct('('))
                    && rest.0.first().is_some_and(|t| t.is_punct(')') && !t.space_before);
                let rest = if closes { Toks(&rest.0[1..]) } else { rest };
                let next = total - rest.0.len();
                furthest = furthest.max(next);
                parts.push(p);
                after_sep.push(sep);
                ends.push(next);
                match assemble(&parts) {
                    Assembly::Done(e, fired) => best = Some((e, next, fired)),
                    Assembly::Pending => {}
                    Assembly::Conflict => {
                        // In extraction only: `parse` reads one expression.
                        if text.is_some() && day_goes_forward(&parts, &after_sep) {
                            best = shorter(&parts[..parts.len() - 2], &ends);
                        }
                        break;
                    }
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
        Some((e, n, fired)) => Ok((e, n, furthest, fired)),
        None => Err(furthest),
    }
}

/// True when a day read after a time and a separator belongs to the time
/// that follows it, not to the one before: `пн-пт 9:00-18:00, сб
/// 10:00-15:00` (the Saturday is the second range's), `19:00, 20 лютого о
/// 9:00`. Only when that day is written right before its time (no
/// separator) and cannot join both.
///
/// ```text
/// time sep day time   ->   time | day time
/// ```
fn day_goes_forward(parts: &[Part], after_sep: &[bool]) -> bool {
    let n = parts.len();
    n >= 3
        && is_time(&parts[n - 3])
        && matches!(parts[n - 2], Part::Weekday(_) | Part::Date(_))
        && after_sep[n - 2]
        && !after_sep[n - 1]
        && is_time(&parts[n - 1])
}

fn is_time(p: &Part) -> bool {
    matches!(p, Part::Time(_) | Part::DotPair { dated: false, .. } | Part::TimeRange(..))
}

/// The longest complete expression of the first parts of `parts`.
fn shorter(parts: &[Part], ends: &[usize]) -> Option<(Expr, usize, Fired)> {
    (1..=parts.len()).rev().find_map(|j| match assemble(&parts[..j]) {
        Assembly::Done(e, fired) => Some((e, ends[j - 1], fired)),
        _ => None,
    })
}

/// True when a border between expressions stands before `toks[k]` (`k >
/// 0`, offsets into `text`): a line break in the white space before it, or
/// the end of a sentence (`.`, `!`, `?` or `…`, white space, then a word
/// written with a capital letter). SPEC §1: `19:30⏎14 жовтня`,
/// `12.05.2024⏎Сьогодні` and `19 марта 2001. Сегодня…` are two
/// expressions each.
fn border_before(text: &str, toks: &[Tok], k: usize) -> bool {
    let (prev, t) = (&toks[k - 1], &toks[k]);
    text[prev.end..t.start].chars().any(lexicon::is_line_break)
        || (t.space_before
            && matches!(prev.kind, Kind::Punct('.' | '!' | '?' | '…'))
            && matches!(t.kind, Kind::Word(_))
            && text[t.start..].chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lex;
    use crate::syntax::{YearExpr, ZoneId};

    fn expr(s: &str) -> Expr {
        let t = lex(s);
        let (e, n, _) = expression(&t, None).unwrap_or_else(|f| panic!("{s:?} failed at token {f}"));
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
    fn hours_ranges_and_open_intervals() {
        let hm = |e: &Expr| e.time.map(|t| (t.hour, t.minute));
        let e = expr("о 5-й ранку");
        assert_eq!((hm(&e), e.duration_like), (Some((5, None)), false));
        let e = expr("14 ч 30 мин");
        assert_eq!((hm(&e), e.duration_like), (Some((14, Some(30))), true));
        assert!(!stands_alone(&e), "a length of time alone");
        assert!(stands_alone(&expr("сегодня 14 ч 30 мин")));
        let e = expr("с 10 до 11 вечера");
        assert_eq!((hm(&e), e.time_end.map(|t| t.hour)), (Some((22, None)), Some(23)));
        let e = expr("08:30-09:05");
        assert_eq!((e.zone, e.time_end.map(|t| (t.hour, t.minute))), (None, Some((9, Some(5)))));
        assert!(expr("10:00 -03:00").zone.is_some(), "a spaced sign before a glued offset is a zone");
        assert!(!stands_alone(&expr("с 9 до 18")));
        let e = expr("до 2 часов дня");
        assert_eq!((e.open, hm(&e), e.duration_like), (Some(Open::Until), Some((14, None)), false));
        assert!(expr("до 3 часов").duration_like, "also 'up to three hours'");
        let e = expr("после 14 часов");
        assert_eq!((e.open, e.duration_like), (Some(Open::Since), false));
        let e = expr("до конца месяца");
        assert_eq!(e.open, Some(Open::Until));
        assert!(matches!(e.date, Some(DateExpr::Period { unit: crate::syntax::Unit::Month, offset: 0 })));
        // A preposition before a date leaves the date.
        assert_eq!(expr("до 10 вересня").open, None);
        for s in ["до 18-ї статті", "в 17-й раз", "три вечера подряд", "до конца дней своих"]
        {
            let t = lex(s);
            assert!(expression(&t, None).map(|(_, n, _)| n != t.len()).unwrap_or(true), "{s:?} parsed");
        }
    }

    #[test]
    fn rejects() {
        for s in ["1 500", "2:1", "Ту-154", "1.2.3", "06.09", "2025", "марка 5", "14.00"] {
            let t = lex(s);
            assert!(expression(&t, None).map(|(_, n, _)| n != t.len()).unwrap_or(true), "{s:?} parsed");
        }
    }
}
#[cfg(test)]
mod size_probe {
    #[test]
    fn sizes() {
        eprintln!(
            "Part {} Expr {} DateExpr {} Calendar {} TimeExpr {} WeekdayExpr {} ZoneExpr {}",
            size_of::<super::Part>(),
            size_of::<crate::syntax::Expr>(),
            size_of::<crate::syntax::DateExpr>(),
            size_of::<crate::syntax::Calendar>(),
            size_of::<crate::syntax::TimeExpr>(),
            size_of::<crate::syntax::WeekdayExpr>(),
            size_of::<crate::syntax::ZoneExpr>()
        );
    }
}
