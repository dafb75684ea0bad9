//! `cyrdate._cyrdate`: the compiled half of the Python package (SPEC §7).
//!
//! The classes here wrap the cyrdate crate one to one; `python/cyrdate/`
//! re-exports them and adds the module-level functions, `compat` and
//! `arrow`. Nothing here scans or resolves text: every answer comes from
//! the crate's `Context::parse`, `extract`, `extract_bytes` and
//! `first_date`.

mod arrow;

use std::borrow::Cow;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Datelike, NaiveDateTime, Offset, TimeDelta, Timelike, Utc};
use chrono_tz::Tz;
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDate, PyDateTime, PyDict, PyFrozenSet, PyList, PyString, PyTzInfo};

create_exception!(
    cyrdate,
    ParseError,
    PyValueError,
    "A text that is not one whole date expression: `.kind` names the reason \
     (`invalid_date`, `trailing_input`...), `.offset` is the character offset \
     in the text, `.byte_offset` the UTF-8 byte offset the message names."
);

/// The output zone: chrono-tz's zone for the arithmetic, and the Python
/// `tzinfo` of the values (`zoneinfo.ZoneInfo`, or `None` when Python's
/// tz database lacks the key: values then get a fixed-offset `timezone`).
struct OutZone {
    tz: Tz,
    tzinfo: Option<Py<PyTzInfo>>,
}

impl OutZone {
    fn new(py: Python<'_>, tz: Tz) -> Self {
        let tzinfo = PyTzInfo::timezone(py, tz.name()).ok().map(Bound::unbind);
        OutZone { tz, tzinfo }
    }

    /// An aware `datetime` for the instant `t`, built from its UTC fields
    /// with the zone's `fromutc()`: if Python's tz database disagrees with
    /// chrono-tz's, the wall time may differ but the instant never moves.
    fn datetime<'py>(&self, py: Python<'py>, t: &DateTime<Tz>) -> PyResult<Bound<'py, PyDateTime>> {
        if let Some(zi) = &self.tzinfo {
            let zi = zi.bind(py);
            let u = t.naive_utc();
            let utc = PyDateTime::new(
                py,
                u.year(),
                u.month() as u8,
                u.day() as u8,
                u.hour() as u8,
                u.minute() as u8,
                u.second() as u8,
                (u.nanosecond() / 1000).min(999_999),
                Some(zi),
            );
            // Out of Python's range in UTC (year 1 east of Greenwich):
            // fall back to the wall time with its fixed offset.
            if let Ok(utc) = utc {
                if let Ok(local) = zi.call_method1(intern!(py, "fromutc"), (utc,)) {
                    return Ok(local.cast_into::<PyDateTime>()?);
                }
            }
        }
        fixed_datetime(py, t)
    }
}

/// The wall time of `t` with a fixed-offset `datetime.timezone`.
fn fixed_datetime<'py>(py: Python<'py>, t: &DateTime<Tz>) -> PyResult<Bound<'py, PyDateTime>> {
    let off = t.offset().fix().local_minus_utc();
    let tzinfo = PyTzInfo::fixed_offset(py, TimeDelta::seconds(off.into()))?;
    let l = t.naive_local();
    PyDateTime::new(
        py,
        l.year(),
        l.month() as u8,
        l.day() as u8,
        l.hour() as u8,
        l.minute() as u8,
        l.second() as u8,
        (l.nanosecond() / 1000).min(999_999),
        Some(&tzinfo),
    )
}

/// A `prefer=`, `disambiguation=` or `format=` value read by the crate's names, its
/// message the crate's.
fn by_name<T: std::str::FromStr<Err = cyrdate::UnknownName>>(s: &str) -> PyResult<T> {
    s.parse().map_err(|e: cyrdate::UnknownName| PyValueError::new_err(e.to_string()))
}

/// A Python `str` as UTF-8. Lone surrogates (which UTF-8 cannot hold)
/// become `?`, as `str.encode("utf-8", "replace")` writes them: one code
/// point for one, so character offsets still hold.
fn utf8<'a>(s: &'a Bound<'_, PyString>) -> Cow<'a, str> {
    match s.to_cow() {
        Ok(c) => c,
        Err(_) => {
            let replaced = s
                .call_method1(intern!(s.py(), "encode"), ("utf-8", "replace"))
                .ok()
                .and_then(|b| b.cast_into::<PyBytes>().ok())
                .and_then(|b| String::from_utf8(b.as_bytes().to_vec()).ok());
            Cow::Owned(replaced.unwrap_or_else(|| s.to_string_lossy().into_owned()))
        }
    }
}

