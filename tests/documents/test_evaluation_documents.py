"""The evaluation documents: their shape, and their messy variants read back the same."""

from __future__ import annotations

import pytest

from forum_messages.documents import MessagesDocument, import_messages
from forum_messages.nlp.segment import sentences

from .conftest import EVALUATION


def text_outline(doc: MessagesDocument) -> list[tuple[str, list[str]]]:
    return [(th.title, [b.text for b in th.bullets()]) for th in doc.themes]


@pytest.mark.parametrize("name", ["eval-en.md", "eval-zh.md"])
def test_shape(name: str) -> None:
    doc = import_messages(EVALUATION / name)
    assert len(doc.bullets()) >= 60
    assert len(doc.themes) == 4
    for theme in doc.themes:
        assert 3 <= len(theme.topics) <= 5
        assert all(tp.title for tp in theme.topics)
        assert theme.frameworks is not None and theme.frameworks.gdc and theme.frameworks.sdg
        assert theme.description and theme.issue_areas
    for bullet in doc.bullets():
        assert 1 <= len(sentences(bullet.text, doc.language)) <= 5, bullet.text
    assert doc.language == name[5:7]


def test_the_two_documents_differ_in_structure() -> None:
    en = import_messages(EVALUATION / "eval-en.md")
    zh = import_messages(EVALUATION / "eval-zh.md")
    assert {r.kind for r in en.repairs} >= {"generic_heading", "table_of_contents"}
    assert all(th.label is None for th in en.themes)
    assert all(th.label == "[构建]" for th in zh.themes)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_pdftotext_variant_reads_as_the_markdown(lang: str) -> None:
    clean = import_messages(EVALUATION / f"eval-{lang}.md")
    messy = import_messages(EVALUATION / f"eval-{lang}.txt")
    assert messy.title == clean.title
    assert text_outline(messy) == text_outline(clean)
    assert [[tp.title for tp in th.topics] for th in messy.themes] == [
        [tp.title for tp in th.topics] for th in clean.themes
    ]
    assert [th.frameworks for th in messy.themes] == [th.frameworks for th in clean.themes]
    assert [th.issue_areas for th in messy.themes] == [th.issue_areas for th in clean.themes]
    assert [th.description for th in messy.themes] == [th.description for th in clean.themes]
    kinds = {r.kind for r in messy.repairs}
    assert {"page_artifact", "page_break_join", "table_of_contents"} <= kinds


def test_messy_chinese_markdown_reads_as_the_clean_one() -> None:
    clean = import_messages(EVALUATION / "eval-zh.md")
    messy = import_messages(EVALUATION / "eval-zh-messy.md")
    assert text_outline(messy) == text_outline(clean)
    assert [th.label for th in messy.themes] == ["[构建]"] * 4
    titles = [[tp.title for tp in th.topics] for th in messy.themes]
    expected = [[tp.title for tp in th.topics] for th in clean.themes]
    expected[3][0] = None  # its heading was left out: bullets before the first sub-topic
    assert titles == expected
    kinds = [r.kind for r in messy.repairs]
    for kind in (
        "table_of_contents",
        "label_spelling",
        "heading_level",
        "bullets_before_topic",
        "page_break_join",
    ):
        assert kind in kinds, kind
    assert kinds.count("generic_heading") == 12  # meeting name, 主题, 信息 under each theme
