"""messages.json read back: the core Draft that ``jsondoc.render_json`` wrote.

::

    draft_from_json(text, source)   -> Draft   (source names the file in errors)
    load_draft_json(path)           -> Draft

Everything the file holds comes back, so the rebuilt draft renders to the same bytes. Not read:
``generator``, ``title``, ``intro`` and a theme's ``frameworks.line`` (the renderers compute
them again), and keys this version does not know (adding keys keeps the schema version);
``Edition.settings`` is not in the file and stays empty. A ``null`` score comes back as NaN,
which is written as ``null`` again. A missing ``credit`` (files written before it existed)
is no credit; a missing ``state`` is a draft.

Every problem raises ``InputError`` naming the file and the JSON path of the bad value:
``messages.json: themes[2].topics[0].messages[3].text: missing``.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from forum_messages.errors import InputError
from forum_messages.export.jsondoc import SCHEMA_VERSION
from forum_messages.limits import InputTooLarge, load_json, read_input
from forum_messages.model import (
    STAGES,
    Assignment,
    Component,
    DocState,
    Draft,
    DraftTheme,
    Edition,
    Frameworks,
    GlobalSouth,
    Ledger,
    Location,
    Message,
    NotReflected,
    Organiser,
    SentenceCheck,
    Session,
    SourceRef,
    Tag,
    ThemeSpec,
    Topic,
    TopicLevel,
    Writing,
)
from forum_messages.textsafe import printable, without_bidi_controls

T = TypeVar("T")

#: Largest messages.json read, file or pipe: the bound a pipe that never ends meets (before
#: it, a file was read whole whatever its size).
MAX_DRAFT_BYTES = 1_000_000_000


class _Bad(Exception):
    """A bad value at ``path``; turned into an InputError naming the file."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def _kind(value: object) -> str:
    """The JSON kind of ``value``, with its article: "a string", "null", "an array"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if not key.isidentifier():
        return f"{path}[{json.dumps(key, ensure_ascii=False)}]"
    return f"{path}.{key}" if path else key


def _expect(value: object, want: str, path: str) -> _Bad:
    return _Bad(path, f"expected {want}, got {_kind(value)}")


def _string(value: object, path: str) -> str:
    """A string, without the control characters no output may carry (a ``"\\u0001"`` in a
    file edited by hand: a Word file could not hold it, an XLIFF file would not be XML) and
    without the direction controls (``textsafe.BIDI_CONTROLS``), as the report readers."""
    if not isinstance(value, str):
        raise _expect(value, "a string", path)
    return without_bidi_controls(printable(value))


def _integer(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _expect(value, "an integer", path)
    return value


def _number(value: object, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _expect(value, "a number", path)
    return float(value)


class _Obj:
    """A JSON object and its path (``themes[2].topics[0]``), with typed getters."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise _expect(value, "an object", path or "top level")
        self.data: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return _join(self.path, key)

    def value(self, key: str) -> Any:
        if key not in self.data:
            raise _Bad(self.at(key), "missing")
        return self.data[key]

    def text(self, key: str) -> str:
        return _string(self.value(key), self.at(key))

    def optional_text(self, key: str) -> str | None:
        value = self.value(key)
        return None if value is None else _string(value, self.at(key))

    def integer(self, key: str) -> int:
        return _integer(self.value(key), self.at(key))

    def flag(self, key: str) -> bool:
        value = self.value(key)
        if not isinstance(value, bool):
            raise _expect(value, "true or false", self.at(key))
        return value

    def score(self, key: str) -> float:
        """A number; ``null`` (written for a value that was not finite) is NaN."""
        value = self.value(key)
        return math.nan if value is None else _number(value, self.at(key))

    def share(self, key: str) -> float | None:
        value = self.value(key)
        return None if value is None else _number(value, self.at(key))

    def obj(self, key: str) -> _Obj:
        return _Obj(self.value(key), self.at(key))

    def optional_obj(self, key: str) -> _Obj | None:
        value = self.value(key)
        return None if value is None else _Obj(value, self.at(key))

    def array(self, key: str) -> list[tuple[Any, str]]:
        """The items of an array, each with its path."""
        value = self.value(key)
        if not isinstance(value, list):
            raise _expect(value, "an array", self.at(key))
        return [(item, _join(self.at(key), i)) for i, item in enumerate(value)]

    def each(self, key: str, read: Callable[[_Obj], T]) -> tuple[T, ...]:
        """``read`` applied to each object of an array."""
        return tuple(read(_Obj(item, path)) for item, path in self.array(key))

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(_string(item, path) for item, path in self.array(key))

    def get(self, key: str, read: Callable[[_Obj, str], T], default: T) -> T:
        """``read(self, key)`` when the object has ``key``, else ``default``."""
        return read(self, key) if key in self.data else default

    def mapping(self, key: str, read: Callable[[object, str], T]) -> dict[str, T]:
        """An object's values read by ``read``, in the file's order."""
        obj = self.obj(key)
        return {k: read(v, obj.at(k)) for k, v in obj.data.items()}

    def per_language(self, key: str) -> dict[str, str]:
        return self.mapping(key, _string)

    def lists(self, key: str) -> dict[str, tuple[str, ...]]:
        obj = self.obj(key)
        return {k: obj.texts(k) for k in obj.data}


