//! The [`Context`] of a parse: the reference instant, the output zone and
//! the policies, and the entry points that read text in it.

use std::cell::RefCell;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{Error, Reason, UnknownName};
use crate::lexicon::{self, Kind, Tok};
use crate::resolve::Frame;
use crate::scan::{self, Format, Matches};
use crate::{grammar, Parsed};

/// Which date a text without a year (or a weekday alone) means.
///
/// ```
/// use cyrdate::{Context, Prefer};
/// let ctx = Context::new().with_now(chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap());
/// assert_eq!(ctx.parse("25 декабря").unwrap().to_string(), "2024-12-25");
/// let ctx = ctx.with_prefer(Prefer::Future);
/// assert_eq!(ctx.parse("25 декабря").unwrap().to_string(), "2025-12-25");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Prefer {
    /// The most recent such date not after the reference date (news speaks
    /// of the past). The default.
    #[default]
    Past,
    /// The earliest such date not before the reference date.
    Future,
    /// The closer of the two; the past one on a tie.
    Nearest,
}

/// What to do with a local time that happens twice (clocks go back) or
/// never (clocks go forward). The result's flags say which case it was.
///
/// ```
/// use cyrdate::{Context, Disambiguation, ErrorKind};
/// let ctx = Context::new();
/// let p = ctx.parse("31 березня 2024, 03:30").unwrap();
/// assert_eq!(p.to_string(), "2024-03-31T04:30:00+03:00");
/// assert!(p.flags.skipped);
/// let ctx = ctx.with_disambiguation(Disambiguation::Reject);
/// assert_eq!(ctx.parse("31 березня 2024, 03:30").unwrap_err().kind(), ErrorKind::Skipped);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Disambiguation {
    /// Twice: the earlier instant. Never: moved forward by the length of
    /// the gap (03:30 on a spring-forward day is 04:30). The default.
    #[default]
    Compatible,
    /// Twice: the earlier instant. Never: the instant just before the gap,
    /// read with the offset after it (03:30 is 02:30).
    Earlier,
    /// Twice: the later instant. Never: as `Compatible`.
    Later,
    /// Either case is an error.
    Reject,
}

impl Prefer {
    /// Every preference, in the order of [`Prefer::NAMES`].
    pub const ALL: [Prefer; 3] = [Prefer::Past, Prefer::Future, Prefer::Nearest];
    /// The names the CLI (`--prefer`) and the Python package (`prefer=`)
    /// take.
    pub const NAMES: &'static [&'static str] = &["past", "future", "nearest"];

    /// The preference's name, which `str::parse` reads back.
    ///
    /// ```
    /// use cyrdate::Prefer;
    /// assert_eq!(Prefer::Nearest.name(), "nearest");
    /// assert_eq!("nearest".parse::<Prefer>(), Ok(Prefer::Nearest));
    /// assert!("Nearest".parse::<Prefer>().is_err());
    /// ```
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

impl std::str::FromStr for Prefer {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, UnknownName> {
        by_name(s, "prefer", &Self::ALL, Self::NAMES)
    }
}

impl Disambiguation {
    /// Every policy, in the order of [`Disambiguation::NAMES`].
    pub const ALL: [Disambiguation; 4] =
        [Disambiguation::Compatible, Disambiguation::Earlier, Disambiguation::Later, Disambiguation::Reject];
    /// The names the CLI (`--disambiguation`) and the Python package
    /// (`disambiguation=`) take.
    pub const NAMES: &'static [&'static str] = &["compatible", "earlier", "later", "reject"];

    /// The policy's name, which `str::parse` reads back.
    ///
    /// ```
    /// use cyrdate::Disambiguation;
    /// assert_eq!(Disambiguation::Reject.name(), "reject");
    /// assert_eq!("later".parse::<Disambiguation>(), Ok(Disambiguation::Later));
    /// ```
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

impl std::str::FromStr for Disambiguation {
    type Err = UnknownName;

    fn from_str(s: &str) -> Result<Self, UnknownName> {
        by_name(s, "disambiguation", &Self::ALL, Self::NAMES)
    }
}

/// The value of `all` whose name in `names` (in the same order) is `s`.
pub(crate) fn by_name<T: Copy>(
    s: &str,
    option: &'static str,
    all: &[T],
    names: &'static [&'static str],
) -> Result<T, UnknownName> {
    names.iter().position(|&n| n == s).map(|i| all[i]).ok_or_else(|| UnknownName::new(option, s, names))
}

