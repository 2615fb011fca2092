"""Hostile text in the PDF and DOCX exports: controls XML forbids, a ``</style>`` in the
title (the page header is a CSS string), HTML naming a local file or a URL, a 20,000-character
word and 5,000 combining marks. Each renders harmlessly: nothing is fetched, no HTML of the
text's own is laid out, no internal error."""

from __future__ import annotations

import dataclasses
import io
import logging
import zipfile

import docx
import pytest

from forum_messages.export import pdf as pdf_module
from forum_messages.export.docx import render_docx
from forum_messages.export.pdf import render_pdf
from forum_messages.export.print_html import breakable, css_string, print_html
from forum_messages.export.print_model import build
from forum_messages.model import Draft
from forum_messages.textsafe import UNPRINTABLE

from .pdftext import Pdf
from .printdrafts import make_draft, require_pdf

NAME = "Hostile IGF </style><img src='file:///etc/passwd'><p>INJECTED</p> \x01\ufffe \x85end"
EXTRA = (
    " \x0b\ufffe\uffff\ud800 <img src='http://127.0.0.1:9/x.png'> "
    "<link rel=stylesheet href='file:///etc/passwd'> url(file:///etc/passwd) "
    + "w" * 20_000
    + " e"
    + "\u0301" * 5_000
)


def hostile_draft() -> Draft:
    draft = make_draft("en")
    edition = dataclasses.replace(draft.edition, name={"en": NAME})
    theme = draft.themes[0]
    topic = theme.topics[0]
    first = dataclasses.replace(topic.messages[0], text=topic.messages[0].text + EXTRA)
    topic = dataclasses.replace(
        topic, title=topic.title + " \x01</style>", messages=(first, *topic.messages[1:])
    )
    theme = dataclasses.replace(theme, topics=(topic, *theme.topics[1:]))
    return dataclasses.replace(draft, edition=edition, themes=(theme, *draft.themes[1:]))


def test_the_print_model_holds_no_character_xml_forbids() -> None:
    doc = build(hostile_draft())
    texts = [doc.title, doc.edition_name, doc.themes[0].topics[0].title]
    texts.append(doc.themes[0].topics[0].messages[0].text)
    assert all(UNPRINTABLE.search(text) is None for text in texts)
    assert "Hostile IGF </style>" in doc.title  # the rest of the text is kept as it is
    assert doc.themes[0].topics[0].messages[0].text.endswith("\u0301" * 5_000)


def test_a_style_end_in_the_title_stays_inside_the_css_string() -> None:
    assert css_string('a </STYLE> "b" \\ <c') == '"a \\3c /STYLE> \\"b\\" \\\\ \\3c c"'
    html = print_html(build(hostile_draft()))
    assert html.count("</style>") == 1
    assert "<p>INJECTED" not in html and "<img" not in html and "<link" not in html


def test_the_docx_of_hostile_text_opens(caplog: pytest.LogCaptureFixture) -> None:
    data = render_docx(hostile_draft())
    document = docx.Document(io.BytesIO(data))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "w" * 20_000 in body
    assert "<img src='http://127.0.0.1:9/x.png'>" in body  # as text
    assert document.core_properties.title.startswith("Hostile IGF </style><img")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.endswith(".xml"):
                assert UNPRINTABLE.search(z.read(name).decode("utf-8")) is None, name


def test_the_pdf_fetches_nothing_and_lays_out_no_html_of_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_pdf("en")
    asked: list[str] = []
    original = pdf_module._RefuseFetch.__call__

    def record(self: pdf_module._RefuseFetch, url: str, *args: object, **kwargs: object) -> object:
        asked.append(url)
        return original(self, url, *args, **kwargs)

    monkeypatch.setattr(pdf_module._RefuseFetch, "__call__", record)
    data = render_pdf(hostile_draft())
    assert asked == []
    pages = Pdf.of(data)
    # the title page shows the name as text, markup and all; every page's header too
    assert pages.pages_with("<p>INJECTED</p>", punctuation=True)[:2] == [1, 2]


