"""Encodings, text normalisation and hostile text."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from forum_messages.ingest import load_reports, validate_reports
from forum_messages.ingest.text import clean_text, decode

from .conftest import Writer

RECORD = {
    "session": "WS 1",
    "title": "Confiance numérique",
    "key_takeaways": ["Le numérique doit être sûr.", "数字信任至关重要。"],
    "calls_to_action": ["يجب على الحكومات أن تعمل."],
}


def jsonl(record: Mapping[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
    ],
)
@pytest.mark.parametrize("suffix", ["jsonl", "csv", "yaml", "md"])
def test_accepted_encodings(write: Writer, encoding: str, bom: bytes, suffix: str) -> None:
    text = {
        "jsonl": jsonl(RECORD),
        "csv": 'session,title,key_takeaways\r\nWS 1,Confiance numérique,"Le numérique doit '
        'être sûr.\r\n数字信任至关重要。"\r\n',
        "yaml": "session: WS 1\ntitle: Confiance numérique\nkey_takeaways:\n"
        "  - Le numérique doit être sûr.\n  - 数字信任至关重要。\n",
        "md": "---\nsession: WS 1\ntitle: Confiance numérique\n---\n## Key Takeaways\n"
        "- Le numérique doit être sûr.\n- 数字信任至关重要。\n",
    }[suffix]
    path = write(f"a.{suffix}", bom + text.encode(encoding))
    corpus = load_reports([path])
    assert corpus.sessions[0].title == "Confiance numérique"
    assert [s.text for s in corpus.statements][:2] == RECORD["key_takeaways"]


def test_latin1_is_rejected_with_the_line(write: Writer) -> None:
    text = "session,title,key_takeaways\nWS 1,Plain,A\nWS 2,Confiance numérique,B\n"
    path = write("latin.csv", text, encoding="latin-1")
    [problem] = validate_reports([path]).problems
    assert (problem.file, problem.line, problem.field) == (str(path), 3, "")
    assert "not valid UTF-8 (byte 0xE9 on this line)" in problem.message
    assert "save the file as UTF-8" in problem.message


def test_utf16_without_bom_and_binary_are_rejected(write: Writer) -> None:
    path = write("a.jsonl", jsonl(RECORD).encode("utf-16-le"))
    [problem] = validate_reports([path]).problems
    assert "NUL characters" in problem.message and problem.line == 1
    bad16 = write("b.jsonl", b"\xff\xfe" + "ok\n".encode("utf-16-le") + b"\x00\xd8")
    [problem] = validate_reports([bad16]).problems
    assert "not valid UTF-16" in problem.message and problem.line == 2
    utf32 = write("c.jsonl", b"\xff\xfe\x00\x00" + jsonl(RECORD).encode("utf-32-le"))
    assert "UTF-32" in validate_reports([utf32]).problems[0].message


def test_decode_normalises_newlines() -> None:
    assert decode(b"a\r\nb\rc\n") == "a\nb\nc\n"
    assert decode("\ufeffx".encode("utf-16")) == "x"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Trust   is\tessential.\n\nReally. ", "Trust is essential. Really."),
        ("e\u0301tat", "état"),  # NFC
        ("bell\x07 and\x00 nul", "bell and nul"),
        ("C1\x85 control\x9b", "C1 control"),
        ("bidi \u202eevil\u202c text", "bidi evil text"),
        ("zero\ufeffwidth bom", "zerowidth bom"),
        ("zero\u200bwidth\u2060 space", "zerowidth space"),
        ("lone \ud800 surrogate", "lone surrogate"),
        ("non\u00a0breaking\u2003spaces\u2028line", "non breaking spaces line"),
        ("1. First point; 2) second", "1. First point; 2) second"),
        ("<script>alert('x')</script> & <b>bold</b>", "<script>alert('x')</script> & <b>bold</b>"),
        ("زیرا\u200cکه", "زیرا\u200cکه"),  # zero-width non-joiner is kept
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_hostile_text_in_a_file(write: Writer) -> None:
    record = {
        "session": "WS <1>",
        "title": "<img src=x onerror=alert(1)>",
        "key_takeaways": [
            "<script>alert(1)</script> Trust matters.",
            "Tabs\tand\u0000nulls\u0007 and \u202e bidi",
            "x" * 5000,
            '=HYPERLINK("http://evil")',
        ],
    }
    path = write("a.jsonl", json.dumps(record) + "\n")
    corpus = load_reports([path])
    texts = [s.text for s in corpus.statements]
    assert texts[0] == "<script>alert(1)</script> Trust matters."  # kept; renderers escape
    assert texts[1] == "Tabs andnulls and bidi"
    assert len(texts[2]) == 5000  # at the limit: accepted, never truncated
    assert texts[3].startswith("=HYPERLINK")
    assert corpus.sessions[0].title == "<img src=x onerror=alert(1)>"


def test_escaped_lone_surrogate_in_json_is_removed(write: Writer) -> None:
    path = write("a.json", '[{"session": "WS 1", "key_takeaways": ["half \\ud83d emoji"]}]')
    corpus = load_reports([path])
    assert corpus.statements[0].text == "half emoji"
    corpus.statements[0].text.encode("utf-8")


def test_statement_that_is_only_control_characters_is_empty(write: Writer) -> None:
    path = write("a.jsonl", '{"session": "WS 1", "key_takeaways": ["\\u0000\\u0007 \\u202e"]}\n')
    [problem] = validate_reports([path]).problems
    assert (problem.line, problem.field, problem.message) == (
        1,
        "key_takeaways",
        "item 1: is empty",
    )


def test_a_workbook_under_a_text_name_is_named_as_a_zip_archive(tmp_path: Path) -> None:
    # before: "the file contains NUL characters: it is binary, or UTF-16 without a
    # byte-order mark", which sent the user looking for an encoding
    import io

    import openpyxl

    from forum_messages.ingest.consultation import Reject, parse_columns, read_responses

    book = openpyxl.Workbook()
    book.active.append(["ResponseID", "Q1"])  # type: ignore[union-attr]
    book.active.append(["R1", "Les réseaux communautaires."])  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    path = tmp_path / "export.csv"
    path.write_bytes(out.getvalue())
    (problem,) = validate_reports([path]).problems
    assert problem.message.startswith("the file is a zip archive (an Excel workbook")
    (reject,) = read_responses(path, parse_columns("id=ResponseID,text=Q1"))
    assert isinstance(reject, Reject) and reject.row == 0
    assert reject.reason.startswith("the file is a zip archive")
    assert reject.reason.endswith("none of its rows is read")
