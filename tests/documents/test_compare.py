"""compare(): identical documents, dropped, added, moved and renamed, and the renderers."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from forum_messages.documents import (
    DocBullet,
    DocTheme,
    DocTopic,
    MessagesDocument,
    compare,
    import_messages,
)
from forum_messages.documents.compare import Comparison
from forum_messages.documents.render import (
    comparison_to_dict,
    print_comparison,
    render_comparison_html,
    render_comparison_json,
)
from forum_messages.nlp.base import Embedder, HashEmbedder

from .conftest import EVALUATION, HOSTILE

Outline = dict[str, dict[str, list[str]]]

BASE: Outline = {
    "Building Digital Trust": {
        "Cyber capacity": [
            "Governments should fund national CERTs over several years.",
            "Regional CERT networks help small teams during major incidents.",
            "Universities and industry should train more security professionals.",
        ],
        "Information integrity": [
            "Electoral bodies and platforms should prepare joint response protocols.",
            "Media literacy should be taught at every age, not only in schools.",
        ],
    },
    "Building Universal Access": {
        "Community networks": [
            "Regulators should create licence categories for community operators.",
            "Access to spectrum remains a major obstacle for small operators.",
        ],
        "Affordability": [
            "Taxes on devices and data keep millions of people offline.",
            "Universal service funds should report publicly on their results.",
        ],
    },
}


def make(outline: Outline, language: str = "en") -> MessagesDocument:
    themes = tuple(
        DocTheme(
            title,
            None,
            None,
            (),
            "",
            tuple(
                DocTopic(topic, tuple(DocBullet(text) for text in bullets))
                for topic, bullets in topics.items()
            ),
        )
        for title, topics in outline.items()
    )
    return MessagesDocument("Test", language, themes)


def copy() -> Outline:
    return {th: {tp: list(b) for tp, b in topics.items()} for th, topics in BASE.items()}


@pytest.fixture
def emb() -> Embedder:
    return HashEmbedder()


def test_identical(emb: Embedder) -> None:
    c = compare(make(BASE), make(BASE), emb)
    assert c.counts() == {
        "bullets_a": 9,
        "bullets_b": 9,
        "matched": 9,
        "missing_in_b": 0,
        "missing_in_a": 0,
        "moved": 0,
        "renamed_topics": 0,
    }
    assert all(p.similarity == pytest.approx(1.0) and p.a.ref == p.b.ref for p in c.pairs)
    assert [(s.a_theme, s.b_theme, s.shared, s.renamed) for s in c.themes] == [
        (0, 0, 5, False),
        (1, 1, 4, False),
    ]


def test_dropped_and_added_bullets(emb: Embedder) -> None:
    b = copy()
    dropped = b["Building Digital Trust"]["Cyber capacity"].pop(1)
    added = "Indigenous communities want a say over data collected about them."
    b["Building Universal Access"]["Affordability"].append(added)
    c = compare(make(BASE), make(b), emb)
    assert [x.text for x in c.missing_in_b] == [dropped]
    assert c.missing_in_b[0].ref == "1.1.2"
    assert [x.text for x in c.missing_in_a] == [added]
    assert c.counts()["matched"] == 8 and not c.moved()


def test_edited_bullet_still_matches(emb: Embedder) -> None:
    b = copy()
    b["Building Digital Trust"]["Cyber capacity"][0] = (
        "Governments should fund national CERTs for several years."
    )
    c = compare(make(BASE), make(b), emb)
    assert c.counts()["matched"] == 9
    assert min(p.similarity for p in c.pairs) < 1.0


def test_bullet_moved_to_another_theme(emb: Embedder) -> None:
    b = copy()
    moved = b["Building Digital Trust"]["Information integrity"].pop(1)
    b["Building Universal Access"]["Affordability"].append(moved)
    c = compare(make(BASE), make(b), emb)
    assert [(p.a.ref, p.b.ref, p.moved) for p in c.moved()] == [("1.2.2", "2.2.3", "theme")]
    assert not c.missing_in_a and not c.missing_in_b


def test_bullet_moved_to_another_sub_topic(emb: Embedder) -> None:
    b = copy()
    moved = b["Building Digital Trust"]["Cyber capacity"].pop(2)
    b["Building Digital Trust"]["Information integrity"].insert(0, moved)
    c = compare(make(BASE), make(b), emb)
    assert [(p.a.ref, p.b.ref, p.moved) for p in c.moved()] == [("1.1.3", "1.2.1", "topic")]


def test_renamed_sub_topic(emb: Embedder) -> None:
    b = copy()
    access = b["Building Universal Access"]
    b["Building Universal Access"] = {
        "Community-led connectivity": access["Community networks"],
        "Affordability": access["Affordability"],
    }
    c = compare(make(BASE), make(b), emb)
    assert [(s.a_title, s.b_title, s.shared) for s in c.renamed()] == [
        ("Community networks", "Community-led connectivity", 2)
    ]
    assert not c.moved()


def test_empty_documents(emb: Embedder) -> None:
    c = compare(make({}), make(BASE), emb)
    assert c.counts()["missing_in_a"] == 9 and not c.pairs and not c.themes


def sample(emb: Embedder) -> Comparison:
    b = copy()
    b["Building Digital Trust"]["Cyber capacity"][0] = HOSTILE
    b["Building Digital Trust <b>bold</b>"] = b.pop("Building Digital Trust")
    return compare(make(BASE), make(b), emb)


def test_json_is_deterministic_and_complete(emb: Embedder) -> None:
    text = render_comparison_json(sample(emb))
    assert text == render_comparison_json(sample(emb))
    data = json.loads(text)
    assert data["format"] == "forum-messages/comparison"
    assert data["counts"]["missing_in_a"] == 1 and data["counts"]["missing_in_b"] == 1
    assert data["missing_in_a"][0]["text"] == HOSTILE
    assert {"a", "b", "similarity", "moved"} <= set(data["pairs"][0])
    assert data == comparison_to_dict(sample(emb))


def test_html_escapes_document_text(emb: Embedder) -> None:
    page = render_comparison_html(sample(emb))
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "http" not in page  # self-contained: no external resources


def test_terminal_report_prints_text_literally(emb: Embedder) -> None:
    b = copy()
    b["Building Digital Trust"]["Cyber capacity"][0] = "[bold red]not markup[/bold red] at all."
    console = Console(record=True, width=200)
    print_comparison(compare(make(BASE), make(b), emb), console)
    out = console.export_text()
    assert "[bold red]not markup[/bold red]" in out
    assert "In B, missing in A" in out and "Matched bullets" in out


@pytest.mark.slow
def test_english_and_chinese_translation(use_embedder: Embedder) -> None:
    en = import_messages(EVALUATION / "eval-en.md")
    zh = import_messages(EVALUATION / "eval-zh.md")
    c = compare(en, zh, use_embedder)
    # The Chinese document is a translation with four edits: one bullet dropped (3.3.4),
    # one added (4.4.5), one moved to another theme (1.3.4 -> 3.1.5), one moved to another
    # sub-topic (2.2.4 -> 2.4.5), and one sub-topic renamed (1.2).
    assert c.counts() == {
        "bullets_a": 64,
        "bullets_b": 64,
        "matched": 63,
        "missing_in_b": 1,
        "missing_in_a": 1,
        "moved": 2,
        "renamed_topics": 1,
    }
    moved = {"1.3.4": ("3.1.5", "theme"), "2.2.4": ("2.4.5", "topic")}
    for p in c.pairs:
        assert (p.b.ref, p.moved) == moved.get(p.a.ref, (p.a.ref, None)), p
    assert [x.ref for x in c.missing_in_b] == ["3.3.4"]
    assert [x.ref for x in c.missing_in_a] == ["4.4.5"]
    assert [(s.a_title, s.b_title) for s in c.renamed()] == [
        ("Protecting critical infrastructure", "海底电缆与能源网络")
    ]
    assert not any(s.renamed for s in c.themes)


@pytest.mark.slow
def test_messy_variants_compare_like_the_clean_documents(use_embedder: Embedder) -> None:
    c = compare(
        import_messages(EVALUATION / "eval-en.txt"),
        import_messages(EVALUATION / "eval-zh-messy.md"),
        use_embedder,
    )
    assert c.counts()["matched"] == 63
    assert [x.ref for x in c.missing_in_b] == ["3.3.4"]


class _Table:
    """An embedder that returns given unit vectors (to set similarities exactly)."""

    name = "table"

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.vectors = vectors

    def params(self) -> dict[str, object]:
        return {}

    def embed(self, texts):  # type: ignore[no-untyped-def]
        import numpy as np

        from forum_messages.nlp.base import normalise_rows

        return normalise_rows(np.array([self.vectors[t] for t in texts], dtype=np.float32))


def _doc(*bullets: str):  # type: ignore[no-untyped-def]
    from forum_messages.documents.model import DocBullet, DocTheme, DocTopic, MessagesDocument

    topic = DocTopic(None, tuple(DocBullet(b) for b in bullets))
    return MessagesDocument("T", "en", (DocTheme("Theme", None, None, (), "", (topic,)),))


def test_a_pair_needs_a_clear_margin_over_the_runner_up() -> None:
    import math

    from forum_messages.documents.compare import compare

    def at(cos: float) -> list[float]:
        return [cos, math.sqrt(1 - cos * cos), 0.0]

    # b1 is 0.60 from a1 and 0.58 from a2: no clear counterpart, both are missing
    close = {
        "a1": at(0.60),
        "a2": [0.58, 0.0, math.sqrt(1 - 0.58**2)],
        "b1": [1.0, 0.0, 0.0],
        "Theme": [0.0, 0.0, 1.0],
        "": [0.0, 1.0, 0.0],
    }
    result = compare(_doc("a1", "a2"), _doc("b1"), _Table(close))
    assert not result.pairs
    # with a2 far away, a1 and b1 pair
    apart = {**close, "a2": [0.2, 0.0, math.sqrt(1 - 0.04)]}
    result = compare(_doc("a1", "a2"), _doc("b1"), _Table(apart))
    assert [(p.a.text, p.b.text) for p in result.pairs] == [("a1", "b1")]
