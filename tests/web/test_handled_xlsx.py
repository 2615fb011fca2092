"""The XLSX writer of the public comments table: a file spreadsheet programs open, with the
rows, the header's style, the frozen first row and text cells only."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from forum_messages.web.services import handledxlsx


def test_column_letters() -> None:
    assert [handledxlsx.column(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def test_the_file_opens_with_its_rows_as_text(tmp_path: Path) -> None:
    header = [f"column {i}" for i in range(30)]  # past Z
    rows = [
        [f"r{r}c{c}" for c in range(30)]
        for r in range(600)  # more than one write of rows (500)
    ]
    rows[3][2] = "=SUM(A1:A2)"  # text, never a formula
    rows[4][5] = "a < b & c > d \"quoted\" 'single'"
    rows[5][7] = "line one\nline two\ttab"
    rows[6][0] = "bell\x07 and form feed\x0c gone"
    rows[7][1] = "  spaces kept  "
    rows[8][9] = "中文 العربية русский"
    rows[9][3] = ""
    path = tmp_path / "t.xlsx"
    assert handledxlsx.write(path, "comments", header, rows, [10.0] * 30) == 600
    wb = load_workbook(path)
    ws = wb["comments"]
    assert ws.freeze_panes == "A2" and ws["A1"].font.b and not ws["A2"].font.b
    assert ws["B2"].alignment.wrap_text and ws.column_dimensions["C"].width == 10
    got = [[c.value for c in row] for row in ws.iter_rows()]
    assert got[0] == header
    rows[6][0] = "bell and form feed gone"
    assert got[1:] == rows
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if c.value)


def test_an_empty_table_is_a_header(tmp_path: Path) -> None:
    path = tmp_path / "e.xlsx"
    assert handledxlsx.write(path, "comments", ["a", "b"], [], [5, 5]) == 0
    ws = load_workbook(path).active
    assert ws is not None
    assert [[c.value for c in row] for row in ws.iter_rows()] == [["a", "b"]]
