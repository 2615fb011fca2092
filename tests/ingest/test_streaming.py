"""JSON Lines files are read a line at a time, with the same lines and errors as whole."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.loader import validate_reports
from forum_messages.ingest.text import decode, decode_lines


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"a\nb\n",
        b"\xef\xbb\xbfa\r\nb\r\n\r\nc",
        b"a\rb\r\rc\n",
        "é\n中\n".encode("utf-16"),
        b"a\n\xc3\xa9\n\xe2\x80\xa8x\n",
    ],
)
def test_lines_are_those_of_the_whole_text(raw: bytes) -> None:
    whole = decode(raw).split("\n")
    assert [line for _, line in decode_lines(io.BytesIO(raw))] == whole
    assert [n for n, _ in decode_lines(io.BytesIO(raw))] == list(range(1, len(whole) + 1))


@pytest.mark.parametrize("raw", [b"a\nb\n\xff\n", b"a\r\nb\x00c\n", b"\xff\xfe\x00\x00a"])
def test_a_bad_line_is_the_same_problem(raw: bytes) -> None:
    with pytest.raises(SourceProblem) as whole:
        decode(raw)
    with pytest.raises(SourceProblem) as streamed:
        list(decode_lines(io.BytesIO(raw)))
    assert (streamed.value.line, streamed.value.message) == (whole.value.line, whole.value.message)


def test_a_bad_byte_ends_the_file_with_an_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    good = json.dumps({"session": "WS 1", "key_takeaways": ["A takeaway."]})
    path.write_bytes(good.encode() + b"\n\xff\n" + good.replace("WS 1", "WS 2").encode())
    report = validate_reports([path])
    assert [(p.file, p.line) for p in report.problems] == [(str(path), 2)]
    assert "not valid UTF-8" in report.problems[0].message


_MEASURE = """
import sys, tracemalloc
from pathlib import Path
from forum_messages.ingest.base import Sink
from forum_messages.ingest.loader import iter_records
tracemalloc.start()
count = sum(1 for _ in iter_records(Path(sys.argv[1]), Sink()))
print(count, tracemalloc.get_traced_memory()[1])
"""


def test_reading_holds_one_line_not_the_file(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    record = {"session": "WS", "title": "T" * 200, "key_takeaways": ["x" * 300] * 5}
    with path.open("w", encoding="utf-8") as fh:
        for n in range(4000):
            fh.write(json.dumps({**record, "session": f"WS {n}"}) + "\n")
    size = path.stat().st_size
    assert size > 5_000_000
    # Measured in a process of its own: tracemalloc counts every thread of a process, and a
    # test process may still have other tests' background threads allocating.
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    count, peak = int(out[0]), int(out[1])
    assert count == 4000
    assert peak < size / 10, peak  # whole: the bytes, the text and every record at once
