"""Finding files, all-or-nothing imports, duplicates, ordering and stable ids."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from forum_messages.errors import ValidationError
from forum_messages.ingest import load_reports, statement_id, validate_reports

from .conftest import FIXTURES, Writer, make_edition


def rec(code: str, *takeaways: str) -> str:
    items = ", ".join(f'"{t}"' for t in takeaways or ("A takeaway of " + code,))
    return f'{{"session": "{code}", "key_takeaways": [{items}]}}\n'


def test_one_bad_file_among_good_ones_imports_nothing(write: Writer, tmp_path: Path) -> None:
    write("in/a.jsonl", rec("WS 1") + rec("WS 2"))
    write("in/b.jsonl", rec("WS 3") + '{"session": "WS 4", "key_takeaways": "oops"}\n')
    write("in/c.yaml", "session: WS 5\nkey_takeaways: [fine]\n")
    with pytest.raises(ValidationError) as caught:
        load_reports([tmp_path / "in"])
    problems = caught.value.problems
    assert [(Path(p.file).name, p.line, p.field) for p in problems] == [
        ("b.jsonl", 2, "key_takeaways")
    ]
    assert "nothing was imported" in str(caught.value)


def test_every_problem_in_every_file_is_reported(write: Writer) -> None:
    a = write(
        "a.jsonl",
        '{"session": "WS 1"}\n{"session": "WS 2", "language": "xx", "key_takeaways": ["A"]}\n',
    )
    b = write("b.csv", "session,key_takeaways\nWS 3,\n")
    c = write("c.txt", "hello")
    with pytest.raises(ValidationError) as caught:
        load_reports([a, b, c])
    where = [(Path(p.file).name, p.line, p.field) for p in caught.value.problems]
    assert where == [
        ("a.jsonl", 1, "session"),
        ("a.jsonl", 2, "language"),
        ("b.csv", 2, "session"),
        ("c.txt", 0, ""),
    ]
    assert "unsupported file type '.txt'" in caught.value.problems[-1].message


def test_duplicate_codes_across_files_name_both_places(write: Writer) -> None:
    a = write("a.jsonl", rec("WS 1") + rec("WS #12"))
    b = write("b.yaml", "- session: ws#12\n  key_takeaways: [Other]\n")
    report = validate_reports([a, b])
    [problem] = report.problems
    assert (problem.file, problem.line, problem.field) == (str(b), 1, "session")
    assert f"{a}:2" in problem.message and "'WS #12'" in problem.message
    nri = write("c.jsonl", '{"nri": "WS 1", "messages": ["M"]}\n')
    [problem] = validate_reports([a, nri]).problems
    assert (problem.file, problem.field) == (str(nri), "nri")


def test_same_file_twice_is_read_once(write: Writer, tmp_path: Path) -> None:
    a = write("a.jsonl", rec("WS 1"))
    corpus = load_reports([a, tmp_path, str(a)])
    assert [s.code for s in corpus.sessions] == ["WS 1"]


def test_files_in_given_order_and_folders_sorted(write: Writer, tmp_path: Path) -> None:
    write("d/b.jsonl", rec("B"))
    write("d/a/z.jsonl", rec("AZ"))
    write("d/a.json", "[" + rec("A").strip() + "]")
    write("d/notes.txt", "not a report, skipped in folders")
    write("d/.hidden/x.jsonl", rec("HIDDEN"))
    write("d/.~lock.x.jsonl", rec("LOCK"))
    last = write("first.yaml", "session: FIRST\nkey_takeaways: [x]\n")
    corpus = load_reports([last, tmp_path / "d"])
    assert [s.code for s in corpus.sessions] == ["FIRST", "AZ", "A", "B"]
    report = validate_reports([tmp_path / "d"])
    assert [Path(f).name for f in report.files] == ["z.jsonl", "a.json", "b.jsonl"]


def test_missing_and_empty_inputs(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    report = validate_reports([tmp_path / "nope.jsonl", tmp_path / "empty"])
    assert [p.message for p in report.problems] == [
        "no such file or folder",
        "the folder has no report files (.jsonl, .ndjson, .json, .yaml, .yml, .csv, .tsv, "
        ".md, .markdown)",
    ]
    assert validate_reports([]).problems[0].message == "no input files given"


def test_max_bytes(write: Writer) -> None:
    path = write("big.jsonl", rec("WS 1") * 1)
    [problem] = validate_reports([path], max_bytes=10).problems
    assert problem.file == str(path) and "over the limit of 10" in problem.message
    assert load_reports([path], max_bytes=1000).sessions
    assert load_reports(str(path)).sessions == load_reports(path).sessions  # one path alone


def test_validate_reports_counts_and_warnings(write: Writer) -> None:
    path = write(
        "a.jsonl",
        '{"session": "WS 1", "summary": "long text", "key_takeaways": '
        '["A", "B"], "calls_to_action": ["C"]}\n{"nri": "Chad IGF", "messages": ["M"]}\n',
    )
    empty = write("empty.yaml", "# nothing yet\n")
    report = validate_reports([path, empty])
    assert report.ok
    assert report.counts() == {
        "files": 2,
        "sessions": 1,
        "nri_reports": 1,
        "statements": 4,
        "key_takeaway": 2,
        "call_to_action": 1,
        "nri_message": 1,
    }
    assert [(p.line, p.field, p.message) for p in report.warnings] == [
        (1, "summary", "unknown field; ignored"),
        (0, "", "the file is empty"),
    ]


def test_validate_reports_keeps_good_records_for_counting(write: Writer) -> None:
    path = write("a.jsonl", rec("WS 1") + '{"session": "WS 2"}\n')
    report = validate_reports([path])
    assert not report.ok
    assert [s.code for s in report.corpus.sessions] == ["WS 1"]


# ------------------------------------------------------------------------------ ids


def test_statement_id_formula() -> None:
    digest = hashlib.sha256(b"WS 1\x1fkey_takeaway\x1fText").hexdigest()
    assert statement_id("WS 1", "key_takeaway", "Text") == "st-" + digest[:12]
    again = hashlib.sha256(b"WS 1\x1fkey_takeaway\x1fText\x1f1").hexdigest()
    assert statement_id("WS 1", "key_takeaway", "Text", 1) == "st-" + again[:12]
    assert statement_id("WS 2", "key_takeaway", "Text") != statement_id(
        "WS 1", "key_takeaway", "Text"
    )
    assert statement_id("WS 1", "call_to_action", "Text") != statement_id(
        "WS 1", "key_takeaway", "Text"
    )


def test_ids_stable_across_reimport_and_reordering(write: Writer, tmp_path: Path) -> None:
    a = write("a.jsonl", rec("WS 1", "Same", "Other", "Same") + rec("WS 2", "Same"))
    b = write("b.yaml", "session: WS 3\nkey_takeaways: [Third]\n")
    first = load_reports([a, b])
    assert load_reports([a, b]) == first
    write("c.jsonl", rec("WS 2", "Same") + rec("WS 1", "Same", "Other", "Same"))
    reordered = load_reports([b, tmp_path / "c.jsonl"])
    by_place = {(s.session, s.kind, s.index): s.id for s in first.statements}
    assert {(s.session, s.kind, s.index): s.id for s in reordered.statements} == by_place
    ids = [s.id for s in first.statements]
    assert len(set(ids)) == len(ids) == 5
    # adding a repeat later does not change the id of the first occurrence
    write("d.jsonl", rec("WS 1", "Same"))
    single = load_reports([tmp_path / "d.jsonl"])
    assert single.statements[0].id == first.statements[0].id


def test_ids_do_not_depend_on_format_or_whitespace(write: Writer) -> None:
    a = write("a.jsonl", rec("WS 1", "  Trust   matters. "))
    b = write("b.csv", "session,key_takeaways\nWS 1,Trust matters.\n")
    assert load_reports([a]).statements[0].id == load_reports([b]).statements[0].id


def test_bundled_fixture_folder_loads(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "equivalent" / "markdown", tmp_path / "md")
    corpus = load_reports([tmp_path / "md"], make_edition())
    assert [s.code for s in corpus.sessions] == ["WS #12", "IGF Sénégal"]


def test_all_problems_of_one_record_are_reported(write: Writer) -> None:
    path = write(
        "a.yaml",
        "session: WS 1\nlanguage: xx\norganisers:\n  - name: A\n    email: a@example.org\n",
    )
    report = validate_reports([path])
    assert [(p.line, p.field, p.message[:24]) for p in report.problems] == [
        (2, "language", "unknown language 'xx'; a"),
        (1, "session", "'WS 1' has no statements"),
    ]
    assert [(p.line, p.message) for p in report.warnings] == [
        (5, "organiser 1: unknown field 'email'; ignored"),
    ]
