"""Every name of SPEC §7, with values worked out by hand.

Reference: Sunday 2025-09-07 12:00 in Kyiv (+03:00); the ISO week of
2025-09-07 is W36 (Mon 1 – Sun 7 September), so the week before is W35
(25–31 August).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import cyrdate
from conftest import KYIV, SEP7

UTC = timezone.utc


def test_context_defaults_and_getters() -> None:
    c = cyrdate.Context()
    assert (c.now, c.tz, c.prefer, c.disambiguation) == (None, "Europe/Kyiv", "past", "compatible")
    c = cyrdate.Context(now=datetime(2025, 9, 7, 9, 0, tzinfo=UTC), tz="Europe/Warsaw", prefer="nearest",
                        disambiguation="reject")
    assert c.now == datetime(2025, 9, 7, 11, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert c.now.tzinfo.key == "Europe/Warsaw"
    assert (c.tz, c.prefer, c.disambiguation) == ("Europe/Warsaw", "nearest", "reject")
    assert "Europe/Warsaw" in repr(c)


def test_context_is_immutable() -> None:
    c = cyrdate.Context(now=SEP7)
    with pytest.raises(AttributeError):
        c.tz = "UTC"  # type: ignore[misc]


def test_context_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="aware"):
        cyrdate.Context(now=datetime(2025, 9, 7, 12, 0))
    with pytest.raises(TypeError):
        cyrdate.Context(now="2025-09-07")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="time zone"):
        cyrdate.Context(tz="Europe/Atlantis")
    with pytest.raises(ValueError, match="prefer"):
        cyrdate.Context(prefer="recent")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="disambiguation"):
        cyrdate.Context(disambiguation="first")  # type: ignore[arg-type]


def test_now_in_the_repeated_hour_keeps_its_fold() -> None:
    # 03:30 on 2025-10-26 happens at +03:00 (fold 0, 00:30 UTC) and at +02:00 (fold 1, 01:30 UTC).
    first = cyrdate.Context(now=datetime(2025, 10, 26, 3, 30, tzinfo=KYIV))
    second = cyrdate.Context(now=datetime(2025, 10, 26, 3, 30, fold=1, tzinfo=KYIV))
    assert first.now.astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    assert second.now.astimezone(UTC) == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    # "через 30 минут" from each: 01:00 UTC (04:00 +03:00 does not exist, so 03:00+02:00) and 02:00 UTC.
    assert first.parse("через 30 минут").timestamp == datetime(2025, 10, 26, 1, 0, tzinfo=UTC).timestamp()
    assert second.parse("через 30 минут").timestamp == datetime(2025, 10, 26, 2, 0, tzinfo=UTC).timestamp()


def test_parsed_instant(ctx: cyrdate.Context) -> None:
    p = ctx.parse("01:15 07 сен 2025")
    assert str(p) == p.value == "2025-09-07T01:15:00+03:00"
    assert p.granularity == "minute"
    assert p.start == datetime(2025, 9, 7, 1, 15, tzinfo=KYIV)
    assert isinstance(p.start.tzinfo, ZoneInfo) and p.start.tzinfo.key == "Europe/Kyiv"
    assert p.end == datetime(2025, 9, 7, 1, 16, tzinfo=KYIV)
    assert p.instant == p.start
    assert p.date is None
    assert p.timestamp == datetime(2025, 9, 6, 22, 15, tzinfo=UTC).timestamp()
    assert p.end_timestamp == p.timestamp + 60
    assert p.tz == "Europe/Kyiv"
    assert p.flags == frozenset()
    assert p.part_of_day is None
    for name in ("year_inferred", "date_inferred", "relative", "zone_from_text", "ambiguous", "skipped",
                 "weekday_mismatch"):
        assert getattr(p, name) is False


def test_parsed_day_month_week_year_range(ctx: cyrdate.Context) -> None:
    p = ctx.parse("9 июля")
    assert (p.value, p.granularity, p.date, p.instant) == ("2025-07-09", "day", date(2025, 7, 9), None)
    assert p.year_inferred and p.flags == {"year_inferred"}
    assert (p.start, p.end) == (datetime(2025, 7, 9, tzinfo=KYIV), datetime(2025, 7, 10, tzinfo=KYIV))

    p = ctx.parse("сентябрь 2025")
    assert (p.value, p.granularity, p.date) == ("2025-09", "month", None)
    assert (p.start, p.end) == (datetime(2025, 9, 1, tzinfo=KYIV), datetime(2025, 10, 1, tzinfo=KYIV))

    p = ctx.parse("на прошлой неделе")
    assert (p.value, p.granularity, p.flags) == ("2025-W35", "week", {"relative"})
    assert (p.start, p.end) == (datetime(2025, 8, 25, tzinfo=KYIV), datetime(2025, 9, 1, tzinfo=KYIV))

    p = ctx.parse("в 2021 году")
    assert (p.value, p.granularity) == ("2021", "year")
    # 2021-01-01 00:00 in Kyiv is +02:00.
    assert p.timestamp == datetime(2020, 12, 31, 22, 0, tzinfo=UTC).timestamp()

    p = ctx.parse("1–5 сентября")
    assert (p.value, p.granularity, p.flags) == ("2025-09-01/2025-09-05", "range", {"year_inferred"})
    assert (p.start, p.end) == (datetime(2025, 9, 1, tzinfo=KYIV), datetime(2025, 9, 6, tzinfo=KYIV))


def test_parsed_flags(ctx: cyrdate.Context) -> None:
    p = ctx.parse("Вчора о 09:15")
    assert (p.value, p.flags) == ("2025-09-06T09:15:00+03:00", {"relative"})
    p = ctx.parse("14:30")
    assert (p.value, p.flags) == ("2025-09-07T14:30:00+03:00", {"date_inferred"})
    # Moscow is +03:00 all year, as Kyiv is in September.
    p = ctx.parse("12:00 мск")
    assert (p.value, p.flags) == ("2025-09-07T12:00:00+03:00", {"date_inferred", "zone_from_text"})
    assert p.zone_from_text and p.date_inferred


def test_part_of_day(ctx: cyrdate.Context) -> None:
    p = ctx.parse("вчера вечером")
    assert (p.value, p.granularity, p.part_of_day, p.flags) == ("2025-09-06", "day", "evening", {"relative"})
    assert ctx.parse("у понеділок вранці").part_of_day == "morning"
    assert ctx.parse("9 июля").part_of_day is None


def test_parsed_equality_and_hash(ctx: cyrdate.Context) -> None:
    a, b = ctx.parse("7.9.2025"), ctx.parse("07.09.2025")
    assert a == b and hash(a) == hash(b)
    assert a != ctx.parse("08.09.2025")
    assert a != "2025-09-07"
    assert "2025-09-07" in repr(a)


def test_other_zone_and_preference() -> None:
    warsaw = cyrdate.Context(now=SEP7, tz="Europe/Warsaw")
    p = warsaw.parse("12:00 по Киеву")
    assert p.value == "2025-09-07T11:00:00+02:00"
    assert p.start.tzinfo.key == "Europe/Warsaw"
    assert cyrdate.Context(now=SEP7).parse("25 декабря").value == "2024-12-25"
    assert cyrdate.Context(now=SEP7, prefer="future").parse("25 декабря").value == "2025-12-25"


def test_parse_error_kind_offset_message(ctx: cyrdate.Context) -> None:
    with pytest.raises(cyrdate.ParseError) as info:
        ctx.parse("31 февраля 2025")
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.kind, e.offset, e.byte_offset) == ("invalid_date", 0, 0)
    assert str(e) == "invalid date at byte 0: February 2025 has no day 31"

    text = "9 июля абв"
    with pytest.raises(cyrdate.ParseError) as info:
        ctx.parse(text)
    e = info.value
    # "9 июля " is 7 characters and 11 bytes (four Cyrillic letters of two bytes).
    assert (e.kind, e.offset, e.byte_offset) == ("trailing_input", 7, 11)
    assert text[e.offset:] == "абв"
    assert str(e) == 'unexpected text at byte 11: "абв"'

    with pytest.raises(cyrdate.ParseError) as info:
        ctx.parse("  ")
    assert info.value.kind == "empty"
    with pytest.raises(cyrdate.ParseError) as info:
        ctx.parse("7 сентября 25:61")
    assert (info.value.kind, info.value.byte_offset) == ("invalid_time", 19)


def test_try_parse(ctx: cyrdate.Context) -> None:
    assert ctx.try_parse("не дата") is None
    assert ctx.try_parse("31 февраля 2025") is None
    assert ctx.try_parse("9 июля").value == "2025-07-09"


PAGE = "Опубліковано 06 вересня 2025, 21:20 | Політика"


def test_extract_str_counts_characters(ctx: cyrdate.Context) -> None:
    [m] = ctx.extract(PAGE)
    # "Опубліковано " is 13 characters (25 bytes); the match is 22 characters.
    assert (m.start, m.end, m.text) == (13, 35, "06 вересня 2025, 21:20")
    assert PAGE[m.start:m.end] == m.text
    assert m.parsed.value == "2025-09-06T21:20:00+03:00"
    assert "06 вересня" in repr(m)
    # The Parsed of a match is made once, on first use.
    assert m.parsed is m.parsed


def test_extract_bytes_counts_bytes(ctx: cyrdate.Context) -> None:
    [m] = ctx.extract(PAGE.encode())
    assert (m.start, m.end, m.text) == (25, 54, "06 вересня 2025, 21:20")
    assert PAGE.encode()[m.start:m.end].decode() == m.text


def test_extract_bytes_with_invalid_utf8(ctx: cyrdate.Context) -> None:
    raw = b"\xc3\x28 9 \xd0\xb8\xd1\x8e\xd0\xbb\xd1\x8f \xff\xfe 07.09.2025"
    found = [(m.start, m.end, m.text, m.parsed.value) for m in ctx.extract(raw)]
    # "9 июля" starts after the two bad bytes and a space: byte 3, 10 bytes long;
    # then a space, two bad bytes and a space: "07.09.2025" at byte 17.
    assert found == [(3, 13, "9 июля", "2025-07-09"), (17, 27, "07.09.2025", "2025-09-07")]


def test_extract_str_with_a_lone_surrogate(ctx: cyrdate.Context) -> None:
    text = "\ud800 9 июля"
    [m] = ctx.extract(text)
    assert (m.start, m.end, m.text) == (2, 8, "9 июля")


def test_extract_several_and_none(ctx: cyrdate.Context) -> None:
    text = "Оновлено: Вчора о 09:15, ціна 1 500 грн; 5 хв. тому"
    found = [(text[m.start:m.end], m.parsed.value) for m in ctx.extract(text)]
    assert found == [("Вчора о 09:15", "2025-09-06T09:15:00+03:00"), ("5 хв. тому", "2025-09-07T11:55:00+03:00")]
    assert ctx.extract("ціна 1 500 грн") == []
    with pytest.raises(TypeError):
        ctx.extract(12)  # type: ignore[arg-type]


def test_first_date(ctx: cyrdate.Context) -> None:
    assert ctx.first_date(PAGE).value == "2025-09-06T21:20:00+03:00"
    assert ctx.first_date("ціна 1 500 грн") is None
    # Bytes, invalid UTF-8 before the date: the first date, not the later one.
    raw = b"\xc3\x28 " + "Вчора о 09:15, потім 5 хв. тому".encode()
    assert ctx.first_date(raw).value == "2025-09-06T09:15:00+03:00"
    assert ctx.first_date(b"\xff\xfe 1 500") is None
    with pytest.raises(TypeError):
        ctx.first_date(12)  # type: ignore[arg-type]


def test_normalise() -> None:
    ctx = cyrdate.Context(now=datetime(2025, 12, 14, 20, 0, tzinfo=KYIV))
    text = "Оновлено: Вчора о 09:15, ціна 1 500 грн\n"
    assert ctx.normalise(text) == "Оновлено: 2025-12-13T09:15:00+02:00, ціна 1 500 грн\n"
    assert ctx.normalise(text, format="annotate") == (
        "Оновлено: Вчора о 09:15 [2025-12-13T09:15:00+02:00], ціна 1 500 грн\n"
    )
    raw = b"\xff\xfe 07.09.2025 \x80"
    assert ctx.normalise(raw) == b"\xff\xfe 2025-09-07 \x80"
    assert ctx.normalise(raw, "annotate") == b"\xff\xfe 07.09.2025 [2025-09-07] \x80"
    assert ctx.normalise("без дат") == "без дат"
    with pytest.raises(ValueError, match="format"):
        ctx.normalise(text, format="json")  # type: ignore[call-overload]


def test_parse_many(ctx: cyrdate.Context) -> None:
    got = ctx.parse_many(["07.09.2025", "ой", None, "9 июля", "Вчора о 09:15"])
    assert [p and p.value for p in got] == ["2025-09-07", None, None, "2025-07-09", "2025-09-06T09:15:00+03:00"]
    assert got[0].start == datetime(2025, 9, 7, tzinfo=KYIV)
    assert [p.value for p in ctx.parse_many(x for x in ("1.1.2020", "2.2.2020"))] == ["2020-01-01", "2020-02-02"]
    assert ctx.parse_many([]) == []
    with pytest.raises(TypeError):
        ctx.parse_many([b"07.09.2025"])  # type: ignore[list-item]


def test_parse_many_leaves_the_gc_as_it_found_it(ctx: cyrdate.Context) -> None:
    import gc

    texts = ["07.09.2025"] * 5000
    assert gc.isenabled()
    assert len(ctx.parse_many(texts)) == 5000 and gc.isenabled()
    gc.disable()
    try:
        assert len(ctx.parse_many(texts)) == 5000 and not gc.isenabled()
    finally:
        gc.enable()


def test_module_level_functions() -> None:
    # The default context reads the clock at each call; these inputs need no reference.
    assert cyrdate.parse("2025-09-07T01:15:00+03:00").value == "2025-09-07T01:15:00+03:00"
    assert cyrdate.try_parse("ой") is None
    assert [m.text for m in cyrdate.extract("Дата: 07.09.2025")] == ["07.09.2025"]
    assert cyrdate.first_date("Дата: 07.09.2025").date == date(2025, 9, 7)
    assert cyrdate.normalise("Дата: 07.09.2025", "annotate") == "Дата: 07.09.2025 [2025-09-07]"
    assert [p.value for p in cyrdate.parse_many(["07.09.2025"])] == ["2025-09-07"]
    with pytest.raises(cyrdate.ParseError):
        cyrdate.parse("31.02.2025")
    assert cyrdate.DEFAULT.now is None
    # "только что" is the clock's instant now, not the instant the module was imported.
    before = datetime.now(UTC)
    p = cyrdate.parse("только что")
    assert abs(p.instant - before) < timedelta(seconds=5)


def test_python_m_cyrdate(tmp_path) -> None:
    import subprocess
    import sys
    from pathlib import Path

    page = Path(__file__).parents[2] / "samples" / "lenta_ua_page.txt"
    run = subprocess.run([sys.executable, "-m", "cyrdate", "extract", "--now", "2025-09-07T12:00:00+03:00",
                          str(page)], capture_output=True, text=True, check=True)
    lines = [line.split("\t") for line in run.stdout.splitlines()]
    raw = page.read_bytes()
    # The README's sample: the `9 июля` of the article and ten headline stamps.
    assert len(lines) == 11
    assert lines[0][2:] == ["2025-07-09", "9 июля"]
    assert lines[1][2:] == ["2025-09-07T01:15:00+03:00", "01:15 07 сен 2025"]
    for start, end, _, text in lines:
        assert raw[int(start):int(end)].decode() == text
    run = subprocess.run([sys.executable, "-m", "cyrdate", "parse", "--now", "2025-09-07T12:00:00+03:00",
                          "9 июля", "ой"], capture_output=True, text=True)
    assert (run.returncode, run.stdout) == (1, "2025-07-09\n")
    assert "no date or time recognised" in run.stderr
    src = tmp_path / "in.txt"
    src.write_bytes(b"\xff 07.09.2025\n")
    run = subprocess.run([sys.executable, "-m", "cyrdate", "normalise", "--format", "annotate", str(src)],
                         capture_output=True, check=True)
    assert run.stdout == b"\xff 07.09.2025 [2025-09-07]\n"
