"""Arrow batches: parse or extract a whole string column in Rust.

The array crosses into Rust through the Arrow PyCapsule interface and the
result comes back the same way: no Python object is made per row, and the
GIL is released while the rows are read. The struct's fields:

``start``, ``end``
    ``timestamp[us, tz=UTC]``: the instants that bound the value (end exclusive).
``tz``
    the output zone's IANA name.
``value``, ``granularity``
    the SPEC §3 text and the granularity name, as :class:`cyrdate.Parsed` has them.
``year_inferred`` … ``weekday_mismatch``
    one boolean column per flag.
``part_of_day``
    ``night``, ``morning``, ``day``, ``evening`` or null.

This is the shape Spark's ``DataFrame.mapInArrow``, Ray Data and Polars take.

>>> import datetime, pyarrow as pa, cyrdate
>>> from cyrdate.arrow import parse_arrow
>>> ctx = cyrdate.Context(now=datetime.datetime.fromisoformat("2025-09-07T12:00:00+03:00"))
>>> out = parse_arrow(pa.array(["9 июля", None, "не дата", "07.09.2025 01:15"]), ctx)
>>> out.field("value").to_pylist()
['2025-07-09', None, None, '2025-09-07T01:15:00+03:00']
>>> out.is_null().to_pylist()
[False, True, True, False]
>>> out.field("start")[3].as_py().isoformat()
'2025-09-06T22:15:00+00:00'
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

from . import DEFAULT, Context

__all__ = ["parse_arrow", "extract_arrow"]


def _chunks(array: Any) -> tuple[list[Any], bool]:
    """The arrays of ``array``: its chunks for a ChunkedArray."""
    if isinstance(array, pa.ChunkedArray):
        return list(array.chunks), True
    if hasattr(array, "__arrow_c_array__"):
        return [array], False
    if hasattr(array, "__arrow_c_stream__"):  # Polars Series, DuckDB results
        chunked = pa.chunked_array(array)
        return list(chunked.chunks), True
    return [pa.array(array, type=pa.string())], False


def parse_arrow(array: Any, context: Context | None = None) -> pa.StructArray | pa.ChunkedArray:
    """Parse every row of a string array as one whole date expression.

    A null row, or a row that is not a date, gives a null struct. A
    ``ChunkedArray`` gives a ``ChunkedArray`` of the same chunks.

    >>> import pyarrow as pa
    >>> parse_arrow(pa.array(["2025-09-07T01:15:00+03:00"])).field("granularity").to_pylist()
    ['second']
    """
    ctx = context or DEFAULT
    chunks, chunked = _chunks(array)
    out = [ctx._parse_arrow(c) for c in chunks]
    if chunked:
        return pa.chunked_array(out, type=_parse_type())
    return out[0]


def extract_arrow(array: Any, context: Context | None = None) -> pa.StructArray:
    """Find every date in every row of a string array: one struct per match.

    The first fields are ``row`` (the row's index in ``array``),
    ``byte_start`` and ``byte_end`` (UTF-8 byte offsets into the row's text)
    and ``text``; the value's fields follow, as :func:`parse_arrow` gives them.

    >>> import pyarrow as pa
    >>> out = extract_arrow(pa.array(["Дата: 07.09.2025", None, "з 1 по 5 вересня 2025"]))
    >>> out.field("row").to_pylist(), out.field("byte_start").to_pylist(), out.field("value").to_pylist()
    ([0, 2], [10, 0], ['2025-09-07', '2025-09-01/2025-09-05'])
    """
    ctx = context or DEFAULT
    chunks, _ = _chunks(array)
    out, offset = [], 0
    for c in chunks:
        out.append(ctx._extract_arrow(c, offset))
        offset += len(c)
    if len(out) == 1:
        return out[0]
    if not out:
        return ctx._extract_arrow(pa.array([], type=pa.string()), 0)
    return pa.concat_arrays(out)


def _parse_type() -> pa.DataType:
    return DEFAULT._parse_arrow(pa.array([], type=pa.string())).type
