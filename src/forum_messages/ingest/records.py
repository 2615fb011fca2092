"""One raw report (a mapping in the record shape) -> a Session and its Statements.

Every reader hands :class:`RawRecord` s to :class:`RecordBuilder`, so every format is validated
the same way. The record shape::

    {"session": "WS #12", "title": "...", "type": "Workshop", "theme": "trust", "language": "zh",
     "organisers": [{"name": "...", "stakeholder_group": "...", "region": "...", "country": "..."}],
     "key_takeaways": ["..."], "calls_to_action": ["..."]}

    {"nri": "Kenya IGF", "kind": "national", "country": "Kenya", "region": "African Group",
     "language": "en", "messages": ["..."]}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from forum_messages.ingest.base import EMPTY, RawRecord, Sink
from forum_messages.ingest.fields import (
    KNOWN_FIELDS,
    MAX_CODE_CHARS,
    MAX_STATEMENT_CHARS,
    NRI_FIELDS,
    ORGANISER_ALIASES,
    ORGANISER_FIELDS,
    SESSION_FIELDS,
    SG,
    SOURCES,
    STATEMENT_FIELDS,
    canonical_key,
    infer_type,
    statement_id,
    suggest,
)
from forum_messages.ingest.languages import ACCEPTED, normalise_language
from forum_messages.ingest.text import clean_text
from forum_messages.ingest.vocab import UnknownValue, Vocabulary
from forum_messages.model import CitedTurn, Location, Organiser, Session, Statement
from forum_messages.yamlsrc import line_of

_OTHER_KIND_HINT = {
    "key_takeaways": "an NRI report lists its statements under 'messages'",
    "calls_to_action": "an NRI report lists its statements under 'messages'",
    "type": "an NRI report's type is always 'NRI report'",
    "messages": "'messages' is for NRI reports (use 'nri' instead of 'session'); "
    "a session report has key_takeaways and calls_to_action",
    "kind": "'kind' is for NRI reports (use 'nri' instead of 'session')",
    "country": "a session report gives country on each organiser",
    "region": "a session report gives region on each organiser",
}


def records_from_document(data: Any, file: str, sink: Sink) -> list[RawRecord]:
    """Records of a JSON or YAML document: a list, one record, or {sessions, nri_reports}."""
    if data is None:
        sink.warn(file, 0, "", EMPTY)
        return []
    if isinstance(data, list):
        return [RawRecord(item, file, line_of(data, i) or 1) for i, item in enumerate(data)]
    if not isinstance(data, Mapping):
        sink.error(file, line_of(data) or 1, "", _DOC_SHAPE)
        return []
    keys = {canonical_key(k): k for k in data}
    if "session" in keys or "nri" in keys:
        return [RawRecord(data, file, line_of(data) or 1)]
    lists = ("sessions", "nri_reports")
    if not any(c in keys for c in lists) and any(
        c in KNOWN_FIELDS or (suggest(c, KNOWN_FIELDS) and not isinstance(data[k], list))
        for c, k in keys.items()
    ):
        # one report with its 'session' misspelt or left out: said as such by the builder
        # (not "unknown list 'sesion'; did you mean 'sessions'?")
        return [RawRecord(data, file, line_of(data) or 1)]
    typos = {canon: suggest(canon, lists) for canon in keys if canon not in lists}
    if not any(c in keys for c in lists) and not any(typos.values()):
        sink.error(file, line_of(data) or 1, "", _DOC_SHAPE)
        return []
    out: list[RawRecord] = []
    for canon, key in keys.items():
        value = data[key]
        line = line_of(data, key) or 1
        if canon not in lists:
            if guess := typos[canon]:
                sink.error(file, line, str(key), f"unknown list '{key}'; did you mean '{guess}'?")
            else:
                sink.warn(file, line, str(key), "not used; ignored")
        elif not isinstance(value, list):
            sink.error(file, line, str(key), "must be a list of reports")
        else:
            out += [
                RawRecord(item, file, line_of(value, i) or line) for i, item in enumerate(value)
            ]
    return out


_DOC_SHAPE = (
    "expected a list of reports, one report (with 'session' or 'nri'), "
    "or a mapping with 'sessions' and/or 'nri_reports' lists"
)


class RecordBuilder:
    """Validates raw records against the edition's vocabulary; problems go to ``sink``."""

    def __init__(self, vocab: Vocabulary, sink: Sink):
        self.vocab = vocab
        self.sink = sink

    def build(self, rec: RawRecord) -> tuple[Session, list[Statement]] | None:
        """The session and its statements, or None when the record has errors (reported)."""
        return _Build(self, rec).run()


