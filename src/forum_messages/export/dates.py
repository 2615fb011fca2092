"""Dates written out in the six UN languages: ``23–27 June 2025``, ``2025年6月23日至27日``.

Month names, day-month patterns and full dates come from the CLDR data that Babel ships
(``long`` dates; English the United Nations way, ``23 June 2025``, from CLDR's ``en_GB``).
What CLDR has no form for is written here: a span of days is the first date's day (and
month) joined to the last full date, since CLDR's interval patterns shorten month names in
French and Russian (``27 juin – 14 juil.``); French writes the first of the month ``1er``.

Input dates are ISO strings (``2025-06-23``); anything else is returned as written.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton

from forum_messages.localise import locale_of

_DASH = "–"
_ENGLISH = Locale.parse("en_GB")  # day month year, as United Nations documents write it


def _parse(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _locale(lang: str) -> Locale:
    loc = locale_of(lang)
    return _ENGLISH if loc.language == "en" else loc


def _first(text: str, d: dt.date, loc: Locale) -> str:
    """French ``1er`` for the first of the month (CLDR writes a bare ``1``)."""
    if loc.language == "fr" and d.day == 1 and text.startswith("1 "):
        return "1er" + text[1:]
    return text


def _full(d: dt.date, loc: Locale) -> str:
    return _first(str(_babel_date(d, "long", locale=loc)), d, loc)


def _day_month(d: dt.date, loc: Locale) -> str:
    return _first(str(format_skeleton("MMMMd", d, locale=loc)), d, loc)


def _day(d: dt.date, loc: Locale) -> str:
    return _first(str(format_skeleton("d", d, locale=loc)) + " ", d, loc).rstrip()


def format_date(value: str, lang: str) -> str:
    """One ISO date in ``lang``: ``23 June 2025``, ``1er juillet 2025``, ``2025年6月23日``."""
    d = _parse(value)
    if d is None:
        return value
    return _full(d, _locale(lang))


def format_range(start: str, end: str, lang: str, year: bool = True) -> str:
    """A span of ISO dates in ``lang``, compact when month or year are shared; without its
    year when ``year`` is false and the span is within one year (``22–24 September``, for a
    sentence whose meeting's name gives the year)."""
    a, b = _parse(start), _parse(end)
    if a is None or b is None:
        return f"{start} {_DASH} {end}"
    loc = _locale(lang)
    same_year = a.year == b.year
    same_month = same_year and a.month == b.month
    if not year and same_year:
        return _without_year(a, b, loc, same_month)
    if a == b:
        return format_date(start, lang)
    if loc.language == "zh":  # year first: the end drops what it shares with the start
        tail = _day(b, loc) if same_month else _day_month(b, loc) if same_year else _full(b, loc)
        return f"{_full(a, loc)}至{tail}"
    if same_month:
        return f"{_day(a, loc)}{_DASH}{_full(b, loc)}"
    if same_year:
        return f"{_day_month(a, loc)} {_DASH} {_full(b, loc)}"
    return f"{_full(a, loc)} {_DASH} {_full(b, loc)}"


def _without_year(a: dt.date, b: dt.date, loc: Locale, same_month: bool) -> str:
    """A span of days of one year without the year: ``22–24 September``, ``9月22日至24日``."""
    if a == b:
        return _day_month(a, loc)
    if loc.language == "zh":
        return f"{_day_month(a, loc)}至{_day(b, loc) if same_month else _day_month(b, loc)}"
    if same_month:
        return f"{_day(a, loc)}{_DASH}{_day_month(b, loc)}"
    return f"{_day_month(a, loc)} {_DASH} {_day_month(b, loc)}"