/// Turns increasing byte offsets of a UTF-8 text into character offsets
/// in one forward pass (std's `chars().count()` counts several bytes a step).
struct CharOffsets<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
    ascii: bool,
}

impl<'a> CharOffsets<'a> {
    fn new(text: &'a str) -> Self {
        CharOffsets { text, byte: 0, chars: 0, ascii: text.is_ascii() }
    }

    /// The character offset of `byte`, a character boundary of the text.
    fn at(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            // Not expected (offsets come in order); count from the start.
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text.get(self.byte..byte).map_or(0, |s| s.chars().count());
        self.byte = byte;
        self.chars
    }
}

fn parse_error(text: &str, e: &cyrdate::Error) -> PyErr {
    Python::attach(|py| {
        let err = ParseError::new_err(e.message().to_string());
        let value = err.value(py);
        let mut byte = e.offset().min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        let chars = CharOffsets::new(text).at(byte);
        let set = || -> PyResult<()> {
            value.setattr("kind", e.kind().name())?;
            value.setattr("offset", chars)?;
            value.setattr("byte_offset", e.offset())?;
            Ok(())
        };
        match set() {
            Ok(()) => err,
            Err(other) => other,
        }
    })
}

/// Texts of this many bytes or more are scanned with the GIL released
/// (below it, releasing and taking it back costs more than it frees).
const DETACH_FROM: usize = 16 * 1024;

/// Runs `f` with the GIL released when the text is long.
fn detach_if_long<T: Send>(py: Python<'_>, len: usize, f: impl FnOnce() -> T + Send) -> T {
    if len >= DETACH_FROM {
        py.detach(f)
    } else {
        f()
    }
}

/// Results above which `parse_many` pauses the cyclic GC while it makes them.
const GC_PAUSE_ABOVE: usize = 1000;

/// The reference instant, the output zone, the year preference and the
/// DST policy; immutable, so one context may be shared between threads.
///
/// `now=None` reads the clock at every call; a naive `now` is a ValueError.
///
/// >>> import datetime
/// >>> ctx = Context(now=datetime.datetime.fromisoformat("2025-09-07T12:00:00+03:00"), prefer="future")
/// >>> ctx.parse("25 декабря").value, ctx.tz, ctx.disambiguation
/// ('2025-12-25', 'Europe/Kyiv', 'compatible')
/// >>> Context(now=datetime.datetime(2025, 9, 7))
/// Traceback (most recent call last):
/// ...
/// ValueError: now must be an aware datetime (a naive one names no instant); give it a tzinfo, e.g. now.replace(tzinfo=ZoneInfo('Europe/Kyiv'))
#[pyclass(frozen, module = "cyrdate")]
struct Context {
    inner: cyrdate::Context,
    /// `now` was given; otherwise every call reads the clock.
    fixed_now: bool,
    zone: Arc<OutZone>,
}

impl Context {
    /// The crate's context for one call.
    fn ctx(&self) -> cyrdate::Context {
        if self.fixed_now {
            self.inner
        } else {
            self.inner.with_now(Utc::now())
        }
    }

    fn wrap(&self, p: cyrdate::Parsed) -> Parsed {
        Parsed { p, zone: Arc::clone(&self.zone) }
    }

    fn matches_of<'t>(
        &self,
        text: &str,
        found: impl IntoIterator<Item = cyrdate::Match<'t>>,
        chars: bool,
    ) -> PyResult<Vec<Match>> {
        let mut offsets = CharOffsets::new(text);
        let mut out = Vec::new();
        for m in found {
            let (start, end) =
                if chars { (offsets.at(m.start), offsets.at(m.end)) } else { (m.start, m.end) };
            out.push(Match {
                start,
                end,
                text: m.text.to_string(),
                p: m.parsed,
                zone: Arc::clone(&self.zone),
                parsed: OnceLock::new(),
            });
        }
        Ok(out)
    }
}

