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

pub use crate::syntax::vocab::{DayPart, Holiday, Season, Shift, Unit, ZoneId};

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
    /// `к`, `ко`: "by" a day (`к третьему марта`).
    Towards,
    /// `после`, `після`: the start of an interval open at its end
    /// (`после 14 часов`).
    Since,
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
    /// `квартал`, `кв.`: a quarter of a year.
    Quarter,
    /// `полугодие`, `півріччя`: half of a year.
    HalfYear,
    /// `весна`, `летом`, `восени`, `взимку`.
    Season(Season),
    /// An ordinal word as a count of quarters or halves: `первом`, `другому`.
    OrdinalWord(u8),
    /// A Roman numeral, in Latin or Cyrillic look-alike letters: `II`, `ХІХ`.
    Roman(u8),
    /// `х`, `е`, `ых`, `ті` after `1990-`: a decade.
    DecadeSuffix,
    /// `век`, `столетие`, `століття`, `ст.`: a century.
    Century { abbr: bool },
    /// A plural form of a unit (`годы`, `минут`, `днів`): never an implied
    /// one (`через годы` is "over the years", not a shift).
    Plural,
    /// `и`, `і`, `та` between the amounts of a compound shift.
    And,
    /// `выходные`, `вихідних`: a weekend; `locative` for `выходных`,
    /// `вихідних` (`на выходных`, "at the weekend"); `singular` for the
    /// loanwords `уикенд`, `вікенду`, which take a singular shift.
    Weekend { locative: bool, singular: bool },
    /// A plural shift word, said of weekends: `эти`, `прошлых`, `наступні`.
    ShiftPlural(Shift),
    /// `последний`, `останній`: the last of a month.
    Last,
    /// `после`, `після` (`середу після наступної`).
    Following,
    /// A holiday's name, or its first word.
    Holiday(Holiday),
    /// `новый`, `новий` of `Новый год`.
    New,
    /// `Христово`, `Христове` after `Рождество`, `Різдво`.
    Christ,
    /// `независимости`, `незалежності` of `День Независимости`.
    Independence,
    /// `украины`, `україни` after `День Независимости`.
    Ukraine,
    /// `начале`, `конце`, `на початку`: a part of a decade that names the
    /// decade (`в начале 2000-х`).
    Within,
    /// `утром`, `вечером`, `вранці`, `вночі`: a part of the day on its own,
    /// beside a day (`вчера вечером`).
    PartOfDay(DayPart),
    /// `ночь`, `ніч`: the night as a noun, of `в ночь на субботу`, `у ніч
    /// з 6 на 7 вересня`; alone no part of the day (`ночь выдалась
    /// холодной`).
    Night,
    /// A month word in the nominative (`сентябрь`, `вересень`), which may
    /// take a comma before its year (`Грудень, 2014`, `12 Октябрь, 2021`).
    Nominative,
    /// `прямо` of `прямо сейчас`, `прямо зараз`.
    Right,
    /// `ул.`, `вулиця`, `проспект`...: a street word, before which a date
    /// is a street's name (`ул. 8 Марта`), never a date.
    Street,
    /// `сейчас`, `зараз`: the reference instant, but a common word in prose
    /// (`в продаже сейчас 12 000 квартир`), so no anchor: extraction reads
    /// it only after `прямо`, `parse` alone too.
    NowWord,
    /// `ц`, `т`, `с` of `ц.р.`, `т.г.`, `с.г.` ("this year"): the initial
    /// of "this" before an abbreviated year marker.
    Current,
    /// `полудня`: noon after `после`/`після` (`в 3 часа после
    /// полудня`); never a time on its own.
    OfNoon,
    /// `конца`, `кінця`: the end of a period (`до конца месяца`).
    EndOf,
    /// `тайма`, `периода`, `сезону`...: a part of a game, a course or a
    /// show in the genitive, whose ordinal a half before it is (`в
    /// половине первого тайма`), never an hour.
    Stage,
    /// A Ukrainian ordinal that names an hour: `о восьмій (годині)`, `до
    /// п'ятнадцятої`.
    HourOrdinal(u8),
    /// A cardinal in the genitive: `восьми`, `двадцати`, `трьох`. An hour
    /// after `с`/`з`/`до`/`после`/`після` (`с восьми до десяти`), never an
    /// amount.
    Genitive(u8),
    /// `половина`, `половине`: half past, before the ordinal of the next
    /// hour (`в половине девятого` is 8:30).
    HalfOf,
    /// `полдевятого`: half past, in one word, with the ordinal of the next
    /// hour (9: 8:30).
    HalfPast(u8),
    /// A Ukrainian ordinal hour in the accusative, after `пів на`: `пів на
    /// восьму` (7:30).
    HourAccusative(u8),
}

// ---------------------------------------------------------------------------
// Kinds of meaning, one bit each: what the grammar's family table and the
// scanner's quick tests speak of. A new meaning gets its bit here.
// ---------------------------------------------------------------------------

/// A set of kinds of meaning, one bit each ([`bit`]).
pub type Bits = u128;

/// The kinds of meaning the family table speaks of, one bit each.
pub mod bits {
    use super::Bits;
    pub const MONTH: Bits = 1 << 0;
    pub const WEEKDAY: Bits = 1 << 1;
    pub const UNIT: Bits = 1 << 2;
    pub const HALF_UNIT: Bits = 1 << 3;
    pub const NUMBER: Bits = 1 << 4;
    pub const HALF: Bits = 1 << 5;
    pub const ONE_AND_HALF: Bits = 1 << 6;
    pub const VAGUE: Bits = 1 << 7;
    pub const ABOUT: Bits = 1 << 8;
    pub const DAY: Bits = 1 << 9;
    pub const JUST_NOW: Bits = 1 << 10;
    pub const JUST: Bits = 1 << 11;
    pub const GENITIVE: Bits = 1 << 12;
    pub const AGO: Bits = 1 << 13;
    pub const AFTER: Bits = 1 << 14;
    pub const SHIFT: Bits = 1 << 15;
    pub const LAST_YEAR: Bits = 1 << 16;
    pub const YEAR_MARKER: Bits = 1 << 17;
    pub const HOUR_MARKER: Bits = 1 << 18;
    pub const HALF_OF: Bits = 1 << 19;
    pub const DAY_PART: Bits = 1 << 20;
    pub const NOON: Bits = 1 << 21;
    pub const MIDNIGHT: Bits = 1 << 22;
    pub const IN: Bits = 1 << 23;
    pub const AT: Bits = 1 << 24;
    pub const ON: Bits = 1 << 25;
    pub const FROM: Bits = 1 << 26;
    pub const UNTIL: Bits = 1 << 27;
    pub const BY: Bits = 1 << 28;
    pub const ZONE: Bits = 1 << 29;
    pub const ZONE_PLACE: Bits = 1 << 30;
    pub const HALF_PAST: Bits = 1 << 31;
    pub const ORDINAL: Bits = 1 << 32;
    pub const ISO_T: Bits = 1 << 33;
    pub const QUARTER: Bits = 1 << 34;
    pub const HALF_YEAR: Bits = 1 << 35;
    pub const SEASON: Bits = 1 << 36;
    pub const ORDINAL_WORD: Bits = 1 << 37;
    pub const ROMAN: Bits = 1 << 38;
    pub const DECADE_SUFFIX: Bits = 1 << 39;
    pub const CENTURY: Bits = 1 << 40;
    pub const PART_OF_DAY: Bits = 1 << 41;
    pub const PLURAL: Bits = 1 << 42;
    pub const AND: Bits = 1 << 43;
    pub const WITHIN: Bits = 1 << 44;
    pub const WEEKEND: Bits = 1 << 45;
    pub const SHIFT_PLURAL: Bits = 1 << 46;
    pub const LAST: Bits = 1 << 47;
    pub const FOLLOWING: Bits = 1 << 48;
    pub const HOLIDAY: Bits = 1 << 49;
    pub const NEW: Bits = 1 << 50;
    pub const CHRIST: Bits = 1 << 51;
    pub const INDEPENDENCE: Bits = 1 << 52;
    pub const UKRAINE: Bits = 1 << 53;
    pub const CURRENT: Bits = 1 << 54;
    pub const NOW_WORD: Bits = 1 << 55;
    pub const STREET: Bits = 1 << 56;
    pub const RIGHT: Bits = 1 << 57;
    pub const NOMINATIVE: Bits = 1 << 58;
    pub const TOWARDS: Bits = 1 << 59;
    pub const SINCE: Bits = 1 << 60;
    pub const OF_NOON: Bits = 1 << 61;
    pub const END_OF: Bits = 1 << 62;
    pub const HOUR_ORDINAL: Bits = 1 << 63;
    // Kinds the family table and the quick tests never name live above
    // bit 63: a set of kinds within the low 64 bits is tested in one
    // 64-bit operation.
    pub const THAT: Bits = 1 << 64;
    pub const MINUTE_MARKER: Bits = 1 << 65;
    pub const ZONE_TIME_WORD: Bits = 1 << 66;
    pub const HOUR_ACCUSATIVE: Bits = 1 << 67;
    pub const STAGE: Bits = 1 << 68;
    pub const NIGHT: Bits = 1 << 69;
    /// A number (what a grammar family may read after a preposition), not a meaning.
    pub const NUM: Bits = 1 << 127;
    /// Every preposition.
    pub const PREP: Bits = IN | AT | ON | FROM | UNTIL | BY;
}

