"""Fixtures of the print export tests: the drafts, each rendered once to PDF."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from forum_messages.model import Draft

from .printdrafts import make_draft, require_pdf, translated_draft


@pytest.fixture(scope="session")
def drafts() -> dict[str, Draft]:
    return {
        "en": make_draft("en"),
        "zh": translated_draft("zh"),
        "ar": translated_draft("ar"),
        "ru": translated_draft("ru"),
    }


@pytest.fixture(scope="session")
def pdfs(drafts: dict[str, Draft]) -> dict[str, bytes]:
    """Each draft rendered once to PDF (a language whose fonts are missing is left out)."""
    from forum_messages.export.pdf import render_pdf

    out = {}
    for lang, draft in drafts.items():
        try:
            require_pdf(lang)
        except pytest.skip.Exception:
            continue
        out[lang] = render_pdf(draft, credit="Volunteers of the Example NRI")
    return out


@pytest.fixture
def pdf_of(pdfs: dict[str, bytes]) -> Callable[[str], bytes]:
    def get(lang: str) -> bytes:
        require_pdf(lang)
        return pdfs[lang]

    return get
