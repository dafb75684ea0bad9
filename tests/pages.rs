//! Whole pages (SPEC §4 `extract`): three news pages written in the style of
//! real Russian, Ukrainian and mixed-language sites, with every date they
//! contain listed by hand below, and everything that only looks like a date
//! (prices, counts, scores, model names, phone numbers, versions, article
//! numbers, bare years, month stems inside other words) left out.
//!
//! The expected values were worked out by hand against
//! now = 2025-09-07T12:00:00+03:00 (a Sunday, Kyiv summer time, +03:00):
//! `вчора` is 2025-09-06, `позавчора` 2025-09-05, a weekday alone the most
//! recent such day not after 2025-09-07 (Friday = 2025-09-05), a date without
//! a year the most recent one not after 2025-09-07 (`25 грудня` =
//! 2024-12-25, `с 12 по 14 сентября` = 2024-09-12/2024-09-14), `N хв. тому`
//! now minus N minutes, last week the ISO week 2025-W35.
//!
//! Each page test prints precision and recall (a found match counts only
//! when its span and its value are both right), then asserts the exact list.

use std::collections::HashSet;

use cyrdate::Context;

const NOW: &str = "2025-09-07T12:00:00+03:00";

fn ctx() -> Context {
    Context::new().with_now(chrono::DateTime::parse_from_rfc3339(NOW).unwrap())
}

/// Every date on `ru_news.txt`, in order: (matched text, value).
const RU: &[(&str, &str)] = &[
    ("Воскресенье, 7 сентября 2025", "2025-09-07"),
    // A narrow and a non-breaking space inside.
    ("01:15\u{202f}07\u{a0}сен 2025", "2025-09-07T01:15:00+03:00"),
    ("23:40 06 сен 2025", "2025-09-06T23:40:00+03:00"),
    ("Сегодня, 11:30", "2025-09-07T11:30:00+03:00"),
    ("Вчера в 21:05", "2025-09-06T21:05:00+03:00"),
    ("5 мин. назад", "2025-09-07T11:55:00+03:00"),
    ("2 часа назад", "2025-09-07T10:00:00+03:00"),
    ("пятница, 5 сентября", "2025-09-05"),
    // SPEC §6: the end of a period after `до` is an interval open at its start.
    ("до конца месяца", "../2025-09"),
    ("ВЧЕРА, 17:15", "2025-09-06T17:15:00+03:00"),
    // An implied one: an hour ago.
    ("час назад", "2025-09-07T11:00:00+03:00"),
    // Dateline `КИЕВ, 7 сентября. /ТАСС/.`: the city is not part of it.
    ("7 сентября", "2025-09-07"),
    ("9 июля", "2025-07-09"),
    ("в 2021 году", "2021"),
    // Moscow is +03:00 all year: 14:00 MSK is 14:00 in Kyiv in summer.
    ("14.00 по московскому времени", "2025-09-07T14:00:00+03:00"),
    ("в 12:00 МСК", "2025-09-07T12:00:00+03:00"),
    ("в 9 утра", "2025-09-07T09:00:00+03:00"),
    ("в прошлую пятницу", "2025-09-05"),
    ("1-го сентября", "2025-09-01"),
    ("пн, 1 сентября 2025", "2025-09-01"),
    ("1—5 сентября", "2025-09-01/2025-09-05"),
    ("в августе 2025 года", "2025-08"),
    ("В прошлом году", "2024"),
    // No year: the most recent 12 September not after 2025-09-07 is in 2024.
    ("с 12 по 14 сентября", "2024-09-12/2024-09-14"),
    ("с 06.11.2012 по 09 мая 2022", "2012-11-06/2022-05-09"),
    ("Полтора часа назад", "2025-09-07T10:30:00+03:00"),
    ("3 часа назад", "2025-09-07T09:00:00+03:00"),
    ("вчера в 18:47", "2025-09-06T18:47:00+03:00"),
    ("06.09.2025 в 22:10", "2025-09-06T22:10:00+03:00"),
    ("в пятницу", "2025-09-05"),
    // `31 февраля` is impossible: skipped. `позавчерa` ends in a Latin `a`.
    ("позавчерa в 19:40", "2025-09-05T19:40:00+03:00"),
    ("через 2 недели", "2025-09-21"),
    // `Обновлено:` is a label, not part of the date.
    ("07.09.2025, 10:42", "2025-09-07T10:42:00+03:00"),
];

