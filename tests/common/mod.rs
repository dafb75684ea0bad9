//! The table runner, written once: reads the corpus (`tests/corpus/*.txt`,
//! format in `tests/corpus/README.md`), checks every row through `parse`,
//! and runs the value rows through `extract` for the agreement test.
//!
//! Every check returns a list of what is wrong; the callers collect them
//! all, print them, and fail once at the end.

#![allow(dead_code)] // each test binary uses a part of this module

use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeDelta, TimeZone, Weekday};
use chrono_tz::Tz;
use cyrdate::{Context, Disambiguation, ErrorKind, Flags, Granularity, Parsed, Prefer};

// ---------------------------------------------------------------------------
// The corpus.

/// Rows that share a reference instant, output zone and policies.
#[derive(Clone, Debug)]
pub struct Group {
    /// The file's name (`day_month.txt`).
    pub file: String,
    /// The name in brackets.
    pub name: String,
    pub now: DateTime<FixedOffset>,
    pub tz: Tz,
    pub prefer: Prefer,
    pub dis: Disambiguation,
    pub rows: Vec<Row>,
}

impl Group {
    /// The context every row of the group is read in.
    pub fn context(&self) -> Context {
        Context::new()
            .with_now(self.now)
            .with_tz(self.tz)
            .with_prefer(self.prefer)
            .with_disambiguation(self.dis)
    }
}

/// One row: an input and what it must give.
#[derive(Clone, Debug)]
pub struct Row {
    /// The line of the file (1-based).
    pub line: usize,
    /// The input, escapes resolved.
    pub input: String,
    /// The expectation as written.
    pub spec: String,
    pub want: Want,
    /// `parse`: SPEC reads the form in `parse` only.
    pub parse_only: bool,
    /// `noscan`: not checked against extraction.
    pub noscan: bool,
}

/// Where an error is expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum At {
    Any,
    Byte(usize),
    Text(String),
}

/// The expected outcome of one row.
#[derive(Clone, Debug)]
pub enum Want {
    Value(WantValue),
    Err(ErrorKind, At),
}

/// An expected value.
#[derive(Clone, Debug)]
pub struct WantValue {
    /// The value as SPEC §3 prints it.
    pub text: String,
    pub granularity: Granularity,
    /// The granularity of an instant, or of the instants at the ends of a
    /// range (`s`, `m`, `h`).
    pub instant: Option<Granularity>,
    pub flags: Flags,
    /// `nospan` clears it.
    pub span: bool,
    /// `pod=...`: the part of the day that must be reported.
    pub part_of_day: Option<String>,
}

/// The corpus directory.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("corpus")
}

