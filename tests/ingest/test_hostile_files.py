"""Hostile and malformed files given to each report reader (JSON Lines, JSON, YAML, CSV,
Markdown) and to the consultation reader: UTF-16 with a byte-order mark, NUL bytes, a line of
megabytes, a YAML bomb, JSON nested deeply, CSV with mixed line endings and a quote left open,
control characters and right-to-left overrides in a statement. Each is read correctly or gives
problems naming the file and the line (and the field where there is one), never an exception;
with a good file beside a bad one, nothing is imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from forum_messages.cli import main
from forum_messages.errors import ValidationError
from forum_messages.ingest import load_reports, validate_reports
from forum_messages.ingest.campaigns import load_consultation

POINT = "Village schools need solar power for their computers."
REPORT = {
    "session": "WS #1",
    "title": "Rural schools",
    "theme": "access",
    "language": "en",
    "key_takeaways": [POINT],
}


def _texts(point: str = POINT) -> dict[str, str]:
    """The report in each format, its one statement ``point`` (JSON-escaped where needed)."""
    quoted = json.dumps(point)
    return {
        ".jsonl": json.dumps({**REPORT, "key_takeaways": [point]}) + "\n",
        ".json": json.dumps([{**REPORT, "key_takeaways": [point]}]),
        ".yaml": (
            '- session: "WS #1"\n  title: Rural schools\n  theme: access\n  language: en\n'
            f"  key_takeaways:\n    - {quoted}\n"
        ),
        ".csv": (
            "session,title,theme,language,key_takeaway_1\n"
            f'WS #1,Rural schools,access,en,"{point}"\n'
        ),
        ".md": (
            '---\nsession: "WS #1"\ntitle: Rural schools\ntheme: access\nlanguage: en\n---\n\n'
            f"## Key Takeaways\n\n- {point}\n"
        ),
    }


FORMATS = list(_texts())


def _problems(path: Path) -> list[tuple[str, int, str, str]]:
    report = validate_reports([path])
    return [(p.file, p.line, p.field, p.message) for p in report.problems]


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_reads_as_utf8_does(
    tmp_path: Path, suffix: str, codec: str
) -> None:
    text = _texts()[suffix]
    plain = tmp_path / f"plain{suffix}"
    plain.write_text(text, encoding="utf-8")
    wide = tmp_path / f"wide{suffix}"
    wide.write_bytes("\ufeff".encode(codec) + text.encode(codec))
    report = validate_reports([wide])
    assert report.ok, [str(p) for p in report.problems]
    assert [s.text for s in report.corpus.statements] == [POINT]
    assert [s.id for s in report.corpus.statements] == [
        s.id for s in validate_reports([plain]).corpus.statements
    ]


@pytest.mark.parametrize("suffix", FORMATS)
def test_nul_bytes_are_named_by_file_and_line(tmp_path: Path, suffix: str) -> None:
    text = _texts()[suffix]
    path = tmp_path / f"nul{suffix}"
    path.write_bytes(text.replace("solar", "so\x00lar").encode())
    line = text[: text.index("solar")].count("\n") + 1
    [(file, at, _field, message)] = _problems(path)
    assert (file, at) == (str(path), line)
    assert "NUL characters" in message


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_line_of_megabytes_is_refused_with_its_line(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two megabytes on one line (the same readers refuse 50 MB the same way, in seconds: the
    limits are a statement's 5,000 characters, a CSV cell's 131,072, a YAML line's 1,000,000)."""
    long = "Solar panels. " * 150_000
    text = _texts(long)[suffix]
    path = tmp_path / f"long{suffix}"
    path.write_text(text, encoding="utf-8")
    line = text[: text.index("Solar panels")].count("\n") + 1
    found = _problems(path)
    assert found and all(f == str(path) for f, _, _, _ in found)
    assert found[0][1] == line
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:{line}" in err and "Traceback" not in err


