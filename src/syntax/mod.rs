//! The plain syntax value the grammar produces: which fields the text wrote,
//! with no clock and no time zone arithmetic involved.

pub mod vocab;

pub use vocab::{DayPart, Holiday, Open, Shift, Unit, ZoneId};

/// A whole date expression as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Expr {
    /// The date part, if any was written.
    pub date: Option<DateExpr>,
    /// The time of day, if written.
    pub time: Option<TimeExpr>,
    /// A zone named by the text.
    pub zone: Option<ZoneExpr>,
    /// A weekday written beside a date, or alone (`в пятницу`).
    pub weekday: Option<WeekdayExpr>,
    /// A part of the day written beside a day (`вчера вечером`).
    pub part_of_day: Option<DayPart>,
    /// The end of a range of times (`с 10 до 11 утра`, `9:30 - 11:00`):
    /// `time` is its start, on the same date (resolution moves an end not
    /// after its start to the next day).
    pub time_end: Option<Box<TimeExpr>>,
    /// An interval open at one end: `до 11 часов`, `до конца месяца`
    /// (`Until`), `после 14 часов` (`Since`); the date or time is the
    /// written, closed end.
    pub open: Option<Open>,
    /// The time was written the way a length of time is (`14 ч 30 мин`,
    /// `до 3 часов`), or as two bare numbers (`с 9 до 12`): unless a date,
    /// a day word or a weekday stands beside it, `parse` reads it and
    /// extraction does not report it (SPEC §5).
    pub duration_like: bool,
    /// Written after `до`/`после`/`після` that are no part of it (`до 10
    /// вересня` is the day): `parse` reads the whole, extraction leaves
    /// the word outside the match (so that `normalise` keeps it).
    pub after_word: bool,
    /// The day a night starts on, when written (`в ночь с пятницы на
    /// субботу`, `у ніч з 6 на 7 вересня`): resolution checks that it is
    /// the day before the day named. Boxed: it is rare, and so every
    /// expression is 24 bytes smaller (136 bytes).
    pub eve: Option<Box<Eve>>,
    /// The time is on the day before the date: an evening hour after the
    /// night before a day (`в ночь на 5 сентября в 23:00` is 4 September).
    pub time_on_eve: bool,
}

/// The first day of a night, as written after `с`/`з` (`в ночь с пятницы на
/// субботу`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Eve {
    /// A weekday, 1 = Monday … 7 = Sunday (`с пятницы`).
    Weekday { day: u8, offset: usize },
    /// A day, with its month and year if written (`с 6`, `с 31 августа`).
    Date(Calendar),
    /// A day counted from the reference date (`с сегодня`).
    Day { days: i64, offset: usize },
}

/// The date part of an expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateExpr {
    /// Calendar fields: any of day, month, year written (`9 июля`,
    /// `сентябрь 2025`, `в 2021 году`, `07.09.25`).
    Calendar(Calendar),
    /// A day counted from the reference date: `сегодня` (0), `вчора` (-1).
    Day(i64),
    /// An amount of time before (negative) or after the reference:
    /// `5 хв. тому`, `через 2 дня`.
    Shift(Amount),
    /// Several amounts before or after the reference: `5 дней 2 часа
    /// назад`, `+1 день 2 часа`. Each is a whole count of its unit.
    Shifts { items: Vec<(u64, Unit)>, ahead: bool, offset: usize },
    /// `только что`, `щойно`.
    Now,
    /// A week, month or year counted from the reference: `на прошлой неделе`.
    Period { unit: Unit, offset: i32 },
    /// A range of two calendar dates; the grammar copies the month and year
    /// written once (`1–5 сентября`) into both ends.
    Range(Calendar, Calendar),
    /// A range of two days counted from the reference date, the second
    /// after the first: `сьогодні-завтра` (0, 1), `с сегодня и до
    /// послезавтра` (0, 2).
    DayRange(i64, i64),
    /// A run of whole months: a quarter, a half-year, a season.
    Months(MonthSpan),
    /// A run of whole years: a decade, a century.
    Years(YearSpan),
    /// A weekend: `в эти выходные` (shift 0), `на выходных` (none);
    /// `marked` when extraction may report it (a shift word, or `на`).
    Weekend { shift: Option<i32>, marked: bool },
    /// The n-th (or, for -1, the last) weekday of a month, or the n-th
    /// day when no weekday is written: `первый вторник октября`,
    /// `останній день у жовтні 2015`.
    Nth { n: i8, weekday: Option<u8>, month: u32, year: Option<YearExpr>, offset: usize },
    /// A holiday, with its year if written: `Пасха 2024`, `на Різдво`.
    Holiday { holiday: Holiday, year: Option<YearExpr>, offset: usize },
}

