//! Property tests of relative amounts (SPEC §1, §2, §5): `N минут назад`,
//! `N хвилин тому`, `через N часов`, `N дней назад` against exact chrono
//! arithmetic from any reference instant in 1990..2060, and numbers too
//! large for the calendar giving `ErrorKind::Overflow` without panicking.
//!
//! Amounts are written with the grammatical plural form for the number
//! (`1 минуту`, `2 минуты`, `5 минут`, `11 минут`, `21 минуту`).

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use cyrdate::{Context, ErrorKind, Granularity, Value};
use proptest::prelude::*;

const KYIV: Tz = chrono_tz::Europe::Kyiv;

/// 1990-01-01T00:00:00Z and 2060-01-01T00:00:00Z.
const FROM: i64 = 631_152_000;
const UNTIL: i64 = 2_840_140_800;

/// The form of a noun after the number `n` (given by its last two digits):
/// `one` after 1, 21, 31... (not 11); `few` after 2–4, 22–24... (not 12–14);
/// `many` otherwise.
fn plural<'a>(last_two: u32, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (d, dd) = (last_two % 10, last_two % 100);
    if d == 1 && dd != 11 {
        one
    } else if (2..=4).contains(&d) && !(12..=14).contains(&dd) {
        few
    } else {
        many
    }
}

fn last_two(digits: &str) -> u32 {
    let tail = &digits[digits.len().saturating_sub(2)..];
    tail.parse().expect("digits")
}

fn ctx_at(secs: i64) -> (Context, DateTime<Utc>) {
    let now = DateTime::from_timestamp(secs, 0).expect("reference in range");
    (Context::new().with_now(now), now)
}

fn reference() -> impl Strategy<Value = i64> {
    FROM..UNTIL
}

/// A unit as it is written after a number, in both languages, and its
/// length: seconds for units below a day, days or months for the others.
#[derive(Clone, Copy, Debug)]
enum Len {
    Secs(u64),
    Days(u64),
    Months(u64),
}

struct UnitForms {
    ru: [&'static str; 3],
    uk: [&'static str; 3],
    len: Len,
}

const UNITS: [UnitForms; 7] = [
    UnitForms {
        ru: ["секунду", "секунды", "секунд"],
        uk: ["секунду", "секунди", "секунд"],
        len: Len::Secs(1),
    },
    UnitForms {
        ru: ["минуту", "минуты", "минут"], uk: ["хвилину", "хвилини", "хвилин"], len: Len::Secs(60)
    },
    UnitForms {
        ru: ["час", "часа", "часов"], uk: ["годину", "години", "годин"], len: Len::Secs(3600)
    },
    UnitForms {
        ru: ["день", "дня", "дней"], uk: ["день", "дні", "днів"], len: Len::Days(1)
    },
    UnitForms {
        ru: ["неделю", "недели", "недель"], uk: ["тиждень", "тижні", "тижнів"], len: Len::Days(7)
    },
    UnitForms {
        ru: ["месяц", "месяца", "месяцев"],
        uk: ["місяць", "місяці", "місяців"],
        len: Len::Months(1),
    },
    UnitForms {
        ru: ["год", "года", "лет"], uk: ["рік", "роки", "років"], len: Len::Months(12)
    },
];

/// `N <unit> назад`, `N <unit> тому`, `через N <unit>`.
fn phrase(digits: &str, unit: &UnitForms, ukrainian: bool, ahead: bool) -> String {
    let [one, few, many] = if ukrainian { unit.uk } else { unit.ru };
    let noun = plural(last_two(digits), one, few, many);
    match (ahead, ukrainian) {
        (true, _) => format!("через {digits} {noun}"),
        (false, false) => format!("{digits} {noun} назад"),
        (false, true) => format!("{digits} {noun} тому"),
    }
}

/// A number written with 1 to 40 digits, no leading zero (most far beyond u64).
fn digits() -> impl Strategy<Value = String> {
    (1u8..=9, proptest::collection::vec(0u8..=9, 0..40))
        .prop_map(|(first, rest)| std::iter::once(first).chain(rest).map(|d| char::from(b'0' + d)).collect())
}

/// The smallest amount of each unit that is more than 10 000 years: from
/// any reference in 1990..2060 it leaves years 1..=9999 in either direction.
fn too_big(len: Len) -> u64 {
    match len {
        Len::Secs(s) => 316_000_000_000 / s + 1,
        Len::Days(d) => 3_653_000 / d + 1,
        Len::Months(m) => 120_000 / m + 1,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::with_cases(256) })]