/// The bit of a meaning's kind.
#[inline]
pub fn bit(m: &Meaning) -> Bits {
    use bits::*;
    match m {
        Meaning::Month { .. } => MONTH,
        Meaning::Weekday { .. } => WEEKDAY,
        Meaning::Unit { .. } => UNIT,
        Meaning::HalfUnit(_) => HALF_UNIT,
        Meaning::Number(_) => NUMBER,
        Meaning::Half => HALF,
        Meaning::OneAndHalf => ONE_AND_HALF,
        Meaning::Vague => VAGUE,
        Meaning::About => ABOUT,
        Meaning::Day(_) => DAY,
        Meaning::JustNow => JUST_NOW,
        Meaning::Just => JUST,
        Meaning::That => THAT,
        Meaning::Ago { .. } => AGO,
        Meaning::After => AFTER,
        Meaning::Shift(_) => SHIFT,
        Meaning::LastYear => LAST_YEAR,
        Meaning::YearMarker { .. } => YEAR_MARKER,
        Meaning::HourMarker { .. } => HOUR_MARKER,
        Meaning::MinuteMarker { .. } => MINUTE_MARKER,
        Meaning::DayPart(_) => DAY_PART,
        Meaning::Noon => NOON,
        Meaning::Midnight => MIDNIGHT,
        Meaning::Prep(Prep::In) => IN,
        Meaning::Prep(Prep::At) => AT,
        Meaning::Prep(Prep::On) => ON,
        Meaning::Prep(Prep::From) => FROM,
        Meaning::Prep(Prep::Until) => UNTIL,
        Meaning::Prep(Prep::By) => BY,
        Meaning::Prep(Prep::Towards) => TOWARDS,
        Meaning::Zone(ZoneWord::Zone(_)) => ZONE,
        Meaning::Zone(ZoneWord::Place(_)) => ZONE_PLACE,
        Meaning::Zone(ZoneWord::TimeWord) => ZONE_TIME_WORD,
        Meaning::Ordinal => ORDINAL,
        Meaning::IsoT => ISO_T,
        Meaning::Quarter => QUARTER,
        Meaning::HalfYear => HALF_YEAR,
        Meaning::Season(_) => SEASON,
        Meaning::OrdinalWord(_) => ORDINAL_WORD,
        Meaning::Roman(_) => ROMAN,
        Meaning::DecadeSuffix => DECADE_SUFFIX,
        Meaning::Century { .. } => CENTURY,
        Meaning::PartOfDay(_) => PART_OF_DAY,
        Meaning::Plural => PLURAL,
        Meaning::And => AND,
        Meaning::Within => WITHIN,
        Meaning::Weekend { .. } => WEEKEND,
        Meaning::ShiftPlural(_) => SHIFT_PLURAL,
        Meaning::Last => LAST,
        Meaning::Following => FOLLOWING,
        Meaning::Holiday(_) => HOLIDAY,
        Meaning::New => NEW,
        Meaning::Christ => CHRIST,
        Meaning::Independence => INDEPENDENCE,
        Meaning::Ukraine => UKRAINE,
        Meaning::Current => CURRENT,
        Meaning::NowWord => NOW_WORD,
        Meaning::Street => STREET,
        Meaning::Right => RIGHT,
        Meaning::Nominative => NOMINATIVE,
        Meaning::Prep(Prep::Since) => SINCE,
        Meaning::OfNoon => OF_NOON,
        Meaning::EndOf => END_OF,
        Meaning::HourOrdinal(_) => HOUR_ORDINAL,
        Meaning::Genitive(_) => GENITIVE,
        Meaning::HalfOf => HALF_OF,
        Meaning::HalfPast(_) => HALF_PAST,
        Meaning::HourAccusative(_) => HOUR_ACCUSATIVE,
        Meaning::Stage => STAGE,
        Meaning::Night => NIGHT,
    }
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
    &["июн", "черв", "чер", "чрв", "jun"],
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
    (-3, &["позапозавчера", "позапозавчора"]),
    (3, &["послепослезавтра", "післяпіслязавтра"]),
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
            "прошлым",
            "прошедшим",
            "прошедшей",
            "прошедшем",
            "прошедшую",
            "минулий",
            "минула",
            "минуле",
            "минулого",
            "минулим",
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
            "этим",
            "текущей",
            "текущем",
            "текущего",
            "текущий",
            "сего",
            "цей",
            "ця",
            "це",
            "цього",
            "цим",
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
            "следующим",
            "след",
            "наступний",
            "наступна",
            "наступне",
            "наступного",
            "наступним",
            "наступної",
            "наступному",
            "наступній",
            "наступну",
        ],
    ),
];

const DAY_PARTS: &[(DayPart, &[&str])] = &[
    (DayPart::Morning, &["утра", "ранку", "зранку", "утром"]),
    (DayPart::Afternoon, &["дня", "пополудні", "пополудни"]),
    (DayPart::Evening, &["вечера", "вечора", "вечером", "увечері", "ввечері"]),
    (DayPart::Night, &["ночи", "ночі", "ночью", "вночі", "уночі"]),
];