/// The names of the corpus files, sorted.
pub fn corpus_files() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus")
        .map(|e| e.expect("dir entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

/// Reads one corpus file; panics with `file:line` on a malformed line.
pub fn read_file(name: &str) -> Vec<Group> {
    let path = corpus_dir().join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    read_text(name, &text).unwrap_or_else(|e| panic!("{e}"))
}

/// Reads every corpus file.
pub fn read_all() -> Vec<Group> {
    corpus_files().iter().flat_map(|f| read_file(f)).collect()
}

/// Settings seen so far for a group whose `now` may not be known yet.
struct Pending {
    name: String,
    line: usize,
    now: Option<DateTime<FixedOffset>>,
    tz: Tz,
    prefer: Prefer,
    dis: Disambiguation,
    rows: Vec<Row>,
}

/// Reads the text of a corpus file.
pub fn read_text(file: &str, text: &str) -> Result<Vec<Group>, String> {
    let mut groups = Vec::new();
    let mut cur: Option<Pending> = None;
    let finish = |p: Pending, groups: &mut Vec<Group>| -> Result<(), String> {
        let now = p.now.ok_or_else(|| format!("{file}:{}: group [{}] has no `now`", p.line, p.name))?;
        groups.push(Group {
            file: file.to_string(),
            name: p.name,
            now,
            tz: p.tz,
            prefer: p.prefer,
            dis: p.dis,
            rows: p.rows,
        });
        Ok(())
    };
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let at = |msg: String| format!("{file}:{line}: {msg}");
        let l = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some((input, spec)) = l.split_once('\t') {
            let g = cur.as_mut().ok_or_else(|| at("a row before any [group]".into()))?;
            let input = unescape(input).map_err(at)?;
            let spec = spec.trim_matches(|c| c == '\t' || c == ' ').to_string();
            let (want, parse_only, noscan) = want_of(&spec).map_err(at)?;
            g.rows.push(Row { line, input, spec, want, parse_only, noscan });
            continue;
        }
        let t = l.trim();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        if let Some(name) = t.strip_prefix('[') {
            let name = name.strip_suffix(']').ok_or_else(|| at(format!("unclosed group name: {t}")))?;
            if let Some(p) = cur.take() {
                finish(p, &mut groups)?;
            }
            cur = Some(Pending {
                name: name.to_string(),
                line,
                now: None,
                tz: chrono_tz::Europe::Kyiv,
                prefer: Prefer::Past,
                dis: Disambiguation::Compatible,
                rows: Vec::new(),
            });
            continue;
        }
        let (key, value) = t
            .split_once('=')
            .ok_or_else(|| at(format!("neither a row (no TAB), a group nor a setting: {t:?}")))?;
        let g = cur.as_mut().ok_or_else(|| at("a setting before any [group]".into()))?;
        if !g.rows.is_empty() {
            return Err(at(format!("setting `{}` after the group's first row", key.trim())));
        }
        let value = value.trim();
        match key.trim() {
            "now" => g.now = Some(DateTime::parse_from_rfc3339(value).map_err(|e| at(format!("now: {e}")))?),
            "tz" => g.tz = value.parse().map_err(|e| at(format!("tz: {e}")))?,
            "prefer" => g.prefer = value.parse().map_err(|e| at(format!("{e}")))?,
            "dis" => g.dis = value.parse().map_err(|e| at(format!("{e}")))?,
            other => return Err(at(format!("unknown setting `{other}`"))),
        }
    }
    if let Some(p) = cur.take() {
        finish(p, &mut groups)?;
    }
    Ok(groups)
}

/// Resolves the four escapes of the corpus: `\u{..}`, `\n`, `\t`, `\\`.
pub fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let rest = it.as_str();
                let hex = rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .map(|(h, _)| h)
                    .ok_or_else(|| format!("bad \\u escape in {s:?}"))?;
                let ch = u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("bad code point \\u{{{hex}}} in {s:?}"))?;
                out.push(ch);
                it = rest[hex.len() + 2..].chars();
            }
            other => {
                return Err(format!(
                    "unknown escape \\{} in {s:?}",
                    other.map(String::from).unwrap_or_default()
                ))
            }
        }
    }
    Ok(out)
}

fn kind_of(name: &str) -> Result<ErrorKind, String> {
    Ok(match name {
        "Empty" => ErrorKind::Empty,
        "Unrecognized" => ErrorKind::Unrecognized,
        "TrailingInput" => ErrorKind::TrailingInput,
        "InvalidDate" => ErrorKind::InvalidDate,
        "InvalidTime" => ErrorKind::InvalidTime,
        "InvalidZone" => ErrorKind::InvalidZone,
        "Overflow" => ErrorKind::Overflow,
        "Vague" => ErrorKind::Vague,
        "Skipped" => ErrorKind::Skipped,
        "Ambiguous" => ErrorKind::Ambiguous,
        other => return Err(format!("unknown error kind `{other}`")),
    })
}

/// The granularity a single value's text implies (`None` for an instant,
/// whose granularity is written as a word).
fn granularity_of_text(v: &str) -> Result<Option<Granularity>, String> {
    let ok = |fmt: &str| NaiveDate::parse_from_str(v, fmt).is_ok();
    if v.contains('T') {
        DateTime::parse_from_rfc3339(v).map_err(|e| format!("bad instant `{v}`: {e}"))?;
        Ok(None)
    } else if let Some((y, w)) = v.split_once("-W") {
        let (y, w) = (y.parse().ok(), w.parse().ok());
        match (y, w) {
            (Some(y), Some(w)) if NaiveDate::from_isoywd_opt(y, w, Weekday::Mon).is_some() => {
                Ok(Some(Granularity::Week))
            }
            _ => Err(format!("bad ISO week `{v}`")),
        }
    } else if v.len() == 10 && ok("%Y-%m-%d") {
        Ok(Some(Granularity::Day))
    } else if v.len() == 7 && NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d").is_ok() {
        Ok(Some(Granularity::Month))
    } else if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(Some(Granularity::Year))
    } else {
        Err(format!("bad value `{v}`"))
    }
}

