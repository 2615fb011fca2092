"""messages.json read back: the rebuilt draft renders to the same bytes; bad files are refused
with the file and the JSON path of the bad value."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from forum_messages.config import resolve_settings
from forum_messages.edition import load_edition
from forum_messages.errors import InputError
from forum_messages.export import draft_from_json, load_draft_json
from forum_messages.export.html import render_html
from forum_messages.export.jsondoc import render_json
from forum_messages.export.markdown import render_markdown
from forum_messages.ingest import load_reports
from forum_messages.model import Draft
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.pipeline import Components, run_pipeline

from .conftest import make_draft

ZH_ONLY = Path(__file__).resolve().parents[1] / "fixtures" / "zh-only.jsonl"


def _hash_draft(paths: list[Path], cli: dict[str, object] | None = None) -> Draft:
    """What ``forum-messages draft <paths> --edition igf2025 --embedder hash`` drafts."""
    edition = load_edition("igf2025")
    settings = resolve_settings(cli or {}, edition.settings, environ={})
    corpus = load_reports(paths, edition)
    components = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
    return run_pipeline(corpus, edition, settings, components=components)


@pytest.fixture(scope="module")
def demo() -> Draft:
    folder = Path(str(resources.files("forum_messages") / "editions" / "sample"))
    suffixes = {".jsonl", ".json", ".yaml", ".md"}  # cli.sample_paths: the demo's inputs
    return _hash_draft(sorted(p for p in folder.iterdir() if p.suffix in suffixes))


@pytest.fixture(scope="module")
def zh_only() -> Draft:
    """The Chinese fixture in Chinese; hash vectors are far apart, so a wide message distance
    is needed for messages to form (the defaults leave every statement not reflected)."""
    return _hash_draft([ZH_ONLY], {"language": "zh", "message_distance": 0.95})


def _credited() -> Draft:
    return dataclasses.replace(
        make_draft("fr"), credit=("Traduit par les bénévoles <b>du FGI</b>", "Relu par J. Martin")
    )


def _round_trip(draft: Draft) -> None:
    text = render_json(draft)
    back = draft_from_json(text, "messages.json")
    assert render_json(back) == text
    assert render_markdown(back) == render_markdown(draft)
    assert render_html(back) == render_html(draft)


def test_demo_draft_round_trips(demo: Draft) -> None:
    assert len(demo.statements) == 537 and demo.messages()
    _round_trip(demo)
    back = draft_from_json(render_json(demo))
    assert back.edition.settings == {}  # not in the file
    assert back.sessions == demo.sessions
    assert back.not_reflected == demo.not_reflected
    assert [c.name for c in back.pipeline] == [c.name for c in demo.pipeline]


def test_chinese_draft_round_trips(zh_only: Draft) -> None:
    assert zh_only.language == "zh" and zh_only.messages() and zh_only.not_reflected
    _round_trip(zh_only)


@pytest.mark.parametrize("lang", ["en", "ar", "zh"])
def test_hand_built_draft_round_trips(lang: str) -> None:
    _round_trip(make_draft(lang))


def test_credit_round_trips() -> None:
    draft = _credited()
    _round_trip(draft)
    assert draft_from_json(render_json(draft)).credit == draft.credit


def test_file_without_credit_reads_as_no_credit() -> None:
    """Files written before the ``credit`` key existed have the same schema version."""
    data = json.loads(render_json(_credited()))
    del data["credit"]
    assert draft_from_json(json.dumps(data)).credit == ()


def test_unknown_keys_are_ignored() -> None:
    data = json.loads(render_json(make_draft()))
    data["later"] = {"x": 1}
    data["themes"][0]["later"] = []
    assert render_json(draft_from_json(json.dumps(data))) == render_json(make_draft())


def test_null_score_stays_null() -> None:
    data = json.loads(render_json(make_draft()))
    data["statements"][0]["language_confidence"] = None
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert render_json(draft_from_json(text)) == text


def test_load_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "messages.json"
    path.write_text(render_json(_credited()), encoding="utf-8")
    assert render_json(load_draft_json(path)) == render_json(_credited())
    with pytest.raises(InputError, match=r"nope\.json: no such file"):
        load_draft_json(tmp_path / "nope.json")
    path.write_bytes(b'{"schema_version": 1, "language": "\xff"}')
    with pytest.raises(InputError, match=r"messages\.json: not UTF-8 text"):
        load_draft_json(path)


Edit = Callable[[dict[str, Any]], object]


def _message(data: dict[str, Any], theme: int = 1) -> dict[str, Any]:
    message: dict[str, Any] = data["themes"][theme]["topics"][0]["messages"][0]
    return message


BAD: list[tuple[str, str | Edit, str]] = [
    ("not JSON", '{"schema_version": 1,,}', "bad.json:1: not valid JSON: Expecting"),
    ("array at top", "[]", "bad.json: top level: expected an object"),
    ("a string at top", '"messages"', "bad.json: top level: expected an object"),
    (
        "schema_version 99",
        lambda d: d.update(schema_version=99),
        "bad.json: schema_version: version 99 is not supported",
    ),
    (
        "schema_version missing",
        lambda d: d.pop("schema_version"),
        "bad.json: schema_version: missing",
    ),
    (
        "schema_version true",
        lambda d: d.update(schema_version=True),
        "bad.json: schema_version: expected an integer, got a boolean",
    ),
    (
        "missing message text",
        lambda d: _message(d).pop("text"),
        "bad.json: themes[1].topics[0].messages[0].text: missing",
    ),
    (
        "text a number",
        lambda d: _message(d).update(text=3),
        "bad.json: themes[1].topics[0].messages[0].text: expected a string, got a number",
    ),
    (
        "similarity a string",
        lambda d: _message(d, 0)["sources"][1].update(similarity="0.7"),
        "bad.json: themes[0].topics[0].messages[0].sources[1].similarity: "
        "expected a number, got a string",
    ),
    (
        "translated a string",
        lambda d: _message(d).update(translated="yes"),
        "bad.json: themes[1].topics[0].messages[0].translated: expected true or false, "
        "got a string",
    ),
    (
        "themes an object",
        lambda d: d.update(themes={}),
        "bad.json: themes: expected an array, got an object",
    ),
    (
        "topic null",
        lambda d: d["themes"][0]["topics"].__setitem__(1, None),
        "bad.json: themes[0].topics[1]: expected an object, got null",
    ),
    (
        "count a string",
        lambda d: d["ledger"]["stakeholder_groups"].update({"Civil Society": "1"}),
        'bad.json: ledger.stakeholder_groups["Civil Society"]: expected an integer, got a string',
    ),
    (
        "count a float",
        lambda d: d["ledger"].update(sessions=7.5),
        "bad.json: ledger.sessions: expected an integer, got a number",
    ),
    (
        "session kind unknown",
        lambda d: d["sessions"][6].update(kind="report"),
        'bad.json: sessions[6].kind: expected "session" or "nri", got "report"',
    ),
    (
        "location line missing",
        lambda d: d["sessions"][0]["location"].pop("line"),
        "bad.json: sessions[0].location.line: missing",
    ),
    (
        "edition date null",
        lambda d: d["edition"]["dates"].update(start=None),
        "bad.json: edition.dates.start: expected a string, got null",
    ),
    (
        "edition name a list",
        lambda d: d["edition"].update(name=["IGF"]),
        "bad.json: edition.name: expected an object, got an array",
    ),
    (
        "issue areas of a theme spec",
        lambda d: d["edition"]["themes"][0]["issue_areas"].update(en="Cybersecurity"),
        "bad.json: edition.themes[0].issue_areas.en: expected an array, got a string",
    ),
    (
        "pipeline params a list",
        lambda d: d["pipeline"][0].update(params=[]),
        "bad.json: pipeline[0].params: expected an object, got an array",
    ),
    (
        "credit line a number",
        lambda d: d.update(credit=["Traduit par X", 2]),
        "bad.json: credit[1]: expected a string, got a number",
    ),
]


@pytest.mark.parametrize(("case", "bad", "message"), BAD, ids=[case for case, _b, _m in BAD])
def test_bad_files_name_the_file_and_the_path(case: str, bad: str | Edit, message: str) -> None:
    if isinstance(bad, str):
        text = bad
    else:
        data = json.loads(render_json(make_draft()))
        bad(data)
        text = json.dumps(data)
    with pytest.raises(InputError) as info:
        draft_from_json(text, "bad.json")
    assert str(info.value).startswith(message), str(info.value)
