//! Precision first (the scanner's contract): text that only looks like a
//! date is never reported. Each row is a realistic fragment from a Russian
//! or Ukrainian page in which no date may be found: prices and counts,
//! percentages, scores, model names, phone numbers, versions, article
//! numbers, bare numbers and unmarked years, durations without `назад` /
//! `тому` / `через`, month and unit stems inside other words, impossible
//! dates. Next to them, positive controls: the same stems and numbers where
//! they do make a date (`5 марта` is a date, `5 марок` is not).
//!
//! now = 2025-09-07T12:00:00+03:00 (Sunday); a date without a year is the most
//! recent one not after 2025-09-07.

use cyrdate::Context;

fn ctx() -> Context {
    Context::new().with_now(chrono::DateTime::parse_from_rfc3339("2025-09-07T12:00:00+03:00").unwrap())
}

/// Fragments with no date in them.
const NEGATIVES: &[&str] = &[
    // Prices, amounts, counts, percentages.
    "Билет на поезд Киев — Львов стоит 1 500 рублей",
    "ціна 1 500 гривень за квадратний метр",
    "Курс доллара на межбанке вырос на 15%",
    "Ціни на хліб зросли на 15% за рік",
    "Бюджет программы — 2,5 млн гривен",
    "на ремонт доріг виділили 2,5 млн грн",
    "В продаже сейчас 12 000 квартир в новостройках",
    "У черзі на кордоні стоять 300 вантажівок",
    "скидка 30 % на всю технику",
    "ставка по депозитам 15,5% годовых",
    "Курс НБУ: 1 USD = 41,25 грн",
    "ціна бензину 58.99 грн за літр",
    "ціна 12.09 грн за кілограм",
    "Матч посетили 35 000 зрителей",
    "Переглядів: 12 450",
    // Scores and schemes.
    "«Динамо» обыграло «Шахтёр» со счётом 2:1",
    "Збірна України виграла з рахунком 3:0",
    "счёт 1:1 сохранился до конца матча",
    "Матч завершився 2:1 на користь господарів",
    "команда играла по схеме 4-4-2",
    "матч 1/8 финала Лиги чемпионов",
    // Model names.
    "Последний пассажирский Ту-154 давно списан",
    "штурмовики Су-25 нанесли удар по позициям",
    "літак Ан-225 «Мрія» відновлять",
    "танки Т-72 и Т-90 на параде",
    "ЗРК С-300 знову в роботі",
    "вертоліт Мі-8 здійснив аварійну посадку",
    "новый iPhone 15 Pro подешевел",
    "бензин А-95 подорожчав",
    // Phone numbers, codes, addresses.
    "Звоните в редакцию: +38 (044) 123-45-67",
    "Гаряча лінія: 0 800 500 609",
    "тел. 8 800 555-35-35, звонок бесплатный",
    "Viber: +380 67 123 45 67",
    "телефонуйте 067-123-45-67",
    "код ЄДРПОУ 12345678",
    "индекс 01001, г. Киев, ул. Крещатик, 22",
    "ISBN 978-5-17-098765-4",
    "IP-адрес сервера 192.168.1.1",
    "координаты 50.45, 30.52",
    "квартира 15, подъезд 3, этаж 7",
    // Versions and article numbers.
    "обновите приложение до версии 1.2.3",
    "версія 2.4.1 вже доступна для завантаження",
    "ядро Linux 6.1.12 получило исправления",
    "приказ № 12.09 опубликован на сайте министерства",
    "постанова № 12.09 набуде чинності",
    "закон №12345-д в первом чтении",
    "пункт 3.14 договора поставки",
    "стаття 12.09 Кодексу про адмінправопорушення",
    "раздел 5.3 инструкции по эксплуатации",
    "температура тела 36.6",
    // Fractions, rates, ranges of counts.
    "служба поддержки работает 24/7",
    "3/4 опрошенных не доверяют правительству",
    "шансы 50/50",
    "размер одежды 42-44",
    // Bare numbers and unmarked years.
    "Программа заработала, а в 2025 её расширили",
    "у 2025 планують відкрити ще дві лінії",
    "план на 2026 утвердили депутаты",
    "© 2003–2025 «Новости Киева». Все права защищены.",
    "Всего 2024 участника зарегистрировались",
    "выборы прошли в 12 округах",
    "у 5 областях оголошено тривогу",
    "учится в 9 классе",
    "живе на 7 поверсі",
    "бюджет-2026 прийнято в першому читанні",
    "Ivan_77 пишет: ничего не изменится",
    // Durations without назад / тому / через.
    "за 2 часа до начала матча",
    "на 3 години роботи вистачить",
    "прогноз погоды на 5 дней",
    "відпустка на 3 дні",
    "поезд задерживается на 40 минут",
    // Stems inside other words: мар, лист, трав, вер, лип, год, час, ...
    "марка автомобиля значения не имеет",
    "5 марок бензина и ни одной нормальной цены",
    "на 4 маршрутах изменили расписание",
    "опадає листя в парку",
    "передали 5 листів підтримки військовим",
    "трава ще зелена",
    "10 травинок у вазі",
    "3 верхні поверхи зруйновано",
    "на 20 липах з'явилися жовті гілки",
    "чай із липи",
    "Погода на выходные: до +27 градусов",
    "Погода на тиждень: до +25, без опадів",
    "третья часть пользователей",
    "1 часть из 10 пожаловалась на ошибки",
    "3 часовых пояса",
    "5 годинників на стіні",
    "2 годовых отчёта",
    "квітка з 5 пелюсток",
    "5 квіток на підвіконні",
    "серпанок над 3 озерами",
    "7 червоних троянд",
    "3 грудки цукру",
    "3 жовті машини",
    "3 октавы",
    "5 деканов подписали письмо",
    "5 сенаторов проголосовали против",
    "5 верблюдов в зоопарке",
    "2 маяка на побережье",
    "5 министров ушли в отставку",
    "2 хвости у черзі",
    "3 секции бассейна",
    "5 майок 48 размера",
    "вечеринка на 200 гостей",
    "утрата 3 документов",
    "в среде разработчиков",
    "на телеканале «Пятница» вышел 3 сезон",
    "лютий мороз і сильний вітер",
    "сентябрьский номер журнала",
    "вересневі дощі",
    // Words that anchor a digit-free date, in other senses: `північ` is
    // also "north", `полночи` "half the night", `этом`/`цього`/`следующая`
    // need a unit after them, and whole words of Latin look-alike letters
    // are English (`y BC` is no `у вс`; found by a 50 MB random-byte run).
    "вітер дме на північ від Києва",
    "он не спал полночи",
    "«Мы продолжим работу в этом направлении»",
    "следующая игра пройдет в Львове",
    "цього разу все інакше",
    "наступного дня він повернувся",
    "y BC",
    "B CP, TOMY",
    // Impossible dates and overflow.
    "сатирический «Вестник» датирован 31 февраля",
    "на табло горело 25:61",
    "Через 99999999999 лет построят метро",
];

