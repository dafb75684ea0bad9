//! The scanner: finds date expressions in free text.
//!
//! The text is cut into tokens in one forward pass ([`lexicon::lex_into`]:
//! every word is folded and looked up as it is read, a few instructions a
//! letter). The grammar is tried only around *anchors*
//! ([`Tok::anchor`]): numbers, and the few words that a date written
//! without digits must hold (`вчора`, `назад`, `пятницу`, `прошлой`...). At
//! an anchor it is tried from up to [`BACK_TOKENS`] tokens before it (never
//! across a word the lexicon does not know), so that `пятница, 12 сентября`
//! and `в прошлую пятницу` start at their first word. The grammar reads the
//! longest run of parts, so a date written over several tokens (`Вчера в
//! 09:15`, `01:15 07 сен 2025`) is one match.
//!
//! Every decision about an anchor at `s` depends only on the bytes within
//! `[s - BACK - BEHIND, s + AHEAD)` and on where the last match before it
//! ended (with `BEHIND` bytes before that end), which is what makes the
//! streaming form ([`Stream`]) find exactly what one pass over the whole
//! text finds.

use std::io::{self, Read};

use crate::grammar;
use crate::lexicon::{self, Tok};
use crate::{Context, Parsed};

/// How far before an anchor a match may start, in bytes.
pub const BACK: usize = 96;
/// How far after an anchor the scanner reads, in bytes.
pub const AHEAD: usize = 256;
/// How many tokens before an anchor a match may start.
pub const BACK_TOKENS: usize = 4;
/// How many bytes before `BACK` a decision may read: the characters that
/// tell whether a token starts there, and what a match is glued to.
const BEHIND: usize = 32;
/// How much of a stream's buffer is held back until more input arrives:
/// more than `AHEAD` plus the longest UTF-8 character.
const MARGIN: usize = AHEAD + 8;
/// Tokens lexed at a time.
const LEX_BATCH: usize = 64;
/// How far past the furthest token it reported the grammar may have
/// looked without saying so (`not_continued` peeks two tokens ahead).
const PEEK: usize = 3;

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

/// How `normalise` writes a date (SPEC §4): its value in place of the
/// text (`Iso`, the default), or the text followed by its value in
/// brackets (`Annotate`: `9 июля [2025-07-09]`). `str::parse` reads the
/// names the CLI's `--format` and Python's `format=` take.
///
/// ```
/// use cyrdate::Format;
/// let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
/// let ctx = cyrdate::Context::new().with_now(now);
/// let m = ctx.extract("Опубліковано 06.09.2025").next().unwrap();
/// let mut out = Vec::new();
/// "annotate".parse::<Format>().unwrap().write(&m, &mut out).unwrap();
/// assert_eq!(out, "06.09.2025 [2025-09-06]".as_bytes());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Format {
    /// The value in place of the text.
    #[default]
    Iso,
    /// The text, a space, and the value in brackets.
    Annotate,
}

impl Format {
    /// Every format, in the order of [`Format::NAMES`].
    pub const ALL: [Format; 2] = [Format::Iso, Format::Annotate];
    /// The names the CLI (`--format`) and the Python package (`format=`)
    /// take.
    pub const NAMES: &'static [&'static str] = &["iso", "annotate"];

    /// The format's name, which `str::parse` reads back.
    ///
    /// ```
    /// assert_eq!(cyrdate::Format::Annotate.name(), "annotate");
    /// ```
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }

    /// Writes a match as this format prints it.
    pub fn write<W: io::Write + ?Sized>(self, m: &Match<'_>, out: &mut W) -> io::Result<()> {
        match self {
            Format::Iso => write!(out, "{}", m.parsed),
            Format::Annotate => write!(out, "{} [{}]", m.text, m.parsed),
        }
    }
}

impl std::str::FromStr for Format {
    type Err = crate::UnknownName;

    fn from_str(s: &str) -> Result<Self, crate::UnknownName> {
        crate::context::by_name(s, "format", &Self::ALL, Self::NAMES)
    }
}

