"""The draft as a Word document (python-docx), with the structure of the PDF.

``render_docx(draft)`` -> bytes. Built-in styles carry the structure, so Word's navigation
pane and table of contents work: Title (title page), Heading 1 (themes and annexes), Heading 2
(sub-topics, annex groups), List Bullet (messages), Footnote Text (sources). The table of
contents is a TOC field: Word fills in the page numbers when it updates fields, and the
document asks it to on opening (``w:updateFields``); until then the entries show without
numbers. Arabic paragraphs carry ``w:bidi`` and Arabic runs ``w:rtl``; every style names
explicit fonts for the four slots (``w:eastAsia`` for Chinese, ``w:cs`` for Arabic).
Deterministic: fixed core properties and zip timestamps (from the edition), no thumbnail.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import docx
from docx.text.paragraph import Paragraph

from forum_messages.export import common
from forum_messages.export.print_docx_styles import setup_document
from forum_messages.export.print_fonts import WordFonts, word_fonts
from forum_messages.export.print_model import (
    PrintDoc,
    PrintMessage,
    PrintOptions,
    PrintTheme,
    Table,
    build,
    direction,
)
from forum_messages.export.print_ooxml import (
    Footnotes,
    cjk_run,
    field_begin,
    field_end,
    fixed_zip,
    has_cjk,
    paragraph_bidi,
    rtl_run,
    run_lang,
    segments,
    simple_field,
)
from forum_messages.export.strings import t
from forum_messages.model import Draft


class _Writer:
    """Adds paragraphs to a python-docx Document in the document's direction and fonts."""

    def __init__(self, document: Any, doc: PrintDoc, fonts: WordFonts) -> None:
        self.document = document
        self.doc = doc
        self.fonts = fonts
        self.rtl = doc.direction == "rtl"
        self.footnotes = Footnotes(document.part)
        # Style ids by name, looked up once: python-docx's lookup by name scans every style.
        self.style_ids = {style.name: style.style_id for style in document.styles}

    def style(self, paragraph: Any, name: str) -> None:
        paragraph._p.get_or_add_pPr().style = self.style_ids[name]

    def runs(
        self,
        paragraph: Any,
        text: str,
        *,
        rtl: bool,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        lang: str | None = None,
    ) -> None:
        """``text`` as runs of one direction each, formatted alike; ``lang`` marks a text
        left in another language (for proofing and line breaking)."""
        from docx.shared import Pt

        for piece, piece_rtl in segments(text, rtl):
            run = paragraph.add_run(piece)
            if bold:
                run.bold = True
            if italic:
                run.italic = True
            if size is not None:
                run.font.size = Pt(size)
            if piece_rtl:
                rtl_run(run, bold=bold, italic=italic, size=size)
            if has_cjk(piece):
                cjk_run(run, self.fonts)
            if lang is not None:
                run_lang(run, lang)

    def para(
        self,
        text: str = "",
        style: str | None = None,
        *,
        rtl: bool | None = None,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
    ) -> Any:
        rtl = self.rtl if rtl is None else rtl
        paragraph = self.document.add_paragraph()
        if style is not None:
            self.style(paragraph, style)
        paragraph_bidi(paragraph, rtl)
        if text:
            self.runs(paragraph, text, rtl=rtl, bold=bold, italic=italic, size=size)
        return paragraph

    def labelled(self, label: str, text: str, style: str | None = None) -> Any:
        paragraph = self.para(style=style)
        self.runs(paragraph, label, rtl=self.rtl, bold=True)
        self.runs(paragraph, common.gap(label) + text, rtl=self.rtl)
        return paragraph


def _cover(w: _Writer) -> None:
    doc = w.doc
    w.para(doc.edition_name, "Subtitle")
    w.para(doc.messages_word, "Title")
    w.para(doc.state, bold=True, size=16)
    if doc.place_dates:
        w.para(doc.place_dates, size=14)
    if doc.overarching:
        w.para(doc.overarching_label, size=10, italic=doc.lang not in ("zh", "ar"))
        w.para(doc.overarching, bold=True, size=13)
    for i, line in enumerate(doc.credit):  # the label once, on the first line
        if i == 0:
            w.labelled(doc.credit_label, line)
        else:
            w.para(line)
    w.para(doc.generated, size=8)


def _front(w: _Writer) -> None:
    doc = w.doc
    first = w.para(doc.intro)
    first.paragraph_format.page_break_before = True
    if doc.themes:
        w.para(doc.themes_label, bold=True)
        for th in doc.themes:
            w.para(th.title, "List Number")
    if doc.disclaimer:
        w.labelled(doc.disclaimer_label, doc.disclaimer, "Quote")


def _toc(w: _Writer) -> None:
    doc = w.doc
    heading = w.para(doc.contents, "TOC Heading")
    heading.paragraph_format.page_break_before = True
    hint = w.para(t("toc_update", doc.lang), italic=doc.lang not in ("zh", "ar"), size=8)
    field_begin(hint, 'TOC \\o "1-2" \\h \\z \\u')
    # Hint and entries are the field's cached result: Word replaces them when it updates.
    last = hint
    for entry in doc.toc:
        last = w.para(entry.title, f"toc {entry.level}")
    field_end(last)


