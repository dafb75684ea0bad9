//! The scanner: finds date expressions in free text.
//!
//! Candidates are found fast: the start of every run of ASCII digits, and
//! an Aho–Corasick automaton over a few dozen digit-free trigger stems
//! ([`TRIGGER_STEMS`]); everything else is skipped. At a candidate the text around it is cut into tokens
//! (at most [`BACK`] bytes before it, [`AHEAD`] after it) and the grammar is
//! tried at the candidate and at up to [`BACK_TOKENS`] tokens before it, so
//! that `пятница, 12 сентября` and `в прошлую пятницу` start at their first
//! word. The grammar reads the longest run of parts, so a date written over
//! several tokens (`Вчера в 09:15`, `01:15 07 сен 2025`) is one match.
//!
//! Every decision depends only on the bytes within `[candidate - BACK,
//! candidate + AHEAD)`, which is what makes the streaming form
//! ([`Stream`]) find exactly what one pass over the whole text finds.

use std::io::{self, Read};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::grammar;
use crate::lexicon::{self, Kind, Tok, TRIGGER_STEMS};
use crate::syntax::{DateExpr, Expr};
use crate::{Context, Parsed};

/// How far before a candidate a match may start, in bytes.
pub const BACK: usize = 96;
/// How far after a candidate the scanner reads, in bytes.
pub const AHEAD: usize = 256;
/// How many tokens before a candidate a match may start.
pub const BACK_TOKENS: usize = 4;
/// How much of a stream's buffer is held back until more input arrives:
/// more than `AHEAD` plus the longest UTF-8 character.
const MARGIN: usize = AHEAD + 8;

fn automaton() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        let mut pats: Vec<String> = Vec::new();
        for stem in TRIGGER_STEMS {
            let lower = stem.to_string();
            let mut title = String::new();
            let mut chars = stem.chars();
            if let Some(c) = chars.next() {
                title.extend(c.to_uppercase());
                title.push_str(chars.as_str());
            }
            let upper = stem.to_uppercase();
            for p in [lower, title, upper] {
                if !pats.contains(&p) {
                    pats.push(p);
                }
            }
        }
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&pats)
            .expect("trigger patterns build")
    })
}

/// A date found in text: its byte span, the text it covers and its value.
///
/// ```
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let ctx = cyrdate::Context::new().with_now(now);
/// let m = ctx.extract("Опубліковано 06 вересня 2025, 21:20 | Політика").next().unwrap();
/// assert_eq!((m.start, m.end), (25, 54));
/// assert_eq!(m.text, "06 вересня 2025, 21:20");
/// assert_eq!(m.parsed.to_string(), "2025-09-06T21:20:00+03:00");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match<'t> {
    /// Byte offset of the first byte of the match.
    pub start: usize,
    /// Byte offset just past the match.
    pub end: usize,
    /// The matched text.
    pub text: &'t str,
    /// Its resolved value.
    pub parsed: Parsed,
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The start of the word that contains byte `i`, or `None` when the word
/// starts more than [`LONGEST_WORD`] bytes back (no date word is that long,
/// and the walk must stay bounded).
fn word_start(text: &str, i: usize) -> Option<usize> {
    let mut s = i;
    while let Some(c) = text[..s].chars().next_back() {
        if lexicon::is_word_char(c) || lexicon::is_apostrophe(c) {
            s -= c.len_utf8();
            if i - s > LONGEST_WORD {
                return None;
            }
        } else {
            break;
        }
    }
    Some(s)
}

/// The longest word the scanner starts at, in bytes.
const LONGEST_WORD: usize = 48;

/// Where the tokens for a candidate at `s` start: up to [`BACK_TOKENS`]
/// tokens back, never before `min`.
fn window_start(text: &str, s: usize, min: usize) -> usize {
    let mut lo = s;
    for _ in 0..BACK_TOKENS {
        let mut j = lo;
        while let Some(c) = text[..j].chars().next_back() {
            if lexicon::is_space(c) {
                j -= c.len_utf8();
            } else {
                break;
            }
        }
        if j <= min {
            break;
        }
        match lexicon::token_start_before(text, j, min) {
            Some(t) => lo = t,
            None => break,
        }
    }
    lo
}

/// Tokens lexed once and shared by nearby candidates. The tokens are
/// contiguous: each starts where lexing from the one before would put it,
/// so a view that starts at any of them is what lexing from there gives.
#[derive(Default)]
struct TokenCache {
    toks: Vec<Tok>,
    /// Where lexing resumes: the end of the last token (or the start).
    end: usize,
}