#[pymethods]
impl Context {
    #[new]
    #[pyo3(signature = (now=None, tz="Europe/Kyiv", prefer="past", disambiguation="compatible"))]
    fn new(
        py: Python<'_>,
        now: Option<&Bound<'_, PyAny>>,
        tz: &str,
        prefer: &str,
        disambiguation: &str,
    ) -> PyResult<Self> {
        let zone =
            Tz::from_str(tz).map_err(|_| PyValueError::new_err(format!("unknown time zone {tz:?}")))?;
        let mut inner = cyrdate::Context::new()
            .with_tz(zone)
            .with_prefer(by_name(prefer)?)
            .with_disambiguation(by_name(disambiguation)?);
        if let Some(now) = now {
            let dt = now
                .cast::<PyDateTime>()
                .map_err(|_| PyTypeError::new_err("now must be an aware datetime.datetime or None"))?;
            let offset = dt.call_method0(intern!(py, "utcoffset"))?;
            if offset.is_none() {
                return Err(PyValueError::new_err(
                    "now must be an aware datetime (a naive one names no instant); \
                     give it a tzinfo, e.g. now.replace(tzinfo=ZoneInfo('Europe/Kyiv'))",
                ));
            }
            // The wall time and the offset Python gives it (`fold` included).
            let offset: TimeDelta = offset.extract()?;
            let kw = PyDict::new(py);
            kw.set_item("tzinfo", py.None())?;
            let wall: NaiveDateTime = dt.call_method(intern!(py, "replace"), (), Some(&kw))?.extract()?;
            let instant = wall
                .checked_sub_signed(offset)
                .ok_or_else(|| PyValueError::new_err("now is out of range"))?
                .and_utc();
            inner = inner.with_now(instant);
        }
        Ok(Context { inner, fixed_now: now.is_some(), zone: Arc::new(OutZone::new(py, zone)) })
    }

    /// The reference instant in the output zone, or `None` when the
    /// context reads the clock at every call.
    #[getter]
    fn now<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDateTime>>> {
        if self.fixed_now {
            Ok(Some(self.zone.datetime(py, &self.inner.now())?))
        } else {
            Ok(None)
        }
    }