/// `bytes` with every match of `found` (found in those bytes, in order)
/// written as `format` writes it, every other byte copied.
pub(crate) fn splice(bytes: &[u8], found: Matches<'_>, format: Format) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 8);
    let mut pos = 0;
    for m in found {
        out.extend_from_slice(&bytes[pos..m.start]);
        format.write(&m, &mut out).expect("writing to a Vec cannot fail");
        pos = m.end;
    }
    out.extend_from_slice(&bytes[pos..]);
    out
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The tokens of a text, lexed ahead on demand, with the ones far behind
/// dropped: memory stays bounded on texts of any length.
struct Tokens<'t, 'b> {
    text: &'t str,
    /// The caller's buffer, reused from one text to the next.
    toks: &'b mut Vec<Tok>,
    /// Where lexing resumes: the end of the last token.
    lexed: usize,
    /// True once every token of the text is in `toks`.
    done: bool,
}

impl<'t, 'b> Tokens<'t, 'b> {
    fn new(text: &'t str, from: usize, toks: &'b mut Vec<Tok>) -> Self {
        toks.clear();
        Tokens { text, toks, lexed: from, done: from >= text.len() }
    }

    /// Lexes the next batch; false at the end of the text.
    fn more(&mut self) -> bool {
        if self.done {
            return false;
        }
        let before = self.toks.len();
        lexicon::lex_into(self.text, self.lexed, self.text.len(), self.toks, LEX_BATCH);
        let made = self.toks.len() - before;
        if let Some(t) = self.toks.last() {
            self.lexed = t.end;
        }
        self.done = made < LEX_BATCH;
        made > 0
    }

    /// Lexes on until every token that ends before `hi` is in.
    fn reach(&mut self, hi: usize) {
        while self.lexed < hi && self.more() {}
    }

    /// Drops the tokens before index `keep`; returns how many were dropped.
    fn forget(&mut self, keep: usize) -> usize {
        self.toks.drain(..keep);
        keep
    }
}

/// True when the text around `[a, b)` says the match is part of something
/// else: a longer number, a code, a word glued to it, `№`. Reads only a few
/// bytes on either side, so the answer does not depend on how much text a
/// candidate's tokens cover.
fn glued_to_neighbours(text: &str, a: usize, b: usize) -> bool {
    let mut back = text[..a].chars().rev();
    // A sign (`+15 минут`, `-3 года`) only at the start of a line or after
    // a space (SPEC §6): not `(+39 секунда)`, `5-3 года`.
    if matches!(text.as_bytes()[a], b'+' | b'-') && !back.clone().next().is_none_or(char::is_whitespace) {
        return true;
    }
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
    // A Cyrillic word with a capital letter glued after a match opens the
    // next element of the page (`03.11.2023Рішення`, `10:42Українська`:
    // SPEC §1); a glued word in lower case, a Latin one or a digit does not.
    left || text[b..].chars().next().is_some_and(|c| c.is_alphanumeric() && !lexicon::is_cyrillic_capital(c))
}

/// True when a number, or a number and a dash, stands right before `a`
/// (`2-3 года назад`, `5 года`): reads a few bytes back.
fn after_number(text: &str, a: usize) -> bool {
    // Spaces are skipped, a line break is a border (`2:1⏎годину тому`).
    let mut back = text[..a]
        .chars()
        .rev()
        .take(8)
        .take_while(|c| !matches!(c, '\n' | '\r'))
        .filter(|c| !lexicon::is_space(*c));
    match back.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some(c) if lexicon::is_dash(c) => back.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// True when the tokens before a candidate end with a street word (`ул. 8
/// Марта`, `на вулиці 8 Березня`, `проспект 40-летия`): a street named
/// after a date is no date (SPEC §6).
fn after_street(before: &[Tok]) -> bool {
    let mut back = before.iter().rev();
    let mut t = back.next();
    if t.is_some_and(|t| t.is_punct('.')) {
        t = back.next();
    }
    t.is_some_and(|t| t.meanings().contains(&lexicon::Meaning::Street))
}

/// Scans one UTF-8 text. Anchors at `[from, limit)` are examined;
/// matches start at or after `floor`. Each match is given to `out` with
/// offsets relative to `text`. Returns the end of the last match (or
/// `floor`).
pub(crate) fn scan_text<'t>(
    ctx: &Context,
    text: &'t str,
    from: usize,
    limit: usize,
    mut floor: usize,
    toks: &mut Vec<Tok>,
    out: &mut dyn FnMut(Match<'t>),
) -> usize {
    let mut resume = from.max(floor);
    // An anchor starts with a digit or a letter: a stretch with neither
    // (punctuation, a run between invalid bytes) has none.
    let anchor_byte = |b: &u8| b.is_ascii_alphanumeric() || (0xD0..=0xD3).contains(b);
    if resume >= limit || !text.as_bytes()[resume..limit].iter().any(anchor_byte) {
        return floor;
    }
    // The first anchor's tokens start no earlier than this.
    let start = lexicon::boundary_at_or_after(text, resume.saturating_sub(BACK).max(floor));
    let mut tokens = Tokens::new(text, start, toks);
    // Start tokens already tried and rejected with an answer that more text
    // could not change: later anchors skip them.
    let mut settled: Vec<usize> = Vec::new();
    let mut i = 0;
    // The end of the last anchor's view: views end no earlier as anchors
    // move on, so it is found by walking forward.
    let mut stop: usize = 0;
    loop {
        // On to the next anchor at or after `resume` (or to `limit`),
        // lexing on as needed, and dropping tokens far behind.
        let next = tokens.toks[i..].iter().position(|t| (t.anchor && t.start >= resume) || t.start >= limit);
        i = next.map_or(tokens.toks.len(), |p| i + p);
        if i > 16 * LEX_BATCH {
            let dropped = tokens.forget(i - BACK_TOKENS);
            i -= dropped;
            stop = stop.saturating_sub(dropped);
        }
        if next.is_none() {
            if tokens.more() {
                continue;
            }
            break;
        }
        let t = tokens.toks[i];
        if t.start >= limit {
            break;
        }
        let s = t.start;
        let hi = floor_char(text, (s + AHEAD).min(text.len()));
        tokens.reach(hi);
        let toks = &*tokens.toks;
        // The anchor's view: up to BACK_TOKENS tokens before it, none
        // starting before `min`, and the tokens that end before `hi`.
        let min = s.saturating_sub(BACK).max(floor);
        let lo = (i.saturating_sub(BACK_TOKENS)..i).find(|&x| toks[x].start >= min).unwrap_or(i);
        if hi >= text.len() {
            stop = toks.len();
        } else {
            stop = stop.max(i);
            while toks.get(stop).is_some_and(|t| t.end < hi) {
                stop += 1;
            }
        }
        if stop <= i {
            // The anchor itself runs past `hi` (a number of 256 digits).
            i += 1;
            continue;
        }
        let view = &toks[lo..stop];
        let k = i - lo;
        if !settled.is_empty() {
            settled.retain(|&x| x >= view[0].start);
        }
        // The grammar never reads a word the lexicon does not know: an
        // expression that covers the anchor starts after the last such
        // word before it.
        let barrier = view[..k].iter().rposition(|t| t.is_unknown_word()).map_or(0, |b| b + 1);
        let mut found = None;
        // The end of an expression that reads as a date but is none (`32
        // августа 2014`): nothing of it may be reported (SPEC §2).
        let mut dead = None;
        for j in barrier..=k {
            if !grammar::may_start(&view[j..]) || settled.contains(&view[j].start) {
                continue;
            }
            let (result, furthest) = match grammar::expression(&view[j..], Some(text)) {
                Ok((e, n, f)) => (Some((e, n)), f),
                Err(f) => (None, f),
            };
            // An answer that reached the end of a view cut at `hi` could
            // change with more text: it is not remembered.
            let last = hi >= text.len() || j + furthest + PEEK < view.len();
            // A match covers the anchor, stands on its own, is glued to
            // nothing and resolves.
            let accepted = result.and_then(|(e, n)| {
                let (a, b) = (view[j].start, view[j + n - 1].end);
                if j + n <= k
                    || !grammar::stands_alone(&e)
                    || glued_to_neighbours(text, a, b)
                    || (grammar::opens_with_implied_one(&e) && after_number(text, a))
                    || after_street(&toks[..lo + j])
                {
                    return None;
                }
                let p = ctx.resolve(&e);
                if p.is_err() {
                    dead = Some(b);
                }
                p.ok().map(|p| (a, b, p))
            });
            if accepted.is_some() || dead.is_some() {
                found = accepted;
                break;
            }
            if last {
                settled.push(view[j].start);
            }
        }
        match found {
            Some((a, b, parsed)) => {
                out(Match { start: a, end: b, text: &text[a..b], parsed });
                floor = b;
                resume = b;
            }
            None => match dead {
                Some(b) => {
                    floor = b;
                    resume = b;
                }
                None => i += 1,
            },
        }
    }
    floor
}

/// An iterator over the dates in a `&str` (from [`Context::extract`]) or
/// in bytes (from [`Context::extract_bytes`]). It scans as it is read, a
/// stretch of [`MATCH_CHUNK`] bytes at a time: it holds the matches of one
/// stretch, never those of the whole text, and stops scanning when it is
/// dropped (`first_date` reads no further than its first date).
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
    ctx: Context,
    /// The runs of valid UTF-8 still to scan (the one run of a `&str`).
    runs: Runs<'t>,
    /// The run being scanned.
    run: Option<Run<'t>>,
    toks: Vec<Tok>,
    /// How many bytes of anchors to examine at a time: [`MATCH_CHUNK`].
    chunk: usize,
    /// The matches of the last stretch not yet handed out.
    found: std::collections::VecDeque<Match<'t>>,
}

/// How many bytes of anchors [`Matches`] examines at a time. Scanning a
/// text a stretch at a time finds what one pass finds (the property
/// [`Stream`] rests on: a decision about an anchor reads only the bytes
/// near it and where the last match ended).
const MATCH_CHUNK: usize = 64 * 1024;

/// A run of valid UTF-8 being scanned: its offset in the input, its text,
/// where the next stretch of anchors starts, and the end of the last match
/// in it.
struct Run<'t> {
    at: usize,
    text: &'t str,
    from: usize,
    floor: usize,
}

