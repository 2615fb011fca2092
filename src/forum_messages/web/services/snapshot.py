"""A draft as one JSON snapshot: what versions store, what publications freeze.

::

    snapshot_from_core(draft)           core Draft (pipeline output) -> snapshot
    snapshot_of(draft_row)              the live rows -> snapshot
    apply_snapshot(draft_row, snap)     make the live rows say what the snapshot says
    core_from_snapshot(edition, draft_row, snap) -> core Draft   (for export.render)
    outline(snap, texts)                readable text of a snapshot (diffs are made of it)

Snapshot shape::

    {"themes": [{"key", "frameworks": {"gdc": [], "wsis": [], "sdg": []},
                 "summary", "summary_writing" (only for a summary asked of a model),
                 "topics": [{"uid", "title", "keyphrases": [],
                             "title_writing" (only for a title asked of a model),
                             "messages": [{"uid", "text", "language", "translated",
                                           "sources": [[statement id, similarity]],
                                           "tags": [[framework, id, score]], "origin",
                                           "writing" (only for model-written text,
                                           with "edited": true once the editors changed it)
                                           }]}]}],
     "not_reflected": [{"statement", "theme", "reason", "detail"}],
     "removed": {message uid: uid it was merged into, or ""}}
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from forum_messages.config import resolve_settings
from forum_messages.model import (
    Assignment,
    Component,
    Draft,
    DraftTheme,
    Frameworks,
    Message,
    NotReflected,
    SentenceCheck,
    SourceRef,
    Tag,
    Topic,
    Writing,
)
from forum_messages.synth.ledger import build_ledger
from forum_messages.synth.llm.writer import edited
from forum_messages.synth.settings import keep_transcripts
from forum_messages.web.models import Draft as DraftRow
from forum_messages.web.models import Edition, Source, Statement
from forum_messages.web.models import Message as MessageRow
from forum_messages.web.models import NotReflected as NotReflectedRow
from forum_messages.web.models import Topic as TopicRow
from forum_messages.web.services.convert import core_corpus

Snapshot = dict[str, Any]


def _fw(f: Frameworks) -> dict[str, list[str]]:
    return {"gdc": list(f.gdc), "wsis": list(f.wsis), "sdg": list(f.sdg)}


def writing_json(w: Writing | None) -> dict[str, Any] | None:
    """The writing record as plain JSON (the draft JSON's ``writing``: ``edited`` only when
    true), or None."""
    if w is None:
        return None
    record: dict[str, Any] = json.loads(json.dumps(dataclasses.asdict(w)))
    if not record.pop("edited", False):
        return record
    return {**record, "edited": True}


def marked(record: Any, text: str, language: str) -> Any:
    """The stored record with ``edited`` saying whether ``text`` (a message's text or a
    sub-topic's title) is still what the model wrote: however the text was changed since (the
    editor's edit of the written version when accepting it, a later edit on the curation
    pages), the record says so, and changed back it says so no more."""
    w = writing_of(record)
    if w is None:
        return record
    w = dataclasses.replace(w, edited=edited(w, text, language))
    return writing_json(w)


def writing_of(record: Any) -> Writing | None:
    """The core Writing a stored record stands for (None for none or a damaged one)."""
    if not isinstance(record, dict):
        return None
    try:
        checks = tuple(
            SentenceCheck(
                str(c["text"]),
                bool(c["kept"]),
                float(c["similarity"]),
                str(c["source"]),
                tuple(str(p) for p in c["problems"]),
            )
            for c in record.get("sentences", [])
        )
        return Writing(
            str(record["model"]),
            str(record["status"]),
            record.get("reason", ""),
            checks,
            record.get("edited") is True,
        )
    except (KeyError, TypeError, ValueError):
        return None


def _written(record: dict[str, Any] | None) -> dict[str, Any]:
    """The message's ``writing`` entry, present only for model-written text."""
    return {"writing": record} if record else {}


def _summarised(summary: str, record: dict[str, Any] | None) -> dict[str, Any]:
    """The theme's ``summary`` and ``summary_writing``, present only for a summary asked of a
    model."""
    return {"summary": summary, "summary_writing": record} if record else {}


