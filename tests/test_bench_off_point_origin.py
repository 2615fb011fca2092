"""The classes and readings of bench/off_point_origin.py on a hand-written message of four."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def origin(
    bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> ModuleType:
    """bench/off_point_origin.py, which imports its neighbour grouping_terms.py."""
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("off_point_origin")


def _material(points: dict[str, str], sessions: dict[str, str]) -> Any:
    answers = {
        i: SimpleNamespace(point=p, descriptive=p == "desc", attribution=False)
        for i, p in points.items()
    }
    statements = [SimpleNamespace(id=i, session=s) for i, s in sessions.items()]
    return SimpleNamespace(answers=answers, corpus=SimpleNamespace(statements=statements))


# a, b and c make one point (c is a's session's second statement); d another, beside the core
POINTS = {"a": "cost", "b": "cost", "c": "cost", "d": "gender"}
SESSIONS = {"a": "S1", "b": "S2", "c": "S1", "d": "S3"}
PAIR = {("a", "b"): 0.9, ("a", "c"): 0.8, ("a", "d"): 0.5, ("b", "c"): 0.7}
PAIR |= {("b", "d"): 0.1, ("c", "d"): 0.2}
PAIR |= {(j, i): p for (i, j), p in PAIR.items()}


def _info(**change: Any) -> dict[str, Any]:
    info = {
        "core": "a",
        "pair": PAIR,
        "origin": {i: "clustered" for i in POINTS},
        "parts": (["a", "b", "c"], ["d"]),
        "lang": {i: "en" for i in POINTS},
    }
    return info | change


def test_an_off_source_is_classed_by_where_it_joined(origin: ModuleType) -> None:
    material = _material(POINTS, SESSIONS)
    ids = list(POINTS)
    assert origin.classify(material, _info(), "d", ids, False) == "three or more, apart"
    with_core = _info(parts=(["b", "c"], ["a", "d"]))
    assert origin.classify(material, with_core, "d", ids, False) == "three or more, with the core"
    assert origin.classify(material, _info(), "d", ids, True) == "theme"
    attached = _info(origin={**_info()["origin"], "d": "attached"})
    assert origin.classify(material, attached, "d", ids, False) == "attached"
    assert origin.classify(material, None, "d", ids, False) == "one session"
    alone = _info(lang={**_info()["lang"], "d": "fr"})
    assert origin.classify(material, alone, "d", ids, False) == "two languages"
    assert origin.classify(material, _info(), "c", ids, False) == "same session"
    assert origin.classify(material, _info(), "b", ["a", "b"], False) == "two"


def test_the_readings_of_a_message_of_four(origin: ModuleType) -> None:
    material = _material(POINTS, SESSIONS)
    seen = {frozenset(POINTS): _info()}
    (split,) = origin.split_readings(material, seen)
    # d alone across the last merge, as the editor parts the message
    assert split["editor"] and split["sizes"] == (3, 1) and split["across"] == round(0.8 / 3, 3)
    support = {r["mean"]: r for r in origin.support_readings(material, seen)}
    least = support[round((0.5 + 0.1 + 0.2) / 3, 6)]
    assert least["least"] and least["wrong"] and least["core"] == 0.5
    assert sum(r["least"] for r in support.values()) == 1
    siblings = origin.sibling_readings(material, seen)
    # a and c are S1's: c is the less backed by the other sessions (b, d), and not the core
    by_core = {r["core"]: r for r in siblings}
    assert by_core[False]["least"] and by_core[False]["mean"] == round((0.7 + 0.2) / 2, 6)
    assert not by_core[True]["least"] and not by_core[False]["wrong"]


def test_an_off_source_is_placed_by_where_its_own_point_is(origin: ModuleType) -> None:
    # d (gender) is off in the message a-b-c-d; e and f state gender too, g a description
    points = POINTS | {"e": "gender", "f": "gender", "g": ""}
    sessions = SESSIONS | {"e": "S4", "f": "S5", "g": "S6"}
    material = _material(points, sessions)
    message = ["a", "b", "c", "d"]
    made = {"cost": [message], "gender": [["e", "f"]]}
    assert origin.place(material, made, "d", message) == origin.PLACES[0]
    made = {"cost": [message], "gender": [["e"]]}
    assert origin.place(material, made, "d", message) == origin.PLACES[1]
    made = {"cost": [message, ["e", "b"]]}  # e in a message making another point
    assert origin.place(material, made, "d", message) == origin.PLACES[2]
    made = {"cost": [message]}  # e and f, of other sessions, left out of the draft
    assert origin.place(material, made, "d", message) == origin.PLACES[3]
    alone = _material(POINTS | {"g": ""}, SESSIONS | {"g": "S6"})
    assert origin.place(alone, made, "d", message) == origin.PLACES[4]
    assert origin.place(material, made, "g", [*message, "g"]) == origin.PLACES[5]