/// Everything resolution needs besides the text: the reference instant,
/// the output zone, the year preference and the DST policy.
///
/// The default is the current instant, `Europe/Kyiv`, [`Prefer::Past`] and
/// [`Disambiguation::Compatible`].
///
/// ```
/// use cyrdate::{Context, Prefer, Disambiguation};
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let ctx = Context::new()
///     .with_now(now)
///     .with_tz(chrono_tz::Europe::Kyiv)
///     .with_prefer(Prefer::Past)
///     .with_disambiguation(Disambiguation::Compatible);
/// assert_eq!(ctx.parse("01:15 07 сен 2025").unwrap().to_string(), "2025-09-07T01:15:00+03:00");
/// assert_eq!(ctx.parse("9 июля").unwrap().to_string(), "2025-07-09");
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Context {
    /// The reference instant, kept in the output zone (`with_tz` converts
    /// it): resolution reads its local date often.
    pub(crate) now: DateTime<Tz>,
    pub(crate) tz: Tz,
    pub(crate) prefer: Prefer,
    pub(crate) disambiguation: Disambiguation,
}

impl Default for Context {
    fn default() -> Self {
        Context::new()
    }
}

impl Context {
    /// A context at the current instant, in `Europe/Kyiv`, preferring the
    /// past, with the compatible DST policy.
    ///
    /// ```
    /// let ctx = cyrdate::Context::new();
    /// assert_eq!(ctx.tz(), chrono_tz::Europe::Kyiv);
    /// ```
    pub fn new() -> Self {
        let tz = chrono_tz::Europe::Kyiv;
        Context {
            now: Utc::now().with_timezone(&tz),
            tz,
            prefer: Prefer::Past,
            disambiguation: Disambiguation::Compatible,
        }
    }

    /// Sets the reference instant (any chrono zone; only the instant counts).
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-12-14T20:00:00+02:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// assert_eq!(ctx.parse("вчера").unwrap().to_string(), "2025-12-13");
    /// ```
    pub fn with_now<Z: TimeZone>(mut self, now: DateTime<Z>) -> Self {
        self.now = now.with_timezone(&self.tz);
        self
    }

    /// Sets the output zone: local times without a written zone are read in
    /// it, and every instant is expressed in it.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now).with_tz(chrono_tz::Europe::Warsaw);
    /// assert_eq!(ctx.parse("12:00 по Киеву").unwrap().to_string(), "2025-09-07T11:00:00+02:00");
    /// ```
    pub fn with_tz(mut self, tz: Tz) -> Self {
        self.tz = tz;
        self.now = self.now.with_timezone(&tz);
        self
    }

