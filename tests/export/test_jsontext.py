"""Our indented JSON writer gives the standard encoder's text, character for character."""

from __future__ import annotations

import json
import math
import random
from typing import Any

import pytest

from forum_messages.export.jsondoc import LazyList, _data, render_json
from forum_messages.export.jsontext import iter_indented
from forum_messages.model import Draft

STANDARD = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)


def _random(rng: random.Random, depth: int) -> Any:
    leaves: list[Any] = [
        None,
        True,
        False,
        0,
        -7,
        2**70,
        0.1,
        -1e-9,
        1e21,
        3.0,
        "",
        "plain",
        'quote " back\\slash \n tab\t \x01 é 中文 العربية 🌍 \u2028',
    ]
    if depth > 4 or rng.random() < 0.3:
        return rng.choice(leaves)
    if rng.random() < 0.5:
        items = [_random(rng, depth + 1) for _ in range(rng.randint(0, 4))]
        return tuple(items) if rng.random() < 0.2 else items
    keys: list[Any] = rng.choice(  # keys of one kind: mixed ones cannot be sorted
        [["b", "a", "é", "Z", "10", "2", ""], [1, 2.5, -3, 0, True], [None]]
    )
    return {rng.choice(keys): _random(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def test_random_documents_read_as_the_standard_encoders() -> None:
    rng = random.Random(5)
    for _ in range(400):
        doc = _random(rng, 0)
        assert "".join(iter_indented(doc)) == STANDARD.encode(doc)


def test_a_drafts_json_is_the_standard_encoders(draft: Draft, draft_ar: Draft) -> None:
    for d in (draft, draft_ar):
        data = _data(d, lazy=False)
        assert render_json(d) == STANDARD.encode(data) + "\n"
        assert "".join(iter_indented(_data(d, lazy=True))) == STANDARD.encode(data)


def test_lazy_lists_are_converted_as_they_are_written() -> None:
    seen: list[int] = []

    def convert(i: int) -> dict[str, int]:
        seen.append(i)
        return {"n": i}

    pieces = iter_indented({"rows": LazyList(range(3), convert), "empty": LazyList([], convert)})
    assert "".join(next(pieces) for _ in range(6)) and len(seen) <= 1
    rest = "".join(pieces)
    assert seen == [0, 1, 2] and rest.endswith("}")


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_out_of_range_numbers_are_refused_as_by_the_standard_encoder(bad: float) -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        "".join(iter_indented({"x": [bad]}))
    with pytest.raises(ValueError, match="Out of range float"):
        STANDARD.encode({"x": [bad]})


def test_what_json_cannot_write_is_refused() -> None:
    with pytest.raises(TypeError):
        "".join(iter_indented({"x": {1, 2}}))
    with pytest.raises(TypeError):
        "".join(iter_indented({(1, 2): 0}))
