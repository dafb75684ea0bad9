"""dateparser 1.5 and cyrdate in one process, on the same inputs.

    pip install dateparser==1.5.0 pyarrow     # beside cyrdate, in the same virtualenv
    python python/bench/compare.py            # from the repository's root

Prints a Markdown table: µs per string for one parse, strings per second for
``parse_many`` and ``parse_arrow``, MB/s for ``search_dates`` against
``extract`` over the sample page, and how many rows of the project's corpus
(tests/corpus/*.txt) each gets right. dateparser is always given
``languages=["ru", "uk"]`` (without it, it tries every language it knows).
Figures are measured, never asserted: the machine may be shared.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import time
import warnings
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa

import cyrdate
from cyrdate.arrow import parse_arrow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "python" / "tests"))
from corpus import Row, read  # noqa: E402

NOW = datetime(2025, 9, 7, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
# The twenty forms of the Rust parse bench (benches/parse.rs, MIX).
MIX = [
    "7 сентября 2025",
    "07 СЕН. 2025",
    "9 июля",
    "7 вересня 2025 р.",
    "в сентябре 2025 года",
    "у 2021 році",
    "07.09.2025",
    "2025-09-07T01:15:00+03:00",
    "Mon, 28 Sep 2020 10:00:00 +0300",
    "Грудень 28, 2025",
    "пн, 7 сентября 2025",
    "з 1 до 5 вересня 2025",
    "07.09.2025 в 01:15",
    "Сегодня, 14:30",
    "14.00 по московскому времени",
    "2 ч. назад",
    "дві години тому",
    "через 3 дня",
    "у п'ятницю",
    "на прошлой неделе",
]
LANGS = ["ru", "uk"]


def best_of(runs: int, f) -> float:
    """The fastest of ``runs`` timings of ``f()``, in seconds."""
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        f()
        best = min(best, time.perf_counter() - t)
    return best


def bench_parse(ctx: cyrdate.Context, dp) -> dict[str, float]:
    out: dict[str, float] = {}
    texts = MIX * 5000
    out["rust_parse_us"] = best_of(5, lambda: ctx._parse_count(MIX, 5000)) / len(texts) * 1e6
    # One call at a time, each result dropped before the next (a list of
    # 100,000 live results would time the cyclic GC as much as the calls).
    parse, try_parse = ctx.parse, ctx.try_parse

    def each(f) -> None:
        for t in texts:
            f(t)

    out["cyrdate_parse_us"] = best_of(5, lambda: each(parse)) / len(texts) * 1e6
    out["cyrdate_try_parse_us"] = best_of(5, lambda: each(try_parse)) / len(texts) * 1e6
    base = {"RELATIVE_BASE": NOW.replace(tzinfo=None), "TIMEZONE": "Europe/Kyiv"}
    [dp.parse(t, languages=LANGS, settings=base) for t in MIX]  # warm the language caches
    out["dateparser_parse_us"] = (
        best_of(3, lambda: [dp.parse(t, languages=LANGS, settings=base) for t in MIX]) / len(MIX) * 1e6
    )
    big = MIX * 50_000
    out["parse_many_per_s"] = len(big) / best_of(3, lambda: ctx.parse_many(big))
    out["parse_many_gc_per_s"] = len(big) / best_of(3, lambda: (ctx.parse_many(big), gc.collect()))
    arr = pa.array(big)
    out["parse_arrow_per_s"] = len(big) / best_of(3, lambda: parse_arrow(arr, ctx))
    # In chunks of 16 Ki rows each chunk is parsed on one thread: the one-core figure.
    chunked = pa.chunked_array([arr.slice(i, 16384) for i in range(0, len(arr), 16384)])
    out["parse_arrow_1_per_s"] = len(big) / best_of(3, lambda: parse_arrow(chunked, ctx))
    return out


def bench_extract(ctx: cyrdate.Context, dp_search) -> dict[str, float]:
    page = (ROOT / "samples" / "lenta_ua_page.txt").read_text(encoding="utf-8")
    page_bytes = page.encode()
    # As the Rust bench (extract_bytes_real_sample_repeated): the page repeated to ~1 MiB.
    big = page * ((1 << 20) // len(page_bytes) + 1)
    big_bytes = big.encode()
    mb = len(big_bytes) / 1e6
    # Taken in turn, round after round, so that a busy moment of a shared
    # machine slows all of them alike; the best round of each counts.
    runs = {
        # The crate's own extract_bytes on the same bytes, in this process, with no Python object made.
        "rust_MBps": lambda: ctx._extract_count(big_bytes),
        "extract_str_MBps": lambda: ctx.extract(big),
        "extract_bytes_MBps": lambda: ctx.extract(big_bytes),
        "normalise_str_MBps": lambda: ctx.normalise(big),
    }
    best = {k: float("inf") for k in runs}
    for _ in range(9):
        for k, f in runs.items():
            best[k] = min(best[k], best_of(1, f))
    out: dict[str, float] = {k: mb / t for k, t in best.items()}
    out["page_bytes"] = len(page_bytes)
    out["matches_per_page"] = len(ctx.extract(page))
    base = {"RELATIVE_BASE": NOW.replace(tzinfo=None), "TIMEZONE": "Europe/Kyiv"}
    found = dp_search(page, languages=LANGS, settings=base) or []
    out["search_dates_MBps"] = len(page_bytes) / 1e6 / best_of(2, lambda: dp_search(page, languages=LANGS, settings=base))
    out["search_dates_found"] = len(found)
    return out


# ---- the corpus, scored the same way for every tool -----------------------

UNITS = {"s", "m", "h"}


def expected_key(row: Row, tz: ZoneInfo):
    """What a dateparser-shaped answer must match for ``row`` to count as right:
    the instant for instants, the day for days, (year, month), year, ISO week,
    the first value for ranges and the written end of an open interval
    (dateparser has neither)."""
    v = row.value
    assert v is not None
    first = v.split("/")[0]
    if first == "..":  # open at its start: the written end counts
        first = v.split("/")[1]
    if "T" in first:
        return ("instant", datetime.fromisoformat(first).timestamp())
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", first):
        return ("week", (int(m[1]), int(m[2])))
    if re.fullmatch(r"\d{4}-\d\d-\d\d", first):
        return ("day", date.fromisoformat(first))
    if m := re.fullmatch(r"(\d{4})-(\d\d)", first):
        return ("month", (int(m[1]), int(m[2])))
    return ("year", int(first))


def answer_matches(key, got: datetime | None, tz: ZoneInfo) -> bool:
    if got is None:
        return False
    aware = got if got.tzinfo else got.replace(tzinfo=tz)
    local = aware.astimezone(tz)
    kind, want = key
    if kind == "instant":
        return abs(aware.timestamp() - want) < 1
    if kind == "day":
        return local.date() == want
    if kind == "week":
        return tuple(local.isocalendar())[:2] == want
    if kind == "month":
        return (local.year, local.month) == want
    return local.year == want


def score_corpus(dp) -> dict[str, object]:
    import cyrdate.compat as compat

    rows = [r for f in sorted((ROOT / "tests" / "corpus").glob("*.txt")) for r in read(f)]
    native = compat_right = dp_right = total = 0
    dp_time = 0.0
    prefer = {"past": "past", "future": "future", "nearest": "current_period"}
    for row in rows:
        g = row.group
        tz = ZoneInfo(g.tz)
        now = datetime.fromisoformat(g.now)
        settings = {
            "RELATIVE_BASE": now.astimezone(tz).replace(tzinfo=None),
            "TIMEZONE": g.tz,
            "PREFER_DATES_FROM": prefer[g.prefer],
        }
        total += 1
        ctx = cyrdate.Context(now=now, tz=g.tz, prefer=g.prefer, disambiguation=g.dis)
        if row.error_kind is not None:
            # Right: no date at all (dateparser's None; cyrdate's ParseError of that kind).
            try:
                ctx.parse(row.input)
            except cyrdate.ParseError as e:
                native += e.kind == row.error_kind
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compat_right += compat.parse(row.input, languages=LANGS, settings=settings) is None
            t = time.perf_counter()
            try:
                got = dp.parse(row.input, languages=LANGS, settings=settings)
            except Exception:
                got = None
            dp_time += time.perf_counter() - t
            dp_right += got is None
            continue
        p = ctx.try_parse(row.input)
        native += p is not None and p.value == row.value and p.flags == row.flags
        key = expected_key(row, tz)
        if key is None:
            continue
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compat_right += answer_matches(key, compat.parse(row.input, languages=LANGS, settings=settings), tz)
        t = time.perf_counter()
        try:
            got = dp.parse(row.input, languages=LANGS, settings=settings)
        except Exception:  # dateparser raises on a few inputs (overflows)
            got = None
        dp_time += time.perf_counter() - t
        dp_right += answer_matches(key, got, tz)
    return {
        "rows": total,
        "cyrdate_native": native,
        "cyrdate_compat": compat_right,
        "dateparser": dp_right,
        "dateparser_ms_per_row": dp_time / total * 1e3,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-corpus", action="store_true", help="skip the corpus scores (the slowest part)")
    args = ap.parse_args()
    import dateparser
    from dateparser.search import search_dates

    ctx = cyrdate.Context(now=NOW)
    print(f"Python {sys.version.split()[0]}, cyrdate {cyrdate.__version__}, dateparser {dateparser.__version__}, "
          f"pyarrow {pa.__version__}", flush=True)
    p = bench_parse(ctx, dateparser)
    e = bench_extract(ctx, search_dates)
    print()
    print("| what | dateparser 1.5 (`languages=['ru','uk']`) | cyrdate |")
    print("| --- | --- | --- |")
    print(f"| one `parse`, the 20-form mix of `benches/parse.rs` | {p['dateparser_parse_us']:,.0f} µs | "
          f"{p['cyrdate_parse_us']:.2f} µs (`Context.parse`), {p['cyrdate_try_parse_us']:.2f} µs (`try_parse`); "
          f"the crate's `parse` alone in the same process {p['rust_parse_us']:.2f} µs |")
    print(f"| `parse_many`, 1 M strings (one core) | - | {p['parse_many_per_s'] / 1e6:.2f} M strings/s "
          f"({p['parse_many_gc_per_s'] / 1e6:.2f} M/s counting a `gc.collect()` after it) |")
    print(f"| `parse_arrow`, 1 M rows | - | {p['parse_arrow_per_s'] / 1e6:.2f} M rows/s on {os.cpu_count()} cores, "
          f"{p['parse_arrow_1_per_s'] / 1e6:.2f} M rows/s on one |")
    print(f"| `search_dates` / `extract` on `samples/lenta_ua_page.txt` ({e['page_bytes']:,} bytes; "
          f"cyrdate on it repeated to 1 MiB) | {e['search_dates_MBps']:.3f} MB/s, {e['search_dates_found']} found | "
          f"{e['extract_str_MBps']:.0f} MB/s (`str`), {e['extract_bytes_MBps']:.0f} MB/s (`bytes`), "
          f"{e['matches_per_page']} found; `normalise` {e['normalise_str_MBps']:.0f} MB/s; the crate's "
          f"`extract_bytes` alone in the same process {e['rust_MBps']:.0f} MB/s (`str` "
          f"{e['extract_str_MBps'] / e['rust_MBps']:.0%} of it, `bytes` {e['extract_bytes_MBps'] / e['rust_MBps']:.0%}) |")
    sys.stdout.flush()
    if not args.no_corpus:
        c = score_corpus(dateparser)
        n = c["rows"]
        print(f"| corpus rows right (`tests/corpus/*.txt`, {n} rows) | {c['dateparser']} "
              f"({c['dateparser'] / n:.0%}; {c['dateparser_ms_per_row']:.1f} ms per row) | "
              f"{c['cyrdate_compat']} through `cyrdate.compat` ({c['cyrdate_compat'] / n:.0%}), "
              f"{c['cyrdate_native']} exact value and flags through `Context.parse` ({c['cyrdate_native'] / n:.0%}) |")


if __name__ == "__main__":
    main()
