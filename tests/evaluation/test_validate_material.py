"""``forum-messages validate`` on evaluation files: read with the loader ``evaluate`` uses
(``load_material``), what the answers hold said, and a broken copy's problems named by file,
line and field (a missing text, an answer of the wrong type, bytes that are not UTF-8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum_messages.cli import main
from forum_messages.evaluation.material import load_material
from forum_messages.ingest import validate_reports

DEV_ES = Path(__file__).parents[2] / "src/forum_messages/editions/evaluation/reports/dev-es.yaml"


def _lines() -> list[str]:
    return DEV_ES.read_text(encoding="utf-8").splitlines(keepends=True)


def _at(lines: list[str], start: str) -> int:
    """The index of the first line that opens (after its indent) with ``start``."""
    return next(i for i, line in enumerate(lines) if line.lstrip().startswith(start))


def test_validate_reads_an_evaluation_file_as_evaluate_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    material = load_material(DEV_ES)
    report = validate_reports([DEV_ES], material=True)
    assert report.ok, [str(p) for p in report.problems]
    assert len(report.corpus.statements) == len(material.corpus.statements) > 50
    assert [s.code for s in report.corpus.sessions] == [s.code for s in material.corpus.sessions]
    assert report.materials == ((str(DEV_ES), material.summary()),)
    held = material.summary()
    assert held["answered_statements"] == len(material.corpus.statements)
    assert 0 < held["descriptive"] < held["answered_statements"]
    assert held["points"] == len(material.points) and held["subtopics"] > 0

    assert main(["validate", str(DEV_ES)]) == 0
    out, err = capsys.readouterr()
    assert "evaluation answers in" in out and "answered statements" in out
    assert "no problems found" in out
    assert "must be text" not in err and "not used; ignored" not in err


def test_import_still_reads_an_evaluation_file_as_reports_only() -> None:
    """Without ``material`` (``draft``, ``import``), the file is a report file like any other:
    its statements given as mappings are no report's text."""
    report = validate_reports([DEV_ES])
    assert not report.ok and not report.materials
    assert any("must be text" in p.message for p in report.problems)


def test_a_statement_without_its_text_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _lines()
    at = _at(lines, "- text:")
    lines[at] = lines[at].replace("- text:", "- txt:", 1)
    broken = tmp_path / "missing.yaml"
    broken.write_text("".join(lines), encoding="utf-8")
    report = validate_reports([broken], material=True)
    assert [(p.file, p.line, p.field) for p in report.problems] == [
        (str(broken), at + 1, "key_takeaways.0.text")
    ]
    assert main(["validate", str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken}:{at + 1}: field 'key_takeaways.0.text'" in err
    assert "Traceback" not in err


def test_answers_of_the_wrong_type_are_named(tmp_path: Path) -> None:
    lines = _lines()
    flag = _at(lines, "descriptive: true")
    lines[flag] = lines[flag].replace("descriptive: true", 'descriptive: "often"')
    point = _at(lines, "point: calidad-conexion")
    lines[point] = lines[point].replace("point: calidad-conexion", "point: [1, 2]")
    broken = tmp_path / "typed.yaml"
    broken.write_text("".join(lines), encoding="utf-8")
    report = validate_reports([broken], material=True)
    found = {(p.line, p.field): p.message for p in report.problems}
    assert found == {
        (flag, "key_takeaways.0.descriptive"): "must be true or false, not 'often'",
        (point, "key_takeaways.1.point"): "must be text, not a list",
    }


def test_bytes_that_are_not_utf8_are_named_by_line(tmp_path: Path) -> None:
    raw = DEV_ES.read_bytes()
    at = raw.index(b"reguladores")
    broken = tmp_path / "latin.yaml"
    broken.write_bytes(raw[:at] + b"\xe9" + raw[at:])
    report = validate_reports([broken], material=True)
    assert len(report.problems) == 1
    problem = report.problems[0]
    assert (problem.file, problem.line) == (str(broken), raw[:at].count(b"\n") + 1)
    assert "UTF-8" in problem.message
