"""dateparser's functions, answered by cyrdate, for Russian and Ukrainian text.

Switching is one import line::

    from cyrdate.compat import parse, search_dates, DateDataParser   # was: from dateparser ...

The arguments, the settings below and the return shapes are dateparser's (as
its documentation gives them): a naive ``datetime`` unless
``RETURN_AS_TIMEZONE_AWARE`` asks otherwise or the text names a zone,
``None`` when there is no date, ``search_dates`` a list of
``(text, datetime)`` or ``None``.

Honoured settings: ``RELATIVE_BASE``, ``PREFER_DATES_FROM`` (``past``,
``future``, ``current_period``, read as cyrdate's ``nearest``), ``TIMEZONE``
(default: the machine's zone, as in dateparser), ``TO_TIMEZONE``,
``RETURN_AS_TIMEZONE_AWARE``, ``STRICT_PARSING``, ``REQUIRE_PARTS``,
``PREFER_DAY_OF_MONTH``, ``PREFER_MONTH_OF_YEAR``, ``RETURN_TIME_AS_PERIOD``,
and ``DATE_ORDER``/``PREFER_LOCALE_DATE_ORDER`` when they ask for day first.
Any other setting or value, and any language other than ``ru`` and ``uk``,
gives a :class:`CompatWarning` instead of a silently different answer.

Where cyrdate and dateparser differ on purpose:

- A text that names a zone gives an aware datetime of the same instant, but
  in ``TO_TIMEZONE`` or ``TIMEZONE`` rather than in the written zone (aware
  datetimes compare by instant, so ``==`` holds).
- Ranges (``с 1 по 5 мая``) give their first instant; an interval open at
  one end (``до 11 часов``, ``после 14 часов``) gives its written end, with
  a :class:`CompatWarning`.

>>> import datetime
>>> from cyrdate.compat import parse, search_dates
>>> base = {"RELATIVE_BASE": datetime.datetime(2025, 9, 7, 12, 0), "TIMEZONE": "Europe/Kyiv"}
>>> parse("13 января 2015 г. в 13:34", languages=["ru"], settings=base)
datetime.datetime(2015, 1, 13, 13, 34)
>>> parse("2 години тому", settings=base)
datetime.datetime(2025, 9, 7, 10, 0)
>>> parse("сегодня в 12:00 мск", settings=base)
datetime.datetime(2025, 9, 7, 12, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Kyiv'))
>>> search_dates("Оновлено: 5 хв. тому | 7 вересня 2025 р.", settings=base)
[('5 хв. тому', datetime.datetime(2025, 9, 7, 11, 55)), ('7 вересня 2025 р.', datetime.datetime(2025, 9, 7, 0, 0))]
"""

from __future__ import annotations

import calendar
import os
import re
import time
import warnings
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from . import Context, Parsed

__all__ = ["CompatWarning", "DateData", "DateDataParser", "parse", "search_dates"]


class CompatWarning(UserWarning):
    """A language, argument or setting that cyrdate.compat cannot honour."""


_LANGUAGES = {"ru", "uk"}
_HONOURED = {
    "RELATIVE_BASE",
    "PREFER_DATES_FROM",
    "TIMEZONE",
    "TO_TIMEZONE",
    "RETURN_AS_TIMEZONE_AWARE",
    "STRICT_PARSING",
    "REQUIRE_PARTS",
    "PREFER_DAY_OF_MONTH",
    "PREFER_MONTH_OF_YEAR",
    "RETURN_TIME_AS_PERIOD",
}
# Settings whose dateparser defaults cyrdate already follows: accepted
# silently at these values, warned about at any other.
_DEFAULTS_FOLLOWED: dict[str, tuple[Any, ...]] = {
    "DATE_ORDER": ("DMY",),
    "PREFER_LOCALE_DATE_ORDER": (True,),
    "NORMALIZE": (True,),
    "SKIP_TOKENS": (["t"],),
    "PARSERS": (),
    "DEFAULT_LANGUAGES": ([], ["ru"], ["uk"], ["ru", "uk"], ["uk", "ru"]),
    "RETURN_TIME_SPAN": (False,),
}
_PREFER = {"past": "past", "future": "future", "current_period": "nearest"}
_INSTANT = {"second", "minute", "hour"}


