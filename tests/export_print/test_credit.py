"""A translation's credit lines (``Draft.credit``) on the title page of the PDF and the DOCX."""

from __future__ import annotations

import dataclasses
import io

import docx
import pytest

from forum_messages.export.common import label
from forum_messages.export.docx import render_docx
from forum_messages.export.print_model import PrintOptions, build
from forum_messages.model import Draft

from .pdftext import Pdf, norm
from .printdrafts import make_draft, require_pdf

CREDIT = {
    "en": ("Translated by the Youth IGF Paris volunteers", "Revised by Jane Martin"),
    "ar": ("ترجمة متطوعي منتدى الشباب في باريس", "راجعتها جميلة منصور"),
}


def _credited(drafts: dict[str, Draft], lang: str, *lines: str) -> Draft:
    return dataclasses.replace(drafts[lang], credit=lines or CREDIT[lang])


def test_the_draft_lines_then_the_option() -> None:
    draft = dataclasses.replace(make_draft("en"), credit=(" Translated  by us ", "", "Revised"))
    assert build(draft).credit == ("Translated by us", "Revised")
    assert build(draft, PrintOptions(credit="Proofread")).credit == (
        "Translated by us",
        "Revised",
        "Proofread",
    )
    assert build(draft, PrintOptions(credit="Revised")).credit == ("Translated by us", "Revised")
    assert build(make_draft("en")).credit == ()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_pdf_title_page_shows_every_line(lang: str, drafts: dict[str, Draft]) -> None:
    require_pdf(lang)
    from forum_messages.export.pdf import render_pdf

    pdf = Pdf.of(render_pdf(_credited(drafts, lang), credit="Volunteers of the Example NRI"))
    for line in (*CREDIT[lang], "Volunteers of the Example NRI"):
        assert pdf.pages_with(line) == [1], (lang, line)
    label_word = norm(label("translation", lang))
    page = norm(pdf.texts[0])
    assert page.count(label_word) + page.count(label_word[::-1]) == 1  # the label once


def test_pdf_one_draft_line_looks_like_the_credit_option(drafts: dict[str, Draft]) -> None:
    """Byte for byte: a credit line of the draft is printed as the ``credit=`` line was."""
    require_pdf("en")
    from forum_messages.export.pdf import render_pdf

    line = CREDIT["en"][0]
    assert render_pdf(_credited(drafts, "en", line)) == render_pdf(drafts["en"], credit=line)


def _cover(data: bytes) -> list[str]:
    """Paragraph texts before the intro (the first paragraph after a page break)."""
    out = []
    for p in docx.Document(io.BytesIO(data)).paragraphs:
        if p.paragraph_format.page_break_before:
            break
        out.append(p.text)
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_docx_title_page_shows_every_line(lang: str, drafts: dict[str, Draft]) -> None:
    tag = label("translation", lang)
    data = render_docx(
        _credited(drafts, lang), PrintOptions(credit="replaced"), credit="Example NRI"
    )
    cover = _cover(data)
    lines = (*CREDIT[lang], "Example NRI")
    first = cover.index(f"{tag} {lines[0]}")  # the label once, on the first line
    assert cover[first : first + len(lines)] == [f"{tag} {lines[0]}", *lines[1:]]
    assert sum(text.startswith(tag) for text in cover) == 1
    assert not any("replaced" in text for text in _cover(data))


def test_docx_one_draft_line_looks_like_the_credit_option(drafts: dict[str, Draft]) -> None:
    line = CREDIT["en"][0]
    assert render_docx(_credited(drafts, "en", line)) == render_docx(drafts["en"], credit=line)


def test_no_credit_no_label(drafts: dict[str, Draft]) -> None:
    tag = label("translation", "en")
    assert not any(text.startswith(tag) for text in _cover(render_docx(drafts["en"])))
