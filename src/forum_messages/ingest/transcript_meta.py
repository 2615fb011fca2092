"""Session metadata of a transcript: a sidecar file next to it, or the edition's session list.

A sidecar has the transcript's name with ``.yaml``, ``.yml`` or ``.json`` instead (``ws12.txt``
-> ``ws12.yaml``) and holds one session record without statements::

    session: WS #12
    title: Community networks and the last mile
    theme: inclusion
    language: es
    organisers: [{name: ..., stakeholder_group: ..., region: ...}]
    chairs: [Ana Pérez]          # speakers who chair (besides "MODERATOR", "CHAIR" ...)

A session list (``--sessions FILE``: YAML, JSON or JSON Lines) holds many such records; the one
for a transcript names it in ``transcript:`` (its file name) or has the code the file is named
after (``WS #12`` for ``ws-12.txt`` or ``WS_12.vtt``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from forum_messages.errors import Problem
from forum_messages.ingest.base import RawRecord, Sink
from forum_messages.ingest.fields import canonical_key
from forum_messages.ingest.loader import read_file
from forum_messages.yamlsrc import line_of

SIDECAR_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".json")
#: Fields a sidecar may have that a report record does not: consumed here.
META_ONLY = ("chairs",)


@dataclass(frozen=True)
class Meta:
    """The session record for a transcript (without statements) and who chairs it."""

    record: RawRecord
    chairs: tuple[str, ...]


def sidecar_of(path: Path) -> Path | None:
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_suffix(suffix)
        if candidate.is_file() and candidate != path:
            return candidate
    return None


def _fold(code: str) -> str:
    return re.sub(r"[\W_]+", "", code.casefold())


class SessionList:
    """The records of a session list, found by transcript file name or by session code."""

    def __init__(self, records: Sequence[RawRecord]) -> None:
        self.records = list(records)

    @classmethod
    def load(cls, path: Path, problems: list[Problem]) -> SessionList:
        sink = Sink()
        records = read_file(path, sink)
        problems.extend(sink.errors)
        return cls(records)

    def find(self, transcript: Path) -> RawRecord | None:
        stem = _fold(transcript.stem)
        for rec in self.records:
            data = rec.data if isinstance(rec.data, Mapping) else {}
            keys = {canonical_key(k): v for k, v in data.items()}
            named = keys.get("transcript")
            if isinstance(named, str) and Path(named).name == transcript.name:
                return rec
        for rec in self.records:
            data = rec.data if isinstance(rec.data, Mapping) else {}
            keys = {canonical_key(k): v for k, v in data.items()}
            code = keys.get("session")
            if isinstance(code, str | int) and _fold(str(code)) == stem:
                return rec
        return None


def find_meta(
    transcript: Path, sessions: SessionList | None, problems: list[Problem]
) -> Meta | None:
    """The metadata of ``transcript``; None (with a problem) when there is none or it is bad."""
    record: RawRecord | None = None
    sidecar = sidecar_of(transcript)
    if sidecar is not None:
        sink = Sink()
        records = read_file(sidecar, sink)
        problems.extend(sink.errors)
        if sink.errors:
            return None
        if len(records) != 1:
            problems.append(
                Problem(str(sidecar), 1, "", f"a sidecar holds one session, not {len(records)}")
            )
            return None
        record = records[0]
    elif sessions is not None:
        record = sessions.find(transcript)
    if record is None:
        where = f"{transcript.stem}.yaml next to it"
        if sessions is not None:
            where += " or an entry in the session list (transcript: " + transcript.name + ")"
        problems.append(
            Problem(str(transcript), 0, "session", f"no session metadata: give {where}")
        )
        return None
    if not isinstance(record.data, Mapping):
        problems.append(Problem(record.file, record.line, "", "a session record is a mapping"))
        return None
    return _split(record, problems)


def _split(record: RawRecord, problems: list[Problem]) -> Meta | None:
    chairs: tuple[str, ...] = ()
    data: Any = type(record.data)()
    for attr in ("line", "lines"):
        if hasattr(record.data, attr):
            setattr(data, attr, getattr(record.data, attr))
    for key, value in record.data.items():
        canon = canonical_key(key)
        if canon == "chairs":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                line = line_of(record.data, key) or record.line
                problems.append(Problem(record.file, line, str(key), "must be a list of names"))
                return None
            chairs = tuple(value)
        elif canon in ("key_takeaways", "calls_to_action", "messages"):
            line = line_of(record.data, key) or record.line
            problems.append(
                Problem(record.file, line, str(key), "metadata of a transcript has no statements")
            )
            return None
        else:
            data[key] = value
    return Meta(RawRecord(data, record.file, record.line, dict(record.names)), chairs)