def _warn(message: str) -> None:
    warnings.warn(message, CompatWarning, stacklevel=4)


def _check_languages(languages: Iterable[str] | None, locales: Iterable[str] | None, region: str | None) -> None:
    others = [x for x in (languages or ()) if x.split("-")[0].lower() not in _LANGUAGES]
    others += [x for x in (locales or ()) if x.split("-")[0].lower() not in _LANGUAGES]
    if others:
        _warn(f"cyrdate reads Russian and Ukrainian only; dates in {others} are not read")
    if region not in (None, "", "UA", "RU", "BY", "KZ", "MD"):
        _warn(f"region {region!r} is not honoured: cyrdate reads day-first Russian and Ukrainian dates")


def _local_zone_name() -> str:
    """The machine's IANA zone (dateparser's default TIMEZONE), or UTC."""
    tz = os.environ.get("TZ", "").lstrip(":")
    candidates = [tz] if tz else []
    try:
        with open("/etc/timezone", encoding="utf-8") as f:
            candidates.append(f.read().strip())
    except OSError:
        pass
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        try:
            Context(tz=name)
            return name
        except ValueError:
            continue
    if time.timezone == 0 and time.daylight == 0:
        return "UTC"
    hours, rest = divmod(-time.timezone, 3600)
    if rest == 0 and not time.daylight:
        # Etc/GMT+N is N hours *west* of Greenwich.
        return f"Etc/GMT{-hours:+d}" if hours else "UTC"
    _warn("the machine's time zone has no IANA name cyrdate knows; TIMEZONE is taken as UTC")
    return "UTC"


def _zone_name(name: str, setting: str) -> str:
    fixed = {"UTC": "UTC", "GMT": "UTC", "Z": "UTC", "MSK": "Europe/Moscow", "EET": "EET", "EEST": "Etc/GMT-3"}
    key = fixed.get(name.upper(), name)
    try:
        Context(tz=key)
    except ValueError:
        _warn(f"{setting} {name!r} is not a zone cyrdate knows (give an IANA name); UTC is used")
        return "UTC"
    return key


class _Settings:
    """dateparser settings, checked once."""

    def __init__(self, settings: Mapping[str, Any] | None) -> None:
        settings = dict(settings or {})
        for key, value in settings.items():
            if key in _HONOURED:
                continue
            followed = _DEFAULTS_FOLLOWED.get(key)
            if followed is not None and (value in followed or (key == "PARSERS" and _parsers_ok(value))):
                continue
            if key == "CACHE_SIZE_LIMIT":  # cyrdate keeps no cache: any size is honoured
                continue
            _warn(f"setting {key}={value!r} is not honoured by cyrdate.compat")
        prefer = settings.get("PREFER_DATES_FROM", "current_period")
        if prefer not in _PREFER:
            raise ValueError(f"PREFER_DATES_FROM must be 'past', 'future' or 'current_period', not {prefer!r}")
        self.prefer = _PREFER[prefer]
        self.tz = _zone_name(settings["TIMEZONE"], "TIMEZONE") if settings.get("TIMEZONE") else _local_zone_name()
        to_tz = settings.get("TO_TIMEZONE")
        self.to_tz = _zone_name(to_tz, "TO_TIMEZONE") if to_tz else None
        self.aware = settings.get("RETURN_AS_TIMEZONE_AWARE", "default")
        self.strict = bool(settings.get("STRICT_PARSING", False))
        self.require = set(settings.get("REQUIRE_PARTS", ()) or ())
        if self.require - {"day", "month", "year"}:
            raise ValueError(f"REQUIRE_PARTS takes 'day', 'month' and 'year', not {sorted(self.require)}")
        self.day_of_month = settings.get("PREFER_DAY_OF_MONTH", "current")
        self.month_of_year = settings.get("PREFER_MONTH_OF_YEAR", "current")
        self.time_as_period = bool(settings.get("RETURN_TIME_AS_PERIOD", False))
        base = settings.get("RELATIVE_BASE")
        if base is not None and not isinstance(base, datetime):
            raise ValueError("RELATIVE_BASE must be a datetime")
        # A naive RELATIVE_BASE is read in TIMEZONE (dateparser's rule).
        self.base = None if base is None else base if base.tzinfo else base.replace(tzinfo=ZoneInfo(self.tz))

    def context(self) -> Context:
        base = self.base or datetime.now(timezone.utc)
        return Context(now=base, tz=self.tz, prefer=self.prefer)


