//! Extraction throughput over a ~1 MB mix of Russian and Ukrainian news
//! pages, beside the cost of the cheapest passes over the same bytes:
//! `memchr` for one byte and an Aho–Corasick DFA over ~200 date keywords.
//!
//! `cargo bench --bench extract`.

use std::hint::black_box;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use chrono::DateTime;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use cyrdate::{Context, Piece, Stream};

const TARGET_LEN: usize = 1 << 20;

/// A small deterministic generator (xorshift64*), so that every run scans
/// the same page.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

const HEADLINES: &[&str] = &[
    "Трамп был информатором ФБР: новые подробности расследования",
    "В Киеве ограничат движение транспорта на выходных",
    "Курс доллара: Нацбанк установил новый официальный курс гривны",
    "Синоптики предупредили о сильных грозах и граде",
    "Зеленский провел встречу с представителями бизнеса",
    "Цены на бензин снова выросли: сколько стоит топливо на АЗС",
    "У Києві обмежать рух транспорту на вихідних",
    "Синоптики попередили про сильні грози та град",
    "Уряд ухвалив нові правила для ФОП: що зміниться",
    "Ціни на пальне знову зросли: скільки коштує бензин",
    "Збірна України з футболу оголосила склад на матчі",
    "Підписуйтеcь на наш Telegram-канал: ЄДИНІ незалежні новини",
    "Сборная Украины объявила состав на товарищеские матчи",
    "Пенсии проиндексируют: кому и на сколько повысят выплаты",
];

const BODY: &[&str] = &[
    "По данным ведомства, в результате обстрела пострадали {n} человек, среди них {s} детей.",
    "Стоимость проезда в общественном транспорте составит {p} грн, а льготный билет — {s} грн.",
    "Как отметили в пресс-службе, работы планируется завершить до конца года.",
    "Телефон горячей линии: +380 44 {n} {s} {s}, звонки бесплатные.",
    "Инфляция в августе замедлилась до {s},{s}% в годовом измерении, сообщает Госстат.",
    "Средняя зарплата в регионе выросла на {s}% и достигла {p} гривен.",
    "«Мы продолжим работу в этом направлении», — заявил министр на брифинге.",
    "Всего за сутки спасатели ликвидировали {n} пожаров на площади {s} га.",
    "Квартиры в новостройках подорожали в среднем на {s} тыс. долларов.",
    "Напомним, ранее в Кабмине заявляли о планах повысить минимальную пенсию.",
    "За даними відомства, внаслідок обстрілу постраждали {n} людей, серед них {s} дітей.",
    "Вартість проїзду в громадському транспорті становитиме {p} грн, пільговий квиток — {s} грн.",
    "Як зазначили в пресслужбі, роботи планують завершити до кінця року.",
    "Телефон гарячої лінії: 0 800 {n} {s} {s}, дзвінки безкоштовні.",
    "Інфляція у серпні сповільнилася до {s},{s}% у річному вимірі, повідомляє Держстат.",
    "Середня зарплата в області зросла на {s}% і сягнула {p} гривень.",
    "«Ми продовжимо роботу в цьому напрямку», — заявив міністр на брифінгу.",
    "За добу рятувальники ліквідували {n} пожеж на площі {s} га.",
    "Квартири в новобудовах подорожчали в середньому на {s} тис. доларів.",
    "Нагадаємо, раніше в Кабміні заявляли про плани підвищити мінімальну пенсію.",
    "Матч завершился со счетом {s}:{s}, следующая игра пройдет в Львове.",
    "Матч завершився з рахунком {s}:{s}, наступна гра відбудеться у Львові.",
    "Артикул товара {n}-{n}, код ЄДРПОУ {p}{p}, количество на складе {n} шт.",
];

/// Date expressions as pages print them, to be dropped into the text.
const DATES: &[&str] = &[
    "01:15 07 сен 2025",
    "07 сен 2025, 01:15",
    "7 вересня 2025 р., 21:20",
    "06 вересня 2025, 21:20",
    "Вчора о 09:15",
    "Вчера в 18:40",
    "Сегодня, 14:30",
    "5 хв. тому",
    "2 години тому",
    "15 минут назад",
    "час назад",
    "9 июля",
    "12 серпня",
    "07.09.2025",
    "19:21 - 13.12.2025",
    "2025-09-07T01:15:00+03:00",
    "в 2021 году",
    "у вересні 2025 року",
    "чт, 4 сент. 2025 г., 17:07",
    "с 1 по 5 вересня",
    "12:00 мск",
    "в прошлую пятницу",
    "минулого тижня",
    "Трв 29 2025 р., 11:50",
];