impl TokenCache {
    /// Where a candidate's tokens start, from the cache when it already
    /// holds the token at `s`: up to [`BACK_TOKENS`] tokens back, none
    /// starting before `min`. The same answer as [`window_start`].
    fn start_before(&self, s: usize, min: usize) -> Option<usize> {
        let k = self.toks.binary_search_by_key(&s, |t| t.start).ok()?;
        if k < BACK_TOKENS {
            // The cache may not reach back far enough.
            return None;
        }
        let first = k - BACK_TOKENS;
        let j = first + self.toks[first..k].partition_point(|t| t.start < min);
        Some(self.toks[j].start)
    }

    /// The tokens from `lo` (a token start) that end before `hi` (unless
    /// `hi` is the end of the text), with at most `budget` of them at or
    /// after `s`.
    fn view(&mut self, text: &str, lo: usize, s: usize, hi: usize, budget: usize) -> &[Tok] {
        let idx = match self.toks.binary_search_by_key(&lo, |t| t.start) {
            Ok(i) => i,
            Err(_) => {
                self.toks.clear();
                self.end = lo;
                0
            }
        };
        let idx = if idx > 4096 {
            self.toks.drain(..idx);
            0
        } else {
            idx
        };
        loop {
            let k = idx + self.toks[idx..].partition_point(|t| t.start < s);
            let have = self.toks.len() - k;
            if have >= budget || self.end >= hi {
                break;
            }
            let before = self.toks.len();
            lexicon::lex_into(text, self.end, hi, &mut self.toks, budget - have);
            // A token that touches `hi` may have been cut there.
            if hi < text.len() {
                while self.toks.len() > before && self.toks.last().is_some_and(|t| t.end >= hi) {
                    self.toks.pop();
                }
            }
            if self.toks.len() == before {
                // Nothing more before `hi`: only space, or a cut token.
                break;
            }
            self.end = self.toks.last().map_or(self.end, |t| t.end);
        }
        let k = idx + self.toks[idx..].partition_point(|t| t.start < s);
        let stop = if hi >= text.len() {
            self.toks.len()
        } else {
            idx + self.toks[idx..].partition_point(|t| t.end < hi)
        };
        &self.toks[idx..stop.min(k + budget).max(idx)]
    }
}

/// How far past the furthest token it reported the grammar may have
/// looked without saying so (`not_continued` peeks two tokens ahead).
const PEEK: usize = 3;

/// Tokens read after the candidate at first; more only when an
/// expression runs to the last of them.
const FORWARD_TOKENS: usize = 8;

/// True when an expression may be reported from free text on its own. The
/// grammar accepts more for `parse`, where the whole input is the date.
fn strong(e: &Expr) -> bool {
    match &e.date {
        None => e.time.is_some() || e.weekday.is_some_and(|w| w.marked),
        Some(DateExpr::Calendar(c)) => c.day.is_some() || c.year.is_some(),
        Some(_) => true,
    }
}

