"""cyrdate on Spark: ``parse_arrow`` over a column of stamps through ``DataFrame.mapInArrow``.

Each Arrow record batch goes from the JVM to the Python worker, through
``cyrdate.arrow.parse_arrow`` (Rust, no Python object per row) and back:

    python -m venv target/spark-venv
    target/spark-venv/bin/pip install pyspark pyarrow pandas ./python
    target/spark-venv/bin/python python/examples/spark_job.py --rows 1000000

It runs Spark in local mode (Java 17), generates the stamps in the JVM
(Russian and Ukrainian dates with times, numeric dates, ``N хв. тому``),
parses them, checks the first rows against values computed here with
``zoneinfo`` (not with cyrdate), and prints rows per second.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

KYIV = ZoneInfo("Europe/Kyiv")
NOW = datetime(2025, 9, 7, 12, 0, tzinfo=KYIV)
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня"]

# Four forms, by id % 4; day = id % 28 + 1, month = id % 12 + 1, hour = id % 20 + 4
# (never the repeated or skipped 03:xx), minute = id % 60, k = id % 50 + 1.
STAMP_SQL = """
CASE id % 4
  WHEN 0 THEN concat(id % 28 + 1, ' ', element_at(array({ru}), CAST(id % 12 + 1 AS INT)), ' 2025, ',
                     lpad(CAST(id % 20 + 4 AS STRING), 2, '0'), ':', lpad(CAST(id % 60 AS STRING), 2, '0'))
  WHEN 1 THEN concat(lpad(CAST(id % 28 + 1 AS STRING), 2, '0'), '.',
                     lpad(CAST(id % 12 + 1 AS STRING), 2, '0'), '.2024')
  WHEN 2 THEN concat(id % 50 + 1, ' хв. тому')
  ELSE concat(id % 28 + 1, ' ', element_at(array({uk}), CAST(id % 12 + 1 AS INT)), ' 2025 р. о ',
              id % 20 + 4, ':', lpad(CAST(id % 60 AS STRING), 2, '0'))
END
""".format(ru=", ".join(f"'{m}'" for m in RU_MONTHS), uk=", ".join(f"'{m}'" for m in UK_MONTHS))

OUT_SCHEMA = ("id long, stamp string, start timestamp, `end` timestamp, value string, granularity string, "
              "relative boolean, year_inferred boolean")


def expected_start(i: int) -> datetime:
    """The UTC start of row ``i``, worked out with zoneinfo."""
    day, month, hour, minute = i % 28 + 1, i % 12 + 1, i % 20 + 4, i % 60
    if i % 4 in (0, 3):
        return datetime(2025, month, day, hour, minute, tzinfo=KYIV).astimezone(timezone.utc)
    if i % 4 == 1:
        return datetime(2024, month, day, tzinfo=KYIV).astimezone(timezone.utc)
    return (NOW - timedelta(minutes=i % 50 + 1)).astimezone(timezone.utc)


def parse_batches(batches: Iterator) -> Iterator:
    """The function mapInArrow runs in each Python worker."""
    import pyarrow as pa

    import cyrdate
    from cyrdate.arrow import parse_arrow

    ctx = cyrdate.Context(now=NOW)
    for batch in batches:
        parsed = parse_arrow(batch.column("stamp"), ctx)
        yield pa.RecordBatch.from_arrays(
            [batch.column("id"), batch.column("stamp"), *(parsed.field(n) for n in
             ("start", "end", "value", "granularity", "relative", "year_inferred"))],
            names=["id", "stamp", "start", "end", "value", "granularity", "relative", "year_inferred"],
        )


def main() -> int:
    ap = argparse.ArgumentParser(description="cyrdate.arrow.parse_arrow on local Spark through mapInArrow")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--master", default="local[2]")
    args = ap.parse_args()
    # The workers must run this interpreter (the one with cyrdate and pyarrow).
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    t0 = time.perf_counter()
    spark = (
        SparkSession.builder.master(args.master)
        .appName("cyrdate-mapInArrow")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "65536")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    t1 = time.perf_counter()
    stamps = spark.range(args.rows).selectExpr("id", f"{STAMP_SQL} AS stamp")
    parsed = stamps.mapInArrow(parse_batches, OUT_SCHEMA)
    def run(df) -> tuple[float, object]:
        t = time.perf_counter()
        row = df.agg(
            F.count("*").alias("rows"), F.count("value").alias("parsed"),
            F.sum(F.col("relative").cast("int")).alias("relative"),
        ).collect()[0]
        return time.perf_counter() - t, row

    # The whole job (every row through the Python workers), twice: the first
    # run also warms the JVM. Then the same job with an identity function in
    # the workers, for Spark's own cost of moving the batches.
    first_job, summary = run(parsed)
    job, summary = min(run(parsed), (first_job, summary), key=lambda r: r[0])
    identity = stamps.mapInArrow(lambda batches: iter(batches), "id long, stamp string").selectExpr(
        "id", "stamp AS value", "false AS relative")
    t_identity, _ = run(identity)
    t3 = time.perf_counter()
    first = {r["id"]: r for r in parsed.where("id < 40").collect()}

    bad = 0
    for i in range(min(40, args.rows)):
        got = first[i]["start"]
        got = got.replace(tzinfo=timezone.utc) if got.tzinfo is None else got
        if got != expected_start(i):
            bad += 1
            print(f"row {i}: {first[i]['stamp']!r} -> {got}, expected {expected_start(i)}", file=sys.stderr)
    print(f"rows {summary['rows']:,}, parsed {summary['parsed']:,}, relative {summary['relative']:,}; "
          f"first 40 rows checked, {bad} wrong")
    print(f"Spark session {t1 - t0:.1f} s; mapInArrow job with parse_arrow {job:.1f} s (first run {first_job:.1f} s): "
          f"{summary['rows'] / job:,.0f} rows/s ({args.master}); the same job with an identity function "
          f"{t_identity:.1f} s; whole run {t3 - t0:.1f} s")
    spark.stop()
    return 0 if bad == 0 and summary["parsed"] == summary["rows"] == args.rows else 1


if __name__ == "__main__":
    sys.exit(main())
