"""The classes and tallies of bench/kept_sources.py on hand-written messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

from forum_messages.synth.ask import read

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def kept(bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """bench/kept_sources.py, which imports its neighbours by name."""
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("kept_sources")


# a core (S1) and b (S2) make the point on fees; c (S3) the one on towers, in the same theme;
# d (S4) a point of another theme; e (S1) is a's session's second statement; f an attribution
POINTS = {"a": "fees", "b": "fees", "c": "towers", "d": "privacy", "e": "towers", "f": "fees"}
THEMES = {"fees": "access", "towers": "access", "privacy": "rights"}
SESSIONS = {"a": "S1", "b": "S2", "c": "S3", "d": "S4", "e": "S1", "f": "S5"}


def _material() -> Any:
    answers = {
        i: SimpleNamespace(point=p, descriptive=False, attribution=i == "f")
        for i, p in POINTS.items()
    }
    points = {p: SimpleNamespace(theme=t) for p, t in THEMES.items()}
    statements = [SimpleNamespace(id=i, session=s) for i, s in SESSIONS.items()]
    return SimpleNamespace(
        answers=answers, points=points, corpus=SimpleNamespace(statements=statements)
    )


def _info(pair: float, lang: str = "en", core: str = "a") -> dict[str, Any]:
    probs = {(i, j): pair for i in POINTS for j in POINTS if i != j}
    return {"core": core, "pair": probs, "lang": {i: lang if i == "c" else "en" for i in POINTS}}


def test_an_off_source_is_classed_by_what_kept_it(kept: ModuleType) -> None:
    m = _material()
    classes = kept.CLASSES
    assert kept.held(_info(0.3), m, "c", ["a"], "fees") == classes[5]  # the core model kept it
    assert kept.held(_info(0.7), m, "c", ["a"], "fees") == classes[6]
    assert kept.held(_info(0.3), m, "c", ["a", "b"], "fees") == classes[7]
    assert kept.held(_info(0.7), m, "c", ["a", "b"], "fees") == classes[8]
    assert kept.held(_info(0.3, lang="fr"), m, "c", ["a"], "fees") == classes[4]
    assert kept.held(_info(0.7, core="c"), m, "c", ["a"], "fees") == classes[3]
    assert kept.held(_info(0.7), m, "e", ["a"], "fees") == classes[2]  # S1 twice
    assert kept.held(_info(0.7), m, "d", ["a"], "fees") == classes[1]  # another theme
    assert kept.held(_info(0.7), m, "f", ["a"], "towers") == classes[0]  # first: the kinds


def test_the_bands_of_the_pair_model(kept: ModuleType) -> None:
    assert kept.band(0.1) == "0.0 to 0.4"
    assert kept.band(0.4) == "0.4 to 0.6"  # a band from its bar up
    assert kept.band(0.59) == "0.4 to 0.6"
    assert kept.band(0.6) == "0.6 or more"


def test_the_messages_of_two_in_one_language_are_tallied(kept: ModuleType) -> None:
    m = _material()
    texts = {
        "a": "Regulators should cap the fees operators charge for shared towers.",
        "b": "Regulators should cap the fees charged to small operators.",
        "c": "Donors should fund community networks for five years.",
        "d": "Les États doivent protéger les données des abonnés.",
    }

    def info(ids: tuple[str, str], pair: float, lang: str = "en") -> dict[str, Any]:
        x, y = ids
        return {
            "core": x,
            "pair": {(x, y): pair, (y, x): pair},
            "lang": {x: "en", y: lang},
            "ask": {i: read(texts[i], "en") for i in ids},
        }

    seen = {
        frozenset("ab"): info(("a", "b"), 0.3),  # one point, one ask (shared stems): right
        frozenset("ac"): info(("a", "c"), 0.2),  # two points, two asks sharing none: off
        frozenset("bc"): info(("b", "c"), 0.7),  # off, above the ask band
        frozenset(("b", "d")): info(("b", "d"), 0.1, "fr"),  # two languages: not counted
        frozenset("abc"): info(("a", "b"), 0.9),  # three: not counted
    }
    seen[frozenset("abc")]["lang"] = {"a": "en", "b": "en", "c": "en"}
    out = kept.twos(m, seen)
    assert out == {
        "0.0 to 0.4 right": 1,
        "0.0 to 0.4 off": 1,
        "two asks off": 1,
        "0.6 or more off": 1,
    }
