"""The structure-recovery benchmark on our own evaluation documents, with the real embedder."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.cli import main
from forum_messages.documents.importer import import_messages
from forum_messages.evaluation.benchmark import LINKAGE, NEAREST, RANDOM, evaluate

pytestmark = pytest.mark.slow
EVAL = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))


@pytest.mark.parametrize("name", ["eval-en.md", "eval-zh.md"])
def test_scores_beat_the_baselines(name: str, use_embedder) -> None:  # type: ignore[no-untyped-def]
    ev = evaluate(import_messages(EVAL / name), use_embedder)
    assert ev.counts["bullets"] >= 60 and ev.counts["themes"] == 4
    themes = ev.row("themes", "accuracy")
    assert themes.ours > themes.baselines[RANDOM] + 0.3
    assert themes.ours >= themes.baselines[NEAREST] - 0.02
    topics = ev.row("sub-topics", "ari")
    assert topics.ours > topics.baselines[RANDOM] + 0.15
    regroup = ev.row("regrouping", "ari")
    assert regroup.ours > regroup.baselines[LINKAGE] + 0.15
    for fw in ("gdc", "wsis", "sdg"):
        assert (
            ev.row("frameworks", f"{fw} recall").ours
            > ev.row("frameworks", f"{fw} recall").baselines[RANDOM] - 0.1
        )


def test_evaluation_is_repeatable(use_embedder) -> None:  # type: ignore[no-untyped-def]
    doc = import_messages(EVAL / "eval-en.md")
    assert evaluate(doc, use_embedder) == evaluate(doc, use_embedder)


def test_evaluate_command_prints_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "scores.json"
    assert main(["evaluate", str(EVAL / "eval-en.md"), "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "eval-en.md" in printed and f"wrote {out}" in printed.replace("\n", "")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[0]["counts"]["bullets"] == 64
    assert {r["task"] for r in data[0]["rows"]} == {
        "themes",
        "sub-topics",
        "regrouping",
        "frameworks",
    }