enum Runs<'t> {
    Text(Option<&'t str>),
    Bytes(Utf8Runs<'t>),
}

impl<'t> Iterator for Runs<'t> {
    type Item = (usize, &'t str);
    fn next(&mut self) -> Option<(usize, &'t str)> {
        match self {
            Runs::Text(text) => text.take().map(|t| (0, t)),
            Runs::Bytes(runs) => runs.next().map(|(at, text, _)| (at, text)),
        }
    }
}

impl<'t> Matches<'t> {
    fn new(ctx: &Context, runs: Runs<'t>) -> Self {
        Matches {
            ctx: *ctx,
            runs,
            run: None,
            toks: Vec::new(),
            chunk: MATCH_CHUNK,
            found: Default::default(),
        }
    }
}

impl<'t> Iterator for Matches<'t> {
    type Item = Match<'t>;
    fn next(&mut self) -> Option<Match<'t>> {
        loop {
            if let Some(m) = self.found.pop_front() {
                return Some(m);
            }
            let run = match &mut self.run {
                Some(run) if run.from < run.text.len() => run,
                _ => {
                    let (at, text) = self.runs.next()?;
                    self.run = Some(Run { at, text, from: 0, floor: 0 });
                    continue;
                }
            };
            // A stretch ends at a token boundary: the next one then starts
            // its lexing close by, never inside a long word or number that
            // it would read again (one 4 MB word is read once).
            let limit = lexicon::boundary_at_or_after(run.text, run.from + self.chunk);
            let (at, found) = (run.at, &mut self.found);
            run.floor =
                scan_text(&self.ctx, run.text, run.from, limit, run.floor, &mut self.toks, &mut |mut m| {
                    m.start += at;
                    m.end += at;
                    found.push_back(m);
                });
            run.from = limit;
        }
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

/// How long a run `utf8_runs` reads a character at a time before it
/// hands the rest of it to simdutf8.
const SHORT_RUN: usize = 64;

/// What `utf8_runs` knows of an ASCII byte: [`WORD`] for a letter or an
/// ASCII apostrophe (a byte of a word), [`DIGIT`] for a digit.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() || c == b'\'' || c == b'`' {
            WORD
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};
const WORD: u8 = 1;
const DIGIT: u8 = 2;

/// True when the lexer finds an anchor token in `text` alone.
fn lexes_to_anchor(text: &str, toks: &mut Vec<Tok>) -> bool {
    const MAX: usize = 64;
    toks.clear();
    lexicon::lex_into(text, 0, text.len(), toks, MAX);
    toks.len() >= MAX || toks.iter().any(|t| t.anchor)
}

/// The tables of [`utf8_runs`], worked out by the lexer itself, once, so
/// that they follow the lexicon.
struct RunTables {
    /// The stretches of one or two bytes that lex to an anchor (`q`; a
    /// Latin `o` read as `о` is none): bit `b` for the byte `b`, bit
    /// `a << 8 | b` for the bytes `a`, `b` (two ASCII bytes or one
    /// character).
    short: [u64; 1024],
    /// Per byte: bit 0 for an ASCII word byte; bit 1 for a byte flagged on
    /// its own (a digit, a letter of an anchor word of one or two ASCII
    /// letters); bits 2 to 5 for a byte flagged when the byte after it has
    /// the same bit in `next` (a Cyrillic letter, the apostrophes `’` `‘`
    /// `ʼ` `´`).
    class: [u8; 256],
    next: [u8; 256],
}

fn run_tables() -> &'static RunTables {
    static TABLES: std::sync::OnceLock<Box<RunTables>> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Box::new(RunTables { short: [0; 1024], class: [0; 256], next: [0; 256] });
        let mut toks = Vec::new();
        let ascii: Vec<u8> = (0..128u8).filter(|&b| ASCII_CLASS[usize::from(b)] == WORD).collect();
        let mut words: Vec<Vec<u8>> = ascii.iter().map(|&a| vec![a]).collect();
        words.extend(ascii.iter().flat_map(|&a| ascii.iter().map(move |&b| vec![a, b])));
        words.extend(('\u{80}'..='\u{7FF}').map(|c| c.to_string().into_bytes()));
        for word in words {
            let text = std::str::from_utf8(&word).unwrap_or_default();
            if lexes_to_anchor(text, &mut toks) {
                let bit = word.iter().fold(0, |k, &b| k << 8 | usize::from(b));
                t.short[bit / 64] |= 1 << (bit % 64);
                // An anchor word of one or two ASCII letters flags its letters.
                if word.iter().all(u8::is_ascii_alphabetic) {
                    for &b in &word {
                        t.class[usize::from(b)] |= 2;
                    }
                }
            }
        }
        for (class, ascii) in t.class.iter_mut().zip(ASCII_CLASS) {
            *class |= match ascii {
                WORD => 1,
                DIGIT => 2,
                _ => 0,
            };
        }
        for (lead, next, bit) in [
            (0xD0..=0xD3, 0x80..=0xBF, 4),
            (0xE2..=0xE2, 0x80..=0x80, 8),
            (0xCA..=0xCA, 0xBC..=0xBC, 16),
            (0xC2..=0xC2, 0xB4..=0xB4, 32),
        ] {
            for b in lead {
                t.class[b] |= bit;
            }
            for b in next {
                t.next[b] |= bit;
            }
        }
        t
    })
}

