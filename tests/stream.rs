//! Streaming (SPEC §4 `normalise`, §5): `Stream` fed in chunks of any size
//! finds exactly what one pass over the whole buffer finds (a date that
//! straddles a chunk boundary is found once, with the same span and value),
//! and every byte that is not part of a match is handed back unchanged, in
//! order: invalid UTF-8, NUL bytes, CRLF included.

use std::io::{self, Read};

use cyrdate::{Context, Format, Piece, Stream};
use proptest::prelude::*;

fn ctx() -> Context {
    Context::new().with_now(chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap())
}

/// (start, end, text, value)
type Found = (usize, usize, String, String);

/// What `Stream` hands out: the concatenation of the Text pieces and the
/// Date texts, and the dates.
fn through_stream(input: &[u8], chunk: usize) -> (Vec<u8>, Vec<Found>) {
    let mut stream = Stream::new(ctx());
    let mut out = Vec::with_capacity(input.len());
    let mut found = Vec::new();
    let mut sink = |p: Piece<'_>| -> io::Result<()> {
        match p {
            Piece::Text(t) => out.extend_from_slice(t),
            Piece::Date(m) => {
                assert_eq!(m.start, out.len(), "a date's start is not where the pieces before it end");
                assert_eq!(m.end - m.start, m.text.len());
                out.extend_from_slice(m.text.as_bytes());
                found.push((m.start, m.end, m.text.to_string(), m.parsed.to_string()));
            }
        }
        Ok(())
    };
    for c in input.chunks(chunk.max(1)) {
        stream.feed(c, &mut sink).unwrap();
    }
    stream.finish(&mut sink).unwrap();
    (out, found)
}

fn whole(input: &[u8]) -> Vec<Found> {
    ctx()
        .extract_bytes(input)
        .map(|m| {
            assert_eq!(&input[m.start..m.end], m.text.as_bytes(), "offsets do not slice back to the text");
            (m.start, m.end, m.text.to_string(), m.parsed.to_string())
        })
        .collect()
}