def _titled(record: dict[str, Any] | None) -> dict[str, Any]:
    """The topic's ``title_writing`` entry, present only for a title asked of a model."""
    return {"title_writing": record} if record else {}


def snapshot_from_core(draft: Draft) -> Snapshot:
    return {
        "themes": [
            {
                "key": th.key,
                "frameworks": _fw(th.frameworks),
                **_summarised(th.summary, writing_json(th.summary_writing)),
                "topics": [
                    {
                        "uid": tp.id,
                        "title": tp.title,
                        "keyphrases": list(tp.keyphrases),
                        **_titled(writing_json(tp.title_writing)),
                        "messages": [
                            {
                                "uid": m.id,
                                "text": m.text,
                                "language": m.language,
                                "translated": m.translated,
                                "sources": [[s.statement, s.similarity] for s in m.sources],
                                "tags": [[t.framework, t.id, t.score] for t in m.tags],
                                "origin": "pipeline",
                                **_written(writing_json(m.writing)),
                            }
                            for m in tp.messages
                        ],
                    }
                    for tp in th.topics
                ],
            }
            for th in draft.themes
        ],
        "not_reflected": [
            {"statement": n.statement, "theme": n.theme, "reason": n.reason, "detail": n.detail}
            for n in draft.not_reflected
        ],
        "removed": {},
    }


def snapshot_of(draft: DraftRow) -> Snapshot:
    topics: dict[int, list[TopicRow]] = {}
    for tp in draft.topics.filter(removed=False).order_by("position", "id"):
        topics.setdefault(tp.theme_id, []).append(tp)
    messages: dict[int, list[MessageRow]] = {}
    removed: dict[str, str] = {}
    for m in draft.messages.order_by("position", "id"):
        if m.removed:
            removed[m.uid] = m.successor
        else:
            messages.setdefault(m.topic_id, []).append(m)
    sources: dict[int, list[list[Any]]] = {}
    for s in (
        Source.objects.filter(message__draft=draft)
        .order_by("position", "id")
        .values_list("message_id", "statement__sid", "similarity")
    ):
        sources.setdefault(s[0], []).append([s[1], s[2]])
    return {
        "themes": [
            {
                "key": th.key,
                "frameworks": th.frameworks,
                **_summarised(th.summary, marked(th.summary_writing, th.summary, draft.language)),
                "topics": [
                    {
                        "uid": tp.uid,
                        "title": tp.title,
                        "keyphrases": tp.keyphrases,
                        **_titled(marked(tp.title_writing, tp.title, draft.language)),
                        "messages": [
                            {
                                "uid": m.uid,
                                "text": m.text,
                                "language": m.language,
                                "translated": m.translated,
                                "sources": sources.get(m.pk, []),
                                "tags": m.tags,
                                "origin": m.origin,
                                **_written(marked(m.writing, m.text, m.language)),
                            }
                            for m in messages.get(tp.pk, [])
                        ],
                    }
                    for tp in topics.get(th.pk, [])
                ],
            }
            for th in draft.themes.order_by("position")
        ],
        "not_reflected": [
            {"statement": sid, "theme": theme, "reason": reason, "detail": detail}
            for sid, theme, reason, detail in draft.not_reflected.order_by(
                "statement__position"
            ).values_list("statement__sid", "theme", "reason", "detail")
        ],
        "removed": removed,
    }