/// The length of the valid UTF-8 character that starts `rest` with the
/// non-ASCII byte `rest[0]`; else `Err` with the length of the invalid
/// sequence there, as std's `Utf8Chunks` counts it (the longest prefix of
/// a valid character, at least one byte; a character cut by the end is
/// invalid).
#[inline]
fn wide_char(rest: &[u8]) -> Result<usize, usize> {
    let cont = |k: usize, lo: u8, hi: u8| rest.get(k).is_some_and(|b| (lo..=hi).contains(b));
    let (n, lo, hi) = match rest[0] {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return Err(1),
    };
    if !cont(1, lo, hi) {
        return Err(1);
    }
    for k in 2..n {
        if !cont(k, 0x80, 0xBF) {
            return Err(k);
        }
    }
    Ok(n)
}

/// The valid UTF-8 runs of some bytes (see [`utf8_runs`]).
struct Utf8Runs<'a> {
    bytes: &'a [u8],
    pos: usize,
    all: bool,
    table: &'static RunTables,
    toks: Vec<Tok>,
    /// The last block `next_flag` read: its offset, word bytes and flags.
    block: (usize, u64, u64),
    /// The text of a long run, as `step` checked it.
    text: &'a str,
}

/// Splits bytes into their valid UTF-8 runs: `(offset, text, maybe)`,
/// where `maybe` is false only for a run that holds no anchor token (the
/// scanner examines nothing else), which scanning passes by. Those are
/// left out unless `all`.
///
/// An anchor token is a number, which starts with an ASCII digit, or a
/// word: letters (ASCII, Cyrillic) with apostrophes between them, read by
/// the lexer from nothing but its own bytes. So a run is read as
/// stretches of bytes that may be part of a word (ASCII letters and
/// apostrophes, and every character beyond ASCII) between ASCII bytes
/// that cannot: a stretch of one or two bytes is looked up in
/// [`RunTables`], a longer one is lexed alone. A run that goes on for
/// [`SHORT_RUN`] bytes is text, and scanned. Between invalid bytes (binary
/// data) runs are a few bytes long and most hold no anchor: they are read
/// here a byte at a time and not scanned at all.
fn utf8_runs(bytes: &[u8], all: bool) -> Utf8Runs<'_> {
    Utf8Runs {
        bytes,
        pos: 0,
        all,
        table: run_tables(),
        toks: Vec::new(),
        block: (usize::MAX - 64, 0, 0),
        text: "",
    }
}

