//! The `cyrdate extract` and `cyrdate normalise` commands (SPEC §4): output
//! lines and JSON objects, byte offsets into each file, exit status 2 for an
//! unreadable file while the other files are still processed, and bytes
//! passed through unchanged (invalid UTF-8, NUL, CRLF).
#![cfg(feature = "cli")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value as Json;

const NOW: &str = "2025-09-07T12:00:00+03:00";

fn cyrdate(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_cyrdate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run cyrdate");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// The sample page: `../shared/samples/lenta_ua_page.txt`, or the copy in
/// `samples/` (shipped in the repo) when the shared one is missing.
fn lenta() -> PathBuf {
    let shared = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/samples/lenta_ua_page.txt"));
    if shared.exists() {
        shared.to_path_buf()
    } else {
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/lenta_ua_page.txt")).to_path_buf()
    }
}

/// The dates on the sample page, in order, with their values worked out by
/// hand (now = 2025-09-07T12:00:00+03:00): `9 июля` in the body and the ten
/// headline stamps (not the full stop after each).
const LENTA: &[(&str, &str)] = &[
    ("9 июля", "2025-07-09"),
    ("01:15 07 сен 2025", "2025-09-07T01:15:00+03:00"),
    ("23:15 06 сен 2025", "2025-09-06T23:15:00+03:00"),
    ("22:15 06 сен 2025", "2025-09-06T22:15:00+03:00"),
    ("21:20 06 сен 2025", "2025-09-06T21:20:00+03:00"),
    ("21:15 06 сен 2025", "2025-09-06T21:15:00+03:00"),
    ("20:10 06 сен 2025", "2025-09-06T20:10:00+03:00"),
    ("18:15 06 сен 2025", "2025-09-06T18:15:00+03:00"),
    ("17:55 06 сен 2025", "2025-09-06T17:55:00+03:00"),
    ("17:15 06 сен 2025", "2025-09-06T17:15:00+03:00"),
    ("16:55 06 сен 2025", "2025-09-06T16:55:00+03:00"),
];

/// `<start>\t<end>\t<value>\t<text>` lines for `table` placed in `text` in
/// order (offsets found by searching, not by the program).
fn expected_lines(text: &str, table: &[(&str, &str)]) -> String {
    let mut from = 0;
    let mut out = String::new();
    for &(t, v) in table {
        let at = from + text[from..].find(t).unwrap_or_else(|| panic!("{t:?} not in the page"));
        from = at + t.len();
        out.push_str(&format!("{at}\t{}\t{v}\t{t}\n", from));
    }
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn tmp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli_scan_{}_{name}", std::process::id()));
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn extract_the_sample_page() {
    let path = lenta();
    let text = std::fs::read_to_string(&path).unwrap();
    let o = cyrdate(&["extract", "--now", NOW, path.to_str().unwrap()], b"");
    assert!(o.status.success(), "{:?}: {}", o.status, String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), expected_lines(&text, LENTA));
    assert!(o.stderr.is_empty());
}

#[test]
fn extract_from_standard_input_is_the_same() {
    let path = lenta();
    let text = std::fs::read_to_string(&path).unwrap();
    let o = cyrdate(&["extract", "--now", NOW], text.as_bytes());
    assert!(o.status.success());
    assert_eq!(stdout(&o), expected_lines(&text, LENTA));
}

#[test]
fn extract_json() {
    let path = lenta();
    let name = path.to_str().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let o = cyrdate(&["extract", "--json", "--now", NOW, name], b"");
    assert!(o.status.success());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), LENTA.len(), "{out}");
    let flag_names = [
        "year_inferred",
        "date_inferred",
        "relative",
        "zone_from_text",
        "ambiguous",
        "skipped",
        "weekday_mismatch",
    ];
    let mut from = 0;
    for (line, &(t, v)) in lines.iter().zip(LENTA) {
        let obj: Json = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        let obj = obj.as_object().expect("an object per line");
        let keys: Vec<&str> = obj.keys().map(|k| k.as_str()).collect();
        assert_eq!(keys, ["file", "start", "end", "text", "value", "granularity", "flags"], "{line}");
        let at = from + text[from..].find(t).unwrap();
        from = at + t.len();
        assert_eq!(obj["file"], name);
        assert_eq!(obj["start"], at);
        assert_eq!(obj["end"], at + t.len());
        assert_eq!(obj["text"], t);
        assert_eq!(obj["value"], v);
        let day = t == "9 июля";
        assert_eq!(obj["granularity"], if day { "day" } else { "minute" }, "{line}");
        let flags = obj["flags"].as_object().expect("flags is an object");
        let mut names: Vec<&str> = flags.keys().map(|k| k.as_str()).collect();
        names.sort_unstable();
        let mut want = flag_names.to_vec();
        want.sort_unstable();
        assert_eq!(names, want, "{line}");
        for f in flag_names {
            let on = f == "year_inferred" && day;
            assert_eq!(flags[f], on, "{line}: flag {f}");
        }
    }
}

