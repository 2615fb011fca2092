"""Consultation exports (CSV, TSV, JSON Lines, XLSX): any input gives responses and rejects
that name the file, never an exception; a well-formed export loses no row, whatever its
answers hold; and the whole read (campaigns included) gives a consultation or our own error
naming the file."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.ingest.campaigns import Consultation, load_consultation
from forum_messages.ingest.consultation import Reject, Response, parse_columns, read_responses

from .support import bounded, edits, hostile_text, json_values, mutate

openpyxl = pytest.importorskip("openpyxl")

SPEC = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"
COLUMNS = parse_columns(SPEC)
EXTENSIONS = [".csv", ".tsv", ".jsonl", ".ndjson", ".xlsx"]
HEADER = ["ResponseID", "RespondentType", "Organisation", "Region", "Q1", "Q2"]
ROWS = list(generate(12, 0.5, 2, seed=3))  # six languages, two campaigns


def _csv_bytes(delimiter: str = ",") -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HEADER, delimiter=delimiter)
    writer.writeheader()
    writer.writerows(ROWS)
    return out.getvalue().encode()


def _xlsx_bytes(header: list[str], rows: list[list[Any]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


VALID = {
    ".csv": _csv_bytes(),
    ".tsv": _csv_bytes("\t"),
    ".jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS).encode(),
    ".xlsx": _xlsx_bytes(HEADER, [[r[h] for h in HEADER] for r in ROWS]),
}


def read(path: Path) -> list[Response | Reject]:
    """Every row of ``path``; each names the file and a row (0: the whole file)."""
    got = bounded(lambda: list(read_responses(path, COLUMNS)), str(path))
    assert isinstance(got, list), got  # read_responses never raises for bad input
    for row in got:
        assert isinstance(row, Response | Reject), row
        assert row.file == str(path) and row.row >= 0, row
        if isinstance(row, Reject):
            assert row.reason, row
    return got


@given(ext=st.sampled_from(EXTENSIONS), raw=st.binary(max_size=2000))
@example(ext=".csv", raw=b'ResponseID,Q1\nR1,"open\n')
@example(ext=".csv", raw=b'ResponseID,Q1,Q2,RespondentType,Organisation,Region\n"R1')
@example(ext=".xlsx", raw=b"PK\x03\x04")
@example(ext=".csv", raw=b"\n")  # an empty header: was an IndexError (the id's shape)
def test_random_bytes(tmp_path: Path, ext: str, raw: bytes) -> None:
    path = tmp_path / f"export{ext}"
    path.write_bytes(raw)
    read(path)


@given(ext=st.sampled_from(sorted(VALID)), changes=edits)
@example(ext=".csv", changes=[(200, 0, b'"')])  # a quote opened in a row, never closed
def test_mutated_valid_exports(tmp_path: Path, ext: str, changes: list[Any]) -> None:
    path = tmp_path / f"export{ext}"
    path.write_bytes(mutate(VALID[ext], changes))
    read(path)


@given(data=st.data(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_a_quote_left_open_costs_its_row_only(data: st.DataObject, delimiter: str) -> None:
    """A quote opened at the start of any cell of any row and never closed: that row is one
    reject naming its line and column; every other row is read."""
    text = _csv_bytes(delimiter).decode()
    lines = text.split("\r\n")
    k = data.draw(st.integers(1, len(ROWS)), label="row")
    starts = [0] + [i + 1 for i, ch in enumerate(lines[k]) if ch == delimiter]
    j = data.draw(st.sampled_from(starts), label="cell")
    if lines[k][j : j + 1] == '"':  # a quoted cell: the quote is already there
        return
    lines[k] = lines[k][:j] + '"' + lines[k][j:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("export.tsv" if delimiter == "\t" else "export.csv")
        path.write_text("\r\n".join(lines), encoding="utf-8")
        got = read(path)
    (reject,) = [r for r in got if isinstance(r, Reject)]
    assert reject.row == k + 1 and reject.field == HEADER[starts.index(j)], reject
    assert "is not closed" in reject.reason, reject
    ids = [r["ResponseID"] for n, r in enumerate(ROWS, start=1) if n != k]
    assert [r.id for r in got if isinstance(r, Response)] == ids


cells = hostile_text.map(lambda t: t.replace("\x00", ""))  # a NUL sets the whole file aside


@given(
    answers=st.lists(st.tuples(cells, cells, cells), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
@example(answers=[('a,"b\n"R-2",x,y', "", "")], delimiter=",")
@example(answers=[("First, second,\nthird, and\nfourth", "x\ny", "G")], delimiter=",")
@example(answers=[("\r:;:", "", "")], delimiter=";")  # a line of the first row taken for a row
def test_a_well_formed_export_loses_no_row(
    tmp_path: Path, answers: list[tuple[str, str, str]], delimiter: str
) -> None:
    """Whatever the answers hold (quotes, delimiters, line breaks, controls), every row of
    an export a spreadsheet program wrote is one response, in order, with its id."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(["ResponseID", "Q1", "Q2", "RespondentType", "Organisation", "Region"])
    for n, (q1, q2, group) in enumerate(answers, start=1):
        writer.writerow([f"R-{n}", q1, q2, group, "", ""])
    path = tmp_path / ("export.tsv" if delimiter == "\t" else "export.csv")
    path.write_text(out.getvalue(), encoding="utf-8")
    got = read(path)
    assert [r.id for r in got] == [f"R-{n}" for n in range(1, len(answers) + 1)], got
    assert all(isinstance(r, Response) for r in got), got