def _ledger(o: _Obj) -> Ledger:
    return Ledger(
        statements=o.integer("statements"),
        sessions=o.integer("sessions"),
        nri_inputs=o.integer("nri_inputs"),
        stakeholder_groups=o.mapping("stakeholder_groups", _integer),
        regions=o.mapping("regions", _integer),
        languages=o.mapping("languages", _integer),
        global_south_share=o.share("global_south_share"),
        transcript_statements=o.get("transcript_statements", _Obj.integer, 0),
        responses=o.get("responses", _Obj.integer, 0),
        campaigns=o.get("campaigns", lambda ob, k: ob.mapping(k, _integer), {}),
    )


def _message(o: _Obj) -> Message:
    return Message(
        id=o.text("id"),
        text=o.text("text"),
        language=o.text("language"),
        translated=o.flag("translated"),
        sources=o.each(
            "sources",
            lambda s: SourceRef(s.text("statement"), s.text("session"), s.score("similarity")),
        ),
        tags=o.each("tags", lambda g: Tag(g.text("framework"), g.text("id"), g.score("score"))),
        ledger=_ledger(o.obj("ledger")),
        writing=o.get("writing", lambda m, k: _writing(m.obj(k)), None),
    )


def _writing(o: _Obj) -> Writing:
    return Writing(
        model=o.text("model"),
        status=o.text("status"),
        reason=o.text("reason"),
        sentences=o.each(
            "sentences",
            lambda c: SentenceCheck(
                c.text("text"),
                c.flag("kept"),
                c.score("similarity"),
                c.text("source"),
                c.texts("problems"),
            ),
        ),
        edited=o.get("edited", _Obj.flag, False),
    )


def _level(o: _Obj) -> TopicLevel:
    return TopicLevel(id=o.text("id"), title=o.text("title"), keyphrases=o.texts("keyphrases"))


def _topic(o: _Obj) -> Topic:
    return Topic(
        id=o.text("id"),
        title=o.text("title"),
        keyphrases=o.texts("keyphrases"),
        messages=o.each("messages", _message),
        parents=o.get("parents", lambda obj, key: obj.each(key, _level), ()),
        title_writing=o.get("title_writing", lambda m, k: _writing(m.obj(k)), None),
    )


def _theme(o: _Obj) -> DraftTheme:
    fw = o.obj("frameworks")
    return DraftTheme(
        key=o.text("key"),
        title=o.text("title"),
        description=o.text("description"),
        issue_areas=o.texts("issue_areas"),
        frameworks=Frameworks(gdc=fw.texts("gdc"), wsis=fw.texts("wsis"), sdg=fw.texts("sdg")),
        topics=o.each("topics", _topic),
        ledger=_ledger(o.obj("ledger")),
        summary=o.get("summary", _Obj.text, ""),
        summary_writing=o.get("summary_writing", lambda m, k: _writing(m.obj(k)), None),
    )


def _not_reflected(o: _Obj) -> NotReflected:
    return NotReflected(
        statement=o.text("statement"),
        session=o.text("session"),
        theme=o.optional_text("theme"),
        reason=o.text("reason"),
        detail=o.text("detail"),
    )


def _statement(o: _Obj) -> Assignment:
    return Assignment(
        id=o.text("id"),
        session=o.text("session"),
        kind=o.text("kind"),
        text=o.text("text"),
        language=o.text("language"),
        language_confidence=o.score("language_confidence"),
        theme=o.optional_text("theme"),
        theme_confidence=o.score("theme_confidence"),
        theme_inferred=o.flag("theme_inferred"),
        needs_review=o.flag("needs_review"),
        topic=o.optional_text("topic"),
        message=o.optional_text("message"),
        campaign=o.get("campaign", _Obj.optional_text, None),
        campaign_size=o.get("campaign_size", _Obj.integer, 0),
        addition=o.get("addition", _Obj.flag, False),
    )


def _organiser(o: _Obj) -> Organiser:
    return Organiser(
        name=o.text("name"),
        stakeholder_group=o.optional_text("stakeholder_group"),
        region=o.optional_text("region"),
        country=o.optional_text("country"),
    )


def _session_kind(o: _Obj) -> Literal["session", "nri"]:
    kind = o.text("kind")
    if kind == "session":
        return "session"
    if kind == "nri":
        return "nri"
    raise _Bad(o.at("kind"), f'expected "session" or "nri", got {json.dumps(kind)}')


