"""JSON Lines reports (.jsonl, .ndjson): one record (a JSON object) a line; blank lines skipped.

:func:`stream` reads a file one line at a time, so a large file is never held whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from forum_messages.ingest.base import EMPTY, RawRecord, Sink, SourceProblem
from forum_messages.ingest.jsonfile import parse
from forum_messages.ingest.text import decode_lines


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    return list(_records(enumerate(text.split("\n"), start=1), file, sink))


def stream(path: Path | BinaryIO, sink: Sink, name: str = "") -> Iterator[RawRecord]:
    """The records of the file at ``path`` (or of the bytes of a pipe, read, named ``name``),
    one line read at a time; problems go to ``sink``.

    A line that cannot be decoded is an error and ends the file.
    """
    file = name or str(path)
    try:
        with path.open("rb") if isinstance(path, Path) else path as fh:
            yield from _records(decode_lines(fh), file, sink)
    except SourceProblem as exc:
        sink.error(file, exc.line, exc.field, exc.message)
    except OSError as exc:
        sink.error(file, 0, "", f"cannot read the file: {exc.strerror or exc}")


def _records(lines: Iterable[tuple[int, str]], file: str, sink: Sink) -> Iterator[RawRecord]:
    filled = False
    for number, line in lines:
        if not line.strip():
            continue
        filled = True
        try:
            data = parse(line, number, jsonl=True)
        except SourceProblem as exc:
            sink.error(file, exc.line, "", exc.message)
            continue
        yield RawRecord(data, file, number)
    if not filled:
        sink.warn(file, 0, "", EMPTY)