const PREPS: &[(Prep, &[&str])] = &[
    (Prep::In, &["в", "во", "у"]),
    (Prep::At, &["о", "об"]),
    (Prep::On, &["на"]),
    (Prep::From, &["с", "со", "з", "із", "від", "зі"]),
    (Prep::Until, &["по", "до"]),
    (Prep::Towards, &["к", "ко"]),
    (Prep::By, &["за"]),
    (Prep::Since, &["после", "після"]),
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

/// Seasons in every case form a page prints with them, and the adverbs
/// (`летом`, `влітку`, `восени`).
const SEASONS: &[(Season, &[&str])] = &[
    (Season::Winter, &["зима", "зимы", "зиме", "зиму", "зимой", "зимою", "зими", "взимку", "узимку", "зимі"]),
    (Season::Spring, &["весна", "весны", "весне", "весну", "весной", "весною", "весни", "навесні", "весні"]),
    (Season::Summer, &["лето", "лета", "лете", "летом", "літо", "літа", "влітку", "улітку", "літом", "літі"]),
    (Season::Autumn, &["осень", "осени", "осенью", "осінь", "осені", "восени", "увосени", "осінню"]),
];

/// Ordinal words that count quarters and halves of a year.
const ORDINAL_WORDS: &[(u8, &[&str])] = &[
    (
        1,
        &[
            "первый",
            "первого",
            "первом",
            "первое",
            "первая",
            "первую",
            "перший",
            "першого",
            "першому",
            "перше",
            "першій",
            "перша",
            "першу",
        ],
    ),
    (
        2,
        &[
            "второй",
            "второго",
            "втором",
            "второе",
            "вторая",
            "вторую",
            "другий",
            "другого",
            "другому",
            "друге",
            "другій",
            "друга",
            "другу",
        ],
    ),
    (
        3,
        &[
            "третий",
            "третьего",
            "третьем",
            "третье",
            "третья",
            "третью",
            "третій",
            "третього",
            "третьому",
            "третє",
            "третя",
            "третю",
        ],
    ),
    (
        4,
        &[
            "четвертый",
            "четвертого",
            "четвертом",
            "четвертое",
            "четвертая",
            "четвертую",
            "четвертий",
            "четвертого",
            "четвертому",
            "четверте",
            "четверта",
            "четверту",
        ],
    ),
];

/// Ordinal words as days of a month (`первое марта`, `п'яте травня`, `к
/// третьему марта`): the neuter forms a date takes in every case it is
/// written in (nominative, genitive, dative, instrumental, prepositional).
/// Days 21–29 and 31 are a tens word before one of these (`двадцать
/// пятого`, `тридцять перше`).
const DAY_ORDINALS: &[(u8, &[&str])] = &[
    (1, &["первое", "первого", "первому", "первым", "первом", "перше", "першого", "першому", "першим"]),
    (2, &["второе", "второго", "второму", "вторым", "втором", "друге", "другого", "другому", "другим"]),
    (3, &["третье", "третьего", "третьему", "третьим", "третьем", "третє", "третього", "третьому", "третім"]),
    (4, &["четвертое", "четвертого", "четвертому", "четвертым", "четвертом", "четверте", "четвертим"]),
    (5, &["пятое", "пятого", "пятому", "пятым", "пятом", "п'яте", "п'ятого", "п'ятому", "п'ятим"]),
    (6, &["шестое", "шестого", "шестому", "шестым", "шестом", "шосте", "шостого", "шостому", "шостим"]),
    (7, &["седьмое", "седьмого", "седьмому", "седьмым", "седьмом", "сьоме", "сьомого", "сьомому", "сьомим"]),
    (8, &["восьмое", "восьмого", "восьмому", "восьмым", "восьмом", "восьме", "восьмим"]),
    (
        9,
        &[
            "девятое",
            "девятого",
            "девятому",
            "девятым",
            "девятом",
            "дев'яте",
            "дев'ятого",
            "дев'ятому",
            "дев'ятим",
        ],
    ),
    (10, &["десятое", "десятого", "десятому", "десятым", "десятом", "десяте", "десятим"]),
    (
        11,
        &[
            "одиннадцатое",
            "одиннадцатого",
            "одиннадцатому",
            "одиннадцатым",
            "одиннадцатом",
            "одинадцяте",
            "одинадцятого",
            "одинадцятому",
            "одинадцятим",
        ],
    ),
    (
        12,
        &[
            "двенадцатое",
            "двенадцатого",
            "двенадцатому",
            "двенадцатым",
            "двенадцатом",
            "дванадцяте",
            "дванадцятого",
            "дванадцятому",
            "дванадцятим",
        ],
    ),
    (
        13,
        &[
            "тринадцатое",
            "тринадцатого",
            "тринадцатому",
            "тринадцатым",
            "тринадцатом",
            "тринадцяте",
            "тринадцятого",
            "тринадцятому",
            "тринадцятим",
        ],
    ),
    (
        14,
        &[
            "четырнадцатое",
            "четырнадцатого",
            "четырнадцатому",
            "четырнадцатым",
            "четырнадцатом",
            "чотирнадцяте",
            "чотирнадцятого",
            "чотирнадцятому",
            "чотирнадцятим",
        ],
    ),
    (
        15,
        &[
            "пятнадцатое",
            "пятнадцатого",
            "пятнадцатому",
            "пятнадцатым",
            "пятнадцатом",
            "п'ятнадцяте",
            "п'ятнадцятого",
            "п'ятнадцятому",
            "п'ятнадцятим",
        ],
    ),
    (
        16,
        &[
            "шестнадцатое",
            "шестнадцатого",
            "шестнадцатому",
            "шестнадцатым",
            "шестнадцатом",
            "шістнадцяте",
            "шістнадцятого",
            "шістнадцятому",
            "шістнадцятим",
        ],
    ),
    (
        17,
        &[
            "семнадцатое",
            "семнадцатого",
            "семнадцатому",
            "семнадцатым",
            "семнадцатом",
            "сімнадцяте",
            "сімнадцятого",
            "сімнадцятому",
            "сімнадцятим",
        ],
    ),
    (
        18,
        &[
            "восемнадцатое",
            "восемнадцатого",
            "восемнадцатому",
            "восемнадцатым",
            "восемнадцатом",
            "вісімнадцяте",
            "вісімнадцятого",
            "вісімнадцятому",
            "вісімнадцятим",
        ],
    ),
    (
        19,
        &[
            "девятнадцатое",
            "девятнадцатого",
            "девятнадцатому",
            "девятнадцатым",
            "девятнадцатом",
            "дев'ятнадцяте",
            "дев'ятнадцятого",
            "дев'ятнадцятому",
            "дев'ятнадцятим",
        ],
    ),
    (
        20,
        &[
            "двадцатое",
            "двадцатого",
            "двадцатому",
            "двадцатым",
            "двадцатом",
            "двадцяте",
            "двадцятого",
            "двадцятому",
            "двадцятим",
        ],
    ),
    (
        30,
        &[
            "тридцатое",
            "тридцатого",
            "тридцатому",
            "тридцатым",
            "тридцатом",
            "тридцяте",
            "тридцятого",
            "тридцятому",
            "тридцятим",
        ],
    ),
];

/// Ukrainian ordinals naming an hour, in the locative (`о восьмій`) and
/// the genitive (`до восьмої`) of `година`.
const HOUR_ORDINALS: &[(u8, &[&str])] = &[
    (1, &["першій", "першої"]),
    (2, &["другій", "другої"]),
    (3, &["третій", "третьої"]),
    (4, &["четвертій", "четвертої"]),
    (5, &["п'ятій", "п'ятої"]),
    (6, &["шостій", "шостої"]),
    (7, &["сьомій", "сьомої"]),
    (8, &["восьмій", "восьмої"]),
    (9, &["дев'ятій", "дев'ятої"]),
    (10, &["десятій", "десятої"]),
    (11, &["одинадцятій", "одинадцятої"]),
    (12, &["дванадцятій", "дванадцятої"]),
    (13, &["тринадцятій", "тринадцятої"]),
    (14, &["чотирнадцятій", "чотирнадцятої"]),
    (15, &["п'ятнадцятій", "п'ятнадцятої"]),
    (16, &["шістнадцятій", "шістнадцятої"]),
    (17, &["сімнадцятій", "сімнадцятої"]),
    (18, &["вісімнадцятій", "вісімнадцятої"]),
    (19, &["дев'ятнадцятій", "дев'ятнадцятої"]),
    (20, &["двадцятій", "двадцятої"]),
];

/// Cardinals in the genitive, as hours after `с`/`з`/`до`/`после`/`після`
/// (`с восьми до десяти`, `з дев'яти до шести`); 21–24 are `двадцати`
/// before one of 1–4.
const GENITIVES: &[(u8, &[&str])] = &[
    (1, &["одного"]),
    (2, &["двух", "двох"]),
    (3, &["трех", "трьох"]),
    (4, &["четырех", "чотирьох"]),
    (5, &["пяти", "п'яти"]),
    (6, &["шести"]),
    (7, &["семи"]),
    (8, &["восьми"]),
    (9, &["девяти", "дев'яти"]),
    (10, &["десяти"]),
    (11, &["одиннадцати", "одинадцяти"]),
    (12, &["двенадцати", "дванадцяти"]),
    (13, &["тринадцати", "тринадцяти"]),
    (14, &["четырнадцати", "чотирнадцяти"]),
    (15, &["пятнадцати", "п'ятнадцяти"]),
    (16, &["шестнадцати", "шістнадцяти"]),
    (17, &["семнадцати", "сімнадцяти"]),
    (18, &["восемнадцати", "вісімнадцяти"]),
    (19, &["девятнадцати", "дев'ятнадцяти"]),
    (20, &["двадцати", "двадцяти"]),
];

/// Half past in one word, with the ordinal of the next hour: `полдевятого`
/// is 8:30.
const HALF_PASTS: &[(u8, &[&str])] = &[
    (1, &["полпервого"]),
    (2, &["полвторого"]),
    (3, &["полтретьего"]),
    (4, &["полчетвертого"]),
    (5, &["полпятого"]),
    (6, &["полшестого"]),
    (7, &["полседьмого"]),
    (8, &["полвосьмого"]),
    (9, &["полдевятого"]),
    (10, &["полдесятого"]),
    (11, &["полодиннадцатого"]),
    (12, &["полдвенадцатого"]),
];

/// Ukrainian ordinal hours in the accusative, after `пів на` (`пів на
/// восьму` is 7:30).
const HOUR_ACCUSATIVES: &[(u8, &[&str])] = &[
    (1, &["першу"]),
    (2, &["другу"]),
    (3, &["третю"]),
    (4, &["четверту"]),
    (5, &["п'яту"]),
    (6, &["шосту"]),
    (7, &["сьому"]),
    (8, &["восьму"]),
    (9, &["дев'яту"]),
    (10, &["десяту"]),
    (11, &["одинадцяту"]),
    (12, &["дванадцяту"]),
];

/// Everything else: single words with one meaning each.
const OTHERS: &[(Meaning, &[&str])] = &[
    (Meaning::Half, &["пол", "пів"]),
    (Meaning::HalfOf, &["половина", "половине"]),
    // What a half before an ordinal may be the half of (`в половине первого
    // тайма` is no 12:30), in the genitive.
    (
        Meaning::Stage,
        &[
            "тайма",
            "периода",
            "матча",
            "сезона",
            "раунда",
            "круга",
            "этапа",
            "тура",
            "сета",
            "гейма",
            "урока",
            "занятия",
            "акта",
            "действия",
            "отделения",
            "курса",
            "семестра",
            "класса",
            "уровня",
            "эпизода",
            "фильма",
            "концерта",
            "спектакля",
            "сеанса",
            "забега",
            "заезда",
            "десятилетия",
            "тысячелетия",
            "тайму",
            "періоду",
            "матчу",
            "сезону",
            "раунду",
            "кола",
            "етапу",
            "туру",
            "сету",
            "гейму",
            "уроку",
            "заняття",
            "акту",
            "відділення",
            "курсу",
            "семестру",
            "класу",
            "рівня",
            "епізоду",
            "фільму",
            "концерту",
            "спектаклю",
            "сеансу",
            "забігу",
            "заїзду",
            "десятиліття",
            "тисячоліття",
        ],
    ),
    (Meaning::OneAndHalf, &["полтора", "полторы", "полутора", "півтора", "півтори"]),
    (Meaning::Vague, &["несколько", "кілька", "декілька", "пару", "немного", "трохи", "многих", "кількох"]),
    (Meaning::About, &["около", "близько", "примерно", "приблизно", "почти", "майже"]),
    (Meaning::JustNow, &["щойно"]),
    (Meaning::NowWord, &["сейчас", "зараз"]),
    (Meaning::Just, &["только", "тільки"]),
    (Meaning::Right, &["прямо"]),
    (Meaning::That, &["что", "що"]),
    (Meaning::Ago { ukrainian: false }, &["назад"]),
    (Meaning::Ago { ukrainian: true }, &["тому"]),
    (Meaning::After, &["через", "спустя"]),
    (Meaning::LastYear, &["торік", "торек"]),
    (
        Meaning::YearMarker { abbr: false },
        &["года", "году", "год", "року", "році", "рік", "годах", "годов", "роках", "років"],
    ),
    (Meaning::YearMarker { abbr: true }, &["г", "гг", "р", "рр"]),
    (Meaning::HourMarker { abbr: true }, &["ч", "год"]),
    (Meaning::HourMarker { abbr: false }, &["час", "часа", "часов", "години", "годин", "година", "годині"]),
    (Meaning::MinuteMarker { abbr: true }, &["мин", "хв"]),
    (Meaning::MinuteMarker { abbr: false }, &["минут", "минуты", "минута", "хвилин", "хвилини", "хвилина"]),
    // Noon and midnight are anchors for the scanner, so their words must
    // not be common in other senses: not `північ` ("north": `на північ від
    // Києва`), `полночи` ("half the night"), nor English `noon`/`midnight`.
    (Meaning::Noon, &["полдень", "полудень", "опівдні", "ополудні"]),
    (Meaning::Midnight, &["полночь", "опівночі"]),
    (
        Meaning::Ordinal,
        &[
            "го", "ого", "его", "е", "ое", "ье", "й", "ий", "м", "му", "ом", "ій", "ше", "ге", "тє", "те",
            "ме", "ї",
        ],
    ),
    (
        Meaning::Street,
        &[
            "ул",
            "улица",
            "улицы",
            "улице",
            "улицу",
            "улицей",
            "вул",
            "вулиця",
            "вулиці",
            "вулицю",
            "вулицею",
            "проспект",
            "проспекта",
            "проспекте",
            "проспекту",
            "просп",
            "пр",
            "пл",
            "площадь",
            "площади",
            "площа",
            "площі",
            "пер",
            "переулок",
            "переулка",
            "переулке",
            "пров",
            "провулок",
            "провулку",
            "бульвар",
            "бульвара",
            "бульваре",
            "бульварі",
            "бул",
            "шоссе",
            "шосе",
            "наб",
            "набережная",
            "набережной",
            "набережна",
            "набережній",
            "мкр",
            "мікрорайон",
            "микрорайон",
            "станция",
            "станции",
            "станція",
            "станції",
            "метро",
        ],
    ),
    // `ц.р.`, `т.р.`, `т.г.`, `с.г.`: the initial of "this" before a year marker.
    (Meaning::Current, &["ц", "т", "с"]),
    (Meaning::IsoT, &["t"]),
    (Meaning::Quarter, &["квартал", "квартала", "квартале", "кварталу", "кварталом", "кварталі", "кв", "q"]),
    (
        Meaning::HalfYear,
        &["полугодие", "полугодия", "полугодии", "полугодию", "півріччя", "півріччі", "півріччю", "піврічча"],
    ),
    // Plural endings only: `90-е`, `1990-х`, `1990-ті`. A singular ordinal
    // (`1990-м году`, `1990-го`, `1310-й день`, `80-й сесії`) is a year or
    // a count, never a decade.
    (Meaning::DecadeSuffix, &["х", "ых", "ые", "е", "ті", "тих", "их", "ие"]),
    (
        Meaning::Century { abbr: false },
        &[
            "век",
            "века",
            "веке",
            "веком",
            "столетие",
            "столетия",
            "столетии",
            "століття",
            "столітті",
            "сторіччя",
            "сторіччі",
        ],
    ),
    (Meaning::Century { abbr: true }, &["ст"]),
    (
        Meaning::Plural,
        &[
            "годы",
            "лет",
            "годов",
            "часов",
            "минут",
            "секунд",
            "дней",
            "недель",
            "месяцев",
            "роки",
            "років",
            "днів",
            "тижнів",
            "місяців",
            "годин",
            "хвилин",
            "дні",
            "суток",
            "діб",
        ],
    ),
    (Meaning::And, &["и", "і", "та"]),
    (
        Meaning::Weekend { locative: false, singular: false },
        &["выходные", "выходным", "выходными", "вихідні", "вихідним", "вихідними"],
    ),
    (Meaning::Weekend { locative: true, singular: false }, &["выходных", "вихідних"]),
    (Meaning::Weekend { locative: false, singular: true }, &["уикенд", "уикенда", "вікенд", "вікенду"]),
    (Meaning::Weekend { locative: true, singular: true }, &["уикенде", "вікенді"]),
    (Meaning::ShiftPlural(Shift::This), &["эти", "этих", "этими", "ці", "цих", "цими"]),
    (Meaning::ShiftPlural(Shift::Last), &["прошлые", "прошлых", "прошлыми", "минулі", "минулих", "минулими"]),
    (
        Meaning::ShiftPlural(Shift::Next),
        &["следующие", "следующих", "следующими", "наступні", "наступних", "наступними"],
    ),
    (
        Meaning::Last,
        &[
            "последний",
            "последняя",
            "последнее",
            "последнюю",
            "последнего",
            "последней",
            "последнем",
            "останній",
            "остання",
            "останнє",
            "останню",
            "останнього",
            "останньої",
            "останньому",
        ],
    ),
    (Meaning::Following, &["после", "після"]),
    (Meaning::Holiday(Holiday::Christmas), &["рождество", "рождества", "рождеству", "рождеством"]),
    (Meaning::Holiday(Holiday::ChristmasUk), &["різдво", "різдва", "різдву", "різдвом"]),
    (
        Meaning::Holiday(Holiday::Easter),
        &["пасха", "пасху", "пасхи", "пасхе", "пасхою", "великдень", "великодня", "великодні", "великдню"],
    ),
    (Meaning::Holiday(Holiday::OldNewYear), &["старый", "старий"]),
    (Meaning::Holiday(Holiday::PalmSunday), &["вербное", "вербна", "вербну", "вербної", "вербного"]),
    (Meaning::New, &["новый", "новий"]),
    (Meaning::Christ, &["христово", "христове", "христова"]),
    (Meaning::Independence, &["независимости", "незалежності"]),
    (Meaning::Ukraine, &["украины", "україни"]),
    (Meaning::Within, &["начале", "конце", "середине", "початку", "кінці", "середині", "наприкінці"]),
    (Meaning::PartOfDay(DayPart::Morning), &["утром", "вранці", "уранці", "зранку", "зутра", "ранку"]),
    (Meaning::PartOfDay(DayPart::Afternoon), &["днем", "вдень", "удень"]),
    (Meaning::PartOfDay(DayPart::Evening), &["вечером", "ввечері", "увечері", "вечорі", "вечора"]),
    (Meaning::PartOfDay(DayPart::Night), &["ночью", "вночі", "уночі", "ночі"]),
    (Meaning::Night, &["ночь", "ніч"]),
    (Meaning::OfNoon, &["полудня"]),
    (Meaning::EndOf, &["конца", "кінця"]),
];

/// Roman numerals up to 21, in Latin letters and with the Cyrillic
/// look-alikes `І` and `Х` that Ukrainian pages type (`ІІ квартал`).
const ROMAN: [&str; 21] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
    "xvii", "xviii", "xix", "xx", "xxi",
];