    /// `N минут назад` is the reference minus exactly N minutes.
    #[test]
    fn minutes_ago_ru(secs in reference(), n in 0u64..=10_000_000) {
        let (ctx, now) = ctx_at(secs);
        let text = phrase(&n.to_string(), &UNITS[1], false, false);
        let p = ctx.parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?} at {now}: {e}")))?;
        let want = (now - TimeDelta::minutes(n as i64)).with_timezone(&KYIV);
        prop_assert_eq!(&p.value, &Value::Instant(want), "{:?} at {}", text, now);
        prop_assert_eq!(p.granularity, Granularity::Minute);
        prop_assert!(p.flags.relative);
        prop_assert_eq!(p.to_string(), want.to_rfc3339_opts(chrono::SecondsFormat::Secs, false));
    }

    /// `N хвилин тому` is the reference minus exactly N minutes.
    #[test]
    fn minutes_ago_uk(secs in reference(), n in 0u64..=10_000_000) {
        let (ctx, now) = ctx_at(secs);
        let text = phrase(&n.to_string(), &UNITS[1], true, false);
        let p = ctx.parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?} at {now}: {e}")))?;
        let want = (now - TimeDelta::minutes(n as i64)).with_timezone(&KYIV);
        prop_assert_eq!(&p.value, &Value::Instant(want), "{:?} at {}", text, now);
        prop_assert_eq!(p.granularity, Granularity::Minute);
        prop_assert_eq!(p.start, want);
        prop_assert_eq!(p.end, want + TimeDelta::minutes(1));
    }

    /// `через N часов` / `через N годин` is the reference plus exactly N hours.
    #[test]
    fn hours_ahead(secs in reference(), n in 0u64..=1_000_000, ukrainian in any::<bool>()) {
        let (ctx, now) = ctx_at(secs);
        let text = phrase(&n.to_string(), &UNITS[2], ukrainian, true);
        let p = ctx.parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?} at {now}: {e}")))?;
        let want = (now + TimeDelta::hours(n as i64)).with_timezone(&KYIV);
        prop_assert_eq!(&p.value, &Value::Instant(want), "{:?} at {}", text, now);
        prop_assert_eq!(p.granularity, Granularity::Hour);
        prop_assert_eq!(p.end - p.start, TimeDelta::hours(1));
    }

    /// `N дней назад` / `N днів тому` is the reference date (in Kyiv) minus
    /// N days, as a day.
    #[test]
    fn days_ago(secs in reference(), n in 0u64..=700_000, ukrainian in any::<bool>()) {
        let (ctx, now) = ctx_at(secs);
        let text = phrase(&n.to_string(), &UNITS[3], ukrainian, false);
        let p = ctx.parse(&text).map_err(|e| TestCaseError::fail(format!("{text:?} at {now}: {e}")))?;
        let today = now.with_timezone(&KYIV).date_naive();
        let want = today - TimeDelta::days(n as i64);
        prop_assert_eq!(&p.value, &Value::Date(want), "{:?} at {}", text, now);
        prop_assert_eq!(p.granularity, Granularity::Day);
        prop_assert_eq!(p.to_string(), want.format("%Y-%m-%d").to_string());
        prop_assert_eq!(p.start.date_naive(), want);
        prop_assert_eq!(p.end.date_naive(), want.succ_opt().unwrap());
    }

    /// An amount of any unit worth more than 10 000 years, in either
    /// direction and either language, is an overflow error.
    #[test]
    fn too_large_is_overflow(
        secs in reference(),
        unit in 0usize..UNITS.len(),
        n in any::<u64>(),
        near in any::<bool>(),
        ukrainian in any::<bool>(),
        ahead in any::<bool>(),
    ) {
        let (ctx, now) = ctx_at(secs);
        let u = &UNITS[unit];
        let least = too_big(u.len);
        // Half the cases just past the limit (between one and two times it),
        // where no integer arithmetic overflows and only the calendar can tell.
        let n = if near { least + n % least } else { n.max(least) };
        let text = phrase(&n.to_string(), u, ukrainian, ahead);
        match ctx.parse(&text) {
            Ok(p) => prop_assert!(false, "{:?} at {}: expected an overflow, got {}", text, now, p),
            Err(e) => prop_assert_eq!(e.kind(), ErrorKind::Overflow, "{:?} at {}: {}", text, now, e),
        }
    }

    /// Numbers of up to 40 digits, any unit, either direction: never a
    /// panic; either a value within years 1..=9999 that matches the
    /// calendar arithmetic, or an overflow error.
    #[test]
    fn any_number_is_exact_or_overflow(
        secs in reference(),
        unit in 0usize..UNITS.len(),
        digits in digits(),
        ukrainian in any::<bool>(),
        ahead in any::<bool>(),
    ) {
        let (ctx, now) = ctx_at(secs);
        let u = &UNITS[unit];
        let text = phrase(&digits, u, ukrainian, ahead);
        let want = expected(now, &digits, u.len, ahead);
        match (ctx.parse(&text), want) {
            (Ok(p), Some(w)) => prop_assert_eq!(&p.value, &w, "{:?} at {}", text, now),
            (Err(e), None) => prop_assert_eq!(e.kind(), ErrorKind::Overflow, "{:?} at {}: {}", text, now, e),
            (Ok(p), None) => prop_assert!(false, "{:?} at {}: expected an overflow, got {}", text, now, p),
            (Err(e), Some(w)) => prop_assert!(false, "{:?} at {}: expected {}, got {}", text, now, w, e),
        }
    }
}

/// The value `digits` units before or after `now`, or `None` when it
/// leaves years 1..=9999.
fn expected(now: DateTime<Utc>, digits: &str, len: Len, ahead: bool) -> Option<Value> {
    let n: u64 = digits.parse().ok()?;
    let in_range = |y: i32| (1..=9999).contains(&y);
    match len {
        Len::Secs(s) => {
            let secs = i64::try_from(n.checked_mul(s)?).ok()?;
            let d = TimeDelta::try_seconds(secs)?;
            let t = if ahead { now.checked_add_signed(d)? } else { now.checked_sub_signed(d)? };
            let t = t.with_timezone(&KYIV);
            in_range(t.year()).then_some(Value::Instant(t))
        }
        Len::Days(k) => {
            let days = n.checked_mul(k)?;
            let today = now.with_timezone(&KYIV).date_naive();
            let d = if ahead {
                today.checked_add_days(chrono::Days::new(days))?
            } else {
                today.checked_sub_days(chrono::Days::new(days))?
            };
            in_range(d.year()).then_some(Value::Date(d))
        }
        Len::Months(k) => {
            let months = u32::try_from(n.checked_mul(k)?).ok()?;
            let today = now.with_timezone(&KYIV).date_naive();
            let d: NaiveDate = if ahead {
                today.checked_add_months(chrono::Months::new(months))?
            } else {
                today.checked_sub_months(chrono::Months::new(months))?
            };
            in_range(d.year()).then_some(Value::Date(d))
        }
    }
}