def test_a_yaml_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    lines = ["- &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    pairs = zip("abcdefgh", "bcdefghi", strict=True)
    lines += [f"- &{c} [{', '.join(['*' + p] * 9)}]" for p, c in pairs]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [(file, line, _field, message)] = _problems(path)
    assert (file, line) == (str(path), 7)
    assert "aliases expand to too many values" in message


@pytest.mark.parametrize(
    ("suffix", "text"),
    [
        (".json", "[" * 100_000 + "]" * 100_000),
        (".jsonl", '{"session": "WS #1", "key_takeaways": ' + "[" * 5_000 + "]" * 5_000 + "}\n"),
        (".json", '{"a":' * 50_000 + "1" + "}" * 50_000),
        (".yaml", "[" * 50_000 + "]" * 50_000),
    ],
)
def test_deeply_nested_input_is_refused(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"deep{suffix}"
    path.write_text(text, encoding="utf-8")
    [(file, line, _field, message)] = _problems(path)
    assert (file, line) == (str(path), 1)
    assert "nested too deeply" in message


def test_deeply_nested_consultation_lines_are_set_aside(tmp_path: Path) -> None:
    """A line of a consultation's JSON Lines export nested past the limit is a reject of its
    own (it was a RecursionError out of the reader); the next line is read."""
    path = tmp_path / "answers.jsonl"
    path.write_text(
        "[" * 200_000
        + "]" * 200_000
        + "\n"
        + json.dumps({"ResponseID": "r2", "Q1": "Schools need power."})
        + "\n",
        encoding="utf-8",
    )
    found = load_consultation([path], "id=ResponseID,text=Q1", {})
    assert [(r.file, r.row, r.reason) for r in found.rejects] == [
        (str(path), 1, "not usable JSON: nested too deeply (more than 100 levels)")
    ]
    assert [s.text for s in found.corpus.statements] == ["Schools need power."]


#: CSV rows ended by "\r\n", "\n" and a lone "\r"; the second's cell (given here) holds a
#: line break, or opens a quote it never closes
MIXED = (
    b"session,title,theme,language,key_takeaway_1\r\n"
    b"WS #1,Rural schools,access,en,Village schools need solar power.\n"
    b"WS #2,Clinics,access,en,%s\r"
    b"WS #3,Roads,access,en,Roads wash out in the rains.\r\n"
)


def test_csv_with_mixed_line_endings_reads_every_row(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(MIXED % b'"Clinics need\r\ngenerators."')
    report = validate_reports([path])
    assert report.ok, [str(p) for p in report.problems]
    assert [s.text for s in report.corpus.statements] == [
        "Village schools need solar power.",
        "Clinics need generators.",
        "Roads wash out in the rains.",
    ]


def test_csv_with_mixed_line_endings_and_a_quote_left_open(tmp_path: Path) -> None:
    path = tmp_path / "open.csv"
    path.write_bytes(MIXED % b'"Clinics need generators.\r\n')
    [(file, line, field, message)] = _problems(path)
    assert (file, line, field) == (str(path), 3, "key_takeaway_1")
    assert "the quote opened on this line is not closed" in message


@pytest.mark.parametrize("suffix", FORMATS)
def test_control_characters_and_direction_overrides_are_taken_out(
    tmp_path: Path, suffix: str
) -> None:
    hostile = (
        "Village \u202eschools\u202c need \u2066solar\u2069 power\x07 for their\x1b computers."
    )
    text = _texts(hostile)[suffix]
    path = tmp_path / f"hostile{suffix}"
    path.write_text(text, encoding="utf-8")
    report = validate_reports([path])
    assert report.ok, [str(p) for p in report.problems]
    [statement] = report.corpus.statements
    assert statement.text == POINT


def test_yaml_refuses_a_control_character_written_as_such(tmp_path: Path) -> None:
    """YAML allows a bell or an escape only as an escape sequence ("\\a", "\\e", read above):
    written as such, the file is no YAML, and the problem says where."""
    path = tmp_path / "bell.yaml"
    text = _texts()[".yaml"].replace("solar", "so\x07lar")
    path.write_text(text, encoding="utf-8")
    [(file, line, _field, message)] = _problems(path)
    assert (file, line) == (str(path), 6)
    assert "special characters are not allowed" in message


def test_a_good_file_beside_a_hostile_one_imports_nothing(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(_texts()[".jsonl"], encoding="utf-8")
    bad = tmp_path / "deep.json"
    bad.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        load_reports([good, bad])
    assert [p.file for p in exc.value.problems] == [str(bad)]


def test_blank_lines_around_a_consultation_exports_header(tmp_path: Path) -> None:
    """A blank line before or after the header of a consultation's CSV export is no row: the
    first row's cells were read as a row with no columns, and the whole file was set aside
    with "no column 'ResponseID' (the file has: )"."""
    path = tmp_path / "answers.csv"
    path.write_bytes(b"\r\nResponseID,Q1\r\n\r\nr1,Schools need power.\r\n\r\n")
    found = load_consultation([path], "id=ResponseID,text=Q1", {})
    assert found.rejects == ()
    assert [s.text for s in found.corpus.statements] == ["Schools need power."]
