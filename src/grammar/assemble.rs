//! Assembly: the parts read one after another into one expression.

use crate::grammar::families::time::apply_day_part;
use crate::grammar::prim::Toks;
use crate::grammar::{Part, PartKind};
use crate::lexicon::{Kind, Meaning, Prep, Unit, ZoneWord};
use crate::syntax::{Calendar, DateExpr, DayPart, Expr, MonthSpan, Open, TimeExpr, WeekdayExpr, YearExpr};

pub(crate) enum Assembly {
    /// An expression, and the merges that joined its parts.
    Done(Expr, Fired),
    /// Nothing wrong yet, but not a date on its own (`06.09` alone).
    Pending,
    /// The last part does not fit with the others.
    Conflict,
}

/// The parts do not fit together.
pub(crate) struct Conflict;

/// The expression read so far, and what the rules know of the parts.
struct Reading<'p> {
    e: Expr,
    parts: &'p [Part],
    /// The index of the part being joined.
    k: usize,
    /// A `06.09` that nothing beside it has decided yet.
    pending: bool,
    /// A period named the year of a range before it (`с января по март
    /// прошлого года`): two parts that stand as one.
    range_year: bool,
    /// Whether any part is a time, a date with a day, a weekday: what
    /// decides a `06.09` or a `14.00` (also from parts after it).
    has_time: bool,
    has_day_date: bool,
    has_weekday: bool,
}

impl Reading<'_> {
    fn prev(&self) -> Option<&Part> {
        self.k.checked_sub(1).and_then(|k| self.parts.get(k))
    }

    fn next(&self) -> Option<&Part> {
        self.parts.get(self.k + 1)
    }

    /// Sets the time of the expression, which must have none yet.
    fn set_time(&mut self, t: TimeExpr) -> Result<(), Conflict> {
        if self.e.time.is_some() {
            return Err(Conflict);
        }
        self.e.time = Some(t);
        Ok(())
    }

    /// Sets the date of the expression, which must have none yet.
    fn set_date(&mut self, d: DateExpr) -> Result<(), Conflict> {
        if self.e.date.is_some() {
            return Err(Conflict);
        }
        self.e.date = Some(d);
        Ok(())
    }

    /// The date read so far and the date part being joined, when the part
    /// right before it was a date too.
    fn dates<'s>(&'s self, p: &'s Part) -> Option<(&'s DateExpr, &'s DateExpr)> {
        match (&self.e.date, p, self.prev()) {
            (Some(a), Part::Date(b), Some(Part::Date(_))) => Some((a, b)),
            _ => None,
        }
    }
}

/// One way a part joins the expression read before it: `part` and `fits`
/// say whether this rule is the one for the part, `join` joins it or finds
/// that it conflicts. The first rule of [`MERGES`] that fits is the one.
struct Merge {
    name: &'static str,
    /// The kind of part it joins.
    part: PartKind,
    /// Whether it is the one for such a part, here.
    fits: fn(&Reading, &Part) -> bool,
    join: fn(&mut Reading, &Part) -> Result<(), Conflict>,
}

