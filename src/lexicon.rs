//! Word tables and folding: the only place where Russian and Ukrainian words
//! are spelled out.
//!
//! Text is cut into [`Tok`]ens once. Every run of letters is *folded* (letter
//! case, `ё`→`е`, Latin look-alike letters inside Cyrillic words, apostrophe
//! variants) and looked up in one table built from the data arrays below, so
//! the grammar deals with meanings ([`Meaning`]) and never with spellings.
//! Adding a language or a spelling means adding rows here.

use std::collections::HashMap;
use std::sync::OnceLock;

/// A unit of time as written in relative expressions (`5 минут назад`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// Which way a relative word points (`прошлой` / `этой` / `следующей`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    Last,
    This,
    Next,
}

/// Part-of-day words that move an hour (`в 7 вечера` is 19:00).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

/// Prepositions and connectives the grammar cares about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prep {
    /// `в`, `во`, `у`: "in / on / at".
    In,
    /// `о`, `об`: Ukrainian "at" (with a time).
    At,
    /// `на` (`на прошлой неделе`).
    On,
    /// `с`, `со`, `з`, `із`, `від`: start of a range.
    From,
    /// `по`, `до`: end of a range; `по` also in `по Киеву`.
    Until,
    /// `за` (`за Києвом`).
    By,
}

/// Words that name a time zone, alone or in a phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneWord {
    /// A self-contained zone word: `мск`, `UTC`, `EET`...
    Zone(ZoneId),
    /// A place or adjective that needs `по`/`за` before it: `Киеву`, `московскому`.
    Place(ZoneId),
    /// `времени`, `часом`, `часу`: the tail of `по московскому времени`.
    TimeWord,
}

/// The zones the lexicon can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ZoneId {
    Kyiv,
    Moscow,
    Utc,
    /// A fixed offset in seconds east of UTC (`EET`, `EEST`, `CET`...).
    Fixed(i32),
}

/// One meaning of a folded word. A word may have several (`год` is a
/// Russian year and a Ukrainian hour abbreviation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    /// A month, 1–12; `abbr` for shortened forms (`сен`, `вер`).
    Month { month: u8, abbr: bool },
    /// A weekday, 1 = Monday … 7 = Sunday.
    Weekday { day: u8, abbr: bool },
    /// A unit of time; `abbr` for `мин`, `хв`, `ч`...
    Unit { unit: Unit, abbr: bool },
    /// `полчаса`, `півроку`: half of a unit in one word.
    HalfUnit(Unit),
    /// A number word: `пять`, `дві`, `двадцять`.
    Number(u32),
    /// `пол`, `пів` as a separate word (`пів години`).
    Half,
    /// `полтора`, `півтори`: one and a half.
    OneAndHalf,
    /// `несколько`, `кілька`: an amount too vague to be a date.
    Vague,
    /// `около`, `близько`, `примерно`: ignored before an amount or a time.
    About,
    /// `сегодня` (0), `вчера` (-1), `завтра` (1)...
    Day(i8),
    /// `щойно`: the reference instant.
    JustNow,
    /// `только` of `только что`.
    Just,
    /// `что` of `только что`.
    That,
    /// `назад`, `тому`: amount before the reference; `ukrainian` for `тому`.
    Ago { ukrainian: bool },
    /// `через`: amount after the reference.
    After,
    /// `прошлый`, `минулого`, `этой`, `наступного`...
    Shift(Shift),
    /// `торік`: last year, in one word.
    LastYear,
    /// `г`, `года`, `р.`, `року`: a year marker after a number; `abbr`
    /// for the shortened ones, which take a dot.
    YearMarker { abbr: bool },
    /// `ч`, `час`, `год` after an hour (`14 ч 30 мин`, `08.00 год`);
    /// `abbr` for the shortened ones, which take a dot.
    HourMarker { abbr: bool },
    /// `мин`, `хв` after minutes; `abbr` as for hours.
    MinuteMarker { abbr: bool },
    /// `утра`, `вечера`, `ранку`...
    DayPart(DayPart),
    /// `полдень`, `опівдні`.
    Noon,
    /// `полночь`, `опівночі`.
    Midnight,
    /// A preposition.
    Prep(Prep),
    /// A zone word.
    Zone(ZoneWord),
    /// `го`, `ого`, `е` after `1-`: ordinal suffix.
    Ordinal,
    /// The `T` of ISO 8601 stamps.
    IsoT,
}

// ---------------------------------------------------------------------------
// The data. Every spelling is folded form: lower case, `е` for `ё`, `'` for
// every apostrophe.
// ---------------------------------------------------------------------------