impl<'a> Utf8Runs<'a> {
    /// Whether the stretch `bytes[p - stretch..p]` with last two bytes
    /// `key` may hold an anchor.
    #[inline]
    fn stretch_anchors(&mut self, p: usize, stretch: usize, key: usize) -> bool {
        if stretch <= 2 {
            return self.table.short[key / 64] >> (key % 64) & 1 != 0;
        }
        let text = std::str::from_utf8(&self.bytes[p - stretch..p]).unwrap_or_default();
        lexes_to_anchor(text, &mut self.toks)
    }

    /// Reads the valid run at `pos` and the invalid bytes after it (or
    /// only these): its end and whether it may hold an anchor. Moves `pos`
    /// past both.
    fn step(&mut self) -> (usize, bool) {
        let bytes = self.bytes;
        let len = bytes.len();
        // `maybe` once the run may hold an anchor; the stretch being read
        // has `stretch` bytes, the last two in `key`.
        let run = self.pos;
        let mut p = run;
        let mut maybe = false;
        let mut stretch = 0usize;
        let mut key = 0usize;
        while p < len {
            let b = bytes[p];
            if b < 0x80 {
                let class = ASCII_CLASS[usize::from(b)];
                if class & WORD != 0 {
                    stretch += 1;
                    key = (key << 8 | usize::from(b)) & 0xFFFF;
                } else {
                    maybe |= class & DIGIT != 0 || (stretch > 0 && self.stretch_anchors(p, stretch, key));
                    (stretch, key) = (0, 0);
                }
                p += 1;
            } else {
                match wide_char(&bytes[p..]) {
                    Ok(n) => {
                        stretch += n;
                        key = usize::from(b) << 8 | usize::from(bytes[p + 1]);
                        p += n;
                    }
                    Err(n) => {
                        maybe |= stretch > 0 && self.stretch_anchors(p, stretch, key);
                        self.pos = p + n;
                        return (p, maybe);
                    }
                }
            }
            if maybe || p - run >= SHORT_RUN {
                // To be scanned: the end of the run is found by simdutf8
                // (its `compat` API is std's, several times faster on
                // Cyrillic), from the run's start (a few bytes read once
                // more) so that a run that goes on to the end is had as a
                // `&str` at once.
                let (end, bad) = match simdutf8::compat::from_utf8(&bytes[run..]) {
                    Ok(text) => {
                        self.text = text;
                        (len, 0)
                    }
                    Err(e) => {
                        let v = run + e.valid_up_to();
                        (v, e.error_len().unwrap_or(len - v))
                    }
                };
                self.pos = end + bad;
                return (end, true);
            }
        }
        maybe |= stretch > 0 && self.stretch_anchors(p, stretch, key);
        self.pos = len;
        (len, maybe)
    }