    /// Sets which date a text without a year means.
    ///
    /// ```
    /// use cyrdate::Prefer;
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-12-30T12:00:00+02:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now).with_prefer(Prefer::Nearest);
    /// assert_eq!(ctx.parse("2 января").unwrap().to_string(), "2026-01-02");
    /// ```
    pub fn with_prefer(mut self, prefer: Prefer) -> Self {
        self.prefer = prefer;
        self
    }

    /// Sets the DST policy.
    ///
    /// ```
    /// use cyrdate::Disambiguation;
    /// let ctx = cyrdate::Context::new().with_disambiguation(Disambiguation::Later);
    /// let p = ctx.parse("25 жовтня 2026, 03:30").unwrap();
    /// assert_eq!(p.to_string(), "2026-10-25T03:30:00+02:00");
    /// assert!(p.flags.ambiguous);
    /// ```
    pub fn with_disambiguation(mut self, d: Disambiguation) -> Self {
        self.disambiguation = d;
        self
    }

    /// The reference instant, in the output zone.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T09:00:00Z").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// assert_eq!(ctx.now().to_rfc3339(), "2025-09-07T12:00:00+03:00");
    /// ```
    pub fn now(&self) -> DateTime<Tz> {
        self.now
    }

    /// The output zone.
    ///
    /// ```
    /// assert_eq!(cyrdate::Context::new().tz(), chrono_tz::Europe::Kyiv);
    /// ```
    pub fn tz(&self) -> Tz {
        self.tz
    }

    /// The year preference.
    ///
    /// ```
    /// assert_eq!(cyrdate::Context::new().prefer(), cyrdate::Prefer::Past);
    /// ```
    pub fn prefer(&self) -> Prefer {
        self.prefer
    }

    /// The DST policy.
    ///
    /// ```
    /// use cyrdate::Disambiguation;
    /// assert_eq!(cyrdate::Context::new().disambiguation(), Disambiguation::Compatible);
    /// ```
    pub fn disambiguation(&self) -> Disambiguation {
        self.disambiguation
    }

    /// The reference date in the output zone.
    pub(crate) fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// Resolves a syntax value in this context.
    pub(crate) fn resolve(&self, e: &crate::syntax::Expr) -> Result<Parsed, Error> {
        Frame(self).resolve(e)
    }

    /// Parses one whole date expression and resolves it in this context.
    /// Surrounding white space and punctuation are ignored; anything else
    /// that is not part of the date is an error naming its byte offset.
    ///
    /// ```
    /// use cyrdate::{Context, ErrorKind};
    /// let now = chrono::DateTime::parse_from_rfc3339("2026-01-12T10:00:00+02:00").unwrap();
    /// let ctx = Context::new().with_now(now);
    /// let p = ctx.parse("23:00 мск 11 января").unwrap();
    /// assert_eq!(p.to_string(), "2026-01-11T22:00:00+02:00");
    /// assert!(p.flags.zone_from_text);
    /// assert_eq!(ctx.parse("(9 июля)").unwrap().to_string(), "2025-07-09");
    /// assert_eq!(ctx.parse("9 июля ой").unwrap_err().kind(), ErrorKind::TrailingInput);
    /// ```
    pub fn parse(&self, text: &str) -> Result<Parsed, Error> {
        // The tokens go to a buffer kept per thread: no allocation per call.
        thread_local! {
            static TOKS: RefCell<Vec<Tok>> = const { RefCell::new(Vec::new()) };
        }
        TOKS.with_borrow_mut(|toks| {
            toks.clear();
            lexicon::lex_into(text, 0, text.len(), toks, usize::MAX);
            let parsed = self.parse_tokens(text, toks);
            // A long input leaves no large buffer behind.
            if toks.capacity() > 1024 {
                *toks = Vec::new();
            }
            parsed
        })
    }

    /// [`Context::parse`] over the tokens of `text`.
    fn parse_tokens(&self, text: &str, toks: &[Tok]) -> Result<Parsed, Error> {
        let trim = |t: &Tok| matches!(t.kind, Kind::Punct(c) if is_surrounding_punct(c));
        // A `-` glued to a number is a sign (`-3 года`), not a dash to trim.
        let sign = |k: usize| {
            toks[k].is_punct('-')
                && toks.get(k + 1).is_some_and(|n| !n.space_before && matches!(n.kind, Kind::Num { .. }))
        };
        let first = (0..toks.len()).position(|k| !trim(&toks[k]) || sign(k));
        let Some(first) = first else {
            return Err(Error::new(0, Reason::Empty));
        };
        let last = toks.iter().rposition(|t| !trim(t)).unwrap_or(first);
        // A dot glued to the last word may belong to it (`81 год.` is hours,
        // as extraction reads it): the whole with the dot first.
        if toks.get(last + 1).is_some_and(|t| t.is_punct('.') && !t.space_before) {
            let with_dot = &toks[first..=last + 1];
            if matches!(toks[last].kind, Kind::Word(_)) && !toks[last].is_unknown_word() {
                if let Ok((expr, n, _)) = grammar::expression(with_dot, None) {
                    if n == with_dot.len() {
                        return self.resolve(&expr);
                    }
                }
            }
        }
        let toks = &toks[first..=last.max(first)];
        // `15.02`, `10.12.`, `14 - 15.10.`: a day.month alone, or a range
        // of days ending in one, which only `parse` reads.
        if let Some(expr) = grammar::bare_day_month(toks).or_else(|| grammar::bare_day_range(toks)) {
            return self.resolve(&expr);
        }
        match grammar::expression(toks, None) {
            Ok((expr, n, _)) if n == toks.len() => self.resolve(&expr),
            Ok((_, n, _)) => {
                let at = toks[n].start;
                Err(Error::new(at, Reason::Trailing { text: snippet(&text[at..]) }))
            }
            Err(k) => {
                let at = toks.get(k).map_or(text.len(), |t| t.start);
                let text = snippet(&text[at..]);
                let reason = if k == 0 { Reason::NotRecognised { text } } else { Reason::CutShort { text } };
                Err(Error::new(at, reason))
            }
        }
    }

    /// Finds every date in `text`, in order, with byte offsets.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// let m: Vec<_> = ctx.extract("Трамп был информатором ФБР\n01:15 07 сен 2025.\nцена 1 500 грн").collect();
    /// assert_eq!(m.len(), 1);
    /// assert_eq!(m[0].text, "01:15 07 сен 2025");
    /// assert_eq!(m[0].parsed.to_string(), "2025-09-07T01:15:00+03:00");
    /// ```
    pub fn extract<'t>(&self, text: &'t str) -> Matches<'t> {
        scan::matches(self, text)
    }

    /// Finds every date in bytes that may hold invalid UTF-8: invalid bytes
    /// are skipped, never fatal, and offsets are into `bytes`.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// let m: Vec<_> = ctx.extract_bytes(b"\xc3\x28 9 \xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f").collect();
    /// assert_eq!((m[0].start, m[0].text), (3, "9 июля"));
    /// ```
    pub fn extract_bytes<'t>(&self, bytes: &'t [u8]) -> Matches<'t> {
        scan::matches_in_bytes(self, bytes)
    }

    /// The first date in a fragment: the common scraper case.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// let p = ctx.first_date("Опубліковано 06 вересня 2025, 21:20").unwrap();
    /// assert_eq!(p.instant().to_rfc3339(), "2025-09-06T21:20:00+03:00");
    /// assert!(ctx.first_date("ціна 1 500 грн").is_none());
    /// ```
    pub fn first_date(&self, text: &str) -> Option<Parsed> {
        scan::first_match(self, text)
    }

    /// The text with every date found replaced by its value, or followed by
    /// it in brackets ([`Format`]); every other byte is kept. For streams
    /// and files of any size, in constant memory, use [`Stream`](crate::Stream).
    ///
    /// ```
    /// use cyrdate::Format;
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// assert_eq!(ctx.normalise("Оновлено: Вчора о 09:15, ціна 1 500 грн", Format::Iso),
    ///            "Оновлено: 2025-09-06T09:15:00+03:00, ціна 1 500 грн");
    /// assert_eq!(ctx.normalise("Новость от 9 июля.", Format::Annotate), "Новость от 9 июля [2025-07-09].");
    /// ```
    pub fn normalise(&self, text: &str, format: Format) -> String {
        let out = scan::splice(text.as_bytes(), self.extract(text), format);
        String::from_utf8(out).expect("UTF-8 spliced at character boundaries with UTF-8 values")
    }

    /// As [`Context::normalise`], over bytes that may hold invalid UTF-8
    /// (copied unchanged).
    ///
    /// ```
    /// use cyrdate::Format;
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let ctx = cyrdate::Context::new().with_now(now);
    /// let mut text = b"\xff ".to_vec();
    /// text.extend_from_slice("9 июля".as_bytes());
    /// assert_eq!(ctx.normalise_bytes(&text, Format::Iso), b"\xff 2025-07-09");
    /// ```
    pub fn normalise_bytes(&self, bytes: &[u8], format: Format) -> Vec<u8> {
        scan::splice(bytes, self.extract_bytes(bytes), format)
    }
}