def _parsers_ok(value: Any) -> bool:
    return isinstance(value, (list, tuple)) and {"relative-time", "absolute-time"} <= set(value)


def _missing_parts(p: Parsed) -> set[str]:
    if p.relative:
        return set()
    missing = set()
    if p.year_inferred:
        missing.add("year")
    if p.date_inferred:
        missing |= {"day", "month", "year"}
    if p.granularity == "month":
        missing.add("day")
    elif p.granularity == "year":
        missing |= {"day", "month"}
    elif p.granularity == "week":
        missing.add("day")
    return missing


def _day(year: int, month: int, rule: str, base_day: int) -> int:
    last = calendar.monthrange(year, month)[1]
    return {"first": 1, "last": last}.get(rule, min(base_day, last))


def _side(side: str) -> tuple[str, datetime, datetime | None]:
    """The granularity, start and instant of one side of a range, from its §3 text."""
    if "T" in side:
        t = datetime.fromisoformat(side)
        return "minute", t, t
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", side):
        d = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return "week", datetime(d.year, d.month, d.day), None
    parts = [int(x) for x in side.split("-")]
    g = {1: "year", 2: "month", 3: "day"}[len(parts)]
    parts += [1] * (3 - len(parts))
    return g, datetime(parts[0], parts[1], parts[2]), None


def _open_side(value: str) -> tuple[str, datetime, datetime | None] | None:
    """For ``../B`` or ``A/..``: the written side, as :func:`_side` reads it."""
    if value.startswith("../"):
        return _side(value[3:])
    if value.endswith("/.."):
        return _side(value[:-3])
    return None


def _to_datetime(p: Parsed, s: _Settings, ctx: Context) -> tuple[datetime | None, str]:
    """dateparser's datetime and period for a cyrdate value."""
    if s.strict and _missing_parts(p):
        return None, "day"
    if s.require & _missing_parts(p):
        return None, "day"
    zone = ZoneInfo(s.tz)
    base = (ctx.now or datetime.now(timezone.utc)).astimezone(zone)
    g = p.granularity
    start = p.start
    period = "day"
    instant = p.instant
    open_side = _open_side(p.value)
    if open_side is not None:
        # An interval open at one end (`до 11 часов`, `после 14 часов`,
        # `до конца месяца`): dateparser has none; its written end counts.
        _warn(f"{p.value!r} is an interval open at one end; the datetime of its written end is returned")
        g, start, instant = open_side
    elif g == "range":
        # A range gives its first value, read as that value alone would be.
        g, start, instant = _side(p.value.split("/")[0])
    if instant is not None:
        instant = instant.astimezone(zone)
    if g in _INSTANT:
        dt = instant
        period = "time" if s.time_as_period else "day"
    else:
        # dateparser fills what the text leaves out from RELATIVE_BASE: the
        # time of day of relative days, the day of month, the month of year.
        clock = base.time() if p.relative else datetime.min.time()
        d = start.date()
        if g == "week":
            d = d + timedelta(days=base.weekday())
            period = "week"
        elif g == "month":
            d = date(d.year, d.month, _day(d.year, d.month, s.day_of_month, base.day))
            period = "month"
        elif g == "year":
            month = {"first": 1, "last": 12}.get(s.month_of_year, base.month)
            d = date(d.year, month, _day(d.year, month, s.day_of_month, base.day))
            period = "year"
        dt = datetime.combine(d, clock, tzinfo=zone)
    if s.to_tz:
        dt = dt.astimezone(ZoneInfo(s.to_tz))
    if s.aware is True:
        return dt, period
    if s.aware is False:
        if p.zone_from_text:
            _warn(
                "RETURN_AS_TIMEZONE_AWARE=False with a zone in the text: dateparser gives the wall time "
                "in the written zone, cyrdate gives it in TO_TIMEZONE or TIMEZONE"
            )
        return dt.replace(tzinfo=None), period
    return (dt if p.zone_from_text else dt.replace(tzinfo=None)), period


