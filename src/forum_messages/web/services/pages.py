"""Read-only views of a snapshot for the public pages (themes, sub-topics, messages)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from forum_messages.export.common import writing_note, writing_notes
from forum_messages.export.strings import t
from forum_messages.model import Frameworks, pick
from forum_messages.taxonomy import framework_labels
from forum_messages.web.models import Edition, Publication, Statement
from forum_messages.web.services.snapshot import marked, writing_of

SOURCES_SHOWN = 5  # a message's sources on its theme's page; the rest on the message's page

LANG_MAP = {"en": "en", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh-hans": "zh", "zh": "zh"}


@dataclass
class SourceView:
    sid: str
    session: str
    session_title: str
    text: str


@dataclass
class MessageView:
    uid: str
    text: str
    sources: list[SourceView]
    sessions: int
    comments: int = 0
    note: str = ""  # "Written by a language model (NAME); ..." for model-written text

    def first_sources(self) -> list[SourceView]:
        """The sources the theme page shows under the message (``SOURCES_SHOWN``)."""
        return self.sources[:SOURCES_SHOWN]

    def more_sources(self) -> int:
        """How many of its sources only the message's own page shows."""
        return max(0, len(self.sources) - SOURCES_SHOWN)


@dataclass
class TopicView:
    uid: str
    title: str
    messages: list[MessageView]


@dataclass
class ThemeView:
    key: str
    title: str
    description: str
    line: str
    topics: list[TopicView] = field(default_factory=list)
    summary: str = ""  # a summary a language model wrote and an editor accepted, or ""
    notes: list[str] = field(default_factory=list)  # what a language model wrote in the theme

    def message_count(self) -> int:
        return sum(len(t.messages) for t in self.topics)

    def rows(self) -> list[tuple[TopicView, MessageView | None]]:
        """The theme's messages in order, a sub-topic without any as one row of its own: what
        the theme page's pages cut."""
        rows: list[tuple[TopicView, MessageView | None]] = []
        for tp in self.topics:
            rows.extend([(tp, m) for m in tp.messages] if tp.messages else [(tp, None)])
        return rows


@dataclass
class TopicPart:
    """The part of a sub-topic one page of its theme holds."""

    topic: TopicView
    messages: list[MessageView]
    from_page: int | None  # the page it begins on, when that is an earlier one


def theme_page(theme: ThemeView, size: int, number: Any) -> tuple[Any, list[TopicPart]]:
    """Page ``number`` of ``theme`` (Django's ``get_page``: not a number gives the first,
    out of range the last) and the parts of its sub-topics it holds."""
    from django.core.paginator import Paginator

    rows = theme.rows()
    first: dict[str, int] = {}
    for n, (tp, _m) in enumerate(rows):
        first.setdefault(tp.uid, n // size + 1)
    page = Paginator(rows, size).get_page(number)
    parts: list[TopicPart] = []
    for tp, m in page.object_list:
        if not parts or parts[-1].topic is not tp:
            earlier = first[tp.uid] if first[tp.uid] < page.number else None
            parts.append(TopicPart(tp, [], earlier))
        if m is not None:
            parts[-1].messages.append(m)
    return page, parts


def message_place(theme: ThemeView, uid: str, size: int) -> tuple[TopicView, MessageView, int]:
    """The sub-topic and message ``uid`` of ``theme`` and the page of the theme page holding
    it; LookupError when the theme has no such message."""
    for n, (tp, m) in enumerate(theme.rows()):
        if m is not None and m.uid == uid:
            return tp, m, n // size + 1
    raise LookupError(uid)


def ui_language(code: str | None) -> str:
    return LANG_MAP.get((code or "en").lower(), "en")


def theme_notes(th: dict[str, Any], language: str, lang: str) -> tuple[str, list[str]]:
    """A snapshot theme's summary (when a model's was accepted) and the notes the exports put
    under it on what a language model wrote in the theme, in the reader's language ``lang``."""
    summary = th.get("summary", "")
    w = writing_of(marked(th.get("summary_writing"), summary, language))
    titles = [
        tw
        for tp in th["topics"]
        if (tw := writing_of(marked(tp.get("title_writing"), tp["title"], language)))
    ]
    return (summary if w is not None else ""), writing_notes(summary, w, titles, lang)


def model_note(m: dict[str, Any], lang: str) -> str:
    """The note the exports put under a snapshot message's model-written text (none for an
    extractive one; another when the editors changed the model's text)."""
    return writing_note(writing_of(marked(m.get("writing"), m["text"], m["language"])), lang)


def themes(
    edition: Edition, snap: dict[str, Any], language: str, with_sources: bool = True
) -> list[ThemeView]:
    """Theme titles and descriptions in the reader's language when the edition has them."""
    ed = edition.core()
    lang = ui_language(language)
    info: dict[str, tuple[str, str, str]] = {}
    if with_sources:
        for sid, code, title, text in Statement.objects.filter(edition=edition).values_list(
            "sid", "session__code", "session__title", "text"
        ):
            info[sid] = (code, title, text)
    drafted = edition.draft.language
    out = []
    for th in snap["themes"]:
        try:
            spec = ed.theme(th["key"])
            title = pick(spec.title, lang)
            desc = pick(spec.description, lang) if spec.description else ""
        except KeyError:
            title, desc = th["key"], ""
        fw = th["frameworks"]
        view = ThemeView(
            th["key"],
            title,
            desc,
            Frameworks(tuple(fw["gdc"]), tuple(fw["wsis"]), tuple(fw["sdg"])).line(
                framework_labels(lang), t("list_sep", lang)
            ),
        )
        for tp in th["topics"]:
            msgs = []
            for m in tp["messages"]:
                srcs = [SourceView(sid, *info[sid]) for sid, _s in m["sources"] if sid in info]
                view_m = MessageView(m["uid"], m["text"], srcs, len({s.session for s in srcs}))
                view_m.note = model_note(m, lang)
                msgs.append(view_m)
            view.topics.append(TopicView(tp["uid"], tp["title"], msgs))
        view.summary, view.notes = theme_notes(th, drafted, lang)
        out.append(view)
    return out


def published_themes(
    edition: Edition, pub: Publication, language: str, with_sources: bool = True
) -> list[ThemeView]:
    """``themes`` of a publication, built once per process (publications never change).
    The result is shared: do not change it."""
    from forum_messages.web.services.publishing import published_snapshot

    key = (edition.pk, edition.spec_yaml, pub.version_id, pub.version.created.isoformat())
    return _cached_themes(
        key, ui_language(language), with_sources, edition, pub, published_snapshot
    )


@lru_cache(maxsize=64)
def _cached_themes(
    key: tuple[Any, ...], lang: str, with_sources: bool, *rest: Any
) -> list[ThemeView]:
    edition, pub, published_snapshot = rest
    return themes(edition, published_snapshot(pub), lang, with_sources)


def find_message(
    snap: dict[str, Any], uid: str
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]] | None:
    for th in snap["themes"]:
        for tp in th["topics"]:
            for m in tp["messages"]:
                if m["uid"] == uid:
                    return th, tp, m
    return None


def find_topic(snap: dict[str, Any], uid: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    for th in snap["themes"]:
        for tp in th["topics"]:
            if tp["uid"] == uid:
                return th, tp
    return None
