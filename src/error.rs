//! Errors: what was wrong, and where.

use std::fmt;

/// What kind of problem stopped a parse.
///
/// ```
/// use cyrdate::{Context, ErrorKind};
/// let err = Context::new().parse("31 февраля 2025").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidDate);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input held no text at all (only white space or punctuation).
    Empty,
    /// No date or time could be read at the offset.
    Unrecognized,
    /// A date was read, but text that is not part of it follows.
    TrailingInput,
    /// The fields do not make a calendar date (`31 февраля`, `29.02.2025`,
    /// month 13).
    InvalidDate,
    /// The fields do not make a time of day (`25:61`).
    InvalidTime,
    /// A written zone offset is out of range (`+99:99`).
    InvalidZone,
    /// A number or a result is beyond the range of dates cyrdate handles
    /// (`через 99999999999 лет`).
    Overflow,
    /// The amount is too vague to give a date (`несколько минут назад`).
    Vague,
    /// A local time that never happens (a DST gap) under
    /// [`Disambiguation::Reject`](crate::Disambiguation::Reject).
    Skipped,
    /// A local time that happens twice under
    /// [`Disambiguation::Reject`](crate::Disambiguation::Reject).
    Ambiguous,
}

impl ErrorKind {
    /// A short, stable name for the kind (`invalid_date`), as the CLI's
    /// JSON output prints it.
    ///
    /// ```
    /// assert_eq!(cyrdate::ErrorKind::InvalidDate.name(), "invalid_date");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::Empty => "empty",
            ErrorKind::Unrecognized => "unrecognized",
            ErrorKind::TrailingInput => "trailing_input",
            ErrorKind::InvalidDate => "invalid_date",
            ErrorKind::InvalidTime => "invalid_time",
            ErrorKind::InvalidZone => "invalid_zone",
            ErrorKind::Overflow => "overflow",
            ErrorKind::Vague => "vague",
            ErrorKind::Skipped => "skipped",
            ErrorKind::Ambiguous => "ambiguous",
        }
    }
}