/// Every date on `uk_news.txt`, in order.
const UK: &[(&str, &str)] = &[
    ("неділя, 7 вересня 2025", "2025-09-07"),
    ("Сьогодні, 11:40", "2025-09-07T11:40:00+03:00"),
    // A Latin `C` in `Cьогодні`.
    ("Cьогодні, 09:05", "2025-09-07T09:05:00+03:00"),
    ("Сьогодні, 10:30", "2025-09-07T10:30:00+03:00"),
    ("5 хв. тому", "2025-09-07T11:55:00+03:00"),
    ("Вчора о 09:15", "2025-09-06T09:15:00+03:00"),
    ("годину тому", "2025-09-07T11:00:00+03:00"),
    ("Учора, 22:40", "2025-09-06T22:40:00+03:00"),
    ("06.09.2025 | 19:05", "2025-09-06T19:05:00+03:00"),
    ("7 вересня", "2025-09-07"),
    ("о 08:00", "2025-09-07T08:00:00+03:00"),
    ("у п’ятницю", "2025-09-05"),
    // SPEC §6: the end of a period after `до` is an interval open at its start.
    ("до кінця року", "../2025"),
    ("у 2021 році", "2021"),
    ("у вересні 2025 року", "2025-09"),
    ("25 грудня", "2024-12-25"),
    ("минулого тижня", "2025-W35"),
    // The dot after `хв` is the abbreviation's (it also ends the clause).
    ("о 10 год. 30 хв.", "2025-09-07T10:30:00+03:00"),
    ("1–5 вересня", "2025-09-01/2025-09-05"),
    ("3—4 вересня", "2025-09-03/2025-09-04"),
    ("з 24.02.22 по 09.09.25", "2022-02-24/2025-09-09"),
    ("31 серпня, близько 12.00", "2025-08-31T12:00:00+03:00"),
    ("о 7 вечора", "2025-09-07T19:00:00+03:00"),
    ("учора о 7 ранку", "2025-09-06T07:00:00+03:00"),
    ("о 18:00 за київським часом", "2025-09-07T18:00:00+03:00"),
    ("серпень 2025", "2025-08"),
    ("сьогодні", "2025-09-07"),
    ("2030 року", "2030"),
    ("2 години тому", "2025-09-07T10:00:00+03:00"),
    ("щойно", "2025-09-07T12:00:00+03:00"),
    ("вчора о 23:12", "2025-09-06T23:12:00+03:00"),
    ("06.09, о 22:05", "2025-09-06T22:05:00+03:00"),
    // `Опубліковано` and `Оновлено:` are labels.
    ("06 вересня 2025, 21:20", "2025-09-06T21:20:00+03:00"),
    ("07.09.2025 о 09:30", "2025-09-07T09:30:00+03:00"),
    ("Півгодини тому", "2025-09-07T11:30:00+03:00"),
    ("п'ятниця, 5 вересня 2025 р., 18:00", "2025-09-05T18:00:00+03:00"),
    ("3 дні тому", "2025-09-04"),
];

/// Every date on `mixed_news.txt`, in order.
const MIXED: &[(&str, &str)] = &[
    ("07 СЕН. 2025", "2025-09-07"),
    ("Sat, 06 Sep 2025 18:30:00 +0300", "2025-09-06T18:30:00+03:00"),
    ("2025-09-07T01:15:00+03:00", "2025-09-07T01:15:00+03:00"),
    // 08:05 UTC is 11:05 in Kyiv.
    ("2025-09-07T08:05Z", "2025-09-07T11:05:00+03:00"),
    ("15:00 GMT+02:00", "2025-09-07T16:00:00+03:00"),
    ("Mon, 01 Sep 2025 09:00:00 GMT", "2025-09-01T12:00:00+03:00"),
    ("2025-09-06 21:45", "2025-09-06T21:45:00+03:00"),
    ("Сегодня в полдень", "2025-09-07T12:00:00+03:00"),
    ("только что", "2025-09-07T12:00:00+03:00"),
    ("Минуту назад", "2025-09-07T11:59:00+03:00"),
    // A day word, the date it names and a time: one date.
    ("Вчора, 6 вересня 2025 р., о 21:20", "2025-09-06T21:20:00+03:00"),
    ("цього місяця", "2025-09"),
    ("з 1 до 5 вересня 2025", "2025-09-01/2025-09-05"),
    ("позавчора", "2025-09-05"),
    ("Минулого року", "2024"),
    ("В пятницу, 5 сентября", "2025-09-05"),
    ("В этом году", "2025"),
    ("На прошлой неделе", "2025-W35"),
    ("через 3 дня", "2025-09-10"),
    ("в 7 вечера по Киеву", "2025-09-07T19:00:00+03:00"),
    ("в 10:00 по Киеву", "2025-09-07T10:00:00+03:00"),
    ("07:00 UTC", "2025-09-07T10:00:00+03:00"),
    ("в 09:00 EEST", "2025-09-07T09:00:00+03:00"),
    ("пт, 05.09", "2025-09-05"),
    ("чт, 4 сент. 2025 г., 17:07", "2025-09-04T17:07:00+03:00"),
    ("Трв 29 2025 р., 11:50", "2025-05-29T11:50:00+03:00"),
    ("Серпень 28, 2025", "2025-08-28"),
    ("07/09/2025", "2025-09-07"),
    ("7 вер. 2025", "2025-09-07"),
    ("сентябрь 2025", "2025-09"),
    ("2021 г.", "2021"),
    ("півтори години тому", "2025-09-07T10:30:00+03:00"),
    ("полчаса назад", "2025-09-07T11:30:00+03:00"),
    ("дві години тому", "2025-09-07T10:00:00+03:00"),
    ("25 декабря", "2024-12-25"),
    // `Через 99999999999 лет` overflows: not a date.
];

