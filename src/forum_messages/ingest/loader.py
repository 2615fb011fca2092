"""Find the input files, read each with its reader, validate, and gather one Corpus."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from forum_messages.errors import Problem, ValidationError
from forum_messages.ingest import csvfile, jsonfile, jsonl, markdown, yamlfile
from forum_messages.ingest.base import EMPTY, RawRecord, Sink, SourceProblem
from forum_messages.ingest.records import RecordBuilder
from forum_messages.ingest.text import decode
from forum_messages.ingest.vocab import Vocabulary
from forum_messages.limits import InputTooLarge, file_size, is_pipe, read_input
from forum_messages.model import Corpus, Edition, Session, Statement

Reader = Callable[[str, str, Sink], list[RawRecord]]

#: File extension -> reader.
READERS: dict[str, Reader] = {
    ".jsonl": jsonl.read,
    ".ndjson": jsonl.read,
    ".json": jsonfile.read,
    ".yaml": yamlfile.read,
    ".yml": yamlfile.read,
    ".csv": csvfile.read,
    ".tsv": csvfile.read,
    ".md": markdown.read,
    ".markdown": markdown.read,
}
#: Extensions read a line at a time (never held whole in memory).
STREAMED = (".jsonl", ".ndjson")
DEFAULT_MAX_BYTES = 200_000_000


@dataclass(frozen=True)
class ValidationReport:
    """What ``validate_reports`` found.

    ``corpus`` holds the reports that passed validation (all of them when ``problems`` is
    empty); ``problems`` are errors (any error means ``load_reports`` imports nothing);
    ``warnings`` do not stop an import (an ignored unknown field, an empty file).
    ``materials``: for each evaluation file read (``validate_reports(..., material=True)``),
    its name and what its answers hold (``Material.summary``).
    """

    files: tuple[str, ...]
    corpus: Corpus
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    materials: tuple[tuple[str, dict[str, int]], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def counts(self) -> dict[str, int]:
        """files, sessions, nri_reports, statements and one count per statement kind."""
        out = {
            "files": len(self.files),
            "sessions": sum(1 for s in self.corpus.sessions if s.kind == "session"),
            "nri_reports": sum(1 for s in self.corpus.sessions if s.kind == "nri"),
            "statements": len(self.corpus.statements),
        }
        for st in self.corpus.statements:
            out[st.kind] = out.get(st.kind, 0) + 1
        return out


def find_files(paths: Sequence[str | Path], sink: Sink) -> list[Path]:
    """Files in the order given; directories expanded recursively in sorted order."""
    if not paths:
        sink.error("<input>", 0, "", "no input files given")
    seen: set[Path] = set()
    return [p for given in paths for p in _expand(Path(given), sink, seen)]


def _expand(path: Path, sink: Sink, seen: set[Path]) -> list[Path]:
    """The report files at ``path`` not seen before (problems go to ``sink``)."""
    supported = ", ".join(READERS)
    found: list[Path] = []
    if path.is_dir():
        found = sorted(
            (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READERS),
            key=lambda p: p.relative_to(path).parts,
        )
        found = [p for p in found if not any(x.startswith(".") for x in p.relative_to(path).parts)]
        if not found:
            sink.error(str(path), 0, "", f"the folder has no report files ({supported})")
    elif not path.exists():
        sink.error(str(path), 0, "", "no such file or folder")
    elif path.suffix.lower() not in READERS:
        sink.error(
            str(path),
            0,
            "",
            f"unsupported file type '{path.suffix or path.name}': "
            f"use one of {supported} (Word or PDF reports: save as .md or .csv)",
        )
    else:
        found = [path]
    out = [p for p in found if p.resolve() not in seen]
    seen.update(p.resolve() for p in out)
    return out


def read_file(path: Path, sink: Sink, max_bytes: int = DEFAULT_MAX_BYTES) -> list[RawRecord]:
    """The raw records of one file; problems go to ``sink``."""
    return list(iter_records(path, sink, max_bytes))


def iter_records(path: Path, sink: Sink, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawRecord]:
    """The raw records of one file, one at a time: JSON Lines files are read a line at a
    time; other formats are decoded whole, then parsed. Problems go to ``sink``."""
    name = str(path)
    raw: bytes | None = None  # a pipe's bytes, read once (a file is read below)
    try:
        if is_pipe(path):
            raw = read_input(path, max_bytes)
        else:
            size = file_size(path)
            if size > max_bytes:
                raise InputTooLarge(size)
    except InputTooLarge as exc:
        sink.error(
            name,
            0,
            "",
            f"the file is {exc.size_text}, over the limit of "
            f"{max_bytes:,} (split it, or raise max_bytes)",
        )
        return
    except OSError as exc:
        sink.error(name, 0, "", f"cannot read the file: {exc.strerror or exc}")
        return
    suffix = path.suffix.lower()
    if suffix in STREAMED:
        yield from jsonl.stream(path if raw is None else io.BytesIO(raw), sink, name)
        return
    text = _text(path, sink) if raw is None else _decoded(raw, name, sink)
    if text is not None:
        yield from READERS[suffix](text, name, sink)


def _text(path: Path, sink: Sink) -> str | None:
    """The decoded text of the file (its bytes are let go on return), or None on a problem."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        sink.error(str(path), 0, "", f"cannot read the file: {exc.strerror or exc}")
        return None
    return _decoded(raw, str(path), sink)


