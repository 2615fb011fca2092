"""The DOCX export, opened with python-docx: headings, bullets, footnotes, the TOC field,
right-to-left flags for Arabic, East Asian fonts for Chinese, schema order, determinism."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from forum_messages.export.docx import render_docx
from forum_messages.export.print_model import PrintOptions, build
from forum_messages.export.print_ooxml import _PPR_ORDER, _RPR_ORDER, segments
from forum_messages.model import Draft

from .printdrafts import TEXTS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _open(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


@pytest.fixture(scope="module")
def docxs(drafts: dict[str, Draft]) -> dict[str, bytes]:
    return {
        lang: render_docx(d, credit="Volunteers of the Example NRI") for lang, d in drafts.items()
    }


@pytest.mark.parametrize("lang", ["en", "zh", "ar", "ru"])
def test_headings_bullets_and_footnotes(
    lang: str, docxs: dict[str, bytes], drafts: dict[str, Draft]
) -> None:
    data = docxs[lang]
    document = _open(data)
    doc = build(drafts[lang], PrintOptions())
    by_style: dict[str, list[str]] = {}
    for p in document.paragraphs:
        by_style.setdefault(p.style.name, []).append(p.text)
    themes = [th.title for th in doc.themes]
    annexes = [doc.ledger_title, doc.not_reflected_title]
    assert by_style["Heading 1"] == [*themes, *annexes]
    topics = [tp.title for th in doc.themes for tp in th.topics]
    assert by_style["Heading 2"][: len(topics)] == topics
    messages = [m for th in doc.themes for tp in th.topics for m in tp.messages]
    bullets = by_style["List Bullet"]
    assert len(bullets) == len(messages)
    for bullet, message in zip(bullets, messages, strict=True):
        assert message.text in bullet
    assert by_style["Title"] == [doc.messages_word]
    # One footnote per message, each called once from the body.
    notes = _part(data, "word/footnotes.xml").findall(f"{W}footnote")
    real = [n for n in notes if n.get(f"{W}type") is None]
    assert len(real) == len(messages)
    body = _part(data, "word/document.xml")
    calls = [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")]
    assert calls == [n.get(f"{W}id") for n in real]


def test_language_text_is_in_the_document(docxs: dict[str, bytes]) -> None:
    for lang in ("zh", "ar", "ru"):
        text = "\n".join(p.text for p in _open(docxs[lang]).paragraphs)
        for value in (*TEXTS[lang]["themes"], *TEXTS[lang]["messages"]):
            assert value in text, (lang, value)


def test_contents_is_a_toc_field_updated_on_open(docxs: dict[str, bytes]) -> None:
    data = docxs["en"]
    body = _part(data, "word/document.xml")
    instructions = [el.text for el in body.iter(f"{W}instrText")]
    assert instructions == [' TOC \\o "1-2" \\h \\z \\u ']
    kinds = [el.get(f"{W}fldCharType") for el in body.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"]
    settings = _part(data, "word/settings.xml")
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"
    styles = {p.style.name for p in _open(data).paragraphs}
    assert {"toc 1", "toc 2", "TOC Heading"} <= styles


def test_arabic_is_right_to_left(docxs: dict[str, bytes]) -> None:
    data = docxs["ar"]
    document = _open(data)
    body = _part(data, "word/document.xml")
    assert body.find(f".//{W}sectPr/{W}bidi") is not None
    for p in document.paragraphs:
        bidi = p._p.pPr.find(qn("w:bidi")) if p._p.pPr is not None else None
        assert bidi is not None, p.text
        arabic = any("\u0600" <= c <= "\u06ff" for c in p.text)
        latin_first = p.style.name == "List Bullet" and p.text[:1].isascii()
        if arabic and not latin_first:
            assert bidi.get(qn("w:val")) in (None, "1", "true"), p.text
    for run in body.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t"))
        letters = [c for c in text if c.isalpha()]
        if letters and all("\u0600" <= c <= "\u06ff" for c in letters):
            assert run.find(f"{W}rPr/{W}rtl") is not None, text
        if any("a" <= c.lower() <= "z" for c in letters):
            assert run.find(f"{W}rPr/{W}rtl") is None, text
    assert all(t.find(f"{W}tblPr/{W}bidiVisual") is not None for t in body.iter(f"{W}tbl"))
    styles = _part(data, "word/styles.xml")
    default = styles.find(f"{W}docDefaults/{W}pPrDefault/{W}pPr/{W}bidi")
    assert default is not None


def test_chinese_has_east_asian_fonts(docxs: dict[str, bytes]) -> None:
    data = docxs["zh"]
    styles = _part(data, "word/styles.xml")
    fonts = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    assert fonts.get(f"{W}eastAsia") == "Noto Sans CJK SC"
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang.get(f"{W}eastAsia") == "zh-CN"
    assert lang.get(f"{W}val") != "zh-CN"  # Latin words must not break like Chinese
    for rfonts in styles.iter(f"{W}rFonts"):  # no theme font overrides the explicit ones
        assert not any(k.endswith("Theme") or k.endswith("theme") for k in rfonts.attrib)
        assert rfonts.get(f"{W}eastAsia") == "Noto Sans CJK SC"
    body = _part(data, "word/document.xml")
    cjk_runs = [
        r for r in body.iter(f"{W}r")
        if any("\u4e00" <= c <= "\u9fff" for t in r.iter(f"{W}t") for c in t.text or "")
    ]  # fmt: skip
    assert cjk_runs
    for run in cjk_runs:
        rfonts = run.find(f"{W}rPr/{W}rFonts")
        assert rfonts is not None and rfonts.get(f"{W}eastAsia") == "Noto Sans CJK SC"
        assert rfonts.get(f"{W}hint") == "eastAsia"


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_properties_follow_the_schema_order(lang: str, docxs: dict[str, bytes]) -> None:
    """Word refuses a file whose run or paragraph properties are out of order."""
    for part in ("word/document.xml", "word/styles.xml", "word/footnotes.xml"):
        root = _part(docxs[lang], part)
        for tag, order in (("rPr", _RPR_ORDER), ("pPr", _PPR_ORDER)):
            for props in root.iter(f"{W}{tag}"):
                names = [etree.QName(c).localname for c in props]
                ranks = [order.index(n) for n in names if n in order]
                assert ranks == sorted(ranks), (part, names)


def test_same_draft_same_bytes(drafts: dict[str, Draft], docxs: dict[str, bytes]) -> None:
    for lang in ("en", "ar"):
        assert render_docx(drafts[lang], credit="Volunteers of the Example NRI") == docxs[lang]
    props = _open(docxs["en"]).core_properties
    assert props.created is not None and props.created.isoformat().startswith("2025-06-27")
    assert props.title == "IGF 2025 Messages — Draft"
    with zipfile.ZipFile(io.BytesIO(docxs["en"])) as z:
        assert {i.date_time for i in z.infolist()} == {(2025, 6, 27, 0, 0, 0)}
        assert "docProps/thumbnail.jpeg" not in z.namelist()


def test_options(drafts: dict[str, Draft]) -> None:
    data = render_docx(
        drafts["en"], PrintOptions(sources="annex", ledger_annex=False, not_reflected_annex=False)
    )
    document = _open(data)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Annex: Sources of the messages" in text
    assert "WS #12 — Cyber capacity in the Global South" in text
    assert "Annex: Sources and balance" not in text
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert "word/footnotes.xml" not in z.namelist()


def test_segments_keep_latin_and_numbers_left_to_right() -> None:
    # A separator between two left-to-right pieces joins them (Unicode bidi rule N1).
    assert segments("المصادر: WS #12، Open Forum #3", True) == [
        ("المصادر: ", True),
        ("WS #12، Open Forum #3", False),
    ]
    assert segments("WS #12 الجلسة", True) == [("WS #12", False), (" الجلسة", True)]
    assert segments("عدد الجلسات: 98.", True) == [("عدد الجلسات: 98.", True)]
    assert segments("GDC 3", False) == [("GDC 3", False)]


def test_names_in_right_to_left_letters_end_with_a_left_to_right_mark(
    drafts: dict[str, Draft],
) -> None:
    """A footnote listing two sessions named in Arabic in an English draft: each name is a
    right-to-left run, and the comma between them, after a left-to-right mark, is not, so
    Word keeps the names in the order listed."""
    from .test_pdf import _arabic_sources

    data = render_docx(_arabic_sources(drafts["en"]))
    notes = _part(data, "word/footnotes.xml").findall(f"{W}footnote")
    runs = []
    for note in notes:
        found = [
            ("".join(t.text or "" for t in r.iter(f"{W}t")), r.find(f"{W}rPr/{W}rtl") is not None)
            for r in note.iter(f"{W}r")
        ]
        if any("ورشة" in text for text, _rtl in found):
            runs = [(text, rtl) for text, rtl in found if text]
    assert "".join(text for text, _rtl in runs).endswith("ورشة عمل 4\u200e, جلسة رئيسية 2\u200e")
    assert ("ورشة عمل 4", True) in runs
    assert ("جلسة رئيسية 2", True) in runs
    assert ("\u200e, ", False) in runs
    # an Arabic draft lays the line out right to left: no mark
    arabic = _part(render_docx(_arabic_sources(drafts["ar"])), "word/footnotes.xml")
    text = "".join(t.text or "" for t in arabic.iter(f"{W}t"))
    assert "ورشة عمل 4، جلسة رئيسية 2" in text
    assert "\u200e" not in text


def test_the_sources_annex_ends_right_to_left_names_with_a_mark(drafts: dict[str, Draft]) -> None:
    """With the sources in an annex, a session named in Arabic letters in an English draft is
    listed with the mark after it, as in the footnotes; a Latin name without."""
    from .test_pdf import _arabic_sources

    data = render_docx(_arabic_sources(drafts["en"]), PrintOptions(sources="annex"))
    lines = [p.text for p in _open(data).paragraphs]
    assert "ورشة عمل 4\u200e" in lines
    assert "جلسة رئيسية 2\u200e" in lines
    assert not [line for line in lines if line.startswith("WS #12") and "\u200e" in line]
    assert any(line.startswith("WS #12 — ") for line in lines)