/// Reads an expectation: the value or error, whether the row is `parse`
/// only, whether it is `noscan`.
pub fn want_of(spec: &str) -> Result<(Want, bool, bool), String> {
    let mut words = spec.split_whitespace();
    let first = words.next().ok_or("empty expectation")?;
    let (mut parse_only, mut noscan) = (false, false);
    if let Some(rest) = first.strip_prefix('!') {
        let want = match rest.split_once('@') {
            None => Want::Err(kind_of(rest)?, At::Any),
            Some((k, at)) => match at.parse::<usize>() {
                Ok(n) => Want::Err(kind_of(k)?, At::Byte(n)),
                Err(_) => Want::Err(kind_of(k)?, At::Text(at.to_string())),
            },
        };
        for w in words {
            match w {
                // Error rows are `parse` rows anyway.
                "parse" => {}
                "noscan" => noscan = true,
                other => return Err(format!("unknown word `{other}` after an error")),
            }
        }
        return Ok((want, true, noscan));
    }
    let text = first.to_string();
    let range = text.split_once('/');
    let mut has_instant = false;
    let granularity = match range {
        Some((a, b)) => {
            if a == ".." && b == ".." {
                return Err(format!("a range open at both ends: `{text}`"));
            }
            for end in [a, b] {
                if end != ".." && granularity_of_text(end)?.is_none() {
                    has_instant = true;
                }
            }
            Granularity::Range
        }
        None => match granularity_of_text(&text)? {
            Some(g) => g,
            None => {
                has_instant = true;
                Granularity::Second // replaced by the word below
            }
        },
    };
    let mut instant = None;
    let mut flags = Flags::default();
    let mut span = true;
    let mut part_of_day = None;
    for w in words {
        match w {
            "s" => instant = Some(Granularity::Second),
            "m" => instant = Some(Granularity::Minute),
            "h" => instant = Some(Granularity::Hour),
            "yi" => flags.year_inferred = true,
            "di" => flags.date_inferred = true,
            "rel" => flags.relative = true,
            "z" => flags.zone_from_text = true,
            "amb" => flags.ambiguous = true,
            "skip" => flags.skipped = true,
            "wm" => flags.weekday_mismatch = true,
            "nospan" => span = false,
            "parse" => parse_only = true,
            "noscan" => noscan = true,
            _ => match w.strip_prefix("pod=") {
                Some(p @ ("night" | "morning" | "day" | "evening")) => part_of_day = Some(p.to_string()),
                _ => return Err(format!("unknown word `{w}` in `{spec}`")),
            },
        }
    }
    if has_instant != instant.is_some() {
        return Err(if has_instant {
            format!("an instant without its granularity (s, m or h): `{spec}`")
        } else {
            format!("a granularity word for a value without an instant: `{spec}`")
        });
    }
    let granularity = match (range, instant) {
        (None, Some(g)) => g,
        _ => granularity,
    };
    Ok((Want::Value(WantValue { text, granularity, instant, flags, span, part_of_day }), parse_only, noscan))
}

// ---------------------------------------------------------------------------
// `[start, end)`.

/// Midnight at the start of a day in a zone (the earliest, should a
/// zone's clocks change at midnight).
fn midnight(tz: Tz, d: NaiveDate) -> DateTime<Tz> {
    tz.from_local_datetime(&d.and_time(NaiveTime::MIN)).earliest().expect("midnight exists")
}

