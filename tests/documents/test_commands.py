"""The import-messages and compare commands through the CLI's registration door."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forum_messages import cli

from .conftest import EVALUATION, Writer


@pytest.fixture(autouse=True)
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    modules = tuple(cli.COMMAND_MODULES)
    if "forum_messages.documents.commands" not in modules:
        modules += ("forum_messages.documents.commands",)
    monkeypatch.setattr(cli, "COMMAND_MODULES", modules)


def test_import_messages_prints_summary_and_writes_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / "doc.json"
    code = cli.main(["import-messages", str(EVALUATION / "eval-en.txt"), "-o", str(out)])
    assert code == 0
    printed = capsys.readouterr().out
    assert "4 themes, 16 sub-topics, 64 bullets" in printed
    assert "page_break_join" in printed and "table_of_contents" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["counts"]["bullets"] == 64
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".")]


def test_import_messages_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import-messages", str(tmp_path / "missing.md")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_import_messages_without_bullets_warns(
    write: Writer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write("empty.md", "# Title\n")
    assert cli.main(["import-messages", str(path)]) == 1
    assert f"{path}: no bullets found" in " ".join(capsys.readouterr().err.split())


def test_compare_writes_json_and_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = EVALUATION / "eval-en.md"
    b = EVALUATION / "eval-en.txt"
    js, page = tmp_path / "c.json", tmp_path / "c.html"
    code = cli.main(
        ["compare", str(a), str(b), "--embedder", "hash", "--json", str(js), "--html", str(page)]
    )
    assert code == 0
    assert "64 matched, 0 missing in B, 0 missing in A, 0 moved" in capsys.readouterr().out
    assert json.loads(js.read_text(encoding="utf-8"))["counts"]["matched"] == 64
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_compare_reads_our_messages_json(write: Writer, capsys: pytest.CaptureFixture[str]) -> None:
    from forum_messages.export.jsondoc import render_json
    from forum_messages.export.markdown import render_markdown

    from .conftest import make_draft

    draft = make_draft()
    a = write("messages.json", render_json(draft))
    b = write("messages.md", render_markdown(draft))
    assert cli.main(["compare", str(a), str(b), "--embedder", "hash", "--brief"]) == 0
    printed = capsys.readouterr().out
    assert "4 matched, 0 missing in B, 0 missing in A" in printed
    assert "Matched bullets" not in printed