    /// The first byte at or after `pos` that is flagged (see
    /// [`RunTables`]), found 64 bytes at a time; `len` when there is none.
    fn next_flag(&mut self) -> usize {
        let (bytes, t) = (self.bytes, self.table);
        let (mut at, mut before) = (self.pos, 0u64);
        // The block of the last call, when `pos` is still inside it: the
        // byte before `pos` is invalid (or there is none), no word byte,
        // so its flags stand.
        let (b_at, b_word, b_flag) = self.block;
        if (b_at..b_at + 64).contains(&at) {
            let flag = b_flag >> (at - b_at) << (at - b_at);
            if flag != 0 {
                return b_at + flag.trailing_zeros() as usize;
            }
            (at, before) = (b_at + 64, b_word);
        }
        while at < bytes.len() {
            let block = &bytes[at..bytes.len().min(at + 64)];
            let next = bytes.get(at + 64).copied().unwrap_or(0);
            let (mut word, mut flag) = (0u64, 0u64);
            for (i, &b) in block.iter().enumerate() {
                let after = block.get(i + 1).copied().unwrap_or(next);
                let c = t.class[usize::from(b)];
                word |= u64::from(c & 1) << i;
                flag |= u64::from((c & 2) | (c & t.next[usize::from(after)] & 0x3C) != 0) << i;
            }
            // Three word bytes in a row: flagged at the third.
            let flag = flag | word & (word << 1 | before >> 63) & (word << 2 | before >> 62);
            if flag != 0 {
                self.block = (at, word, flag);
                return at + flag.trailing_zeros() as usize;
            }
            before = word;
            at += block.len();
        }
        bytes.len()
    }

    /// The start of the valid run that holds the byte `f` (a character
    /// boundary), reading back no further than `pos`.
    fn run_start(&self, f: usize) -> usize {
        let bytes = self.bytes;
        let mut q = f;
        while q > self.pos {
            if bytes[q - 1] < 0x80 {
                q -= 1;
                continue;
            }
            // The character that ends at `q` starts at the byte before
            // its continuation bytes.
            let lo = q.saturating_sub(4).max(self.pos);
            match (lo..q).rev().find(|&r| !(0x80..0xC0).contains(&bytes[r])) {
                Some(r) if wide_char(&bytes[r..]) == Ok(q - r) => q = r,
                _ => break,
            }
        }
        q
    }
}