/// Full month forms in both languages (all cases that appear with a day, a
/// year or a preposition) and English names for RFC 2822.
const MONTHS: [&[&str]; 12] = [
    &["январь", "января", "январе", "январем", "січень", "січня", "січні", "січнем", "january"],
    &["февраль", "февраля", "феврале", "февралем", "лютий", "лютого", "лютому", "лютим", "february"],
    &["март", "марта", "марте", "мартом", "березень", "березня", "березні", "березнем", "march"],
    &["апрель", "апреля", "апреле", "апрелем", "квітень", "квітня", "квітні", "квітнем", "april"],
    &["май", "мая", "мае", "маем", "травень", "травня", "травні", "травнем", "may"],
    &["июнь", "июня", "июне", "июнем", "червень", "червня", "червні", "червнем", "june"],
    &["июль", "июля", "июле", "июлем", "липень", "липня", "липні", "липнем", "july"],
    &["август", "августа", "августе", "августом", "серпень", "серпня", "серпні", "серпнем", "august"],
    &[
        "сентябрь",
        "сентября",
        "сентябре",
        "сентябрем",
        "вересень",
        "вересня",
        "вересні",
        "вереснем",
        "september",
    ],
    &["октябрь", "октября", "октябре", "октябрем", "жовтень", "жовтня", "жовтні", "жовтнем", "october"],
    &[
        "ноябрь",
        "ноября",
        "ноябре",
        "ноябрем",
        "листопад",
        "листопада",
        "листопаді",
        "листопадом",
        "november",
    ],
    &["декабрь", "декабря", "декабре", "декабрем", "грудень", "грудня", "грудні", "груднем", "december"],
];

/// Month abbreviations, written with or without a dot.
const MONTH_ABBRS: [&[&str]; 12] = [
    &["янв", "січ", "jan"],
    &["фев", "февр", "лют", "feb"],
    &["мар", "бер", "берез", "mar"],
    &["апр", "квіт", "кві", "apr"],
    &["май", "трав", "тра", "трв", "may"],
    &["июн", "черв", "чер", "jun"],
    &["июл", "лип", "jul"],
    &["авг", "серп", "сер", "aug"],
    &["сен", "сент", "вер", "верес", "sep", "sept"],
    &["окт", "жовт", "жов", "oct"],
    &["ноя", "нояб", "лист", "лис", "nov"],
    &["дек", "груд", "гру", "dec"],
];

/// Weekday names in every case form a page prints, Monday first.
const WEEKDAYS: [&[&str]; 7] = [
    &["понедельник", "понедельника", "понеділок", "понеділка", "monday"],
    &["вторник", "вторника", "вівторок", "вівторка", "tuesday"],
    &["среда", "среду", "среды", "середа", "середу", "середи", "wednesday"],
    &["четверг", "четверга", "четвер", "четверга", "thursday"],
    &["пятница", "пятницу", "пятницы", "п'ятниця", "п'ятницю", "п'ятниці", "friday"],
    &["суббота", "субботу", "субботы", "субота", "суботу", "суботи", "saturday"],
    &["воскресенье", "воскресенья", "неділя", "неділю", "неділі", "sunday"],
];

const WEEKDAY_ABBRS: [&[&str]; 7] = [
    &["пн", "пнд", "mon"],
    &["вт", "втр", "tue"],
    &["ср", "срд", "wed"],
    &["чт", "чтв", "thu"],
    &["пт", "птн", "fri"],
    &["сб", "сбт", "sat"],
    &["вс", "вск", "нд", "sun"],
];

/// Units of time: full forms (every plural form) and abbreviations.
const UNITS: [(Unit, &[&str], &[&str]); 7] = [
    (Unit::Second, &["секунда", "секунду", "секунды", "секунд", "секунди", "секундочку"], &["сек", "с"]),
    (
        Unit::Minute,
        &["минута", "минуту", "минуты", "минут", "хвилина", "хвилину", "хвилини", "хвилин"],
        &["мин", "хв"],
    ),
    (Unit::Hour, &["час", "часа", "часов", "година", "годину", "години", "годин"], &["ч"]),
    (
        Unit::Day,
        &["день", "дня", "дней", "дні", "днів", "суток", "сутки", "доба", "добу", "доби", "діб"],
        &["дн", "д"],
    ),
    (
        Unit::Week,
        &["неделя", "неделю", "недели", "недель", "неделе", "тиждень", "тижні", "тижнів", "тижня"],
        &["нед", "тиж"],
    ),
    (
        Unit::Month,
        &["месяц", "месяца", "месяцев", "месяце", "місяць", "місяці", "місяців", "місяця"],
        &["мес", "міс"],
    ),
    (Unit::Year, &["год", "года", "лет", "годы", "году", "рік", "роки", "років", "року", "році"], &[]),
];