    /// The output zone's IANA name.
    #[getter]
    fn tz(&self) -> &'static str {
        self.zone.tz.name()
    }

    /// `"past"`, `"future"` or `"nearest"`.
    #[getter]
    fn prefer(&self) -> &'static str {
        self.inner.prefer().name()
    }

    /// `"compatible"`, `"earlier"`, `"later"` or `"reject"`.
    #[getter]
    fn disambiguation(&self) -> &'static str {
        self.inner.disambiguation().name()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let now = match self.now(py)? {
            Some(d) => d.repr()?.to_string(),
            None => "None".to_string(),
        };
        Ok(format!(
            "Context(now={now}, tz={:?}, prefer={:?}, disambiguation={:?})",
            self.tz(),
            self.prefer(),
            self.disambiguation()
        ))
    }

    /// Parses one whole date expression; raises `ParseError`.
    ///
    /// >>> err = None
    /// >>> try:
    /// ...     Context().parse("9 июля абв")
    /// ... except ParseError as e:
    /// ...     err = e
    /// >>> err.kind, err.offset, err.byte_offset, str(err)
    /// ('trailing_input', 7, 11, 'unexpected text at byte 11: "абв"')
    fn parse(&self, text: &Bound<'_, PyString>) -> PyResult<Parsed> {
        let s = utf8(text);
        match self.ctx().parse(&s) {
            Ok(p) => Ok(self.wrap(p)),
            Err(e) => Err(parse_error(&s, &e)),
        }
    }

    /// Parses one whole date expression, or gives `None`.
    ///
    /// >>> Context().try_parse("не дата") is None
    /// True
    fn try_parse(&self, text: &Bound<'_, PyString>) -> Option<Parsed> {
        let s = utf8(text);
        self.ctx().parse(&s).ok().map(|p| self.wrap(p))
    }

    /// Every date in a text: character offsets into a `str`, byte offsets
    /// into `bytes` (which may hold invalid UTF-8).
    ///
    /// >>> [(m.start, m.end, m.text) for m in Context().extract("Дата: 07.09.2025")]
    /// [(6, 16, '07.09.2025')]
    /// >>> [(m.start, m.end, m.parsed.value) for m in Context().extract(b"\xff " + "Дата: 07.09.2025".encode())]
    /// [(12, 22, '2025-09-07')]
    fn extract(&self, py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<Match>> {
        let ctx = self.ctx();
        if let Ok(s) = text.cast::<PyString>() {
            let s = utf8(s);
            let found: Vec<_> = detach_if_long(py, s.len(), || ctx.extract(&s).collect());
            self.matches_of(&s, found, true)
        } else if let Ok(b) = text.cast::<PyBytes>() {
            let bytes = b.as_bytes();
            let found: Vec<_> = detach_if_long(py, bytes.len(), || ctx.extract_bytes(bytes).collect());
            self.matches_of("", found, false)
        } else {
            Err(PyTypeError::new_err("extract takes a str or bytes"))
        }
    }

    /// The first date in a text, or `None`.
    ///
    /// >>> Context().first_date("Оновлено 7 вересня 2025 р. о 21:20, ціна 500 грн").value
    /// '2025-09-07T21:20:00+03:00'
    /// >>> Context().first_date("ціна 500 грн") is None
    /// True
    /// >>> Context().first_date(b"\xff " + "7 вересня 2025".encode()).value
    /// '2025-09-07'
    fn first_date(&self, text: &Bound<'_, PyAny>) -> PyResult<Option<Parsed>> {
        let ctx = self.ctx();
        let found = if let Ok(s) = text.cast::<PyString>() {
            ctx.first_date(&utf8(s))
        } else if let Ok(b) = text.cast::<PyBytes>() {
            // Matches are found lazily: this reads up to the first date.
            ctx.extract_bytes(b.as_bytes()).next().map(|m| m.parsed)
        } else {
            return Err(PyTypeError::new_err("first_date takes a str or bytes"));
        };
        Ok(found.map(|p| self.wrap(p)))
    }

    /// The text with every date replaced by its value (`iso`) or followed
    /// by it in brackets (`annotate`); `bytes` in, `bytes` out.
    ///
    /// >>> Context().normalise("Дата: 07.09.2025.")
    /// 'Дата: 2025-09-07.'
    /// >>> Context().normalise("Дата: 07.09.2025.".encode(), "annotate").decode()
    /// 'Дата: 07.09.2025 [2025-09-07].'
    #[pyo3(signature = (text, format="iso"))]
    fn normalise<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        format: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        let format: cyrdate::Format = by_name(format)?;
        let ctx = self.ctx();
        if let Ok(s) = text.cast::<PyString>() {
            let s = utf8(s);
            let out = detach_if_long(py, s.len(), || ctx.normalise(&s, format));
            Ok(PyString::new(py, &out).into_any())
        } else if let Ok(b) = text.cast::<PyBytes>() {
            let bytes = b.as_bytes();
            let out = detach_if_long(py, bytes.len(), || ctx.normalise_bytes(bytes, format));
            Ok(PyBytes::new(py, &out).into_any())
        } else {
            Err(PyTypeError::new_err("normalise takes a str or bytes"))
        }
    }

    /// Parses every text of an iterable (`None` items give `None`), with
    /// the GIL released while parsing.
    ///
    /// >>> [p and p.value for p in Context().parse_many(["07.09.2025", None, "ой"])]
    /// ['2025-09-07', None, None]
    fn parse_many<'py>(&self, py: Python<'py>, texts: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
        let mut buf = String::new();
        let mut spans: Vec<Option<(usize, usize)>> = Vec::new();
        let mut take = |item: Bound<'py, PyAny>| -> PyResult<()> {
            if item.is_none() {
                spans.push(None);
                return Ok(());
            }
            let s =
                item.cast::<PyString>().map_err(|_| PyTypeError::new_err("parse_many takes str items"))?;
            let start = buf.len();
            buf.push_str(&utf8(s));
            spans.push(Some((start, buf.len())));
            Ok(())
        };
        // Lists (the common case) are read item by item without the
        // iterator protocol.
        if let Ok(list) = texts.cast::<PyList>() {
            for item in list.iter() {
                take(item)?;
            }
        } else {
            for item in texts.try_iter()? {
                take(item?)?;
            }
        }
        let ctx = self.ctx();
        let parsed: Vec<Option<cyrdate::Parsed>> = py
            .detach(|| spans.iter().map(|span| span.and_then(|(a, b)| ctx.parse(&buf[a..b]).ok())).collect());
        // A million results are a million new objects that the cyclic GC
        // would walk again and again while they are made (it counts
        // allocations); none of them can be part of a cycle, so the
        // collector is paused while they are made, if it was running.
        let gc = py.import(intern!(py, "gc"))?;
        let was_on = gc.call_method0(intern!(py, "isenabled"))?.is_truthy()?;
        if was_on && parsed.len() > GC_PAUSE_ABOVE {
            gc.call_method0(intern!(py, "disable"))?;
            let list = PyList::new(py, parsed.into_iter().map(|p| p.map(|p| self.wrap(p))));
            gc.call_method0(intern!(py, "enable"))?;
            list
        } else {
            PyList::new(py, parsed.into_iter().map(|p| p.map(|p| self.wrap(p))))
        }
    }

    /// The number of matches in `bytes`, found in Rust with no Python
    /// object made: the baseline of `python/bench/compare.py`.
    fn _extract_count(&self, py: Python<'_>, text: &Bound<'_, PyBytes>) -> usize {
        let ctx = self.ctx();
        let bytes = text.as_bytes();
        py.detach(|| ctx.extract_bytes(bytes).count())
    }

    /// How many of `texts` parse, each parsed `rounds` times in Rust with
    /// no Python object made: the per-string baseline of `python/bench/compare.py`.
    fn _parse_count(&self, py: Python<'_>, texts: Vec<String>, rounds: usize) -> usize {
        let ctx = self.ctx();
        py.detach(|| (0..rounds).map(|_| texts.iter().filter(|t| ctx.parse(t).is_ok()).count()).sum())
    }

    /// `parse_arrow` on this context: see `cyrdate.arrow`.
    fn _parse_arrow<'py>(&self, py: Python<'py>, array: pyo3_arrow::PyArray) -> PyResult<Bound<'py, PyAny>> {
        arrow::parse_arrow(py, self.ctx(), array)
    }

    /// `extract_arrow` on this context: see `cyrdate.arrow`.
    fn _extract_arrow<'py>(
        &self,
        py: Python<'py>,
        array: pyo3_arrow::PyArray,
        offset: i64,
    ) -> PyResult<Bound<'py, PyAny>> {
        arrow::extract_arrow(py, self.ctx(), array, offset)
    }
}