/// True when the text around `[a, b)` says the match is part of something
/// else: a longer number, a code, a word glued to it, `№`. Reads only a few
/// bytes on either side, so the answer does not depend on how much text a
/// candidate's tokens cover.
fn glued_to_neighbours(text: &str, a: usize, b: usize) -> bool {
    let mut back = text[..a].chars().rev();
    let left = match back.next() {
        None => false,
        Some(c) if c.is_alphanumeric() || matches!(c, '№' | '#' | '_' | '=') => true,
        // `1.12.09.2025`, `v2/12:30`: a separator glued to something before.
        Some('.' | ':' | '/' | ',' | '+' | '-') => back.next().is_some_and(char::is_alphanumeric),
        // `№ 12.09.2025`
        Some(c) if lexicon::is_space(c) => {
            back.take(3).find(|c| !lexicon::is_space(*c)).is_some_and(|c| matches!(c, '№' | '#'))
        }
        Some(_) => false,
    };
    left || text[b..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The next digit at or after `i` that starts a run of digits, or `None`.
fn next_number(bytes: &[u8], mut i: usize) -> Option<usize> {
    loop {
        let p = i + bytes.get(i..)?.iter().position(u8::is_ascii_digit)?;
        if p == 0 || !bytes[p - 1].is_ascii_digit() {
            return Some(p);
        }
        // Inside a run already passed over: skip to its end.
        i = p + bytes[p..].iter().position(|b| !b.is_ascii_digit()).unwrap_or(bytes.len() - p);
    }
}

/// Scans one UTF-8 text. Candidates at `[from, limit)` are examined;
/// matches start at or after `floor`. Each match is given to `out` with
/// offsets relative to `text`. Returns the end of the last match (or
/// `floor`).
pub(crate) fn scan_text<'t>(
    ctx: &Context,
    text: &'t str,
    from: usize,
    limit: usize,
    mut floor: usize,
    out: &mut dyn FnMut(Match<'t>),
) -> usize {
    let bytes = text.as_bytes();
    let mut resume = from.max(floor);
    if resume >= limit {
        return floor;
    }
    let mut words = automaton().find_iter(aho_corasick::Input::new(text).span(resume..text.len())).peekable();
    let mut number = next_number(bytes, resume);
    let mut cache = TokenCache::default();
    // Start tokens already tried and rejected with an answer that more text
    // could not change: later candidates skip them.
    let mut settled: Vec<usize> = Vec::new();
    loop {
        // The next candidate: a number, or a trigger word, whichever is first.
        while number.is_some_and(|n| n < resume) {
            number = next_number(bytes, resume);
        }
        while words.peek().is_some_and(|w| w.start() < resume) {
            words.next();
        }
        let word_at = words.peek().map(|w| w.start());
        let s = match (number, word_at) {
            (Some(n), Some(w)) if w < n => {
                words.next();
                match word_start(text, w) {
                    Some(s) => s,
                    None => continue,
                }
            }
            (Some(n), _) => {
                number = next_number(bytes, n + 1);
                n
            }
            (None, Some(w)) => {
                words.next();
                match word_start(text, w) {
                    Some(s) => s,
                    None => continue,
                }
            }
            (None, None) => break,
        };
        if s >= limit {
            if word_at.is_none_or(|w| w >= limit) && number.is_none_or(|n| n >= limit) {
                break;
            }
            continue;
        }
        if s < floor {
            continue;
        }
        let min = s.saturating_sub(BACK).max(floor);
        let hi = floor_char(text, (s + AHEAD).min(text.len()));
        let lo = cache.start_before(s, min).unwrap_or_else(|| window_start(text, s, min));
        settled.retain(|&x| x >= lo);
        let mut found = None;
        let mut budget = FORWARD_TOKENS;
        let mut k_end = None;
        let mut first_j = 0;
        loop {
            let view = cache.view(text, lo, s, hi, budget);
            let Some(k) = view.iter().position(|t| t.start >= s) else { break };
            let capped = view.len() - k == budget;
            k_end = Some(view[k].end);
            let mut ran_out = false;
            // The grammar never reads a word the lexicon does not know: an
            // expression that covers the candidate starts after the last
            // such word before it.
            let barrier = view[..k].iter().rposition(|t| t.kind == Kind::Word(&[])).map_or(0, |b| b + 1);
            for j in k.saturating_sub(BACK_TOKENS).max(first_j).max(barrier)..=k {
                if !grammar::can_start(&view[j]) || settled.contains(&view[j].start) {
                    continue;
                }
                if matches!(view[j].kind, Kind::Num { .. }) && !grammar::num_may_start(view.get(j + 1)) {
                    continue;
                }
                // The view may have been cut after `budget` tokens: when the
                // grammar got near its end, read on and try again from this
                // start, so that the answer is the one a whole text gives.
                let (e, n) = match grammar::expression(&view[j..]) {
                    Ok((_, _, f)) if capped && j + f + PEEK >= view.len() => {
                        ran_out = true;
                        first_j = j;
                        break;
                    }
                    Err(f) if capped && j + f + PEEK >= view.len() => {
                        ran_out = true;
                        first_j = j;
                        break;
                    }
                    Ok((e, n, _)) => (e, n),
                    Err(_) => {
                        // More text could not change this answer.
                        settled.push(view[j].start);
                        continue;
                    }
                };
                let (a, b) = (view[j].start, view[j + n - 1].end);
                if j + n <= k || !strong(&e) || glued_to_neighbours(text, a, b) {
                    settled.push(view[j].start);
                    continue;
                }
                match ctx.resolve(&e) {
                    Ok(p) => {
                        found = Some((a, b, p));
                        break;
                    }
                    Err(_) => settled.push(view[j].start),
                }
            }
            if ran_out && budget < 256 {
                budget *= 2;
                continue;
            }
            break;
        }
        match found {
            Some((a, b, parsed)) => {
                out(Match { start: a, end: b, text: &text[a..b], parsed });
                floor = b;
                resume = b;
            }
            None => {
                // Skip the rest of this number or word.
                if let Some(e) = k_end {
                    resume = resume.max(e);
                }
            }
        }
    }
    floor
}

/// An iterator over the dates in a `&str`, from [`Context::extract`].
///
/// ```
/// let now = chrono::DateTime::parse_from_rfc3339("2025-12-14T20:00:00+02:00").unwrap();
/// let ctx = cyrdate::Context::new().with_now(now);
/// let found: Vec<String> = ctx
///     .extract("Оновлено: Вчора о 09:15, ціна 1 500 грн; 5 хв. тому")
///     .map(|m| format!("{} = {}", m.text, m.parsed))
///     .collect();
/// assert_eq!(found, ["Вчора о 09:15 = 2025-12-13T09:15:00+02:00", "5 хв. тому = 2025-12-14T19:55:00+02:00"]);
/// ```
pub struct Matches<'t> {
    found: std::vec::IntoIter<Match<'t>>,
}

impl<'t> Iterator for Matches<'t> {
    type Item = Match<'t>;
    fn next(&mut self) -> Option<Match<'t>> {
        self.found.next()
    }
}

