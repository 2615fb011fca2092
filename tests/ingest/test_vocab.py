"""Language, stakeholder group, regional group, theme and NRI kind normalisation."""

from __future__ import annotations

import pytest

from forum_messages.ingest import load_reports, validate_reports
from forum_messages.ingest.languages import normalise_language
from forum_messages.ingest.vocab import UnknownValue, Vocabulary

from .conftest import Writer, make_edition


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-GB", "en"),
        ("en_US", "en"),
        ("English", "en"),
        ("eng", "en"),
        ("anglais", "en"),
        ("Inglés", "en"),
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("français", "fr"),
        ("Francais", "fr"),
        ("French", "fr"),
        ("es", "es"),
        ("español", "es"),
        ("Espanol", "es"),
        ("Spanish", "es"),
        ("castellano", "es"),
        ("es-419", "es"),
        ("ar", "ar"),
        ("Arabic", "ar"),
        ("العربية", "ar"),
        ("عربي", "ar"),
        ("ar-EG", "ar"),
        ("ru", "ru"),
        ("Russian", "ru"),
        ("русский", "ru"),
        ("Русский язык", "ru"),
        ("zh", "zh"),
        ("zh-CN", "zh"),
        ("zh-Hans", "zh"),
        ("zh-TW", "zh"),
        ("Chinese", "zh"),
        ("中文", "zh"),
        ("简体中文", "zh"),
        ("汉语", "zh"),
        ("Chinese (Simplified)", "zh"),
        ("中文（简体）", "zh"),
        ("Mandarin", "zh"),
    ],
)
def test_languages(given: str, code: str) -> None:
    assert normalise_language(given) == code


@pytest.mark.parametrize("given", ["pt", "Portuguese", "klingon", "e", "xx-YY", "中"])
def test_unknown_languages(given: str) -> None:
    assert normalise_language(given) is None


@pytest.mark.parametrize(
    ("given", "group"),
    [
        ("Civil Society", "Civil Society"),
        ("civil society", "Civil Society"),
        ("CSO", "Civil Society"),
        ("NGO", "Civil Society"),
        ("Société civile", "Civil Society"),
        ("IGO", "Intergovernmental Organization"),
        ("Intergovernmental Organisation", "Intergovernmental Organization"),
        ("government", "Government"),
        ("GOVERNMENT", "Government"),
        ("private sector", "Private Sector"),
        ("Business", "Private Sector"),
        ("technical community", "Technical Community"),
        ("Technical", "Technical Community"),
    ],
)
def test_stakeholder_groups(given: str, group: str) -> None:
    assert Vocabulary(make_edition()).stakeholder_group(given) == group


@pytest.mark.parametrize(
    ("given", "region"),
    [
        ("African Group", "African Group"),
        ("Africa", "African Group"),
        ("african", "African Group"),
        ("Asia Pacific", "Asia-Pacific Group"),
        ("Asia-Pacific", "Asia-Pacific Group"),
        ("APAC", "Asia-Pacific Group"),
        ("Eastern Europe", "Eastern European Group"),
        ("EEG", "Eastern European Group"),
        ("GRULAC", "Latin American and Caribbean Group"),
        ("Latin America", "Latin American and Caribbean Group"),
        ("Latin America & the Caribbean", "Latin American and Caribbean Group"),
        ("WEOG", "Western European and Others Group"),
        ("Western Europe and Others", "Western European and Others Group"),
    ],
)
def test_regional_groups(given: str, region: str) -> None:
    assert Vocabulary(make_edition()).region(given) == region


def test_academia_follows_the_edition() -> None:
    plain = Vocabulary(make_edition())
    with pytest.raises(
        UnknownValue,
        match="unknown stakeholder group 'Academia'; valid values: "
        "Government; Intergovernmental Organization; Private Sector; Civil "
        "Society; Technical Community",
    ):
        plain.stakeholder_group("Academia")
    groups = ["Government", "Private Sector", "Civil Society", "Technical Community/Academia"]
    combined = Vocabulary(make_edition(stakeholder_groups=groups))
    assert combined.stakeholder_group("Academia") == "Technical Community/Academia"
    assert combined.stakeholder_group("technical community") == "Technical Community/Academia"
    assert combined.stakeholder_group("Technical community / academia") == (
        "Technical Community/Academia"
    )
    both = Vocabulary(make_edition(stakeholder_groups=["Technical Community", "Academia"]))
    assert both.stakeholder_group("Technical") == "Technical Community"
    assert both.stakeholder_group("university") == "Academia"


def test_without_vocabularies_values_are_kept() -> None:
    vocab = Vocabulary(make_edition(stakeholder_groups=[], regional_groups=[]))
    assert vocab.stakeholder_group("  CSO ") == "CSO"
    assert vocab.region("Global  South") == "Global South"
    assert Vocabulary(None).theme(" Anything  goes ") == "Anything goes"


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ("trust", "trust"),
        ("TRUST", "trust"),
        (" Trust ", "trust"),
        ("Building Digital Trust and Resilience", "trust"),
        ("building digital trust & resilience", "trust"),
        ("Renforcer la confiance et la résilience numériques", "trust"),
        ("实现普遍接入和数字权利", "access"),
        ("Cooperation", "cooperation"),
    ],
)
def test_themes(given: str, key: str) -> None:
    assert Vocabulary(make_edition()).theme(given) == key


def test_unknown_theme_lists_the_keys(write: Writer) -> None:
    path = write("a.yaml", "session: WS 1\ntheme: Digital trust\nkey_takeaways: [A]\n")
    [problem] = validate_reports([path], make_edition()).problems
    assert (problem.line, problem.field) == (2, "theme")
    assert problem.message == (
        "unknown theme 'Digital trust'; valid theme keys: trust, innovation, access, "
        "cooperation (a theme's title is accepted too)"
    )
    # without an edition the theme is kept as given
    assert load_reports([path]).sessions[0].theme == "Digital trust"


@pytest.mark.parametrize(
    ("given", "kind"),
    [
        ("national", "national"),
        ("National IGF", "national"),
        ("Regional", "regional"),
        ("sub-regional", "regional"),
        ("Youth IGF", "youth"),
        ("YOUTH", "youth"),
    ],
)
def test_nri_kinds(given: str, kind: str) -> None:
    assert Vocabulary.nri_kind(given) == kind


def test_normalised_values_reach_the_corpus(write: Writer) -> None:
    path = write(
        "a.yaml",
        "- session: WS 1\n  language: 中文\n  theme: Building Digital Cooperation\n"
        "  organisers:\n    - {name: A, stakeholder_group: cso, region: GRULAC, country: Peru}\n"
        "    - Just A Name\n  key_takeaways: [数字合作]\n"
        "- nri: Youth LAC IGF\n  kind: Youth\n  region: latin america\n  language: Español\n"
        "  messages: [Los jóvenes deben participar.]\n",
    )
    corpus = load_reports([path], make_edition())
    ws, nri = corpus.sessions
    assert (ws.language, ws.theme) == ("zh", "cooperation")
    assert [(o.name, o.stakeholder_group, o.region, o.country) for o in ws.organisers] == [
        ("A", "Civil Society", "Latin American and Caribbean Group", "Peru"),
        ("Just A Name", None, None, None),
    ]
    assert (nri.nri_kind, nri.region, nri.language) == (
        "youth",
        "Latin American and Caribbean Group",
        "es",
    )
    assert [s.language for s in corpus.statements] == ["zh", "es"]