/// Number words. Russian and Ukrainian share most spellings.
const NUMBERS: &[(u32, &[&str])] = &[
    (1, &["один", "одна", "одну", "одной", "одного", "одне", "одно"]),
    (2, &["два", "две", "дві", "двое", "пару", "пара"]),
    (3, &["три", "трое"]),
    (4, &["четыре", "чотири"]),
    (5, &["пять", "п'ять"]),
    (6, &["шесть", "шість"]),
    (7, &["семь", "сім"]),
    (8, &["восемь", "вісім"]),
    (9, &["девять", "дев'ять"]),
    (10, &["десять"]),
    (11, &["одиннадцать", "одинадцять"]),
    (12, &["двенадцать", "дванадцять"]),
    (13, &["тринадцать", "тринадцять"]),
    (14, &["четырнадцать", "чотирнадцять"]),
    (15, &["пятнадцать", "п'ятнадцять"]),
    (16, &["шестнадцать", "шістнадцять"]),
    (17, &["семнадцать", "сімнадцять"]),
    (18, &["восемнадцать", "вісімнадцять"]),
    (19, &["девятнадцать", "дев'ятнадцять"]),
    (20, &["двадцать", "двадцять"]),
    (30, &["тридцать", "тридцять"]),
    (40, &["сорок"]),
    (50, &["пятьдесят", "п'ятдесят"]),
    (60, &["шестьдесят", "шістдесят"]),
    (70, &["семьдесят", "сімдесят"]),
    (80, &["восемьдесят", "вісімдесят"]),
    (90, &["девяносто", "дев'яносто"]),
    (100, &["сто"]),
];

const DAY_WORDS: &[(i8, &[&str])] = &[
    (0, &["сегодня", "сьогодні"]),
    (-1, &["вчера", "вчора", "учора"]),
    (-2, &["позавчера", "позавчора"]),
    (1, &["завтра"]),
    (2, &["послезавтра", "післязавтра"]),
];

const SHIFTS: &[(Shift, &[&str])] = &[
    (
        Shift::Last,
        &[
            "прошлый",
            "прошлая",
            "прошлое",
            "прошлой",
            "прошлом",
            "прошлую",
            "прошлого",
            "прошедшей",
            "прошедшем",
            "прошедшую",
            "минулий",
            "минула",
            "минуле",
            "минулого",
            "минулої",
            "минулому",
            "минулій",
            "минулу",
            "попередньої",
            "попереднього",
        ],
    ),
    (
        Shift::This,
        &[
            "этот",
            "эта",
            "это",
            "этой",
            "этом",
            "эту",
            "этого",
            "текущей",
            "текущем",
            "цей",
            "ця",
            "це",
            "цього",
            "цієї",
            "цьому",
            "цій",
            "цю",
            "поточного",
            "поточному",
            "поточної",
        ],
    ),
    (
        Shift::Next,
        &[
            "следующий",
            "следующая",
            "следующее",
            "следующей",
            "следующем",
            "следующую",
            "следующего",
            "наступний",
            "наступна",
            "наступне",
            "наступного",
            "наступної",
            "наступному",
            "наступній",
            "наступну",
        ],
    ),
];

const DAY_PARTS: &[(DayPart, &[&str])] = &[
    (DayPart::Morning, &["утра", "ранку", "зранку", "утром"]),
    (DayPart::Afternoon, &["дня", "пополудні"]),
    (DayPart::Evening, &["вечера", "вечора", "вечером", "увечері", "ввечері"]),
    (DayPart::Night, &["ночи", "ночі", "ночью", "вночі", "уночі"]),
];

const PREPS: &[(Prep, &[&str])] = &[
    (Prep::In, &["в", "во", "у"]),
    (Prep::At, &["о", "об"]),
    (Prep::On, &["на"]),
    (Prep::From, &["с", "со", "з", "із", "від", "зі"]),
    (Prep::Until, &["по", "до"]),
    (Prep::By, &["за"]),
];