/// The `[start, end)` of one value (not a range) as the corpus writes it;
/// `instant` is the granularity of an instant.
fn bounds_of(v: &str, instant: Option<Granularity>, tz: Tz) -> (DateTime<Tz>, DateTime<Tz>) {
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("corpus day");
    if v.contains('T') {
        let t = DateTime::parse_from_rfc3339(v).expect("corpus instant").with_timezone(&tz);
        let step = match instant {
            Some(Granularity::Second) => TimeDelta::seconds(1),
            Some(Granularity::Minute) => TimeDelta::minutes(1),
            _ => TimeDelta::hours(1),
        };
        return (t, t + step);
    }
    if let Some((y, w)) = v.split_once("-W") {
        let monday =
            NaiveDate::from_isoywd_opt(y.parse().unwrap(), w.parse().unwrap(), Weekday::Mon).unwrap();
        return (midnight(tz, monday), midnight(tz, monday + TimeDelta::days(7)));
    }
    match v.len() {
        10 => {
            let d = day(v);
            (midnight(tz, d), midnight(tz, d.succ_opt().unwrap()))
        }
        7 => {
            let first = day(&format!("{v}-01"));
            let next = if first.month() == 12 {
                NaiveDate::from_ymd_opt(first.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(first.year(), first.month() + 1, 1)
            }
            .unwrap();
            (midnight(tz, first), midnight(tz, next))
        }
        _ => {
            let y: i32 = v.parse().expect("corpus year");
            let a = NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
            let b = NaiveDate::from_ymd_opt(y + 1, 1, 1).unwrap();
            (midnight(tz, a), midnight(tz, b))
        }
    }
}

/// The `start` of an interval open at its start (`../B`), as the crate
/// documents it on `Parsed::start`: midnight of 0001-01-01 in the output
/// zone, the first instant cyrdate handles.
pub fn open_start(tz: Tz) -> DateTime<Tz> {
    midnight(tz, NaiveDate::from_ymd_opt(1, 1, 1).unwrap())
}

/// The `end` of an interval open at its end (`A/..`), as the crate
/// documents it on `Parsed::end`: 9999-12-31T23:59:59 in the output zone,
/// the last second cyrdate handles.
pub fn open_end(tz: Tz) -> DateTime<Tz> {
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap().and_hms_opt(23, 59, 59).unwrap();
    tz.from_local_datetime(&last).earliest().expect("9999-12-31T23:59:59 exists")
}

/// The `[start, end)` a value should have; an open side is
/// [`open_start`] or [`open_end`].
pub fn span_of(w: &WantValue, tz: Tz) -> (Option<DateTime<Tz>>, Option<DateTime<Tz>>) {
    match w.text.split_once('/') {
        None => {
            let (s, e) = bounds_of(&w.text, w.instant, tz);
            (Some(s), Some(e))
        }
        Some((a, b)) => {
            let s = if a == ".." { open_start(tz) } else { bounds_of(a, w.instant, tz).0 };
            let e = if b == ".." { open_end(tz) } else { bounds_of(b, w.instant, tz).1 };
            (Some(s), Some(e))
        }
    }
}

// ---------------------------------------------------------------------------
// Checks through `parse`.

/// Checks a parsed value against an expected one: value text, granularity,
/// flags and (unless `nospan`) `[start, end)`.
pub fn check_value(p: &Parsed, w: &WantValue, tz: Tz, span: bool, bad: &mut Vec<String>) {
    let shown = p.to_string();
    if shown != w.text {
        bad.push(format!("expected {}, got {shown}", w.text));
    }
    let pod = p.part_of_day.map(|p| p.name().to_string());
    if pod != w.part_of_day {
        bad.push(format!("expected part of the day {:?}, got {pod:?} (value {shown})", w.part_of_day));
    }
    if p.granularity != w.granularity {
        bad.push(format!(
            "expected granularity {:?}, got {:?} (value {shown})",
            w.granularity, p.granularity
        ));
    }
    if p.flags != w.flags {
        let names: Vec<_> = p.flags.names().collect();
        let want: Vec<_> = w.flags.names().collect();
        bad.push(format!("expected flags {want:?}, got {names:?} (value {shown})"));
    }
    if span && w.span && shown == w.text && p.granularity == w.granularity {
        let (s, e) = span_of(w, tz);
        let off = |want: Option<DateTime<Tz>>, got: DateTime<Tz>| want.is_some_and(|t| t != got);
        if off(s, p.start) || off(e, p.end) {
            let show = |t: Option<DateTime<Tz>>| t.map_or("..".to_string(), |t| t.to_rfc3339());
            bad.push(format!(
                "value {shown}: expected [{}, {}), got [{}, {})",
                show(s),
                show(e),
                p.start.to_rfc3339(),
                p.end.to_rfc3339()
            ));
        }
    }
    if p.start.timezone() != tz || p.end.timezone() != tz {
        bad.push(format!("value {shown}: start/end are in zone {}, not {}", p.start.timezone(), tz));
    }
}

/// Checks one row through `parse`; returns every way it is wrong.
pub fn check_parse(row: &Row, ctx: &Context, tz: Tz) -> Vec<String> {
    let mut bad: Vec<String> = Vec::new();
    let input = row.input.as_str();
    let got = match catch_unwind(AssertUnwindSafe(|| ctx.parse(input))) {
        Ok(r) => r,
        Err(_) => {
            bad.push(format!("expected {}, got a PANIC", row.spec));
            return bad;
        }
    };
    match (&row.want, got) {
        (Want::Err(kind, at), Err(e)) => {
            if e.kind() != *kind {
                bad.push(format!(
                    "expected error {kind:?}, got error {:?} at {} ({e})",
                    e.kind(),
                    e.offset()
                ));
            }
            let want_at = match at {
                At::Any => None,
                At::Byte(n) => Some(*n),
                At::Text(t) => match input.find(t.as_str()) {
                    Some(n) => Some(n),
                    None => {
                        bad.push(format!("bad row: {t:?} is not in the input"));
                        None
                    }
                },
            };
            if let Some(n) = want_at {
                if e.offset() != n {
                    bad.push(format!("expected error offset {n}, got {} ({e})", e.offset()));
                }
            }
            if e.offset() > input.len() || !input.is_char_boundary(e.offset()) {
                bad.push(format!("error offset {} is not a char boundary of the input", e.offset()));
            }
        }
        (Want::Err(kind, _), Ok(p)) => {
            let names: Vec<_> = p.flags.names().collect();
            bad.push(format!("expected error {kind:?}, got {p} ({:?}, flags {names:?})", p.granularity));
        }
        (Want::Value(w), Err(e)) => {
            bad.push(format!("expected {}, got error {:?} at {}: {e}", w.text, e.kind(), e.offset()));
        }
        (Want::Value(w), Ok(p)) => check_value(&p, w, tz, true, &mut bad),
    }
    bad
}

/// One failure, with where it comes from.
pub struct Failure {
    pub file: String,
    pub line: usize,
    pub group: String,
    pub input: String,
    pub what: String,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{} [{}] {:?}: {}", self.file, self.line, self.group, self.input, self.what)
    }
}