fn page(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Real date snippets, in both languages.
const DATES: &[&str] = &[
    "01:15 07 сен 2025",
    "9 июля",
    "Вчора о 09:15",
    "5 хв. тому",
    "1–5 вересня",
    "07.09.2025",
    "в 2021 году",
    "12:00 мск",
    "пятница, 5 сентября",
    "з 24.02.22 по 09.09.25",
    "с 06.11.2012 по 09 мая 2022",
    "2025-09-07T01:15:00+03:00",
    "Sat, 06 Sep 2025 18:30:00 +0300",
    "31 серпня, близько 12.00",
    "14.00 по московскому времени",
    "только что",
    "щойно",
    "Сьогодні, 14:30",
    "у вересні 2025 року",
    "в прошлую пятницу",
    "2 години тому",
    "Опубліковано 06 вересня 2025, 21:20",
];

/// Things between them: space, line ends, NUL, invalid UTF-8 (a lone
/// continuation byte, a cut Cyrillic letter, a cut three-byte character),
/// and non-dates.
const FILLERS: &[&[u8]] = &[
    b" ",
    b"\r\n",
    b"\0",
    b"\xff",
    b"\xc3",
    b"\xd0",
    b"\xe2\x80",
    b"\x80\x80",
    b", ",
    b" | ",
    "ціна 1 500 грн".as_bytes(),
    b"2:1",
    "Ту-154".as_bytes(),
    b"1.2.3",
    "№ 12.09".as_bytes(),
    "\u{a0}".as_bytes(),
    "—".as_bytes(),
    "в ".as_bytes(),
    "о ".as_bytes(),
    "марка".as_bytes(),
    b"x",
    "на 15%".as_bytes(),
];

/// A deterministic text with a date every few bytes, with invalid UTF-8,
/// CRLF and NUL between them, and a few long stretches without dates (so
/// that chunk boundaries fall everywhere, also inside long words).
fn synthetic() -> Vec<u8> {
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut out = Vec::new();
    for i in 0..70 {
        for _ in 0..next(4) {
            out.extend_from_slice(FILLERS[next(FILLERS.len())]);
        }
        out.extend_from_slice(DATES[next(DATES.len())].as_bytes());
        match i % 40 {
            11 => out.extend_from_slice("бла ".repeat(100).as_bytes()),
            23 => out.extend_from_slice("а".repeat(300).as_bytes()),
            37 => out.extend_from_slice(&[0u8; 700]),
            _ => {}
        }
    }
    out
}

/// Chunk sizes: every size from 1 to 600 bytes, and some bigger.
fn chunk_sizes() -> Vec<usize> {
    (1..=600).chain([601, 700, 777, 1000, 1023, 1024, 1025, 1500, 2048, 4096, 65536, 1 << 20]).collect()
}

fn every_chunk_size(name: &str, input: &[u8]) {
    in_chunk_sizes(name, input, &chunk_sizes())
}

fn in_chunk_sizes(name: &str, input: &[u8], sizes: &[usize]) {
    let want = whole(input);
    assert!(!want.is_empty(), "{name}: no dates at all");
    for &chunk in sizes {
        let (out, found) = through_stream(input, chunk);
        assert!(out == input, "{name}, chunks of {chunk}: the output is not the input byte for byte");
        if found != want {
            let extra: Vec<_> = found.iter().filter(|f| !want.contains(f)).collect();
            let missed: Vec<_> = want.iter().filter(|w| !found.contains(w)).collect();
            panic!("{name}, chunks of {chunk}: stream differs from extract_bytes; extra {extra:?}, missed {missed:?}");
        }
    }
}

#[test]
fn ru_page_in_every_chunk_size() {
    every_chunk_size("ru_news.txt", &page("ru_news.txt"));
}

#[test]
fn uk_page_in_every_chunk_size() {
    every_chunk_size("uk_news.txt", &page("uk_news.txt"));
}

#[test]
fn mixed_page_in_every_chunk_size() {
    every_chunk_size("mixed_news.txt", &page("mixed_news.txt"));
}

#[test]
fn crlf_pages_in_every_chunk_size() {
    // The three pages as one file with CRLF line ends and a NUL and an
    // invalid byte at the end of every line.
    let mut all = Vec::new();
    for name in ["ru_news.txt", "uk_news.txt", "mixed_news.txt"] {
        for line in page(name).split(|&b| b == b'\n') {
            all.extend_from_slice(line);
            all.extend_from_slice(b"\0\xfe\r\n");
        }
    }
    // Three pages at once: a sample of the sizes, to keep the suite fast.
    let sizes: Vec<usize> =
        chunk_sizes().into_iter().filter(|c| *c <= 16 || c % 13 == 0 || *c > 600).collect();
    in_chunk_sizes("crlf pages", &all, &sizes);
}

#[test]
fn synthetic_in_every_chunk_size() {
    let input = synthetic();
    assert!(input.len() > 4000, "{} bytes", input.len());
    assert!(std::str::from_utf8(&input).is_err());
    let want = whole(&input);
    assert!(want.len() > 40, "only {} dates in the synthetic text", want.len());
    every_chunk_size("synthetic", &input);
}

/// A date whose bytes straddle a chunk boundary is found once, at every
/// cut point.
/// A match followed by text glued to it (`… 2025-12-15 апр 1992`: the
/// `12` after `2025` is glued to it, so `12-15 апр 1992` is no range). A
/// stream once dropped the bytes before the end of a match and, when the
/// next anchor came in a later chunk, could not see what it was glued to.
#[test]
fn glued_after_a_match_in_every_chunk_size() {
    let input = "слово ".repeat(7) + "23:00 мск 11 января 2025-12-15 апр\n1992 марка ";
    let input = input.repeat(60);
    let found = whole(input.as_bytes());
    assert_eq!(found.len(), 120);
    assert!(found.iter().all(|f| f.2 != "12-15 апр\n1992"), "the glued range was reported");
    every_chunk_size("glued after a match", input.as_bytes());
}

#[test]
fn a_date_cut_at_every_byte() {
    for date in DATES {
        let input = format!("Новина\r\n{date}.\0 Далі");
        let want = whole(input.as_bytes());
        assert_eq!(want.len(), 1, "{input:?}: {want:?}");
        for cut in 0..=input.len() {
            let mut stream = Stream::new(ctx());
            let mut out = Vec::new();
            let mut found = Vec::new();
            let mut sink = |p: Piece<'_>| -> io::Result<()> {
                match p {
                    Piece::Text(t) => out.extend_from_slice(t),
                    Piece::Date(m) => {
                        out.extend_from_slice(m.text.as_bytes());
                        found.push((m.start, m.end, m.text.to_string(), m.parsed.to_string()));
                    }
                }
                Ok(())
            };
            let (a, b) = input.as_bytes().split_at(cut);
            stream.feed(a, &mut sink).unwrap();
            stream.feed(b, &mut sink).unwrap();
            stream.finish(&mut sink).unwrap();
            assert_eq!(out, input.as_bytes(), "cut at {cut}");
            assert_eq!(found, want, "{input:?} cut at {cut}");
        }
    }
}

/// A reader that hands out at most `step` bytes per call.
struct Dribble<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Dribble<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.step.min(buf.len()).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

