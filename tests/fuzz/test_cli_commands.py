"""The commands a user runs on a damaged file: exit 0, or exit 1 with ``error: ...`` naming
the file and nothing written; never an internal error (exit 3) or a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from export.conftest import make_draft
from forum_messages.cli import main
from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.export import render

from .support import EQUIVALENT, edits, mutate

EVALUATION = Path(__file__).resolve().parents[2] / "src/forum_messages/editions/evaluation"
REPORTS = sorted(p for p in EQUIVALENT.rglob("*") if p.is_file())
DOCUMENTS = [EVALUATION / "eval-en.md", EVALUATION / "eval-zh.md"]
MESSAGES_JSON = str(render(make_draft(), "json")).encode()


def run(capsys: pytest.CaptureFixture[str], args: list[str], name: str) -> int:
    code = main(args)
    out, err = capsys.readouterr()
    assert code in (0, 1), (code, err)
    assert "Traceback" not in out + err and "internal error" not in err, err
    if code == 1:  # an error, or import-messages' warning of a document without bullets
        assert ("error" in err or "warning" in err) and name in " ".join(err.split()), err
    return code


@given(source=st.sampled_from(REPORTS), changes=edits)
def test_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, changes: list[Any]
) -> None:
    path = tmp_path / source.name
    path.write_bytes(mutate(source.read_bytes(), changes))
    run(capsys, ["validate", str(path)], path.name)


@given(source=st.sampled_from(DOCUMENTS), changes=edits)
@example(source=DOCUMENTS[0], changes=[(0, 0, b"\xfe\xff")])  # read as UTF-16: no bullets
def test_import_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, changes: list[Any]
) -> None:
    path = tmp_path / source.name
    path.write_bytes(mutate(source.read_bytes()[:6000], changes))
    out = tmp_path / "doc.json"
    out.unlink(missing_ok=True)
    code = run(capsys, ["import-messages", str(path), "-o", str(out)], path.name)
    assert out.exists() or code == 1


@given(changes=edits, fmt=st.sampled_from(["xliff", "po"]))
def test_export_and_publish_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: list[Any], fmt: str
) -> None:
    draft = tmp_path / "messages.json"
    draft.write_bytes(MESSAGES_JSON)
    ext = "xlf" if fmt == "xliff" else "po"
    exchange = tmp_path / f"fr.{ext}"
    if not exchange.exists():
        args = ["export-translation", str(draft), "--to", "fr", "--format", fmt]
        assert run(capsys, [*args, "-o", str(exchange)], draft.name) == 0
    damaged = tmp_path / f"damaged.{ext}"
    damaged.write_bytes(mutate(exchange.read_bytes(), changes))
    out = tmp_path / "published"
    shutil.rmtree(out, ignore_errors=True)  # tmp_path is shared by the examples
    args = ["publish-translation", str(draft), str(damaged), "--require", "any"]
    if run(capsys, [*args, "-o", str(out)], damaged.name) == 1:
        assert not out.exists()
    cut = tmp_path / "cut.json"  # and a damaged draft exported
    cut.write_bytes(mutate(MESSAGES_JSON, changes))
    target = tmp_path / f"out.{ext}"
    target.unlink(missing_ok=True)
    args = ["export-translation", str(cut), "--to", "fr", "--format", fmt, "-o", str(target)]
    if run(capsys, args, cut.name) == 1:
        assert not target.exists()


@settings(max_examples=8)  # a whole draft each (small, with the hash embedder)
@given(changes=edits)
def test_draft_of_a_damaged_consultation_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], changes: list[Any]
) -> None:
    source = tmp_path / "source.csv"
    if not source.exists():
        write_csv(source, generate(20, 0.5, 2, seed=4))
    path = tmp_path / "export.csv"
    path.write_bytes(mutate(source.read_bytes(), changes))
    out = tmp_path / "out"
    shutil.rmtree(out, ignore_errors=True)  # tmp_path is shared by the examples
    args = ["draft", str(path), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    spec = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation"
    if run(capsys, [*args, "--columns", spec, "--format", "json"], path.name) == 1:
        assert not (out / "messages.json").exists()