def test_a_url_the_html_asks_for_is_refused_not_an_internal_error(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The fetcher itself: WeasyPrint 68 and later read ``_fail_on_errors`` from it (a plain
    function made any URL an internal ``AttributeError``)."""
    require_pdf("en")

    def with_resources(doc: object) -> str:
        return (
            "<html><head><link rel='stylesheet' href='file:///etc/passwd'></head><body>"
            "<p style=\"background: url('http://127.0.0.1:9/b.png')\">text</p>"
            "<img src='file:///etc/passwd'><img src='data:image/png;base64,AAAA'></body></html>"
        )

    monkeypatch.setattr(pdf_module, "print_html", with_resources)
    with caplog.at_level(logging.WARNING, logger="forum_messages.export.pdf"):
        data = render_pdf(make_draft("en"))
    assert data.startswith(b"%PDF")
    warned = " ".join(r.getMessage() for r in caplog.records)
    assert "without 4 resource(s)" in warned and "file:///etc/passwd" in warned


def test_a_word_wider_than_the_line_is_broken_in_the_pdf() -> None:
    """``overflow-wrap: break-word``: without it the 3,000 letters were one line, past the
    margin and the page's edge."""
    require_pdf("en")
    draft = make_draft("en")
    theme = draft.themes[0]
    topic = theme.topics[0]
    first = dataclasses.replace(topic.messages[0], text="Long " + "w" * 3_000 + " end.")
    topic = dataclasses.replace(topic, messages=(first, *topic.messages[1:]))
    theme = dataclasses.replace(theme, topics=(topic, *theme.topics[1:]))
    draft = dataclasses.replace(draft, themes=(theme, *draft.themes[1:]))
    pages = Pdf.of(render_pdf(draft))
    lines = [line for text in pages.texts for line in text.splitlines() if "www" in line]
    assert len(lines) > 20 and max(len(line) for line in lines) < 120
    assert sum(line.count("w") for line in lines) >= 3_000


def test_long_runs_get_places_to_break_and_nothing_else_changes() -> None:
    """WeasyPrint lays out the rest of a paragraph again at each break it makes inside a word:
    a run with no place to break gets a zero-width space every 40 characters."""
    word = "w" * 200
    out = breakable(f"Before {word} after.")
    assert out.replace("\u200b", "") == f"Before {word} after."
    assert out.count("\u200b") == 4 and max(len(part) for part in out.split("\u200b")) <= 47
    # never between a letter and its combining marks, nor next to a joiner
    marked = "e" + "\u0301" * 120 + "a" * 100
    broken = breakable(marked)
    assert broken.replace("\u200b", "") == marked
    assert all(broken[i + 1] not in "\u0301" for i, ch in enumerate(broken) if ch == "\u200b")
    assert "\u200b" not in breakable("x" * 45 + "\u200d" + "y" * 45)[44:48]
    # left alone: a long URL that fits a line, Chinese (breaks anywhere), ordinary text
    url = "https://www.intgovforum.org/en/content/igf-2025-messages-draft-for-comment"
    chinese = "数字公共基础设施" * 30
    for text in (url, chinese, "An ordinary sentence of words. " * 20):
        assert breakable(text) == text


def test_html_of_a_long_word_has_places_to_break_but_its_metadata_does_not() -> None:
    draft = hostile_draft()
    name = "Forum-" + "x" * 100
    edition = dataclasses.replace(draft.edition, name={"en": name})
    draft = dataclasses.replace(draft, edition=edition)
    html = print_html(build(draft))
    assert "w" * 20_000 not in html and "w" * 40 + "\u200b" + "w" in html
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "x" * 100 in title  # the document's title (its metadata) as written
    assert "x" * 40 + "\u200b" in html  # the same name on the title page: breakable
