"""cyrdate.arrow: struct arrays built in Rust from Arrow string arrays."""

from __future__ import annotations

from datetime import datetime, timezone

import pyarrow as pa
import pytest

import cyrdate
from conftest import SEP7
from cyrdate.arrow import extract_arrow, parse_arrow

UTC = timezone.utc
FLAGS = ["year_inferred", "date_inferred", "relative", "zone_from_text", "ambiguous", "skipped", "weekday_mismatch"]
ROWS = ["01:15 07 сен 2025", None, "ой", "9 июля", "Вчора о 09:15"]


@pytest.fixture
def ctx() -> cyrdate.Context:
    return cyrdate.Context(now=SEP7)


def test_parse_arrow_fields_and_values(ctx: cyrdate.Context) -> None:
    out = parse_arrow(pa.array(ROWS), ctx)
    assert isinstance(out, pa.StructArray)
    assert [f.name for f in out.type] == ["start", "end", "tz", "value", "granularity", *FLAGS, "part_of_day"]
    assert out.type.field("start").type == pa.timestamp("us", tz="UTC")
    assert out.is_null().to_pylist() == [False, True, True, False, False]
    assert out.field("value").to_pylist() == [
        "2025-09-07T01:15:00+03:00", None, None, "2025-07-09", "2025-09-06T09:15:00+03:00",
    ]
    assert out.field("granularity").to_pylist() == ["minute", None, None, "day", "minute"]
    # 01:15 at +03:00 is 22:15 UTC the day before; 9 July starts at 21:00 UTC on the 8th.
    assert out.field("start").to_pylist() == [
        datetime(2025, 9, 6, 22, 15, tzinfo=UTC), None, None,
        datetime(2025, 7, 8, 21, 0, tzinfo=UTC), datetime(2025, 9, 6, 6, 15, tzinfo=UTC),
    ]
    assert out.field("end").to_pylist()[3] == datetime(2025, 7, 9, 21, 0, tzinfo=UTC)
    assert out.field("tz").to_pylist() == ["Europe/Kyiv", None, None, "Europe/Kyiv", "Europe/Kyiv"]
    assert out.field("year_inferred").to_pylist() == [False, None, None, True, False]
    assert out.field("relative").to_pylist() == [False, None, None, False, True]
    assert out.field("part_of_day").to_pylist() == [None] * 5
    night = parse_arrow(pa.array(["сегодня ночью", "вчора ввечері"]), ctx)
    assert night.field("part_of_day").to_pylist() == ["night", "evening"]
    assert night.field("value").to_pylist() == ["2025-09-07", "2025-09-06"]


def test_parse_arrow_agrees_with_parse(ctx: cyrdate.Context) -> None:
    texts = ["26.10.2025 03:30", "12:00 мск", "1–5 сентября", "на прошлой неделе", "31.02.2025"]
    out = parse_arrow(pa.array(texts), ctx).to_pylist()
    for text, row in zip(texts, out):
        p = ctx.try_parse(text)
        if p is None:
            assert row is None
            continue
        assert row["value"] == p.value and row["granularity"] == p.granularity
        assert row["start"].timestamp() == p.timestamp and row["end"].timestamp() == p.end_timestamp
        assert {f for f in FLAGS if row[f]} == p.flags


def test_parse_arrow_string_layouts_and_chunks(ctx: cyrdate.Context) -> None:
    for typ in (pa.string(), pa.large_string(), pa.string_view()):
        out = parse_arrow(pa.array(["9 июля", None], type=typ), ctx)
        assert out.field("value").to_pylist() == ["2025-07-09", None]
    chunked = pa.chunked_array([["9 июля"], ["ой", "07.09.2025"]])
    out = parse_arrow(chunked, ctx)
    assert isinstance(out, pa.ChunkedArray)
    assert [len(c) for c in out.chunks] == [1, 2]
    assert out.combine_chunks().field("value").to_pylist() == ["2025-07-09", None, "2025-09-07"]
    assert len(parse_arrow(pa.array([], type=pa.string()), ctx)) == 0
    with pytest.raises(TypeError):
        parse_arrow(pa.array([1, 2]), ctx)


def test_extract_arrow(ctx: cyrdate.Context) -> None:
    rows = ["Дата: 07.09.2025 і вчора", None, "нічого", "з 1 по 5 вересня 2025"]
    out = extract_arrow(pa.array(rows), ctx)
    assert [f.name for f in out.type][:4] == ["row", "byte_start", "byte_end", "text"]
    assert out.field("row").to_pylist() == [0, 0, 3]
    # "Дата: " is 10 bytes; "07.09.2025 і " another 14 (і is two bytes); "вчора" 10.
    assert out.field("byte_start").to_pylist() == [10, 24, 0]
    assert out.field("byte_end").to_pylist() == [20, 34, len(rows[3].encode())]
    assert out.field("text").to_pylist() == ["07.09.2025", "вчора", rows[3]]
    assert out.field("value").to_pylist() == ["2025-09-07", "2025-09-06", "2025-09-01/2025-09-05"]
    for r, s, e, t in zip(*(out.field(k).to_pylist() for k in ("row", "byte_start", "byte_end", "text"))):
        assert rows[r].encode()[s:e].decode() == t
    # Row numbers run on across chunks.
    out = extract_arrow(pa.chunked_array([["9 июля"], ["ой", "07.09.2025"]]), ctx)
    assert out.field("row").to_pylist() == [0, 2]


def test_parse_arrow_on_several_threads_keeps_the_order(ctx: cyrdate.Context) -> None:
    # 100,000 rows are cut into one slice per core; row i is day i % 28 + 1 of September.
    texts = [None if i % 7 == 3 else f"{i % 28 + 1}.09.2025" for i in range(100_000)]
    out = parse_arrow(pa.array(texts), ctx)
    want = [None if t is None else f"2025-09-{int(t.split('.')[0]):02d}" for t in texts]
    assert out.field("value").to_pylist() == want
    assert out.null_count == texts.count(None)
