"""Our own outputs read back, and the document's JSON form."""

from __future__ import annotations

import json
from typing import Any

from forum_messages.documents import (
    MessagesDocument,
    document_from_dict,
    document_to_dict,
    document_to_json,
    from_draft,
    from_messages_json,
    import_messages,
    located_bullets,
    parse_messages,
)
from forum_messages.export.jsondoc import render_json
from forum_messages.export.markdown import render_markdown
from forum_messages.model import Draft

from .conftest import EVALUATION, HOSTILE, Writer


def without_lines(doc: MessagesDocument) -> list[dict[str, Any]]:
    themes: list[dict[str, Any]] = document_to_dict(doc)["themes"]
    for th in themes:
        th["line"] = 0
        for tp in th["topics"]:
            tp["line"] = 0
            for b in tp["bullets"]:
                b["line"] = 0
    return themes


def test_our_markdown_reads_back_as_the_draft(draft: Draft) -> None:
    doc = parse_messages(render_markdown(draft))
    assert without_lines(doc) == without_lines(from_draft(draft))
    assert HOSTILE in [b.text for b in doc.bullets()]
    assert "Platforms & *information* integrity" in [
        tp.title for th in doc.themes for tp in th.topics
    ]
    assert {r.kind for r in doc.repairs} == {
        "front_matter",
        "table_of_contents",
        "generic_heading",
        "annex",
    }


def test_our_messages_json_reads_back_as_the_draft(draft: Draft, write: Writer) -> None:
    path = write("messages.json", render_json(draft))
    doc = import_messages(path)
    assert without_lines(doc) == without_lines(from_draft(draft))
    assert doc.format == "draft" and doc.source == str(path)
    assert from_messages_json(json.loads(render_json(draft))).themes == doc.themes


def test_document_json_round_trip(write: Writer) -> None:
    doc = import_messages(EVALUATION / "eval-zh-messy.md")
    text = document_to_json(doc)
    assert text == document_to_json(import_messages(EVALUATION / "eval-zh-messy.md"))
    back = import_messages(write("doc.json", text))
    assert back == doc
    assert document_from_dict(json.loads(text)) == doc
    data = json.loads(text)
    assert data["format"] == "forum-messages/document"
    assert data["counts"] == {"themes": 4, "sub_topics": 15, "bullets": 64}


def test_located_bullets_refs() -> None:
    doc = import_messages(EVALUATION / "eval-en.md")
    located = located_bullets(doc)
    assert len(located) == 64
    assert located[0].ref == "1.1.1"
    assert located[-1].ref == "4.4.4"
    assert located[5].topic_title == "Protecting critical infrastructure"
    assert located[5].theme_title == "Building Digital Trust and Resilience"
