"""cyrdate.compat against the behaviour dateparser documents.

Each test restates an example of dateparser's documentation (docs/settings.rst,
docs/usage.rst, README) in Russian or Ukrainian, with the value that
documentation gives, not the value cyrdate happens to print.
"""

from __future__ import annotations

import warnings
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from cyrdate.compat import CompatWarning, DateData, DateDataParser, parse, search_dates

UTC = timezone.utc


@pytest.fixture(autouse=True)
def no_warnings():
    """Any CompatWarning a test does not expect fails it."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", CompatWarning)
        yield


def test_readme_russian_example() -> None:
    # dateparser's README: parse('13 января 2015 г. в 13:34') -> datetime(2015, 1, 13, 13, 34)
    assert parse("13 января 2015 г. в 13:34") == datetime(2015, 1, 13, 13, 34)
    assert parse("13 января 2015 г. в 13:34", languages=["ru", "uk"]).tzinfo is None


def test_none_on_failure() -> None:
    assert parse("не дата", languages=["ru"]) is None
    assert parse("", languages=["uk"]) is None


def test_relative_base() -> None:
    # parse('14:30', RELATIVE_BASE=2020-01-01) -> 2020-01-01 14:30; 'tomorrow' -> 2020-01-02 00:00
    base = {"RELATIVE_BASE": datetime(2020, 1, 1)}
    assert parse("14:30", settings=base) == datetime(2020, 1, 1, 14, 30)
    assert parse("завтра", settings=base) == datetime(2020, 1, 2, 0, 0)
    assert parse("післязавтра", settings=base) == datetime(2020, 1, 3, 0, 0)


def test_relative_base_naive_is_read_in_timezone() -> None:
    # "A naive RELATIVE_BASE is read in the timezone of the TIMEZONE setting."
    s = {"RELATIVE_BASE": datetime(2025, 9, 7, 12, 0), "TIMEZONE": "Europe/Kyiv"}
    assert parse("2 часа назад", settings=s) == datetime(2025, 9, 7, 10, 0)
    assert parse("2 часа назад", settings={**s, "TIMEZONE": "UTC"}) == datetime(2025, 9, 7, 10, 0)
    # Converted to TO_TIMEZONE: 10:00 in Kyiv (+03:00) is 07:00 UTC.
    assert parse("2 часа назад", settings={**s, "TO_TIMEZONE": "UTC"}) == datetime(2025, 9, 7, 7, 0)
    aware = {"RELATIVE_BASE": datetime(2025, 9, 7, 9, 0, tzinfo=UTC), "TIMEZONE": "Europe/Kyiv"}
    assert parse("5 хв. тому", settings=aware) == datetime(2025, 9, 7, 11, 55)


def test_prefer_dates_from() -> None:
    # Today June 16, 2015: 'March' -> 2015-03-16 (current_period), future -> 2016-03-16;
    # a month alone takes the day of RELATIVE_BASE (PREFER_DAY_OF_MONTH 'current').
    base = {"RELATIVE_BASE": datetime(2015, 6, 16)}
    assert parse("март", settings=base) == datetime(2015, 3, 16)
    assert parse("март", settings={**base, "PREFER_DATES_FROM": "future"}) == datetime(2016, 3, 16)
    # Past: the most recent August before June 2015.
    assert parse("август", settings={**base, "PREFER_DATES_FROM": "past"}) == datetime(2014, 8, 16)
    with pytest.raises(ValueError):
        parse("март", settings={"PREFER_DATES_FROM": "recent"})


def test_prefer_day_of_month() -> None:
    # 'December 2015' -> 16 (today June 16), 'last' -> 31, 'first' -> 1.
    base = {"RELATIVE_BASE": datetime(2015, 6, 16)}
    assert parse("декабрь 2015", settings=base) == datetime(2015, 12, 16)
    assert parse("грудень 2015", settings={**base, "PREFER_DAY_OF_MONTH": "last"}) == datetime(2015, 12, 31)
    assert parse("грудень 2015", settings={**base, "PREFER_DAY_OF_MONTH": "first"}) == datetime(2015, 12, 1)


def test_prefer_month_of_year() -> None:
    # Today March 27: "2015" -> 2015-03-27, 'last' -> 2015-12-27, 'first' -> 2015-01-27.
    base = {"RELATIVE_BASE": datetime(2019, 3, 27)}
    assert parse("в 2015 году", settings=base) == datetime(2015, 3, 27)
    assert parse("у 2015 році", settings={**base, "PREFER_MONTH_OF_YEAR": "last"}) == datetime(2015, 12, 27)
    assert parse("у 2015 році", settings={**base, "PREFER_MONTH_OF_YEAR": "first"}) == datetime(2015, 1, 27)


def test_strict_parsing_and_require_parts() -> None:
    # STRICT_PARSING: 'March' -> None. REQUIRE_PARTS: '2012' ['month'] -> None,
    # 'March 2012' ['day'] -> None, 'March 12, 2012' ['day'] -> 2012-03-12.
    assert parse("март", settings={"STRICT_PARSING": True}) is None
    assert parse("12 марта 2012", settings={"STRICT_PARSING": True}) == datetime(2012, 3, 12)
    assert parse("в 2012 году", settings={"REQUIRE_PARTS": ["month"]}) is None
    assert parse("март 2012", settings={"REQUIRE_PARTS": ["day"]}) is None
    assert parse("12 марта 2012", settings={"REQUIRE_PARTS": ["day"]}) == datetime(2012, 3, 12)
    assert parse("12 марта 2012", settings={"REQUIRE_PARTS": ["day", "month", "year"]}) == datetime(2012, 3, 12)


def test_timezone_and_to_timezone() -> None:
    # TIMEZONE US/Eastern: 'January 12, 2012 10:00 PM' -> naive 22:00.
    assert parse("12 января 2012 22:00", settings={"TIMEZONE": "US/Eastern"}) == datetime(2012, 1, 12, 22, 0)
    # TIMEZONE UTC, TO_TIMEZONE US/Eastern: the same text -> naive 17:00.
    s = {"TIMEZONE": "UTC", "TO_TIMEZONE": "US/Eastern"}
    assert parse("12 января 2012 22:00", settings=s) == datetime(2012, 1, 12, 17, 0)


def test_return_as_timezone_aware() -> None:
    s = {"TIMEZONE": "Europe/Kyiv", "RETURN_AS_TIMEZONE_AWARE": True}
    got = parse("12 января 2012 22:00", settings=s)
    assert got == datetime(2012, 1, 12, 22, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
    assert got.tzinfo is not None
    # By default an aware datetime only when the text names a zone (same instant as written).
    got = parse("12 февраля 2015 22:56 UTC")
    assert got.tzinfo is not None and got == datetime(2015, 2, 12, 22, 56, tzinfo=UTC)
    # RETURN_AS_TIMEZONE_AWARE False: '12 Feb 2015 10:56 PM EST' -> naive 22:56, the
    # wall time as written; cyrdate knows it only when the written zone is TIMEZONE, and warns.
    with pytest.warns(CompatWarning, match="RETURN_AS_TIMEZONE_AWARE"):
        got = parse("12 февраля 2015 22:56 UTC", settings={"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": False})
    assert got == datetime(2015, 2, 12, 22, 56)


def test_ranges_give_their_first_value() -> None:
    base = {"RELATIVE_BASE": datetime(2025, 9, 7, 12, 0), "TIMEZONE": "Europe/Kyiv"}
    assert parse("с 1 по 5 сентября 2025", settings=base) == datetime(2025, 9, 1)
    assert parse("9:30 - 11:00", settings=base) == datetime(2025, 9, 7, 9, 30)
    assert parse("з 22:00 до 03:30", settings=base) == datetime(2025, 9, 7, 22, 0)


def test_open_intervals_give_their_written_end_and_warn() -> None:
    base = {"RELATIVE_BASE": datetime(2025, 9, 7, 12, 0), "TIMEZONE": "Europe/Kyiv"}
    with pytest.warns(CompatWarning, match="open at one end"):
        assert parse("до 11 часов", settings=base) == datetime(2025, 9, 7, 11, 0)
    with pytest.warns(CompatWarning, match="open at one end"):
        assert parse("після 14 год", settings=base) == datetime(2025, 9, 7, 14, 0)
    # A month takes the day of RELATIVE_BASE, as for `декабрь 2015`.
    with pytest.warns(CompatWarning, match="open at one end"):
        assert parse("до конца месяца", settings=base) == datetime(2025, 9, 7, 12, 0)


def test_date_formats() -> None:
    assert parse("07/09/2025 01:15", date_formats=["%d/%m/%Y %H:%M"]) == datetime(2025, 9, 7, 1, 15)


def test_search_dates() -> None:
    # 'The first artificial Earth satellite was launched on 4 October 1957.'
    # -> [('on 4 October 1957', datetime(1957, 10, 4, 0, 0))]
    got = search_dates("Первый искусственный спутник Земли запущен 4 октября 1957 года.", languages=["ru"])
    assert got == [("4 октября 1957 года", datetime(1957, 10, 4, 0, 0))]
    assert search_dates("ціна 1 500 грн") is None
    base = {"RELATIVE_BASE": datetime(2025, 9, 7, 12, 0), "TIMEZONE": "Europe/Kyiv"}
    got = search_dates("Оновлено: 5 хв. тому | 7 вересня 2025 р.", settings=base, add_detected_language=True)
    assert got == [("5 хв. тому", datetime(2025, 9, 7, 11, 55), "uk"),
                   ("7 вересня 2025 р.", datetime(2025, 9, 7, 0, 0), "uk")]


def test_date_data_parser() -> None:
    ddp = DateDataParser(languages=["ru", "uk"], settings={"RELATIVE_BASE": datetime(2025, 9, 7, 12)})
    data = ddp.get_date_data("7 вересня 2025")
    assert isinstance(data, DateData)
    assert (data.date_obj, data.period, data.locale) == (datetime(2025, 9, 7), "day", "uk")
    assert data["date_obj"] == datetime(2025, 9, 7) and data["period"] == "day"
    assert ddp.get_date_data("сентябрь 2025").period == "month"
    assert ddp.get_date_data("в 2021 году").period == "year"
    assert ddp.get_date_data("на прошлой неделе").period == "week"
    failed = ddp.get_date_data("не дата")
    assert failed.date_obj is None
    # RETURN_TIME_AS_PERIOD: 'vr jan 24, 2014 12:49' -> period 'time'.
    ddp = DateDataParser(settings={"RETURN_TIME_AS_PERIOD": True})
    assert ddp.get_date_data("24 января 2014 12:49").period == "time"
    assert DateDataParser().get_date_data("24 января 2014 12:49").period == "day"


def test_other_languages_and_settings_warn() -> None:
    with pytest.warns(CompatWarning, match="Russian and Ukrainian"):
        parse("7 сентября 2025", languages=["en"])
    with pytest.warns(CompatWarning, match="Russian and Ukrainian"):
        DateDataParser(locales=["fr-FR"])
    with pytest.warns(CompatWarning, match="DATE_ORDER"):
        parse("07.09.2025", settings={"DATE_ORDER": "MDY"})
    with pytest.warns(CompatWarning, match="RETURN_TIME_SPAN"):
        search_dates("7 сентября 2025", settings={"RETURN_TIME_SPAN": True})
    with pytest.warns(CompatWarning, match="TIMEZONE"):
        parse("07.09.2025", settings={"TIMEZONE": "Mars/Olympus"})
    # What cyrdate already does is accepted silently.
    assert parse("07.09.2025", languages=["ru", "uk"], settings={"DATE_ORDER": "DMY"}) == datetime(2025, 9, 7)
