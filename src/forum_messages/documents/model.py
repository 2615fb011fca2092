"""A light model of a published Messages document, and its JSON form.

::

    MessagesDocument(title, language, source, format)
      themes[]   DocTheme(title, label, frameworks, issue_areas, description, line)
                   topics[]  DocTopic(title or None, line)
                               bullets[]  DocBullet(text, line)
      repairs[]  Repair(kind, line, detail): what the importer fixed or skipped, and where

Unlike :class:`forum_messages.model.Draft` it carries no provenance: it is what a reader sees.
``from_draft`` turns our own draft into one, ``document_to_dict`` / ``document_from_dict`` give a
deterministic JSON form (keys sorted by the writer, list order is document order) and
``located_bullets`` lists every bullet with its theme and sub-topic, which is what ``compare``
and ``evaluate`` work on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forum_messages.errors import InputError
from forum_messages.export.jsonread import BadValue, JsonObject
from forum_messages.model import Draft, Frameworks

#: Value of the ``format`` key of the JSON form; bumped when a key is renamed or removed.
DOCUMENT_FORMAT = "forum-messages/document"
DOCUMENT_VERSION = 1

#: Every kind of repair the importer reports (documented in docs/documents.md).
REPAIR_KINDS: tuple[str, ...] = (
    "front_matter",
    "table_of_contents",
    "generic_heading",
    "heading_level",
    "label_spelling",
    "page_break_join",
    "page_artifact",
    "bullets_before_topic",
    "empty_topic",
    "annex",
    "unknown_framework_id",
    "no_theme",
)


@dataclass(frozen=True)
class DocBullet:
    text: str
    line: int = 0  # 1-based line (paragraph number for DOCX) in the source; 0 if unknown


@dataclass(frozen=True)
class DocTopic:
    title: str | None  # None: bullets written before the theme's first sub-topic heading
    bullets: tuple[DocBullet, ...]
    line: int = 0


@dataclass(frozen=True)
class DocTheme:
    title: str
    label: str | None  # a bracketed label such as "[Building]", in its most common spelling
    frameworks: Frameworks | None  # None when the theme has no framework line
    issue_areas: tuple[str, ...]
    description: str
    topics: tuple[DocTopic, ...]
    line: int = 0
    framework_line: str = ""  # the framework line as written in the document

    def bullets(self) -> list[DocBullet]:
        return [b for tp in self.topics for b in tp.bullets]


@dataclass(frozen=True)
class Repair:
    """Something the importer fixed or skipped: a ``kind`` (one of ``REPAIR_KINDS``), the
    1-based line (0 for the whole document) and a readable detail."""

    kind: str
    line: int
    detail: str


@dataclass(frozen=True)
class MessagesDocument:
    title: str
    language: str
    themes: tuple[DocTheme, ...]
    repairs: tuple[Repair, ...] = ()
    source: str = ""  # the file it was read from
    format: str = ""  # markdown | text | docx | draft | document

    def bullets(self) -> list[DocBullet]:
        return [b for th in self.themes for b in th.bullets()]

    def counts(self) -> dict[str, int]:
        return {
            "themes": len(self.themes),
            "sub_topics": sum(1 for th in self.themes for tp in th.topics if tp.title),
            "bullets": len(self.bullets()),
        }


@dataclass(frozen=True)
class LocatedBullet:
    """A bullet with where it sits: 0-based theme, sub-topic and bullet positions."""

    theme: int
    topic: int
    index: int
    text: str
    line: int
    theme_title: str
    topic_title: str | None

    @property
    def ref(self) -> str:
        """1-based position as ``theme.sub-topic.bullet``, e.g. ``2.1.3``."""
        return f"{self.theme + 1}.{self.topic + 1}.{self.index + 1}"


def located_bullets(doc: MessagesDocument) -> list[LocatedBullet]:
    """Every bullet of ``doc`` in document order, with its theme and sub-topic."""
    return [
        LocatedBullet(i, j, k, b.text, b.line, th.title, tp.title)
        for i, th in enumerate(doc.themes)
        for j, tp in enumerate(th.topics)
        for k, b in enumerate(tp.bullets)
    ]


# --------------------------------------------------------------------------- conversions


def from_draft(draft: Draft) -> MessagesDocument:
    """Our own draft as a document: themes, framework lines, sub-topics, message texts."""
    from forum_messages.export.common import theme_line, title

    themes = tuple(
        DocTheme(
            title=th.title,
            label=None,
            frameworks=th.frameworks,
            issue_areas=tuple(th.issue_areas),
            description=th.description,
            topics=tuple(
                DocTopic(tp.title, tuple(DocBullet(m.text) for m in tp.messages))
                for tp in th.topics
            ),
            framework_line=theme_line(th, draft.language),
        )
        for th in draft.themes
    )
    return MessagesDocument(title(draft), draft.language, themes, format="draft")


def _theme_line(line: str, areas: Any, language: str) -> str:
    """The framework line followed by the issue areas, as our Markdown prints it."""
    from forum_messages.export.strings import t

    joined = t("list_sep", language).join(str(a) for a in areas if a)
    return f"{line}; {joined}" if line and joined else line or joined


def from_messages_json(data: Mapping[str, Any], source: str = "") -> MessagesDocument:
    """Our ``messages.json`` (see docs/outputs.md) read back as a document."""
    language = str(data.get("language", ""))
    themes = []
    for th in data.get("themes") or []:
        fw = th.get("frameworks") or {}
        frameworks = Frameworks(
            gdc=tuple(fw.get("gdc") or ()),
            wsis=tuple(fw.get("wsis") or ()),
            sdg=tuple(fw.get("sdg") or ()),
        )
        topics = tuple(
            DocTopic(
                str(tp.get("title") or "") or None,
                tuple(DocBullet(str(m.get("text", ""))) for m in tp.get("messages") or []),
            )
            for tp in th.get("topics") or []
        )
        themes.append(
            DocTheme(
                title=str(th.get("title", "")),
                label=None,
                frameworks=frameworks,
                issue_areas=tuple(str(a) for a in th.get("issue_areas") or ()),
                description=str(th.get("description", "")),
                topics=topics,
                framework_line=_theme_line(
                    str(fw.get("line", "")), th.get("issue_areas") or (), language
                ),
            )
        )
    return MessagesDocument(
        title=str(data.get("title", "")),
        language=language,
        themes=tuple(themes),
        source=source,
        format="draft",
    )


def _frameworks_dict(fw: Frameworks | None) -> dict[str, list[str]] | None:
    if fw is None:
        return None
    return {"gdc": list(fw.gdc), "wsis": list(fw.wsis), "sdg": list(fw.sdg)}


def document_to_dict(doc: MessagesDocument) -> dict[str, Any]:
    """``doc`` as JSON data; the same document always gives the same data."""
    return {
        "format": DOCUMENT_FORMAT,
        "version": DOCUMENT_VERSION,
        "title": doc.title,
        "language": doc.language,
        "source": doc.source,
        "source_format": doc.format,
        "counts": doc.counts(),
        "themes": [
            {
                "title": th.title,
                "label": th.label,
                "line": th.line,
                "frameworks": _frameworks_dict(th.frameworks),
                "framework_line": th.framework_line,
                "issue_areas": list(th.issue_areas),
                "description": th.description,
                "topics": [
                    {
                        "title": tp.title,
                        "line": tp.line,
                        "bullets": [{"text": b.text, "line": b.line} for b in tp.bullets],
                    }
                    for tp in th.topics
                ],
            }
            for th in doc.themes
        ],
        "repairs": [{"kind": r.kind, "line": r.line, "detail": r.detail} for r in doc.repairs],
    }


def document_to_json(doc: MessagesDocument) -> str:
    data = document_to_dict(doc)
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def document_from_dict(data: Mapping[str, Any], source: str = "") -> MessagesDocument:
    """The inverse of :func:`document_to_dict`; InputError naming the field that is wrong."""
    name = source or "data"
    if not isinstance(data, Mapping) or data.get("format") != DOCUMENT_FORMAT:
        raise InputError(f"{name}: not a forum-messages document (no 'format' key)")
    try:
        return _document(JsonObject(dict(data), ""), source)
    except BadValue as exc:
        raise InputError(f"{name}: {exc.path}: {exc.message}") from None


def _optional_text(o: JsonObject, key: str) -> str | None:
    return o.optional_text(key)


def _document(o: JsonObject, source: str) -> MessagesDocument:
    def frameworks(th: JsonObject, key: str) -> Frameworks | None:
        fw = th.optional_obj(key)
        return None if fw is None else Frameworks(*(fw.texts(k) for k in ("gdc", "wsis", "sdg")))

    def line(x: JsonObject) -> int:
        return x.get("line", JsonObject.integer, 0)

    def topic(tp: JsonObject) -> DocTopic:
        bullets = tp.each("bullets", lambda b: DocBullet(b.text("text"), line(b)))
        return DocTopic(tp.get("title", _optional_text, None), bullets, line(tp))

    def theme(th: JsonObject) -> DocTheme:
        return DocTheme(
            title=th.text("title"),
            label=th.get("label", _optional_text, None),
            frameworks=th.get("frameworks", frameworks, None),
            issue_areas=th.get("issue_areas", JsonObject.texts, ()),
            description=th.get("description", JsonObject.text, ""),
            topics=th.each("topics", topic),
            line=line(th),
            framework_line=th.get("framework_line", JsonObject.text, ""),
        )

    def repairs(x: JsonObject, key: str) -> tuple[Repair, ...]:
        return x.each(key, lambda r: Repair(r.text("kind"), r.integer("line"), r.text("detail")))

    return MessagesDocument(
        title=o.get("title", JsonObject.text, ""),
        language=o.get("language", JsonObject.text, ""),
        themes=o.each("themes", theme),
        repairs=o.get("repairs", repairs, ()),
        source=o.get("source", JsonObject.text, "") or source,
        format=o.get("source_format", JsonObject.text, ""),
    )


__all__ = [
    "DOCUMENT_FORMAT",
    "REPAIR_KINDS",
    "DocBullet",
    "DocTheme",
    "DocTopic",
    "LocatedBullet",
    "MessagesDocument",
    "Repair",
    "document_from_dict",
    "document_to_dict",
    "document_to_json",
    "from_draft",
    "from_messages_json",
    "located_bullets",
]
