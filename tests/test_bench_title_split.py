"""The editor's split of flagged sub-topic titles (``split`` in bench/titles.py): a title
that is thin, joined or absent put in the first class that applies."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType, SimpleNamespace

import pytest


@pytest.fixture(scope="module")
def titles(bench_module: Callable[[str], ModuleType]) -> ModuleType:
    return bench_module("titles")


def _material(texts: dict[str, tuple[str, str]], language: str) -> SimpleNamespace:
    """A report file's material: each statement its text and the editor's sub-topic."""
    return SimpleNamespace(
        name="a file",
        language=language,
        corpus=SimpleNamespace(
            statements=[SimpleNamespace(id=i, text=t) for i, (t, _) in texts.items()]
        ),
        answers={i: SimpleNamespace(point=f"p-{i}") for i in texts},
        points={f"p-{i}": SimpleNamespace(theme="t", subtopic=s) for i, (_, s) in texts.items()},
    )


def _draft(*topics: tuple[str, list[str]]) -> SimpleNamespace:
    """Sub-topics, each its title and its messages (one statement each)."""
    return SimpleNamespace(
        themes=[
            SimpleNamespace(
                topics=[
                    SimpleNamespace(
                        title=title,
                        messages=[
                            SimpleNamespace(sources=[SimpleNamespace(statement=i)]) for i in ids
                        ],
                    )
                    for title, ids in topics
                ]
            )
        ]
    )


def test_split_classes(titles: ModuleType) -> None:
    material = _material(
        {
            "a": ("Two subsea cables were cut last year.", "cables"),
            "b": ("Subsea cables need repair ships.", "cables"),
            "c": ("The national incident response team is understaffed.", "cables"),
            "d": ("Los censos de manglares cuentan los árboles.", "coast"),
            "e": ("El registro costero lo lleva el ministerio.", "registry"),
            "f": ("Mangrove surveys count the trees.", "coast"),
            "g": ("The coastal registry is kept by the ministry.", "coast"),
        },
        "en",
    )
    draft = _draft(
        ("Subsea cables and incident response", ["a", "b", "c"]),
        ("Mangrove surveys", ["d", "e"]),
        ("Mangrove surveys and coastal registry", ["f", "g"]),
        ("Subsea cables", ["a", "b"]),
    )
    counts = titles.split(material, draft)
    assert counts == {
        "mixed": 1,  # two messages in two of the editor's sub-topics
        "a part fits most": 1,  # cables in two of three
        "a topic fits most": 0,
        "a topic fits two": 0,
        "nothing fits two": 1,  # each part in one of two the editor keeps together
    }
