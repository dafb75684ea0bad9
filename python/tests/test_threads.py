"""One Context shared by many threads gives every thread the same answers."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import cyrdate
from conftest import SEP7

CASES = {
    "01:15 07 сен 2025": "2025-09-07T01:15:00+03:00",
    "9 июля": "2025-07-09",
    "Вчора о 09:15": "2025-09-06T09:15:00+03:00",
    "5 хв. тому": "2025-09-07T11:55:00+03:00",
    "25 декабря": "2024-12-25",
    "на прошлой неделе": "2025-W35",
}


def test_threads_share_one_context() -> None:
    ctx = cyrdate.Context(now=SEP7)
    texts = list(CASES) * 50

    def work(i: int) -> list[str | None]:
        if i % 2:
            return [p and p.value for p in ctx.parse_many(texts)]
        return [ctx.parse(t).value for t in texts]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(32)))
    expected = [CASES[t] for t in texts]
    assert all(r == expected for r in results)