const DATED: &[&str] = &[
    "{d} | Политика\n",
    "Опубликовано: {d}\n",
    "Опубліковано {d} | Суспільство\n",
    "Как сообщалось, {d} в столице прошло заседание комиссии.",
    "Як повідомлялося, {d} у столиці відбулося засідання комісії.",
    "Документ вступает в силу {d}, уточнили в министерстве.",
    "Оновлено: {d}\n",
];

fn fill(t: &str, rng: &mut Rng, date: &str, out: &mut String) {
    let mut rest = t;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let key = &rest[i + 1..i + 2];
        match key {
            "n" => out.push_str(&rng.range(1, 999).to_string()),
            "s" => out.push_str(&rng.range(0, 99).to_string()),
            "p" => {
                let v = rng.range(100, 99_999);
                if v >= 1000 {
                    out.push_str(&format!("{} {:03}", v / 1000, v % 1000));
                } else {
                    out.push_str(&v.to_string());
                }
            }
            _ => out.push_str(date),
        }
        rest = &rest[i + 3..];
    }
    out.push_str(rest);
}

/// ~1 MB of news pages: headlines, stamps, body sentences with numbers,
/// prices, counts and phones, and one date every 300–500 bytes. Returns
/// the text and the number of dates written into it.
fn page_mix() -> (String, usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::with_capacity(TARGET_LEN + 1024);
    let mut dates = 0;
    let mut next_date;
    while out.len() < TARGET_LEN {
        // An article: headline, stamp, a few paragraphs.
        out.push_str(rng.pick(HEADLINES));
        out.push('\n');
        let d = rng.pick(DATES);
        fill("{d} | Новости\n", &mut rng, d, &mut out);
        dates += 1;
        next_date = out.len() + rng.range(300, 500);
        for _ in 0..rng.range(3, 6) {
            for _ in 0..rng.range(2, 5) {
                if out.len() >= next_date {
                    let d = rng.pick(DATES);
                    let t = rng.pick(DATED);
                    fill(t, &mut rng, d, &mut out);
                    dates += 1;
                    next_date = out.len() + rng.range(300, 500);
                } else {
                    let t = rng.pick(BODY);
                    fill(t, &mut rng, "", &mut out);
                }
                out.push(' ');
            }
            out.push('\n');
        }
        out.push('\n');
    }
    (out, dates)
}

/// ~200 keywords a date finder would look for: months (full, case forms,
/// abbreviations), weekdays, units, relative words, both languages.
const KEYWORDS: &[&str] = &[
    // Russian months: nominative, genitive, locative, abbreviations
    "январь",
    "января",
    "январе",
    "февраль",
    "февраля",
    "феврале",
    "март",
    "марта",
    "марте",
    "апрель",
    "апреля",
    "апреле",
    "май",
    "мая",
    "мае",
    "июнь",
    "июня",
    "июне",
    "июль",
    "июля",
    "июле",
    "август",
    "августа",
    "августе",
    "сентябрь",
    "сентября",
    "сентябре",
    "октябрь",
    "октября",
    "октябре",
    "ноябрь",
    "ноября",
    "ноябре",
    "декабрь",
    "декабря",
    "декабре",
    "янв",
    "фев",
    "мар",
    "апр",
    "июн",
    "июл",
    "авг",
    "сен",
    "сент",
    "окт",
    "ноя",
    "нояб",
    "дек",
    // Ukrainian months
    "січень",
    "січня",
    "січні",
    "лютий",
    "лютого",
    "лютому",
    "березень",
    "березня",
    "березні",
    "квітень",
    "квітня",
    "квітні",
    "травень",
    "травня",
    "травні",
    "червень",
    "червня",
    "червні",
    "липень",
    "липня",
    "липні",
    "серпень",
    "серпня",
    "серпні",
    "вересень",
    "вересня",
    "вересні",
    "жовтень",
    "жовтня",
    "жовтні",
    "листопад",
    "листопада",
    "листопаді",
    "грудень",
    "грудня",
    "грудні",
    "січ",
    "лют",
    "бер",
    "квіт",
    "трав",
    "черв",
    "лип",
    "серп",
    "вер",
    "жовт",
    "лист",
    "груд",
    "трв",
    // weekdays
    "понедельник",
    "вторник",
    "среда",
    "среду",
    "четверг",
    "пятница",
    "пятницу",
    "суббота",
    "субботу",
    "воскресенье",
    "понеділок",
    "вівторок",
    "середа",
    "середу",
    "четвер",
    "п'ятниця",
    "п'ятницю",
    "п’ятниця",
    "субота",
    "суботу",
    "неділя",
    "неділю",
    "пн",
    "вт",
    "ср",
    "чт",
    "пт",
    "сб",
    "вс",
    "нд",
    // units
    "секунд",
    "секунду",
    "секунды",
    "минут",
    "минуту",
    "минуты",
    "мин",
    "час",
    "часа",
    "часов",
    "день",
    "дня",
    "дней",
    "недель",
    "неделю",
    "недели",
    "месяц",
    "месяца",
    "месяцев",
    "год",
    "года",
    "лет",
    "хвилин",
    "хвилину",
    "хвилини",
    "хв",
    "годину",
    "години",
    "годин",
    "днів",
    "тиждень",
    "тижні",
    "тижнів",
    "місяць",
    "місяці",
    "місяців",
    "рік",
    "роки",
    "років",
    "році",
    "року",
    "году",
    // relative words
    "сегодня",
    "вчера",
    "позавчера",
    "завтра",
    "послезавтра",
    "сьогодні",
    "вчора",
    "учора",
    "позавчора",
    "післязавтра",
    "только что",
    "щойно",
    "назад",
    "тому",
    "через",
    "спустя",
    "полчаса",
    "півгодини",
    "полтора",
    "півтори",
    "прошлой",
    "прошлом",
    "прошлую",
    "этом",
    "этой",
    "минулого",
    "минулої",
    "цього",
    "наступного",
    "следующей",
    "утра",
    "вечера",
    "ранку",
    "вечора",
    "полдень",
    "полночь",
    "опівночі",
    "опівдні",
    "мск",
    "москве",
    "московскому",
    "києвом",
    "київським",
    "киеву",
    "киевскому",
];