/// Why a text is not a date, in detail: each reason's message is written
/// once, where [`Error`] prints it.
///
/// ```
/// use cyrdate::{Context, Reason};
/// let err = Context::new().parse("31 февраля 2025").unwrap_err();
/// assert_eq!(err.reason(), &Reason::NoSuchDay { year: 2025, month: 2, day: 31 });
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Reason {
    /// Only white space or punctuation.
    Empty,
    /// Nothing at the offset starts a date or a time; the text there.
    NotRecognised {
        /// The text at the offset, cut to 30 characters.
        text: String,
    },
    /// A date or time started but stopped before it was whole.
    CutShort {
        /// The text at the offset, cut to 30 characters.
        text: String,
    },
    /// Text that is not part of the date follows it.
    Trailing {
        /// The text at the offset, cut to 30 characters.
        text: String,
    },
    /// Fields that name no date at all (a range's end without a day).
    NoDate,
    /// No date and no time were read.
    NoDateOrTime,
    /// A month number past 12 (or 0).
    NoSuchMonth {
        /// The month as written.
        month: u32,
    },
    /// Day 0.
    NoDayZero,
    /// A day past the end of its month (`31 февраля 2025`).
    NoSuchDay {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
        /// The day as written.
        day: u32,
    },
    /// A year outside 1..=9999.
    YearOutOfRange {
        /// The year.
        year: i32,
    },
    /// A range whose start comes after its end.
    Backwards {
        /// The start, as resolved.
        start: String,
        /// The end, as resolved.
        end: String,
    },
    /// A night whose first day is not the day before the day named (`в
    /// ночь с 5 на 7 сентября`).
    NotTheEve {
        /// The day named, as resolved.
        day: String,
    },
    /// A field of a time past its largest value (`25:61`).
    TimeField {
        /// `hour`, `minute` or `second`.
        field: &'static str,
        /// The value as written.
        value: u32,
        /// The largest value the field takes.
        most: u32,
    },
    /// A written offset with minutes past 59 or more than 18 hours from UTC.
    ZoneOffset,
    /// A result beyond years 1 to 9999.
    Overflow,
    /// An amount with no number (`несколько минут`).
    Vague,
    /// A local time that happens twice, under `Disambiguation::Reject`.
    Twice {
        /// The local date and time.
        local: String,
        /// The zone's name.
        zone: &'static str,
    },
    /// A local time that never happens, under `Disambiguation::Reject`.
    Never {
        /// The local date and time.
        local: String,
        /// The zone's name.
        zone: &'static str,
    },
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Reason {
    /// The kind of error this reason is.
    ///
    /// ```
    /// use cyrdate::{ErrorKind, Reason};
    /// assert_eq!(Reason::NoDayZero.kind(), ErrorKind::InvalidDate);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        match self {
            Reason::Empty => ErrorKind::Empty,
            Reason::NotRecognised { .. }
            | Reason::CutShort { .. }
            | Reason::NoDate
            | Reason::NoDateOrTime => ErrorKind::Unrecognized,
            Reason::Trailing { .. } => ErrorKind::TrailingInput,
            Reason::NoSuchMonth { .. }
            | Reason::NoDayZero
            | Reason::NoSuchDay { .. }
            | Reason::YearOutOfRange { .. }
            | Reason::Backwards { .. }
            | Reason::NotTheEve { .. } => ErrorKind::InvalidDate,
            Reason::TimeField { .. } => ErrorKind::InvalidTime,
            Reason::ZoneOffset => ErrorKind::InvalidZone,
            Reason::Overflow => ErrorKind::Overflow,
            Reason::Vague => ErrorKind::Vague,
            Reason::Twice { .. } => ErrorKind::Ambiguous,
            Reason::Never { .. } => ErrorKind::Skipped,
        }
    }

    /// What the message says first: `invalid date`, `unexpected text`...
    fn what(&self) -> &'static str {
        match self {
            Reason::Empty => "empty input",
            Reason::NotRecognised { .. } | Reason::NoDateOrTime => "no date or time recognised",
            Reason::CutShort { .. } => "date or time cut short",
            Reason::Trailing { .. } => "unexpected text",
            Reason::NoDate => "no date",
            Reason::NoSuchMonth { .. }
            | Reason::NoDayZero
            | Reason::NoSuchDay { .. }
            | Reason::YearOutOfRange { .. } => "invalid date",
            Reason::Backwards { .. } => "invalid range",
            Reason::NotTheEve { .. } => "invalid night",
            Reason::TimeField { .. } => "invalid time",
            Reason::ZoneOffset => "invalid zone offset",
            Reason::Overflow => "out of range",
            Reason::Vague => "vague amount",
            Reason::Twice { .. } => "ambiguous time",
            Reason::Never { .. } => "skipped time",
        }
    }

    /// The detail after the offset, if any.
    fn detail(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Empty => f.write_str(": no date or time to read"),
            Reason::NotRecognised { text } | Reason::CutShort { text } | Reason::Trailing { text } => {
                write!(f, ": {text:?}")
            }
            Reason::NoDate | Reason::NoDateOrTime => Ok(()),
            Reason::NoSuchMonth { month } => write!(f, ": there is no month {month}"),
            Reason::NoDayZero => f.write_str(": there is no day 0"),
            Reason::NoSuchDay { year, month, day } => {
                let name = MONTH_NAMES.get((*month as usize).wrapping_sub(1)).unwrap_or(&"month");
                write!(f, ": {name} {year} has no day {day}")
            }
            Reason::YearOutOfRange { year } => write!(f, ": year {year} is out of range 1..=9999"),
            Reason::Backwards { start, end } => write!(f, ": {start} is after {end}"),
            Reason::NotTheEve { day } => write!(f, ": its first day is not the day before {day}"),
            Reason::TimeField { field, value, most } => write!(f, ": {field} {value} is past {most}"),
            Reason::ZoneOffset => f.write_str(": minutes past 59 or more than 18 hours from UTC"),
            Reason::Overflow => {
                f.write_str(": the result is beyond the dates cyrdate handles (years 1 to 9999)")
            }
            Reason::Vague => f.write_str(": not a number, so not a date"),
            Reason::Twice { local, zone } => write!(f, ": {local} happens twice in {zone}"),
            Reason::Never { local, zone } => {
                write!(f, ": {local} never happens in {zone} (clocks go forward)")
            }
        }
    }
}