impl<'a> Iterator for Utf8Runs<'a> {
    type Item = (usize, &'a str, bool);

    fn next(&mut self) -> Option<(usize, &'a str, bool)> {
        while self.pos < self.bytes.len() {
            let at = if self.all {
                self.pos
            } else {
                // A run with no flagged byte holds no anchor: on to the
                // first flagged byte and the start of its run.
                let f = self.next_flag();
                if f >= self.bytes.len() {
                    self.pos = f;
                    return None;
                }
                self.pos = self.run_start(f);
                self.pos
            };
            self.text = "";
            let (end, maybe) = self.step();
            if end > at && (maybe || self.all) {
                // Checked already; the type once more (no `unsafe` here):
                // simdutf8 for a long run (a stream's chunk ends
                // mid-character every time), std for a few bytes.
                let run = &self.bytes[at..end];
                let text = match self.text {
                    "" if run.len() > SHORT_RUN => simdutf8::basic::from_utf8(run).unwrap_or_default(),
                    "" => std::str::from_utf8(run).unwrap_or_default(),
                    checked => checked,
                };
                return Some((at, text, maybe));
            }
        }
        None
    }
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
    /// Bytes before this (relative) offset were handed out already; they
    /// stay in `buf` as look-behind for later anchors.
    emitted: usize,
    /// The token buffer, reused from one chunk to the next.
    toks: Vec<Tok>,
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
        let buf = Vec::with_capacity(CHUNK + 2 * MARGIN);
        Stream { ctx, buf, base: 0, scanned: 0, floor: 0, emitted: 0, toks: Vec::new() }
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
            for (at, text, _maybe) in utf8_runs(&self.buf, false) {
                let end = at + text.len();
                debug_assert!(_maybe);
                if end <= scanned.max(floor) || at >= limit {
                    continue;
                }
                let rel = |x: usize| x.saturating_sub(at).min(text.len());
                let (from, to, floor_here) = (rel(scanned), rel(limit), rel(floor));
                let before = matches.len();
                let f = scan_text(&self.ctx, text, from, to, floor_here, &mut self.toks, &mut |m| {
                    matches.push((at + m.start, at + m.end, m))
                });
                if matches.len() > before {
                    floor = floor.max(at + f);
                }
            }
        }
        // Everything before `done` is final: no match may be cut, and
        // later anchors (after `limit`) give no match that starts before
        // `limit - BACK`.
        let done = if eof {
            len
        } else {
            limit.saturating_sub(BACK + BEHIND).max(floor.min(len)).max(self.floor.min(len))
        };
        let mut pos = self.emitted;
        for (a, b, mut m) in matches {
            if a > pos {
                sink(Piece::Text(&self.buf[pos..a]))?;
            }
            m.start = self.base + a;
            m.end = self.base + b;
            sink(Piece::Date(m))?;
            pos = b;
        }
        let done = done.max(pos);
        if done > pos {
            sink(Piece::Text(&self.buf[pos..done]))?;
        }
        // Later anchors read up to BACK + BEHIND bytes before them, and
        // BEHIND bytes before the end of the last match (what a match is
        // glued to): keep that much, handed out already, so that they see
        // the bytes a whole-text pass sees.
        let drop =
            if eof { len } else { done.saturating_sub(BEHIND).min(limit.saturating_sub(BACK + BEHIND)) };
        self.emitted = done - drop;
        self.scanned = limit.max(self.scanned).saturating_sub(drop);
        self.floor = floor.saturating_sub(drop);
        self.buf.drain(..drop);
        self.base += drop;
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

/// Every match in `text`, for [`Context::extract`].
pub(crate) fn matches<'t>(ctx: &Context, text: &'t str) -> Matches<'t> {
    Matches::new(ctx, Runs::Text(Some(text)))
}

/// Every match in bytes that may hold invalid UTF-8, for
/// [`Context::extract_bytes`].
pub(crate) fn matches_in_bytes<'t>(ctx: &Context, bytes: &'t [u8]) -> Matches<'t> {
    Matches::new(ctx, Runs::Bytes(utf8_runs(bytes, false)))
}

/// The first match's value, for [`Context::first_date`].
pub(crate) fn first_match(ctx: &Context, text: &str) -> Option<Parsed> {
    matches(ctx, text).next().map(|m| m.parsed)
}

#[cfg(test)]
mod tests {
    use super::{matches, matches_in_bytes, scan_text, utf8_runs, MATCH_CHUNK, SHORT_RUN};
    use crate::lexicon;

    /// `Matches` scans a stretch at a time and finds what one pass over
    /// the whole text finds, wherever a stretch ends: inside a stamp, a
    /// word, a multi-byte letter, a number or a range.
    #[test]
    fn stretches_find_what_one_pass_finds() {
        let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
        let ctx = crate::Context::new().with_now(now);
        let unit = "01:15 07 сен 2025. Вчора о 09:15, з 1 до 5 вересня; 5 хв. тому\nціна 1 500 грн ";
        let text = unit.repeat(12);
        let mut one_pass = Vec::new();
        scan_text(&ctx, &text, 0, text.len(), 0, &mut Vec::new(), &mut |m| {
            one_pass.push((m.start, m.end, m.parsed.to_string()))
        });
        assert_eq!(one_pass.len(), 12 * 4, "{one_pass:?}");
        for chunk in (1..=unit.len() + 1).chain([MATCH_CHUNK]) {
            let mut lazy = matches(&ctx, &text);
            lazy.chunk = chunk;
            let lazy: Vec<_> = lazy.map(|m| (m.start, m.end, m.parsed.to_string())).collect();
            assert_eq!(lazy, one_pass, "stretches of {chunk} bytes");
        }
        // Long words and numbers across many stretches (a stretch ends at
        // a token boundary, so each is read once).
        let text = format!(
            "{} 9 июля {} 01:15 07 сен 2025 {}",
            "я".repeat(3000),
            "1".repeat(5000),
            "п'ят".repeat(999)
        );
        for chunk in [1, 100, 1000] {
            let mut lazy = matches(&ctx, &text);
            lazy.chunk = chunk;
            let found: Vec<_> = lazy.map(|m| m.parsed.to_string()).collect();
            assert_eq!(found, ["2025-07-09", "2025-09-07T01:15:00+03:00"], "stretches of {chunk} bytes");
        }
    }

