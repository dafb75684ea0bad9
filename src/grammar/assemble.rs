//! Assembly: the parts read one after another into one expression.

use crate::grammar::families::time::apply_day_part;
use crate::grammar::prim::Toks;
use crate::grammar::Part;
use crate::lexicon::{Kind, Meaning, Prep, Unit, ZoneWord};
use crate::syntax::{Calendar, DateExpr, Expr, MonthSpan, Open, TimeExpr, WeekdayExpr, YearExpr};

pub(crate) enum Assembly {
    Done(Expr),
    /// Nothing wrong yet, but not a date on its own (`06.09` alone).
    Pending,
    /// The last part does not fit with the others.
    Conflict,
}

pub(crate) fn assemble(parts: &[Part]) -> Assembly {
    let has_time = parts.iter().any(|p| {
        matches!(p, Part::Time(_) | Part::BareTime(_) | Part::TimeRange(..) | Part::OpenTime(..))
            || matches!(p, Part::Stamp(e) if e.time.is_some())
    });
    let has_day_date = parts.iter().any(|p| match p {
        Part::Date(DateExpr::Calendar(c)) | Part::DateAfterWord(DateExpr::Calendar(c)) => c.day.is_some(),
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
            // `вторник на следующей неделе`, `середа наступного тижня`: the
            // week the weekday before it is in.
            Part::Date(DateExpr::Period { unit: Unit::Week, offset })
                if e.date.is_none()
                    && matches!(parts.get(k.wrapping_sub(1)), Some(Part::Weekday(w)) if w.shift.is_none() && w.week.is_none()) =>
            {
                if let Some(w) = e.weekday.as_mut() {
                    w.week = i8::try_from(*offset).ok();
                    w.marked = true;
                }
            }
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
                        // `в мае прошлого года`, `у травні цього року`: the
                        // period names the year of a month alone.
                        (DateExpr::Months(m), DateExpr::Period { unit: Unit::Year, offset })
                            if m.len == 1
                                && m.year.is_none()
                                && m.shift.is_none()
                                && matches!(
                                    parts.get(k.wrapping_sub(1)),
                                    Some(Part::Date(DateExpr::Months(_)))
                                ) =>
                        {
                            let year = Some(YearExpr::Relative(*offset));
                            e.date = Some(DateExpr::Months(MonthSpan { year, marked: true, ..*m }));
                            range_year = true;
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
            Part::BareTime(t) => {
                if e.time.is_some() {
                    return Assembly::Conflict;
                }
                e.time = Some(*t);
                e.duration_like = true;
            }
            Part::TimeRange(a, b, bare) => {
                if e.time.is_some() {
                    return Assembly::Conflict;
                }
                e.time = Some(*a);
                e.time_end = Some(*b);
                e.duration_like = *bare;
            }
            Part::OpenTime(side, t, weak) => {
                if e.time.is_some() {
                    return Assembly::Conflict;
                }
                e.time = Some(*t);
                e.open = Some(*side);
                e.duration_like = *weak;
            }
            Part::DateAfterWord(d) => {
                if e.date.is_some() {
                    return Assembly::Conflict;
                }
                e.date = Some(d.clone());
                e.after_word = true;
            }
            Part::EndOf(d) => {
                // `до конца месяца` stands alone.
                if parts.len() > 1 {
                    return Assembly::Conflict;
                }
                e.date = Some(d.clone());
                e.open = Some(Open::Until);
            }
            Part::DotPair { a, b, offset, dated } => {
                let as_time = !dated && (next_is_zone || (!has_time && has_day_date));
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
            Part::Daytime(p, shift) => {
                if e.part_of_day.is_some() {
                    return Assembly::Conflict;
                }
                e.part_of_day = Some(*p);
                // `прошлым вечером`, `этой ночью`: the shift names the day.
                if let Some(s) = shift {
                    if e.date.is_some() || e.weekday.is_some() {
                        return Assembly::Conflict;
                    }
                    e.date = Some(DateExpr::Day(i64::from(s.count())));
                }
            }
            Part::Weekday(w) => {
                if e.weekday.is_some() {
                    return Assembly::Conflict;
                }
                e.weekday = Some(*w);
                // `на следующей неделе во вторник`: the week before it.
                if let (Some(DateExpr::Period { unit: Unit::Week, offset }), None) = (&e.date, w.shift) {
                    if k == 1 {
                        e.weekday =
                            Some(WeekdayExpr { week: i8::try_from(*offset).ok(), marked: true, ..*w });
                        e.date = None;
                    }
                }
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
        Some(DateExpr::Shifts { items, .. }) => {
            let long =
                items.iter().all(|(_, u)| matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Year));
            if e.weekday.is_some() || (e.time.is_some() && !long) {
                return Assembly::Conflict;
            }
        }
        Some(DateExpr::Shift(a)) => {
            let long = matches!(a.unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
            if e.weekday.is_some() || (e.time.is_some() && !long) {
                return Assembly::Conflict;
            }
        }
        Some(d)
            if d.stands_apart()
                && (e.time.is_some() || e.weekday.is_some() || parts.len() > 1 + usize::from(range_year)) =>
        {
            return Assembly::Conflict;
        }
        _ => {}
    }
    // A part of the day stands beside a day, never beside a time.
    if e.part_of_day.is_some() {
        let day = match &e.date {
            Some(DateExpr::Calendar(c)) => c.day.is_some(),
            Some(DateExpr::Day(_)) => true,
            Some(_) => return Assembly::Conflict,
            None => e.weekday.is_some(),
        };
        // `Четвер вранці з 9 до 11`: a part of the day before two bare
        // hours says which hours they are.
        let bare_range = e.time_end.is_some()
            && e.duration_like
            && matches!(parts.last(), Some(Part::TimeRange(..)))
            && parts.iter().any(|p| matches!(p, Part::Daytime(..)));
        if e.time.is_some() && !bare_range {
            return Assembly::Conflict;
        }
        if bare_range {
            if let (Some(p), Some(a), Some(b)) = (e.part_of_day, e.time.as_mut(), e.time_end.as_mut()) {
                a.hour = apply_day_part(a.hour, p);
                b.hour = apply_day_part(b.hour, p);
            }
        }
        if !day {
            return Assembly::Pending;
        }
    }
    if e.zone.is_some() && e.time.is_none() {
        return Assembly::Pending;
    }
    if pending || (e.date.is_none() && e.time.is_none() && e.weekday.is_none()) {
        return Assembly::Pending;
    }
    Assembly::Done(e)
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
