"""Daylight-saving time in Kyiv: the repeated October hour and the March gap.

Kyiv's clocks went 04:00 → 03:00 on Sunday 2025-10-26 (03:30 happens at
+03:00, 00:30 UTC, and again at +02:00, 01:30 UTC) and 03:00 → 04:00 on
Sunday 2025-03-30 (03:30 never happens).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

import cyrdate
from conftest import KYIV

UTC = timezone.utc
OCT = datetime(2025, 10, 27, 12, 0, tzinfo=KYIV)
MAR = datetime(2025, 3, 31, 12, 0, tzinfo=KYIV)


def at(dis: str, now: datetime = OCT) -> cyrdate.Context:
    return cyrdate.Context(now=now, disambiguation=dis)


def test_repeated_hour_compares_equal_but_timestamp_tells_apart() -> None:
    a = at("earlier").parse("26.10.2025 03:30")
    b = at("later").parse("26.10.2025 03:30")
    assert (a.value, b.value) == ("2025-10-26T03:30:00+03:00", "2025-10-26T03:30:00+02:00")
    assert a.ambiguous and b.ambiguous and a.flags == b.flags == {"ambiguous"}
    # Python ignores fold when comparing datetimes of one zone: equal, and zero apart...
    assert a.start == b.start
    assert b.start - a.start == timedelta(0)
    # ...but they are different instants, which fold, utcoffset and timestamp show.
    assert (a.start.fold, b.start.fold) == (0, 1)
    assert (a.start.utcoffset(), b.start.utcoffset()) == (timedelta(hours=3), timedelta(hours=2))
    assert a.timestamp == datetime(2025, 10, 26, 0, 30, tzinfo=UTC).timestamp()
    assert b.timestamp - a.timestamp == 3600
    assert a.start.astimezone(UTC) != b.start.astimezone(UTC)
    # The minute's end is exclusive: one minute later in both cases.
    assert (a.end_timestamp - a.timestamp, b.end_timestamp - b.timestamp) == (60, 60)


def test_repeated_hour_compatible_is_earlier_and_reject_raises() -> None:
    assert at("compatible").parse("26.10.2025 03:30").value == "2025-10-26T03:30:00+03:00"
    with pytest.raises(cyrdate.ParseError) as info:
        at("reject").parse("26.10.2025 03:30")
    assert info.value.kind == "ambiguous"


def test_gap() -> None:
    p = at("compatible", MAR).parse("30.03.2025 03:30")
    # Moved forward by the gap: 04:30 at +03:00, 01:30 UTC.
    assert (p.value, p.flags) == ("2025-03-30T04:30:00+03:00", {"skipped"})
    assert p.start == datetime(2025, 3, 30, 4, 30, tzinfo=KYIV)
    assert p.timestamp == datetime(2025, 3, 30, 1, 30, tzinfo=UTC).timestamp()
    assert at("later", MAR).parse("30.03.2025 03:30").value == "2025-03-30T04:30:00+03:00"
    # Earlier: the instant before the gap, read with the offset after it: 02:30 at +02:00.
    p = at("earlier", MAR).parse("30.03.2025 03:30")
    assert (p.value, p.skipped) == ("2025-03-30T02:30:00+02:00", True)
    assert p.timestamp == datetime(2025, 3, 30, 0, 30, tzinfo=UTC).timestamp()
    with pytest.raises(cyrdate.ParseError) as info:
        at("reject", MAR).parse("30.03.2025 03:30")
    assert info.value.kind == "skipped"


def test_a_day_of_23_and_of_25_hours() -> None:
    spring = at("compatible", MAR).parse("30 марта 2025")
    autumn = at("compatible").parse("26 октября 2025")
    assert spring.end_timestamp - spring.timestamp == 23 * 3600
    assert autumn.end_timestamp - autumn.timestamp == 25 * 3600