def _message(w: _Writer, message: PrintMessage) -> None:
    rtl = message.direction == "rtl"
    paragraph = w.para(style="List Bullet", rtl=rtl)
    if message.tag:
        w.runs(paragraph, message.tag + " ", rtl=rtl, size=8.5)
    w.runs(paragraph, message.text, rtl=rtl, lang=message.lang)
    if w.doc.sources_mode == "footnotes":
        note = w.footnotes.add(paragraph, w.rtl)
        w.runs(note, message.sources, rtl=w.rtl)
    elif w.doc.sources_mode == "annex":
        ref = paragraph.add_run(f"[{message.ref}]")
        ref.font.superscript = True
    if message.note:
        w.para(message.note, "Message Note", italic=w.doc.lang not in ("zh", "ar"))


def _theme(w: _Writer, theme: PrintTheme) -> None:
    doc = w.doc
    heading = w.para(theme.title, "Heading 1")
    heading.paragraph_format.page_break_before = True
    w.para(doc.theme_part, "Part Label")
    if theme.line:
        w.para(theme.line, bold=True)
    if theme.description:
        w.para(theme.description)
    if theme.summary:
        w.para(theme.summary)
    for note in theme.notes:
        w.para(note, "Message Note", italic=w.doc.lang not in ("zh", "ar"))
    w.para(doc.messages_part, "Part Label")
    if not theme.topics:
        w.para(doc.no_messages)
    for topic in theme.topics:
        w.para(topic.title, "Heading 2")
        for message in topic.messages:
            _message(w, message)


def _table(w: _Writer, table: Table) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement

    grid = w.document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = "Table Grid"
    tbl_pr = grid._tbl.tblPr
    if w.rtl:
        tbl_pr.append(OxmlElement("w:bidiVisual"))
    header_row = grid.rows[0]._tr.get_or_add_trPr()
    header_row.append(OxmlElement("w:tblHeader"))
    # Cells by walking the rows once (grid.cell(r, c) rescans the whole table each time).
    trs = grid._tbl.tr_lst
    for r, (tr, row) in enumerate(zip(trs, (table.header, *table.rows), strict=True)):
        for c, (tc, text) in enumerate(zip(tr.tc_lst, row, strict=True)):
            paragraph = Paragraph(tc.p_lst[0], grid)
            w.style(paragraph, "Table Text")
            rtl = w.rtl if c in table.numeric else direction(text, w.doc.direction) == "rtl"
            paragraph_bidi(paragraph, rtl)
            if c in table.numeric and not w.rtl:  # numbers at the end of the cell
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            w.runs(paragraph, text, rtl=rtl, bold=r == 0)


def _annexes(w: _Writer) -> None:
    doc = w.doc
    if doc.sources_mode == "annex":
        w.para(doc.sources_title, "Heading 1").paragraph_format.page_break_before = True
        for row in doc.sources:
            paragraph = w.para(style="Source Entry")
            w.runs(paragraph, f"[{row.ref}] ", rtl=w.rtl, bold=True)
            excerpt_rtl = direction(row.excerpt, doc.direction) == "rtl"
            w.runs(paragraph, row.excerpt, rtl=excerpt_rtl, italic=doc.lang not in ("zh", "ar"))
            for session in row.sessions:
                w.para(session, "Source Session", rtl=direction(session, doc.direction) == "rtl")
    if doc.ledger is not None:
        heading = w.para(doc.ledger_title, "Heading 1")
        heading.paragraph_format.page_break_before = True
        _table(w, doc.ledger)
    if doc.not_reflected is not None:
        heading = w.para(doc.not_reflected_title, "Heading 1")
        heading.paragraph_format.page_break_before = True
        for line in doc.not_reflected_intro:
            w.para(line)
        for name, table in doc.not_reflected:
            w.para(name, "Heading 2")
            _table(w, table)


def _header_footer(w: _Writer) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = w.document.sections[0]
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    paragraph_bidi(header, w.rtl)
    w.runs(header, w.doc.title, rtl=w.rtl, size=8)
    footer = section.footer.paragraphs[0]
    paragraph_bidi(footer, w.rtl)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    simple_field(footer, "PAGE", "1")


def _core_properties(document: Any, doc: PrintDoc) -> None:
    props = document.core_properties
    day = dt.date.fromisoformat(doc.date) if len(doc.date) == 10 else dt.date(1980, 1, 1)
    stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    props.title = doc.title
    props.subject = doc.overarching
    props.author = doc.edition_name
    props.last_modified_by = f"{common.GENERATOR} {common.VERSION}"
    props.language = doc.lang
    props.created = stamp
    props.modified = stamp
    props.last_printed = stamp
    props.revision = 1
    props.comments = doc.generated
    props.keywords = ""
    props.category = ""


def render_docx(
    draft: Draft, options: PrintOptions | None = None, *, credit: str | None = None
) -> bytes:
    """The draft as DOCX bytes in ``draft.language``; ``credit`` adds a translation's credit
    line to the draft's own (``draft.credit``) and replaces ``options.credit``."""
    options = options or PrintOptions()
    if credit is not None:
        options = dataclasses.replace(options, credit=credit)
    doc = build(draft, options)
    fonts = word_fonts(doc.lang)
    document = docx.Document()
    setup_document(document, doc, fonts)
    writer = _Writer(document, doc, fonts)
    _cover(writer)
    _front(writer)
    _toc(writer)
    for theme in doc.themes:
        _theme(writer, theme)
    _annexes(writer)
    _header_footer(writer)
    _core_properties(document, doc)
    out = io.BytesIO()
    document.save(out)
    return fixed_zip(out.getvalue(), doc.date)