/// Runs every row of the groups through `parse`; returns the failures and
/// the number of rows.
pub fn run_parse(groups: &[Group]) -> (Vec<Failure>, usize) {
    run(groups, |_| true, check_parse)
}

/// Runs `check` over every row of the groups that `take` keeps; returns
/// the failures, each with where it comes from, and the number of rows.
fn run(
    groups: &[Group],
    take: impl Fn(&Row) -> bool,
    check: impl Fn(&Row, &Context, Tz) -> Vec<String>,
) -> (Vec<Failure>, usize) {
    let mut failures = Vec::new();
    let mut count = 0;
    for g in groups {
        let ctx = g.context();
        for row in g.rows.iter().filter(|r| take(r)) {
            count += 1;
            for what in check(row, &ctx, g.tz) {
                failures.push(Failure {
                    file: g.file.clone(),
                    line: row.line,
                    group: g.name.clone(),
                    input: row.input.clone(),
                    what,
                });
            }
        }
    }
    (failures, count)
}

/// Prints every failure, then panics if there was any.
pub fn report(what: &str, failures: &[Failure], rows: usize) {
    if failures.is_empty() {
        return;
    }
    eprintln!("{what}: {} mismatches in {rows} rows:", failures.len());
    for f in failures {
        eprintln!("  {f}");
    }
    panic!("{what}: {} mismatches in {rows} rows (listed above)", failures.len());
}

// ---------------------------------------------------------------------------
// Agreement with extraction.

/// The sentences a value row is put into: `{}` is the input. Ordinary
/// words on both sides, in Russian and Ukrainian, and the input alone on a
/// line between two lines of text.
pub const FRAMES: &[&str] = &[
    "{}",
    "Как сообщается, {} и это всё.",
    "Як повідомляється, {} і це все.",
    "Главные новости\n{}\nчитайте также",
    "Головні новини\n{}\nчитайте також",
    "{} — сообщили в министерстве.",
    "Про це повідомили {}",
    "Заседание перенесли: {}; подробности позже.",
];