def apply_snapshot(draft: DraftRow, snap: Snapshot) -> None:
    """Update the live rows to the snapshot (call inside a transaction)."""
    themes = {t.key: t for t in draft.themes.all()}
    topics = {t.uid: t for t in draft.topics.all()}
    messages = {m.uid: m for m in draft.messages.all()}
    statements = {s.sid: s.pk for s in Statement.objects.filter(edition=draft.edition_id)}
    live_topics: set[str] = set()
    live_messages: set[str] = set()
    Source.objects.filter(message__draft=draft).delete()
    new_sources: list[Source] = []
    for th_data in snap["themes"]:
        theme = themes[th_data["key"]]
        said = (th_data["frameworks"], th_data.get("summary", ""), th_data.get("summary_writing"))
        if (theme.frameworks, theme.summary, theme.summary_writing) != said:
            theme.frameworks, theme.summary, theme.summary_writing = said
            theme.save(update_fields=["frameworks", "summary", "summary_writing"])
        for t_pos, tp_data in enumerate(th_data["topics"]):
            tp = topics.get(tp_data["uid"]) or TopicRow(draft=draft, uid=tp_data["uid"])
            tp.theme, tp.title, tp.keyphrases = theme, tp_data["title"], tp_data["keyphrases"]
            tp.title_writing = tp_data.get("title_writing")
            tp.position, tp.removed = t_pos, False
            tp.save()
            topics[tp.uid] = tp
            live_topics.add(tp.uid)
            for m_pos, m_data in enumerate(tp_data["messages"]):
                m = messages.get(m_data["uid"]) or MessageRow(draft=draft, uid=m_data["uid"])
                m.topic, m.text = tp, m_data["text"]
                m.language, m.translated = m_data["language"], m_data["translated"]
                m.tags, m.origin = m_data["tags"], m_data.get("origin", "")
                m.writing = m_data.get("writing")
                m.position, m.removed, m.successor = m_pos, False, ""
                m.save()
                messages[m.uid] = m
                live_messages.add(m.uid)
                for s_pos, (sid, sim) in enumerate(m_data["sources"]):
                    new_sources.append(
                        Source(
                            message=m, statement_id=statements[sid], similarity=sim, position=s_pos
                        )
                    )
    Source.objects.bulk_create(new_sources)
    for uid, tp in topics.items():
        if uid not in live_topics and not tp.removed:
            tp.removed = True
            tp.save(update_fields=["removed"])
    removed = snap.get("removed", {})
    for uid, m in messages.items():
        if uid not in live_messages:
            successor = removed.get(uid, m.successor)
            if not m.removed or m.successor != successor:
                m.removed, m.successor = True, successor
                m.save(update_fields=["removed", "successor"])
    draft.not_reflected.all().delete()
    NotReflectedRow.objects.bulk_create(
        NotReflectedRow(
            draft=draft,
            statement_id=statements[n["statement"]],
            theme=n["theme"],
            reason=n["reason"],
            detail=n["detail"],
        )
        for n in snap["not_reflected"]
    )


def statement_ids(snap: Snapshot) -> list[str]:
    """Every statement id the snapshot places (in messages or not reflected)."""
    out = [
        sid
        for th in snap["themes"]
        for tp in th["topics"]
        for m in tp["messages"]
        for sid, _sim in m["sources"]
    ]
    return out + [n["statement"] for n in snap["not_reflected"]]


