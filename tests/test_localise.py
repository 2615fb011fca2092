"""Dates, times and numbers written as each language writes them (CLDR data through Babel)."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_messages import localise

NOON = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "want"),
    [
        ("en", "December 4, 2026"),
        ("fr", "4 décembre 2026"),
        ("es", "4 de diciembre de 2026"),
        ("ru", "4 декабря 2026\u202fг."),
        ("zh", "2026年12月4日"),  # not "4 十二月 2026"
        ("zh-hans", "2026年12月4日"),
        ("zh_Hans", "2026年12月4日"),
        ("ar", "4 ديسمبر 2026"),
        ("xx", "December 4, 2026"),  # an unknown language: English
    ],
)
def test_dates_in_each_language(lang: str, want: str) -> None:
    assert localise.format_date("2026-12-04", lang) == want
    assert localise.format_date(dt.date(2026, 12, 4), lang) == want
    assert localise.format_date(NOON, lang) == want


def test_a_time_is_put_in_the_zone_first() -> None:
    late = dt.datetime(2026, 12, 4, 22, 30, tzinfo=dt.UTC)
    assert localise.format_date(late, "en", "Asia/Tokyo") == "December 5, 2026"
    assert localise.format_datetime(late, "zh", "Asia/Tokyo") == "2026年12月5日 07:30"
    assert localise.format_datetime(late, "fr", "UTC").startswith("4 décembre 2026")
    assert "22:30" in localise.format_datetime(late, "ru", "UTC")


def test_unknown_or_empty_zone_is_utc() -> None:
    assert localise.zone("Mars/Olympus").key == "UTC"
    assert localise.zone("").key == "UTC"
    assert localise.zone_label("Etc/UTC") == "UTC"
    assert localise.zone_label("Africa/Nairobi") == "Africa/Nairobi"


def test_text_that_is_not_a_date_is_kept() -> None:
    assert localise.format_date("soon", "fr") == "soon"


@pytest.mark.parametrize(
    ("lang", "want"),
    [
        ("en", "1,234.83"),
        ("fr", "1\u202f234,83"),
        ("es", "1.234,83"),
        ("ru", "1\xa0234,83"),
        ("zh", "1,234.83"),
        ("ar", "1,234.83"),  # Western digits, as the reports and edition files write them
    ],
)
def test_numbers(lang: str, want: str) -> None:
    assert localise.format_number(1234.83, lang) == want


def test_shares_and_isolation() -> None:
    assert localise.format_share(0.83, "en") == "83%"
    assert localise.format_share(0.83, "fr") == "83\xa0%"
    assert localise.isolate("83,") == "\u206883,\u2069"
    assert localise.isolate("") == ""