#[test]
fn read_all_matches_extract_bytes() {
    let input = synthetic();
    let want = whole(&input);
    for step in [1, 7, 333, 4096, 1 << 20] {
        let mut stream = Stream::new(ctx());
        let mut out = Vec::new();
        let mut found = Vec::new();
        stream
            .read_all(Dribble { data: &input, step }, &mut |p| {
                match p {
                    Piece::Text(t) => out.extend_from_slice(t),
                    Piece::Date(m) => {
                        out.extend_from_slice(m.text.as_bytes());
                        found.push((m.start, m.end, m.text.to_string(), m.parsed.to_string()));
                    }
                }
                Ok(())
            })
            .unwrap();
        assert!(out == input, "step {step}: output differs from input");
        assert!(found == want, "step {step}: matches differ");
    }
}

/// `Context::normalise` in memory writes what `Stream` writes through
/// `Format::write` (the CLI's `normalise`), for both formats, on the pages
/// and on invalid UTF-8.
#[test]
fn normalise_in_memory_is_the_stream_output() {
    let mut inputs: Vec<Vec<u8>> = ["ru_news.txt", "uk_news.txt", "mixed_news.txt"].map(page).to_vec();
    inputs.push(synthetic());
    for input in &inputs {
        for format in Format::ALL {
            let mut streamed = Vec::new();
            let mut stream = Stream::new(ctx());
            let mut sink = |p: Piece<'_>| -> io::Result<()> {
                match p {
                    Piece::Text(t) => streamed.extend_from_slice(t),
                    Piece::Date(m) => format.write(&m, &mut streamed)?,
                }
                Ok(())
            };
            for c in input.chunks(4096) {
                stream.feed(c, &mut sink).unwrap();
            }
            stream.finish(&mut sink).unwrap();
            assert!(
                ctx().normalise_bytes(input, format) == streamed,
                "{format:?}: normalise_bytes differs from Stream"
            );
            if let Ok(text) = std::str::from_utf8(input) {
                assert!(
                    ctx().normalise(text, format).as_bytes() == streamed,
                    "{format:?}: normalise differs"
                );
            }
        }
    }
    // Hand-worked: the SPEC §4 example and a kept invalid byte.
    assert_eq!(ctx().normalise("9 июля", Format::Annotate), "9 июля [2025-07-09]");
    assert_eq!(ctx().normalise_bytes(b"\xc3\x28 07.09.2025!", Format::Iso), b"\xc3\x28 2025-09-07!");
}

#[test]
fn empty_input() {
    let (out, found) = through_stream(b"", 1);
    assert!(out.is_empty() && found.is_empty());
    assert_eq!(ctx().extract_bytes(b"").count(), 0);
}

/// Inputs built by mixing random bytes with real date snippets.
fn mixed_input() -> impl Strategy<Value = Vec<u8>> {
    let part = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..6),
        prop::sample::select(DATES).prop_map(|d| d.as_bytes().to_vec()),
        prop::sample::select(FILLERS).prop_map(|f| f.to_vec()),
    ];
    prop::collection::vec(part, 0..40).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// Normalise with `annotate` (each date followed by ` [value]`), then
    /// take the annotations out again: the input comes back byte for byte.
    #[test]
    fn annotate_round_trip(input in mixed_input(), chunk in 1usize..400) {
        let mut stream = Stream::new(ctx());
        let mut out = Vec::new();
        let mut added: Vec<(usize, usize)> = Vec::new();
        let mut found = Vec::new();
        let mut sink = |p: Piece<'_>| -> io::Result<()> {
            match p {
                Piece::Text(t) => out.extend_from_slice(t),
                Piece::Date(m) => {
                    out.extend_from_slice(m.text.as_bytes());
                    let note = format!(" [{}]", m.parsed);
                    added.push((out.len(), note.len()));
                    out.extend_from_slice(note.as_bytes());
                    found.push((m.start, m.end, m.text.to_string(), m.parsed.to_string()));
                }
            }
            Ok(())
        };
        for c in input.chunks(chunk) {
            stream.feed(c, &mut sink).unwrap();
        }
        stream.finish(&mut sink).unwrap();
        let mut restored = Vec::with_capacity(out.len());
        let mut pos = 0;
        for &(at, len) in &added {
            restored.extend_from_slice(&out[pos..at]);
            pos = at + len;
        }
        restored.extend_from_slice(&out[pos..]);
        prop_assert_eq!(&restored, &input);
        prop_assert_eq!(found, whole(&input));
    }

    /// Arbitrary bytes without ASCII digits: no dates, and the stream
    /// hands everything back unchanged.
    #[test]
    fn no_digits_no_dates(raw in prop::collection::vec(any::<u8>(), 0..3000), chunk in 1usize..700) {
        let input: Vec<u8> = raw.into_iter().filter(|b| !b.is_ascii_digit()).collect();
        prop_assert_eq!(ctx().extract_bytes(&input).count(), 0);
        let (out, found) = through_stream(&input, chunk);
        prop_assert!(found.is_empty(), "found {:?}", found);
        prop_assert_eq!(out, input);
    }
}
