"""Hostile text on its way to the outputs: GFM's bare links in Markdown, control characters
in an edition file, a hand-edited ``messages.json`` and a report (the print formats are in
tests/export_print/test_hostile_print.py)."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from forum_messages.edition import parse_edition
from forum_messages.errors import EditionError
from forum_messages.export.jsondoc import render_json
from forum_messages.export.jsonread import draft_from_json
from forum_messages.export.markdown import md, render_markdown
from forum_messages.ingest.text import clean_text

from .conftest import make_draft

markdown_it = pytest.importorskip("markdown_it")

LINKS = (
    "see https://example.org/a?b=1, HTTP://EXAMPLE.ORG, ftp://files.example.org, "
    "www.example.org and mailto:someone@example.org or someone.else+x@example.org; "
    "[x](javascript:alert(1)) ![](http://example.org/t.png) <https://example.org> "
    "[ref]: http://example.org"
)


def test_a_statement_cannot_carry_a_live_link_or_image_into_the_markdown() -> None:
    out = md(LINKS)
    # GFM's autolinker starts at a scheme's colon, at "www." and at an address's "@":
    # each is escaped, so neither CommonMark nor GFM sees a link
    for found in re.finditer(r"(?i)(https?|ftp|mailto)(.)", out):
        assert found.group(2) == "\\", out
    assert "www\\.example\\.org" in out and "someone\\@example\\.org" in out
    assert "x\\+x" not in out and "else+x\\@example\\.org" in out
    rendered = markdown_it.MarkdownIt("commonmark").render(out)
    assert "<a " not in rendered and "<img" not in rendered
    # and the reader sees the text as it was written
    assert re.sub(r"<[^>]+>", "", rendered).strip().replace("&amp;", "&") == (
        LINKS.replace("<", "&lt;").replace(">", "&gt;")
    )


BARE = "see intgovforum.org, un.int/en, www.itu.int, пример.рф, 例子.中国 and bbc.co.uk today."


def test_a_bare_domain_is_no_link_for_a_renderer_that_links_one() -> None:
    """Chat and wiki tools link ``name.org`` without a scheme or ``www.``: a dot before a
    known ending is escaped, which the rendered text does not show."""
    out = md(BARE)
    assert "intgovforum\\.org" in out and "un\\.int" in out and "www\\.itu\\.int" in out
    assert "пример\\.рф" in out and "例子\\.中国" in out and "bbc\\.co\\.uk" in out
    # what a bare-domain linker would find in the raw text: nothing
    assert not re.search(r"(?i)[^\W_]\.(?:org|int|co|uk|рф|中国)\b", out), out
    rendered = markdown_it.MarkdownIt("commonmark").render(out)
    assert re.sub(r"<[^>]+>", "", rendered).strip() == BARE
    # abbreviations, numbers and file names are left as they are
    plain = "e.g. the U.S. and i.e. Ph.D. holders, 3.5 million, report.pdf, a.b"
    assert md(plain) == plain


def test_the_whole_markdown_document_has_no_link_but_its_own_anchors() -> None:
    draft = make_draft("en")
    theme = draft.themes[0]
    topic = theme.topics[0]
    first = dataclasses.replace(topic.messages[0], text=LINKS)
    topic = dataclasses.replace(topic, title=LINKS, messages=(first, *topic.messages[1:]))
    theme = dataclasses.replace(theme, topics=(topic, *theme.topics[1:]))
    draft = dataclasses.replace(draft, themes=(theme, *draft.themes[1:]))
    rendered = markdown_it.MarkdownIt("commonmark").enable("table").render(render_markdown(draft))
    hrefs = re.findall(r'<a href="([^"]*)"', rendered)
    assert hrefs and all(href.startswith("#") for href in hrefs)
    assert "<img" not in rendered


def edition_data(name: object) -> dict[str, object]:
    return {
        "name": name,
        "year": 2025,
        "themes": [{"key": "a", "title": {"en": "Access", "fr": "Accès\x0b"}}],
        "stakeholder_groups": ["Civil Society", "Gov\ufffe"],
    }


def test_an_edition_text_with_a_control_character_is_refused_naming_the_field() -> None:
    with pytest.raises(EditionError) as caught:
        parse_edition(edition_data("IGF\x01 2025"), "ed.yaml")
    message = str(caught.value)
    assert "field 'name': holds a control character (U+0001 at character 4)" in message
    assert "field 'themes[0].title.fr': holds a control character (U+000B" in message
    assert "field 'stakeholder_groups[1]': holds a control character (U+FFFE" in message
    # tabs, line ends, Arabic marks and joiners are text
    data = edition_data("IGF\t2025\nقمة\u200c\u200f")
    data["themes"] = [{"key": "a", "title": "Access"}]
    data["stakeholder_groups"] = []
    assert parse_edition(data, "ed.yaml").name["en"] == "IGF\t2025\nقمة\u200c\u200f"


def test_a_hand_edited_messages_json_loses_its_control_characters() -> None:
    data = json.loads(render_json(make_draft("en")))
    data["themes"][0]["title"] = "Trust\u0001\ufffe and \x85resilience"
    draft = draft_from_json(json.dumps(data), "messages.json")
    assert draft.themes[0].title == "Trust and resilience"


def test_an_edition_text_loses_its_direction_controls_in_every_output() -> None:
    """A title with U+202E (right-to-left override) or an isolate left open reordered the
    text after it wherever the title is quoted in a sentence (the introduction, the page
    header): "Forum \u202efdp.exe 2025" showed as "Forum 5202 exe.pdf" and the rest of the
    line the wrong way round. The edition's texts drop them as read, as the reports do."""
    data = edition_data("Forum \u202efdp.exe 2025")
    data["themes"] = [{"key": "a", "title": {"en": "Access", "ar": "\u2067الوصول\u2069\u202b"}}]
    data["stakeholder_groups"] = ["Civil \u2066Society\u202a"]
    ed = parse_edition(data, "ed.yaml")
    assert ed.name["en"] == "Forum fdp.exe 2025"
    assert ed.themes[0].title == {"en": "Access", "ar": "الوصول"}
    assert ed.stakeholder_groups == ("Civil Society",)
    # the Arabic marks and joiners, which are text, stay (the test above)


def test_a_hand_edited_messages_json_loses_its_direction_controls() -> None:
    data = json.loads(render_json(make_draft("en")))
    data["themes"][0]["title"] = "Trust \u202egnidliub\u202c and \u2068resilience\u2069"
    draft = draft_from_json(json.dumps(data), "messages.json")
    assert draft.themes[0].title == "Trust gnidliub and resilience"
    out = render_markdown(draft)
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", out)


def test_the_report_readers_drop_the_noncharacters() -> None:
    assert clean_text("a\ufffe b\uffff c") == "a b c"