// ---------------------------------------------------------------------------
// The table built from the data.
// ---------------------------------------------------------------------------

/// The letters of folded words: Cyrillic in lower case (`е` for `ё`), the
/// apostrophe, then Latin. A letter's code is its place here plus one, so
/// a word of up to [`KEY_LETTERS`] letters packs into a [`Key`], six bits a
/// letter, and is looked up without being copied.
const ALPHABET: &str = "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґ'abcdefghijklmnopqrstuvwxyz";

/// A folded word packed six bits a letter, first letter highest.
type Key = u128;

/// The longest word (in letters) a [`Key`] holds; longer words are
/// not in the table.
const KEY_LETTERS: usize = 21;

/// The code of the apostrophe in [`ALPHABET`].
const APOSTROPHE: u8 = 37;

/// A word of the table: its meanings and, worked out once when the table
/// is built, the union of their kinds ([`bit`]) and whether the scanner
/// anchors on it.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub meanings: Vec<Meaning>,
    pub kinds: Bits,
    pub anchor: bool,
}

/// A word as the table gives it.
type Found = &'static Entry;

/// What an unknown word gives: no meaning.
static UNKNOWN: Entry = Entry { meanings: Vec::new(), kinds: 0, anchor: false };

/// The same for an unknown word written with a capital letter: glued to a
/// date or a time it opens the next element of a page (`03.11.2023Рішення`,
/// SPEC §1), where a glued word in lower case continues an identifier.
static UNKNOWN_CAPITAL: Entry = Entry { meanings: Vec::new(), kinds: 0, anchor: false };

