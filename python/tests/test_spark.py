"""The Spark example, run only when CYRDATE_SPARK=1 (pyspark is ~440 MB and needs Java).

    CYRDATE_SPARK=1 python -m pytest python/tests/test_spark.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parent.parent / "examples" / "spark_job.py"


@pytest.mark.skipif(os.environ.get("CYRDATE_SPARK") != "1", reason="set CYRDATE_SPARK=1 to run the Spark job")
def test_spark_job_parses_a_million_stamps() -> None:
    pytest.importorskip("pyspark")
    rows = int(os.environ.get("CYRDATE_SPARK_ROWS", "1000000"))
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--rows", str(rows)], capture_output=True, text=True, timeout=900
    )
    print(done.stdout, done.stderr[-3000:])
    assert done.returncode == 0
    assert f"rows {rows:,}, parsed {rows:,}" in done.stdout
    assert "0 wrong" in done.stdout