def _session(o: _Obj) -> Session:
    where = o.obj("location")
    return Session(
        code=o.text("code"),
        title=o.text("title"),
        type=o.text("type"),
        theme=o.optional_text("theme"),
        language=o.optional_text("language"),
        organisers=o.each("organisers", _organiser),
        location=Location(where.text("file"), where.integer("line"), where.text("field")),
        kind=_session_kind(o),
        nri_kind=o.optional_text("nri_kind"),
        country=o.optional_text("country"),
        region=o.optional_text("region"),
        source=o.get("source", _Obj.text, "report"),
        responses=o.get("responses", _Obj.integer, 0),
        campaign=o.get("campaign", _Obj.optional_text, None),
        confirmed=o.texts("confirmed") if "confirmed" in o.data else (),
    )


def _component(o: _Obj) -> Component:
    return Component(role=o.text("role"), name=o.text("name"), params=o.obj("params").data)


def _theme_spec(o: _Obj) -> ThemeSpec:
    return ThemeSpec(
        key=o.text("key"),
        title=o.per_language("title"),
        description=o.per_language("description"),
        issue_areas=o.lists("issue_areas"),
        seeds=o.lists("seeds"),
    )


def _edition(o: _Obj) -> Edition:
    dates = o.optional_obj("dates")
    review = o.optional_obj("review")
    gs = o.obj("global_south")
    return Edition(
        name=o.per_language("name"),
        year=o.integer("year"),
        language=o.text("language"),
        themes=o.each("themes", _theme_spec),
        place=o.per_language("place"),
        dates=(dates.text("start"), dates.text("end")) if dates else None,
        overarching_theme=o.per_language("overarching_theme"),
        review=(review.text("opens"), review.text("closes")) if review else None,
        stakeholder_groups=o.texts("stakeholder_groups"),
        regional_groups=o.texts("regional_groups"),
        global_south=GlobalSouth(
            regions=gs.texts("regions"),
            countries=gs.texts("countries"),
            exclude_countries=gs.texts("exclude_countries"),
        ),
        intro=o.per_language("intro"),
        disclaimer=o.per_language("disclaimer"),
        source=o.text("source"),
    )


def _draft(data: object) -> Draft:
    if not isinstance(data, dict):
        raise _Bad(
            "top level",
            f"expected an object (a messages.json written by forum-messages), got {_kind(data)}",
        )
    top = _Obj(data, "")
    version = top.value("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _expect(version, "an integer", "schema_version")
    if version != SCHEMA_VERSION:
        raise _Bad(
            "schema_version",
            f"version {version} is not supported: this forum-messages reads version "
            f"{SCHEMA_VERSION} (update forum-messages, or write the file again with this one)",
        )
    return Draft(
        edition=_edition(top.obj("edition")),
        language=top.text("language"),
        themes=top.each("themes", _theme),
        not_reflected=top.each("not_reflected", _not_reflected),
        statements=top.each("statements", _statement),
        sessions=top.each("sessions", _session),
        ledger=_ledger(top.obj("ledger")),
        pipeline=top.each("pipeline", _component),
        credit=top.texts("credit") if "credit" in data else (),
        state=_state(top.optional_obj("state")) if "state" in data else DocState(),
    )


def _state(o: _Obj | None) -> DocState:
    if o is None:
        return DocState()
    stage = o.text("stage")
    if stage not in STAGES:
        raise _Bad(o.at("stage"), f"unknown stage '{stage}'; valid stages: {', '.join(STAGES)}")
    return DocState(
        stage=stage,  # type: ignore[arg-type]
        published=o.optional_text("published"),
        translated_from=o.optional_text("translated_from"),
    )


def draft_from_json(text: str, source: str = "messages.json") -> Draft:
    """The Draft written as ``text`` by ``render_json``; ``source`` names it in errors."""
    try:
        data = load_json(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{source}:{exc.lineno}: not valid JSON: {exc.msg} (column {exc.colno})"
        ) from exc
    except ValueError as exc:
        raise InputError(f"{source}: not usable JSON: {exc}") from exc
    return draft_from_data(data, source)


def draft_from_data(data: object, source: str = "messages.json") -> Draft:
    """The Draft in parsed messages.json ``data``; InputError naming ``source`` and the field."""
    try:
        return _draft(data)
    except _Bad as exc:
        raise InputError(f"{source}: {exc.path}: {exc.message}") from None


def load_draft_json(path: str | os.PathLike[str]) -> Draft:
    """The Draft in the messages.json file at ``path``."""
    file = Path(path)
    try:
        text = read_input(file, MAX_DRAFT_BYTES).decode("utf-8")  # a file, or a pipe
    except InputTooLarge as exc:
        raise InputError(
            f"{file}: the file is {exc.size_text}, over the limit of {MAX_DRAFT_BYTES:,} for "
            "a messages.json; is this a messages.json?"
        ) from None
    except FileNotFoundError as exc:
        raise InputError(f"{file}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{file}: cannot read the file: {exc.strerror or exc}") from exc
    return draft_from_json(text, str(file))


#: The typed reader of a JSON object and its error, for the other readers of our JSON files.
JsonObject = _Obj
BadValue = _Bad

__all__ = ["BadValue", "JsonObject", "draft_from_data", "draft_from_json", "load_draft_json"]