/// The merges, in the order they are asked.
const MERGES: &[Merge] = &[
    // `вторник на следующей неделе`, `середа наступного тижня`: the week
    // of the weekday right before it.
    Merge {
        name: "week of the weekday before",
        part: PartKind::Date,
        fits: |r, p| {
            matches!(p, Part::Date(DateExpr::Period { unit: Unit::Week, .. }))
                && r.e.date.is_none()
                && matches!(r.prev(), Some(Part::Weekday(w)) if w.shift.is_none() && w.week.is_none())
        },
        join: |r, p| {
            if let (Part::Date(DateExpr::Period { offset, .. }), Some(w)) = (p, r.e.weekday.as_mut()) {
                w.week = i8::try_from(*offset).ok();
                w.marked = true;
            }
            Ok(())
        },
    },
    // `Сьогодні, 31 серпня`: the written date wins over the day word.
    Merge {
        name: "written date after a day word",
        part: PartKind::Date,
        fits: |r, p| {
            matches!(r.dates(p), Some((DateExpr::Day(_), DateExpr::Calendar(c))) if c.day.is_some())
                && matches!(r.prev(), Some(Part::Date(DateExpr::Day(_))))
        },
        join: |r, p| {
            if let Part::Date(d) = p {
                r.e.date = Some(d.clone());
            }
            Ok(())
        },
    },
    // `31 серпня, сьогодні`: the written date stays.
    Merge {
        name: "day word after a written date",
        part: PartKind::Date,
        fits: |r, p| matches!(r.dates(p), Some((DateExpr::Calendar(c), DateExpr::Day(_))) if c.day.is_some()),
        join: |_, _| Ok(()),
    },
    // `9 мая прошлого года`, `у травні цього року`: the period names the
    // year of the date before it.
    Merge {
        name: "year of the date before",
        part: PartKind::Date,
        fits: |r, p| {
            matches!(
                r.dates(p),
                Some((DateExpr::Calendar(c), DateExpr::Period { unit: Unit::Year, .. }))
                    if c.month.is_some() && c.year.is_none()
            ) && matches!(r.prev(), Some(Part::Date(DateExpr::Calendar(_))))
        },
        join: |r, p| {
            if let (Some(DateExpr::Calendar(c)), Part::Date(DateExpr::Period { offset, .. })) = (&r.e.date, p)
            {
                let year = Some(YearExpr::Relative(*offset));
                r.e.date = Some(DateExpr::Calendar(Calendar { year, ..*c }));
            }
            Ok(())
        },
    },
    // `в мае прошлого года`: the period names the year of a month alone.
    Merge {
        name: "year of the month before",
        part: PartKind::Date,
        fits: |r, p| {
            matches!(
                r.dates(p),
                Some((DateExpr::Months(m), DateExpr::Period { unit: Unit::Year, .. }))
                    if m.len == 1 && m.year.is_none() && m.shift.is_none()
            ) && matches!(r.prev(), Some(Part::Date(DateExpr::Months(_))))
        },
        join: |r, p| {
            if let (Some(DateExpr::Months(m)), Part::Date(DateExpr::Period { offset, .. })) = (&r.e.date, p) {
                let year = Some(YearExpr::Relative(*offset));
                r.e.date = Some(DateExpr::Months(MonthSpan { year, marked: true, ..*m }));
                r.range_year = true;
            }
            Ok(())
        },
    },
    // `с 1 по 5 мая прошлого года`: the year of both ends.
    Merge {
        name: "year of the range before",
        part: PartKind::Date,
        fits: |r, p| {
            matches!(
                r.dates(p),
                Some((DateExpr::Range(a, b), DateExpr::Period { unit: Unit::Year, .. }))
                    if b.month.is_some() && a.year.is_none() && b.year.is_none()
            ) && matches!(r.prev(), Some(Part::Date(DateExpr::Range(..))))
        },
        join: |r, p| {
            if let (Some(DateExpr::Range(a, b)), Part::Date(DateExpr::Period { offset, .. })) = (&r.e.date, p)
            {
                let b = Calendar { year: Some(YearExpr::Relative(*offset)), ..*b };
                r.e.date = Some(DateExpr::Range(*a, b));
                r.range_year = true;
            }
            Ok(())
        },
    },
    Merge {
        name: "date",
        part: PartKind::Date,
        fits: |_, _| true,
        join: |r, p| match p {
            Part::Date(d) => r.set_date(d.clone()),
            _ => Ok(()),
        },
    },
    Merge {
        name: "time",
        part: PartKind::Time,
        fits: |_, _| true,
        join: |r, p| match p {
            Part::Time(t) => r.set_time(*t),
            _ => Ok(()),
        },
    },
    // `14 ч 30 мин`: a time written as a length of time is.
    Merge {
        name: "time written as a length",
        part: PartKind::BareTime,
        fits: |_, _| true,
        join: |r, p| {
            if let Part::BareTime(t) = p {
                r.set_time(*t)?;
                r.e.duration_like = true;
            }
            Ok(())
        },
    },
    Merge {
        name: "range of times",
        part: PartKind::TimeRange,
        fits: |_, _| true,
        join: |r, p| {
            if let Part::TimeRange(a, b, bare) = p {
                r.set_time(*a)?;
                r.e.time_end = Some(Box::new(*b));
                r.e.duration_like = *bare;
            }
            Ok(())
        },
    },
    // `до 11 часов`, `после 14 часов`.
    Merge {
        name: "open time",
        part: PartKind::OpenTime,
        fits: |_, _| true,
        join: |r, p| {
            if let Part::OpenTime(side, t, weak) = p {
                r.set_time(*t)?;
                r.e.open = Some(*side);
                r.e.duration_like = *weak;
            }
            Ok(())
        },
    },
    // `до 10 вересня`.
    Merge {
        name: "date after a word",
        part: PartKind::DateAfterWord,
        fits: |_, _| true,
        join: |r, p| {
            if let Part::DateAfterWord(d) = p {
                r.set_date(d.clone())?;
                r.e.after_word = true;
            }
            Ok(())
        },
    },
    // `до конца месяца` stands alone.
    Merge {
        name: "end of a period",
        part: PartKind::EndOf,
        fits: |_, _| true,
        join: |r, p| {
            if r.parts.len() > 1 {
                return Err(Conflict);
            }
            if let Part::EndOf(d) = p {
                r.e.date = Some(d.clone());
                r.e.open = Some(Open::Until);
            }
            Ok(())
        },
    },
    // `14.00` or `06.09`: a time beside a date with a day (or before a
    // zone), a day.month beside a time or a weekday, else undecided.
    Merge {
        name: "time or day.month by its neighbours",
        part: PartKind::DotPair,
        fits: |_, _| true,
        join: |r, p| {
            let Part::DotPair { a, b, offset, dated } = *p else { return Ok(()) };
            let next_is_zone = matches!(r.next(), Some(Part::Zone { .. }));
            let as_time = !dated && (next_is_zone || (!r.has_time && r.has_day_date));
            let as_date = !as_time && (r.has_time || r.has_weekday);
            if as_time {
                r.set_time(TimeExpr { hour: a, minute: Some(b as u16), second: None, nanos: 0, offset })
            } else if as_date {
                r.set_date(DateExpr::Calendar(Calendar { day: Some(a), month: Some(b), year: None, offset }))
            } else {
                r.pending = true;
                Ok(())
            }
        },
    },
    // A zone follows a time (or a `14.00` still undecided); one that names
    // nothing but a zone may also come first, right before its time or
    // the date of its time (`по московскому времени в 19:00`, `МСК 12:00`,
    // `по московскому времени 7 сентября в 19:00`): `a zone needs a time`
    // still holds.
    Merge {
        name: "zone",
        part: PartKind::Zone,
        fits: |_, _| true,
        join: |r, p| {
            let Part::Zone { zone, leads } = *p else { return Ok(()) };
            let after = r.e.time.is_some() || matches!(r.prev(), Some(Part::DotPair { .. }));
            let before = leads && r.k == 0 && matches!(r.next(), None | Some(Part::Time(_) | Part::Date(_)));
            if r.e.zone.is_some() || !after && !before {
                return Err(Conflict);
            }
            r.e.zone = Some(zone);
            Ok(())
        },
    },
    // `вечером`; `прошлым вечером`, `этой ночью`: the shift names the day.
    Merge {
        name: "part of the day",
        part: PartKind::Daytime,
        fits: |_, _| true,
        join: |r, p| {
            let Part::Daytime(part, shift) = p else { return Ok(()) };
            if r.e.part_of_day.is_some() {
                return Err(Conflict);
            }
            r.e.part_of_day = Some(*part);
            if let Some(s) = shift {
                if r.e.date.is_some() || r.e.weekday.is_some() {
                    return Err(Conflict);
                }
                r.e.date = Some(DateExpr::Day(i64::from(s.count())));
            }
            Ok(())
        },
    },
    // `в ночь на субботу`, `у ніч з 6 на 7 вересня`: first, and the next
    // part is the day the night comes before (a weekday, a date with a day,
    // a day word); that day is the value, with `night`.
    Merge {
        name: "night before a day",
        part: PartKind::Night,
        fits: |_, _| true,
        join: |r, p| {
            let Part::Night(eve) = p else { return Ok(()) };
            if r.k != 0 {
                return Err(Conflict);
            }
            match r.next() {
                None => r.pending = true,
                Some(Part::Weekday(_) | Part::Date(DateExpr::Day(_))) => {}
                Some(Part::Date(DateExpr::Calendar(c))) if c.day.is_some() => {}
                Some(_) => return Err(Conflict),
            }
            r.e.part_of_day = Some(DayPart::Night);
            r.e.eve = eve.map(Box::new);
            Ok(())
        },
    },
    // A weekday; `на следующей неделе во вторник`: the week before it.
    Merge {
        name: "weekday",
        part: PartKind::Weekday,
        fits: |_, _| true,
        join: |r, p| {
            let Part::Weekday(w) = p else { return Ok(()) };
            if r.e.weekday.is_some() {
                return Err(Conflict);
            }
            // `в ночь на субботу`: the night marks it as a preposition would.
            let marked = w.marked || matches!(r.prev(), Some(Part::Night(_)));
            r.e.weekday = Some(WeekdayExpr { marked, ..*w });
            if let (Some(DateExpr::Period { unit: Unit::Week, offset }), None) = (&r.e.date, w.shift) {
                if r.k == 1 {
                    r.e.weekday = Some(WeekdayExpr { week: i8::try_from(*offset).ok(), marked: true, ..*w });
                    r.e.date = None;
                }
            }
            Ok(())
        },
    },
    // A whole ISO stamp, beside a time or a zone it does not have.
    Merge {
        name: "stamp",
        part: PartKind::Stamp,
        fits: |_, _| true,
        join: |r, p| {
            let Part::Stamp(s) = p else { return Ok(()) };
            let e = &mut r.e;
            if e.date.is_some()
                || (e.time.is_some() && s.time.is_some())
                || (e.zone.is_some() && s.zone.is_some())
                || (s.time_end.is_some() && (e.time.is_some() || e.time_end.is_some()))
            {
                return Err(Conflict);
            }
            e.date = s.date.clone();
            e.time = e.time.or(s.time);
            e.zone = e.zone.or(s.zone);
            // Two stamps (`15.07.2025 16:08 - 31.07.2025 00:00`).
            if s.time_end.is_some() {
                e.time_end = s.time_end.clone();
            }
            Ok(())
        },
    },
];

