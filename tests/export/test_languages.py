from __future__ import annotations

import dataclasses

import pytest

from forum_messages import taxonomy
from forum_messages.export import FORMATS, render
from forum_messages.export.strings import t
from forum_messages.model import UN_LANGUAGES, Draft, Ledger

from .conftest import make_draft


def _bare(lang: str) -> Draft:
    """No topics, nothing left out, no dates, no intro: the edges of every renderer."""
    base = make_draft(lang)
    empty = Ledger(0, 0, 0, {}, {}, {}, None)
    theme = dataclasses.replace(base.themes[1], topics=(), ledger=empty)
    edition = dataclasses.replace(
        base.edition, intro={}, dates=None, review=None, disclaimer={}, overarching_theme={}
    )
    return dataclasses.replace(
        base, edition=edition, themes=(theme,), not_reflected=(), statements=(), ledger=empty
    )


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_every_language_renders_in_its_own_words(lang: str) -> None:
    draft = make_draft(lang)
    md = render(draft, "md")
    html = render(draft, "html")
    for key in ("contents", "annex_ledger", "annex_not_reflected", "messages", "theme"):
        assert t(key, lang) in md
    assert f'lang="{lang}"' in html
    assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in html
    # an Arabic statement among the sources reads right to left in every draft
    assert '<blockquote lang="ar" dir="rtl">' in html
    for fmt in FORMATS:
        assert render(draft, fmt) == render(make_draft(lang), fmt)


@pytest.mark.parametrize("lang", UN_LANGUAGES)
def test_bare_draft(lang: str) -> None:
    draft = _bare(lang)
    md = render(draft, "md")
    assert t("no_messages", lang) in md
    assert t("not_reflected_none", lang) in md
    assert t("not_reflected_none", lang) in render(draft, "html")
    # nothing known of its organisers: no Global South share, rather than "n/a"
    assert t("global_south_share", lang) not in md
    assert t("not_available", lang) not in md
    assert render(draft, "json")


def test_real_taxonomy_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # use the bundled taxonomy files, not the test labels
    try:
        labels = taxonomy.framework_labels("en")
    except (OSError, KeyError) as exc:  # pragma: no cover - files not written yet
        pytest.skip(f"taxonomy files not available: {exc}")
    assert labels == {"gdc": "GDC", "wsis": "WSIS", "sdg": "SDGs"}
    md = render(make_draft("en"), "md")
    assert "[GDC 1, 3 - WSIS C5 - SDGs 9, 16]; Cybersecurity, Information integrity" in md