/// A resolved date expression: the §3 value text, its granularity, the
/// aware datetimes that bound it (`end` exclusive), the flags.
///
/// >>> import datetime
/// >>> p = Context(now=datetime.datetime.fromisoformat("2025-09-07T12:00:00+03:00")).parse("Вчора о 09:15")
/// >>> p.value, p.granularity, p.relative, sorted(p.flags)
/// ('2025-09-06T09:15:00+03:00', 'minute', True, ['relative'])
/// >>> p.instant.isoformat(), p.end.isoformat(), p.date
/// ('2025-09-06T09:15:00+03:00', '2025-09-06T09:16:00+03:00', None)
/// >>> p.timestamp == datetime.datetime(2025, 9, 6, 6, 15, tzinfo=datetime.timezone.utc).timestamp()
/// True
#[pyclass(frozen, module = "cyrdate")]
struct Parsed {
    p: cyrdate::Parsed,
    zone: Arc<OutZone>,
}

fn utc_seconds(t: &DateTime<Tz>) -> f64 {
    t.timestamp() as f64 + f64::from(t.timestamp_subsec_micros()) / 1e6
}

#[pymethods]
impl Parsed {
    /// The SPEC §3 text of the value (`2025-07-09`, `2025-09-07T01:15:00+03:00`).
    #[getter]
    fn value(&self) -> String {
        self.p.to_string()
    }

