//! # cyrdate
//!
//! Finds and normalises the dates and timestamps that Russian- and
//! Ukrainian-language web pages print (`01:15 07 сен 2025`, `9 июля`,
//! `Вчора о 09:15`, `2 години тому`, `7 вересня 2025 р.`, `12:00 мск`) and
//! turns them into [chrono] values in the Kyiv time zone (or any IANA zone),
//! resolved against a reference time. Every guess is flagged.
//!
//! ```
//! use cyrdate::Context;
//! let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
//! let ctx = Context::new().with_now(now);
//!
//! let p = ctx.parse("01:15 07 сен 2025").unwrap();
//! assert_eq!(p.to_string(), "2025-09-07T01:15:00+03:00");
//!
//! let p = ctx.parse("9 июля").unwrap();
//! assert_eq!(p.to_string(), "2025-07-09");
//! assert!(p.flags.year_inferred);
//!
//! let err = ctx.parse("31 февраля 2025").unwrap_err();
//! assert_eq!(err.to_string(), "invalid date at byte 0: February 2025 has no day 31");
//! ```
//!
//! ## Layers
//!
//! Text flows one way: the **lexicon** (word tables and folding: case, `ё`,
//! Latin look-alike letters, apostrophes, spaces, dashes) cuts text into
//! tokens; the **grammar** (nom 8) reads tokens into a plain syntax value
//! that records which fields were written; **resolution** turns that value
//! and a [`Context`] into a [`Parsed`] value. The grammar never reads the
//! clock; resolution never reads text.
//!
//! ## Accepted forms
//!
//! Every form in Russian and Ukrainian, in any letter case.
//!
//! | form | examples | value |
//! | --- | --- | --- |
//! | day + month name [+ year] | `7 сентября 2025`, `07 СЕН. 2025`, `9 июля`, `7 вересня 2025 р.`, `1-го сентября` | day |
//! | month + year | `сентябрь 2025`, `в сентябре 2025 года`, `у вересні 2025 року` | month |
//! | year with a marker | `в 2021 году`, `2021 г.`, `у 2021 році` | year |
//! | numeric, day first | `07.09.2025`, `7.9.2025`, `07.09.25`, `07/09/2025`, `2025-09-07` | day |
//! | ISO 8601 / RFC 3339 | `2025-09-07T01:15:00+03:00`, `2025-09-07 01:15`, `2025-09-07T01:15Z` | second / minute |
//! | RFC 2822 | `Mon, 28 Sep 2020 10:00:00 +0300` | second |
//! | month first | `Грудень 28, 2025`, `Трв 29 2025 р., 11:50` | day / minute |
//! | day.month beside a time or weekday | `06.09, в 22:05`, `пт, 12.09` | minute / day |
//! | weekday + date | `пн, 7 сентября 2025`, `неділя, 7 вересня` | day |
//! | ranges | `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25` | range |
//! | times | `01:15`, `01:15:30`, `в 14:30`, `о 14:30`, `об 11:00`, `14 ч 30 мин`, `14 год. 30 хв.`, `в 9 утра`, `о 7 вечора`, `в полдень`, `опівночі`, `08.00 год`, `в 14.00` | minute / hour |
//! | date + time, either order | `01:15 07 сен 2025`, `7 вересня 2025 р., 21:20`, `19:21 - 13.12.2025`, `чт, 4 сент. 2025 г., 17:07` | minute |
//! | zones | `12:00 мск`, `14.00 по московскому времени`, `за київським часом`, `UTC+3`, `GMT+02:00`, `+03:00`, `Z`, `EET`, `EEST` | instant in the output zone |
//! | day words | `сегодня`, `вчора`, `учора`, `позавчера`, `післязавтра`, `Вчора о 09:15` | day / minute |
//! | now | `только что`, `щойно` | second |
//! | amounts | `5 мин. назад`, `2 год. тому`, `через 3 дня`, `пять минут назад`, `дві години тому`, `час назад`, `полчаса назад`, `півтори години тому` | instant (below a day) / day |
//! | weekdays | `в пятницу`, `у п'ятницю`, `в прошлую пятницу`, `минулої п'ятниці` | day |
//! | periods | `на прошлой неделе`, `в этом году`, `минулого місяця`, `торік` | week / month / year |
//! | a date whose year is a period | `9 мая прошлого года`, `у травні цього року`, `с 1 по 5 мая прошлого года` | day / month / range |
//!
//! ## Decisions where the spec is silent
//!
//! - A year period right after a date names the date's year: `9 мая
//!   прошлого года` on 2025-09-07 is 2024-05-09 (flagged `relative`, not
//!   `year_inferred`), never `9 мая` by the year rule beside a separate
//!   `прошлого года`. After a range it names the year of the end, and the
//!   start follows as for a written year.
//! - `год` is a Russian year and a Ukrainian hour abbreviation: with `тому`
//!   or a dot (`2 год. тому`) it is hours, with `назад` years; after `через`
//!   a number ending in 1 (not 11) means years, any other hours.
//! - `в прошлую пятницу` is the most recent Friday strictly before the
//!   reference date; `в следующую пятницу` the next one strictly after;
//!   `в эту пятницу` the Friday of the reference date's ISO week.
//! - A bare `14.00` or `06.09` is read only when something beside it says
//!   which it is (a zone, `в`/`о`, `год`/`ч` make it a time; a time or a
//!   weekday beside it makes it a day.month; a full date beside it makes it a
//!   time).
//! - Years are limited to 1..=9999; anything beyond is an
//!   [`ErrorKind::Overflow`] or [`ErrorKind::InvalidDate`].
//! - Ranges: a year written once (`с 1 по 5 сентября 2025`) belongs to
//!   both ends, and a start month after the end month crosses New Year
//!   (`28 декабря – 3 января 2026` starts in 2025). Without a year the
//!   preference picks the year of the *start*, so `1–5 сентября` read on
//!   3 September is this year's range, under way. A start after its end
//!   (`5–1 сентября 2025`) is an [`ErrorKind::InvalidDate`].
//! - Granularity follows what was written: `в 9 утра`, `в 17 часов` and
//!   `2 часа назад` are hours, `в полдень` and `опівночі` (named instants)
//!   are minutes, `14:30:05` seconds. Fractions of a second in ISO stamps
//!   are kept in the value but not printed.
//! - A weekday is checked against the date as written, before any zone
//!   conversion (`пн, 12 января 2026, 00:30 мск` is Monday in Moscow even
//!   though it is Sunday evening in Kyiv).
//! - A date without a year that no year 1..=9999 can hold under the
//!   preference (`8 сентября` in July of year 1, preferring the past) is an
//!   [`ErrorKind::Overflow`], never a silent switch to the other direction.
//! - `parse` ignores surrounding punctuation (ASCII, `«»`, dashes, quotes,
//!   `…`), not other symbols: `９ июля` with a fullwidth digit is an error.
//! - Extraction is stricter than `parse`: a weekday alone needs a
//!   preposition or a shift word (`в пятницу`, `минулої п'ятниці`), a month
//!   alone (`в сентябре`) is not reported, and a match glued to letters or
//!   digits (`ABC12:30`, `1.12.09.2025`) or after `№` is not a date.
//!   Every word is folded before it is looked up, so digit-free dates are
//!   found in any letter case and with Latin look-alike letters (`вЧеРа`,
//!   `Bчера` with a Latin `B`). Words that also mean something else often
//!   (`північ` "north", `полночи` "half the night") are not read as
//!   midnight.
//! - Written zone abbreviations are fixed offsets: `EET` is +02:00 and
//!   `EEST` +03:00 whatever the date; `мск` and `по Москве` follow
//!   `Europe/Moscow` (+03:00 all year since October 2014).
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod context;
mod error;
mod grammar;
mod lexicon;
mod resolve;
mod scan;
mod syntax;
mod value;

pub use chrono_tz::Tz;
pub use context::{Context, Disambiguation, Prefer};
pub use error::{Error, ErrorKind, Reason};
pub use scan::{Match, Matches, Piece, Stream};
pub use value::{Flags, Granularity, Parsed, PartOfDay, Value};

/// Parses one whole date expression with the default [`Context`] (now,
/// `Europe/Kyiv`, past, compatible). Surrounding white space and
/// punctuation are ignored.
///
/// ```
/// let p = cyrdate::parse("2025-09-07T01:15:00+03:00").unwrap();
/// assert_eq!(p.to_string(), "2025-09-07T01:15:00+03:00");
/// ```
pub fn parse(text: &str) -> Result<Parsed, Error> {
    Context::new().parse(text)
}

/// The README's examples, run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
