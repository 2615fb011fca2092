"""The draft as JSON: everything in the document model, deterministic, schema-checked.

The shape is described by ``schema/messages.schema.json`` (JSON Schema 2020-12) and in
``docs/outputs.md``; ``jsonread.py`` reads it back into a Draft. Object keys are sorted;
list order is the draft's order; floats are rounded to 4 decimals; no timestamps, so the same
draft always gives the same bytes.
"""

from __future__ import annotations

import dataclasses
import json
import math
import numbers
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import PurePath
from typing import Any

from forum_messages.export.common import (
    GENERATOR,
    VERSION,
    framework_line,
    full_title,
    intro,
    state_label,
)
from forum_messages.export.jsontext import Streamed, iter_indented
from forum_messages.model import (
    Assignment,
    Component,
    Draft,
    DraftTheme,
    Edition,
    Ledger,
    Message,
    NotReflected,
    Session,
    SourceRef,
    Topic,
    Writing,
)

#: Bumped when a key is renamed or removed (adding keys keeps the version).
SCHEMA_VERSION = 1


def _float(x: float) -> float | None:
    if not math.isfinite(x):
        return None
    out = round(float(x), 4)
    return 0.0 if out == 0 else out


def plain(obj: object) -> Any:
    """Any parameter value as JSON data, deterministically (sets sorted, floats rounded)."""
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, numbers.Integral):
        return int(obj)
    if isinstance(obj, numbers.Real):
        return _float(float(obj))
    if isinstance(obj, Mapping):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (set, frozenset)):
        items = [plain(v) for v in obj]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    if isinstance(obj, PurePath):
        return obj.as_posix()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return plain({f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)})
    return str(obj)


def _texts(texts: Mapping[str, str]) -> dict[str, str]:
    return {str(k): str(v) for k, v in texts.items()}


def _counts(values: Mapping[str, int]) -> dict[str, int]:
    return {str(k): int(v) for k, v in values.items()}


def ledger_dict(ledger: Ledger) -> dict[str, Any]:
    return (
        {
            "statements": int(ledger.statements),
            "sessions": int(ledger.sessions),
            "nri_inputs": int(ledger.nri_inputs),
            "stakeholder_groups": _counts(ledger.stakeholder_groups),
            "regions": _counts(ledger.regions),
            "languages": _counts(ledger.languages),
            "global_south_share": (
                None if ledger.global_south_share is None else _float(ledger.global_south_share)
            ),
        }
        | (
            {"transcript_statements": ledger.transcript_statements}
            if ledger.transcript_statements
            else {}
        )
        | (
            {"responses": int(ledger.responses), "campaigns": _counts(ledger.campaigns)}
            if ledger.responses
            else {}
        )
    )


def _writing(w: Writing) -> dict[str, Any]:
    return {
        "model": w.model,
        "status": w.status,
        "reason": w.reason,
        "sentences": [
            {
                "text": c.text,
                "kept": c.kept,
                "similarity": _float(c.similarity),
                "source": c.source,
                "problems": list(c.problems),
            }
            for c in w.sentences
        ],
    } | ({"edited": True} if w.edited else {})


def _source(s: SourceRef) -> dict[str, Any]:
    return {"statement": s.statement, "session": s.session, "similarity": _float(s.similarity)}


def _message(m: Message, lazy: bool = False) -> dict[str, Any]:
    written = {"writing": _writing(m.writing)} if m.writing is not None else {}
    return {
        **written,
        "id": m.id,
        "text": m.text,
        "language": m.language,
        "translated": m.translated,
        "sources": LazyList(m.sources, _source) if lazy else [_source(s) for s in m.sources],
        "tags": [{"framework": g.framework, "id": g.id, "score": _float(g.score)} for g in m.tags],
        "ledger": ledger_dict(m.ledger),
    }


def _topic(tp: Topic, lazy: bool = False) -> dict[str, Any]:
    written = {"title_writing": _writing(tp.title_writing)} if tp.title_writing else {}
    out: dict[str, Any] = {
        "id": tp.id,
        "title": tp.title,
        **written,
        "keyphrases": list(tp.keyphrases),
        "messages": (
            LazyList(tp.messages, partial(_message, lazy=True))
            if lazy
            else [_message(m) for m in tp.messages]
        ),
    }
    if tp.parents:  # only drafts large enough to have topics above their sub-topics
        out["parents"] = [
            {"id": p.id, "title": p.title, "keyphrases": list(p.keyphrases)} for p in tp.parents
        ]
    return out


def _theme(th: DraftTheme, lang: str, lazy: bool = False) -> dict[str, Any]:
    fw = th.frameworks
    return {
        "key": th.key,
        "title": th.title,
        "description": th.description,
        "issue_areas": list(th.issue_areas),
        "frameworks": {
            "gdc": list(fw.gdc),
            "wsis": list(fw.wsis),
            "sdg": list(fw.sdg),
            "line": framework_line(th, lang),
        },
        "topics": (
            LazyList(th.topics, partial(_topic, lazy=True))
            if lazy
            else [_topic(tp) for tp in th.topics]
        ),
        "ledger": ledger_dict(th.ledger),
    } | (
        {"summary": th.summary, "summary_writing": _writing(th.summary_writing)}
        if th.summary_writing is not None
        else {}
    )


def _not_reflected(n: NotReflected) -> dict[str, Any]:
    return {
        "statement": n.statement,
        "session": n.session,
        "theme": n.theme,
        "reason": n.reason,
        "detail": n.detail,
    }