/// Zone words. Offsets of abbreviations are fixed: `EEST` is +03:00
/// whatever the date.
const ZONES: &[(ZoneWord, &[&str])] = &[
    (ZoneWord::Zone(ZoneId::Moscow), &["мск", "msk"]),
    (ZoneWord::Zone(ZoneId::Utc), &["utc", "gmt", "z", "ut"]),
    (ZoneWord::Zone(ZoneId::Fixed(2 * 3600)), &["eet"]),
    (ZoneWord::Zone(ZoneId::Fixed(3 * 3600)), &["eest"]),
    (ZoneWord::Zone(ZoneId::Fixed(3600)), &["cet"]),
    (ZoneWord::Zone(ZoneId::Fixed(2 * 3600)), &["cest"]),
    (
        ZoneWord::Place(ZoneId::Kyiv),
        &["киеву", "киевскому", "києву", "києвом", "київським", "київському", "киев", "київ", "kyiv"],
    ),
    (
        ZoneWord::Place(ZoneId::Moscow),
        &["москве", "московскому", "москві", "московським", "московському", "москвою"],
    ),
    (ZoneWord::TimeWord, &["времени", "часом", "часу"]),
];

/// Everything else: single words with one meaning each.
const OTHERS: &[(Meaning, &[&str])] = &[
    (Meaning::Half, &["пол", "пів"]),
    (Meaning::OneAndHalf, &["полтора", "полторы", "полутора", "півтора", "півтори"]),
    (Meaning::Vague, &["несколько", "кілька", "декілька", "пару", "немного", "трохи", "многих", "кількох"]),
    (Meaning::About, &["около", "близько", "примерно", "приблизно", "почти", "майже", "где-то"]),
    (Meaning::JustNow, &["щойно"]),
    (Meaning::Just, &["только", "тільки"]),
    (Meaning::That, &["что", "що"]),
    (Meaning::Ago { ukrainian: false }, &["назад"]),
    (Meaning::Ago { ukrainian: true }, &["тому"]),
    (Meaning::After, &["через", "спустя"]),
    (Meaning::LastYear, &["торік", "торек"]),
    (Meaning::YearMarker { abbr: false }, &["года", "году", "год", "року", "році", "рік"]),
    (Meaning::YearMarker { abbr: true }, &["г", "гг", "р", "рр"]),
    (Meaning::HourMarker { abbr: true }, &["ч", "год"]),
    (Meaning::HourMarker { abbr: false }, &["час", "часа", "часов", "години", "годин", "година"]),
    (Meaning::MinuteMarker { abbr: true }, &["мин", "хв"]),
    (Meaning::MinuteMarker { abbr: false }, &["минут", "минуты", "минута", "хвилин", "хвилини", "хвилина"]),
    (Meaning::Noon, &["полдень", "полудень", "опівдні", "ополудні", "noon"]),
    (Meaning::Midnight, &["полночь", "полночи", "опівночі", "північ", "midnight"]),
    (Meaning::Ordinal, &["го", "ого", "е", "ое", "й", "ий"]),
    (Meaning::IsoT, &["t"]),
];

/// Stems that start a date expression without a digit, for the scanner.
/// Each is matched anywhere in the text in lower case, Title case and UPPER
/// case; the scanner then reads the whole word and lets the grammar decide
/// (`тому` in `тому що` is no date).
pub const TRIGGER_STEMS: &[&str] = &[
    // day words and "just now"
    "сегодня",
    "сьогодні",
    "вчера",
    "вчора",
    "учора",
    "завтра",
    "только",
    "тільки",
    "щойно",
    // amounts
    "назад",
    "тому",
    "через",
    "спустя",
    "полчаса",
    "півгодин",
    "полтор",
    "півтор",
    // weekdays (stems cover every case form and apostrophe)
    "понедельн",
    "понеділ",
    "вторник",
    "вівтор",
    "среду",
    "середу",
    "четверг",
    "четвер",
    "ятниц",
    "суббот",
    "субот",
    "воскресен",
    "неділ",
    // periods
    "недел",
    "тижн",
    "месяц",
    "місяц",
    "году",
    "року",
    "році",
    "торік",
    // noon and midnight
    "полдень",
    "полночь",
    "опівн",
    "опівдн",
];

// ---------------------------------------------------------------------------
// The table built from the data.
// ---------------------------------------------------------------------------

/// FNV-1a: the table's keys are short words, where it beats SipHash
/// several times over; the keys are our own data, so flooding is moot.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Table = HashMap<&'static [u8], Vec<Meaning>, std::hash::BuildHasherDefault<Fnv>>;

/// The longest word in the table, in bytes: longer words are not looked up.
const LONGEST_ENTRY: usize = 40;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// A Bloom-style filter over (first letter, second letter, length in
/// letters) of every entry: most words of running text fail it, and are
/// not folded and hashed in full.
type Filter = [u64; FILTER_WORDS];
const FILTER_WORDS: usize = 128;

