from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import cyrdate  # noqa: E402

KYIV = ZoneInfo("Europe/Kyiv")
#: Sunday 7 September 2025, noon in Kyiv (summer, +03:00).
SEP7 = datetime(2025, 9, 7, 12, 0, tzinfo=KYIV)


@pytest.fixture
def ctx() -> cyrdate.Context:
    return cyrdate.Context(now=SEP7)