/// Slots in the word table: a power of two, at least twice the entries,
/// so that most words not in it meet an empty slot at once.
const SLOTS: usize = 4096;

/// 64-bit words in [`Lexicon::filter`]: 64 Ki bits for about 1,100 entries.
const FILTER_WORDS: usize = 1024;

/// The bit of [`Lexicon::filter`] for a word of `letters` letters whose
/// first two and last letters have codes `c1`, `c2` and `last`.
fn filter_bit(c1: u8, c2: u8, last: u8, letters: usize) -> usize {
    let x = u32::from(c1) << 18 | u32::from(c2) << 12 | u32::from(last) << 6 | letters.min(63) as u32;
    (x.wrapping_mul(0x9E37_79B1) >> (32 - (FILTER_WORDS * 64).trailing_zeros())) as usize
}

/// The slot where the search for `key` starts.
fn slot(key: Key) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (x.wrapping_mul(0xBF58_476D_1CE4_E5B9) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// The word table and the letter codes, built once from the data.
struct Lexicon {
    /// Open addressing with linear probing: the key in each slot (0 for
    /// none: no word folds to 0) and the index of its entry.
    keys: [Key; SLOTS],
    values: [u16; SLOTS],
    entries: Vec<Entry>,
    /// The words of one or two letters (`в`, `на`, `по`: the most common
    /// words of all), looked up directly: the index of the entry plus one
    /// at `first code << 6 | second code` (0 for one letter), else 0.
    short: [u16; 1 << 12],
    /// A Bloom filter over the (first two letters, last letter, length) of
    /// the entries: [`filter_bit`].
    filter: [u64; FILTER_WORDS],
    /// The code of every letter U+0400–U+04FF after folding, indexed by
    /// [`pair_index`] of its two bytes; 0 for the letters no entry holds
    /// (`ў`, `ђ`...) and for other indices.
    cyrillic: [u8; 0x4000],
    /// The code of each ASCII letter as itself, in either case; 0 for other bytes.
    latin: [u8; 128],
    /// The code of the Cyrillic letter each ASCII letter looks like, or 0.
    lookalike: [u8; 128],
}

/// Where a two-byte letter (U+0400–U+04FF: `D0..=D3`, then `80..=BF`, as
/// a little-endian pair) sits in [`Lexicon::cyrillic`]: the two low bits
/// of the first byte and the six low bits of the second, one mask.
fn pair_index(pair: u16) -> usize {
    usize::from(pair & 0x3F03)
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(build)
}

/// The code of a folded character, or 0.
fn code(c: char) -> u8 {
    ALPHABET.chars().position(|a| a == c).map_or(0, |p| p as u8 + 1)
}

/// The key of a word of the data, which is folded already.
fn data_key(word: &str) -> Key {
    assert!(word.chars().count() <= KEY_LETTERS, "{word} is longer than KEY_LETTERS");
    word.chars().fold(0, |k, c| {
        let code = code(c);
        assert!(code != 0, "{word} holds {c:?}, which is not in ALPHABET");
        k << 6 | Key::from(code)
    })
}

fn build() -> Lexicon {
    let mut words: HashMap<Key, Vec<Meaning>> = HashMap::with_capacity(1024);
    let mut add = |word: &'static str, m: Meaning| {
        let v = words.entry(data_key(word)).or_default();
        if !v.contains(&m) {
            v.push(m);
        }
    };
    for (i, forms) in MONTHS.iter().enumerate() {
        for w in *forms {
            add(w, Meaning::Month { month: i as u8 + 1, abbr: false });
        }
        // The nominatives: Russian first, Ukrainian fifth.
        add(forms[0], Meaning::Nominative);
        add(forms[4], Meaning::Nominative);
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
    each(SEASONS, Meaning::Season, &mut add);
    each(ORDINAL_WORDS, Meaning::OrdinalWord, &mut add);
    each(DAY_ORDINALS, Meaning::OrdinalWord, &mut add);
    each(HOUR_ORDINALS, Meaning::HourOrdinal, &mut add);
    each(GENITIVES, Meaning::Genitive, &mut add);
    each(HALF_PASTS, Meaning::HalfPast, &mut add);
    each(HOUR_ACCUSATIVES, Meaning::HourAccusative, &mut add);
    for (n, latin) in ROMAN.iter().enumerate() {
        let n = n as u8 + 1;
        add(latin, Meaning::Roman(n));
        // The same numeral in Cyrillic `і` and `х` (`v` has no look-alike).
        let cyrillic: String = latin
            .chars()
            .map(|c| match c {
                'i' => 'і',
                'x' => 'х',
                c => c,
            })
            .collect();
        add(Box::leak(cyrillic.into_boxed_str()), Meaning::Roman(n));
    }
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

    let mut cyrillic = [0u8; 0x4000];
    for c in '\u{400}'..='\u{4FF}' {
        let mut utf8 = [0u8; 2];
        c.encode_utf8(&mut utf8);
        let l = lower(c);
        cyrillic[pair_index(u16::from_le_bytes(utf8))] = code(if l == 'ё' { 'е' } else { l });
    }
    let (mut latin, mut lookalike) = ([0u8; 128], [0u8; 128]);
    for b in (b'A'..=b'Z').chain(b'a'..=b'z') {
        latin[usize::from(b)] = code(char::from(b.to_ascii_lowercase()));
        lookalike[usize::from(b)] = latin_lookalike(char::from(b)).map_or(0, code);
    }
    assert!(2 * words.len() <= SLOTS, "{} words need more than {SLOTS} slots", words.len());
    let (mut keys, mut values, mut entries) = ([0; SLOTS], [0; SLOTS], Vec::with_capacity(words.len()));
    let mut short = [0u16; 1 << 12];
    let mut filter = [0u64; FILTER_WORDS];
    for (key, m) in words {
        // The key's letter codes, first letter highest.
        let codes: Vec<u8> =
            (0..KEY_LETTERS).rev().map(|k| (key >> (6 * k)) as u8 & 63).filter(|&c| c != 0).collect();
        let (second, last) = match codes.len() {
            1 => (0, 0),
            _ => (codes[1], codes[codes.len() - 1]),
        };
        let at = filter_bit(codes[0], second, last, codes.len());
        filter[at / 64] |= 1 << (at % 64);
        let mut h = slot(key);
        while keys[h] != 0 {
            h = (h + 1) % SLOTS;
        }
        keys[h] = key;
        values[h] = entries.len() as u16;
        if codes.len() <= 2 {
            short[usize::from(codes[0]) << 6 | usize::from(second)] = entries.len() as u16 + 1;
        }
        let kinds = m.iter().fold(0, |acc, m| acc | bit(m));
        entries.push(Entry { anchor: m.iter().any(crate::grammar::is_anchor), kinds, meanings: m });
    }
    Lexicon { keys, values, entries, short, filter, cyrillic, latin, lookalike }
}

/// Reading words. A word is folded as it is read: lower case, `е` for
/// `ё`, `'` for every apostrophe, and Latin look-alikes read as Cyrillic
/// when the word holds any Cyrillic letter. A word of Latin letters only
/// is kept Latin (`UTC`, `Sep`); when it means nothing so, it is read as
/// Cyrillic look-alikes if it is one letter (a lone Latin `o` is the
/// preposition `о`) or names a zone (`MCK`).
impl Lexicon {
    /// Reads the word whose first letter is at `i` (letters, with
    /// apostrophes allowed between letters) and looks it up: its end and
    /// its meanings, none for words the lexicon does not know. Works on
    /// bytes: this is the lexer's inner loop.
    #[inline(always)]
    fn read_word(&'static self, bytes: &[u8], i: usize, to: usize) -> (usize, Found) {
        // The common case: Cyrillic letters only. First the length, four
        // letters at a time while the next eight bytes are four two-byte
        // letters (a lead byte `D0..=D3`, then a continuation byte).
        let word = &bytes[i..to];
        let mut n = 0;
        while let Some(chunk) = word.get(n..n + 8) {
            let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let odd = (x & 0xC0FC_C0FC_C0FC_C0FC) ^ 0x80D0_80D0_80D0_80D0;
            if odd != 0 {
                // The first pair that is not a letter ends the run.
                n += (odd.trailing_zeros() / 16 * 2) as usize;
                break;
            }
            n += 8;
        }
        if word.len() < n + 8 {
            while let [0xD0..=0xD3, 0x80..=0xBF, ..] = word[n..] {
                n += 2;
            }
        }
        let end = i + n;
        // A Latin letter or an apostrophe: the slow path reads it all.
        let goes_on = |b: u8| {
            // Most words end at a space or punctuation below `'`.
            b >= b'\''
                && (b.is_ascii_alphabetic()
                    || (matches!(b, b'\'' | b'`' | 0xE2 | 0xCA | 0xC2) && apostrophe_len(bytes, end, to) > 0))
        };
        if n == 0 || word.get(n).is_some_and(|&b| goes_on(b)) {
            return self.read_mixed_word(bytes, i, to);
        }
        // Most words are no entry: their first two letters and length tell,
        // before the rest is folded.
        let code = |p: [u8; 2]| self.cyrillic[pair_index(u16::from_le_bytes(p))];
        let letters = n / 2;
        let pairs = &word[..n];
        let (c1, c2, last) = match *pairs {
            [a, b] => (code([a, b]), 0, 0),
            [a, b, c, d] => (code([a, b]), code([c, d]), code([c, d])),
            [a, b, c, d, .., y, z] => (code([a, b]), code([c, d]), code([y, z])),
            _ => (0, 0, 0),
        };
        if letters <= 2 {
            // A letter no entry holds (code 0) makes the word unknown.
            let index = if c1 != 0 && (letters == 1 || c2 != 0) {
                self.short[usize::from(c1) << 6 | usize::from(c2)]
            } else {
                0
            };
            return (end, if index == 0 { &UNKNOWN } else { &self.entries[usize::from(index - 1)] });
        }
        if letters > KEY_LETTERS || !self.may_be(c1, c2, last, letters) {
            return (end, &UNKNOWN);
        }
        let mut key: Key = 0;
        let mut known = true;
        for p in pairs.chunks_exact(2) {
            let c = code([p[0], p[1]]);
            known &= c != 0;
            key = key << 6 | Key::from(c);
        }
        (end, if known { self.get(key) } else { &UNKNOWN })
    }

    /// False when no entry has `letters` letters, the first two of codes
    /// `c1` and `c2` and the last of code `last` (0 for letters a word of
    /// one letter does not have).
    #[inline]
    fn may_be(&self, c1: u8, c2: u8, last: u8, letters: usize) -> bool {
        let bit = filter_bit(c1, c2, last, letters);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// [`Lexicon::read_word`] for words with Latin letters or apostrophes.
    /// Kept out of line: inlined, it would burden every call of the fast path.
    #[cold]
    #[inline(never)]
    fn read_mixed_word(&'static self, bytes: &[u8], i: usize, to: usize) -> (usize, Found) {
        let mut j = i;
        // The word with Latin letters as themselves, and as look-alikes.
        let (mut plain, mut look) = (0 as Key, 0 as Key);
        let (mut letters, mut known) = (0usize, true);
        let (mut cyrillic, mut ascii, mut all_look) = (false, true, true);
        while j < to {
            let b = bytes[j];
            let (c, l, n) = if b.is_ascii_alphabetic() {
                let c = self.latin[usize::from(b)];
                let l = self.lookalike[usize::from(b)];
                all_look &= l != 0;
                (c, if l == 0 { c } else { l }, 1)
            } else if (0xD0..=0xD3).contains(&b) && j + 1 < to && (0x80..0xC0).contains(&bytes[j + 1]) {
                cyrillic = true;
                let c = self.cyrillic[pair_index(u16::from_le_bytes([b, bytes[j + 1]]))];
                (c, c, 2)
            } else {
                let a = apostrophe_len(bytes, j, to);
                if a > 0 && j + a < to && letter_len(bytes, j + a, to) > 0 {
                    ascii &= a == 1;
                    (APOSTROPHE, APOSTROPHE, a)
                } else {
                    break;
                }
            };
            known &= c != 0;
            letters += 1;
            plain = plain << 6 | Key::from(c);
            look = look << 6 | Key::from(l);
            j += n;
        }
        if !known || letters > KEY_LETTERS {
            return (j, &UNKNOWN);
        }
        if cyrillic {
            return (j, self.get(look));
        }
        match self.get(plain) {
            e if e.meanings.is_empty() && ascii && all_look => match self.get(look) {
                // One letter (`o`, `y` as prepositions) or a zone (`MCK`);
                // other words of Latin look-alikes are English (`BC` is no `вс`).
                e if letters == 1 || e.meanings.iter().all(|m| matches!(m, Meaning::Zone(_))) => (j, e),
                _ => (j, &UNKNOWN),
            },
            found => (j, found),
        }
    }

    #[inline]
    fn get(&'static self, key: Key) -> Found {
        let mut h = slot(key);
        loop {
            match self.keys[h] {
                k if k == key => return &self.entries[usize::from(self.values[h])],
                0 => return &UNKNOWN,
                _ => h = (h + 1) % SLOTS,
            }
        }
    }
}

/// Looks a word up as the lexer reads it.
#[cfg(test)]
pub fn lookup(word: &str) -> &'static [Meaning] {
    let (end, e) = lexicon().read_word(word.as_bytes(), 0, word.len());
    assert_eq!(end, word.len(), "{word} is not one word");
    &e.meanings
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
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '`' | '\u{2018}' | '\u{00B4}')
}