/// The merges that joined an expression's parts: bit `i` for `MERGES[i]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fired(u32);

const _: () = assert!(MERGES.len() <= 32, "Fired holds 32 merges");

impl Fired {
    /// The names of the merges, in the order of [`MERGES`].
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn names(self) -> impl Iterator<Item = &'static str> {
        MERGES.iter().enumerate().filter(move |(i, _)| self.0 & (1 << i) != 0).map(|(_, m)| m.name)
    }
}

/// One check of the whole expression once every part is joined: `None`
/// when it passes, else the verdict.
struct Check {
    #[cfg_attr(not(test), allow(dead_code))]
    name: &'static str,
    verdict: fn(&mut Reading) -> Option<Assembly>,
}

/// What may stand together, asked in order once the parts are joined.
const CHECKS: &[Check] = &[
    // `сентябрь 2025, 14:30`: a month (or a year) has no time or weekday.
    Check {
        name: "a time or weekday needs a day",
        verdict: |r| match &r.e.date {
            Some(DateExpr::Calendar(c))
                if c.day.is_none() && (r.e.time.is_some() || r.e.weekday.is_some()) =>
            {
                Some(Assembly::Conflict)
            }
            _ => None,
        },
    },
    // `5 минут назад в 14:30`: only a shift of days or more takes a time.
    Check {
        name: "a shift takes a time only if it moves whole days",
        verdict: |r| {
            let long = |u: &Unit| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
            let long = match &r.e.date {
                Some(DateExpr::Shifts { items, .. }) => items.iter().all(|(_, u)| long(u)),
                Some(DateExpr::Shift(a)) => long(&a.unit),
                _ => return None,
            };
            (r.e.weekday.is_some() || (r.e.time.is_some() && !long)).then_some(Assembly::Conflict)
        },
    },
    // Ranges, spans and periods stand alone (but for the period that
    // names a range's year).
    Check {
        name: "a span stands apart",
        verdict: |r| match &r.e.date {
            Some(DateExpr::Shifts { .. } | DateExpr::Shift(_)) => None,
            // Two stamps carry their times, and take a zone for both.
            Some(DateExpr::Range(..))
                if matches!(r.parts.first(), Some(Part::Stamp(s)) if s.time_end.is_some())
                    && r.parts[1..].iter().all(|p| matches!(p, Part::Zone { .. })) =>
            {
                None
            }
            Some(d)
                if d.stands_apart()
                    && (r.e.time.is_some()
                        || r.e.weekday.is_some()
                        || r.parts.len() > 1 + usize::from(r.range_year)) =>
            {
                Some(Assembly::Conflict)
            }
            _ => None,
        },
    },
    // A part of the day stands beside a day, never beside a time, but
    // `Четвер вранці з 9 до 11`: before two bare hours it says which.
    Check {
        name: "a part of the day stands beside a day",
        verdict: |r| {
            let p = r.e.part_of_day?;
            let day = match &r.e.date {
                Some(DateExpr::Calendar(c)) => c.day.is_some(),
                Some(DateExpr::Day(_)) => true,
                Some(_) => return Some(Assembly::Conflict),
                None => r.e.weekday.is_some(),
            };
            let bare_range = r.e.time_end.is_some()
                && r.e.duration_like
                && matches!(r.parts.last(), Some(Part::TimeRange(..)))
                && r.parts.iter().any(|p| matches!(p, Part::Daytime(..)));
            // `в ночь на 7 сентября в 03:00`: an hour of the morning is on
            // the day named, one of the evening (`в 23:00`) on the day
            // before, and the instant says the rest.
            let night_hour = matches!(r.parts.first(), Some(Part::Night(_)))
                && r.e.time.is_some_and(|t| t.hour < 12 || (18..=23).contains(&t.hour))
                && r.e.time_end.is_none()
                && r.e.open.is_none();
            if night_hour {
                r.e.part_of_day = None;
                r.e.time_on_eve = r.e.time.is_some_and(|t| t.hour >= 18);
                return (!day).then_some(Assembly::Pending);
            }
            // `вчера вечером в 19:00`, `сегодня утром в 9:30`, `у понеділок
            // ввечері о 7:30`: one time that the part of the day allows is
            // on that day, its hour moved by it (`вечером в 7:30` is 19:30);
            // one it contradicts (`утром в 19:00`), or a later hour after
            // the night before a day (on the day before), is no join.
            if r.e.time.is_some() && !bare_range {
                let single = r.e.time_end.is_none()
                    && r.e.open.is_none()
                    && !matches!(r.parts.first(), Some(Part::Night(_)));
                let t = r.e.time.as_mut().filter(|_| single);
                match t.and_then(|t| Some((hour_in_part(t.hour, p)?, t))) {
                    Some((hour, t)) => t.hour = hour,
                    None => return Some(Assembly::Conflict),
                }
                return (!day).then_some(Assembly::Pending);
            }
            if bare_range {
                if let (Some(a), Some(b)) = (r.e.time.as_mut(), r.e.time_end.as_mut()) {
                    a.hour = apply_day_part(a.hour, p);
                    b.hour = apply_day_part(b.hour, p);
                }
            }
            (!day).then_some(Assembly::Pending)
        },
    },
    Check {
        name: "a zone needs a time",
        verdict: |r| (r.e.zone.is_some() && r.e.time.is_none()).then_some(Assembly::Pending),
    },
    Check {
        name: "something is read, and nothing waits",
        verdict: |r| {
            let nothing = r.e.date.is_none() && r.e.time.is_none() && r.e.weekday.is_none();
            (r.pending || nothing).then_some(Assembly::Pending)
        },
    },
];

