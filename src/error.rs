//! Errors: what was wrong, and where.

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

/// Why a text is not a date: a kind, the byte offset in the input where the
/// problem is, and a readable message.
///
/// ```
/// use cyrdate::{Context, ErrorKind};
/// let err = Context::new().parse("9 июля абв").unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::TrailingInput);
/// assert_eq!(err.offset(), 11);
/// assert_eq!(err.to_string(), "unexpected text at byte 11: \"абв\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
    message: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, offset: usize, message: impl Into<String>) -> Self {
        Error { kind, offset, message: message.into() }
    }

    /// What went wrong.
    ///
    /// ```
    /// let err = cyrdate::Context::new().parse("").unwrap_err();
    /// assert_eq!(err.kind(), cyrdate::ErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
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

    /// The message alone, as `Display` prints it.
    ///
    /// ```
    /// let err = cyrdate::Context::new().parse("несколько минут назад").unwrap_err();
    /// assert!(err.message().contains("vague"));
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}