def _by_formats(date_string: str, date_formats: Iterable[str] | None, s: _Settings) -> datetime | None:
    for fmt in date_formats or ():
        try:
            dt = datetime.strptime(date_string.strip(), fmt)
        except ValueError:
            continue
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=ZoneInfo(s.tz))
            if s.to_tz:
                dt = dt.astimezone(ZoneInfo(s.to_tz))
            return dt if s.aware is True else dt.replace(tzinfo=None)
        if s.to_tz:
            dt = dt.astimezone(ZoneInfo(s.to_tz))
        return dt.replace(tzinfo=None) if s.aware is False else dt
    return None


def parse(
    date_string: str,
    date_formats: Iterable[str] | None = None,
    languages: Iterable[str] | None = None,
    locales: Iterable[str] | None = None,
    region: str | None = None,
    settings: Mapping[str, Any] | None = None,
    detect_languages_function: Any = None,
) -> datetime | None:
    """dateparser's ``parse``: one date expression, or ``None``.

    >>> import datetime
    >>> parse("7 вересня 2025 р., 21:20", languages=["uk"])
    datetime.datetime(2025, 9, 7, 21, 20)
    >>> parse("9 июля", settings={"STRICT_PARSING": True}) is None
    True
    """
    return DateDataParser(
        languages=languages,
        locales=locales,
        region=region,
        settings=settings,
        detect_languages_function=detect_languages_function,
    ).get_date_data(date_string, date_formats).date_obj


def search_dates(
    text: str,
    languages: Iterable[str] | None = None,
    settings: Mapping[str, Any] | None = None,
    add_detected_language: bool = False,
    detect_languages_function: Any = None,
) -> list[tuple[str, datetime]] | list[tuple[str, datetime, str]] | None:
    """dateparser's ``search_dates``: every date in ``text`` as ``(text, datetime)``,
    or ``None`` when there is none.

    >>> import datetime
    >>> search_dates("Запуск 4 октября 1957 года.", languages=["ru"])
    [('4 октября 1957 года', datetime.datetime(1957, 10, 4, 0, 0))]
    >>> search_dates("цена 1 500 грн") is None
    True
    """
    _check_languages(languages, None, None)
    if detect_languages_function is not None:
        _warn("detect_languages_function is not used: cyrdate reads Russian and Ukrainian together")
    s = _Settings(settings)
    ctx = s.context()
    found: list[Any] = []
    for m in ctx.extract(text):
        dt, _ = _to_datetime(m.parsed, s, ctx)
        if dt is None:
            continue
        found.append((m.text, dt, _locale_of(m.text, languages)) if add_detected_language else (m.text, dt))
    return found or None


