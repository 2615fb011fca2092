"""Our own Markdown output, in every language, reads back with import-messages: the same
themes, framework lines and messages (labels such as "overarching theme" or the theme list
must not be taken for themes)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from export.conftest import make_draft
from export_print.printdrafts import translated_draft
from forum_messages.documents.importer import import_messages
from forum_messages.export import render
from forum_messages.model import Draft


def _draft(lang: str) -> Draft:
    if lang in ("zh", "ar", "ru"):
        return translated_draft(lang)
    return dataclasses.replace(make_draft("en"), language=lang)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar", "ru", "zh"])
def test_markdown_output_reads_back(lang: str, tmp_path: Path) -> None:
    draft = _draft(lang)
    path = tmp_path / f"messages.{lang}.md"
    text = render(draft, "md")
    assert isinstance(text, str)
    path.write_text(text, encoding="utf-8")
    doc = import_messages(str(path))
    assert [t.title for t in doc.themes] == [t.title for t in draft.themes]
    assert [t.frameworks for t in doc.themes] == [t.frameworks for t in draft.themes]
    assert [b.text for b in doc.bullets()] == [m.text for m in draft.messages()]
