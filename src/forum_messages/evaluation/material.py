"""Evaluation material that looks like real input: session reports with an editor's answers.

A material file (``editions/evaluation/reports/*.yaml``) holds session reports as a user would
import them, each statement given as a mapping with its text and the answers a careful
secretariat editor would give:

- ``descriptive: true``: the statement describes the session and makes no point;
- ``point: ID``: the point it makes (statements sharing a point belong in one message);
- ``framed: TEXT``: the point as it reads once a reporting frame is removed;
- ``attribution: true``: it says who said or presented what (not a bullet as written).

The file also defines the ``points`` (each in one sub-topic, optionally ``salient``) and the
``subtopics`` of each theme. ``load_material`` reads it through the same record builder as
``forum-messages draft``, so statements get the ids and cleaning of a real import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from forum_messages.edition import load_edition, parse_edition
from forum_messages.errors import EditionError, Problem, ValidationError
from forum_messages.ingest.base import RawRecord, Sink, SourceProblem
from forum_messages.ingest.fields import STATEMENT_FIELDS
from forum_messages.ingest.records import RecordBuilder
from forum_messages.ingest.text import decode
from forum_messages.ingest.vocab import Vocabulary
from forum_messages.limits import InputTooLarge, read_input
from forum_messages.model import UN_LANGUAGES, Corpus, Edition, Session, Statement
from forum_messages.yamlsrc import LineDict, LineList, line_of, load_yaml

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


@dataclass(frozen=True)
class Answer:
    """What the editor says of one statement."""

    descriptive: bool
    point: str | None
    framed: str | None
    attribution: bool


@dataclass(frozen=True)
class Point:
    key: str
    theme: str
    subtopic: str
    salient: bool


@dataclass(frozen=True)
class Material:
    name: str
    path: str
    language: str
    edition: Edition
    corpus: Corpus
    answers: Mapping[str, Answer]  # statement id -> answer
    points: Mapping[str, Point]
    subtopics: Mapping[str, Mapping[str, str]]  # theme -> sub-topic id -> title

    def summary(self) -> dict[str, int]:
        """What the answers hold: statements answered, descriptive ones, points made (and
        how many of them are salient), sub-topics, framed and attributed statements."""
        answers = list(self.answers.values())
        return {
            "answered_statements": len(answers),
            "descriptive": sum(a.descriptive for a in answers),
            "points": len(self.points),
            "salient_points": sum(p.salient for p in self.points.values()),
            "subtopics": sum(len(subs) for subs in self.subtopics.values()),
            "framed": sum(a.framed is not None for a in answers),
            "attributions": sum(a.attribution for a in answers),
        }

    def theme_of(self, statement_id: str) -> str | None:
        """The theme the editor's answer puts the statement in (None for descriptive ones)."""
        point = self.answers[statement_id].point
        return self.points[point].theme if point else None


#: Largest evaluation material or statement-kind set (the largest shipped is under 1 MB).
MAX_MATERIAL_BYTES = 20_000_000


def _head(path: Path, size: int) -> str:
    """The first ``size`` characters of a regular file (for telling what it is; at most four
    bytes each); "" for anything else (a folder, a pipe, a device: the reader says what it
    is)."""
    if not path.is_file():
        return ""
    with path.open("rb") as fh:
        return fh.read(4 * size).decode("utf-8-sig", errors="replace")[:size]


#: The blank lines, comments and document start a YAML file may open with.
_COMMENTS = re.compile(r"\A(?:[ \t]*(?:#[^\n]*)?\n|---[ \t]*\n)*")
#: A key of the top-level mapping, at the start of its line.
_TOP_KEY = re.compile(rb"^([A-Za-z_][\w-]*):(?:[ \t]|\r?$)")


def _top_level_keys(path: Path) -> set[str]:
    """The keys of the top-level mapping of the regular file at ``path``, read line by line to
    ``MAX_MATERIAL_BYTES`` (a header comment or a long list before ``points:`` of any length);
    an empty set for anything else (a folder, a pipe, a device: the reader says what it is)."""
    if not path.is_file():
        return set()
    keys: set[str] = set()
    read = 0
    with path.open("rb") as fh:
        for line in fh:
            read += len(line)
            if read > MAX_MATERIAL_BYTES:
                break
            found = _TOP_KEY.match(line.removeprefix(b"\xef\xbb\xbf"))
            if found:
                keys.add(found.group(1).decode("ascii"))
    return keys


