from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from forum_messages.export.jsondoc import LazyList, draft_to_dict, iter_json, plain, render_json
from forum_messages.model import Draft, Ledger

from .conftest import ARABIC, HOSTILE, make_draft

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schema" / "messages.schema.json"


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _empty_draft() -> Draft:
    empty = Ledger(0, 0, 0, {}, {}, {}, None)
    ed = dataclasses.replace(make_draft().edition, dates=None, review=None, intro={})
    return Draft(ed, "fr", (), (), (), (), empty, ())


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_output_is_valid_against_the_schema(
    validator: jsonschema.Draft202012Validator, lang: str
) -> None:
    data = json.loads(render_json(make_draft(lang)))
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, "\n".join(str(e) for e in errors[:5])


def test_empty_draft_is_valid(validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(json.loads(render_json(_empty_draft())))


def test_schema_is_strict(validator: jsonschema.Draft202012Validator, draft: Draft) -> None:
    data = draft_to_dict(draft)
    data["themes"][0]["topics"][0]["messages"][0]["surprise"] = 1
    assert not validator.is_valid(data)
    data = draft_to_dict(draft)
    del data["statements"][0]["message"]
    assert not validator.is_valid(data)


def test_required_keys(draft: Draft) -> None:
    data = json.loads(render_json(draft))
    theme = data["themes"][0]
    assert theme["key"] == "trust"
    assert theme["frameworks"] == {
        "gdc": ["1", "3"],
        "wsis": ["C5"],
        "sdg": ["9", "16"],
        "line": "[GDC 1, 3 - WSIS C5 - SDGs 9, 16]",
    }
    assert theme["topics"][0]["title"] == "Cyber capacity building"
    m1 = theme["topics"][0]["messages"][0]
    assert set(m1) == {"id", "text", "language", "translated", "sources", "tags", "ledger"}
    assert m1["sources"][0] == {"statement": "s01", "session": "WS #12", "similarity": 0.8123}
    assert m1["tags"][1] == {"framework": "wsis", "id": "C5", "score": 0.7778}
    m2 = theme["topics"][0]["messages"][1]
    assert (m2["language"], m2["translated"]) == ("zh", False)
    assert theme["ledger"]["global_south_share"] == 0.6
    assert data["themes"][1]["ledger"]["global_south_share"] is None
    assert data["ledger"]["global_south_share"] == 0.5714
    assert [n["statement"] for n in data["not_reflected"]] == ["s10", "s11", "s12", "s13"]
    assert data["not_reflected"][2] == {
        "statement": "s12",
        "session": "LT #7",
        "theme": None,
        "reason": "empty",
        "detail": "The statement has no text.",
    }
    s10 = data["statements"][9]
    assert (s10["id"], s10["topic"], s10["message"]) == ("s10", None, None)
    assert data["statements"][2]["theme_inferred"] is True
    assert data["statements"][0]["language_confidence"] == 0.9877
    nri = data["sessions"][-1]
    assert (nri["kind"], nri["nri_kind"], nri["country"]) == ("nri", "national", "Kenya")
    assert data["sessions"][0]["organisers"][0]["stakeholder_group"] == "Civil Society"
    assert data["pipeline"][1] == {
        "role": "clusterer",
        "name": "agglomerative",
        "params": {"threshold": 0.5556, "langs": ["en"]},
    }
    assert data["generator"]["name"] == "forum-messages"
    assert data["edition"]["dates"] == {"start": "2025-06-23", "end": "2025-06-27"}
    assert data["edition"]["review"] == {"opens": "2025-06-27", "closes": "2025-07-14"}
    assert data["edition"]["overarching_theme"] == {"en": "Building Digital Governance Together"}
    assert data["title"] == "IGF 2025 Messages — Draft"
    assert data["state"] == {
        "stage": "draft",
        "published": None,
        "translated_from": None,
        "label": "Draft",
    }


def test_every_statement_and_message_is_there(draft: Draft) -> None:
    data = draft_to_dict(draft)
    assert [s["id"] for s in data["statements"]] == [a.id for a in draft.statements]
    ids = [m["id"] for th in data["themes"] for tp in th["topics"] for m in tp["messages"]]
    assert ids == [m.id for m in draft.messages()]
    texts = [s["text"] for s in data["statements"]]
    assert HOSTILE in texts and ARABIC in texts


def test_text_is_written_as_is_not_escaped(draft: Draft) -> None:
    out = render_json(draft)
    assert ARABIC in out  # ensure_ascii=False
    assert json.dumps(HOSTILE, ensure_ascii=False) in out


def test_deterministic_and_formatted(draft: Draft) -> None:
    first, second = render_json(draft), render_json(make_draft("en"))
    assert first == second
    assert first.endswith("}\n") and not first.endswith("\n\n")
    assert first.startswith('{\n  "credit": [],\n  "edition": {')  # keys sorted, indent 2


def _floats(obj: Any) -> list[float]:
    if isinstance(obj, float):
        return [obj]
    if isinstance(obj, dict):
        return [f for v in obj.values() for f in _floats(v)]
    if isinstance(obj, list):
        return [f for v in obj for f in _floats(v)]
    return []


def test_floats_are_rounded(draft: Draft) -> None:
    for value in _floats(json.loads(render_json(draft))):
        assert round(value, 4) == value


def test_plain_params() -> None:
    assert plain({"b": {3, 1, 2}, "p": Path("a/b"), "f": float("nan"), "x": -0.00001}) == {
        "b": [1, 2, 3],
        "p": "a/b",
        "f": None,
        "x": 0.0,
    }
    assert plain(True) is True and plain(3) == 3


def _property_names(schema: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(schema, dict):
        for key, value in schema.get("properties", {}).items():
            names.add(key)
            names |= _property_names(value)
        for key, value in schema.items():
            if key != "properties":
                names |= _property_names(value)
    elif isinstance(schema, list):
        for value in schema:
            names |= _property_names(value)
    return names


def test_every_json_key_is_documented() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    docs = (SCHEMA_PATH.parents[1] / "docs" / "outputs.md").read_text(encoding="utf-8")
    missing = [k for k in sorted(_property_names(schema)) if not re.search(rf"\b{k}\b", docs)]
    assert not missing


def test_output_keys_match_the_schema(draft: Draft) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert set(draft_to_dict(draft)) == set(schema["properties"]) == set(schema["required"])


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_streamed_json_is_the_text_of_the_whole_data(lang: str) -> None:
    draft = make_draft(lang)
    whole = json.dumps(
        draft_to_dict(draft), ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False
    )
    assert "".join(iter_json(draft)) == whole + "\n"
    assert render_json(draft) == whole + "\n"
    assert render_json(_empty_draft()).count("[]") >= 3  # the empty lists stay empty lists


def test_streamed_json_converts_one_statement_at_a_time() -> None:
    made: list[int] = []
    rows = LazyList(range(3), lambda i: made.append(i) or {"n": i})
    pieces = json.JSONEncoder(indent=2).iterencode({"rows": rows})
    text = ""
    for piece in pieces:
        text += piece
        # an item is converted only when the encoder reaches it: never two ahead of the text
        assert len(made) <= text.count('"n"') + 1
    assert made == [0, 1, 2]
    assert json.loads(text) == {"rows": [{"n": 0}, {"n": 1}, {"n": 2}]}
