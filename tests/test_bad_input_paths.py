"""Bad input as a user meets it, on the paths docs/hardening.md lists: every case gives a clear
error naming the file (and the line where there is one), loses nothing silently and leaves no
output behind."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_messages.cli import main
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.consultation import Reject, Response, parse_columns, read_responses
from forum_messages.ingest.text import check_utf8, decode_lines

# A consultation export whose third line has letters outside ASCII, in three languages and the
# legacy encodings their spreadsheets are often saved in.
HEADER = "ResponseID,RespondentType,Q1\n"
FIRST = "R1,Civil Society,Community networks need affordable spectrum licences.\n"
LATER = "R9,Government,Rural schools should be connected before the next budget cycle.\n"
LEGACY = [
    ("latin-1", "R2,Government,Les États doivent protéger les données personnelles.\n"),
    ("cp1256", "R2,Government,يجب على الحكومات حماية البيانات الشخصية للمواطنين.\n"),
    ("gb18030", "R2,Government,各国政府应当保护公民的个人数据。\n"),
]
COLUMNS = parse_columns("id=ResponseID,text=Q1,group=RespondentType")


def export_in(path: Path, encoding: str, line: str) -> Path:
    path.write_bytes((HEADER + FIRST + line + LATER).encode(encoding))
    return path


@pytest.mark.parametrize(("encoding", "line"), LEGACY)
@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_an_export_in_a_legacy_encoding_is_refused_whole(
    tmp_path: Path, encoding: str, line: str, suffix: str
) -> None:
    # before: the rows above the first byte that is not UTF-8 were read, that row was
    # rejected and every row after it was dropped without a word (R9 here)
    if suffix == ".jsonl":
        rows = [r.split(",", 2) for r in (FIRST, line, LATER)]
        text = "".join(
            json.dumps({"ResponseID": i, "RespondentType": t, "Q1": q.strip()}, ensure_ascii=False)
            + "\n"
            for i, t, q in rows
        )
        path = tmp_path / f"export{suffix}"
        path.write_bytes(text.encode(encoding))
        bad_line = 2
    else:
        path = export_in(tmp_path / f"export{suffix}", encoding, line)
        bad_line = 3
    got = list(read_responses(path, COLUMNS))
    assert not [r for r in got if isinstance(r, Response)]
    (reject,) = got
    assert isinstance(reject, Reject)
    assert reject.file == str(path) and reject.row == 0  # the whole file
    assert "not valid UTF-8 (byte 0x" in reject.reason
    assert f"on line {bad_line})" in reject.reason and "none of its rows is read" in reject.reason


def test_a_utf8_export_with_a_byte_order_mark_or_utf16_is_read_in_full(tmp_path: Path) -> None:
    text = HEADER + FIRST + LEGACY[0][1] + LATER
    kinds = [("bom.csv", b"\xef\xbb\xbf" + text.encode()), ("u16.csv", text.encode("utf-16"))]
    for name, data in kinds:
        (tmp_path / name).write_bytes(data)
        got = list(read_responses(tmp_path / name, COLUMNS))
        assert [r.id for r in got if isinstance(r, Response)] == ["R1", "R2", "R9"], name


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 64])
def test_check_utf8_finds_the_line_across_chunk_boundaries(chunk: int) -> None:
    good = "première ligne\n第二行\nثالث\n".encode()
    check_utf8(io.BytesIO(good), chunk=chunk)  # a character cut by a chunk boundary is fine
    bad = io.BytesIO(good + "quatrième".encode("latin-1") + b"\n")
    bad.seek(0)
    with pytest.raises(SourceProblem) as caught:
        check_utf8(bad, chunk=chunk)
    assert caught.value.line == 0 and "byte 0xE8 on line 4" in caught.value.message
    assert bad.tell() == 0  # handed back where it was
    nul = io.BytesIO(good + b"x\x00y\n")
    with pytest.raises(SourceProblem, match=r"NUL characters \(line 4\)"):
        check_utf8(nul, chunk=chunk)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200), st.integers(1, 16))
def test_after_check_utf8_no_reader_stops_part_way(data: bytes, chunk: int) -> None:
    """Any bytes: refused whole by check_utf8 (and then decode_lines fails too), or read
    through by decode_lines, or refused by it before its first line (a UTF-16/32 file)."""
    try:
        check_utf8(io.BytesIO(data), chunk=chunk)
        passed = True
    except SourceProblem as exc:
        assert exc.line == 0 and "none of its rows is read" in exc.message
        passed = False
    lines = 0
    try:
        for _ in decode_lines(io.BytesIO(data)):
            lines += 1
        failed = False
    except SourceProblem:
        failed = True
    assert failed if not passed else not failed or lines == 0


def test_a_consultation_draft_of_nothing_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = export_in(tmp_path / "export.csv", "latin-1", LEGACY[0][1])
    out = tmp_path / "out"
    args = ["draft", str(export), "-e", "minimal", "-o", str(out), "--embedder", "hash"]
    assert main([*args, "--columns", "id=ResponseID,text=Q1"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"warning: {export}: the file is not valid UTF-8 (byte 0xC9 on line 3)" in err
    assert "1 file(s) set aside (see the warnings above)" in err
    assert not out.exists() and "Traceback" not in err
    export.write_text("ResponseID,Q1\n,An answer without its id.\n", encoding="utf-8")
    assert main([*args, "--columns", "id=ResponseID,text=Q1"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    first = f"{export}:2: field 'ResponseID': the response has no id"
    assert f"1 row(s) rejected, the first: {first}" in err
    assert not out.exists()


TRANSCRIPT = (
    ">> MODERATOR: Bienvenue à tous.\n"
    ">> AMINA: Les réseaux communautaires ont besoin d'un spectre abordable.\n"
)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (TRANSCRIPT.encode("utf-16-le"), "NUL characters"),
        (TRANSCRIPT.encode("latin-1"), "not valid UTF-8 (byte 0xE0"),
        (">> أمينة: يجب حماية البيانات.\n".encode("cp1256"), "not valid UTF-8"),
        (">> 主持人：欢迎。\n".encode("gb18030"), "not valid UTF-8"),
        (bytes(range(256)) * 4, "NUL characters"),
    ],
)
def test_a_transcript_that_is_not_utf8_is_a_problem_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, words: str
) -> None:
    # before: an internal error (SourceProblem escaped read_transcript)
    (tmp_path / "ws-12.txt").write_bytes(data)
    (tmp_path / "ws-12.yaml").write_text('session: "WS #12"\n', encoding="utf-8")
    out = tmp_path / "records.jsonl"
    code = main(["takeaways", str(tmp_path / "ws-12.txt"), "-o", str(out), "--embedder", "hash"])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 1 and not out.exists()
    assert f"{tmp_path / 'ws-12.txt'}:1: " in err and words in err
    assert "internal error" not in err and "Traceback" not in err


def test_an_interrupted_consultation_draft_leaves_the_earlier_files_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # before: messages.* were replaced first, then the consultation's files one by one, so a
    # Ctrl-C while responses.jsonl was written left new messages beside old responses
    from forum_messages.evaluation.consultations import generate, write_csv
    from forum_messages.export import consultation as files

    out = tmp_path / "out"
    columns = "id=ResponseID,text=Q1,Q2,group=RespondentType"

    def draft(seed: int) -> int:
        export = write_csv(tmp_path / f"export{seed}.csv", generate(30, 0.4, 2, seed=seed))
        args = ["draft", str(export), "-e", "minimal", "-o", str(out), "--embedder", "hash"]
        return main([*args, "--format", "json,md", "--columns", columns])

    assert draft(1) == 0
    names = ["messages.json", "messages.md", "rejects.jsonl", "responses.jsonl", "campaigns.json"]
    before = {n: (out / n).read_bytes() for n in names}
    real = files._responses

    def cut_short(*args: object) -> object:
        for i, line in enumerate(real(*args)):  # type: ignore[arg-type]
            if i == 3:
                raise KeyboardInterrupt
            yield line

    monkeypatch.setattr(files, "_responses", cut_short)
    assert draft(2) == 130
    assert "interrupted" in capsys.readouterr().err
    assert {n: (out / n).read_bytes() for n in names} == before
    assert sorted(p.name for p in out.iterdir()) == sorted(names)  # no temporary file left
    monkeypatch.setattr(files, "_responses", real)
    assert draft(2) == 0
    assert (out / "messages.json").read_bytes() != before["messages.json"]


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("md,xyz", "unknown output format 'xyz'; known formats: md, html, json, pdf, docx"),
        (" , ", "--format: give at least one of md, html, json, pdf, docx"),
    ],
)
def test_a_bad_format_stops_the_draft_before_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec: str, words: str
) -> None:
    # before: the whole draft ran first (minutes on a large edition) and then failed on an
    # unknown format, or, with no format at all, ran and wrote nothing
    out = tmp_path / "out"
    missing = tmp_path / "no-such-report.jsonl"  # read first, it would be the error
    args = ["draft", str(missing), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    assert main([*args, "--format", spec]) == 1
    captured = capsys.readouterr()
    assert words in " ".join(captured.err.split())
    assert "no-such-report" not in captured.err + captured.out and not out.exists()


def test_a_cell_over_the_csv_limit_is_named_as_such(tmp_path: Path) -> None:
    # before: "not valid CSV: field larger than field limit (131072) (check the quotes on
    # this row)", which sent the user looking for a quote that was not there
    from forum_messages.ingest import validate_reports

    long = "Les réseaux communautaires ont besoin de spectre. " * 4_000  # 200,000 characters
    report = tmp_path / "reports.csv"
    report.write_text(f'session,language,key_takeaways\n"WS #1",fr,{long}\n', encoding="utf-8")
    (problem,) = validate_reports([report]).problems
    assert (problem.file, problem.line) == (str(report), 2)
    assert problem.message.startswith("a cell of more than 131,072 characters starts on this row")
    export = tmp_path / "export.csv"
    export.write_text(f"ResponseID,Q1\nR1,{long}\nR2,{FIRST.split(',')[2]}", encoding="utf-8")
    got = list(read_responses(export, parse_columns("id=ResponseID,text=Q1")))
    assert [r.id for r in got if isinstance(r, Response)] == ["R2"]
    (reject,) = [r for r in got if isinstance(r, Reject)]
    assert reject.row == 2 and reject.reason.startswith("a cell of more than 131,072 characters")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("one.json", '{"sesion": "WS #1", "language": "fr", "key_takeaways": ["Des réseaux."]}'),
        ("one.yaml", 'sesion: "WS #1"\ntitel: Réseaux\nkey_takeaways:\n  - Des réseaux.\n'),
        ("one-sidecar.yaml", 'sesion: "WS #1"\ntittle: Réseaux\n'),
    ],
)
def test_a_misspelt_session_in_one_report_is_named_as_a_field(
    tmp_path: Path, name: str, text: str
) -> None:
    # before: "unknown list 'sesion'; did you mean 'sessions'?", as if the file were meant
    # to hold a list of reports under 'sessions'
    from forum_messages.ingest import validate_reports

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    messages = [(p.field, p.message) for p in validate_reports([path]).problems]
    assert ("sesion", "unknown field 'sesion'; did you mean 'session'?") in messages
    assert not any("unknown list" in m for _, m in messages)


def test_a_misspelt_list_of_reports_is_still_named_as_a_list(tmp_path: Path) -> None:
    from forum_messages.ingest import validate_reports

    path = tmp_path / "reports.json"
    path.write_text('{"sesions": [{"session": "WS #1", "key_takeaways": ["x"]}]}', "utf-8")
    (problem,) = validate_reports([path]).problems
    assert problem.message == "unknown list 'sesions'; did you mean 'sessions'?"


IMPOSSIBLE_DATES = ["2025-13-40", "2025-02-30"]


@pytest.mark.parametrize("day", IMPOSSIBLE_DATES)
def test_a_day_that_does_not_exist_in_a_yaml_file_is_no_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], day: str
) -> None:
    # before: PyYAML's ValueError ("month must be in 1..12") escaped every YAML reader: an
    # internal error for a report, a Markdown report's front matter, a transcript's sidecar,
    # a glossary and an edition file
    from forum_messages.ingest import validate_reports

    report = tmp_path / "r.yaml"
    report.write_text(
        f'- session: "WS #1"\n  title: {day}\n  key_takeaways:\n    - Des réseaux.\n', "utf-8"
    )
    md = tmp_path / "r.md"
    md.write_text(
        f'---\nsession: "WS #2"\ntitle: {day}\n---\n## Key Takeaways\n- Des réseaux.\n', "utf-8"
    )
    got = validate_reports([report, md])
    assert not got.problems
    assert [s.title for s in got.corpus.sessions] == [day, day]  # the text as written
    edition = tmp_path / "e.yaml"
    edition.write_text(
        f"name: Forum\nyear: 2025\ndates: {{start: 2025-01-02, end: {day}}}\n"
        "themes: [{key: a, title: Access}]\n",
        encoding="utf-8",
    )
    assert main(["validate", str(report), "-e", str(edition)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"{edition}:3: field 'dates.end': '{day}' is not a day of the calendar" in err
    assert "internal error" not in err


def test_an_edition_that_ends_before_it_starts_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # before: accepted, and the draft's introduction gave the dates the wrong way round
    edition = tmp_path / "e.yaml"
    edition.write_text(
        "name: Forum\nyear: 2025\nthemes: [{key: a, title: Access}]\n"
        "review: {opens: 2025-07-21, closes: 2025-07-01}\n",
        encoding="utf-8",
    )
    report = tmp_path / "r.jsonl"
    report.write_text('{"session": "WS #1", "key_takeaways": ["Des réseaux."]}\n', "utf-8")
    assert main(["validate", str(report), "-e", str(edition)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert f"{edition}:4: field 'review.closes': 2025-07-01 comes before opens 2025-07-21" in err


@pytest.mark.parametrize("day", IMPOSSIBLE_DATES)
def test_a_glossary_with_a_day_that_does_not_exist_is_read(tmp_path: Path, day: str) -> None:
    from forum_messages.translation.glossary import load_glossary

    path = tmp_path / "g.yaml"
    path.write_text(f"pairs:\n  en-fr:\n    - {{term: {day}, fr: {day}}}\n", encoding="utf-8")
    (entry,) = load_glossary(path, "en", "fr").entries
    assert entry.term == day


def test_a_yaml_report_with_a_line_no_report_needs_is_refused_before_parsing(
    tmp_path: Path,
) -> None:
    # before: PyYAML's scanner read the whole line first (88 s for 50 MB), then the error was
    # on the statement's length
    from forum_messages.ingest import validate_reports
    from forum_messages.ingest.yamlfile import MAX_LINE_CHARS

    long = "Les réseaux communautaires ont besoin de spectre. " * (MAX_LINE_CHARS // 50 + 1)
    path = tmp_path / "reports.yaml"
    path.write_text(f'session: "WS #1"\nlanguage: fr\nkey_takeaways:\n  - {long}\n', "utf-8")
    (problem,) = validate_reports([path]).problems
    assert (problem.file, problem.line) == (str(path), 4)
    assert problem.message.startswith(
        f"the line is {len(long) + 4:,} characters long; a line of a YAML report may be at "
        "most 1,000,000"
    )
    front = tmp_path / "report.md"  # the front matter of a Markdown report: the same bound
    front.write_text(f"---\nsession: WS 2\ntitle: {long}\n---\n\n## Key Takeaways\n\n- A.\n")
    (problem,) = validate_reports([front]).problems
    assert problem.line == 3 and problem.message.startswith("front matter: the line is ")


def test_a_flow_list_of_statements_on_one_line_is_read(tmp_path: Path) -> None:
    from forum_messages.ingest import validate_reports

    statement = "Los gobiernos deben financiar la conectividad rural. " * 90  # 4,770 characters
    items = ", ".join(f'"{statement.strip()} ({n})"' for n in range(200))  # 955,000 on one line
    path = tmp_path / "reports.yaml"
    path.write_text(f'session: "WS #1"\nlanguage: es\nkey_takeaways: [{items}]\n', "utf-8")
    report = validate_reports([path])
    assert report.ok, report.problems
    assert report.counts()["statements"] == 200


def test_a_yaml_report_file_no_forum_needs_is_refused_before_parsing(tmp_path: Path) -> None:
    # before: a 20 MB file of short lines was parsed whole (15 s and more) before any error
    from forum_messages.ingest import validate_reports
    from forum_messages.ingest.yamlfile import MAX_CHARS

    block = '  - session: "WS #{n}"\n    key_takeaways:\n      - 数字公共产品需要可持续的资金。\n'
    count = MAX_CHARS // len(block.format(n=0)) + 1  # the shortest block
    path = tmp_path / "reports.yaml"
    path.write_text("sessions:\n" + "".join(block.format(n=n) for n in range(count)), "utf-8")
    (problem,) = validate_reports([path]).problems
    assert (problem.file, problem.line) == (str(path), 0)
    assert "a YAML report file may hold at most 20,000,000" in problem.message
    assert "JSON Lines (.jsonl)" in problem.message