_UK_WORDS = frozenset(
    "тому хв год р року році рік вчора учора сьогодні післязавтра позавчора щойно о об минулого минулої "
    "цього наступного тижня тиждень січня лютого березня квітня травня червня липня серпня вересня жовтня "
    "листопада грудня січень лютий березень квітень травень червень липень серпень вересень жовтень листопад "
    "грудень неділя понеділок вівторок середа четвер пʼятниця субота".split()
)
_RU_WORDS = frozenset(
    "назад мин г года году год вчера сегодня послезавтра позавчера только что в прошлой прошлом этом "
    "следующей недели неделе января февраля марта апреля мая июня июля августа сентября октября ноября "
    "декабря январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь воскресенье "
    "понедельник вторник среда четверг пятница суббота".split()
)


def _locale_of(text: str, languages: Iterable[str] | None) -> str:
    """A best guess at the language of a matched text: its letters, then its words."""
    low = text.lower().replace("'", "ʼ").replace("’", "ʼ")
    if any(c in low for c in "іїєґ"):
        return "uk"
    if any(c in low for c in "ыэъё"):
        return "ru"
    words = [w.strip(".,:;!?()«»\"") for w in low.split()]
    uk = sum(w in _UK_WORDS for w in words)
    ru = sum(w in _RU_WORDS for w in words)
    if uk != ru:
        return "uk" if uk > ru else "ru"
    given = [x for x in (languages or ()) if x in _LANGUAGES]
    return given[0] if given else "ru"


class DateData:
    """dateparser's ``DateData``: ``date_obj``, ``period`` and ``locale``,
    also readable as a mapping (``data["date_obj"]``)."""

    __slots__ = ("date_obj", "period", "locale")

    def __init__(self, *, date_obj: datetime | None = None, period: str | None = None, locale: str | None = None):
        self.date_obj = date_obj
        self.period = period
        self.locale = locale

    def __getitem__(self, key: str) -> Any:
        if key not in self.__slots__:
            raise KeyError(key)
        return getattr(self, key)

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in self.__slots__:
            raise KeyError(key)
        setattr(self, key, value)

    def __repr__(self) -> str:
        return f"DateData(date_obj={self.date_obj!r}, period={self.period!r}, locale={self.locale!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DateData) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)


class DateDataParser:
    """dateparser's ``DateDataParser``.

    >>> import datetime
    >>> ddp = DateDataParser(languages=["ru", "uk"], settings={"RELATIVE_BASE": datetime.datetime(2025, 9, 7, 12)})
    >>> ddp.get_date_data("1 сентября 2025")
    DateData(date_obj=datetime.datetime(2025, 9, 1, 0, 0), period='day', locale='ru')
    >>> ddp.get_date_data("вересень 2025").period
    'month'
    """

    def __init__(
        self,
        languages: Iterable[str] | None = None,
        locales: Iterable[str] | None = None,
        region: str | None = None,
        try_previous_locales: bool = False,
        use_given_order: bool = False,
        settings: Mapping[str, Any] | None = None,
        detect_languages_function: Any = None,
    ) -> None:
        self.languages = list(languages) if languages is not None else None
        _check_languages(self.languages, locales, region)
        if detect_languages_function is not None:
            _warn("detect_languages_function is not used: cyrdate reads Russian and Ukrainian together")
        self._settings = _Settings(settings)

    def get_date_data(self, date_string: str, date_formats: Iterable[str] | None = None) -> DateData:
        s = self._settings
        by_format = _by_formats(date_string, date_formats, s)
        if by_format is not None:
            return DateData(date_obj=by_format, period="day", locale=_locale_of(date_string, self.languages))
        ctx = s.context()
        p = ctx.try_parse(date_string)
        if p is None:
            return DateData(date_obj=None, period="day", locale=None)
        dt, period = _to_datetime(p, s, ctx)
        if dt is None:
            return DateData(date_obj=None, period="day", locale=None)
        return DateData(date_obj=dt, period=period, locale=_locale_of(date_string, self.languages))
