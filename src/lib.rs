//! # cyrdate
//!
//! Finds and normalises the dates and timestamps that Russian- and
//! Ukrainian-language web pages print (`01:15 07 сен 2025`, `9 июля`,
//! `Вчора о 09:15`, `2 години тому`, `7 вересня 2025 р.`, `12:00 мск`) and
//! turns them into [chrono] values in the Kyiv time zone (or any IANA zone),
//! resolved against a reference time. Every guess is flagged.
//!
//! ```
//! use cyrdate::Context;
//! let now = chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
//! let ctx = Context::new().with_now(now);
//!
//! let p = ctx.parse("01:15 07 сен 2025").unwrap();
//! assert_eq!(p.to_string(), "2025-09-07T01:15:00+03:00");
//!
//! let p = ctx.parse("9 июля").unwrap();
//! assert_eq!(p.to_string(), "2025-07-09");
//! assert!(p.flags.year_inferred);
//!
//! let err = ctx.parse("31 февраля 2025").unwrap_err();
//! assert_eq!(err.to_string(), "invalid date at byte 0: February 2025 has no day 31");
//! ```
//!
//! ## Layers
//!
//! Text flows one way: the **lexicon** (word tables and folding: case, `ё`,
//! Latin look-alike letters, apostrophes, spaces, dashes) cuts text into
//! tokens; the **grammar** (nom 8) reads tokens into a plain syntax value
//! that records which fields were written; **resolution** turns that value
//! and a [`Context`] into a [`Parsed`] value. The grammar never reads the
//! clock; resolution never reads text.
//!
//! ## Accepted forms
//!
//! Every form in Russian and Ukrainian, in any letter case.
//!
//! | form | examples | value |
//! | --- | --- | --- |
//! | day + month name [+ year] | `7 сентября 2025`, `07 СЕН. 2025`, `9 июля`, `7 вересня 2025 р.`, `1-го сентября` | day |
//! | month + year | `сентябрь 2025`, `в сентябре 2025 года`, `у вересні 2025 року` | month |
//! | year with a marker | `в 2021 году`, `2021 г.`, `у 2021 році` | year |
//! | numeric, day first | `07.09.2025`, `7.9.2025`, `07.09.25`, `07/09/2025`, `2025-09-07` | day |
//! | ISO 8601 / RFC 3339 | `2025-09-07T01:15:00+03:00`, `2025-09-07 01:15`, `2025-09-07T01:15Z` | second / minute |
//! | RFC 2822 | `Mon, 28 Sep 2020 10:00:00 +0300` | second |
//! | month first | `Грудень 28, 2025`, `Трв 29 2025 р., 11:50` | day / minute |
//! | day.month beside a time or weekday | `06.09, в 22:05`, `пт, 12.09` | minute / day |
//! | weekday + date | `пн, 7 сентября 2025`, `неділя, 7 вересня` | day |
//! | ranges | `1–5 сентября`, `с 1 по 5 вересня`, `з 24.02.22 по 09.09.25` | range |
//! | times | `01:15`, `01:15:30`, `в 14:30`, `о 14:30`, `об 11:00`, `14 ч 30 мин`, `14 год. 30 хв.`, `в 9 утра`, `о 7 вечора`, `в полдень`, `опівночі`, `08.00 год`, `в 14.00` | minute / hour |
//! | date + time, either order | `01:15 07 сен 2025`, `7 вересня 2025 р., 21:20`, `19:21 - 13.12.2025`, `чт, 4 сент. 2025 г., 17:07` | minute |
//! | zones | `12:00 мск`, `14.00 по московскому времени`, `за київським часом`, `UTC+3`, `GMT+02:00`, `+03:00`, `Z`, `EET`, `EEST`; before the time `по московскому времени в 19:00`, `МСК 12:00` | instant in the output zone |
//! | day words | `сегодня`, `вчора`, `учора`, `позавчера`, `післязавтра`, `Вчора о 09:15` | day / minute |
//! | now | `только что`, `щойно` | second |
//! | amounts | `5 мин. назад`, `2 год. тому`, `через 3 дня`, `пять минут назад`, `дві години тому`, `час назад`, `полчаса назад`, `півтори години тому` | instant (below a day) / day |
//! | weekdays | `в пятницу`, `у п'ятницю`, `в прошлую пятницу`, `минулої п'ятниці` | day |
//! | periods | `на прошлой неделе`, `в этом году`, `минулого місяця`, `торік` | week / month / year |
//! | a date whose year is a period | `9 мая прошлого года`, `у травні цього року`, `с 1 по 5 мая прошлого года` | day / month / range |
//! | quarters, half-years (§6) | `во II квартале 2025 года`, `у ІІ кварталі 2025 року`, `за I полугодие 2025`, `у першому півріччі`, `в следующем квартале`, `Q4 2025`, `2025Q1`, `2025-Q3` | month range `2025-04/2025-06` |
//! | seasons (§6) | `летом 2025`, `этой весной`, `прошлой зимой`, `минулої зими`, `взимку 2013 року`, `зимой 2012–2013 годов` (December 2012 to February 2013) | month range |
//! | decades, centuries (§6) | `в 1990-х`, `90-е годы`, `у 2010-х роках`, `в начале 2000-х`, `в XIX веке`, `у ХХІ столітті`; ranges of decades `в 1920-30-е годы`, `в 1980–1990-х`, `у 1980-х – 1990-х роках` | year range `1990/1999`, `1801/1900`, `1920/1939` |
//! | parts of the day (§6) | `вчера вечером`, `сьогодні вранці`, `у понеділок вранці`, `вранці 15 лютого`, `этой ночью`, `прошлым вечером`; with a time `вчера вечером в 19:00`, `сьогодні вранці о 9:30` | day (instant with a time), with [`Parsed::part_of_day`] |
//! | the night before a day | `в ночь на субботу`, `у ніч на 7 вересня 2025 року`, `в ночь с пятницы на субботу`, `у ніч з 6 на 7 вересня`, `в ночь на сегодня`; `в ночь на 7 сентября в 03:00` | the day named, with `night`; minute |
//! | compound and signed amounts (§6) | `5 дней 2 часа назад`, `2 ч. 21 мин. назад`, `1 рік, 1 місяць і 1 день тому`, `+15 минут`, `+1 день 2 часа`, `-3 года` | instant / day |
//! | weekdays tied to a week (§6) | `вторник на следующей неделе`, `середа наступного тижня`, `неділю на минулому тижні`, `середу після наступної`, `в след. среду` | day |
//! | the n-th or last weekday of a month (§6) | `первый вторник октября`, `последний понедельник марта 2014`, `третій вівторок у вересні 2014`, `останній день у жовтні 2015` | day |
//! | weekends (§6) | `в эти выходные`, `на выходных`, `в прошлые выходные`, `у ці вихідні`, `на вихідних`, `цього вікенду`, `в этот уикенд` | day range `2025-09-06/2025-09-07` |
//! | holidays (§6) | `Новый год`, `Рождество`, `на Різдво`, `Пасха 2024`, `Великдень`, `День Незалежності України`, `Старый Новый год`, `Вербное воскресенье`, `Новый 2026 год` | day |
//! | written ordinal days | `первое марта`, `двадцать пятого мая 2020 года`, `тридцять перше жовтня 1974`, `третье фев 82`, `к третьему марта`, `5го ноября`, `3-его марта`, `16-го листопада`, `9-те травня`; `с первого по пятое мая` | day / range |
//! | a month alone | `в декабре`, `у грудні`, `с января`, `в мае прошлого года`; `май` (`parse` only) | month |
//! | hyphens, slashes, dots with a month name | `10-августа 2012`, `10/августа/2012`, `05-Янв-2019 14:20`, `09.июля.2015`, `сен-2012`, `2015-кві-12`, `03 авг 96`, `2 Декабрь 95 11:15` | day / month / minute |
//! | phpMyAdmin stamps | `Лип 3 2024 р., 09:40`, `Чрв 1 2025 р., 12:00`, `2 май. 2010 08:05` | minute |
//! | days in quotes | `«15» квітня 2023 року`, `"09" листопада 2024 р.`, `« 04 » октября 2023г.`, `с «01» января 2024 года по «31» декабря 2024 года` | day / range |
//! | a comma before the year | `Грудень, 2014`, `12 Октябрь, 2021 08:15` | month / minute |
//! | the reference year in words | `15 травня ц.р.`, `10 мая т.г.`, `1 июня с.г.`, `15.05 ц.р.`, `20 августа текущего года`, `3 сентября сего года` | day / month |
//! | ranges of day words (§6) | `сьогодні-завтра`, `сегодня – завтра`, `с сегодня и до послезавтра`, `з сьогодні по післязавтра` | day range |
//! | a year with an ordinal ending | `в 1990-м году`, `у 1990-му році`, `1990-й рік` (`1310-й день` is no date) | year |
//! | more day words | `позапозавчера`, `позапозавчора`, `послепослезавтра`, `післяпіслязавтра`, `прямо сейчас`, `прямо зараз`; `сейчас`, `зараз` (`parse` only) | day / second |
//! | numeric dates with a final dot or spaces | `10.12.`, `15.02`, `14 - 15.10.` (`parse` only), `10.12. в 18:00`, `пт, 05.09.`, `14. - 15.10.`, `14./15.10.2018`, `14 - 15.10.2018`, `с 14 по 15.10.`, `с 14.10. по 15.10.2018`, `с 1.9 по 5.9`, `07. 09. 2025` | day / minute / range |
//! | hours in genitive number words (§6) | `с восьми утра до десяти вечера`, `з дев'яти ранку до шести вечора`, `до шести вечора`, `після п'яти вечора`, `завтра с восьми до десяти`; `с восьми до десяти` (`parse` only) | range of instants / open interval |
//! | half past (§6) | `в половине девятого`, `в пол девятого`, `полдевятого` (08:30), `в половине первого ночи` (00:30), `о пів на восьму` (07:30), `о пів на дев'яту вечора` (20:30), `о пів дев'ятої`; `половина девятого`, `пів на восьму` (`parse` only) | minute |
//! | ranges of months and years | `с января по март 2025`, `січень–березень 2025 року`, `в январе–марте`, `с ноября 2024 по март 2025`, `1941–1945 гг.`, `в 2021-2022 годах`, `у 2014–2015 роках`; `1941–1945`, `январь–март` (`parse` only) | range of months / years |
//! | hours in words | `9 часов вечера`, `в 3 часа пополудни`, `в 3 часа после полудня`, `о 3 годині дня`, `о 18 годині`, `8 години вечора`, `в пятнадцать часов`, `17ч10`, `о 17-й`, `о 5-й ранку`, `о восьмій годині` | hour / minute |
//! | ranges of times | `9:30 - 11:00`, `11:30-13:30`, `18:30ч - 19:00ч`, `с 10 до 11 утра`, `із 10 до 11 вечора`, `в четвер з 9:30 до 11:00`, `з 22:00 до 03:30`; two stamps `15.07.2025 16:08 - 31.07.2025 00:00`, `з 01.09.2025 09:00 до 05.09.2025 18:00` | range of instants |
//! | intervals open at one end | `до 11 часов`, `до 2 часов дня`, `после 14 часов`, `після 14ч`, `до 18-ї`, `до конца дня`, `до конца месяца`, `до кінця року` | `../B`, `A/..` |
//! | a zone in brackets | `10 марта 2021 09:10 (UTC+02:00)`, `15/09/2013 - 14:37 (по МСК)` | instant in the output zone |
//! | glued to the next element of a page | `03.11.2023Рішення`, `5 Березня 2023, 10:42Українська` | as without the glue |
//!
//! ## Decisions where the spec is silent
//!
//! - Line breaks and sentence ends (`.`, `!`, `?` or `…`, white space,
//!   then a word with a capital letter) are borders between expressions in
//!   extraction (SPEC §1:
//!   `19:30⏎14 жовтня` and `19 марта 2001. Сегодня` are two); a dot before
//!   a time is not one (`27 октября 2016 года. 16:00` is one date). `parse`
//!   reads its whole input as one expression, so a cell scraped as
//!   `14.10.2025⏎19:30` is one instant there.
//! - A day range whose start has no month and a later day than the end
//!   (`30 – 2 января`, `с 28 по 3 марта`) begins in the month before the
//!   end's when that makes a range of at most two weeks (30 December to 2
//!   January); a longer one (`5–1 сентября`) is a slip and no date.
//! - A year period right after a date names the date's year: `9 мая
//!   прошлого года` on 2025-09-07 is 2024-05-09 (flagged `relative`, not
//!   `year_inferred`), never `9 мая` by the year rule beside a separate
//!   `прошлого года`. After a range it names the year of the end, and the
//!   start follows as for a written year.
//! - `год` is a Russian year and a Ukrainian hour abbreviation: with `тому`
//!   or a dot (`2 год. тому`) it is hours, with `назад` years; after `через`
//!   a number ending in 1 (not 11) means years, any other hours.
//! - `в прошлую пятницу` is the most recent Friday strictly before the
//!   reference date; `в следующую пятницу` the next one strictly after;
//!   `в эту пятницу` the Friday of the reference date's ISO week.
//! - A bare `14.00` or `06.09` is read only when something beside it says
//!   which it is (a zone, `в`/`о`, `год`/`ч` make it a time; a time or a
//!   weekday beside it makes it a day.month; a full date beside it makes it a
//!   time).
//! - Years are limited to 1..=9999; anything beyond is an
//!   [`ErrorKind::Overflow`] or [`ErrorKind::InvalidDate`].
//! - Ranges: a year written once (`с 1 по 5 сентября 2025`) belongs to
//!   both ends, and a start month after the end month crosses New Year
//!   (`28 декабря – 3 января 2026` starts in 2025). Without a year the
//!   preference picks the year of the *start*, so `1–5 сентября` read on
//!   3 September is this year's range, under way. A start after its end
//!   (`5–1 сентября 2025`) is an [`ErrorKind::InvalidDate`].
//! - Granularity follows what was written: `в 9 утра`, `в 17 часов` and
//!   `2 часа назад` are hours, `в полдень` and `опівночі` (named instants)
//!   are minutes, `14:30:05` seconds. Fractions of a second in ISO stamps
//!   are kept in the value but not printed.
//! - A weekday is checked against the date as written, before any zone
//!   conversion (`пн, 12 января 2026, 00:30 мск` is Monday in Moscow even
//!   though it is Sunday evening in Kyiv).
//! - A date without a year that no year 1..=9999 can hold under the
//!   preference (`8 сентября` in July of year 1, preferring the past) is an
//!   [`ErrorKind::Overflow`], never a silent switch to the other direction.
//! - `parse` ignores surrounding punctuation (ASCII, `«»`, dashes, quotes,
//!   `…`), not other symbols: `９ июля` with a fullwidth digit is an error.
//! - Extraction is stricter than `parse`: a weekday alone needs a
//!   preposition or a shift word (`в пятницу`, `минулої п'ятниці`), a month
//!   alone needs its preposition (`в сентябре`, not `сентябрь`), and a match glued to letters or
//!   digits (`ABC12:30`, `1.12.09.2025`) or after `№` is not a date.
//!   Every word is folded before it is looked up, so digit-free dates are
//!   found in any letter case and with Latin look-alike letters (`вЧеРа`,
//!   `Bчера` with a Latin `B`). Words that also mean something else often
//!   (`північ` "north", `полночи` "half the night") are not read as
//!   midnight.
//! - Quarters, half-years and seasons without a year follow the §2 rule by
//!   their start, the one under way counting as the most recent (`во II
//!   квартале` on 7 September 2025 is 2025-04/2025-06, `в IV квартале`
//!   2024-10/2024-12). A shift counts quarters and halves from the one
//!   under way (`в прошлом квартале`). For a season with a shift word,
//!   `этой` is the one under way, otherwise the one that begins in the
//!   reference year (`этим летом` is `летом этого года`: on 7 September
//!   the summer just ended, on 12 January 2026 the summer of 2026; `этой
//!   зимой` in July is the December ahead); `прошлой` and `следующей` are a
//!   year before and after that one (`прошлой зимой` on 20 July 2025 is
//!   2024-12/2025-02). Winter is named by the year of its January; two
//!   years that follow each other name one winter (`зимой 2012–2013
//!   годов` is 2012-12/2013-02), any other pair no season.
//! - Decades written with two digits (`90-е`) follow the §2 rule by their
//!   start (`в 20-е годы` on 2025 is the 2020s, the decade under way),
//!   flagged `year_inferred` (the century was not written); with four
//!   digits they are what they say. `в конце`, `в середине`, `наприкінці`,
//!   `у середині 1990-х` are the decade, as `в начале` is. A decade's
//!   ending is plural (`-х`, `-е`, `-ті`); the Ukrainian `-і` counts only
//!   before a year word (`у 90-і роки`), since `80-і роковини` is "the
//!   80th anniversary", and a singular ending names a year or a count
//!   (`в 1990-м году` is 1990, `1310-й день` no date). The n-th century runs from
//!   year (n-1)·100+1 to n·100 (`XIX` is 1801/1900).
//! - In extraction, quarters, half-years, seasons, decades and centuries
//!   need a year, a shift word or a preposition (`во II квартале`, `в
//!   90-е`, `в XIX веке`), a decade also all four digits or a year word
//!   (`1990-х`, `90-е годы`); alone (`лето`, `II квартал`, `90-е`, `XIX
//!   век`) only `parse` reads them.
//! - A part of the day beside a day keeps the day as the value and sets
//!   [`Parsed::part_of_day`] (`night`, `morning`, `day`, `evening`);
//!   `этой ночью` is on the reference date, `прошлым вечером` the day
//!   before. A part of the day beside a time (`в 7 вечера`, `9 часов
//!   вечера`, `о 3 годині дня`) moves the hour and is not reported
//!   separately: the instant says it. Beside a day and a range of hours it
//!   is kept (`Четвер вранці з 9 до 11` is 09:00–11:00 on Thursday with
//!   `morning`), and so beside a day and one time it allows (`вчера
//!   вечером в 19:00`, `сьогодні вранці о 9:30`: the instant on that day,
//!   with `evening`, `morning`; `вечером в 7:30` is 19:30). The hours each
//!   part allows are 4–11 (morning), 11–18 (day), 17–23 (evening) and
//!   21–5 (night); a time the part contradicts (`сегодня утром в 19:00`)
//!   is not joined to it. Lunch is none of the four parts: `завтра в обед` is
//!   `завтра` alone (the day is right; `в обед` is left as text).
//! - Compound amounts (`5 дней 2 часа назад`) move years, months, weeks and
//!   days by the calendar on the reference's wall clock, then hours,
//!   minutes and seconds as elapsed time; the result is an instant as
//!   precise as the smallest unit written, or a day when none is below a
//!   day. A signed shift (`+15 минут`, `-3 года`) is read in extraction
//!   only at the start of a line or after white space, never after `(` or
//!   a digit; any dash glued to the number is the sign (`–3 года`, `−3
//!   роки`), a spaced one is not (`Итого – 3 года`). Calendar units are
//!   applied from the largest (`1 месяц 1 день назад` on 31 March is 27
//!   February), then the hours on that day's wall clock (`1 месяц 2 часа
//!   назад` at noon on 31 March 2025 is 10:00+02:00 on 28 February). A
//!   unit with no number (`года назад`) is not one of it right
//!   after a number (`2-3 года назад`), and a plural never is (`через
//!   годы` is "over the years").
//! - A weekday tied to a week is that day of the ISO week (`вторник на
//!   следующей неделе`); `середу після наступної` is a week after `в
//!   наступну середу`.
//! - Weekends are Saturday to Sunday: `эти выходные` is the weekend of the
//!   reference date's ISO week, `прошлые` the most recent one that has
//!   ended, `следующие` the first that has not begun (on a Sunday,
//!   `прошлые выходные` is the weekend before the one under way and
//!   `следующие` the one after); `на выходных` follows
//!   the preference, the one under way counting either way. `в выходные`
//!   (habitual) and `на выходные` ("for the weekend") are `parse`-only.
//!   The loanwords `уикенд`, `вікенд` are weekends too, with a singular
//!   shift (`цього вікенду`, `в этот уикенд`) or as `на вікенді`.
//! - Holidays without a year follow the §2 rule like a day and month.
//!   `Рождество` is 7 January; `Різдво` is 7 January up to 2022 and 25
//!   December from 2023; `Пасха`/`Великдень` is Orthodox Easter (the
//!   Julian computus, moved to the Gregorian calendar), `Вербное
//!   воскресенье`/`Вербна неділя` a week before it; `Старый Новый год` is
//!   14 January (never the 1st), and `Новый 2026 год` names its year
//!   inside. `с Новым годом`
//!   (a greeting) is not a date: only `Новый год`, `Новий рік` are.
//! - A month alone is a span of one month: `в декабре` is the most recent
//!   December whose first day is not after the reference date (the month
//!   under way counts, with every preference; `prefer = nearest` counts
//!   whole months from the month under way, the past one on a tie).
//!   Extraction reports it only after `в`/`у`/`во` or `с`/`з`, or with a
//!   year or a year period (`в мае прошлого года`); a month word alone
//!   (`май`, `травень`) and a bare range of months (`январь–март`) are read
//!   by `parse` only.
//! - A range of months takes the year written at its end for its last
//!   month; a start month after the end month crosses New Year
//!   (`ноябрь–март 2025` is `2024-11/2025-03`); without a year it follows
//!   the §2 rule by its start. A span of years is reported by extraction
//!   only with a marker (`гг.`, `годах`, `роках`, `рр.`, `годы`, `роки`):
//!   with a preposition alone (`с 2014 по 2016`, `від 2000 до 2500`
//!   гривень) it is too often a price or a count, and `parse` reads it.
//! - Written ordinals need a month after them (`первое место`, `третій
//!   раз` are not dates); a tens word and an ordinal past 31 (`тридцать
//!   второе марта`) is an impossible date, not `второе марта`.
//! - An impossible date leaves nothing behind in extraction: when the
//!   longest expression at an anchor reads as a date but does not resolve
//!   (`32 августа 2014`, `1945–1941 гг.`), the scanner moves past it.
//! - A date right after a street word (`ул.`, `улица`, `вулиця`,
//!   `проспект`, `пл.`, `пров.`, `бульвар`, `метро`...) is the street's
//!   name (`ул. 8 Марта`, `на вулиці 8 Березня`), never a date.
//! - A two-digit year after a month name with a space (`03 авг 96`) is read
//!   only when a time follows (`2 Декабрь 95 11:15`) or nothing but
//!   punctuation does (the end of the text); after a hyphen or slash that
//!   also stands between the day and the month (`05-янв-19`) it is always
//!   read. A year glued on to more (`05/Янв/2019:14:20`) makes no date.
//! - A comma before the year (`Грудень, 2014`, `12 Октябрь, 2021`) is read
//!   after a month in the nominative, as SPEC prints it; after a genitive
//!   only when a time follows (`12 октября, 2021 08:15`), since `5 мая,
//!   2000 человек` is a count.
//! - `ц.р.`, `т.р.`, `т.г.`, `с.г.` (also `ц. р.`), `текущего года`,
//!   `сего года`, `поточного року` name the reference year, flagged
//!   `relative` like `этого года`.
//! - `сейчас` and `зараз` alone are common words in prose (`в продаже
//!   сейчас 12 000 квартир`): `parse` reads them as the reference instant,
//!   extraction only after `прямо`.
//! - A day.month with its final dot (`10.12.`) is never a time: it is read
//!   beside a time or a weekday, and alone by `parse`; `parse` also reads a
//!   bare `15.02` or `15.2` (not `14.00`: there is no month 0). Dotted day
//!   ranges need the dot after their start (`14. - 15.10.`), or after
//!   `с`/`з` a one-digit month (`с 1.9 по 5.9`); `в 10.1 - 10.12` is a
//!   range of versions. Without the dot after the start, a range of days
//!   is read everywhere with a year (`14 - 15.10.2018`) or after `с`/`з`
//!   with the end's final dot (`с 14 по 15.10.`; without it `по 15.10` is
//!   as much a time); a dash alone (`14 - 15.10.`, `14-15.10`) is read by
//!   `parse` only, being as often a score or a range of pages.
//! - A day in quotes (`«15» квітня`): extraction starts the match at the
//!   number, leaving the opening quote outside; `parse` trims it.
//! - Durations are not times (SPEC §5), and extraction keeps to that
//!   where a time is written the way a length of time is: a number with an
//!   hour word and minutes (`14 ч 30 мин`), a clock with a one-digit hour
//!   and seconds (`1:47:12`, a race result), two bare numbers as a range
//!   (`с 9 до 18`), and an hour of 12 or less after `до`/`после`/`після`
//!   written with an hour word alone (`до 3 часов` is also "up to three
//!   hours") are reported only beside a date, a day word or a weekday
//!   (`7 сентября 14 ч 30 мин`, `завтра с 9 до 12`, `завтра до 11 часов`),
//!   or after `в`/`о`/`об`/`с` for the first two. `parse` reads them all.
//!   A number word with a part of the day needs a preposition or an hour
//!   word (`в семь вечера`, `семь часов вечера`, not `три вечера подряд`).
//! - A range of times (`с 10 до 11 утра`) is a [`Value::Range`] of two
//!   instants; its `end` is the end of the written end's minute or hour. A
//!   part of the day written once at the end moves the start too unless
//!   that puts the start after the end (`с 10 до 11 вечера` is 22:00 to
//!   23:00, `с 11 до 2 дня` 11:00 to 14:00). An end not after its start is
//!   on the next day, so `с 08:00 до 08:00` is 24 hours; but two bare hours
//!   (no clock, hour word or part of the day) are read on a 12-hour clock,
//!   as opening hours are: an end of 12 or less not after its start, that
//!   12 hours later would be, is in the afternoon (`с 9 до 6` is 09:00 to
//!   18:00, `с 8 до 8` 08:00 to 20:00), otherwise §2 stands (`с 22 до 6`
//!   ends at 06:00 the next day, `с 9:00 до 6` too). A dash between two
//!   clocks is a range when it is glued to both or spaced from both
//!   (`08:30-09:05`, `9:30 - 11:00`); `10:00 -03:00` is a time at an offset.
//! - An interval open at one end is a [`Value::Until`] (`../B`) or a
//!   [`Value::Since`] (`A/..`). The open side has no instant, and
//!   [`Parsed::start`] / [`Parsed::end`] are then the bounds of the years
//!   cyrdate handles: midnight of 0001-01-01 for an open start and
//!   9999-12-31T23:59:59 for an open end, in the output zone (before 1924
//!   Kyiv kept local mean time, +02:02:04, which RFC 3339 prints as
//!   `+02:02`). Not the reference instant: `до 11 часов` read at noon would
//!   then end before it starts, and `start <= t && t < end` would no
//!   longer tell whether `t` is inside. [`Parsed::instant`] of an open
//!   start is therefore year 1: use `end` for a deadline.
//! - An ordinal hour after `до`/`після` (`до 18-ї`) is an hour unless a word
//!   the lexicon does not know follows it (`до 18-ї статті` is "up to
//!   article 18") and no hour word or part of the day came between (`до
//!   шостої вечора`). `в 17-й` is left alone (`в 17-й раз`, "for the 17th
//!   time"); only `о`/`об` take an ordinal hour.
//! - Cardinals in the genitive (`восьми`, `десяти`, `дев'яти`) are hours
//!   only after `с`/`з`/`до`/`после`/`після`, and read exactly as the
//!   digits they stand for: `с восьми до десяти` is `с 8 до 10` (`parse`
//!   only, or beside a day), `з дев'яти до шести` is `з 9 до 6` (09:00 to
//!   18:00, as two bare hours), `до шести вечора` is `до 6 вечера`, and
//!   `после пяти` is, like `после 5`, no hour (the number may count
//!   anything, and the hour could be 5 or 17).
//! - Half past is named by the hour it leads to: `в половине девятого`,
//!   `пол девятого`, `полдевятого`, `о пів дев'ятої` are 08:30, `пів на
//!   восьму` 07:30; `первого`/`першу` is 12:30, as `в 12 часов` is noon,
//!   and a part of the day moves it as it moves `в 12` (`половина первого
//!   ночи` is 00:30, `пів на дев'яту вечора` 20:30). Extraction reports it
//!   alone when a preposition (`в половине девятого`, `в пол девятого`, `о
//!   пів на восьму`) or a part of the day (`половина третьего ночи`) is
//!   written, or in one word (`полдевятого`); `половина девятого`, `пол
//!   девятого`, `пів на восьму` only beside a day, since `половина` is
//!   also "half" (`половина девятого класса`) and `пол` also "floor" (`пол
//!   девятого этажа`); `parse` reads them all. The hour word must be an
//!   ordinal of 1 to 12, so `в половине случаев`, `половину дня` and `пів
//!   на пів` are never times, and an ordinal followed by a unit, month,
//!   year, quarter, century or a part of a game, a course or a show is
//!   that noun's (`в половине первого месяца`, `в половине первого
//!   тайма`, `пів другого сезону`: a table of such nouns in the
//!   genitive). Any other word after it does not count (it may as well be
//!   a verb or the next line: `в половине девятого начался` is 08:30), so
//!   a noun missing from that table still reads as a time.
//! - `до`, `после`, `після` before a date leave the date as it is (`до 10
//!   вересня` is a day: `parse` reads the whole, extraction matches the
//!   date alone so that `normalise` keeps the word); only hours and the
//!   ends of periods (`до конца дня`, `до кінця тижня`, `до конца месяца`,
//!   `до конца 2025 года`, `до кінця вересня`) make open intervals.
//! - A zone in brackets right after a time applies (`09:10 (UTC+02:00)`,
//!   `18:00 (МСК)`); the closing bracket stays outside the match.
//! - Two stamps joined by a dash or `с … по`/`з … до` (`15.07.2025 16:08 -
//!   31.07.2025 00:00`, the periods of a prozorro tender) are one range of
//!   instants, each end on its own date; an end not after its start makes
//!   no range and no date (as a backwards range of days), and a zone
//!   written after the second applies to both.
//! - A zone may stand before its time (or before the date of its time)
//!   only when it names nothing but a zone: an abbreviation of two letters
//!   or more (`МСК 12:00`, `UTC 12:00`, `по UTC в 12:00`) or a place with
//!   its time word (`по московскому времени в 19:00`, `за київським часом
//!   о 19:00`). `по Москве`, `по Киеву`, `за Києвом` alone before a time
//!   are not read as its zone (`погода по Москве в 15:00` is "around
//!   Moscow"): the time is then local, as it was before.
//! - Written zone abbreviations are fixed offsets: `EET` is +02:00 and
//!   `EEST` +03:00 whatever the date; `мск` and `по Москве` follow
//!   `Europe/Moscow` (+03:00 all year since October 2014).
//! - `по`, `до`, `после`, `після` before `H.MM` whose minutes could be a
//!   month (01–12) make no time: `по 15.10`, `до 10.10`, `с 14 по 15.10
//!   был` are as much a day.month (`до 10.10 год`, `до 18.30`, `с 10.00
//!   до 18.00` are times). After `с`/`з` a day range still needs the final
//!   dot (`с 14 по 15.10.`).
//! - A written hour after `до`/`после`/`після` is read as written: `после
//!   2 часов` is 02:00 (`parse` only, as a length of time), `после 2
//!   часов дня` 14:00; `до 18:00` and `після 18:00` are open intervals at
//!   that minute. Only two bare hours in a range use the 12-hour reading.
//! - A range of times whose end is a local time that happens twice or
//!   never carries `ambiguous` or `skipped`, resolved by the policy (`з
//!   22:00 до 03:30` on 25 October 2025 ends at 03:30+03:00).
//! - `кв.` is a quarter (`1 кв. 2025 г.`, `II кв. 2025 р.`).
//! - A rule that names no particular day (`последний четверг месяца —
//!   санитарный день`, `останній четвер місяця`) is not a date.
//! - The night before a day (`в ночь на субботу`, `у ніч на 7 вересня`) is
//!   the day named after `на`, with [`Parsed::part_of_day`] `night` (a
//!   night is the early hours of its day, as `этой ночью` is the reference
//!   date's): a weekday by the §2 preference, flagged `relative`; a date
//!   without a year `year_inferred`; also a day word (`в ночь на сегодня`,
//!   `с сегодня на завтра`). Only the noun `ночь`/`ніч` makes the form:
//!   `ночью на субботу` and `вночі на суботу` are not it. Without a
//!   preposition it names the same night (`Ночь на субботу выдалась
//!   холодной` is that Saturday's night): the construction has no other
//!   reading. A first day after `с`/`з` must be the day before the day
//!   named (`с пятницы на субботу`, `с 31 августа на 1 сентября`, `с 31
//!   на 1 сентября`); otherwise (`в ночь с 5 на 7 сентября`) there is no
//!   date at all, neither the night nor `7 сентября` alone, and `parse`
//!   says why. After `на` comes a weekday, a date with a day or a day word;
//!   a holiday (`в ночь на Рождество`) or anything else (`в ночь на Ивана
//!   Купала`) makes no night. An hour before noon after the day (`в ночь
//!   на 7 сентября в 03:00`) is the instant on that day, and one of the
//!   evening, 18 to 23, the instant on the day before, where the night
//!   begins (`в ночь на 5 сентября в 23:00` is 4 September, 23:00), as `в
//!   7 вечера` says its part of the day; an afternoon hour (`в 15:00`) fits
//!   no night and is not joined: the night is found, and the hour
//!   separately on the reference date (a known limit, as for a time a part
//!   of the day contradicts: `сегодня утром в 19:00`).
//! - A range of decades (`в 1920-30-е годы`, `в 1980–1990-х`, `у 1980-х –
//!   1990-х роках`) runs from the start of the first decade to the end of
//!   the second (`1920/1939`), which must be one to nine decades later.
//!   The first is written with four digits, so extraction reports it as it
//!   does `1990-х`; a second of two digits is in the first one's century
//!   (`1990-00-е` is no date; `1990-2000-е` is 1990/2009). Two digits
//!   first (`в 20-30-е годы`) are not read: the §2 rule would place them
//!   in the 2020s where the writer means the 1920s. `1920-30 гг.` (a span
//!   of years with its end cut short) and scores (`20-30`) are no
//!   decades.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod context;
mod error;
mod grammar;
mod lexicon;
mod resolve;
mod scan;
mod syntax;
mod value;

pub use chrono_tz::Tz;
pub use context::{Context, Disambiguation, Prefer};
pub use error::{Error, ErrorKind, Reason, UnknownName};
pub use scan::{Format, Match, Matches, Piece, Stream};
pub use value::{Flags, Granularity, Parsed, PartOfDay, Value};

/// Parses one whole date expression with the default [`Context`] (now,
/// `Europe/Kyiv`, past, compatible). Surrounding white space and
/// punctuation are ignored.
///
/// ```
/// let p = cyrdate::parse("2025-09-07T01:15:00+03:00").unwrap();
/// assert_eq!(p.to_string(), "2025-09-07T01:15:00+03:00");
/// ```
pub fn parse(text: &str) -> Result<Parsed, Error> {
    Context::new().parse(text)
}

/// The README's examples, run as doctests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
