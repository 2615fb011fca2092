"""The claim readings of bench/claim_contrast.py on a hand-written dump of one message."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType


def test_pairs_read_each_source_against_the_core(
    bench_module: Callable[[str], ModuleType], tmp_path: Path
) -> None:
    claim_contrast = bench_module("claim_contrast")
    texts = {
        "st-a": "Handsets cost too much for women on low incomes.",
        "st-b": "For women on low incomes, the cost of a handset is too high.",
        "st-24f28b87bdbb": "Connectivity programmes should report how many women they reach.",
        "st-d": "Los teléfonos cuestan demasiado para las mujeres.",
    }
    members = [
        {"id": i, "text": t, "lang": "es" if i == "st-d" else "en", "session": i, "kind": "x"}
        for i, t in texts.items()
    ]
    dump = {
        "groups": [
            {
                "core": "st-a",
                "members": members,
                "pair": {"st-b": 0.9, "st-24f28b87bdbb": 0.6, "st-d": 0.8},
                "check": {"st-b": 0.9, "st-24f28b87bdbb": 0.7, "st-d": 0.8},
                "theme": [[m["id"], m["text"], m["lang"]] for m in members],
            }
        ],
        "shown": {},
        "impure": {"|".join(sorted(texts)): "cost"},
        "points": {
            "st-a": {"point": "cost"},
            "st-b": {"point": "cost"},
            "st-24f28b87bdbb": {"point": "reach"},
            "st-d": {"point": "cost"},
        },
        "themes": {},
    }
    (tmp_path / "dev-x.json").write_text(json.dumps(dump), "utf-8")
    rows = claim_contrast.pairs(str(tmp_path))
    # the Spanish source is in another language than the core: not read
    assert [(r["same"], r["cls"]) for r in rows] == [(True, ""), (False, "A")]
    right, wrong = rows
    assert wrong["unshared"] > 0.8 > 0.2 > right["unshared"]
    assert wrong["pair"] == 0.4 and right["check"] == round(1 - 0.9, 6)
    assert wrong["ask"] == 0  # one of the two is not a call
