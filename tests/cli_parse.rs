//! The `cyrdate parse` contract of SPEC §4, run against the built binary:
//! arguments and standard-input lines, one output line per input in order,
//! an error line on standard error naming the input with exit status 1,
//! `--json` objects, and exit status 2 on bad usage.
//!
//! Expected values are worked out by hand from SPEC §2 and the calendar
//! (2025-09-07 is a Sunday; Kyiv is +03:00 in summer, +02:00 in winter and
//! changes on 2024-03-31 and 2026-10-25; Moscow is +03:00 all year).
#![cfg(feature = "cli")]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value as Json;

const NOW: &str = "2025-09-07T12:00:00+03:00";

/// Runs the binary with `args` and, if given, `stdin`.
fn run(args: &[&str], stdin: Option<&str>) -> Output {
    run_bytes(args, stdin.map(str::as_bytes))
}

/// Runs the binary with `args` and, if given, raw bytes on `stdin`.
fn run_bytes(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cyrdate"));
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
    let mut child = cmd.spawn().expect("spawn cyrdate");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin");
        pipe.write_all(text).expect("write stdin");
    }
    child.wait_with_output().expect("wait for cyrdate")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exit code")
}

/// A short description of a run for assertion messages.
fn show(o: &Output) -> String {
    format!("exit {:?}\n--- stdout\n{}--- stderr\n{}", o.status.code(), stdout(o), stderr(o))
}

/// The lines of standard output, each parsed as JSON.
fn json_lines(o: &Output) -> Vec<Json> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}\n{}", show(o))))
        .collect()
}

const FLAG_NAMES: [&str; 7] = [
    "year_inferred",
    "date_inferred",
    "relative",
    "zone_from_text",
    "ambiguous",
    "skipped",
    "weekday_mismatch",
];

/// Checks that a success object has exactly the keys of SPEC §4 in that
/// order (input, value, granularity, start, end, flags), that flags is an
/// object of the seven booleans, and that the values are as expected.
/// `on` lists the flags that must be true; all others must be false.
fn check_success(
    o: &Json,
    input: &str,
    value: &str,
    granularity: &str,
    start: &str,
    end: &str,
    on: &[&str],
) -> Vec<String> {
    let mut bad = Vec::new();
    let Some(obj) = o.as_object() else {
        return vec![format!("not an object: {o}")];
    };
    let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    if keys != ["input", "value", "granularity", "start", "end", "flags"] {
        bad.push(format!("{input:?}: keys {keys:?}"));
    }
    for (k, want) in
        [("input", input), ("value", value), ("granularity", granularity), ("start", start), ("end", end)]
    {
        if obj.get(k).and_then(Json::as_str) != Some(want) {
            bad.push(format!("{input:?}: {k} expected {want:?}, got {:?}", obj.get(k)));
        }
    }
    match obj.get("flags").and_then(Json::as_object) {
        None => bad.push(format!("{input:?}: flags is not an object: {:?}", obj.get("flags"))),
        Some(flags) => {
            let names: Vec<&str> = flags.keys().map(String::as_str).collect();
            if names != FLAG_NAMES {
                bad.push(format!("{input:?}: flag names {names:?}"));
            }
            for name in FLAG_NAMES {
                let want = on.contains(&name);
                match flags.get(name).and_then(Json::as_bool) {
                    Some(b) if b == want => {}
                    other => bad.push(format!("{input:?}: flag {name} expected {want}, got {other:?}")),
                }
            }
        }
    }
    bad
}

fn assert_clean(bad: Vec<String>, o: &Output) {
    assert!(bad.is_empty(), "{}\n{}", bad.join("\n"), show(o));
}

// ---------------------------------------------------------------------------
// The acceptance checks.