/// Positive controls: (fragment, matched text, value). Most sit next to a
/// negative above with the same number or stem.
const CONTROLS: &[(&str, &str, &str)] = &[
    ("Собрание состоялось 5 марта", "5 марта", "2025-03-05"),
    ("лист надіслали 3 листопада", "3 листопада", "2024-11-03"),
    ("з'явилися 20 липня", "20 липня", "2025-07-20"),
    ("зібрали 7 травня", "7 травня", "2025-05-07"),
    ("2 мая на побережье", "2 мая", "2025-05-02"),
    ("Программа заработала в 2021 году", "в 2021 году", "2021"),
    ("програму запустили у 2021 році", "у 2021 році", "2021"),
    ("Матч начался 2 часа назад", "2 часа назад", "2025-09-07T10:00:00+03:00"),
    ("Оновлено 5 хв. тому", "5 хв. тому", "2025-09-07T11:55:00+03:00"),
    ("начало матча в 14:30", "в 14:30", "2025-09-07T14:30:00+03:00"),
    ("брифинг в 14.00 по московскому времени", "в 14.00 по московскому времени", "2025-09-07T14:00:00+03:00"),
    ("приказ от 07.09.2025", "07.09.2025", "2025-09-07"),
    ("5 октября в парламенте", "5 октября", "2024-10-05"),
    ("5 сентября сенаторы проголосовали", "5 сентября", "2025-09-05"),
    ("3 грудня цукор подорожчав", "3 грудня", "2024-12-03"),
    ("7 червня троянди зацвіли", "7 червня", "2025-06-07"),
    ("4 жовтня машини стояли", "4 жовтня", "2024-10-04"),
    ("5 квітня квіти", "5 квітня", "2025-04-05"),
    ("15 серпня над озерами", "15 серпня", "2025-08-15"),
    ("министр ушёл 5 минут назад", "5 минут назад", "2025-09-07T11:55:00+03:00"),
    ("ошибки появились 1 час назад", "1 час назад", "2025-09-07T11:00:00+03:00"),
    ("служба работает с 24 июля", "24 июля", "2025-07-24"),
    ("в прошлую пятницу на телеканале", "в прошлую пятницу", "2025-09-05"),
    ("лютий 2025 був морозний", "лютий 2025", "2025-02"),
    ("в сентябре 2025 года номер журнала", "в сентябре 2025 года", "2025-09"),
    ("на табло 23:59", "23:59", "2025-09-07T23:59:00+03:00"),
    ("датирован 28 февраля", "28 февраля", "2025-02-28"),
    // Digit-free dates in any letter case and with Latin look-alikes.
    ("новость пришла вЧеРа.", "вЧеРа", "2025-09-06"),
    ("новость пришла Bчера.", "Bчера", "2025-09-06"),
    ("зустрілися опівночі біля мосту", "опівночі", "2025-09-07T00:00:00+03:00"),
    ("брифинг в 12:00 MCK", "в 12:00 MCK", "2025-09-07T12:00:00+03:00"),
    // A period after a date names its year.
    ("закон приняли 9 мая прошлого года в Раде", "9 мая прошлого года", "2024-05-09"),
    ("ціни зросли у травні цього року", "у травні цього року", "2025-05"),
];