/// One piece of a scanned byte stream, in order: bytes that are not part
/// of a date, or a date.
#[derive(Debug)]
pub enum Piece<'a> {
    /// Bytes to pass through unchanged (any bytes, not only UTF-8).
    Text(&'a [u8]),
    /// A date, with offsets from the start of the stream.
    Date(Match<'a>),
}

/// Splits bytes into their valid UTF-8 runs: `(offset, text)`. An
/// incomplete character at the very end is left out when `eof` is false.
fn utf8_runs(bytes: &[u8]) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        while pos < bytes.len() {
            let rest = &bytes[pos..];
            // simdutf8's `compat` API is std's, several times faster on
            // Cyrillic text (std validates non-ASCII one character at a time).
            let (valid, skip) = match simdutf8::compat::from_utf8(rest) {
                Ok(s) => (s, rest.len()),
                Err(e) => {
                    let v = e.valid_up_to();
                    let bad = e.error_len().unwrap_or(rest.len() - v);
                    (std::str::from_utf8(&rest[..v]).unwrap_or(""), v + bad.max(1))
                }
            };
            let at = pos;
            pos += skip;
            if !valid.is_empty() {
                return Some((at, valid));
            }
        }
        None
    })
}

/// The streaming scanner: feed it bytes in chunks of any size and it hands
/// out [`Piece`]s in order, holding back only the last few hundred bytes
/// until it knows no date crosses them.
///
/// ```
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let ctx = cyrdate::Context::new().with_now(now);
/// let mut stream = cyrdate::Stream::new(ctx);
/// let mut out = Vec::new();
/// for chunk in "Киев, 9 ию".as_bytes().chunks(3).chain(["ля 2025\n".as_bytes()]) {
///     stream.feed(chunk, &mut |p| { if let cyrdate::Piece::Date(m) = p { out.push(m.parsed.to_string()) }; Ok(()) }).unwrap();
/// }
/// stream.finish(&mut |p| { if let cyrdate::Piece::Date(m) = p { out.push(m.parsed.to_string()) }; Ok(()) }).unwrap();
/// assert_eq!(out, ["2025-07-09"]);
/// ```
pub struct Stream {
    ctx: Context,
    buf: Vec<u8>,
    /// Absolute offset of `buf[0]`.
    base: usize,
    /// Candidates before this (relative) offset were already examined.
    scanned: usize,
    /// No match may start before this (relative) offset.
    floor: usize,
}

/// Bytes read from a reader at a time.
const CHUNK: usize = 64 * 1024;

impl Stream {
    /// A stream scanner resolving in `ctx`.
    ///
    /// ```
    /// let s = cyrdate::Stream::new(cyrdate::Context::new());
    /// # drop(s);
    /// ```
    pub fn new(ctx: Context) -> Self {
        Stream { ctx, buf: Vec::with_capacity(CHUNK + 2 * MARGIN), base: 0, scanned: 0, floor: 0 }
    }

