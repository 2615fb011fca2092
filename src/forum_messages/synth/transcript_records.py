"""Transcripts in, report records out: what ``forum-messages takeaways`` does.

Each transcript gives one session record in the usual shape, marked ``source: transcript``,
with its drafted ``key_takeaways`` and ``calls_to_action`` and, in ``turns``, the turns each
item cites, with each turn's text (``{"key_takeaways": [[{"speaker": "ANA PÉREZ", "turn": 12,
"text": "..."}, ...], ...]}``), so the session's organisers can check an item against what was
said.
The records are validated like any report before they are written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forum_messages.errors import Problem
from forum_messages.ingest.base import RawRecord, Sink
from forum_messages.ingest.fields import canonical_key
from forum_messages.ingest.languages import normalise_language
from forum_messages.ingest.records import RecordBuilder
from forum_messages.ingest.text import without_surrogates
from forum_messages.ingest.transcript import (
    TRANSCRIPT_SUFFIXES,
    Transcript,
    TranscriptError,
    read_transcript,
    with_chairs,
)
from forum_messages.ingest.transcript_meta import SessionList, find_meta
from forum_messages.ingest.vocab import Vocabulary
from forum_messages.limits import file_size, is_pipe
from forum_messages.model import Edition
from forum_messages.nlp.base import Embedder, LanguageDetector
from forum_messages.synth.takeaways import Drafted, Item, TakeawayDrafter

Progress = Callable[[int, int], None]
DETECT_CHARS = 5000


@dataclass
class Outcome:
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    words: int = 0


def _not_regular(path: Path) -> str:
    """What ``path`` is, when it exists and is neither a file nor a folder."""
    try:
        file_size(path)
    except OSError as exc:
        return str(exc.strerror)
    return "not a regular file"


def _is_pipe(path: Path) -> bool:
    """A named pipe: read to its end, as a file (``mkfifo talk.vtt``)."""
    try:
        return is_pipe(path)
    except OSError:
        return False


def transcript_files(paths: Sequence[str | Path], problems: list[Problem]) -> list[Path]:
    """The transcripts named, folders searched for .txt, .vtt and .srt files (sorted)."""
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.suffix.lower() in TRANSCRIPT_SUFFIXES)
        elif not path.exists():
            problems.append(Problem(str(path), 0, "", "no such file or folder"))
        elif not path.is_file() and not _is_pipe(path):  # a device, a socket: never read
            what = f"cannot read the file: {_not_regular(path)}"
            problems.append(Problem(str(path), 0, "", what))
        elif path.suffix.lower() not in TRANSCRIPT_SUFFIXES:
            problems.append(
                Problem(str(path), 0, "", "not a transcript: use .txt (captions), .vtt or .srt")
            )
        else:
            out.append(path)
    return out


def _language(meta: Mapping[str, Any], transcript: Transcript, detector: LanguageDetector) -> str:
    for key, value in meta.items():
        if canonical_key(key) == "language" and isinstance(value, str):
            code = normalise_language(value)
            if code:
                return code
    text = " ".join(t.text for t in transcript.turns if not t.chair)[:DETECT_CHARS]
    return detector.detect(text)[0]


def _cites(items: Sequence[Item], said: Mapping[int, str]) -> list[list[dict[str, object]]]:
    return [
        [{"speaker": c.speaker, "turn": c.turn, "text": said.get(c.turn, "")} for c in item.cites]
        for item in items
    ]


def build_record(
    meta: Mapping[str, Any],
    path: Path,
    lang: str,
    drafted: Drafted,
    transcript: Transcript | None = None,
) -> dict[str, Any]:
    """The report record of one transcript (metadata first, then the drafted items)."""
    record: dict[str, Any] = type(meta)() if isinstance(meta, dict) else {}
    for attr in ("line", "lines"):  # a LineDict keeps the lines of the metadata's fields
        if hasattr(meta, attr):
            setattr(record, attr, getattr(meta, attr))
    skip = {"language", "source", "transcript", "key_takeaways", "calls_to_action", "turns"}
    for key, value in meta.items():
        if canonical_key(key) not in skip:
            record[str(key)] = value
    record["language"] = lang
    record["source"] = "transcript"
    record["transcript"] = path.name
    record["key_takeaways"] = [i.text for i in drafted.takeaways]
    record["calls_to_action"] = [i.text for i in drafted.calls]
    said = {t.position: t.text for t in transcript.turns} if transcript else {}
    record["turns"] = {
        "key_takeaways": _cites(drafted.takeaways, said),
        "calls_to_action": _cites(drafted.calls, said),
    }
    return record


def draft_transcripts(
    paths: Sequence[str | Path],
    embedder: Embedder,
    detector: LanguageDetector,
    *,
    sessions: str | Path | None = None,
    edition: Edition | None = None,
    progress: Progress | None = None,
) -> Outcome:
    """One validated record per transcript; problems name file, line and field."""
    out = Outcome()
    files = transcript_files(paths, out.problems)
    if not files and not out.problems:
        where = ", ".join(str(p) for p in paths) or "the input"
        out.problems.append(Problem(where, 0, "", "no transcripts (.txt, .vtt, .srt) found"))
    listing = SessionList.load(Path(sessions), out.problems) if sessions else None
    drafter = TakeawayDrafter(embedder)
    builder = RecordBuilder(Vocabulary(edition), Sink())
    for done, path in enumerate(files, start=1):
        try:
            transcript: Transcript | None = read_transcript(path)
        except TranscriptError as exc:
            out.problems.append(Problem(str(path), exc.line, exc.field, exc.message))
            transcript = None
        meta = find_meta(path, listing, out.problems)
        if meta is not None and transcript is not None:
            transcript = with_chairs(transcript, meta.chairs)
            out.words += transcript.words
            lang = _language(meta.record.data, transcript, detector)
            _add(out, path, meta.record, lang, drafter.draft(transcript, lang), builder, transcript)
        if progress is not None:
            progress(done, len(files))
    return out


def _add(
    out: Outcome,
    path: Path,
    meta: RawRecord,
    lang: str,
    drafted: Drafted,
    builder: RecordBuilder,
    transcript: Transcript | None = None,
) -> None:
    """The record of one transcript, validated like any report, added to ``out``."""
    if not drafted.takeaways and not drafted.calls:
        message = (
            "no takeaway could be drafted: no speaker (other than the chair) says a full "
            "sentence on the subject"
        )
        out.problems.append(Problem(str(path), 0, "", message))
        return
    record = build_record(meta.data, path, lang, drafted, transcript)
    builder.sink = sink = Sink()
    builder.build(RawRecord(record, meta.file, meta.line))
    out.problems += sink.errors
    out.warnings += sink.warnings
    if not sink.errors:
        out.records.append(_whole(record))


def _whole(value: Any) -> Any:
    """``value`` (a record, as read from a sidecar or session list and written out again)
    without lone surrogates (a YAML or JSON ``\ud800`` escape without its pair): the output
    could not be written with them."""
    if isinstance(value, str):
        return without_surrogates(value)
    if isinstance(value, Mapping):
        return {_whole(k): _whole(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_whole(v) for v in value]
    return value


def write_jsonl(records: Sequence[Mapping[str, Any]], path: Path) -> None:
    from forum_messages.atomic import write_file

    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    write_file(path, "".join(line + "\n" for line in lines))