class _Build:
    """The validation of one record (one use only)."""

    def __init__(self, owner: RecordBuilder, rec: RawRecord):
        self.vocab = owner.vocab
        self.sink = owner.sink
        self.rec = rec
        self.keys: dict[str, Any] = {}  # canonical field -> key as written
        self.failed = False

    # -- reporting ------------------------------------------------------------------------
    def line(self, name: str, item: int | None = None, sub: str = "") -> int:
        key = self.keys.get(name, name)
        value = self.rec.data.get(key)
        if item is not None and isinstance(value, list):
            element = value[item] if item < len(value) else None
            if sub and isinstance(element, Mapping):
                for k in element:
                    if ORGANISER_ALIASES.get(canonical_key(k), canonical_key(k)) == sub:
                        return line_of(element, k) or line_of(value, item) or self.rec.line
            return line_of(value, item) or line_of(self.rec.data, key) or self.rec.line
        return line_of(self.rec.data, key) or self.rec.line

    def label(self, name: str, item: int | None = None, sub: str | None = None) -> str:
        path = ".".join(str(p) for p in (name, item, sub) if p is not None)
        return self.rec.names.get(path) or str(self.keys.get(name, name))

    def error(self, name: str, message: str, item: int | None = None, sub: str = "") -> None:
        self.failed = True
        path = ".".join(str(p) for p in (name, item, sub or None) if p is not None)
        if item is not None and path not in self.rec.names:
            what = "organiser" if name == "organisers" else "item"
            message = f"{what} {item + 1}{f' ({sub})' if sub else ''}: {message}"
        line = self.line(name, item, sub)
        self.sink.error(self.rec.file, line, self.label(name, item, sub or None), message)

    # -- values ---------------------------------------------------------------------------
    def value(self, name: str) -> Any:
        return self.rec.data[self.keys[name]] if name in self.keys else None

    def text(self, name: str) -> str:
        """A top-level text field ('' when absent or empty)."""
        return self.scalar(name, self.value(name))

    def scalar(self, name: str, value: Any, item: int | None = None, sub: str = "") -> str:
        """A text value ('' when absent or empty); numbers are accepted as text."""
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.error(name, f"must be text, not {_kind(value)}", item, sub)
            return ""
        return clean_text(str(value))

    def resolve(
        self,
        name: str,
        fn: Callable[[str], str],
        value: str,
        item: int | None = None,
        sub: str = "",
    ) -> str:
        try:
            return fn(value)
        except UnknownValue as exc:
            self.error(name, str(exc), item, sub)
            return value

    # -- the record -----------------------------------------------------------------------
    def run(self) -> tuple[Session, list[Statement]] | None:
        rec = self.rec
        if not isinstance(rec.data, Mapping):
            self.sink.error(rec.file, rec.line, "", _RECORD_SHAPE + f", not {_kind(rec.data)}")
            return None
        self.read_keys()
        if "session" in self.keys and "nri" in self.keys:
            self.error("nri", "a report has either 'session' or 'nri', not both")
            return None
        is_nri = "nri" in self.keys
        code_field = "nri" if is_nri else "session"
        code = self.text(code_field)
        if not code:
            missing = code_field not in self.keys
            self.error(code_field, _RECORD_SHAPE if missing else "is empty")
            return None
        if len(code) > MAX_CODE_CHARS:
            self.error(code_field, f"is longer than {MAX_CODE_CHARS} characters")
        allowed = NRI_FIELDS if is_nri else SESSION_FIELDS
        for name in self.keys:
            if name not in allowed:
                self.error(
                    name,
                    f"is not used in {'an NRI' if is_nri else 'a session'} report: "
                    + _OTHER_KIND_HINT.get(name, ""),
                )
        theme = self.text("theme")
        theme_key = self.resolve("theme", self.vocab.theme, theme) if theme else None
        lang_text = self.text("language")
        language = normalise_language(lang_text) if lang_text else None
        if lang_text and language is None:
            self.error(
                "language",
                f"unknown language '{lang_text}'; accepted: {ACCEPTED} "
                "(codes such as 'en-GB' and names such as 'English' or 'français' work)",
            )
        organisers = self.organisers()
        title = self.text("title")
        if is_nri:
            kind_text, region_text = self.text("kind"), self.text("region")
            nri_kind = self.resolve("kind", self.vocab.nri_kind, kind_text) if kind_text else None
            region = self.resolve("region", self.vocab.region, region_text) if region_text else None
            session = Session(
                code=code,
                title=title or code,
                type="NRI report",
                theme=theme_key,
                language=language,
                organisers=organisers,
                location=Location(rec.file, rec.line),
                kind="nri",
                nri_kind=nri_kind,
                country=self.text("country") or None,
                region=region,
            )
        else:
            session = Session(
                code=code,
                title=title,
                type=self.text("type") or infer_type(code),
                theme=theme_key,
                language=language,
                organisers=organisers,
                location=Location(rec.file, rec.line),
                source=self.source(),
            )
        statements = self.statements(session, allowed)
        return None if self.failed else (session, statements)

    def read_keys(self) -> None:
        for key in self.rec.data:
            canon = canonical_key(key)
            line = line_of(self.rec.data, key) or self.rec.line
            if canon in self.keys:
                self.sink.error(
                    self.rec.file, line, str(key), f"given twice (also as '{self.keys[canon]}')"
                )
                self.failed = True
            elif canon in KNOWN_FIELDS:
                self.keys[canon] = key
            elif guess := suggest(canon, KNOWN_FIELDS):
                self.sink.error(
                    self.rec.file, line, str(key), f"unknown field '{key}'; did you mean '{guess}'?"
                )
                self.failed = True
            else:
                self.sink.warn(self.rec.file, line, str(key), "unknown field; ignored")

    def source(self) -> str:
        """'report' or 'transcript' (the citations in 'turns' must then be a mapping)."""
        source = self.text("source").casefold() or "report"
        if source not in SOURCES:
            self.error("source", f"unknown source '{source}'; accepted: {', '.join(SOURCES)}")
            return "report"
        turns = self.value("turns")
        if turns is not None and not isinstance(turns, Mapping):
            self.error(
                "turns",
                "must be a mapping of key_takeaways and calls_to_action to "
                "the turns each item cites",
            )
        return source

    def organisers(self) -> tuple[Organiser, ...]:
        raw = self.value("organisers")
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.error(
                "organisers",
                "must be a list of organisers, each with name, "
                "stakeholder_group, region and country",
            )
            return ()
        out: list[Organiser] = []
        for i, item in enumerate(raw):
            if isinstance(item, str):
                item = {"name": item}
            if not isinstance(item, Mapping):
                self.error(
                    "organisers",
                    f"must be a mapping with name, stakeholder_group, "
                    f"region and country, not {_kind(item)}",
                    i,
                )
                continue
            fields: dict[str, Any] = {}
            for key, value in item.items():
                canon = canonical_key(key)
                canon = ORGANISER_ALIASES.get(canon, canon)
                if canon in ORGANISER_FIELDS:
                    fields[canon] = value
                elif guess := suggest(canon, ORGANISER_FIELDS):
                    self.error("organisers", f"unknown field '{key}'; did you mean '{guess}'?", i)
                else:
                    line = line_of(item, key) or self.line("organisers", i)
                    self.sink.warn(
                        self.rec.file,
                        line,
                        self.label("organisers"),
                        f"organiser {i + 1}: unknown field '{key}'; ignored",
                    )
            name = self.scalar("organisers", fields.get("name"), i, "name")
            if not name:
                self.error("organisers", "name is required", i, "name")
            group = self.scalar("organisers", fields.get(SG), i, SG)
            region = self.scalar("organisers", fields.get("region"), i, "region")
            out.append(
                Organiser(
                    name=name,
                    stakeholder_group=self.resolve(
                        "organisers", self.vocab.stakeholder_group, group, i, "stakeholder_group"
                    )
                    if group
                    else None,
                    region=self.resolve("organisers", self.vocab.region, region, i, "region")
                    if region
                    else None,
                    country=self.scalar("organisers", fields.get("country"), i, "country") or None,
                )
            )
        return tuple(out)

    def statements(self, session: Session, allowed: tuple[str, ...]) -> list[Statement]:
        out: list[Statement] = []
        given = 0
        malformed = False
        for name, kind in STATEMENT_FIELDS.items():
            raw = self.value(name)
            if raw is None or name not in allowed:
                continue
            if not isinstance(raw, list):
                self.error(
                    name,
                    f"must be a list of texts, not {_kind(raw)}"
                    + (
                        " (write it as a list: one '- ' line per statement)"
                        if isinstance(raw, str)
                        else ""
                    ),
                )
                malformed = True
                continue
            given += len(raw)
            cited = self.citations(name, len(raw))
            seen: dict[str, int] = {}
            index = 0
            for i, item in enumerate(raw):
                if item is None:
                    self.error(name, "is empty", i)
                    continue
                if not isinstance(item, str):
                    hint = " (quote it)" if isinstance(item, bool | int | float | Mapping) else ""
                    self.error(name, f"must be text, not {_kind(item)}{hint}", i)
                    continue
                text = clean_text(item)
                if not text:
                    self.error(name, "is empty", i)
                    continue
                if len(text) > MAX_STATEMENT_CHARS:
                    self.error(
                        name,
                        f"is {len(text):,} characters long; the limit is "
                        f"{MAX_STATEMENT_CHARS:,}: split it into shorter statements",
                        i,
                    )
                    continue
                n = seen.get(text, 0)
                seen[text] = n + 1
                out.append(
                    Statement(
                        id=statement_id(session.code, kind, text, n),
                        session=session.code,
                        kind=kind,
                        index=index,
                        text=text,
                        language=session.language,
                        theme=session.theme,
                        location=Location(self.rec.file, self.line(name, i), self.label(name, i)),
                        turns=cited[i],
                    )
                )
                index += 1
        if given == 0 and not malformed:
            what = "messages" if session.kind == "nri" else "key_takeaways or calls_to_action"
            self.error(
                "nri" if session.kind == "nri" else "session",
                f"'{session.code}' has no statements: give at least one in {what}",
            )
        return out

    def citations(self, name: str, items: int) -> list[tuple[CitedTurn, ...]]:
        """The turns each of the ``items`` items of list ``name`` cites, from ``turns``
        (``{name: [[{speaker, turn, text}, ...], ...]}``: one list per item, in order)."""
        out: list[tuple[CitedTurn, ...]] = [() for _ in range(items)]
        turns = self.value("turns")
        if not isinstance(turns, Mapping) or turns.get(name) is None:
            return out  # not a mapping: reported by source()
        lists = turns[name]
        if not isinstance(lists, list) or len(lists) != items:
            given = f"{len(lists)} item(s)" if isinstance(lists, list) else _kind(lists)
            self.error(
                "turns",
                f"'{name}' must be a list of {items} lists of turns, one per item, not {given}",
            )
            return out
        for i, cites in enumerate(lists):
            if not isinstance(cites, list):
                self.error(
                    "turns", f"{name} item {i + 1}: must be a list of turns, not {_kind(cites)}"
                )
                continue
            out[i] = tuple(c for c in (self.cited_turn(name, i, c) for c in cites) if c)
        return out

    def cited_turn(self, name: str, i: int, cite: Any) -> CitedTurn | None:
        speaker = cite.get("speaker") if isinstance(cite, Mapping) else None
        turn = cite.get("turn") if isinstance(cite, Mapping) else None
        text = cite.get("text", "") if isinstance(cite, Mapping) else ""
        if (
            not isinstance(speaker, str)
            or isinstance(turn, bool)
            or not isinstance(turn, int)
            or turn < 1
            or not isinstance(text, str)
        ):
            self.error(
                "turns",
                f"{name} item {i + 1}: each turn is a mapping with speaker (text), turn (a number "
                "from 1) and optionally text",
            )
            return None
        return CitedTurn(clean_text(speaker), turn, clean_text(text))


_RECORD_SHAPE = "a report needs 'session' (or 'nri' for an NRI report) and at least one statement"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "empty" if value is None else type(value).__name__