/// The prepositions that may stay outside a match (SPEC §4).
const PREPOSITIONS: &[&str] = &["в", "у", "с", "з", "о", "на", "во", "об", "со", "зі", "із"];

/// Punctuation that `parse` ignores around an expression (the rule of
/// `is_surrounding_punct` in src/lib.rs).
pub fn is_surrounding_punct(c: char) -> bool {
    (c.is_ascii_punctuation() && c != '+')
        || ('\u{00A1}'..='\u{00BF}').contains(&c)
        || ('\u{2010}'..='\u{205E}').contains(&c)
}

/// Whether the part of the input left before the match is only white
/// space, surrounding punctuation and at most one leading preposition.
fn may_lead(s: &str) -> bool {
    let s = s.trim_start_matches(|c: char| c.is_whitespace() || is_surrounding_punct(c));
    if s.is_empty() {
        return true;
    }
    let word_end = s.find(|c: char| c.is_whitespace()).unwrap_or(s.len());
    let (word, rest) = s.split_at(word_end);
    PREPOSITIONS.contains(&word.to_lowercase().as_str())
        && !rest.is_empty()
        && rest.chars().all(|c| c.is_whitespace() || is_surrounding_punct(c))
}

/// Whether the part of the input left after the match is only white space
/// and surrounding punctuation.
fn may_trail(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_surrounding_punct(c))
}

/// Runs one value row through extraction in every frame; returns every
/// disagreement (frame shown with `{}`).
pub fn check_extract(row: &Row, ctx: &Context, tz: Tz) -> Vec<String> {
    let mut bad: Vec<String> = Vec::new();
    let input = row.input.as_str();
    let w = match &row.want {
        Want::Value(w) => w,
        Want::Err(..) => return bad,
    };
    if row.parse_only {
        match catch_unwind(AssertUnwindSafe(|| ctx.extract(input).collect::<Vec<_>>())) {
            Err(_) => bad.push("extract alone: PANIC".into()),
            Ok(ms) if ms.is_empty() => {}
            Ok(ms) => {
                let found: Vec<_> = ms.iter().map(|m| format!("{:?} -> {}", m.text, m.parsed)).collect();
                bad.push(format!("a `parse` row, but extraction alone finds {}", found.join(", ")));
            }
        }
        return bad;
    }
    for frame in FRAMES {
        let (before, _) = frame.split_once("{}").expect("frame with {}");
        let text = frame.replacen("{}", input, 1);
        let (lo, hi) = (before.len(), before.len() + input.len());
        let ms = match catch_unwind(AssertUnwindSafe(|| ctx.extract(&text).collect::<Vec<_>>())) {
            Ok(ms) => ms,
            Err(_) => {
                bad.push(format!("frame {frame:?}: PANIC"));
                continue;
            }
        };
        let found =
            || ms.iter().map(|m| format!("{:?} -> {}", m.text, m.parsed)).collect::<Vec<_>>().join(", ");
        if ms.len() != 1 {
            let f = if ms.is_empty() { "nothing".to_string() } else { found() };
            bad.push(format!("frame {frame:?}: expected one match, found {} ({f})", ms.len()));
            continue;
        }
        let m = &ms[0];
        if m.start < lo || m.end > hi || !may_lead(&input[..m.start - lo]) || !may_trail(&input[m.end - lo..])
        {
            bad.push(format!("frame {frame:?}: the match is not the whole input: {}", found()));
            continue;
        }
        let mut why = Vec::new();
        check_value(&m.parsed, w, tz, false, &mut why);
        for y in why {
            bad.push(format!("frame {frame:?}: match {:?}: {y}", m.text));
        }
    }
    bad
}

/// Runs every value row that is neither `parse` nor `noscan` through
/// extraction, and every `parse` value row alone; returns the failures
/// and the number of rows checked.
pub fn run_agreement(groups: &[Group]) -> (Vec<Failure>, usize) {
    run(groups, |row| !row.noscan && !matches!(row.want, Want::Err(..)), check_extract)
}
