"""A reader of the shared corpus, ``tests/corpus/*.txt`` (format: tests/corpus/README.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

FLAG_WORDS = {
    "yi": "year_inferred",
    "di": "date_inferred",
    "rel": "relative",
    "z": "zone_from_text",
    "amb": "ambiguous",
    "skip": "skipped",
    "wm": "weekday_mismatch",
}
UNIT_WORDS = {"s": "second", "m": "minute", "h": "hour"}
_SETTING = re.compile(r"^(now|tz|prefer|dis)\s*=\s*(\S+)$")
_ESCAPE = re.compile(r"\\(u\{([0-9a-fA-F]+)\}|.)")


def unescape(s: str) -> str:
    def one(m: re.Match[str]) -> str:
        if m.group(2):
            return chr(int(m.group(2), 16))
        simple = {"n": "\n", "t": "\t", "\\": "\\"}
        if m.group(1) not in simple:
            raise ValueError(f"unknown escape {m.group(0)!r} in {s!r}")
        return simple[m.group(1)]

    return _ESCAPE.sub(one, s)


@dataclass
class Group:
    name: str
    now: str | None = None
    tz: str = "Europe/Kyiv"
    prefer: str = "past"
    dis: str = "compatible"


@dataclass
class Row:
    path: str
    line: int
    group: Group
    input: str
    # A value row: value text, unit word (s/m/h) or None, flags, part of day, words.
    value: str | None = None
    unit: str | None = None
    flags: frozenset[str] = frozenset()
    part_of_day: str | None = None
    words: frozenset[str] = frozenset()
    # An error row: kind in snake case, and where (a byte offset, a text, or None).
    error_kind: str | None = None
    error_at: int | str | None = None
    extra: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{Path(self.path).name}:{self.line}"


def snake(kind: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", kind).lower()


def read(path: Path) -> list[Row]:
    rows: list[Row] = []
    group: Group | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\r")
        if "\t" not in line:
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                group = Group(stripped[1:-1])
                continue
            m = _SETTING.match(stripped)
            if m is None or group is None:
                raise ValueError(f"{path}:{n}: neither a row, a group nor a setting: {line!r}")
            setattr(group, m.group(1), m.group(2))
            continue
        if group is None or group.now is None:
            raise ValueError(f"{path}:{n}: a row outside a group with `now`")
        text, _, expect = line.partition("\t")
        expect = expect.strip("\t ").strip()
        row = Row(str(path), n, Group(**vars(group)), unescape(text))
        if expect.startswith("!"):
            kind, _, at = expect[1:].partition("@")
            row.error_kind = snake(kind.strip())
            if at:
                row.error_at = int(at) if at.isdigit() else unescape(at)
        else:
            value, *words = expect.split()
            row.value = value
            flags, others = set(), set()
            for w in words:
                if w in FLAG_WORDS:
                    flags.add(FLAG_WORDS[w])
                elif w in UNIT_WORDS:
                    row.unit = UNIT_WORDS[w]
                elif w.startswith("pod="):
                    row.part_of_day = w[4:]
                elif w in ("nospan", "parse", "noscan"):
                    others.add(w)
                else:
                    raise ValueError(f"{path}:{n}: unknown word {w!r}")
            row.flags = frozenset(flags)
            row.words = frozenset(others)
        rows.append(row)
    return rows
