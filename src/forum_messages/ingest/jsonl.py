"""JSON Lines reports (.jsonl, .ndjson): one record (a JSON object) a line; blank lines skipped."""

from __future__ import annotations

from forum_messages.ingest.base import EMPTY, RawRecord, Sink, SourceProblem
from forum_messages.ingest.jsonfile import parse


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    if not text.strip():
        sink.warn(file, 0, "", EMPTY)
        return []
    out: list[RawRecord] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = parse(line, number, jsonl=True)
        except SourceProblem as exc:
            sink.error(file, exc.line, "", exc.message)
            continue
        out.append(RawRecord(data, file, number))
    return out
