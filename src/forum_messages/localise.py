"""Dates, times and numbers as each of the six UN languages writes them, from the CLDR data
that Babel ships (no hand-written month tables or patterns): ``December 4, 2026``,
``4 décembre 2026``, ``2026年12月4日``, ``4 декабря 2026 г.``; ``1,234.5``, ``1 234,5``.

One helper for the site and the documents, so a table cell or a date reads the same in both.
Numbers keep Western digits in every language (as the edition files and reports write them);
:func:`isolate` wraps a value so that right-to-left text around it cannot reorder it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_time as _babel_time
from babel.dates import get_datetime_format
from babel.numbers import format_decimal, format_percent

#: Our language codes (and Django's) -> Babel locales.
LOCALES = {"en": "en", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh": "zh_Hans"}

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


def locale_of(lang: str | None) -> Locale:
    """``zh-hans``, ``zh_Hans``, ``zh``, ``ar-EG`` ... -> the Babel locale (English if unknown)."""
    base = (lang or "en").replace("_", "-").split("-")[0].lower()
    return Locale.parse(LOCALES.get(base, "en"))


def zone(name: str | None) -> ZoneInfo:
    """The IANA time zone ``name``; UTC when it is empty or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _as_date(value: dt.date | dt.datetime | str, tz: str | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(zone(tz)).date() if value.tzinfo else value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def format_date(value: dt.date | dt.datetime | str, lang: str, tz: str | None = None) -> str:
    """A day written out: ``December 4, 2026``, ``2026年12月4日``, ``4 de diciembre de 2026``.
    An aware datetime is first put in ``tz``; text that is not a date is returned as it is."""
    day = _as_date(value, tz)
    if day is None:
        return str(value)
    return str(_babel_date(day, "long", locale=locale_of(lang)))


def format_datetime(value: dt.datetime, lang: str, tz: str | None = None) -> str:
    """Day and time (hours and minutes) in ``tz``: ``December 4, 2026, 6:30 PM``,
    ``2026年12月4日 18:30``; the zone itself is not named (see :func:`zone_label`)."""
    local = value.astimezone(zone(tz)) if value.tzinfo else value
    loc = locale_of(lang)
    day = _babel_date(local.date(), "long", locale=loc)
    time = _babel_time(local.time(), "short", locale=loc)
    pattern = str(get_datetime_format("long", locale=loc)).replace("'", "")
    return pattern.replace("{1}", day).replace("{0}", time)


def zone_label(tz: str | None) -> str:
    """The zone as people recognise it: its IANA name (``Africa/Nairobi``), ``UTC`` for UTC."""
    name = str(zone(tz).key)
    return "UTC" if name in ("UTC", "Etc/UTC", "Etc/UCT", "UCT", "Zulu") else name


def format_number(value: float | int, lang: str) -> str:
    """``1,234.5`` (en), ``1 234,5`` (fr), ``1.234,5`` (es), ``1,234.5`` (ar, Western digits)."""
    return str(format_decimal(value, locale=locale_of(lang), numbering_system="latn"))


def format_share(share: float, lang: str) -> str:
    """A share as a whole percentage: ``83%``, ``83 %`` (fr, with a no-break space)."""
    return str(format_percent(share, locale=locale_of(lang), numbering_system="latn"))


def isolate(text: str) -> str:
    """``text`` between directional isolates, so neighbouring text of the other direction
    cannot move its digits or punctuation (no ``,83`` for ``83,`` in an Arabic line)."""
    return f"{FSI}{text}{PDI}" if text else text