/// Why a text is not a date: a [`Reason`] (and its [`ErrorKind`]) and the
/// byte offset in the input where the problem is. `Display` prints
/// `"{what} at byte {offset}: {detail}"`.
///
/// ```
/// use cyrdate::{Context, ErrorKind};
/// let err = Context::new().parse("9 июля абв").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::TrailingInput);
/// assert_eq!(err.offset(), 11);
/// assert_eq!(err.to_string(), "unexpected text at byte 11: \"абв\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} at byte {offset}{}", reason.what(), Detail(reason))]
pub struct Error {
    offset: usize,
    reason: Reason,
}

/// The detail of a reason, for `Display`.
struct Detail<'a>(&'a Reason);

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.detail(f)
    }
}

impl Error {
    pub(crate) fn new(offset: usize, reason: Reason) -> Self {
        Error { offset, reason }
    }

    /// What went wrong.
    ///
    /// ```
    /// let err = cyrdate::Context::new().parse("").unwrap_err();
    /// assert_eq!(err.kind(), cyrdate::ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.reason.kind()
    }

    /// Why, in detail.
    ///
    /// ```
    /// let err = cyrdate::Context::new().parse("12:00 +99:99").unwrap_err();
    /// assert_eq!(err.reason(), &cyrdate::Reason::ZoneOffset);
    /// ```
    pub fn reason(&self) -> &Reason {
        &self.reason
    }

    /// The byte offset in the input where the problem is: the start of the
    /// date, time or zone that is impossible; the amount that overflows or
    /// is vague; the first byte of text that follows a date; or the token
    /// where reading stopped.
    ///
    /// ```
    /// let err = cyrdate::Context::new().parse("7 сентября 25:61").unwrap_err();
    /// assert_eq!(err.offset(), 19);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The message, as `Display` prints it.
    ///
    /// ```
    /// let err = cyrdate::Context::new().parse("несколько минут назад").unwrap_err();
    /// assert!(err.message().contains("vague"));
    /// ```
    pub fn message(&self) -> String {
        self.to_string()
    }
}

/// A name that names no [`Prefer`](crate::Prefer) or
/// [`Disambiguation`](crate::Disambiguation): what `str::parse` of them
/// returns. The message lists the names there are.
///
/// ```
/// let err = "latest".parse::<cyrdate::Prefer>().unwrap_err();
/// assert_eq!(err.to_string(), "prefer must be 'past', 'future' or 'nearest', not \"latest\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{option} must be {}, not {given:?}", Choices(names))]
pub struct UnknownName {
    option: &'static str,
    given: String,
    names: &'static [&'static str],
}

impl UnknownName {
    pub(crate) fn new(option: &'static str, given: &str, names: &'static [&'static str]) -> Self {
        UnknownName { option, given: given.to_owned(), names }
    }
}

/// `'a', 'b' or 'c'`, for `Display`.
struct Choices<'a>(&'a [&'static str]);

impl fmt::Display for Choices<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, name) in self.0.iter().enumerate() {
            let sep = match i {
                0 => "",
                _ if i + 1 == self.0.len() => " or ",
                _ => ", ",
            };
            write!(f, "{sep}'{name}'")?;
        }
        Ok(())
    }
}