#[test]
fn negatives_have_no_date() {
    assert!(NEGATIVES.len() >= 80, "only {} negatives", NEGATIVES.len());
    let ctx = ctx();
    let mut bad = Vec::new();
    for s in NEGATIVES {
        let found: Vec<String> = ctx.extract(s).map(|m| format!("{:?} = {}", m.text, m.parsed)).collect();
        if !found.is_empty() {
            bad.push(format!("{s:?}: {}", found.join(", ")));
        }
        assert_eq!(
            ctx.first_date(s).is_some(),
            !found.is_empty(),
            "{s:?}: first_date disagrees with extract"
        );
    }
    println!("{} negatives, {} false positives", NEGATIVES.len(), bad.len());
    for b in &bad {
        println!("  FALSE POSITIVE {b}");
    }
    assert!(bad.is_empty(), "{} false positives (listed above)", bad.len());
}

#[test]
fn negatives_in_one_text_have_no_date() {
    // All of them in one text, in both languages, one per line.
    let text = NEGATIVES.join("\n");
    let found: Vec<String> = ctx().extract(&text).map(|m| format!("{:?} = {}", m.text, m.parsed)).collect();
    assert!(found.is_empty(), "found {found:?}");
}

#[test]
fn positive_controls() {
    let ctx = ctx();
    let mut bad = Vec::new();
    for &(s, text, value) in CONTROLS {
        let got: Vec<(String, String)> =
            ctx.extract(s).map(|m| (m.text.to_string(), m.parsed.to_string())).collect();
        if got != [(text.to_string(), value.to_string())] {
            bad.push(format!("{s:?}: expected {text:?} = {value}, got {got:?}"));
        }
    }
    for b in &bad {
        println!("  CONTROL {b}");
    }
    assert!(bad.is_empty(), "{} positive controls wrong (listed above)", bad.len());
}

