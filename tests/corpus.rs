//! The corpus (`tests/corpus/*.txt`, format in `tests/corpus/README.md`)
//! through `parse`: every row's value, granularity, flags and
//! `[start, end)`, or its error kind and offset.

mod common;

use common::{read_all, read_file, read_text, report, run_parse, unescape, Want};

/// The rows moved from the tables of `tests/absolute.rs` (775) and
/// `tests/relative.rs` (659) when the corpus was started.
const MIGRATED: usize = 1434;

#[test]
fn corpus_parse() {
    let mut failures = Vec::new();
    let mut rows = 0;
    for file in common::corpus_files() {
        let (f, n) = run_parse(&read_file(&file));
        eprintln!("{file}: {n} rows");
        failures.extend(f);
        rows += n;
    }
    eprintln!("corpus: {rows} rows");
    report("parse", &failures, rows);
}

#[test]
fn corpus_row_count() {
    let groups = read_all();
    let rows: usize = groups.iter().map(|g| g.rows.len()).sum();
    eprintln!("corpus: {rows} rows in {} groups; migrated from the Rust tables: {MIGRATED}", groups.len());
    assert!(rows >= MIGRATED, "the corpus has {rows} rows, fewer than the {MIGRATED} migrated");
}

/// Every row marked `parse` or `noscan` says why in a comment above it.
#[test]
fn marks_are_explained() {
    let mut bad = Vec::new();
    for file in common::corpus_files() {
        let text = std::fs::read_to_string(common::corpus_dir().join(&file)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for g in read_file(&file) {
            for row in &g.rows {
                let marked = row.spec.split_whitespace().any(|w| w == "parse" || w == "noscan");
                if !marked || matches!(row.want, Want::Err(..)) {
                    continue;
                }
                // The comment stands right above the row, or above a run
                // of marked rows that ends at this one; or the group's name
                // says it (`[seasons alone (parse only)]`).
                let marked_row = |l: &&str| {
                    l.split_once('\t')
                        .is_some_and(|(_, s)| s.split_whitespace().any(|w| w == "parse" || w == "noscan"))
                };
                let setting = |l: &&str| !l.contains('\t') && l.contains(" = ");
                let explained =
                    lines[..row.line - 1].iter().rev().find(|l| !marked_row(l) && !setting(l)).is_some_and(
                        |l| {
                            l.starts_with('#')
                                || (l.starts_with('[') && (l.contains("parse") || l.contains("noscan")))
                        },
                    );
                if !explained {
                    bad.push(format!(
                        "{file}:{} {:?}: `{}` without a `#` comment above",
                        row.line, row.input, row.spec
                    ));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The reader: escapes, settings, groups, and its complaints.
#[test]
fn reader() {
    assert_eq!(unescape(r"7\u{a0}мая\u{202F}\n\t\\").unwrap(), "7\u{a0}мая\u{202f}\n\t\\");
    assert!(unescape(r"\q").is_err());
    assert!(unescape(r"\u{110000}").is_err());
    let text = "# c\n[a]\nnow = 2025-09-07T12:00:00+03:00\nprefer = future\ndis = reject\ntz = UTC\n\
                \t\t!Empty@0\n9 июля\t\t2025-07-09 yi\n\n[b]\nnow = 2025-12-14T20:00:00+02:00\n\
                вчера вечером\t2025-12-13 rel pod=evening\nлето\t2025-06/2025-08 parse\n\
                9:30 - 11:00\t2016-10-01T09:30:00+03:00/2016-10-01T11:00:00+03:00 m\n\
                до конца месяца\t../2013-02\n";
    let gs = read_text("t.txt", text).unwrap();
    assert_eq!(gs.len(), 2);
    assert_eq!(
        (gs[0].tz, gs[0].prefer, gs[0].dis),
        (cyrdate::Tz::UTC, cyrdate::Prefer::Future, cyrdate::Disambiguation::Reject)
    );
    assert_eq!(gs[0].rows[0].input, "");
    assert_eq!((gs[0].rows[1].input.as_str(), gs[0].rows[1].line), ("9 июля", 8));
    assert!(gs[0].rows[0].parse_only, "error rows are parse rows");
    let b = &gs[1].rows;
    assert!(
        matches!(&b[0].want, Want::Value(w) if w.part_of_day.as_deref() == Some("evening") && w.flags.relative)
    );
    assert!(b[1].parse_only && !b[1].noscan);
    assert!(matches!(&b[2].want, Want::Value(w) if w.granularity == cyrdate::Granularity::Range
        && w.instant == Some(cyrdate::Granularity::Minute)));
    // A row that asks for a part of the day is checked against it.
    let ctx = gs[1].context();
    assert!(common::check_parse(&b[0], &ctx, gs[1].tz).is_empty());
    let mut wrong = b[0].clone();
    wrong.want = match wrong.want {
        Want::Value(mut w) => {
            w.part_of_day = Some("morning".into());
            Want::Value(w)
        }
        other => other,
    };
    let why = common::check_parse(&wrong, &ctx, gs[1].tz);
    assert!(why.iter().any(|w| w.contains("part of the day")), "{why:?}");
    // An open side is checked against the documented bounds.
    let Want::Value(open) = &b[3].want else { panic!("a value row") };
    let (s, e) = common::span_of(open, gs[1].tz);
    assert_eq!(s.map(|t| t.to_rfc3339()), Some(common::open_start(gs[1].tz).to_rfc3339()));
    assert_eq!(e.map(|t| t.to_rfc3339()).as_deref(), Some("2013-03-01T00:00:00+02:00"));
    for bad in [
        "9 июля\t2025-07-09\n",
        "[a]\n9 июля\t2025-07-09\n",
        "[a]\nnow = 2025-09-07T12:00:00+03:00\n9 июля\t2025-07-09 xx\n",
        "[a]\nnow = 2025-09-07T12:00:00+03:00\n9 июля\t2025-07-09T00:00:00+03:00\n",
        "[a]\nnow = 2025-09-07T12:00:00+03:00\n9 июля\t2025-07-09 m\n",
        "[a]\nnow = 2025-09-07T12:00:00+03:00\n9 июля\t!Nonsense\n",
        "[a]\nnow = 2025-09-07T12:00:00+03:00\n9 июля\t2025-07-09\nprefer = future\n",
        "[a]\nnow = 2025-09-07T12:00:00+03:00\nwhat is this\n",
    ] {
        assert!(read_text("t.txt", bad).is_err(), "accepted {bad:?}");
    }
}
