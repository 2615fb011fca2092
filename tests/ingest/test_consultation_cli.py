"""``forum-messages draft --columns``: a consultation export end to end (fake embedder)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest

from forum_messages.cli import main
from forum_messages.evaluation.consultations import Truth, generate, write_csv
from forum_messages.export.jsondoc import render_json
from forum_messages.export.jsonread import draft_from_json

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "schema" / "messages.schema.json").read_text(encoding="utf-8"))
COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


@pytest.mark.slow
def test_draft_of_a_consultation_accounts_for_every_response(tmp_path: Path) -> None:
    truth = Truth()
    export = write_csv(tmp_path / "export.csv", generate(60, 0.5, 2, seed=5, truth=truth))
    with export.open("a", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerow(["", "Individual", "", "Africa", "An answer without an id.", ""])
    out = tmp_path / "out"
    args = ["draft", str(export), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    # by default, answers of two points or more are cut
    assert main([*args, "--format", "json,md", "--columns", COLUMNS]) == 0
    doc = json.loads((out / "messages.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, SCHEMA)
    rejects = [json.loads(x) for x in (out / "rejects.jsonl").read_text("utf-8").splitlines()]
    assert [(r["row"], r["field"], r["reason"]) for r in rejects] == [
        (62, "ResponseID", "the response has no id")
    ]
    lines = [json.loads(x) for x in (out / "responses.jsonl").read_text("utf-8").splitlines()]
    with export.open(encoding="utf-8") as fh:
        ids = {row["ResponseID"] for row in csv.DictReader(fh) if row["ResponseID"]}
    assert {line["id"] for line in lines} == ids

    # each answer is in a message through its campaign or its statement, or says why not;
    # a campaign's text or an answer of several points does so for each of its points
    def said(entry: dict[str, object]) -> bool:
        return bool(entry.get("message") or entry.get("not_reflected"))

    summary = json.loads((out / "campaigns.json").read_text(encoding="utf-8"))
    # a copy's line names its campaign, whose points campaigns.json says once for all copies
    campaign_said = {
        c["id"]: said(c) or all(map(said, c.get("points", []))) for c in summary["campaigns"]
    }
    copies = [line for line in lines if "campaign" in line]
    assert copies and all(set(line) <= {"id", "column", "campaign", "addition"} for line in copies)
    assert all(campaign_said[line["campaign"]] for line in copies)
    own = [line for line in lines if "campaign" not in line]
    assert all(said(line) or all(map(said, line["points"])) for line in own)  # type: ignore[arg-type]
    cut = [line for line in own if "points" in line]
    assert cut and all(len(line["points"]) >= 2 for line in cut)
    assert not any("statement" in line for line in cut)
    sizes = {c["id"]: c["size"] for c in summary["campaigns"]}
    biggest = max(sizes, key=lambda c: sizes[c])
    assert sizes[biggest] == max(
        list(truth.campaign_of.values()).count(k) for k in set(truth.campaign_of.values())
    )
    # the campaign's point is a message whose ledger shows the campaign with its size
    ledgers = [m["ledger"] for t in doc["themes"] for tp in t["topics"] for m in tp["messages"]]
    assert any(led.get("campaigns", {}).get(biggest) == sizes[biggest] for led in ledgers)
    assert doc["ledger"]["responses"] == len(ids)
    md = (out / "messages.md").read_text(encoding="utf-8")
    assert f"{biggest} ({sizes[biggest]} responses)" in md
    # messages.json says which campaign each statement is or comes from, and its size
    stmts = {s["id"]: s for s in doc["statements"]}
    # the biggest campaign's text makes four points (the generator's four sentences): a
    # statement each, with its text and message, all of the campaign and counted with its size
    points = next(c["points"] for c in summary["campaigns"] if c["id"] == biggest)
    assert len(points) == 4 and all(said(p) for p in points)
    for p in points:
        text_of = stmts[p["statement"]]
        assert text_of["text"] == p["text"] and text_of.get("message") == p.get("message")
        assert (text_of["campaign"], text_of["campaign_size"], text_of["addition"]) == (
            biggest,
            sizes[biggest],
            False,
        )
    assert sum(1 for line in copies if line["campaign"] == biggest) == sizes[biggest]
    added = {
        p["statement"]
        for line in lines
        if "addition" in line
        for p in line["addition"].get("points", [line["addition"]])
    }
    assert added and added == {s["id"] for s in doc["statements"] if s.get("addition")}
    for sid in added:
        st = stmts[sid]
        assert st["session"] in ids and st["campaign_size"] == sizes[st["campaign"]]
    alone = [line["statement"] for line in lines if "statement" in line]
    alone += [p["statement"] for line in cut for p in line["points"]]
    assert alone and all("campaign" not in stmts[sid] for sid in alone)
    sessions = {s["code"]: s for s in doc["sessions"]}
    assert (sessions[biggest]["responses"], sessions[biggest]["campaign"]) == (
        sizes[biggest],
        biggest,
    )
    assert all(sessions[stmts[sid]["session"]]["responses"] == 1 for sid in alone)
    # and they are read back
    text = (out / "messages.json").read_text(encoding="utf-8")
    assert render_json(draft_from_json(text, "messages.json")) == text


def test_a_file_without_the_mapped_columns_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.csv"
    export.write_text("ID,Answer\nA1,Something\n", encoding="utf-8")
    args = ["draft", str(export), "-e", "igf2025", "-o", str(tmp_path / "out")]
    assert main([*args, "--columns", "id=ID,text=Q1"]) != 0
    captured = capsys.readouterr()
    shown = (captured.out + captured.err).replace("\n", "")
    assert "export.csv:1: Q1: no column 'Q1'" in shown
    assert "no statements" in shown and "Traceback" not in shown


def test_an_addition_to_a_campaign_is_never_set_aside_as_a_description(tmp_path: Path) -> None:
    campaign = (
        "Platforms should publish their content moderation rules in every language they "
        "serve and let independent researchers audit how those rules are applied."
    )
    description = (
        "The session was jointly organised by two civil society groups and focused on "
        "content moderation."
    )
    rows = [["ResponseID", "RespondentType", "Organisation", "Region", "Q1", "Q2"]]
    rows += [[f"R{i}", "Individual", "", "Europe", campaign, ""] for i in range(1, 6)]
    rows.append(["R6", "Individual", "", "Europe", f"{campaign} {description}", ""])
    rows.append(["R7", "Academia", "", "Africa", description, ""])
    export = tmp_path / "export.csv"
    with export.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "out"
    args = ["draft", str(export), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    assert main([*args, "--format", "json", "--columns", COLUMNS]) == 0
    doc = json.loads((out / "messages.json").read_text(encoding="utf-8"))
    set_aside = {x["statement"]: x["reason"] for x in doc["not_reflected"]}
    statements = {s["id"]: s for s in doc["statements"]}
    added = [s for s in statements.values() if s.get("addition")]
    alone = [s for s in statements.values() if s["session"] == "R7"]
    assert [s["text"] for s in added] == [description]
    assert [s["text"] for s in alone] == [description]
    # the same sentence is a description when a response says only that, and the
    # respondent's own addition when it is what a campaign copy adds
    assert set_aside[alone[0]["id"]] == "descriptive"
    assert set_aside.get(added[0]["id"]) != "descriptive"


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("1", "--answer-points: 1 cannot be used"),
        ("two", "--answer-points: 'two' is not a whole number"),
        ("-3", "--answer-points: -3 cannot be used"),
    ],
)
def test_answer_points_that_cannot_be_used_are_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], given: str, said: str
) -> None:
    export = write_csv(tmp_path / "export.csv", generate(10, 0.5, 2, seed=3))
    out = tmp_path / "out"
    args = ["draft", str(export), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    assert main([*args, "--columns", COLUMNS, "--answer-points", given]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert not out.exists()


def test_the_edition_answer_points_is_checked(tmp_path: Path) -> None:
    from forum_messages.errors import InputError
    from forum_messages.ingest.campaigns import load_consultation

    export = write_csv(tmp_path / "export.csv", generate(10, 0.5, 2, seed=3))
    with pytest.raises(InputError, match="answer_points: 1 cannot be used"):
        load_consultation([export], COLUMNS, {"answer_points": 1})
    with pytest.raises(InputError, match="answer_points: give a whole number"):
        load_consultation([export], COLUMNS, {"answer_points": True})
    # the command line's value wins over the edition's; answers are cut unless told not to
    whole = load_consultation([export], COLUMNS, {"answer_points": 2}, least=0)
    assert len(whole.corpus.statements) == len(
        load_consultation([export], COLUMNS, {"answer_points": 0}).corpus.statements
    )
    cut = load_consultation([export], COLUMNS, {})
    assert len(cut.corpus.statements) == len(
        load_consultation([export], COLUMNS, {"answer_points": 0}, least=2).corpus.statements
    )
    assert len(cut.corpus.statements) > len(whole.corpus.statements)


def test_a_lone_surrogate_in_a_json_lines_export_is_dropped_as_read(tmp_path: Path) -> None:
    """A JSON Lines export whose id, column name or organisation holds a ``\\ud800`` escape
    without its pair: the draft stopped with ``internal error: UnicodeEncodeError`` as it
    wrote ``responses.jsonl``. The lone surrogate is dropped as the line is read, as the
    answers' controls are."""
    lines = [
        {
            "id": "R\ud800-1",
            "Q1": "Les réseaux communautaires ont besoin de spectre abordable.",
            "Org\udc00": "Сеть\ud800 села",
        },
    ] + [
        {
            "id": f"R-{i}",
            "Q1": f"回答 {i}：农村社区网络需要负担得起的频谱和回程线路。",
            "Org": "Red",
        }
        for i in range(2, 9)
    ]
    export = tmp_path / "export.jsonl"
    export.write_text(
        "".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8"
    )  # json.dumps writes the lone surrogates as \ud800 escapes
    assert "\\ud800" in export.read_text(encoding="utf-8")
    out = tmp_path / "out"
    args = ["draft", str(export), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    assert main([*args, "--format", "md", "--columns", "id=id,text=Q1,organisation=Org"]) == 0
    responses = [json.loads(x) for x in (out / "responses.jsonl").read_text("utf-8").splitlines()]
    assert sorted({r["id"] for r in responses}) == ["R-1", *(f"R-{i}" for i in range(2, 9))]