#[test]
fn controls_and_negatives_side_by_side() {
    // Each control followed by the negatives: only the controls are found.
    let ctx = ctx();
    for (i, &(s, text, value)) in CONTROLS.iter().enumerate() {
        let neg = NEGATIVES[i * 3 % NEGATIVES.len()];
        let joined = format!("{neg}. {s}; {neg}.");
        let got: Vec<(String, String)> =
            ctx.extract(&joined).map(|m| (m.text.to_string(), m.parsed.to_string())).collect();
        assert_eq!(got, [(text.to_string(), value.to_string())], "in {joined:?}");
    }
}

/// Fragments with no date for the calendar families of SPEC §6 (written
/// ordinals, a month alone, separators, quoted days, spans of months and
/// years, day.month with a final dot): streets named after dates, document
/// numbers, impossible dates (which leave nothing behind), ordinals and
/// month words that are not dates, spans without a marker. Most are from
/// real pages (street lists, court decisions, sports news, product pages)
/// collected in /work/rows/negatives.txt.
const CALENDAR_NEGATIVES: &[&str] = &[
    // Streets named after dates (SPEC §6: `8 Марта` a street, never a date).
    "Адрес: ул. 8 Марта, д. 12.",
    "На улице 8 Марта открылся новый магазин.",
    "г. Екатеринбург, ул. 8 Марта, 46",
    "Офис находится на ул. 1 Мая, 15.",
    "вул. 8 Березня, 15",
    "смт Іваничі — вул.8 березня, вул.Першотравнева",
    "с.Будятичі — вул.8-го Березня",
    "Вулицю 8 Березня перейменували на вулицю Олени Пчілки.",
    "Магазин на вулиці 8 Березня зачинено на ремонт.",
    "проспект 40-летия Октября, 7",
    "кафе на площади 1 Мая работает до полуночи",
    "живу на проспекте 50 лет Октября",
    "мешкаю на вулиці 9 Травня, 3",
    "провулок 1 Травня, буд. 4",
    // Document, order and case numbers.
    "Приказ № 12.03 утверждён директором.",
    "Постановление № 15/03 о назначении.",
    "приказ № 01-05",
    "наказ № 15/03",
    "Рішення № 18-10/VIII сесії сільської ради.",
    "Справа № 212/543/24",
    "протокол № 12.03",
    "Штраф по ст. 12.09 КоАП РФ.",
    "п. 3.2.1 договора",
    "пункт 12.05 технічного завдання",
    "№12.03",
    "Лот № 3.11",
    // Bare numbers near month names, impossible dates, month words that are not dates.
    "32 августа 2014",
    "32 серпня",
    "31 февраля",
    "30 лютого",
    "31 апреля",
    "31 червня",
    "сатирический «Вестник» датирован 32 августа 2014 года",
    "в календаре стоит 0 марта 2020",
    "Мартовские коты орали всю ночь.",
    "В трёх майских номерах журнала.",
    "Посёлок Майский Октябрьского района.",
    "Жовтневий район міста.",
    "Лютий мороз не відступав.",
    "Осінній листопад у парку.",
    "Село Травневе Донецької області.",
    "Травневі свята у дитсадку «Травневий».",
    "Май Митурич — советский художник-иллюстратор.",
    // Versions, prices, measurements, dotted pairs with nothing beside them.
    "версия 2.1.15",
    "версія 1.12",
    "оновлення v10.12",
    "Цена 15.02 грн.",
    "Стоимость 10.12 руб.",
    "Вартість 12.09 дол.",
    "Вес 12.05 кг.",
    "Температура 10.1",
    "Це в 10.1 - 10.12",
    "Версия 10.12. вышла без изменений",
    // Ordinals that are not dates.
    "Команда заняла первое место.",
    "Это уже третья попытка.",
    "На двадцать пятом километре сход.",
    "Второй тайм прошёл без голов.",
    "Пятое колесо в телеге.",
    "Третій раз поспіль.",
    "Перше місце посіла команда з Харкова.",
    "Перша половина гри завершилась унічию.",
    "Двадцять п'ятий кадр.",
    "Третій сезон серіалу вийде згодом.",
    "первое впечатление обманчиво",
    "друге дихання відкрилося",
    // Spans of years and months without a marker (SPEC §6: only where nothing else can be meant).
    "сезон 2021-2022 стал для клуба провальным",
    "цены от 1500 до 2000 рублей за метр",
    "квартири від 2000 до 2500 гривень",
    "с 1000 по 2000 экземпляров",
    "номера 1941–1945 в каталоге",
    // `сейчас` and `зараз` in prose (the reference instant only after `прямо`, or in `parse`).
    "В продаже сейчас 12 000 квартир",
    "Сейчас расскажем, как это работает",
    "Зараз розповімо подробиці",
    "зараз на складі 300 одиниць",
    // Nominative month alone, and month stems in names.
    "Май — лучший месяц для отпуска, говорят они",
    "травень видався теплим",
    "сорт яблок Декабрь",
];

