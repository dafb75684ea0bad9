//! SPEC §1: line breaks and sentence ends are borders between expressions
//! in extraction (`19:30⏎14 жовтня`, `12.05.2024⏎Сьогодні`, `19 марта
//! 2001. Сегодня…` are two matches, never one); `parse` reads its whole
//! input as one expression. Values worked by hand for Sunday 7 September
//! 2025, noon, Kyiv (+03:00; 14 October 2024 and 12 May 2024 by the §2
//! rule, the most recent such day).

use cyrdate::Context;

fn ctx() -> Context {
    let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    Context::new().with_now(now)
}

/// Each text and the values extraction must find in it, in order.
const BORDERS: &[(&str, &[&str])] = &[
    // A line break between a time and a date, either way round.
    ("19:30\n14 жовтня", &["2025-09-07T19:30:00+03:00", "2024-10-14"]),
    ("14 жовтня\n19:30", &["2024-10-14", "2025-09-07T19:30:00+03:00"]),
    ("01:15\r\n07 сен 2025", &["2025-09-07T01:15:00+03:00", "2025-09-07"]),
    ("9 июля\u{2028}14:30", &["2025-07-09", "2025-09-07T14:30:00+03:00"]),
    // A date and the day word that opens the next line or sentence.
    ("12.05.2024\nСьогодні", &["2024-05-12", "2025-09-07"]),
    ("19 марта 2001. Сегодня мы вспоминаем", &["2001-03-19", "2025-09-07"]),
    ("Опубликовано 7 сентября 2025. Вчера в 18:40 начался", &["2025-09-07", "2025-09-06T18:40:00+03:00"]),
    // A separator at the end of a line does not join the next.
    ("Вчора,\nо 09:15", &["2025-09-06", "2025-09-07T09:15:00+03:00"]),
    ("Сегодня |\n14:30", &["2025-09-07", "2025-09-07T14:30:00+03:00"]),
    // Two bare hours are a length of time when nothing beside them is a day.
    ("завтра\nс 9 до 6", &["2025-09-08"]),
    // On one line they are one expression, as before.
    ("Вчора о 09:15", &["2025-09-06T09:15:00+03:00"]),
    ("завтра с 9 до 6", &["2025-09-08T09:00:00+03:00/2025-09-08T18:00:00+03:00"]),
    ("пн, 7 сентября 2025, 01:15", &["2025-09-07T01:15:00+03:00"]),
    // A dot before a time ends no sentence; a dot before a word in lower case neither.
    ("27 октября 2016 года. 16:00", &["2016-10-27T16:00:00+03:00"]),
    ("7 сент. 2025, 12:00", &["2025-09-07T12:00:00+03:00"]),
    // A day between two times, after a separator and right before the
    // second, is the second's (opening hours on shop pages); a time-first
    // list keeps each time with its day.
    (
        "Режим работы: пн-пт 9:00-18:00, сб 10:00-15:00.",
        &[
            "2025-09-07T09:00:00+03:00/2025-09-07T18:00:00+03:00",
            "2025-09-06T10:00:00+03:00/2025-09-06T15:00:00+03:00",
        ],
    ),
    (
        "Розклад: пн-пт 9:00-18:00, сб 10:00-15:00.",
        &[
            "2025-09-07T09:00:00+03:00/2025-09-07T18:00:00+03:00",
            "2025-09-06T10:00:00+03:00/2025-09-06T15:00:00+03:00",
        ],
    ),
    ("19:00, 20 лютого о 9:00", &["2025-09-07T19:00:00+03:00", "2025-02-20T09:00:00+02:00"]),
    ("01:15 07 сен 2025, 02:30 08 сен 2025", &["2025-09-07T01:15:00+03:00", "2025-09-08T02:30:00+03:00"]),
];

#[test]
fn line_breaks_and_sentence_ends_are_borders_in_extraction() {
    let ctx = ctx();
    for (text, want) in BORDERS {
        let got: Vec<String> = ctx.extract(text).map(|m| m.parsed.to_string()).collect();
        assert_eq!(&got, want, "{text:?}");
    }
}

#[test]
fn parse_reads_its_whole_input_across_lines() {
    let ctx = ctx();
    for (text, want) in [
        ("14.10.2025\n19:30", "2025-10-14T19:30:00+03:00"),
        ("Вчора\nо 09:15", "2025-09-06T09:15:00+03:00"),
        ("19 марта 2001. Сегодня", "2001-03-19"),
    ] {
        assert_eq!(ctx.parse(text).map(|p| p.to_string()).as_deref(), Ok(want), "{text:?}");
    }
}