fn filter() -> &'static Filter {
    static FILTER: OnceLock<Filter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut f = [0u64; FILTER_WORDS];
        for key in table().keys() {
            let w = std::str::from_utf8(key).unwrap_or("");
            let mut cs = w.chars();
            let (c1, c2) = (cs.next().unwrap_or(' '), cs.next().unwrap_or(' '));
            let bit = filter_bit(c1, c2, w.chars().count());
            f[bit / 64] |= 1 << (bit % 64);
        }
        f
    })
}

fn filter_bit(c1: char, c2: char, len: usize) -> usize {
    let h = (c1 as u32).wrapping_mul(0x9E37_79B1)
        ^ (c2 as u32).wrapping_mul(0x85EB_CA6B)
        ^ (len as u32).wrapping_mul(0xC2B2_AE35);
    (h.wrapping_mul(0x27D4_EB2F) >> 19) as usize % (FILTER_WORDS * 64)
}

/// False when no entry can be this word, judged from its first two
/// letters and its length (a word with any Cyrillic letter).
fn may_be_entry(word: &str, len: usize) -> bool {
    let fold1 = |c: char| {
        let c = latin_lookalike(c).unwrap_or(c);
        let c = if is_apostrophe(c) { '\'' } else { lower(c) };
        if c == 'ё' {
            'е'
        } else {
            c
        }
    };
    let mut cs = word.chars();
    let c1 = cs.next().map_or(' ', fold1);
    let c2 = cs.next().map_or(' ', fold1);
    let bit = filter_bit(c1, c2, len);
    filter()[bit / 64] & (1 << (bit % 64)) != 0
}

fn build() -> Table {
    let mut t: Table = HashMap::with_capacity_and_hasher(1024, Default::default());
    let mut add = |word: &'static str, m: Meaning| {
        let v = t.entry(word.as_bytes()).or_default();
        if !v.contains(&m) {
            v.push(m);
        }
    };
    for (i, forms) in MONTHS.iter().enumerate() {
        for w in *forms {
            add(w, Meaning::Month { month: i as u8 + 1, abbr: false });
        }
    }
    for (i, forms) in MONTH_ABBRS.iter().enumerate() {
        for w in *forms {
            add(w, Meaning::Month { month: i as u8 + 1, abbr: true });
        }
    }
    for (i, forms) in WEEKDAYS.iter().enumerate() {
        for w in *forms {
            add(w, Meaning::Weekday { day: i as u8 + 1, abbr: false });
        }
    }
    for (i, forms) in WEEKDAY_ABBRS.iter().enumerate() {
        for w in *forms {
            add(w, Meaning::Weekday { day: i as u8 + 1, abbr: true });
        }
    }
    for (unit, full, abbrs) in UNITS.iter() {
        for w in *full {
            add(w, Meaning::Unit { unit: *unit, abbr: false });
        }
        for w in *abbrs {
            add(w, Meaning::Unit { unit: *unit, abbr: true });
        }
    }
    // `год` is also the Ukrainian abbreviation of `година` (hour).
    add("год", Meaning::Unit { unit: Unit::Hour, abbr: true });
    // The tables of (key, spellings): one meaning per key.
    fn each<K: Copy>(
        rows: &[(K, &[&'static str])],
        meaning: impl Fn(K) -> Meaning,
        add: &mut impl FnMut(&'static str, Meaning),
    ) {
        for (k, forms) in rows {
            for w in *forms {
                add(w, meaning(*k));
            }
        }
    }
    each(NUMBERS, Meaning::Number, &mut add);
    each(DAY_WORDS, Meaning::Day, &mut add);
    each(SHIFTS, Meaning::Shift, &mut add);
    each(DAY_PARTS, Meaning::DayPart, &mut add);
    each(PREPS, Meaning::Prep, &mut add);
    each(ZONES, Meaning::Zone, &mut add);
    each(OTHERS, |m| m, &mut add);
    // `полчаса`, `півгодини`, `полгода`, `півроку`: half of a unit in one word.
    let halves: &[(Unit, &[&'static str])] = &[
        (Unit::Second, &["полсекунды", "півсекунди"]),
        (Unit::Minute, &["полминуты", "півхвилини"]),
        (Unit::Hour, &["полчаса", "півгодини", "півгодинки"]),
        (Unit::Day, &["полдня", "півдня", "півдоби", "полсуток"]),
        (Unit::Week, &["полнедели", "півтижня"]),
        (Unit::Month, &["полмесяца", "півмісяця"]),
        (Unit::Year, &["полгода", "півроку", "полугода"]),
    ];
    for (u, forms) in halves {
        for w in *forms {
            add(w, Meaning::HalfUnit(*u));
        }
    }
    t
}

/// Looks a folded word up. Unknown words have no meanings.
#[cfg(test)]
pub fn lookup(folded: &str) -> &'static [Meaning] {
    lookup_bytes(folded.as_bytes())
}

fn lookup_bytes(folded: &[u8]) -> &'static [Meaning] {
    if folded.len() > LONGEST_ENTRY {
        return &[];
    }
    table().get(folded).map(Vec::as_slice).unwrap_or(&[])
}

// ---------------------------------------------------------------------------
// Folding.
// ---------------------------------------------------------------------------

/// Latin letters that pages put inside Cyrillic words, and the Cyrillic
/// letter each stands for.
fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'a' | 'A' => 'а',
        'c' | 'C' => 'с',
        'e' | 'E' => 'е',
        'o' | 'O' => 'о',
        'p' | 'P' => 'р',
        'x' | 'X' => 'х',
        'y' | 'Y' => 'у',
        'i' | 'I' => 'і',
        'k' | 'K' => 'к',
        'B' => 'в',
        'H' => 'н',
        'M' => 'м',
        'T' => 'т',
        _ => return None,
    })
}

