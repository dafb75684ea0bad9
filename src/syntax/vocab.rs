//! The vocabulary of the syntax: the closed sets of things a date
//! expression names (units, shifts, parts of the day, zones). The lexicon
//! maps words onto these; resolution computes with them. Neither layer
//! owns them, so neither has to import the other.

/// A unit of time as written in relative expressions (`5 минут назад`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Which way a relative word points (`прошлой` / `этой` / `следующей`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    Last,
    This,
    Next,
}

impl Shift {
    /// The count of periods from the reference: -1, 0 or 1.
    pub fn count(self) -> i32 {
        match self {
            Shift::Last => -1,
            Shift::This => 0,
            Shift::Next => 1,
        }
    }
}

/// Part-of-day words that move an hour (`в 7 вечера` is 19:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// The zones the lexicon can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneId {
    Kyiv,
    Moscow,
    Utc,
    /// A fixed offset in seconds east of UTC (`EET`, `EEST`, `CET`...).
    Fixed(i32),
}

/// A season. Winter runs from December to February and is named by the
/// year of its January.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Season {
    Winter,
    Spring,
    Summer,
    Autumn,
}

impl Season {
    /// Its first month, 1–12.
    pub fn first_month(self) -> u32 {
        match self {
            Season::Winter => 12,
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
        }
    }
}

/// A holiday, whose date depends on the year and, for Christmas, on the
/// language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    /// `Новый год`, `Новий рік`: 1 January.
    NewYear,
    /// `Рождество`: 7 January.
    Christmas,
    /// `Різдво`: 7 January up to 2022, 25 December from 2023, when
    /// Ukraine moved its Christmas.
    ChristmasUk,
    /// `Пасха`, `Великдень`: Orthodox Easter.
    Easter,
    /// `День Независимости Украины`, `День Незалежності`: 24 August.
    IndependenceDay,
    /// `Старый Новый год`, `Старий Новий рік`: 14 January. The word
    /// `старый` alone is no holiday: the grammar wants `Новый год` after it.
    OldNewYear,
    /// `Вербное воскресенье`, `Вербна неділя`: a week before Orthodox
    /// Easter. The word `вербное` alone is no holiday: the grammar wants
    /// Sunday after it.
    PalmSunday,
}

/// Which end of an interval is open (ISO 8601-2 `..`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    /// Open at the start: everything up to the end of the value (`до 11
    /// часов`, `до конца месяца`: `../2013-02`).
    Until,
    /// Open at the end: everything from the start of the value on (`после
    /// 14 часов`: `2013-02-12T14:00:00-02:00/..`).
    Since,
}