/// The hour a time written beside a part of the day means, when that part
/// allows it: the hour moved by the part (`вечером в 7` is 19, `ночью в
/// 12` is 0) or as written (`днём в 11`), within the part's hours
/// (morning 4–11, day 11–18, evening 17–23, night 21–5).
fn hour_in_part(hour: u32, part: DayPart) -> Option<u32> {
    let within = |h: u32| match part {
        DayPart::Morning => (4..=11).contains(&h),
        DayPart::Afternoon => (11..=18).contains(&h),
        DayPart::Evening => (17..=23).contains(&h),
        DayPart::Night => h <= 5 || (21..=23).contains(&h),
    };
    [apply_day_part(hour, part), hour].into_iter().find(|&h| within(h))
}

/// The parts read so far as one expression: each joined by the first of
/// [`MERGES`] that fits, then the whole judged by [`CHECKS`]. Run again
/// after each part, since a later part may decide an earlier one (`06.09,
/// в 22:05`).
pub(crate) fn assemble(parts: &[Part]) -> Assembly {
    let mut r = Reading {
        e: Expr::default(),
        parts,
        k: 0,
        pending: false,
        range_year: false,
        has_time: parts.iter().any(|p| {
            matches!(p, Part::Time(_) | Part::BareTime(_) | Part::TimeRange(..) | Part::OpenTime(..))
                || matches!(p, Part::Stamp(e) if e.time.is_some())
        }),
        has_day_date: parts.iter().any(|p| match p {
            Part::Date(DateExpr::Calendar(c)) | Part::DateAfterWord(DateExpr::Calendar(c)) => c.day.is_some(),
            Part::Date(DateExpr::Day(_)) | Part::Stamp(_) => true,
            _ => false,
        }),
        has_weekday: parts.iter().any(|p| matches!(p, Part::Weekday(_))),
    };
    let mut fired = Fired::default();
    for (k, p) in parts.iter().enumerate() {
        r.k = k;
        let kind = p.kind();
        let Some(i) = MERGES.iter().position(|m| m.part == kind && (m.fits)(&r, p)) else {
            return Assembly::Conflict;
        };
        if (MERGES[i].join)(&mut r, p).is_err() {
            return Assembly::Conflict;
        }
        fired.0 |= 1 << i;
    }
    for check in CHECKS {
        if let Some(verdict) = (check.verdict)(&mut r) {
            return verdict;
        }
    }
    Assembly::Done(r.e, fired)
}