    /// Feeds the next bytes; `sink` receives every piece that is final.
    ///
    /// ```
    /// let mut s = cyrdate::Stream::new(cyrdate::Context::new());
    /// let mut n = 0;
    /// s.feed(b"no dates here", &mut |_| { n += 1; Ok(()) }).unwrap();
    /// s.finish(&mut |_| { n += 1; Ok(()) }).unwrap();
    /// assert!(n >= 1);
    /// ```
    pub fn feed(
        &mut self,
        bytes: &[u8],
        sink: &mut dyn FnMut(Piece<'_>) -> io::Result<()>,
    ) -> io::Result<()> {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= CHUNK.min(4 * MARGIN) {
            self.process(false, sink)?;
        }
        Ok(())
    }

    /// Ends the stream: hands out everything still held.
    ///
    /// ```
    /// let mut s = cyrdate::Stream::new(cyrdate::Context::new());
    /// let mut text = Vec::new();
    /// s.feed(b"abc", &mut |_| Ok(())).unwrap();
    /// s.finish(&mut |p| { if let cyrdate::Piece::Text(t) = p { text.extend_from_slice(t) }; Ok(()) }).unwrap();
    /// assert_eq!(text, b"abc");
    /// ```
    pub fn finish(&mut self, sink: &mut dyn FnMut(Piece<'_>) -> io::Result<()>) -> io::Result<()> {
        self.process(true, sink)
    }

    fn process(&mut self, eof: bool, sink: &mut dyn FnMut(Piece<'_>) -> io::Result<()>) -> io::Result<()> {
        let len = self.buf.len();
        let limit = if eof { len } else { len.saturating_sub(MARGIN) };
        let mut matches: Vec<(usize, usize, Match<'_>)> = Vec::new();
        let (scanned, mut floor) = (self.scanned, self.floor);
        if limit > scanned {
            for (at, text) in utf8_runs(&self.buf) {
                let end = at + text.len();
                if end <= scanned.max(floor) || at >= limit {
                    continue;
                }
                let rel = |x: usize| x.saturating_sub(at).min(text.len());
                let ctx = self.ctx;
                let mut found = Vec::new();
                let f = scan_text(&ctx, text, rel(scanned), rel(limit), rel(floor), &mut |m| found.push(m));
                if !found.is_empty() {
                    floor = floor.max(at + f);
                }
                for m in found {
                    matches.push((at + m.start, at + m.end, m));
                }
            }
        }
        // Everything before `keep` is final: candidates after `limit` may
        // look back up to BACK bytes, and no match may be cut.
        // Candidates after `limit` start up to LONGEST_WORD bytes before
        // their trigger, look back up to BACK bytes and then one character
        // more: keep that much, so that they see the same bytes.
        let keep = if eof {
            len
        } else {
            limit.saturating_sub(BACK + LONGEST_WORD + 16).max(floor.min(len)).max(self.floor.min(len))
        };
        let mut pos = 0;
        for (a, b, mut m) in matches {
            if a > pos {
                sink(Piece::Text(&self.buf[pos..a]))?;
            }
            m.start = self.base + a;
            m.end = self.base + b;
            sink(Piece::Date(m))?;
            pos = b;
        }
        let keep = keep.max(pos);
        if keep > pos {
            sink(Piece::Text(&self.buf[pos..keep]))?;
        }
        self.scanned = limit.max(self.scanned).saturating_sub(keep);
        self.floor = floor.saturating_sub(keep);
        self.buf.drain(..keep);
        self.base += keep;
        Ok(())
    }

    /// Reads `reader` to its end through this scanner.
    ///
    /// ```
    /// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    /// let mut s = cyrdate::Stream::new(cyrdate::Context::new().with_now(now));
    /// let mut dates = Vec::new();
    /// s.read_all(&b"\xff 07.09.2025 \xfe"[..], &mut |p| {
    ///     if let cyrdate::Piece::Date(m) = p { dates.push((m.start, m.parsed.to_string())) }
    ///     Ok(())
    /// }).unwrap();
    /// assert_eq!(dates, [(2, "2025-09-07".to_string())]);
    /// ```
    pub fn read_all<R: Read>(
        &mut self,
        mut reader: R,
        sink: &mut dyn FnMut(Piece<'_>) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut chunk = vec![0u8; CHUNK];
        loop {
            let n = match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            self.feed(&chunk[..n], sink)?;
        }
        self.finish(sink)
    }
}

impl Context {
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
        let mut found = Vec::new();
        scan_text(self, text, 0, text.len(), 0, &mut |m| found.push(m));
        Matches { found: found.into_iter() }
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
        let mut found = Vec::new();
        for (at, text) in utf8_runs(bytes) {
            scan_text(self, text, 0, text.len(), 0, &mut |mut m| {
                m.start += at;
                m.end += at;
                found.push(m)
            });
        }
        Matches { found: found.into_iter() }
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
        let mut first = None;
        let mut sink = |m: Match<'_>| {
            if first.is_none() {
                first = Some(m.parsed);
            }
        };
        scan_text(self, text, 0, text.len(), 0, &mut sink);
        first
    }
}
