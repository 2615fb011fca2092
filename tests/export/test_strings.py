from __future__ import annotations

import re

import pytest

from forum_messages.export import strings
from forum_messages.export.dates import format_date, format_range
from forum_messages.export.strings import count, language_name, plural_category, reason_label, t
from forum_messages.model import UN_LANGUAGES

_FIELD = re.compile(r"\{([a-z_]+)\}")


@pytest.mark.parametrize("key", sorted(strings.STRINGS))
def test_every_string_exists_in_six_languages(key: str) -> None:
    row = strings.STRINGS[key]
    assert set(row) == set(UN_LANGUAGES)
    assert all(text.strip() for text in row.values())


@pytest.mark.parametrize("key", sorted(strings.STRINGS))
def test_placeholders_are_known_and_fill(key: str) -> None:
    allowed = {
        "name", "label", "n", "language", "generator", "version", "place", "dates", "meeting_dates",
        "review_opens", "review_closes", "sessions", "nri", "statements", "messages", "themes",
        "sessions_n", "nri_n", "statements_n", "messages_n", "themes_n", "inputs",
        "published", "title", "state",
    }  # fmt: skip
    for lang, text in strings.STRINGS[key].items():
        fields = set(_FIELD.findall(text))
        assert fields <= allowed, (key, lang, fields - allowed)
        text.format(**dict.fromkeys(allowed, "X"))  # no stray braces


def test_same_placeholders_across_languages_except_the_counted_intro() -> None:
    for key, row in strings.STRINGS.items():
        if key.startswith("intro_counts"):
            continue
        fields = {lang: set(_FIELD.findall(text)) for lang, text in row.items()}
        assert len({frozenset(f) for f in fields.values()}) == 1, (key, fields)


def test_t_falls_back_to_english() -> None:
    assert t("messages", "fr") == "Messages"
    assert t("messages", "ru") == "Послания"
    assert t("messages", "zh-Hans") == "信息"
    assert t("messages", "de") == "Messages"
    assert t("sources", "pt") == "Sources"


def test_reason_and_language_names() -> None:
    assert reason_label("single_session", "en") == "Not grouped with another session"
    assert reason_label("some_new_code", "fr") == "some new code"
    assert language_name("zh", "en") == "Chinese"
    assert language_name("ar", "fr") == "arabe"
    assert language_name("sw", "en") == "sw"
    for lang in UN_LANGUAGES:
        assert set(strings.LANGUAGE_NAMES[lang]) == set(UN_LANGUAGES)
        for row in strings.REASONS.values():
            assert row[lang].strip()


@pytest.mark.parametrize(
    ("n", "lang", "expected"),
    [
        (1, "en", "one"), (0, "en", "other"), (0, "fr", "one"), (2, "fr", "other"),
        (1, "ru", "one"), (21, "ru", "one"), (11, "ru", "many"), (3, "ru", "few"),
        (14, "ru", "many"), (25, "ru", "many"), (0, "ar", "zero"), (2, "ar", "two"),
        (7, "ar", "few"), (103, "ar", "few"), (40, "ar", "many"), (100, "ar", "other"),
        (1, "zh", "other"),
    ],
)  # fmt: skip
def test_plural_categories(n: int, lang: str, expected: str) -> None:
    assert plural_category(n, lang) == expected


def test_counted_nouns() -> None:
    assert count(1, "source", "en") == "1 source"
    assert count(3, "source", "en") == "3 sources"
    assert count(3, "source", "ru") == "3 источника"
    assert count(5, "source", "ru") == "5 источников"
    assert count(2, "source", "ar") == "مصدران"
    assert count(3, "source", "ar") == "3 مصادر"
    assert count(3, "source", "zh") == "3个来源"
    assert count(3, "source", "de") == "3 sources"
    for noun, forms in strings.NOUNS.items():
        assert set(forms) == set(UN_LANGUAGES), noun
        for lang in UN_LANGUAGES:
            for n in range(0, 120):
                assert count(n, noun, lang)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "23–27 June 2025"),
        ("fr", "23–27 juin 2025"),
        ("es", "23–27 de junio de 2025"),
        ("ar", "23–27 يونيو 2025"),
        ("ru", "23–27 июня 2025\u202fг."),  # CLDR: a narrow no-break space before г.
        ("zh", "2025年6月23日至27日"),
    ],
)
def test_date_ranges(lang: str, expected: str) -> None:
    assert format_range("2025-06-23", "2025-06-27", lang) == expected