fn context() -> Context {
    let now = DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap();
    Context::new().with_now(now)
}

fn bench_extract(c: &mut Criterion) {
    let (text, written) = page_mix();
    let bytes = text.as_bytes();
    let ctx = context();
    let ac = AhoCorasick::builder().kind(Some(AhoCorasickKind::DFA)).build(KEYWORDS).unwrap();

    let found = ctx.extract_bytes(bytes).count();
    let newlines = memchr::memchr_iter(b'\n', bytes).count();
    let keywords = ac.find_iter(bytes).count();
    let digit_runs = bytes
        .iter()
        .zip(std::iter::once(&b' ').chain(bytes))
        .filter(|(b, p)| b.is_ascii_digit() && !p.is_ascii_digit())
        .count();
    eprintln!(
        "page mix: {} bytes, {} dates written (one per {} bytes), {} matches extracted, \
         {} digit runs, {} newlines, {} keyword hits ({} keywords)",
        bytes.len(),
        written,
        bytes.len() / written.max(1),
        found,
        digit_runs,
        newlines,
        keywords,
        KEYWORDS.len(),
    );

    let mut g = c.benchmark_group("extract_1MB_news");
    g.throughput(Throughput::Bytes(bytes.len() as u64));
    g.bench_function("extract_bytes", |b| b.iter(|| ctx.extract_bytes(black_box(bytes)).count()));
    g.bench_function("memchr_newlines", |b| b.iter(|| memchr::memchr_iter(b'\n', black_box(bytes)).count()));
    g.bench_function("aho_corasick_dfa_keywords", |b| b.iter(|| ac.find_iter(black_box(bytes)).count()));
    g.bench_function("stream_read_all", |b| {
        b.iter(|| {
            let mut stream = Stream::new(ctx);
            let mut n = 0usize;
            stream
                .read_all(black_box(bytes), &mut |p| {
                    if let Piece::Date(_) = p {
                        n += 1;
                    }
                    Ok(())
                })
                .unwrap();
            n
        })
    });

    // Cross-check: the real page in `samples/`, repeated to ~1 MB.
    let sample = include_str!("../samples/lenta_ua_page.txt");
    let real = sample.repeat(TARGET_LEN / sample.len() + 1);
    eprintln!(
        "real sample x{}: {} bytes, {} matches",
        TARGET_LEN / sample.len() + 1,
        real.len(),
        ctx.extract_bytes(real.as_bytes()).count()
    );
    g.throughput(Throughput::Bytes(real.len() as u64));
    g.bench_function("extract_bytes_real_sample_repeated", |b| {
        b.iter(|| ctx.extract_bytes(black_box(real.as_bytes())).count())
    });

    // The annotated test pages (headline lists, datelines, comments: one
    // date every ~150 bytes, far denser than the mix) with the real page,
    // in turn to ~1 MB.
    let pages = [
        sample,
        include_str!("../tests/data/ru_news.txt"),
        include_str!("../tests/data/uk_news.txt"),
        include_str!("../tests/data/mixed_news.txt"),
    ];
    let mut dense = String::new();
    for page in pages.iter().cycle() {
        if dense.len() >= TARGET_LEN {
            break;
        }
        dense.push_str(page);
    }
    eprintln!(
        "test pages in turn: {} bytes, {} matches",
        dense.len(),
        ctx.extract_bytes(dense.as_bytes()).count()
    );
    g.throughput(Throughput::Bytes(dense.len() as u64));
    g.bench_function("extract_bytes_test_pages", |b| {
        b.iter(|| ctx.extract_bytes(black_box(dense.as_bytes())).count())
    });
    g.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
