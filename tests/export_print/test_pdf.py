"""The PDF export, read back: text in the right script, contents page numbers, footnotes on
the page of their call, fonts, right-to-left layout, options, determinism."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from forum_messages.errors import OutputError
from forum_messages.export import pdf as pdf_module
from forum_messages.export.print_model import PrintOptions, build
from forum_messages.export.strings import t
from forum_messages.model import Draft

from .pdftext import Pdf, contains, norm
from .printdrafts import TEXTS, make_draft, require_pdf, translated_draft

PdfOf = Callable[[str], bytes]
LANGS = ("en", "zh", "ar", "ru")


@pytest.mark.parametrize("lang", ["zh", "ar", "ru"])
def test_text_in_the_language_is_in_the_pdf(lang: str, pdf_of: PdfOf) -> None:
    pdf = Pdf.of(pdf_of(lang))
    texts = TEXTS[lang]
    for text in (*texts["themes"], *texts["topics"], *texts["messages"], *texts["description"]):
        assert pdf.pages_with(text), f"{lang}: not found in the PDF text: {text}"
    for key in ("contents", "messages", "annex_ledger"):
        assert pdf.pages_with(t(key, lang)), (lang, key)
    assert pdf.pages_with("应加强发展中国家的网络安全能力建设")  # the Chinese message kept as is


def test_arabic_letters_survive_extraction(pdf_of: PdfOf) -> None:
    """Every letter of the Arabic messages comes back (WeasyPrint#2841: a letter once drawn
    with a short-vowel mark lost its text everywhere, so marks are left out of the PDF)."""
    pdf = Pdf.of(pdf_of("ar"))
    whole = norm("".join(pdf.texts))
    for text in TEXTS["ar"]["messages"]:
        for word in text.split():
            w = norm(word)
            assert w in whole or w[::-1] in whole, word
    assert "\u064f" not in "".join(pdf.texts)  # the damma of "تُرك" is not drawn


def _toc_numbers(pdf: Pdf, titles: list[str], contents: str) -> dict[str, int]:
    """Title -> page number printed after it on the contents page(s)."""
    toc_pages = [p for p in pdf.pages_with(contents) if all(pdf.pages_with(x) for x in titles)]
    assert toc_pages, "no contents page"
    lines = pdf.texts[toc_pages[0] - 1].splitlines()
    found: dict[str, int] = {}
    for title in titles:
        for line in lines:
            if contains(line, title):
                digits = re.findall(r"\d+", norm(line).replace(norm(title), " "))
                assert digits, line
                # Leader dots then the number; right to left lines may come reversed.
                found[title] = int(digits[-1] if line.rstrip()[-1:].isdigit() else digits[0])
                break
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_contents_page_numbers_point_at_the_headings(
    lang: str, pdf_of: PdfOf, drafts: dict[str, Draft]
) -> None:
    pdf = Pdf.of(pdf_of(lang))
    draft = drafts[lang]
    doc = build(draft, PrintOptions(credit="x"))
    titles = [entry.title for entry in doc.toc]
    numbers = _toc_numbers(pdf, titles, t("contents", lang))
    assert set(numbers) == set(titles)
    toc_page = pdf.pages_with(t("contents", lang))[0]
    for title, number in numbers.items():
        assert number > toc_page, (title, number)
        # The page it names shows the heading; no page between the contents and it does
        # (theme titles also run in the page header, so only the first page counts).
        assert contains(pdf.texts[number - 1], title), (title, number)
        earlier = [p for p in pdf.pages_with(title) if toc_page < p < number]
        assert not earlier, (title, number, earlier)
    themes = [th.title for th in doc.themes]
    assert [numbers[x] for x in themes] == sorted(numbers[x] for x in themes)


@pytest.mark.parametrize("lang", LANGS)
def test_each_footnote_is_on_the_page_of_its_call(lang: str, pdf_of: PdfOf) -> None:
    """As many "Sources:" notes as messages on every page (WeasyPrint#2502 moved them all to
    the next page with some footnote-area paddings; see pdf._patch_footnote_overflow)."""
    pdf = Pdf.of(pdf_of(lang))
    doc = build(translated_draft(lang) if lang != "en" else _en(), PrintOptions())
    word = norm(t("sources", lang), punctuation=True)
    label = norm(t("colon", lang).format(label=t("sources", lang)), punctuation=True)
    # Extracted right to left, the colon may come before the word.
    labels = {label, ":" + word} if lang == "ar" else {label}
    messages = [m.text for th in doc.themes for tp in th.topics for m in tp.messages]
    per_page: dict[int, int] = {}
    for text in messages:
        pages = pdf.pages_with(text)
        assert len(pages) == 1, (text, pages)
        per_page[pages[0]] = per_page.get(pages[0], 0) + 1
    # From the first page with a message to the last (the contents and the annexes name
    # "Sources" in their titles).
    for page in range(min(per_page), max(per_page) + 1):
        n = per_page.get(page, 0)
        text = norm(pdf.texts[page - 1], punctuation=True)
        assert sum(text.count(x) for x in labels) == n, (lang, page)


def _en() -> Draft:
    return make_draft("en")


def test_many_footnotes_still_land_with_their_calls() -> None:
    """Forty messages under one sub-topic: pages fill with footnotes, none is carried over."""
    require_pdf("en")
    draft = _en()
    theme = draft.themes[0]
    base = theme.topics[0].messages[0]
    import dataclasses

    many = tuple(
        dataclasses.replace(base, id=f"x{i}", text=f"Message number {i:02d}. " + base.text * 2)
        for i in range(40)
    )
    topic = dataclasses.replace(theme.topics[0], messages=many)
    draft = dataclasses.replace(
        draft, themes=(dataclasses.replace(theme, topics=(topic,)), *draft.themes[1:])
    )
    pdf = Pdf.of(pdf_module.render_pdf(draft, PrintOptions(not_reflected_annex=False)))
    for i in range(40):
        pages = pdf.pages_with(f"Message number {i:02d}.")
        assert len(pages) == 1
        # Its footnote number is the message's number + 1, on the same page.
        marker = re.search(rf"(?m)^\s*{i + 1}\.\s*Sources:", pdf.texts[pages[0] - 1])
        assert marker, (i, pages)


def test_fonts_are_embedded_and_cover_each_script(pdf_of: PdfOf) -> None:
    fonts = {lang: Pdf.of(pdf_of(lang)).fonts() for lang in LANGS}
    assert any("CJK" in name for name in fonts["zh"]), fonts["zh"]
    assert any("Arabic" in name for name in fonts["ar"]), fonts["ar"]
    assert any(name.startswith(("Noto-Sans", "DejaVu")) for name in fonts["ru"]), fonts["ru"]
    for lang in LANGS:
        assert not Pdf.of(pdf_of(lang)).unembedded_fonts(), lang


@pytest.mark.parametrize("lang", LANGS)
def test_no_character_is_drawn_as_a_box(
    lang: str, drafts: dict[str, Draft], caplog: pytest.LogCaptureFixture
) -> None:
    require_pdf(lang)
    with caplog.at_level(logging.WARNING, logger="forum_messages.export.pdf"):
        pdf_module.render_pdf(drafts[lang])
    assert not [r for r in caplog.records if "as boxes" in r.getMessage()]


def test_a_character_no_font_has_is_reported(
    drafts: dict[str, Draft], caplog: pytest.LogCaptureFixture
) -> None:
    require_pdf("en")
    import dataclasses

    draft = drafts["en"]
    odd = dataclasses.replace(draft.themes[0], description="Private use: \ue000")
    with caplog.at_level(logging.WARNING, logger="forum_messages.export.pdf"):
        pdf_module.render_pdf(dataclasses.replace(draft, themes=(odd, *draft.themes[1:])))
    assert any("U+E000" in r.getMessage() for r in caplog.records)


def test_arabic_pages_are_mirrored(pdf_of: PdfOf) -> None:
    """Headings start at the right margin in Arabic, at the left elsewhere."""
    for lang, right in (("ar", True), ("ru", False)):
        pdf = Pdf.of(pdf_of(lang))
        title = TEXTS[lang]["themes"][0]
        page = next(p for p in pdf.pages_with(title) if p > 3)
        pieces = pdf.x_of(page, title)
        assert pieces, (lang, page)
        biggest = max(size for _x, size in pieces)  # the heading, not the running header
        heading = [x for x, size in pieces if size == biggest]
        margin = 20 / 25.4 * 72  # 20 mm
        if right:  # a heading shorter than the line starts well inside it
            assert min(heading) > margin + 50, (lang, pieces)
        else:
            assert min(heading) == pytest.approx(margin, abs=1), (lang, pieces)


def test_arabic_annex_lists_of_latin_names_run_right_to_left(drafts: dict[str, Draft]) -> None:
    """In the Arabic ledger annex, a cell listing stakeholder groups by English names (groups
    an edition adds, shown as it writes them; the usual ones are named in Arabic) is a
    right-to-left paragraph: its lines end at the cell's right edge, so lines of different
    lengths start at different places (laid out left to right, all would start together)."""
    import dataclasses

    require_pdf("ar")
    draft = drafts["ar"]
    theme = draft.themes[0]
    groups = {"Academia": 2, "Youth": 1, "Media": 1}
    ledger = dataclasses.replace(theme.ledger, stakeholder_groups=groups)
    themes = (dataclasses.replace(theme, ledger=ledger), *draft.themes[1:])
    pdf = Pdf.of(pdf_module.render_pdf(dataclasses.replace(draft, themes=themes)))
    items = ("Academia 2", "Youth 1", "Media 1")
    page = next(p for p in pdf.pages_with(items[0]) if all(pdf.pages_with(i) for i in items))
    starts = {round(x) for item in items for x, _size in pdf.x_of(page, item)}
    assert len(starts) > 1, starts


def test_options_credit_annexes_and_sources(drafts: dict[str, Draft]) -> None:
    require_pdf("en")
    draft = drafts["en"]
    annex = Pdf.of(
        pdf_module.render_pdf(
            draft,
            PrintOptions(sources="annex", ledger_annex=False, not_reflected_annex=False),
            credit="Translated by the Example NRI volunteers",
        )
    )
    assert annex.pages_with("Translated by the Example NRI volunteers") == [1]
    assert annex.pages_with(t("annex_sources", "en"))
    assert not annex.pages_with(t("annex_ledger", "en"))
    assert not annex.pages_with(t("annex_not_reflected", "en"))
    assert annex.pages_with("WS #12 — Cyber capacity in the Global South")
    assert not annex.pages_with("Sources: WS #12", punctuation=True)
    bare = Pdf.of(pdf_module.render_pdf(draft, PrintOptions(sources="none")))
    assert not bare.pages_with("Sources: WS", punctuation=True)
    assert not bare.pages_with(t("annex_sources", "en"))


def test_same_draft_same_bytes(drafts: dict[str, Draft], pdf_of: PdfOf) -> None:
    for lang in ("en", "ar"):
        first = pdf_of(lang)
        again = pdf_module.render_pdf(drafts[lang], credit="Volunteers of the Example NRI")
        assert first == again, lang
    info = Pdf.of(first).reader.metadata
    assert info is not None and info["/CreationDate"].startswith("D:20250627")


def test_same_bytes_in_another_process(pdf_of: PdfOf, tmp_path: Path) -> None:
    """No set or dict order leaks into the file: another hash seed gives the same bytes."""
    expected = pdf_of("zh")
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from export_print.printdrafts import translated_draft;"
        "from forum_messages.export.pdf import render_pdf;"
        "sys.stdout.buffer.write(render_pdf(translated_draft('zh'),"
        " credit='Volunteers of the Example NRI'))"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    here = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run(
        [sys.executable, "-c", script, here], capture_output=True, env=env, check=True
    ).stdout
    assert out == expected


def test_nothing_is_fetched() -> None:
    fetcher = pdf_module._RefuseFetch()
    with pytest.raises(OutputError, match="fetches nothing"):
        fetcher("http://example.org/font.woff")
    assert fetcher.refused == ["http://example.org/font.woff"]


def _arabic_sources(draft: Draft) -> Draft:
    """``draft`` with its last message resting on two sessions named in Arabic, side by side."""
    import dataclasses

    from forum_messages.model import SourceRef

    last = draft.themes[-1].topics[-1].messages[-1]
    refs = (SourceRef("s09", "ورشة عمل 4", 0.9), SourceRef("s08", "جلسة رئيسية 2", 0.8))
    topic = dataclasses.replace(
        draft.themes[-1].topics[-1], messages=(dataclasses.replace(last, sources=refs),)
    )
    theme = dataclasses.replace(draft.themes[-1], topics=(*draft.themes[-1].topics[:-1], topic))
    return dataclasses.replace(draft, themes=(*draft.themes[:-1], theme))


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_names_in_right_to_left_letters_keep_their_order_in_a_sources_line(
    lang: str, drafts: dict[str, Draft]
) -> None:
    """Two sessions named in Arabic, side by side in a left-to-right footnote, are drawn in
    the order listed: WeasyPrint draws a line's runs from left to right, so the first name is
    drawn before the second (run together as one right-to-left run, they would swap places)."""
    require_pdf(lang)
    pdf = Pdf.of(pdf_module.render_pdf(_arabic_sources(drafts[lang])))
    first, second = "ورشة عمل", "جلسة رئيسية"  # their numbers come out of the PDF apart
    page = next(p for p in pdf.pages_with(first) if p in pdf.pages_with(second))
    drawn: list[str] = []
    pdf.reader.pages[page - 1].extract_text(
        visitor_text=lambda text, *_args: drawn.append(norm(text))
    )
    at = {
        name: next(i for i, piece in enumerate(drawn) if norm(name) in piece)
        for name in (first, second)
    }
    assert at[first] < at[second], drawn