/// True for letters that may make up a word (Cyrillic and Latin).
fn is_word_char(c: char) -> bool {
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
#[inline]
fn letter_len(bytes: &[u8], j: usize, to: usize) -> usize {
    match bytes[j] {
        b if b.is_ascii_alphabetic() => 1,
        0xD0..=0xD3 if j + 1 < to && (0x80..0xC0).contains(&bytes[j + 1]) => 2,
        _ => 0,
    }
}

/// The byte length of an apostrophe (`'` `` ` `` `’` `‘` `ʼ` `´`) at `j`, or 0.
#[inline]
fn apostrophe_len(bytes: &[u8], j: usize, to: usize) -> usize {
    match bytes[j] {
        b'\'' | b'`' => 1,
        0xE2 if j + 2 < to && bytes[j + 1] == 0x80 && matches!(bytes[j + 2], 0x98 | 0x99) => 3,
        0xCA if j + 1 < to && bytes[j + 1] == 0xBC => 2,
        0xC2 if j + 1 < to && bytes[j + 1] == 0xB4 => 2,
        _ => 0,
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
    /// A word and its entry (no meanings for words the lexicon does not know).
    Word(&'static Entry),
    /// One punctuation character, dashes folded to `-`.
    Punct(char),
}

/// A token: its kind, its byte span in the text, whether white space
/// stands before it, and whether the scanner anchors on it (a number, or a
/// word with a meaning that the grammar's families anchor on:
/// `grammar::is_anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub space_before: bool,
    pub anchor: bool,
}

impl Tok {
    /// The meanings of a word token (empty for other tokens).
    pub fn meanings(&self) -> &'static [Meaning] {
        match self.kind {
            Kind::Word(e) => &e.meanings,
            _ => &[],
        }
    }

    /// The kinds of the token's meanings ([`bit`]), [`bits::NUM`] for a
    /// number, none for punctuation.
    #[inline]
    pub fn kinds(&self) -> Bits {
        match self.kind {
            Kind::Num { .. } => bits::NUM,
            Kind::Punct(_) => 0,
            Kind::Word(e) => e.kinds,
        }
    }

    /// True for a word the lexicon does not know.
    #[inline]
    pub fn is_unknown_word(&self) -> bool {
        matches!(self.kind, Kind::Word(e) if e.meanings.is_empty())
    }

    /// True when this is a word the lexicon does not know, written with a
    /// capital letter and glued to the token before (`03.11.2023Рішення`):
    /// the lexer marks only glued words.
    pub fn is_capital_unknown_word(&self) -> bool {
        matches!(self.kind, Kind::Word(e) if std::ptr::eq(e, &UNKNOWN_CAPITAL))
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

/// The line breaks of text (SPEC §1: borders between expressions).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A Cyrillic capital letter (`Р`, `Є`, `Ґ`): what opens the next element
/// of a page glued to a date (`03.11.2023Рішення`, SPEC §1). Latin
/// capitals are left out: `7:30PM`, `3.5GHz`.
pub fn is_cyrillic_capital(c: char) -> bool {
    match u32::from(c) {
        0x400..=0x42F => true,
        0x430..=0x45F => false,
        0x460..=0x4FF => c.is_uppercase(),
        _ => false,
    }
}

/// [`is_cyrillic_capital`] of the letter whose first byte is at `i`, read
/// from its two bytes (the lexer asks it of every unknown word).
#[inline]
fn capital_at(bytes: &[u8], i: usize) -> bool {
    match (bytes[i], bytes.get(i + 1)) {
        (0xD0, Some(&c)) => c < 0xB0,
        (b @ 0xD1..=0xD3, Some(&c)) => {
            char::from_u32(u32::from(b & 0x1F) << 6 | u32::from(c & 0x3F)).is_some_and(is_cyrillic_capital)
        }
        _ => false,
    }
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
    let bytes = &text.as_bytes()[..to];
    let to = bytes.len();
    let lx = lexicon();
    let mut i = from;
    let mut space = text[..from].chars().next_back().is_some_and(is_space);
    let mut produced = 0;
    while i < to && produced < max_tokens {
        let b = bytes[i];
        // A letter starts a word: Cyrillic (the most common byte) or
        // Latin. (A lead byte cut off by `to` reads as nothing.)
        if (0xD0..=0xD3).contains(&b) || b.is_ascii_alphabetic() {
            let (j, e) = lx.read_word(bytes, i, to);
            if j > i {
                // Only a word glued to the token before is asked whether it
                // starts with a capital (`not_continued`): no other is looked at.
                let e = if !space && std::ptr::eq(e, &UNKNOWN) && capital_at(bytes, i) {
                    &UNKNOWN_CAPITAL
                } else {
                    e
                };
                out.push(Tok {
                    kind: Kind::Word(e),
                    start: i,
                    end: j,
                    space_before: space,
                    anchor: e.anchor,
                });
                produced += 1;
                // A word is most often followed by one space: it is read here.
                space = bytes.get(j) == Some(&b' ');
                i = j + usize::from(space);
                continue;
            }
        }
        if b == b' ' {
            space = true;
            i += 1;
            continue;
        }
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
                anchor: true,
            });
            produced += 1;
            space = false;
            continue;
        }
        let (p, clen) = if b < 0x80 {
            // ASCII: the white space, dash and apostrophes of `is_space`,
            // `is_dash` and `is_apostrophe`, without their Unicode tests.
            match b {
                b'\t'..=b'\r' => {
                    space = true;
                    i += 1;
                    continue;
                }
                b'`' => ('\'', 1),
                _ => (char::from(b), 1),
            }
        } else {
            let Some(c) = text[i..].chars().next() else { break };
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
            (p, clen)
        };
        out.push(Tok { kind: Kind::Punct(p), start: i, end: i + clen, space_before: space, anchor: false });
        produced += 1;
        space = false;
        i += clen;
    }
}