type Row = (usize, usize, String, String);

fn page(name: &str) -> String {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Places each expected text in the page, in order, each after the one
/// before: the expected byte spans.
fn locate(name: &str, text: &str, table: &[(&str, &str)]) -> Vec<Row> {
    let mut from = 0;
    table
        .iter()
        .map(|&(t, v)| {
            let at = from
                + text[from..]
                    .find(t)
                    .unwrap_or_else(|| panic!("{name}: table row {t:?} not found after byte {from}"));
            from = at + t.len();
            (at, at + t.len(), t.to_string(), v.to_string())
        })
        .collect()
}

fn check(name: &str, table: &[(&str, &str)]) {
    let text = page(name);
    assert!((3000..=6200).contains(&text.len()), "{name} is {} bytes", text.len());
    let want = locate(name, &text, table);
    let got: Vec<Row> = ctx()
        .extract(&text)
        .map(|m| {
            assert_eq!(&text[m.start..m.end], m.text, "{name}: offsets do not slice back to the text");
            (m.start, m.end, m.text.to_string(), m.parsed.to_string())
        })
        .collect();

    let want_set: HashSet<&Row> = want.iter().collect();
    let got_set: HashSet<&Row> = got.iter().collect();
    let tp = got.iter().filter(|r| want_set.contains(r)).count();
    let precision = if got.is_empty() { 1.0 } else { tp as f64 / got.len() as f64 };
    let recall = if want.is_empty() { 1.0 } else { tp as f64 / want.len() as f64 };
    println!(
        "{name}: expected {}, found {}, right {tp}: precision {precision:.3}, recall {recall:.3}",
        want.len(),
        got.len()
    );
    let overlaps = |a: &Row, b: &Row| a.0 < b.1 && b.0 < a.1;
    for g in got.iter().filter(|g| !want_set.contains(g)) {
        let near: Vec<_> = want.iter().filter(|w| overlaps(g, w)).collect();
        match near.as_slice() {
            [] => println!("  FALSE POSITIVE {}..{} {:?} = {}", g.0, g.1, g.2, g.3),
            ws => {
                for w in ws {
                    println!(
                        "  WRONG {:?} | expected {} | got {:?} = {} ({}..{} vs {}..{})",
                        w.2, w.3, g.2, g.3, w.0, w.1, g.0, g.1
                    )
                }
            }
        }
    }
    for w in want.iter().filter(|w| !got_set.contains(w) && !got.iter().any(|g| overlaps(g, w))) {
        println!("  MISSED {}..{} {:?} = {}", w.0, w.1, w.2, w.3);
    }
    assert!(got == want, "{name}: matches differ from the hand-worked table (see the lines above)");
}

#[test]
fn ru_news_page() {
    check("ru_news.txt", RU);
}

#[test]
fn uk_news_page() {
    check("uk_news.txt", UK);
}

#[test]
fn mixed_news_page() {
    check("mixed_news.txt", MIXED);
}

/// `first_date` on each page is the first row of its table.
#[test]
fn first_date_is_the_first_row() {
    for (name, table) in [("ru_news.txt", RU), ("uk_news.txt", UK), ("mixed_news.txt", MIXED)] {
        let p = ctx().first_date(&page(name)).unwrap_or_else(|| panic!("{name}: no date"));
        assert_eq!(p.to_string(), table[0].1, "{name}");
    }
}
