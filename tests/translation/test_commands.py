"""check-translation through the CLI's registration door: exit codes and JSON output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forum_messages import cli

from .test_checks import EVALUATION, ZH, ZH_BULLETS


def test_clean_document_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-translation", str(EVALUATION / "eval-zh.md")]) == 0
    assert "0 findings" in capsys.readouterr().out


def test_findings_exit_1_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "zh.md"
    target.write_text(ZH.format(**{**ZH_BULLETS, "b2": "各方应加强合作合作。"}), encoding="utf-8")
    out = tmp_path / "out" / "findings.json"
    assert cli.main(["check-translation", str(target), "--json", str(out)]) == 1
    printed = capsys.readouterr().out
    assert "repeated_word" in printed and "1 finding " in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["count"] == 1
    assert data["findings"] == [
        {
            "kind": "repeated_word",
            "location": "line 12",
            "evidence": "'合作合作' in: 2. 各方应加强合作合作。",
            "suggestion": "write '合作' once",
        }
    ]


def test_source_and_glossary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text(
        "pairs:\n  en-zh:\n    - term: submarine cables\n      translation: 海底光缆\n"
        "      forbidden: [海底电缆]\n      note: project style\n",
        encoding="utf-8",
    )
    out = tmp_path / "f.json"
    code = cli.main(
        [
            "check-translation",
            str(EVALUATION / "eval-zh.md"),
            "--source",
            str(EVALUATION / "eval-en.md"),
            "--glossary",
            str(glossary),
            "--json",
            str(out),
        ]
    )
    assert code == 1
    found = {(f["kind"], f["location"]) for f in json.loads(out.read_text("utf-8"))["findings"]}
    assert ("glossary", "1.2.1") in found and ("dropped", "3.3.4") in found


def test_bad_glossary_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    glossary = tmp_path / "g.yaml"
    glossary.write_text("terms: []\n", encoding="utf-8")
    code = cli.main(
        ["check-translation", str(EVALUATION / "eval-zh.md"), "--glossary", str(glossary)]
    )
    assert code != 0
    assert "pairs" in capsys.readouterr().err


@pytest.mark.slow
def test_align_by_meaning_from_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    zh, en = str(EVALUATION / "eval-zh.md"), str(EVALUATION / "eval-en.md")
    assert cli.main(["check-translation", zh, "--source", en, "--align", "meaning"]) == 1
    out = capsys.readouterr().out
    assert out.count(" moved: ") == 2 and "4 findings" in out
    assert cli.main(["check-translation", zh, "--align", "meaning"]) == 1
    assert "--align meaning needs --source" in capsys.readouterr().err
