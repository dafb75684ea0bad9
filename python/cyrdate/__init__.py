"""Find and normalise the dates and timestamps of Russian and Ukrainian text.

The work is done by the Rust crate ``cyrdate``; this package mirrors its API
(SPEC §7). Values are resolved against a reference instant (``now``) in an
output zone (``Europe/Kyiv`` unless told otherwise), and every guess is flagged.

>>> import datetime, cyrdate
>>> now = datetime.datetime.fromisoformat("2025-09-07T12:00:00+03:00")
>>> ctx = cyrdate.Context(now=now)
>>> p = ctx.parse("01:15 07 сен 2025")
>>> p.value, p.granularity
('2025-09-07T01:15:00+03:00', 'minute')
>>> p.start
datetime.datetime(2025, 9, 7, 1, 15, tzinfo=zoneinfo.ZoneInfo(key='Europe/Kyiv'))
>>> ctx.parse("9 июля").date, ctx.parse("9 июля").year_inferred
(datetime.date(2025, 7, 9), True)
>>> [(m.start, m.end, m.text, m.parsed.value) for m in ctx.extract("Вчера в 09:15 и 7 вересня")]
[(0, 13, 'Вчера в 09:15', '2025-09-06T09:15:00+03:00'), (16, 25, '7 вересня', '2025-09-07')]
>>> ctx.normalise("Опубліковано 06 вересня 2025, 21:20", format="annotate")
'Опубліковано 06 вересня 2025, 21:20 [2025-09-06T21:20:00+03:00]'

Python ignores ``fold`` when it compares two datetimes of one zone: the two
occurrences of a repeated local time (clocks going back) compare equal and
subtract to zero. ``Parsed.timestamp`` (UTC seconds) tells them apart:

>>> a = cyrdate.Context(now=now, disambiguation="earlier").parse("26.10.2025 03:30")
>>> b = cyrdate.Context(now=now, disambiguation="later").parse("26.10.2025 03:30")
>>> a.start == b.start, b.timestamp - a.timestamp, (a.start.fold, b.start.fold)
(True, 3600.0, (0, 1))
"""

from __future__ import annotations

from collections.abc import Iterable
from ._cyrdate import Context, Match, ParseError, Parsed

__all__ = [
    "Context",
    "Match",
    "ParseError",
    "Parsed",
    "extract",
    "first_date",
    "normalise",
    "parse",
    "parse_many",
    "try_parse",
]

__version__ = "0.1.0"

#: The context of the module-level functions: the clock's current instant at
#: every call, ``Europe/Kyiv``, preferring the past, compatible DST policy.
DEFAULT = Context()


def parse(text: str) -> Parsed:
    """Parse one whole date expression with the default context.

    Raises :class:`ParseError` when the text is not one.

    >>> parse("2025-09-07T01:15:00+03:00").value
    '2025-09-07T01:15:00+03:00'
    >>> parse("31 февраля 2025")
    Traceback (most recent call last):
    ...
    cyrdate.ParseError: invalid date at byte 0: February 2025 has no day 31
    """
    return DEFAULT.parse(text)


def try_parse(text: str) -> Parsed | None:
    """Like :func:`parse`, but ``None`` instead of an error.

    >>> try_parse("не дата") is None
    True
    """
    return DEFAULT.try_parse(text)


def extract(text: str | bytes) -> list[Match]:
    """Every date in ``text`` with the default context.

    Offsets count characters of a ``str`` and bytes of ``bytes``:

    >>> [(m.start, m.end) for m in extract("Дата: 07.09.2025")]
    [(6, 16)]
    >>> [(m.start, m.end) for m in extract("Дата: 07.09.2025".encode())]
    [(10, 20)]
    """
    return DEFAULT.extract(text)


def first_date(text: str | bytes) -> Parsed | None:
    """The first date of a fragment (``str``, or ``bytes`` that may hold
    invalid UTF-8) with the default context, or ``None``.

    >>> first_date("Опубліковано 06 вересня 2025, 21:20 | Політика").value
    '2025-09-06T21:20:00+03:00'
    """
    return DEFAULT.first_date(text)


def normalise(text: str | bytes, format: str = "iso") -> str | bytes:
    """Copy ``text`` with every date replaced by its value (``"iso"``) or
    followed by it in brackets (``"annotate"``), with the default context.

    >>> normalise("Оновлено 7 вересня 2025 р., ціна 1 500 грн")
    'Оновлено 2025-09-07, ціна 1 500 грн'
    >>> normalise(b"\\xff 07.09.2025", format="annotate")
    b'\\xff 07.09.2025 [2025-09-07]'
    """
    return DEFAULT.normalise(text, format)


def parse_many(texts: Iterable[str | None]) -> list[Parsed | None]:
    """Parse many texts at once (the GIL is released while parsing).

    >>> [p and p.value for p in parse_many(["07.09.2025", "ой", None])]
    ['2025-09-07', None, None]
    """
    return DEFAULT.parse_many(texts)