/// True for the characters that count as apostrophes inside a word.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`' | '\u{2018}' | '\u{00B4}')
}

/// True for letters that may make up a word (Cyrillic and Latin).
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Lower case for the alphabets we read; everything else is kept.
fn lower(c: char) -> char {
    match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'А'..='Я' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Ѐ'..='Џ' => char::from_u32(c as u32 + 80).unwrap_or(c),
        'Ґ' => 'ґ',
        _ => c,
    }
}

/// The byte length of a letter (ASCII or Cyrillic, U+0400–U+04FF) at
/// `j`, or 0.
fn letter_len(bytes: &[u8], j: usize, to: usize) -> usize {
    match bytes[j] {
        b if b.is_ascii_alphabetic() => 1,
        0xD0..=0xD3 if j + 1 < to && (0x80..0xC0).contains(&bytes[j + 1]) => 2,
        _ => 0,
    }
}

/// The byte length of an apostrophe (`'` `` ` `` `’` `‘` `ʼ` `´`) at `j`, or 0.
fn apostrophe_len(bytes: &[u8], j: usize, to: usize) -> usize {
    match bytes[j] {
        b'\'' | b'`' => 1,
        0xE2 if j + 2 < to && bytes[j + 1] == 0x80 && matches!(bytes[j + 2], 0x98 | 0x99) => 3,
        0xCA if j + 1 < to && bytes[j + 1] == 0xBC => 2,
        0xC2 if j + 1 < to && bytes[j + 1] == 0xB4 => 2,
        _ => 0,
    }
}

/// The end of the word whose letters continue at `j`: letters, with
/// apostrophes allowed between letters. Works on bytes: this is the lexer's
/// inner loop.
fn word_end(bytes: &[u8], mut j: usize, to: usize) -> usize {
    while j < to {
        let n = letter_len(bytes, j, to);
        if n > 0 {
            j += n;
            continue;
        }
        let a = apostrophe_len(bytes, j, to);
        if a > 0 && j + a < to && letter_len(bytes, j + a, to) > 0 {
            j += a;
            continue;
        }
        break;
    }
    j
}

/// A folded word on the stack: no allocation per word.
struct Folded {
    buf: [u8; LONGEST_ENTRY],
    len: usize,
}