/// Punctuation that may surround an expression and is ignored by `parse`:
/// ASCII punctuation (but `+`, the sign of an offset), Latin-1 marks such
/// as `«»`, and the General Punctuation block (dashes, quotes, `…`).
/// Other characters (letters, fullwidth digits, symbols) are not dropped:
/// `９ июля` is an error, not a month.
fn is_surrounding_punct(c: char) -> bool {
    (c.is_ascii_punctuation() && c != '+')
        || ('\u{00A1}'..='\u{00BF}').contains(&c)
        || ('\u{2010}'..='\u{205E}').contains(&c)
}

/// The start of a piece of text, cut to 30 characters for messages.
fn snippet(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(30) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name reads back to its value, and `name` (which indexes
    /// `NAMES` by the discriminant) gives the name listed at the value's
    /// place in `ALL`.
    #[test]
    fn names_round_trip() {
        for (i, p) in Prefer::ALL.into_iter().enumerate() {
            assert_eq!(p.name(), Prefer::NAMES[i]);
            assert_eq!(Prefer::NAMES[i].parse::<Prefer>(), Ok(p));
        }
        for (i, d) in Disambiguation::ALL.into_iter().enumerate() {
            assert_eq!(d.name(), Disambiguation::NAMES[i]);
            assert_eq!(Disambiguation::NAMES[i].parse::<Disambiguation>(), Ok(d));
        }
        assert_eq!(Prefer::default().name(), "past");
        assert_eq!(Disambiguation::default().name(), "compatible");
        assert_eq!(
            "".parse::<Disambiguation>().unwrap_err().to_string(),
            "disambiguation must be 'compatible', 'earlier', 'later' or 'reject', not \"\""
        );
    }
}
