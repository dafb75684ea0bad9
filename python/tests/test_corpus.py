"""Every row of the shared corpus (tests/corpus/*.txt), through the Python API.

The same files are read by the Rust tests; here each row is parsed with a
Context built from its group's settings and checked for its value text,
granularity, flags, part of day, [start, end) and, for errors, kind and
offset; value rows are also extracted alone (one match, the same value).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import cyrdate
from corpus import Row, read

HERE = Path(__file__).parent
CORPUS = HERE.parent.parent / "tests" / "corpus"
REAL = sorted(CORPUS.glob("*.txt"))
ROWS = [r for f in REAL + [HERE / "fixtures" / "mini.txt"] for r in read(f)]
# What extraction may leave of the input (tests/corpus/README.md, "The agreement test").
PREPOSITIONS = {"в", "у", "с", "з", "о", "на", "во", "об", "со", "зі", "із"}


def ignored(c: str) -> bool:
    """White space, or punctuation that parse ignores around an expression."""
    return (
        c.isspace()
        or (c.isascii() and not c.isalnum() and c.isprintable() and c not in " +")
        or "\u00a1" <= c <= "\u00bf"
        or "\u2010" <= c <= "\u205e"
    )


def may_lead(s: str) -> bool:
    s = s.lstrip("".join(c for c in set(s) if ignored(c)))
    if not s:
        return True
    parts = s.split(maxsplit=1)
    word, rest = parts[0], s[len(parts[0]):]
    return word.lower() in PREPOSITIONS and rest != "" and all(ignored(c) for c in rest)


def may_trail(s: str) -> bool:
    return all(ignored(c) for c in s)


# The frames of the agreement test, as tests/corpus/README.md lists them.
FRAMES = [
    "{}",
    "Как сообщается, {} и это всё.",
    "Як повідомляється, {} і це все.",
    "Главные новости\n{}\nчитайте также",
    "Головні новини\n{}\nчитайте також",
    "{} — сообщили в министерстве.",
    "Про це повідомили {}",
    "Заседание перенесли: {}; подробности позже.",
]
UNITS = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1)}


def context(row: Row) -> cyrdate.Context:
    g = row.group
    return cyrdate.Context(now=datetime.fromisoformat(g.now), tz=g.tz, prefer=g.prefer, disambiguation=g.dis)


def granularity(row: Row) -> str:
    v = row.value
    assert v is not None
    if "/" in v:
        return "range"
    if "T" in v:
        assert row.unit, f"{row.id}: an instant needs s, m or h"
        return row.unit
    if re.fullmatch(r"\d{4}-W\d\d", v):
        return "week"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return "day"
    if re.fullmatch(r"\d{4}-\d\d", v):
        return "month"
    if re.fullmatch(r"\d{4}", v):
        return "year"
    raise AssertionError(f"{row.id}: no granularity for {v!r}")


def bounds(v: str, unit: str | None, tz: str) -> tuple[datetime, datetime]:
    """[start, end) of one value as the corpus README defines it."""
    zi = ZoneInfo(tz)

    def midnight(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=zi)

    if "T" in v:
        s = datetime.fromisoformat(v)
        assert unit is not None
        return s, s + UNITS[unit]
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", v):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return midnight(monday), midnight(monday + timedelta(days=7))
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        d = date.fromisoformat(v)
        return midnight(d), midnight(d + timedelta(days=1))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", v):
        y, mo = int(m[1]), int(m[2])
        return midnight(date(y, mo, 1)), midnight(date(y + mo // 12, mo % 12 + 1, 1))
    y = int(v)
    return midnight(date(y, 1, 1)), midnight(date(y + 1, 1, 1))


def check_span(row: Row, p: cyrdate.Parsed) -> None:
    assert row.value is not None
    first, _, last = row.value.partition("/")
    last = last or first
    if first != "..":
        s, _ = bounds(first, row.unit, row.group.tz)
        assert p.timestamp == s.timestamp(), f"start {p.start} != {s}"
    if last != "..":
        _, e = bounds(last, row.unit, row.group.tz)
        assert p.end_timestamp == e.timestamp(), f"end {p.end} != {e}"
    # The datetimes agree with the UTC seconds and carry the output zone's
    # ZoneInfo, but where the UTC instant is before year 1 (Python's first):
    # there the wall time comes with a fixed-offset timezone.
    assert p.start.timestamp() == p.timestamp and p.end.timestamp() == p.end_timestamp
    if p.timestamp >= datetime(1, 1, 2, tzinfo=timezone.utc).timestamp():
        assert getattr(p.start.tzinfo, "key", None) == row.group.tz
    else:
        assert p.start.utcoffset() is not None and p.start.timestamp() == p.timestamp


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_row(row: Row) -> None:
    ctx = context(row)
    if row.error_kind is not None:
        with pytest.raises(cyrdate.ParseError) as info:
            ctx.parse(row.input)
        err = info.value
        assert err.kind == row.error_kind, str(err)
        raw = row.input.encode()
        if isinstance(row.error_at, int):
            assert err.byte_offset == row.error_at, str(err)
        elif isinstance(row.error_at, str):
            assert err.byte_offset == raw.find(row.error_at.encode()), str(err)
        # The character offset names the same place in the str.
        assert err.offset == len(raw[: err.byte_offset].decode(errors="replace"))
        assert ctx.try_parse(row.input) is None
        return
    p = ctx.parse(row.input)
    assert p.value == row.value
    assert p.granularity == granularity(row)
    assert p.flags == row.flags
    for name in row.flags:
        assert getattr(p, name) is True
    assert p.part_of_day == row.part_of_day
    if "nospan" not in row.words:
        check_span(row, p)
    if "noscan" in row.words:
        return
    if "parse" in row.words:
        found = ctx.extract(row.input)
        assert found == [], [m.text for m in found]
        return
    for frame in FRAMES:
        check_extracted(ctx, row, p, frame)


def check_extracted(ctx: cyrdate.Context, row: Row, p: cyrdate.Parsed, frame: str) -> None:
    """Extraction finds the input in ``frame`` as one match with parse's value;
    it may leave out only white space, the punctuation parse ignores and one
    leading preposition."""
    at = frame.index("{}")
    text = frame[:at] + row.input + frame[at + 2 :]
    found = ctx.extract(text)
    assert len(found) == 1, (frame, [(m.text, m.parsed.value) for m in found])
    m = found[0]
    end = at + len(row.input)
    assert at <= m.start and m.end <= end, (frame, m.text)
    assert may_lead(row.input[: m.start - at]), (frame, m.text)
    assert may_trail(row.input[m.end - at :]), (frame, m.text)
    assert (m.parsed.value, m.parsed.granularity, m.parsed.flags) == (p.value, p.granularity, p.flags), frame


def test_the_fixture_is_read() -> None:
    rows = read(HERE / "fixtures" / "mini.txt")
    assert len(rows) == 16
    nbsp = next(r for r in rows if r.input.startswith("7\u00a0"))
    assert nbsp.value == "2025-09-07"
    assert rows[1].flags == {"year_inferred"}
    trailing = next(r for r in rows if r.error_kind == "trailing_input")
    assert trailing.error_at == "абв"
    assert next(r for r in rows if r.group.dis == "later").value == "2025-10-26T03:30:00+02:00"


def test_the_shared_corpus_is_read() -> None:
    if not REAL:
        pytest.skip(f"no corpus files in {CORPUS} yet")
    assert len(ROWS) > 18