impl Folded {
    fn new() -> Self {
        Folded { buf: [0; LONGEST_ENTRY], len: 0 }
    }
    /// Appends a character; false when the word outgrows every entry.
    fn push(&mut self, c: char) -> bool {
        let n = c.len_utf8();
        if self.len + n > LONGEST_ENTRY {
            return false;
        }
        c.encode_utf8(&mut self.buf[self.len..]);
        self.len += n;
        true
    }
    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// Folds one word: lower case, `ё`→`е`, apostrophes to `'`, and Latin
/// look-alikes to Cyrillic when the word holds any Cyrillic letter. A word
/// of Latin letters only is kept Latin (`UTC`, `Sep`). False when the word
/// is longer than any entry.
fn fold(word: &str, f: &mut Folded) -> bool {
    let cyrillic = word.bytes().any(|b| (0xD0..=0xD3).contains(&b));
    for c in word.chars() {
        let c = if cyrillic { latin_lookalike(c).unwrap_or(c) } else { c };
        let c = if is_apostrophe(c) { '\'' } else { lower(c) };
        if !f.push(if c == 'ё' { 'е' } else { c }) {
            return false;
        }
    }
    true
}

/// Folds a word of Latin letters as if every look-alike were Cyrillic
/// (`o` → `о`). False when some letter has no look-alike.
fn fold_lookalikes(word: &str, f: &mut Folded) -> bool {
    for c in word.chars() {
        let k = match latin_lookalike(c) {
            Some(k) => lower(k),
            None if is_apostrophe(c) => '\'',
            None => return false,
        };
        if !f.push(k) {
            return false;
        }
    }
    true
}

/// Folds a word and looks it up: the meanings of a word as the lexer
/// reads it. A Latin-only word that means nothing is tried once more as
/// Cyrillic look-alikes (a lone Latin `o` is the preposition `о`).
pub fn lookup_word(word: &str) -> &'static [Meaning] {
    if word.len() > 2 * LONGEST_ENTRY {
        return &[];
    }
    // One pass over the bytes: any Cyrillic letter, and the length in
    // characters for the filter.
    let (mut cyrillic, mut len) = (false, 0usize);
    for b in word.bytes() {
        cyrillic |= (0xD0..=0xD3).contains(&b);
        len += usize::from((b & 0xC0) != 0x80);
    }
    if cyrillic && !may_be_entry(word, len) {
        return &[];
    }
    let mut f = Folded::new();
    if !fold(word, &mut f) {
        return &[];
    }
    let m = lookup_bytes(f.as_bytes());
    if !m.is_empty() || word.bytes().any(|b| b >= 0x80) {
        return m;
    }
    let mut f = Folded::new();
    if fold_lookalikes(word, &mut f) {
        lookup_bytes(f.as_bytes())
    } else {
        &[]
    }
}

// ---------------------------------------------------------------------------
// Tokens.
// ---------------------------------------------------------------------------

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A run of ASCII digits: its value (saturated at `u64::MAX`) and its
    /// number of digits (saturated at 255).
    Num { value: u64, digits: u8 },
    /// A word and its meanings (empty for words the lexicon does not know).
    Word(&'static [Meaning]),
    /// One punctuation character, dashes folded to `-`.
    Punct(char),
}

/// A token: its kind, its byte span in the text, and whether white space
/// stands before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub space_before: bool,
}

impl Tok {
    /// The meanings of a word token (empty for other tokens).
    pub fn meanings(&self) -> &'static [Meaning] {
        match self.kind {
            Kind::Word(m) => m,
            _ => &[],
        }
    }

    /// True when this is the punctuation character `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }
}

/// True for the white space that pages use between words.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{200B}' | '\u{FEFF}')
}

/// Dashes and minus signs, all read as `-`.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
    )
}