    /// The valid runs of `bytes` as std's `Utf8Chunks` reads the whole input.
    fn reference(bytes: &[u8]) -> Vec<(usize, &str)> {
        let (mut at, mut runs) = (0, Vec::new());
        for c in bytes.utf8_chunks() {
            if !c.valid().is_empty() {
                runs.push((at, c.valid()));
            }
            at += c.valid().len() + c.invalid().len();
        }
        runs
    }

    #[test]
    fn utf8_runs_agree_with_std_around_the_window() {
        // Text of one-, two- and three-byte characters cut at every length
        // around the window (so a character may be cut at its edge), then an
        // invalid byte, a cut character or nothing, then more text.
        let text = "a я 9’ж".repeat(40);
        let ends: [&[u8]; 5] = [b"\xff", b"\xd0", b"\xe2\x80", b"\x80\x80", b""];
        for n in 0..=3 * SHORT_RUN {
            for end in ends {
                for tail in ["", "x", "9 июля", "\u{2019}"] {
                    let mut bytes = text.as_bytes()[..n].to_vec();
                    bytes.extend_from_slice(end);
                    bytes.extend_from_slice(tail.as_bytes());
                    let got: Vec<_> = utf8_runs(&bytes, true).map(|(at, s, _)| (at, s)).collect();
                    assert_eq!(got, reference(&bytes), "{bytes:?}");
                }
            }
        }
    }

    /// Bytes of binary data and text mixed: invalid bytes, cut characters,
    /// Latin and Cyrillic letters, every apostrophe, digits now and then,
    /// short anchor words (`q`, `sep`), in pieces from a fixed generator.
    fn hostile(seed: u64, len: usize) -> Vec<u8> {
        const PIECES: &[&[u8]] = &[
            b"q",
            b"Q",
            b"o",
            b"ab",
            b"sep",
            b"Mon",
            b"xyz",
            b"'",
            b"`",
            "\u{2019}".as_bytes(),
            "\u{2018}".as_bytes(),
            "\u{2BC}".as_bytes(),
            "\u{B4}".as_bytes(),
            "я".as_bytes(),
            "вчера".as_bytes(),
            "с".as_bytes(),
            "é".as_bytes(),
            "€".as_bytes(),
            "𝄞".as_bytes(),
            b" ",
            b".",
            b"\n",
            b"\xff",
            b"\x80",
            b"\xd0",
            b"\xe2\x80",
            b"\xf0\x9f",
            b"\xc0\xaf",
            b"\xed\xa0\x80",
            b"9",
            b"07.09.2025",
        ];
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut out = Vec::with_capacity(len + 16);
        while out.len() < len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            if x % 3 == 0 {
                out.push((x >> 32) as u8);
            } else {
                out.extend_from_slice(PIECES[(x >> 40) as usize % PIECES.len()]);
            }
        }
        out
    }

    #[test]
    fn utf8_runs_leave_out_only_runs_without_anchors() {
        let ctx = crate::Context::new();
        let mut toks = Vec::new();
        for seed in 0..3000 {
            let bytes = hostile(seed, (seed as usize * 7) % 400);
            let all = reference(&bytes);
            let got: Vec<_> = utf8_runs(&bytes, true).map(|(at, s, _)| (at, s)).collect();
            assert_eq!(got, all, "{bytes:?}");
            let kept: Vec<_> = utf8_runs(&bytes, false).map(|(at, s, _)| (at, s)).collect();
            for run in &all {
                toks.clear();
                lexicon::lex_into(run.1, 0, run.1.len(), &mut toks, usize::MAX);
                if toks.iter().any(|t| t.anchor) {
                    assert!(kept.contains(run), "{run:?} of {bytes:?}");
                }
            }
            assert!(kept.iter().all(|r| all.contains(r)), "{bytes:?}");
            // And what is found is what scanning every run finds.
            let mut every = Vec::new();
            for (at, text) in &all {
                scan_text(&ctx, text, 0, text.len(), 0, &mut Vec::new(), &mut |m| {
                    every.push((at + m.start, at + m.end))
                });
            }
            let found: Vec<_> = matches_in_bytes(&ctx, &bytes).map(|m| (m.start, m.end)).collect();
            assert_eq!(found, every, "{bytes:?}");
        }
    }
}