def _decoded(raw: bytes, name: str, sink: Sink) -> str | None:
    try:
        return decode(raw)
    except SourceProblem as exc:
        sink.error(name, exc.line, exc.field, exc.message)
        return None


def validate_reports(
    paths: Sequence[str | Path],
    edition: Edition | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    material: bool = False,
) -> ValidationReport:
    """Read and validate every file; never raises for bad input (see ValidationReport).
    ``material``: an evaluation file (session reports with an editor's answers,
    ``evaluation.material``) is read as ``forum-messages evaluate`` reads it, its reports
    and its answers checked (``forum-messages validate``); without it, such a file is read
    as a report file like any other (``draft`` and ``import`` take no answers)."""
    if isinstance(paths, str | Path):  # one path given on its own
        paths = [paths]
    sink = Sink()
    builder = RecordBuilder(Vocabulary(edition), sink)
    gathered = _Gathered(sink)
    files: list[Path] = []
    seen: set[Path] = set()
    materials: list[tuple[str, dict[str, int]]] = []
    if not paths:
        sink.error("<input>", 0, "", "no input files given")
    for given in paths:
        for path in _expand(Path(given), sink, seen):
            files.append(path)
            if material and _read_material(path, sink, gathered, materials):
                continue
            errors, warnings = len(sink.errors), len(sink.warnings)
            records = 0
            for record in iter_records(path, sink, max_bytes):
                records += 1
                built = builder.build(record)
                if built is not None:
                    gathered.add(*built)
            if not records and len(sink.errors) == errors:
                _warn_no_reports(str(path), sink, warnings)
    return ValidationReport(
        files=tuple(str(p) for p in files),
        corpus=Corpus(tuple(gathered.sessions), tuple(gathered.statements)),
        problems=tuple(sink.errors),
        warnings=tuple(sink.warnings),
        materials=tuple(materials),
    )


def _read_material(
    path: Path, sink: Sink, gathered: _Gathered, materials: list[tuple[str, dict[str, int]]]
) -> bool:
    """Read ``path`` as evaluation material if it is shaped as such (``sessions`` and
    ``points`` at the top), with the loader ``forum-messages evaluate`` uses: its reports go
    to ``gathered``, its problems (file, line, field) to ``sink``. False for any other file."""
    from forum_messages.evaluation.material import is_material, load_material

    if not is_material(path):
        return False
    try:
        found = load_material(path)
    except ValidationError as exc:
        sink.errors.extend(exc.problems)
        return True
    own: dict[str, list[Statement]] = {}
    for st in found.corpus.statements:
        own.setdefault(st.session, []).append(st)
    for session in found.corpus.sessions:
        gathered.add(session, own.get(session.code, []))
    materials.append((str(path), found.summary()))
    return True


def _warn_no_reports(file: str, sink: Sink, since: int) -> None:
    """Warn that ``file`` gave no reports, unless its reader already said it is empty."""
    if any(w.message == EMPTY for w in sink.warnings[since:]):
        return
    sink.warn(file, 0, "", "the file holds no reports; nothing is read from it")


class _Gathered:
    """Sessions and statements in input order; a repeated session code is an error."""

    def __init__(self, sink: Sink):
        self.sink = sink
        self.sessions: list[Session] = []
        self.statements: list[Statement] = []
        self.first: dict[str, Session] = {}

    def add(self, session: Session, statements: list[Statement]) -> None:
        key = "".join(session.code.casefold().split())
        other = self.first.get(key)
        if other is not None and {other.source, session.source} == {"report", "transcript"}:
            self._prefer_report(key, other, session, statements)
            return
        if other is not None:
            self.sink.error(
                session.location.file,
                session.location.line,
                "nri" if session.kind == "nri" else "session",
                f"duplicate code '{session.code}': already used by the report at "
                f"{other.location} ('{other.code}'); each report needs its own code",
            )
            return
        self.first[key] = session
        self.sessions.append(session)
        self.statements.extend(statements)

    def _prefer_report(
        self, key: str, other: Session, session: Session, statements: list[Statement]
    ) -> None:
        """A session's own report wins over takeaways drafted from its transcript."""
        drafted, report = (other, session) if other.source == "transcript" else (session, other)
        self.sink.warn(
            drafted.location.file,
            drafted.location.line,
            "session",
            f"'{drafted.code}' also has a report written by its organisers "
            f"({report.location}): the takeaways drafted from its transcript are not used",
        )
        if report is session:
            self.sessions = [s for s in self.sessions if s is not other]
            self.statements = [st for st in self.statements if st.session != other.code]
            self.first[key] = session
            self.sessions.append(session)
            self.statements.extend(statements)


def load_reports(
    paths: Sequence[str | Path],
    edition: Edition | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Corpus:
    """Read, validate and gather every report; raise ValidationError listing every problem."""
    report = validate_reports(paths, edition, max_bytes=max_bytes)
    if report.problems:
        raise ValidationError(report.problems)
    return report.corpus