def read_yaml_file(path: str | Path) -> Any:
    """The parsed YAML of an evaluation file; ValidationError naming the file (and the line)
    when it cannot be read: missing, a folder, a pipe or a device, over
    ``MAX_MATERIAL_BYTES``, not UTF-8, not YAML."""
    name = str(path)
    try:
        raw = read_input(Path(path), MAX_MATERIAL_BYTES)
        text = decode(raw)
        return load_yaml(text)
    except FileNotFoundError:
        raise ValidationError([Problem(name, 0, "", "no such file")]) from None
    except InputTooLarge as exc:
        what = f"the file is {exc.size_text}, over the limit of {MAX_MATERIAL_BYTES:,}"
        raise ValidationError([Problem(name, 0, "", what)]) from None
    except OSError as exc:
        what = f"cannot read the file: {exc.strerror or exc}"
        raise ValidationError([Problem(name, 0, "", what)]) from None
    except SourceProblem as exc:
        raise ValidationError([Problem(name, exc.line, exc.field, exc.message)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ValidationError([Problem(name, line, "", f"not valid YAML: {problem}")]) from None


def is_material(path: str | Path) -> bool:
    """True for a YAML file shaped as evaluation material (``sessions`` and ``points``)."""
    p = Path(path)
    if p.suffix.lower() not in (".yaml", ".yml"):
        return False
    keys = _top_level_keys(p)
    return "points" in keys and "sessions" in keys


def load_material(path: str | Path) -> Material:
    """Read a material file; raise ValidationError naming file, line and field on problems."""
    name = str(path)
    data = read_yaml_file(path)
    problems: list[Problem] = []

    def bad(container: Any, key: str | int | None, message: str, field: str = "") -> None:
        problems.append(Problem(name, line_of(container, key) or 1, field, message))

    if not isinstance(data, Mapping):
        raise ValidationError([Problem(name, 1, "", "evaluation material must be a mapping")])
    edition = _edition(data.get("edition"), name)
    language = str(data.get("language") or edition.language)
    subtopics: dict[str, dict[str, str]] = {}
    themes = set(edition.theme_keys())
    for theme, subs in (data.get("subtopics") or {}).items():
        if theme not in themes:
            bad(data.get("subtopics"), theme, f"unknown theme {theme!r}", "subtopics")
            continue
        subtopics[str(theme)] = {str(k): str(v) for k, v in (subs or {}).items()}
    theme_of_sub = {s: t for t, subs in subtopics.items() for s in subs}
    points: dict[str, Point] = {}
    for key, spec in (data.get("points") or {}).items():
        spec = spec or {}
        sub = str(spec.get("subtopic", ""))
        if not _ID.match(str(key)):
            bad(data["points"], key, f"bad point id {key!r}", "points")
        if sub not in theme_of_sub:
            bad(data["points"], key, f"unknown sub-topic {sub!r}", f"points.{key}.subtopic")
            continue
        points[str(key)] = Point(str(key), theme_of_sub[sub], sub, bool(spec.get("salient")))
    sink = Sink()
    builder = RecordBuilder(Vocabulary(edition), sink)
    sessions: list[Session] = []
    statements: list[Statement] = []
    answers: dict[str, Answer] = {}
    for i, raw in enumerate(data.get("sessions") or []):
        if not isinstance(raw, Mapping):
            bad(data.get("sessions"), i, "must be a mapping", f"sessions.{i}")
            continue
        record, given = _split(raw, bad, points)
        built = builder.build(RawRecord(record, name, line_of(data["sessions"], i) or 1))
        if built is None:
            continue
        session, own = built
        if len(own) != len(given):
            bad(raw, None, f"session {session.code!r}: some statements were not imported")
            continue
        sessions.append(session)
        statements.extend(own)
        for st, answer in zip(own, given, strict=True):
            answers[st.id] = answer
    problems.extend(sink.errors)
    used = {a.point for a in answers.values() if a.point}
    problems.extend(
        Problem(name, line_of(data["points"], p) or 1, "points", "no statement makes this point")
        for p in points
        if p not in used
    )
    if problems:
        raise ValidationError(problems)
    return Material(
        name=str(data.get("name") or Path(path).stem),
        path=name,
        language=language,
        edition=edition,
        corpus=Corpus(tuple(sessions), tuple(statements)),
        answers=answers,
        points=points,
        subtopics=subtopics,
    )


def _edition(spec: Any, name: str) -> Edition:
    try:
        if isinstance(spec, Mapping):
            return parse_edition(spec, f"{name} (edition)")
        return load_edition(str(spec or "igf2025"))
    except EditionError as exc:
        raise ValidationError([Problem(name, 0, "edition", str(exc))]) from exc


def _split(
    raw: Mapping[str, Any], bad: Any, points: Mapping[str, Point]
) -> tuple[LineDict, list[Answer]]:
    """The report as the importer reads it, and the answers of its statements in order."""
    record = LineDict()
    record.line = getattr(raw, "line", 0)
    record.lines = dict(getattr(raw, "lines", {}))
    answers: list[Answer] = []
    for key, value in raw.items():
        if key not in STATEMENT_FIELDS or not isinstance(value, Sequence):
            record[key] = value
            continue
        texts = LineList()
        texts.lines = []
        for j, item in enumerate(value):
            if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
                bad(value, j, "a statement needs a 'text' (a string)", f"{key}.{j}.text")
                continue
            typed = _typed_answer(item)
            for word, message in typed:
                bad(value, j, message, f"{key}.{j}.{word}")
            point = item.get("point")
            descriptive = item.get("descriptive") is True
            if not typed and descriptive == bool(point):
                bad(value, j, "give either 'descriptive: true' or a 'point'", f"{key}.{j}")
            if point and not typed and str(point) not in points:
                bad(value, j, f"unknown point {point!r}", f"{key}.{j}.point")
            framed = item.get("framed")
            answers.append(
                Answer(
                    descriptive=descriptive,
                    point=str(point) if point else None,
                    framed=str(framed) if framed else None,
                    attribution=bool(item.get("attribution")),
                )
            )
            texts.append(item["text"])
            texts.lines.append(line_of(value, j))
        record[key] = texts
    return record, answers


def _typed_answer(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(field, what is wrong) for each answer of a statement given as the wrong type:
    ``descriptive`` and ``attribution`` are true or false, ``point`` an id, ``framed`` text."""
    wrong: list[tuple[str, str]] = []
    for flag in ("descriptive", "attribution"):
        if not isinstance(item.get(flag, False), bool):
            wrong.append((flag, f"must be true or false, not {_shown_type(item[flag])}"))
    for word, allowed in (("point", (str, int)), ("framed", (str,))):
        given = item.get(word)
        if given is not None and (isinstance(given, bool) or not isinstance(given, allowed)):
            wrong.append((word, f"must be text, not {_shown_type(given)}"))
    return wrong


def _shown_type(value: Any) -> str:
    """A YAML value as a problem names it: "a list", "a mapping", or the value quoted."""
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return repr(value)


@dataclass(frozen=True)
class KindItem:
    language: str
    kind: str  # descriptive | framed | point
    text: str
    point: str | None
    attribution: bool = False  # says who said or presented what


def is_kind_set(path: str | Path) -> bool:
    p = Path(path)
    if p.suffix.lower() not in (".yaml", ".yml"):
        return False
    head = _COMMENTS.sub("", _head(p, 1_000_000), count=1)[:4000]
    return bool(re.search(r"^- *\{?\s*lang:", head, re.M))


def load_kind_set(path: str | Path) -> list[KindItem]:
    """A labelled list of statements: ``- {lang, kind, text, point?, attribution?}``."""
    name = str(path)
    data = read_yaml_file(path)
    if not isinstance(data, list):
        raise ValidationError([Problem(name, 1, "", "a statement-kind set is a list")])
    out: list[KindItem] = []
    problems: list[Problem] = []
    for i, item in enumerate(data):
        kind = item.get("kind") if isinstance(item, Mapping) else None
        if kind not in ("descriptive", "framed", "point") or not isinstance(item.get("text"), str):
            problems.append(Problem(name, line_of(data, i) or 1, "", "needs lang, kind and text"))
            continue
        if item.get("lang") not in UN_LANGUAGES:  # missing, or a code the classifier lacks
            langs = ", ".join(UN_LANGUAGES)
            problems.append(Problem(name, line_of(data, i) or 1, "lang", f"must be one of {langs}"))
            continue
        point = item.get("point")
        out.append(
            KindItem(
                str(item.get("lang")),
                kind,
                item["text"],
                point and str(point),
                bool(item.get("attribution")),
            )
        )
    if problems:
        raise ValidationError(problems)
    return out