@given(
    records=st.lists(
        st.dictionaries(st.sampled_from(HEADER) | hostile_text, json_values, max_size=6), max_size=6
    )
)
@example(records=[{"ResponseID": [1]}, {"ResponseID": {"a": None}}])
def test_hostile_json_lines(tmp_path: Path, records: list[dict[str, Any]]) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    read(path)


def _xml_safe(text: str) -> str:
    return "".join(ch for ch in text if ch in "\t\n\r" or ch >= " ")


@given(
    header=st.lists(st.sampled_from(HEADER) | hostile_text.map(_xml_safe), max_size=8),
    rows=st.lists(
        st.lists(
            hostile_text.map(_xml_safe)
            | st.integers(-(2**60), 2**60)
            | st.floats(allow_nan=False, allow_infinity=False)
            | st.none()
            | st.booleans(),
            max_size=8,
        ),
        max_size=5,
    ),
)
def test_hostile_workbooks(tmp_path: Path, header: list[str], rows: list[list[Any]]) -> None:
    path = tmp_path / "export.xlsx"
    path.write_bytes(_xlsx_bytes(header, rows))
    read(path)


@given(
    ext=st.sampled_from(sorted(VALID)),
    changes=edits,
    spec=st.sampled_from([SPEC, "id=ResponseID,text=Q1", "id=Region,text=Q2,theme=Q1"]),
)
def test_the_whole_read_with_campaigns(
    tmp_path: Path, ext: str, changes: list[Any], spec: str
) -> None:
    """What ``draft --columns`` and ``import-comments`` read: a consultation, or our error
    naming the file; every row of it counted once, as a response or a reject."""
    path = tmp_path / f"export{ext}"
    path.write_bytes(mutate(VALID[ext], changes))
    result = bounded(lambda: load_consultation([path], spec, {}), str(path))
    assert isinstance(result, Consultation | Exception)


def test_the_sample_exports_read_whole(tmp_path: Path) -> None:
    """The seeds above are themselves read without a reject."""
    for ext, raw in VALID.items():
        path = tmp_path / f"export{ext}"
        path.write_bytes(raw)
        got = read(path)
        assert [r.id for r in got] == [r["ResponseID"] for r in ROWS], ext
    path = write_csv(tmp_path / "written.csv", iter(ROWS))
    assert all(isinstance(r, Response) for r in read(path))