#[test]
fn normalise_annotate_and_iso() {
    let input = "Оновлено: Вчора о 09:15, ціна 1 500 грн\n".as_bytes();
    let now = "2025-12-14T20:00:00+02:00";
    let o = cyrdate(&["normalise", "--now", now, "--format", "annotate"], input);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Оновлено: Вчора о 09:15 [2025-12-13T09:15:00+02:00], ціна 1 500 грн\n");
    let o = cyrdate(&["normalise", "--now", now, "--format", "iso"], input);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Оновлено: 2025-12-13T09:15:00+02:00, ціна 1 500 грн\n");
}

#[test]
fn normalise_passes_bad_bytes_through() {
    let input: &[u8] = b"\xff\x00 9 \xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f\r\n\xc3\x28 \x00 \xd1\x82\xd0\xb5\xd1\x81\xd1\x82 1.2.3\r\n\xe2\x82";
    let o = cyrdate(&["normalise", "--now", NOW, "--format", "iso"], input);
    assert!(o.status.success());
    let mut want =
        b"\xff\x00 2025-07-09\r\n\xc3\x28 \x00 \xd1\x82\xd0\xb5\xd1\x81\xd1\x82 1.2.3\r\n\xe2\x82".to_vec();
    assert_eq!(o.stdout, want);
    let o = cyrdate(&["normalise", "--now", NOW, "--format", "annotate"], input);
    assert!(o.status.success());
    want = b"\xff\x00 9 \xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f [2025-07-09]\r\n\xc3\x28 \x00 \xd1\x82\xd0\xb5\xd1\x81\xd1\x82 1.2.3\r\n\xe2\x82"
        .to_vec();
    assert_eq!(o.stdout, want);
    // Without dates, every byte comes back.
    let noise: Vec<u8> = (0u8..=255).filter(|b| !b.is_ascii_digit()).cycle().take(5000).collect();
    let f = tmp("noise", &noise);
    let o = cyrdate(&["normalise", "--now", NOW, f.to_str().unwrap()], b"");
    assert!(o.status.success());
    assert!(o.stdout == noise, "noise not passed through");
}

#[test]
fn normalise_the_sample_page() {
    let path = lenta();
    let text = std::fs::read_to_string(&path).unwrap();
    let o = cyrdate(&["normalise", "--now", NOW, "--format", "annotate", path.to_str().unwrap()], b"");
    assert!(o.status.success());
    let mut want = String::new();
    let mut from = 0;
    for &(t, v) in LENTA {
        let at = from + text[from..].find(t).unwrap();
        want.push_str(&text[from..at + t.len()]);
        want.push_str(&format!(" [{v}]"));
        from = at + t.len();
    }
    want.push_str(&text[from..]);
    assert_eq!(stdout(&o), want);
}

#[test]
fn missing_file_exits_2_and_the_others_are_processed() {
    let path = lenta();
    let text = std::fs::read_to_string(&path).unwrap();
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli_scan_no_such_file.txt");
    let missing = missing.to_str().unwrap();
    let o = cyrdate(&["extract", "--now", NOW, missing, path.to_str().unwrap(), missing], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cli_scan_no_such_file.txt"), "stderr names the file: {err}");
    assert_eq!(stdout(&o), expected_lines(&text, LENTA));

    let f = tmp("one_date", "Київ, 9 липня\n".as_bytes());
    let o = cyrdate(&["normalise", "--now", NOW, f.to_str().unwrap(), missing], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(!o.stderr.is_empty());
    assert_eq!(stdout(&o), "Київ, 2025-07-09\n");
}

#[test]
fn several_files_give_offsets_into_each() {
    let a = tmp("a.txt", "Опубліковано 06 вересня 2025, 21:20 | Політика\n".as_bytes());
    let b = tmp("b.txt", &[&b"\xff\xfe "[..], "Вчера в 21:05; 5 мин. назад\n".as_bytes()].concat());
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let o = cyrdate(&["extract", "--now", NOW, a, b, a], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // `Опубліковано ` is 25 bytes; the date 29.
    let one = "25\t54\t2025-09-06T21:20:00+03:00\t06 вересня 2025, 21:20\n";
    // In b the text starts after 3 bytes (`\xff\xfe `); `Вчера в 21:05` is 19
    // bytes, `; ` 2, `5 мин. назад` 20.
    let two =
        "3\t22\t2025-09-06T21:05:00+03:00\tВчера в 21:05\n24\t44\t2025-09-07T11:55:00+03:00\t5 мин. назад\n";
    assert_eq!(stdout(&o), format!("{one}{two}{one}"));
    let o = cyrdate(&["extract", "--json", "--now", NOW, a, b], b"");
    let files: Vec<String> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<Json>(l).unwrap()["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, [a, b, b]);
}