impl DateExpr {
    /// True for a date that stands alone: a range, a span or a relative
    /// period, with no time, weekday or other date part beside it.
    pub fn stands_apart(&self) -> bool {
        matches!(
            self,
            DateExpr::Now
                | DateExpr::Period { .. }
                | DateExpr::Weekend { .. }
                | DateExpr::Range(..)
                | DateExpr::DayRange(..)
                | DateExpr::Months(_)
                | DateExpr::Years(_)
        )
    }

    /// True when extraction may report this date on its own, as written:
    /// a calendar date needs a day or a year, a span or a weekend the marks
    /// SPEC §6 asks for; `open` says `до конца` marked a month.
    pub fn reported_alone(&self, open: bool) -> bool {
        match self {
            // `до конца сентября`: `до конца` marks the month.
            DateExpr::Calendar(c) => c.day.is_some() || c.year.is_some() || open,
            DateExpr::Months(m) => m.marked,
            DateExpr::Weekend { marked, .. } => *marked,
            DateExpr::Years(y) => y.marked,
            _ => true,
        }
    }
}

/// A run of `len` months starting at month `first` (`во II квартале 2025
/// года`: 4 and 3; `летом`: 6 and 3; winter: 12 and 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthSpan {
    /// The first month, 1–12; `None` for the one under way, counted by
    /// `shift` (`в следующем квартале`).
    pub first: Option<u32>,
    /// How many months.
    pub len: u32,
    /// A month where such spans start (1 for quarters and half-years, 12
    /// for seasons), for spans counted from the one under way.
    pub base: u32,
    /// The year of its last month, when written (`зимой 2013` is
    /// December 2012 to February 2013).
    pub year: Option<YearExpr>,
    /// Counted from the one under way: `в прошлом квартале` is -1.
    pub shift: Option<i32>,
    /// Written with a year, a shift word, or a preposition and an ordinal:
    /// extraction reports only these.
    pub marked: bool,
    /// Byte offset, for error messages.
    pub offset: usize,
}

/// A run of `len` years from `first` (`в 1990-х`: 1990 and 10; `в XIX
/// веке`: 1801 and 100). A decade written with two digits (`90-е`) has a
/// two-digit `first`, placed by the preference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearSpan {
    /// The first year as written.
    pub first: YearExpr,
    /// How many years.
    pub len: u32,
    /// Written with a preposition or all four digits: extraction reports
    /// only these.
    pub marked: bool,
    /// Byte offset, for error messages.
    pub offset: usize,
}

/// Calendar fields as written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub year: Option<YearExpr>,
    /// Byte offset where the fields start, for error messages.
    pub offset: usize,
}

/// A year as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearExpr {
    /// A number (`25` or `2025`); `two_digit` when written with two digits
    /// (`07.09.25`).
    Written { value: u32, two_digit: bool },
    /// Years from the reference year: `прошлого года` is -1, `этого года`
    /// 0, `наступного року` 1 (`9 мая прошлого года`).
    Relative(i32),
}

/// An amount of a unit, before or after the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Amount {
    /// The amount in halves of the unit (`полтора часа` is 3); `None` for a
    /// vague amount (`несколько минут`).
    pub halves: Option<u64>,
    pub unit: Unit,
    /// True for `через` (after the reference), false for `назад`/`тому`.
    pub ahead: bool,
    /// True when no number was written (`час назад`: one hour).
    pub implied: bool,
    /// Byte offset of the amount, for error messages.
    pub offset: usize,
}

/// A time of day as written; values are not checked (`25:61` is parsed and
/// rejected by resolution).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    pub hour: u32,
    /// Two digits at most, as written (so that `25:61` still parses).
    pub minute: Option<u16>,
    /// Two digits at most, as written.
    pub second: Option<u16>,
    /// Fraction of a second in nanoseconds (ISO stamps).
    pub nanos: u32,
    /// Byte offset of the time, for error messages.
    pub offset: usize,
}

/// A zone as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneExpr {
    /// A named zone (`мск`, `по Киеву`, `UTC`).
    Named(ZoneId),
    /// A numeric offset in seconds east of UTC (`+03:00`, `UTC+3`); not
    /// range-checked here.
    Offset {
        /// Seconds east of UTC (at most 99:99 hours, as written).
        seconds: i32,
        /// False when the minutes were 60 or more (`+03:60`).
        minutes_ok: bool,
        /// Byte offset, for error messages.
        offset: usize,
    },
}

/// A weekday as written: 1 = Monday … 7 = Sunday, and a shift word if any
/// (`в прошлую пятницу`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayExpr {
    pub day: u8,
    pub shift: Option<Shift>,
    /// True when written with a preposition or a shift word, or in full as
    /// a header word beside a date; a bare abbreviation alone is weak.
    pub marked: bool,
    /// The ISO week it is tied to, counted from the reference's
    /// (`вторник на следующей неделе`: 1).
    pub week: Option<i8>,
    /// Weeks added after the shift (`середу після наступної`: 1).
    pub later: u8,
}