#[test]
fn acceptance_one_argument() {
    let o = run(&["parse", "--now", NOW, "01:15 07 сен 2025"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-09-07T01:15:00+03:00\n", "{}", show(&o));
    assert_eq!(stderr(&o), "", "{}", show(&o));
}

#[test]
fn acceptance_years_inferred_in_the_past() {
    let o = run(&["parse", "--now", NOW, "9 июля", "25 декабря"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n", "{}", show(&o));
}

#[test]
fn acceptance_json_skipped() {
    let o = run(&["parse", "--json", "31 березня 2024, 03:30"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1, "{}", show(&o));
    let bad = check_success(
        &lines[0],
        "31 березня 2024, 03:30",
        "2024-03-31T04:30:00+03:00",
        "minute",
        "2024-03-31T04:30:00+03:00",
        "2024-03-31T04:31:00+03:00",
        &["skipped"],
    );
    assert_clean(bad, &o);
}

#[test]
fn acceptance_json_ambiguous() {
    let o = run(&["parse", "--json", "25 жовтня 2026, 03:30"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 1, "{}", show(&o));
    let bad = check_success(
        &lines[0],
        "25 жовтня 2026, 03:30",
        "2026-10-25T03:30:00+03:00",
        "minute",
        "2026-10-25T03:30:00+03:00",
        "2026-10-25T03:31:00+03:00",
        &["ambiguous"],
    );
    assert_clean(bad, &o);
}

#[test]
fn acceptance_moscow_in_winter() {
    let o = run(&["parse", "--now", "2026-01-12T10:00:00+02:00", "23:00 мск 11 января"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2026-01-11T22:00:00+02:00\n", "{}", show(&o));
}

#[test]
fn acceptance_impossible_date_fails_with_a_reason() {
    let o = run(&["parse", "31 февраля 2025"], None);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "", "{}", show(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "one error line\n{}", show(&o));
    assert!(err.contains("31 февраля 2025"), "the error names the input\n{}", show(&o));
    let lower = err.to_lowercase();
    assert!(lower.contains("invalid date"), "the error says why\n{}", show(&o));
    assert!(lower.contains("31") && lower.contains("february"), "the error says which day\n{}", show(&o));
}

// ---------------------------------------------------------------------------
// Arguments and standard input.

#[test]
fn many_arguments_in_order() {
    let inputs = [
        "7 сентября 2025",
        "07.09.2025 в 01:15",
        "сентябрь 2025",
        "в 2021 году",
        "1–5 сентября",
        "2025-09-07T01:15Z",
        "Неділя, 7 вересня 2025, 12:34",
        "12:00 UTC",
        "у вересні 2025 року",
        "Mon, 28 Sep 2020 10:00:00 +0300",
    ];
    let want = [
        "2025-09-07",
        "2025-09-07T01:15:00+03:00",
        "2025-09",
        "2021",
        "2025-09-01/2025-09-05",
        "2025-09-07T04:15:00+03:00",
        "2025-09-07T12:34:00+03:00",
        "2025-09-07T15:00:00+03:00",
        "2025-09",
        "2020-09-28T10:00:00+03:00",
    ];
    let mut args = vec!["parse", "--now", NOW];
    args.extend(inputs);
    let o = run(&args, None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), want.map(|w| format!("{w}\n")).concat(), "{}", show(&o));
    assert_eq!(stderr(&o), "");
}

#[test]
fn stdin_lines_in_order() {
    let o = run(&["parse", "--now", NOW], Some("9 июля\n25 декабря\n01:15 07 сен 2025\n7 вересня 2025 р.\n"));
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n2025-09-07T01:15:00+03:00\n2025-09-07\n", "{}", show(&o));
}

#[test]
fn stdin_last_line_without_newline_and_crlf() {
    let o = run(&["parse", "--now", NOW], Some("9 июля\r\n25 декабря"));
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n", "{}", show(&o));
}

#[test]
fn surrounding_space_and_punctuation_ignored() {
    let o = run(&["parse", "--now", NOW, "  «9 июля»  ", "(25 декабря).", "\u{a0}7 вересня 2025 р.,"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n2025-09-07\n", "{}", show(&o));
}

#[test]
fn failing_argument_among_good_ones() {
    let o = run(&["parse", "--now", NOW, "9 июля", "31 февраля 2025", "25 декабря", "9 июля абв"], None);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n", "{}", show(&o));
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "one error line per failed input\n{}", show(&o));
    assert!(lines[0].contains("31 февраля 2025"), "{}", show(&o));
    assert!(lines[1].contains("9 июля абв"), "{}", show(&o));
    // The trailing text starts at byte 11 of "9 июля абв".
    assert!(lines[1].contains("11"), "the error gives the byte offset\n{}", show(&o));
}

#[test]
fn failing_stdin_line_among_good_ones() {
    let o = run(&["parse", "--now", NOW], Some("9 июля\n25:61\n25 декабря\n"));
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n", "{}", show(&o));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{}", show(&o));
    assert!(err.contains("25:61"), "{}", show(&o));
    assert!(err.to_lowercase().contains("time"), "says the time is wrong\n{}", show(&o));
}

/// A line that is not UTF-8 is one failed input: the others still print.
#[test]
fn invalid_utf8_stdin_line() {
    let o =
        run_bytes(&["parse", "--now", NOW], Some(b"9 \xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f\n\xff\xfe\n25:61\n"));
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n", "{}", show(&o));
    assert_eq!(String::from_utf8_lossy(&o.stderr).lines().count(), 2, "{}", show(&o));
}

// ---------------------------------------------------------------------------
// --json.

#[test]
fn json_values_of_every_granularity() {
    let inputs =
        ["9 июля", "01:15 07 сен 2025", "01:15:30 07.09.2025", "в 9 утра", "сентябрь 2025", "в 2021 году"];
    let mut args = vec!["parse", "--json", "--now", NOW];
    args.extend(inputs);
    let o = run(&args, None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), inputs.len(), "{}", show(&o));
    let want: [(&str, &str, &str, &str, &[&str]); 6] = [
        ("2025-07-09", "day", "2025-07-09T00:00:00+03:00", "2025-07-10T00:00:00+03:00", &["year_inferred"]),
        (
            "2025-09-07T01:15:00+03:00",
            "minute",
            "2025-09-07T01:15:00+03:00",
            "2025-09-07T01:16:00+03:00",
            &[],
        ),
        (
            "2025-09-07T01:15:30+03:00",
            "second",
            "2025-09-07T01:15:30+03:00",
            "2025-09-07T01:15:31+03:00",
            &[],
        ),
        (
            "2025-09-07T09:00:00+03:00",
            "hour",
            "2025-09-07T09:00:00+03:00",
            "2025-09-07T10:00:00+03:00",
            &["date_inferred"],
        ),
        ("2025-09", "month", "2025-09-01T00:00:00+03:00", "2025-10-01T00:00:00+03:00", &[]),
        ("2021", "year", "2021-01-01T00:00:00+02:00", "2022-01-01T00:00:00+02:00", &[]),
    ];
    let mut bad = Vec::new();
    for ((line, input), (value, gran, start, end, on)) in lines.iter().zip(inputs).zip(want) {
        bad.extend(check_success(line, input, value, gran, start, end, on));
    }
    assert_clean(bad, &o);
}

#[test]
fn json_range_zone_and_weekday_flags() {
    let inputs = ["1–5 сентября", "12:00 мск", "пн, 7 сентября 2025"];
    let mut args = vec!["parse", "--json", "--now", NOW];
    args.extend(inputs);
    let o = run(&args, None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3, "{}", show(&o));
    let mut bad = check_success(
        &lines[0],
        inputs[0],
        "2025-09-01/2025-09-05",
        "range",
        "2025-09-01T00:00:00+03:00",
        "2025-09-06T00:00:00+03:00",
        &["year_inferred"],
    );
    bad.extend(check_success(
        &lines[1],
        inputs[1],
        "2025-09-07T12:00:00+03:00",
        "minute",
        "2025-09-07T12:00:00+03:00",
        "2025-09-07T12:01:00+03:00",
        &["date_inferred", "zone_from_text"],
    ));
    bad.extend(check_success(
        &lines[2],
        inputs[2],
        "2025-09-07",
        "day",
        "2025-09-07T00:00:00+03:00",
        "2025-09-08T00:00:00+03:00",
        &["weekday_mismatch"],
    ));
    assert_clean(bad, &o);
}

#[test]
fn json_error_objects() {
    let o = run(&["parse", "--json", "--now", NOW, "9 июля", "31 февраля 2025", "25 декабря"], None);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3, "one object per input, in order\n{}", show(&o));
    assert_eq!(lines[0]["value"], "2025-07-09", "{}", show(&o));
    assert_eq!(lines[2]["value"], "2024-12-25", "{}", show(&o));
    let err = lines[1].as_object().expect("object");
    let keys: Vec<&str> = err.keys().map(String::as_str).collect();
    assert_eq!(keys, ["input", "error"], "{}", show(&o));
    assert_eq!(err["input"], "31 февраля 2025");
    let why = err["error"].as_str().expect("error is a string").to_lowercase();
    assert!(why.contains("invalid date"), "{}", show(&o));
    assert!(stderr(&o).contains("31 февраля 2025"), "the error also goes to stderr\n{}", show(&o));
}

#[test]
fn json_from_stdin() {
    let o = run(&["parse", "--json", "--now", NOW], Some("9 июля\n\u{a0}24:00\n12:00 мск\n"));
    assert_eq!(code(&o), 1, "{}", show(&o));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3, "{}", show(&o));
    assert_eq!(lines[0]["value"], "2025-07-09");
    assert!(lines[1].get("error").is_some() && lines[1].get("value").is_none(), "{}", show(&o));
    assert_eq!(lines[2]["value"], "2025-09-07T12:00:00+03:00");
}

// ---------------------------------------------------------------------------
// Options.

#[test]
fn prefer_future_and_nearest() {
    let o = run(&["parse", "--now", NOW, "--prefer", "future", "9 июля", "25 декабря", "7 сентября"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2026-07-09\n2025-12-25\n2025-09-07\n", "{}", show(&o));
    let o = run(&["parse", "--now", NOW, "--prefer", "nearest", "9 июля", "25 декабря"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2025-12-25\n", "{}", show(&o));
    let o = run(&["parse", "--now", NOW, "--prefer", "past", "9 июля", "25 декабря"], None);
    assert_eq!(stdout(&o), "2025-07-09\n2024-12-25\n", "{}", show(&o));
}

#[test]
fn other_output_zones() {
    let o = run(&["parse", "--now", NOW, "--tz", "Europe/Warsaw", "12:00 по Киеву", "12:00", "9 июля"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(
        stdout(&o),
        "2025-09-07T11:00:00+02:00\n2025-09-07T12:00:00+02:00\n2025-07-09\n",
        "{}",
        show(&o)
    );
    let o = run(&["parse", "--json", "--now", NOW, "--tz", "UTC", "9 июля"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let lines = json_lines(&o);
    let bad = check_success(
        &lines[0],
        "9 июля",
        "2025-07-09",
        "day",
        "2025-07-09T00:00:00+00:00",
        "2025-07-10T00:00:00+00:00",
        &["year_inferred"],
    );
    assert_clean(bad, &o);
}

#[test]
fn now_in_utc_and_options_before_the_subcommand() {
    let o = run(&["parse", "--now", "2025-09-07T09:00:00Z", "9 июля", "14:30"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2025-07-09\n2025-09-07T14:30:00+03:00\n", "{}", show(&o));
    let o = run(&["--now", NOW, "parse", "25 декабря"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2024-12-25\n", "{}", show(&o));
}

/// `--disambiguation` is documented in the README.
#[test]
fn disambiguation_option() {
    let o = run(&["parse", "--disambiguation", "later", "25 жовтня 2026, 03:30"], None);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert_eq!(stdout(&o), "2026-10-25T03:30:00+02:00\n", "{}", show(&o));
    let o = run(&["parse", "--disambiguation", "earlier", "31 березня 2024, 03:30"], None);
    assert_eq!(stdout(&o), "2024-03-31T02:30:00+02:00\n", "{}", show(&o));
    let o = run(&["parse", "--disambiguation", "reject", "25 жовтня 2026, 03:30"], None);
    assert_eq!(code(&o), 1, "{}", show(&o));
    assert_eq!(stdout(&o), "", "{}", show(&o));
    assert!(stderr(&o).contains("25 жовтня 2026, 03:30"), "{}", show(&o));
}

// ---------------------------------------------------------------------------
// Bad usage: exit 2, a message on stderr, nothing on stdout.

#[test]
fn bad_usage_exits_2() {
    let cases: [&[&str]; 6] = [
        &["parse", "--tz", "Mars/Base", "9 июля"],
        &["parse", "--now", "yesterday", "9 июля"],
        &["parse", "--prefer", "sometimes", "9 июля"],
        &["parse", "--now", "2025-09-07 12:00", "9 июля"],
        &["parse", "--bogus", "9 июля"],
        &["frobnicate", "9 июля"],
    ];
    let mut bad = Vec::new();
    for args in cases {
        let o = run(args, None);
        if o.status.code() != Some(2) || !o.stdout.is_empty() || o.stderr.is_empty() {
            bad.push(format!("{args:?}: {}", show(&o)));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn bad_usage_message_names_the_problem() {
    let o = run(&["parse", "--tz", "Mars/Base", "9 июля"], None);
    assert!(stderr(&o).contains("Mars/Base"), "{}", show(&o));
    let o = run(&["parse", "--now", "yesterday", "9 июля"], None);
    assert!(stderr(&o).contains("yesterday"), "{}", show(&o));
    let o = run(&["parse", "--prefer", "sometimes", "9 июля"], None);
    assert!(stderr(&o).contains("sometimes"), "{}", show(&o));
}
