"""Report files in every format: any input gives a validation report, never an exception.

``validate_reports`` never raises for bad input: every problem is a :class:`Problem` naming
the file (and its line when there is one).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from forum_messages.edition import load_edition
from forum_messages.ingest import validate_reports
from forum_messages.ingest.fields import KNOWN_FIELDS
from forum_messages.ingest.loader import ValidationReport
from forum_messages.limits import MAX_JSON_DEPTH

from .support import EQUIVALENT, bounded, deep, dump, edits, hostile_text, json_values, mutate

EXTENSIONS = [".jsonl", ".ndjson", ".json", ".yaml", ".yml", ".csv", ".tsv", ".md", ".markdown"]
VALID = sorted(p for p in EQUIVALENT.rglob("*") if p.is_file())
EDITION = load_edition("igf2025")


def check(path: Path) -> ValidationReport:
    report = bounded(lambda: validate_reports([path], EDITION), str(path))
    assert isinstance(report, ValidationReport), report  # it never raises for bad input
    for problem in (*report.problems, *report.warnings):
        assert problem.file == str(path), problem
        assert problem.line >= 0 and problem.message, problem
    return report


@given(ext=st.sampled_from(EXTENSIONS), raw=st.binary(max_size=2000))
@example(ext=".jsonl", raw=b"\xff\xfe")
@example(ext=".yaml", raw=b"&a [*a]")
@example(ext=".csv", raw=b'"\x00')
def test_random_bytes(tmp_path: Path, ext: str, raw: bytes) -> None:
    path = tmp_path / f"reports{ext}"
    path.write_bytes(raw)
    check(path)


@given(
    ext=st.sampled_from(EXTENSIONS),
    text=hostile_text,
    encoding=st.sampled_from(
        ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252", "gb18030"]
    ),
)
def test_hostile_text_in_every_encoding(tmp_path: Path, ext: str, text: str, encoding: str) -> None:
    path = tmp_path / f"reports{ext}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    check(path)


@given(source=st.sampled_from(VALID), changes=edits)
def test_mutated_valid_files(tmp_path: Path, source: Path, changes: list[Any]) -> None:
    path = tmp_path / source.name
    path.write_bytes(mutate(source.read_bytes(), changes))
    check(path)


record_fields = st.sampled_from([*KNOWN_FIELDS, "organizers", "nri_kind", "summary", ""])
records = st.dictionaries(record_fields, json_values, max_size=8) | st.fixed_dictionaries(
    {"session": json_values, "key_takeaways": json_values}, optional={"organisers": json_values}
)


@given(value=st.lists(records, max_size=4) | json_values, form=st.sampled_from(["json", "jsonl"]))
@example(value=deep(MAX_JSON_DEPTH + 1), form="json")
@example(value=[{"session": deep(MAX_JSON_DEPTH - 1)}], form="jsonl")
def test_hostile_json_structures(tmp_path: Path, value: Any, form: str) -> None:
    path = tmp_path / f"r.{form}"
    if form == "jsonl" and isinstance(value, list):
        path.write_text("\n".join(dump(v) for v in value), encoding="utf-8")
    else:
        path.write_text(dump(value), encoding="utf-8")
    check(path)


@given(value=st.lists(records, max_size=2) | json_values)  # YAML is parsed in Python: slow
@example(value={"sessions": [{"session": "a", "key_takeaways": [[[[["x"]]]]]}]})
def test_hostile_yaml_structures(tmp_path: Path, value: Any) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")
    check(path)


@given(
    header=st.lists(record_fields | hostile_text, min_size=1, max_size=8),
    rows=st.lists(st.lists(hostile_text, max_size=8), max_size=5),
    ext=st.sampled_from([".csv", ".tsv"]),
)
def test_hostile_csv_cells(
    tmp_path: Path, header: list[str], rows: list[list[str]], ext: str
) -> None:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t" if ext == ".tsv" else ",")
    for row in [header, *rows]:
        writer.writerow(row)
    path = tmp_path / f"r{ext}"
    path.write_text(out.getvalue(), encoding="utf-8", errors="surrogatepass")
    check(path)


@given(front=json_values, body=hostile_text, sections=st.lists(hostile_text, max_size=4))
def test_hostile_markdown_reports(
    tmp_path: Path, front: Any, body: str, sections: list[str]
) -> None:
    text = "---\n" + yaml.safe_dump(front, allow_unicode=True) + "---\n" + body + "\n"
    for heading in sections:
        text += f"\n## {heading or 'Key Takeaways'}\n\n- {body}\n"
    path = tmp_path / "r.md"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    check(path)


def test_many_records_within_the_limits(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    line = dump({"session": "WS", "key_takeaways": [f"Takeaway {n}." for n in range(50)]})
    path.write_text("\n".join(line.replace('"WS"', f'"WS {n}"') for n in range(200)), "utf-8")
    report = check(path)
    assert report.ok and report.counts()["statements"] == 10_000
