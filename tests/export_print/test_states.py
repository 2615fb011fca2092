"""PDF and DOCX say what the document is: on the title page, in the running page header and in
the intro (a published translation of the final text is not "a draft")."""

from __future__ import annotations

import dataclasses
import io

import docx

from forum_messages.export.docx import render_docx
from forum_messages.export.print_model import PrintOptions
from forum_messages.model import DocState, Draft

from .pdftext import Pdf
from .printdrafts import make_draft, require_pdf, translated_draft


def final(draft: Draft, translated_from: str | None = None) -> Draft:
    edition = dataclasses.replace(draft.edition, review=("2026-10-01", "2026-10-31"))
    state = DocState(stage="final", published="2026-12-04", translated_from=translated_from)
    return dataclasses.replace(draft, edition=edition, state=state)


def test_pdf_of_a_translated_final_says_so_on_cover_header_and_intro() -> None:
    require_pdf("zh")
    from forum_messages.export.pdf import render_pdf

    options = PrintOptions(sources="none", ledger_annex=False, not_reflected_annex=False)
    pdf = Pdf.of(render_pdf(final(translated_draft("zh"), translated_from="en"), options))
    assert pdf.pages_with("最终文本译文")[0] == 1  # the title page
    # the running header of every page after the title page
    assert len(pdf.pages_with("信息（最终文本译文）", punctuation=True)) == len(pdf.texts) - 1
    intro = pdf.pages_with("本文件为信息的最终文本，于2026年12月4日发布。", punctuation=True)
    assert intro, "the intro does not say the text is final"
    assert pdf.pages_with("2026年10月1日至2026年10月31日")
    assert not pdf.pages_with("草案于")  # no "the draft is open for review" sentence
    assert not pdf.pages_with("2025年7月14日")  # nor the edition's own review dates


def test_docx_of_a_final_text() -> None:
    document = docx.Document(io.BytesIO(render_docx(final(make_draft("en")))))
    paragraphs = [p.text for p in document.paragraphs]
    cover = paragraphs[: paragraphs.index("Messages") + 2]
    assert cover[-1] == "Final text"
    header = document.sections[0].header.paragraphs[0].text
    assert header == "IGF 2025 Messages — Final text"
    assert document.core_properties.title == "IGF 2025 Messages — Final text"
    assert document.core_properties.created.isoformat().startswith("2026-12-04")
    body = "\n".join(paragraphs)
    assert "This is the final text of the messages, published on 4 December 2026." in body
    assert "open for community review from 1 October 2026 to 31 October 2026" in body
    assert "will inform the final version" not in body and "Review:" not in body