    /// `second`, `minute`, `hour`, `day`, `week`, `month`, `year` or `range`.
    #[getter]
    fn granularity(&self) -> &'static str {
        self.p.granularity.name()
    }

    /// The first instant the value covers (aware, in the output zone).
    #[getter]
    fn start<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDateTime>> {
        self.zone.datetime(py, &self.p.start)
    }

    /// The first instant after the value (exclusive end).
    #[getter]
    fn end<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDateTime>> {
        self.zone.datetime(py, &self.p.end)
    }

    /// The instant, for second, minute and hour values; else `None`.
    #[getter]
    fn instant<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDateTime>>> {
        match &self.p.value {
            cyrdate::Value::Instant(t) => Ok(Some(self.zone.datetime(py, t)?)),
            _ => Ok(None),
        }
    }

    /// The day, for day values; else `None`.
    #[getter]
    fn date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDate>>> {
        match &self.p.value {
            cyrdate::Value::Date(d) => Ok(Some(PyDate::new(py, d.year(), d.month() as u8, d.day() as u8)?)),
            _ => Ok(None),
        }
    }

    /// UTC seconds of `start` (tells apart the two occurrences of a
    /// repeated local time, which Python compares as equal).
    #[getter]
    fn timestamp(&self) -> f64 {
        utc_seconds(&self.p.start)
    }

    /// UTC seconds of `end`.
    #[getter]
    fn end_timestamp(&self) -> f64 {
        utc_seconds(&self.p.end)
    }

    /// The output zone's IANA name.
    #[getter]
    fn tz(&self) -> &'static str {
        self.zone.tz.name()
    }

    /// The part of the day written beside a day (`night`, `morning`,
    /// `day`, `evening`), or `None`.
    #[getter]
    fn part_of_day(&self) -> Option<&'static str> {
        self.p.part_of_day.map(|d| d.name())
    }

    /// The names of the flags that are set.
    #[getter]
    fn flags<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyFrozenSet>> {
        PyFrozenSet::new(py, self.p.flags.names())
    }

    /// The year was not written.
    #[getter]
    fn year_inferred(&self) -> bool {
        self.p.flags.year_inferred
    }

    /// A time without a date: the date is the reference date.
    #[getter]
    fn date_inferred(&self) -> bool {
        self.p.flags.date_inferred
    }

    /// Computed from the reference time (`вчера`, `5 минут назад`).
    #[getter]
    fn relative(&self) -> bool {
        self.p.flags.relative
    }

    /// The text named the zone (`мск`, `UTC+3`).
    #[getter]
    fn zone_from_text(&self) -> bool {
        self.p.flags.zone_from_text
    }

    /// The local time happens twice (clocks went back).
    #[getter]
    fn ambiguous(&self) -> bool {
        self.p.flags.ambiguous
    }

    /// The local time never happens (clocks went forward).
    #[getter]
    fn skipped(&self) -> bool {
        self.p.flags.skipped
    }

    /// The written weekday contradicts the date; the date wins.
    #[getter]
    fn weekday_mismatch(&self) -> bool {
        self.p.flags.weekday_mismatch
    }

    fn __str__(&self) -> String {
        self.value()
    }

    fn __repr__(&self) -> String {
        let flags: Vec<String> = self.p.flags.names().map(|n| format!("'{n}'")).collect();
        format!(
            "Parsed('{}', granularity='{}', flags={{{}}})",
            self.value(),
            self.granularity(),
            flags.join(", ")
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        match other.cast::<Parsed>() {
            Ok(o) => {
                let o = o.get();
                o.p == self.p && o.zone.tz == self.zone.tz
            }
            Err(_) => false,
        }
    }

    fn __hash__(&self) -> u64 {
        let mut h = DefaultHasher::new();
        self.p.to_string().hash(&mut h);
        self.p.granularity.hash(&mut h);
        self.p.flags.hash(&mut h);
        self.p.start.timestamp_micros().hash(&mut h);
        self.zone.tz.name().hash(&mut h);
        h.finish()
    }
}

/// A date found in a text: `start` and `end` offsets (characters of a
/// `str`, bytes of `bytes`), the matched `text` and its `parsed` value.
///
/// >>> m = Context().extract("Опубліковано 06 вересня 2025, 21:20 | Політика")[0]
/// >>> m.start, m.end, m.text, m.parsed.value
/// (13, 35, '06 вересня 2025, 21:20', '2025-09-06T21:20:00+03:00')
#[pyclass(frozen, module = "cyrdate")]
struct Match {
    start: usize,
    end: usize,
    text: String,
    /// The value, made into a Python `Parsed` on first use: most callers
    /// of `extract` read a few of many matches.
    p: cyrdate::Parsed,
    zone: Arc<OutZone>,
    parsed: OnceLock<Py<Parsed>>,
}

#[pymethods]
impl Match {
    /// Offset of the match: characters into a `str`, bytes into `bytes`.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// Offset just past the match.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// The matched text.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// Its value.
    #[getter]
    fn parsed(&self, py: Python<'_>) -> PyResult<Py<Parsed>> {
        if let Some(p) = self.parsed.get() {
            return Ok(p.clone_ref(py));
        }
        let made = Py::new(py, Parsed { p: self.p.clone(), zone: Arc::clone(&self.zone) })?;
        // Another thread may have made it first: keep theirs, so that
        // `m.parsed is m.parsed` always holds.
        let _ = self.parsed.set(made);
        Ok(self.parsed.get().expect("set above").clone_ref(py))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let parsed = Parsed { p: self.p.clone(), zone: Arc::clone(&self.zone) };
        let text = PyString::new(py, &self.text).repr()?;
        Ok(format!("Match({}, {}, {}, {})", self.start, self.end, text, parsed.__repr__()))
    }
}

#[pymodule]
fn _cyrdate(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Context>()?;
    m.add_class::<Parsed>()?;
    m.add_class::<Match>()?;
    m.add("ParseError", m.py().get_type::<ParseError>())?;
    Ok(())
}
