"""Dates written out in the six UN languages: ``23–27 June 2025``, ``2025年6月23日至27日``.

Input dates are ISO strings (``2025-06-23``); anything else is returned as written.
"""

from __future__ import annotations

import datetime as dt

from forum_messages.export.strings import base_language

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "ar": (
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ),
    # Genitive, as used after a day number ("23 июня").
    "ru": (
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ),
}  # fmt: skip

_DASH = "–"


def _parse(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _lang(lang: str) -> str:
    base = base_language(lang)
    return base if base in MONTHS or base == "zh" else "en"


def _day(d: dt.date, lang: str) -> str:
    return "1er" if lang == "fr" and d.day == 1 else str(d.day)


def _day_month(d: dt.date, lang: str) -> str:
    month = MONTHS[lang][d.month - 1]
    if lang == "es":
        return f"{d.day} de {month}"
    return f"{_day(d, lang)} {month}"


def _year(d: dt.date, lang: str) -> str:
    if lang == "es":
        return f" de {d.year}"
    if lang == "ru":
        return f" {d.year} г."
    return f" {d.year}"


def _zh(d: dt.date, with_year: bool = True, with_month: bool = True) -> str:
    out = f"{d.year}年" if with_year else ""
    out += f"{d.month}月" if with_month else ""
    return out + f"{d.day}日"


def format_date(value: str, lang: str) -> str:
    """One ISO date in ``lang``: ``23 June 2025``, ``1er juillet 2025``, ``2025年6月23日``."""
    d = _parse(value)
    if d is None:
        return value
    lang = _lang(lang)
    if lang == "zh":
        return _zh(d)
    return _day_month(d, lang) + _year(d, lang)


def format_range(start: str, end: str, lang: str) -> str:
    """A span of ISO dates in ``lang``, compact when month or year are shared."""
    a, b = _parse(start), _parse(end)
    if a is None or b is None:
        return f"{start} {_DASH} {end}"
    if a == b:
        return format_date(start, lang)
    lang = _lang(lang)
    same_year = a.year == b.year
    same_month = same_year and a.month == b.month
    if lang == "zh":
        if same_month:
            return f"{_zh(a)}至{_zh(b, with_year=False, with_month=False)}"
        if same_year:
            return f"{_zh(a)}至{_zh(b, with_year=False)}"
        return f"{_zh(a)}至{_zh(b)}"
    if same_month:
        month = MONTHS[lang][a.month - 1]
        days = f"{_day(a, lang)}{_DASH}{b.day}"
        middle = f" de {month}" if lang == "es" else f" {month}"
        return days + middle + _year(b, lang)
    if same_year:
        return f"{_day_month(a, lang)} {_DASH} {_day_month(b, lang)}{_year(b, lang)}"
    return f"{format_date(start, lang)} {_DASH} {format_date(end, lang)}"