/// What may stand between two parts: `(` before a zone after a time, or up
/// to two of `,` `|` `-` `/` `•`,
/// and `.` unless the part before was a time (`27 октября 2016 года. 16:00`
/// is one date; `в 09:15. пн, 7 сентября` ends a sentence).
pub(crate) fn separator(i: Toks<'_>, after_time: bool) -> Toks<'_> {
    // `10 марта 2021 09:10 (UTC+02:00)`: a zone in brackets after a time
    // applies; `expression` takes the closing bracket with it.
    if after_time && i.0.first().is_some_and(|t| t.is_punct('(')) {
        let zone_next = i.0.get(1).is_some_and(|t| {
            matches!(t.kind, Kind::Punct('+' | '-'))
                || t.meanings().iter().any(|m| {
                    matches!(m, Meaning::Zone(ZoneWord::Zone(_)) | Meaning::Prep(Prep::By | Prep::Until))
                })
        });
        if zone_next {
            return Toks(&i.0[1..]);
        }
    }
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

/// True when an expression may be reported from free text on its own. The
/// grammar accepts more for `parse`, where the whole input is the date.
pub(crate) fn stands_alone(e: &Expr) -> bool {
    // `14 ч 30 мин`, `до 3 часов`: lengths of time, unless a day is beside.
    if e.duration_like && e.date.is_none() && e.weekday.is_none() {
        return false;
    }
    // `до 10 вересня`: the date after the word is found on its own.
    if e.after_word {
        return false;
    }
    match &e.date {
        None => e.time.is_some() || e.weekday.is_some_and(|w| w.marked),
        Some(d) => d.reported_alone(e.open.is_some()),
    }
}

/// True when the expression opens with an amount of one implied by its
/// unit (`года назад`): after a number (`2-3 года назад`) it is the tail of
/// an amount the scanner could not read, not one year.
pub(crate) fn opens_with_implied_one(e: &Expr) -> bool {
    matches!(&e.date, Some(DateExpr::Shift(a)) if a.implied)
}

#[cfg(test)]
mod tests {
    use crate::grammar::explain;
    use crate::lexicon::lex;

    /// Each merge and check has a name of its own, as `explain` reports it.
    #[test]
    fn names_are_distinct() {
        let names: Vec<&str> =
            super::MERGES.iter().map(|m| m.name).chain(super::CHECKS.iter().map(|c| c.name)).collect();
        for (i, a) in names.iter().enumerate() {
            assert!(!a.is_empty() && !names[i + 1..].contains(a), "{a:?} named twice");
        }
    }

    /// Which merges join the parts of each form (names in the order of
    /// `MERGES`).
    #[test]
    fn merges_that_fire() {
        let table: &[(&str, &[&str])] = &[
            ("01:15 07 сен 2025", &["date", "time"]),
            ("вторник на следующей неделе", &["week of the weekday before", "weekday"]),
            ("на следующей неделе во вторник", &["date", "weekday"]),
            ("Сьогодні, 31 серпня", &["written date after a day word", "date"]),
            ("31 серпня, сьогодні", &["day word after a written date", "date"]),
            ("9 мая прошлого года", &["year of the date before", "date"]),
            ("у травні цього року", &["year of the month before", "date"]),
            ("с 1 по 5 мая прошлого года", &["year of the range before", "date"]),
            ("06.09, в 22:05", &["time", "time or day.month by its neighbours"]),
            ("14.00 по московскому времени", &["time or day.month by its neighbours", "zone"]),
            ("вчера вечером", &["date", "part of the day"]),
            ("прошлым вечером", &["part of the day"]),
            ("2025-09-07T01:15:00+03:00", &["stamp"]),
            ("до конца месяца", &["end of a period"]),
            ("сегодня 14 ч 30 мин", &["date", "time written as a length"]),
            ("в четвер з 9:30 до 11:00", &["range of times", "weekday"]),
            ("после 14 часов", &["open time"]),
            ("до 10 вересня", &["date after a word"]),
            ("в ночь на субботу", &["night before a day", "weekday"]),
            ("у ніч з 6 на 7 вересня 2025 року", &["date", "night before a day"]),
            (
                "в ночь на 7 сентября прошлого года",
                &["year of the date before", "date", "night before a day"],
            ),
        ];
        for (text, want) in table {
            assert_eq!(explain(&lex(text)).as_deref(), Some(*want), "{text}");
        }
    }
}