def _statement(a: Assignment, drafted: Mapping[str, Session] | None = None) -> dict[str, Any]:
    drafted = drafted or {}
    out = {
        "id": a.id,
        "session": a.session,
        "kind": a.kind,
        "text": a.text,
        "language": a.language,
        "language_confidence": _float(a.language_confidence),
        "theme": a.theme,
        "theme_confidence": _float(a.theme_confidence),
        "theme_inferred": a.theme_inferred,
        "needs_review": a.needs_review,
        "topic": a.topic,
        "message": a.message,
    }
    if a.session in drafted and drafted[a.session].drafted(a.id):  # from the transcript
        out["machine_drafted"] = True
    if a.campaign is not None:  # consultation input: a campaign's text or a copy's addition
        out |= {"campaign": a.campaign, "campaign_size": a.campaign_size, "addition": a.addition}
    return out


def _session(s: Session) -> dict[str, Any]:
    return {
        "code": s.code,
        "title": s.title,
        "type": s.type,
        "kind": s.kind,
        "theme": s.theme,
        "language": s.language,
        "organisers": [
            {
                "name": o.name,
                "stakeholder_group": o.stakeholder_group,
                "region": o.region,
                "country": o.country,
            }
            for o in s.organisers
        ],
        "nri_kind": s.nri_kind,
        "country": s.country,
        "region": s.region,
        "location": {"file": s.location.file, "line": s.location.line, "field": s.location.field},
    } | (
        ({"source": s.source} if s.source != "report" else {})
        # drafted from its transcript: the items its organisers confirmed (their report)
        | ({"confirmed": list(s.confirmed)} if s.confirmed else {})
        # consultation input: responses the session stands for, the campaign it is or copies
        | ({"responses": s.responses, "campaign": s.campaign} if s.responses else {})
    )


def _component(c: Component) -> dict[str, Any]:
    return {"role": c.role, "name": c.name, "params": plain(c.params)}


def _edition(ed: Edition) -> dict[str, Any]:
    gs = ed.global_south
    return {
        "name": _texts(ed.name),
        "year": ed.year,
        "language": ed.language,
        "place": _texts(ed.place),
        "dates": {"start": ed.dates[0], "end": ed.dates[1]} if ed.dates else None,
        "overarching_theme": _texts(ed.overarching_theme),
        "review": {"opens": ed.review[0], "closes": ed.review[1]} if ed.review else None,
        "themes": [
            {
                "key": spec.key,
                "title": _texts(spec.title),
                "description": _texts(spec.description),
                "issue_areas": {k: list(v) for k, v in spec.issue_areas.items()},
                "seeds": {k: list(v) for k, v in spec.seeds.items()},
            }
            for spec in ed.themes
        ],
        "stakeholder_groups": list(ed.stakeholder_groups),
        "regional_groups": list(ed.regional_groups),
        "global_south": {
            "regions": list(gs.regions),
            "countries": list(gs.countries),
            "exclude_countries": list(gs.exclude_countries),
        },
        "intro": _texts(ed.intro),
        "disclaimer": _texts(ed.disclaimer),
        "source": ed.source,
    }


class LazyList(Streamed):
    """A JSON array made an item at a time as the encoder reaches it: ``items`` converted by
    ``convert``, never all held at once. A list to the encoder (which asks only its length
    and its items in order), so the text is the same as for the converted list."""

    def __init__(self, items: Sequence[Any], convert: Callable[[Any], Any]) -> None:
        super().__init__()
        self._items = items
        self._convert = convert

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        return map(self._convert, self._items)


def draft_to_dict(draft: Draft) -> dict[str, Any]:
    """Everything in ``draft`` as JSON data (see docs/outputs.md for the keys)."""
    return _data(draft, lazy=False)


def _data(draft: Draft, lazy: bool) -> dict[str, Any]:
    """The JSON data; with ``lazy``, the lists of statements, sessions and statements not
    reflected (one item an input statement or session), and each message with its sources,
    are made as they are encoded."""
    lang = draft.language
    drafted = {s.code: s for s in draft.sessions if s.source == "transcript"}

    def rows(items: Sequence[Any], convert: Callable[[Any], Any]) -> list[Any]:
        return LazyList(items, convert) if lazy else [convert(item) for item in items]

    return {
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": GENERATOR, "version": VERSION},
        "language": lang,
        "title": full_title(draft),
        "state": {
            "stage": draft.state.stage,
            "published": draft.state.published,
            "translated_from": draft.state.translated_from,
            "label": state_label(draft),
        },
        "intro": intro(draft),
        "edition": _edition(draft.edition),
        "themes": [_theme(th, lang, lazy) for th in draft.themes],
        "not_reflected": rows(draft.not_reflected, _not_reflected),
        "statements": rows(draft.statements, lambda a: _statement(a, drafted)),
        "sessions": rows(draft.sessions, _session),
        "ledger": ledger_dict(draft.ledger),
        "pipeline": [_component(c) for c in draft.pipeline],
        "credit": list(draft.credit),
    }


def iter_json(draft: Draft) -> Iterator[str]:
    """The text of :func:`render_json` in pieces, made as they are written: the statements
    and sessions of a large input are never all converted, nor the text held whole."""
    # the text json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True, allow_nan=False)
    # writes, made faster (export/jsontext.py)
    yield from iter_indented(_data(draft, lazy=True))
    yield "\n"


def render_json(draft: Draft) -> str:
    """The draft as indented JSON text, UTF-8 friendly, ending with a newline."""
    return "".join(iter_json(draft))