@pytest.mark.parametrize(
    ("lang", "days", "months", "one"),
    [
        ("en", "22–24 September", "30 September – 2 October", "1 October"),
        ("fr", "22–24 septembre", "30 septembre – 2 octobre", "1er octobre"),
        ("es", "22–24 de septiembre", "30 de septiembre – 2 de octubre", "1 de octubre"),
        ("ar", "22–24 سبتمبر", "30 سبتمبر – 2 أكتوبر", "1 أكتوبر"),
        ("ru", "22–24 сентября", "30 сентября – 2 октября", "1 октября"),
        ("zh", "9月22日至24日", "9月30日至10月2日", "10月1日"),
    ],
)
def test_date_ranges_without_their_year(lang: str, days: str, months: str, one: str) -> None:
    assert format_range("2026-09-22", "2026-09-24", lang, year=False) == days
    assert format_range("2026-09-30", "2026-10-02", lang, year=False) == months
    assert format_range("2026-10-01", "2026-10-01", lang, year=False) == one
    # a span across two years keeps them
    assert "2026" in format_range("2026-12-30", "2027-01-02", lang, year=False)


def test_every_explanation_of_the_pipeline_is_in_the_six_languages() -> None:
    from forum_messages.synth.set_aside import REASONS

    for code, sentence in REASONS.items():
        assert code in strings.REASONS, code
        for lang in UN_LANGUAGES:
            said = strings.explanation(sentence, lang)
            assert said, (code, lang)
            assert (said == sentence) == (lang == "en"), (code, lang)
    assert strings.explanation("Said of one statement only.", "fr") is None
    assert strings.explanation("Said of one statement only.", "en") == "Said of one statement only."


def test_dates_across_months_and_years() -> None:
    assert format_range("2025-06-27", "2025-07-14", "en") == "27 June – 14 July 2025"
    assert format_range("2025-06-27", "2025-07-14", "zh") == "2025年6月27日至7月14日"
    assert format_range("2025-12-30", "2026-01-02", "en") == "30 December 2025 – 2 January 2026"
    assert format_date("2025-07-01", "fr") == "1er juillet 2025"
    assert format_date("2025-07-14", "ru") == "14 июля 2025\u202fг."
    assert format_range("2025-07-01", "2025-07-04", "fr") == "1er–4 juillet 2025"
    assert format_range("2025-06-27", "2025-07-14", "es") == "27 de junio – 14 de julio de 2025"
    assert format_range("2025-12-30", "2026-01-02", "zh") == "2025年12月30日至2026年1月2日"
    assert format_date("2026-12-04", "zh-hans") == "2026年12月4日"
    assert format_date("2026-12-04", "ar") == "4 ديسمبر 2026"
    assert format_date("soon", "en") == "soon"
    assert format_range("2025-06-23", "2025-06-23", "en") == "23 June 2025"


def test_a_share_from_few_sessions_says_how_few() -> None:
    from forum_messages.export.common import south_share
    from forum_messages.model import Ledger

    few = Ledger(
        statements=3,
        sessions=1,
        nri_inputs=0,
        stakeholder_groups={"Civil Society": 3},
        regions={"African Group": 3},
        languages={"en": 3},
        global_south_share=1.0,
    )
    assert south_share(few, "en") == "100% (3 organisers, 1 session)"
    assert "3 организатора" in south_share(few, "ru")
    many = Ledger(
        statements=30,
        sessions=12,
        nri_inputs=0,
        stakeholder_groups={},
        regions={"African Group": 10, "WEOG": 10},
        languages={"en": 30},
        global_south_share=0.5,
    )
    assert south_share(many, "en") == "50%"


def test_annex_numbers_are_the_site_s_and_isolated_in_arabic() -> None:
    from forum_messages import localise
    from forum_messages.export.common import percent, tally_text

    groups = {"Civil Society": 2, "Government": 1234}
    ar = "\u200f\u2068Government 1,234\u2069، \u2068Civil Society 2\u2069"
    assert tally_text(groups, "ar") == ar and tally_text({}, "ar") == ""
    assert tally_text(groups, "en") == "Government 1,234, Civil Society 2"
    assert tally_text(groups, "fr").startswith("Government 1\u202f234")
    for lang in ("en", "fr", "es", "ar", "ru", "zh"):
        assert percent(0.834, lang) == localise.format_share(0.834, lang)
    assert percent(0.834, "ar") == "83%" and percent(0.834, "fr") == "83\xa0%"


def test_counts_use_the_language_s_separators() -> None:
    from forum_messages.export.strings import count

    assert count(1234, "statement", "en") == "1,234 statements"
    assert count(1234, "statement", "fr") == "1\u202f234 déclarations"
    assert count(1234, "statement", "ru") == "1\xa0234 заявления"
    assert count(1234, "statement", "zh") == "1,234条陈述"
    assert count(3, "source", "ar") == "3 مصادر"