/// Cuts `text[from..to]` into tokens, appending to `out`. Offsets are into
/// `text`. Stops early, after the token that crosses it, once `max_tokens`
/// tokens have been produced.
pub fn lex_into(text: &str, from: usize, to: usize, out: &mut Vec<Tok>, max_tokens: usize) {
    let bytes = text.as_bytes();
    let mut i = from;
    let mut space = text[..from].chars().next_back().is_some_and(is_space);
    let mut produced = 0;
    while i < to && produced < max_tokens {
        let b = bytes[i];
        if b.is_ascii_digit() {
            let start = i;
            let mut value: u64 = 0;
            let mut digits: u32 = 0;
            while i < to && bytes[i].is_ascii_digit() {
                value = value.saturating_mul(10).saturating_add(u64::from(bytes[i] - b'0'));
                digits += 1;
                i += 1;
            }
            out.push(Tok {
                kind: Kind::Num { value, digits: digits.min(255) as u8 },
                start,
                end: i,
                space_before: space,
            });
            produced += 1;
            space = false;
            continue;
        }
        // A letter (ASCII or Cyrillic, the common case) starts a word: no
        // need to decode the character.
        if letter_len(bytes, i, to) > 0 {
            let start = i;
            let j = word_end(bytes, i, to);
            let m = lookup_word(&text[start..j]);
            out.push(Tok { kind: Kind::Word(m), start, end: j, space_before: space });
            produced += 1;
            space = false;
            i = j;
            continue;
        }
        let c = if b < 0x80 {
            char::from(b)
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        let clen = c.len_utf8();
        if is_space(c) {
            space = true;
            i += clen;
            continue;
        }
        let p = if is_dash(c) {
            '-'
        } else if is_apostrophe(c) {
            '\''
        } else {
            c
        };
        out.push(Tok { kind: Kind::Punct(p), start: i, end: i + clen, space_before: space });
        produced += 1;
        space = false;
        i += clen;
    }
}

/// The start of the token that ends at `end`, walking back no further
/// than `min`: `None` when it would cross `min` (the token is cut there).
/// Agrees with [`lex_into`] on where tokens start.
pub fn token_start_before(text: &str, end: usize, min: usize) -> Option<usize> {
    let c = text[..end].chars().next_back()?;
    let mut i = end - c.len_utf8();
    if c.is_ascii_digit() {
        while i > 0 && text.as_bytes()[i - 1].is_ascii_digit() {
            i -= 1;
            if i < min {
                return None;
            }
        }
    } else if is_word_char(c) {
        while let Some(p) = text[..i].chars().next_back() {
            if is_word_char(p) {
                i -= p.len_utf8();
            } else if is_apostrophe(p) {
                // An apostrophe between two letters is inside the word.
                let before = i - p.len_utf8();
                match text[..before].chars().next_back() {
                    Some(q) if is_word_char(q) => i = before,
                    _ => break,
                }
            } else {
                break;
            }
            if i < min {
                return None;
            }
        }
    }
    (i >= min).then_some(i)
}

/// Cuts the whole of `text` into tokens.
pub fn lex(text: &str) -> Vec<Tok> {
    // One allocation: a date expression has a token every few bytes.
    let mut v = Vec::with_capacity((text.len() / 3).clamp(8, 256));
    lex_into(text, 0, text.len(), &mut v, usize::MAX);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(w: &str) -> String {
        let mut f = Folded::new();
        assert!(fold(w, &mut f));
        String::from_utf8(f.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("СЕНТЯБРЯ", "сентября"),
            ("Вересня", "вересня"),
            ("сентябpя", "сентября"), // Latin p
            ("Пʼятниця", "п'ятниця"),
            ("П’ЯТНИЦЮ", "п'ятницю"),
            ("Ёлка", "елка"),
            ("ЇЖАК", "їжак"),
            ("Ґанок", "ґанок"),
            ("Підписуйтеcь", "підписуйтесь"),
            ("UTC", "utc"),
        ];
        for (w, want) in cases {
            assert_eq!(folded(w), want, "{w}");
        }
    }

    #[test]
    fn every_entry_passes_the_filter() {
        for w in table().keys() {
            let w = std::str::from_utf8(w).unwrap();
            if w.bytes().any(|b| (0xD0..=0xD3).contains(&b)) {
                let n = w.chars().count();
                assert!(may_be_entry(w, n), "{w} fails the filter");
                // And in capitals, as pages print them.
                assert!(may_be_entry(&w.to_uppercase(), n), "{w} in capitals fails the filter");
            }
        }
    }

    #[test]
    fn every_entry_fits_the_fold_buffer() {
        for w in table().keys() {
            assert!(w.len() <= LONGEST_ENTRY, "{} is longer than LONGEST_ENTRY", String::from_utf8_lossy(w));
        }
    }

    #[test]
    fn lookups() {
        assert!(lookup("сентября").contains(&Meaning::Month { month: 9, abbr: false }));
        assert!(lookup("вер").contains(&Meaning::Month { month: 9, abbr: true }));
        assert!(lookup("год").contains(&Meaning::Unit { unit: Unit::Year, abbr: false }));
        assert!(lookup("год").contains(&Meaning::Unit { unit: Unit::Hour, abbr: true }));
        assert!(lookup("півгодини").contains(&Meaning::HalfUnit(Unit::Hour)));
        assert!(lookup("марка").is_empty());
        assert!(lookup("погода").is_empty());
    }

    #[test]
    fn tokens() {
        let t = lex("01:15 07 СЕН. 2025");
        assert_eq!(t.len(), 7);
        assert_eq!(t[0].kind, Kind::Num { value: 1, digits: 2 });
        assert!(t[1].is_punct(':'));
        assert!(t[3].space_before);
        assert_eq!(t[4].meanings(), lookup("сен"));
        assert_eq!((t[4].start, t[4].end), (9, 15));
        let t = lex("1–го о 14:30");
        assert!(t[1].is_punct('-'));
        assert_eq!(t[2].meanings(), lookup("го"));
        // A Latin `o` alone is read as the Ukrainian preposition.
        let t = lex("Вчора o 09:15");
        assert_eq!(t[1].meanings(), lookup("о"));
        // Apostrophe variants stay inside the word.
        assert_eq!(lex("п’ятниця").len(), 1);
        assert_eq!(lex("пʼятниця")[0].meanings(), lookup("п'ятниця"));
    }
}
