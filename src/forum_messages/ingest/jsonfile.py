"""JSON reports: a list of records, one record, or {"sessions": [...], "nri_reports": [...]}."""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from typing import Any

from forum_messages.ingest.base import RawRecord, Sink, SourceProblem
from forum_messages.ingest.records import records_from_document
from forum_messages.limits import JsonTooDeep, load_json
from forum_messages.yamlsrc import LineDict, LineList

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def read(text: str, file: str, sink: Sink) -> list[RawRecord]:
    try:
        data = parse(text)
    except SourceProblem as exc:
        sink.error(file, exc.line, "", exc.message)
        return []
    return records_from_document(data, file, sink)


def parse(text: str, first_line: int = 1, *, jsonl: bool = False) -> Any:
    """Parse JSON into LineDict/LineList (so fields know their line); raise SourceProblem."""
    try:
        load_json(text)
    except json.JSONDecodeError as exc:
        hint = ""
        if exc.msg == "Extra data" and not jsonl:
            hint = " (one report per line? then name the file .jsonl)"
        elif jsonl:
            hint = " (each line of a .jsonl file must be one complete JSON object)"
        raise SourceProblem(
            first_line + exc.lineno - 1,
            f"not valid JSON: {exc.msg} (column {exc.colno}){hint}",
        ) from exc
    except JsonTooDeep as exc:
        raise SourceProblem(first_line, f"not usable JSON: {exc}") from None
    return _Walker(text, first_line).document()


class _Walker:
    """Re-reads valid JSON, recording the line where each value and key starts."""

    def __init__(self, text: str, first_line: int):
        self.text = text
        self.first_line = first_line
        self.newlines = [m.start() for m in re.finditer("\n", text)]

    def line(self, pos: int) -> int:
        return self.first_line + bisect_left(self.newlines, pos)

    def skip(self, pos: int) -> int:
        m = _WS.match(self.text, pos)
        return m.end() if m else pos

    def document(self) -> Any:
        value, _ = self.value(self.skip(0))
        return value

    def value(self, pos: int) -> tuple[Any, int]:
        char = self.text[pos]
        if char == "{":
            obj = LineDict()
            obj.line, obj.lines = self.line(pos), {}
            pos = self.skip(pos + 1)
            while self.text[pos] != "}":
                key, end = _DECODER.raw_decode(self.text, pos)
                obj.lines[key] = self.line(pos)
                pos = self.skip(self.skip(end) + 1)  # past ':'
                obj[key], pos = self.value(pos)
                pos = self.skip(pos)
                if self.text[pos] == ",":
                    pos = self.skip(pos + 1)
            return obj, pos + 1
        if char == "[":
            seq = LineList()
            seq.line, seq.lines = self.line(pos), []
            pos = self.skip(pos + 1)
            while self.text[pos] != "]":
                seq.lines.append(self.line(pos))
                item, pos = self.value(pos)
                seq.append(item)
                pos = self.skip(pos)
                if self.text[pos] == ",":
                    pos = self.skip(pos + 1)
            return seq, pos + 1
        return _DECODER.raw_decode(self.text, pos)