/// The first token boundary at or after `i`: `i` itself (or the character
/// boundary after it) unless a word or a number runs across it, else the
/// end of that word or number. Lexing from there gives the same tokens as
/// lexing the whole text, minus the one cut.
pub fn boundary_at_or_after(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    let bytes = text.as_bytes();
    let mut back = text[..i].chars().rev();
    let (Some(p), Some(c)) = (back.next(), text[i..].chars().next()) else { return i };
    let letter = is_word_char;
    let inside = if p.is_ascii_digit() && c.is_ascii_digit() {
        return i + bytes[i..].iter().position(|b| !b.is_ascii_digit()).unwrap_or(bytes.len() - i);
    } else if letter(c) {
        // `пя|тниця`, `п'|ятниця`: an apostrophe is inside a word between two letters.
        letter(p) || (is_apostrophe(p) && back.next().is_some_and(letter))
    } else {
        // `п|'ятниця`, or `п|'` when no letter follows (then the word ends here).
        is_apostrophe(c) && letter(p)
    };
    if inside {
        lexicon().read_word(bytes, i, text.len()).0
    } else {
        i
    }
}

/// Cuts the whole of `text` into tokens.
#[cfg(test)]
pub fn lex(text: &str) -> Vec<Tok> {
    // One allocation: a date expression has a token every few bytes.
    let mut v = Vec::with_capacity((text.len() / 3).clamp(8, 256));
    lex_into(text, 0, text.len(), &mut v, usize::MAX);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lexer's byte test agrees with the `char` one for every letter
    /// of two bytes (the Cyrillic block and its neighbours).
    #[test]
    fn capital_at_agrees_with_chars() {
        for cp in 0x80..0x800u32 {
            let Some(c) = char::from_u32(cp) else { continue };
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let want = ('\u{0400}'..='\u{04FF}').contains(&c) && c.is_uppercase();
            assert_eq!(super::capital_at(bytes, 0), want && (0xD0..=0xD3).contains(&bytes[0]), "{c:?}");
            assert_eq!(is_cyrillic_capital(c), want, "{c:?}");
        }
    }

    #[test]
    fn folding_table() {
        let cases = [
            ("СЕНТЯБРЯ", "сентября"),
            ("Вересня", "вересня"),
            ("сентябpя", "сентября"), // Latin p
            ("Пʼятниця", "п'ятниця"),
            ("П’ЯТНИЦЮ", "п'ятницю"),
            ("чЁтверг", "четверг"),
            ("МИНУЛОЇ", "минулої"),
            ("ЛИСТОПАДІ", "листопаді"),
            ("Cьогодні", "сьогодні"), // Latin C
            ("UTC", "utc"),
        ];
        for (w, want) in cases {
            assert!(!lookup(want).is_empty(), "{want}");
            assert_eq!(lookup(w), lookup(want), "{w}");
        }
        // Letters no entry holds, and words longer than any key.
        assert_eq!(lookup("ўсё"), &[]);
        assert_eq!(lookup("электрификацияэлектрификация"), &[]);
    }

    #[test]
    fn every_entry_is_found_as_pages_print_it() {
        let all = MONTHS
            .iter()
            .chain(MONTH_ABBRS.iter())
            .chain(WEEKDAYS.iter())
            .chain(WEEKDAY_ABBRS.iter())
            .flat_map(|forms| forms.iter())
            .chain(OTHERS.iter().flat_map(|(_, forms)| forms.iter()));
        for w in all {
            assert!(!lookup(w).is_empty(), "{w}");
            assert_eq!(lookup(&w.to_uppercase()), lookup(w), "{w} in capitals");
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
