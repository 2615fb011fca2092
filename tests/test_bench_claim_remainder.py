"""The readings of bench/claim_remainder.py on a hand-written dump of one theme."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def claim_remainder(
    bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCH))  # it reads claim_contrast's classes
    return bench_module("claim_remainder")


def test_remainders_and_predicates(claim_remainder: ModuleType) -> None:
    drop = frozenset({"hands", "women"})  # stems as content_terms cuts them
    assert claim_remainder.without("Handsets cost too much for women.", "en", drop) == (
        "cost too much for"
    )
    # nothing left: the text itself
    assert claim_remainder.without("Women handsets", "en", drop) == "Women handsets"
    said, call = claim_remainder.predicate("Governments should cut taxes on handsets.", "en")
    assert call and said.startswith("should cut")
    assert claim_remainder.predicate("Handsets cost too much.", "en") == (
        "Handsets cost too much.",
        False,
    )


def test_pairs_read_each_source_against_the_core(
    claim_remainder: ModuleType,
    tmp_path: Path,
    use_embedder,  # type: ignore[no-untyped-def]
) -> None:
    texts = {
        "st-a": "Smartphones are still too expensive for most women in rural areas.",
        "st-b": "In rural areas, the price of a smartphone keeps most women offline.",
        "st-24f28b87bdbb": "Mobile operators should report how many rural women use their phones.",
        "st-c": "Women are less likely than men to own a mobile phone.",
        "st-d": "Online harassment pushes many women to stop using social media.",
    }
    members = [
        {"id": i, "text": t, "lang": "en", "session": i, "kind": "x"}
        for i, t in list(texts.items())[:3]
    ]
    theme = [[i, t, "en"] for i, t in texts.items()]
    dump = {
        "groups": [
            {
                "core": "st-a",
                "members": members,
                "pair": {"st-b": 0.9, "st-24f28b87bdbb": 0.6},
                "check": {"st-b": 0.9, "st-24f28b87bdbb": 0.7},
                "theme": theme,
            },
            {
                "core": "st-c",
                "members": [{"id": i, "text": texts[i], "lang": "en"} for i in ("st-c", "st-d")],
                "pair": {"st-d": 0.5},
                "check": {"st-d": 0.5},
                "theme": theme,
            },
        ],
        "impure": {"|".join(sorted(m["id"] for m in members)): "cost"},
        "points": {
            "st-a": {"point": "cost"},
            "st-b": {"point": "cost"},
            "st-24f28b87bdbb": {"point": "reach"},
            "st-c": {"point": "own"},
            "st-d": {"point": "harassment"},
        },
    }
    (tmp_path / "dev-x.json").write_text(json.dumps(dump), "utf-8")
    rows = claim_remainder.pairs(str(tmp_path), use_embedder)
    first = [r for r in rows if r["ids"][0] == "st-a"]
    assert [(r["same"], r["cls"]) for r in first] == [(True, ""), (False, "A")]
    right, wrong = first
    assert wrong["pair"] == 0.4 and right["pair"] == round(1 - 0.9, 6)
    for key in ("cos", "rest", "proj_near", "diff_near", "rest_common"):
        assert wrong[key] > right[key], key
    assert right["rank"] == 0  # no statement outside the message is nearer the core
    # the nearest other message's core is st-c: the contrast is against it
    assert -2 <= wrong["second"] <= 2
    assert wrong["diff_msg"] != 0.0  # a message of three: its own mean is a subject
