"""A consultation export in XLSX that is a zip bomb: a few hundred kilobytes whose shared
strings unpack to hundreds of megabytes, all held in memory while the sheet is read. It is
set aside from the zip's directory, before the workbook is opened."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from forum_messages import limits
from forum_messages.ingest.consultation import ColumnMap, Reject, Response, read_responses

COLUMNS = ColumnMap("id", ("q",), {})
RELS = (
    b'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="http://schemas.openxmlformats'
    b'.org/officeDocument/2006/relationships/sharedStrings"/></Relationships>'
)
TYPES = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats'
    b'-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)


def workbook(path: Path, strings: int) -> Path:
    """A workbook of two rows, and ``strings`` shared strings of 100 characters besides."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["id", "q"])
    sheet.append(["R-1", "Affordable access needs community networks."])
    plain = path.with_suffix(".plain.xlsx")
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            data = src.read(name)
            if strings and name == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", RELS)
            if strings and name == "[Content_Types].xml":
                data = data.replace(b"</Types>", TYPES)
            out.writestr(name, data)
        if strings:
            with out.open("xl/sharedStrings.xml", "w") as fh:
                fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                item = b"<si><t>" + b"x" * 100 + b"</t></si>"
                for _ in range(strings):
                    fh.write(item)
                fh.write(b"</sst>")
    return path


def test_a_workbook_bomb_is_set_aside_before_it_is_opened(tmp_path: Path) -> None:
    bomb = workbook(tmp_path / "bomb.xlsx", 500_000)  # 54 MB of strings in 0.1 MB
    assert bomb.stat().st_size < 1_000_000
    (reject,) = list(read_responses(bomb, COLUMNS))
    assert isinstance(reject, Reject) and reject.file == str(bomb) and reject.row == 0
    assert "part 'xl/sharedStrings.xml' is compressed" in reject.reason
    assert "the mark of a zip bomb" in reject.reason and "refused as unsafe" in reject.reason


def test_shared_strings_over_their_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = workbook(tmp_path / "big.xlsx", 1_000)
    monkeypatch.setattr(limits, "MAX_XLSX_STRINGS_BYTES", 50_000)
    (reject,) = list(read_responses(book, COLUMNS))
    assert isinstance(reject, Reject)
    assert "part 'xl/sharedStrings.xml' unpacks to 116," in reject.reason
    assert "over 50,000" in reject.reason


def test_an_ordinary_workbook_is_read(tmp_path: Path) -> None:
    (row,) = list(read_responses(workbook(tmp_path / "ok.xlsx", 0), COLUMNS))
    assert isinstance(row, Response) and row.id == "R-1"


def test_a_cell_far_to_the_right_does_not_make_every_row_that_wide(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One stray cell in column XFD made the reader pad every row to 16,384 cells (a 35 KB
    workbook of 3,000 rows took 7 s of CPU); the columns past the header's last are not
    read."""
    import openpyxl

    from forum_messages.ingest import consultation

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["id", "q"])
    for i in range(1, 201):
        sheet.append([f"R-{i}", f"Answer {i} on rural connectivity."])
    sheet["XFD5"] = "stray"
    path = tmp_path / "wide.xlsx"
    book.save(path)
    seen = []
    real = consultation._cell
    monkeypatch.setattr(consultation, "_cell", lambda v: seen.append(v) or real(v))
    out = list(read_responses(path, COLUMNS))
    assert [r.id for r in out if isinstance(r, Response)] == [f"R-{i}" for i in range(1, 201)]
    assert out[-1].answers == (("q", "Answer 200 on rural connectivity."),)
    assert len(seen) < 16_384 + 201 * 2