def core_from_snapshot(edition: Edition, draft: DraftRow, snap: Snapshot) -> Draft:
    """The core Draft a snapshot stands for; export.render(...) of it is what the CLI writes."""
    ed = edition.core()
    # as the draft run read it: without machine-drafted statements if the edition says so
    corpus = keep_transcripts(core_corpus(edition), resolve_settings({}, ed.settings))
    sessions = corpus.session_map()
    by_id = {st.id: st for st in corpus.statements}
    rows = {
        r.sid: r
        for r in Statement.objects.filter(edition=edition, withdrawn=False).only(
            "sid",
            "detected_language",
            "language_confidence",
            "detected_theme",
            "theme_confidence",
            "theme_inferred",
            "language",
        )
    }
    langs = {sid: (r.detected_language or r.language or "und") for sid, r in rows.items()}
    theme_of: dict[str, str | None] = {}
    place: dict[str, tuple[str, str]] = {}
    themes: list[DraftTheme] = []
    theme_rows = {t.key: t for t in draft.themes.all()}
    for n in snap["not_reflected"]:
        theme_of[n["statement"]] = n["theme"]
    for th in snap["themes"]:
        for tp in th["topics"]:
            for m in tp["messages"]:
                for sid, _sim in m["sources"]:
                    theme_of[sid] = th["key"]
                    place[sid] = (tp["uid"], m["uid"])
    for th in snap["themes"]:
        row = theme_rows[th["key"]]
        topics = []
        for tp in th["topics"]:
            msgs = []
            for m in tp["messages"]:
                srcs = [by_id[sid] for sid, _sim in m["sources"] if sid in by_id]
                msgs.append(
                    Message(
                        id=m["uid"],
                        text=m["text"],
                        language=m["language"],
                        translated=m["translated"],
                        sources=tuple(
                            SourceRef(sid, by_id[sid].session, sim)
                            for sid, sim in m["sources"]
                            if sid in by_id
                        ),
                        tags=tuple(Tag(f, i, s) for f, i, s in m["tags"]),
                        ledger=build_ledger(srcs, langs, sessions, ed),
                        writing=writing_of(marked(m.get("writing"), m["text"], m["language"])),
                    )
                )
            titled = marked(tp.get("title_writing"), tp["title"], draft.language)
            topics.append(
                Topic(
                    tp["uid"],
                    tp["title"],
                    tuple(tp["keyphrases"]),
                    tuple(msgs),
                    title_writing=writing_of(titled),
                )
            )
        fw = th["frameworks"]
        in_theme = [st for st in corpus.statements if theme_of.get(st.id) == th["key"]]
        themes.append(
            DraftTheme(
                key=th["key"],
                title=row.title,
                description=row.description,
                issue_areas=tuple(row.issue_areas),
                frameworks=Frameworks(tuple(fw["gdc"]), tuple(fw["wsis"]), tuple(fw["sdg"])),
                topics=tuple(topics),
                ledger=build_ledger(in_theme, langs, sessions, ed),
                summary=th.get("summary", ""),
                summary_writing=writing_of(
                    marked(th.get("summary_writing"), th.get("summary", ""), draft.language)
                ),
            )
        )
    not_reflected = tuple(
        NotReflected(
            n["statement"], by_id[n["statement"]].session, n["theme"], n["reason"], n["detail"]
        )
        for n in snap["not_reflected"]
        if n["statement"] in by_id
    )
    assignments = []
    for st in corpus.statements:
        r = rows[st.id]
        topic, message = place.get(st.id, (None, None))
        assignments.append(
            Assignment(
                id=st.id,
                session=st.session,
                kind=st.kind,
                text=st.text,
                language=langs[st.id],
                language_confidence=r.language_confidence,
                theme=theme_of.get(st.id, r.detected_theme),
                theme_confidence=r.theme_confidence,
                theme_inferred=r.theme_inferred,
                needs_review=r.theme_inferred,
                topic=topic,
                message=message,
            )
        )
    return Draft(
        edition=ed,
        language=draft.language,
        themes=tuple(themes),
        not_reflected=not_reflected,
        statements=tuple(assignments),
        sessions=corpus.sessions,
        ledger=build_ledger(corpus.statements, langs, sessions, ed),
        pipeline=tuple(Component(c["role"], c["name"], c["params"]) for c in draft.pipeline),
    )


def _by_model(record: Any) -> str:
    """ "written by MODEL" for a text or title the model wrote ("..., edited by the editors"
    once they changed it); "" for none or one the model's was not kept for."""
    if not isinstance(record, dict) or record.get("status") in (None, "fallback"):
        return ""
    changed = ", edited by the editors" if record.get("edited") is True else ""
    return f"written by {record.get('model', '')}{changed}"


def outline(snap: Snapshot, theme_titles: dict[str, str]) -> str:
    """The snapshot as readable lines: themes, sub-topics, messages and their sources."""
    lines: list[str] = []
    for th in snap["themes"]:
        lines.append(f"# {theme_titles.get(th['key'], th['key'])}")
        if by := _by_model(th.get("summary_writing")):
            lines.append(f"   summary {by}: {th.get('summary', '')}")
        for tp in th["topics"]:
            lines.append(f"## {tp['title']}  ({tp['uid']})")
            if by := _by_model(tp.get("title_writing")):
                lines.append(f"   title {by}")
            for m in tp["messages"]:
                lines.append(f"- [{m['uid']}] {m['text']}")
                if by := _by_model(m.get("writing")):
                    lines.append(f"    text {by}")
                lines.append("    sources: " + ", ".join(sid for sid, _s in m["sources"]))
    lines.append(f"# Not reflected ({len(snap['not_reflected'])})")
    lines.extend(f"- {n['statement']} ({n['reason']})" for n in snap["not_reflected"])
    return "\n".join(lines) + "\n"
