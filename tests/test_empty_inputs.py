"""Report files that hold no reports warn (validate, draft); a draft of nothing is an error."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.cli import main
from forum_messages.ingest import validate_reports

REPORT = '{"session": "WS 1", "title": "T", "key_takeaways": ["One takeaway."]}\n'


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("empty.jsonl", "", "the file is empty"),
        ("blank.jsonl", "\n  \n\n", "the file is empty"),
        ("list.json", "[]", "the file holds no reports"),
        ("lists.json", '{"sessions": [], "nri_reports": []}', "the file holds no reports"),
        ("empty.yaml", "# nothing yet\n", "the file is empty"),
        ("empty.csv", "", "the file is empty"),
        ("header.csv", "session,title,key_takeaways\n", "the file holds no reports"),
    ],
)
def test_a_file_without_reports_warns_naming_it(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    other = tmp_path / "good.jsonl"
    other.write_text(REPORT, encoding="utf-8")
    report = validate_reports([path, other])
    assert report.ok
    assert [(w.file, w.message[: len(message)]) for w in report.warnings] == [(str(path), message)]
    assert report.counts()["sessions"] == 1


def test_validate_prints_the_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("", encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    err = capsys.readouterr().err
    assert "warning" in err and "empty.jsonl" in err


def test_a_draft_of_no_statements_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["draft", str(path), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "empty.jsonl: the file is empty" in err
    assert "no statements in" in err and "nothing to draft" in err
    assert not out.exists()