/// Positive controls for the calendar families: (fragment, matched text,
/// value), now = 2025-09-07T12:00:00+03:00.
const CALENDAR_CONTROLS: &[(&str, &str, &str)] = &[
    ("Купил 3 мая 15 штук рассады", "3 мая", "2025-05-03"),
    ("завезли 5 травня 20 ящиків", "5 травня", "2025-05-05"),
    ("Встреча назначена на первое марта", "на первое марта", "2025-03-01"),
    ("ул. 8 Марта перекрыли 8 марта", "8 марта", "2025-03-08"),
    ("міст відкриють у грудні, кажуть у мерії", "у грудні", "2024-12"),
    ("а прямо сейчас скидка", "прямо сейчас", "2025-09-07T12:00:00+03:00"),
    ("Договір діє з «01» січня 2024 року", "01» січня 2024 року", "2024-01-01"),
    ("в 2021-2022 годах цены росли", "в 2021-2022 годах", "2021/2022"),
    ("32 августа 2014 года и 5 сентября 2014 года", "5 сентября 2014 года", "2014-09-05"),
    ("надати інформацію до 15 травня ц.р. включно", "15 травня ц.р.", "2025-05-15"),
    ("Лип 3 2024 р., 09:40 | phpMyAdmin", "Лип 3 2024 р., 09:40", "2024-07-03T09:40:00+03:00"),
    (
        "Квартира 5, сезон 2021-2022; с января по март 2025 года",
        "с января по март 2025 года",
        "2025-01/2025-03",
    ),
];

#[test]
fn calendar_negatives_have_no_date() {
    assert!(CALENDAR_NEGATIVES.len() >= 60, "only {} negatives", CALENDAR_NEGATIVES.len());
    let ctx = ctx();
    let mut bad = Vec::new();
    for s in CALENDAR_NEGATIVES {
        let found: Vec<String> = ctx.extract(s).map(|m| format!("{:?} = {}", m.text, m.parsed)).collect();
        if !found.is_empty() {
            bad.push(format!("{s:?}: {}", found.join(", ")));
        }
    }
    for b in &bad {
        println!("  FALSE POSITIVE {b}");
    }
    assert!(bad.is_empty(), "{} false positives (listed above)", bad.len());
    // All of them in one text, one per line.
    let text = CALENDAR_NEGATIVES.join("\n");
    let found: Vec<String> = ctx.extract(&text).map(|m| format!("{:?} = {}", m.text, m.parsed)).collect();
    assert!(found.is_empty(), "found {found:?}");
}

#[test]
fn calendar_positive_controls() {
    let ctx = ctx();
    let mut bad = Vec::new();
    for &(s, text, value) in CALENDAR_CONTROLS {
        let got: Vec<(String, String)> =
            ctx.extract(s).map(|m| (m.text.to_string(), m.parsed.to_string())).collect();
        if got != [(text.to_string(), value.to_string())] {
            bad.push(format!("{s:?}: expected {text:?} = {value}, got {got:?}"));
        }
    }
    for b in &bad {
        println!("  CONTROL {b}");
    }
    assert!(bad.is_empty(), "{} positive controls wrong (listed above)", bad.len());
}
