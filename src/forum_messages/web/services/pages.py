"""Read-only views of a snapshot for the public pages (themes, sub-topics, messages)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from django.core.paginator import Paginator

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

    def shown_bytes(self) -> int:
        """The bytes (UTF-8) of text the theme page shows of it: its text and its first
        sources' sessions, titles and texts; what a page's byte budget counts."""
        shown = [self.text] + [
            part for s in self.first_sources() for part in (s.session, s.session_title, s.text)
        ]
        return sum(len(x.encode("utf-8")) for x in shown)

    def all_bytes(self) -> int:
        """``shown_bytes`` with every source, as the final text's page shows them."""
        shown = [self.text] + [
            part for s in self.sources for part in (s.session, s.session_title, s.text)
        ]
        return sum(len(x.encode("utf-8")) for x in shown)

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
    # (size, budget) -> the page of each row, kept with a shared (cached) view: row_pages
    cut: dict[tuple[int, int], list[int]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

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


def page_starts(weights: list[int], size: int, budget: int) -> list[int]:
    """Where each page begins in a list of rows of ``weights`` bytes: a page takes rows until
    it holds ``size`` of them or the next one would take it over ``budget`` bytes; a row of
    more than ``budget`` bytes is a page of its own, never split. The same rows give the same
    pages."""
    starts, count, used = [0], 0, 0
    for n, w in enumerate(weights):
        if count and (count >= size or used + w > budget):
            starts.append(n)
            count = used = 0
        count += 1
        used += w
    return starts


class CutPaginator(Paginator):
    """Django's paginator over pages that begin at ``starts`` (``page_starts``) instead of
    every ``per_page`` items: ``get_page``, the page numbers and links work as for it."""

    def __init__(self, object_list: Sequence[Any], starts: list[int]) -> None:
        super().__init__(object_list, max(1, len(object_list)))
        self.starts = starts or [0]

    @cached_property
    def num_pages(self) -> int:
        return len(self.starts)

    def page(self, number: Any) -> Any:
        number = self.validate_number(number)
        begin = self.starts[number - 1]
        end = self.starts[number] if number < len(self.starts) else self.count
        return self._get_page(self.object_list[begin:end], number, self)


def _row_bytes(row: tuple[TopicView, MessageView | None]) -> int:
    return row[1].shown_bytes() if row[1] is not None else 0


def theme_starts(theme: ThemeView, size: int, budget: int) -> list[int]:
    """The first row (``ThemeView.rows``) of each page of the theme page: ``size`` messages
    at most and ``budget`` bytes of message and source text (``page_starts``)."""
    return page_starts([_row_bytes(r) for r in theme.rows()], size, budget)


def row_pages(theme: ThemeView, size: int, budget: int) -> list[int]:
    """The page of the theme page each row of ``theme.rows()`` is on (made once a view)."""
    known = theme.cut.get((size, budget))
    if known is not None:
        return known
    starts = theme_starts(theme, size, budget)
    out: list[int] = []
    for number, begin in enumerate(starts, 1):
        end = starts[number] if number < len(starts) else len(theme.rows())
        out.extend([number] * (end - begin))
    theme.cut[(size, budget)] = out  # the same list whichever thread makes it first
    return out


def theme_page(
    theme: ThemeView, size: int, budget: int, number: Any
) -> tuple[Any, list[TopicPart]]:
    """Page ``number`` of ``theme`` (``theme_starts``; as Django's ``get_page``: not a number
    gives the first, out of range the last) and the parts of its sub-topics it holds."""
    rows = theme.rows()
    where = row_pages(theme, size, budget)
    first: dict[str, int] = {}
    for n, (tp, _m) in enumerate(rows):
        first.setdefault(tp.uid, where[n])
    starts = [n for n in range(len(rows)) if n == 0 or where[n] != where[n - 1]]
    page = CutPaginator(rows, starts).get_page(number)
    parts: list[TopicPart] = []
    for tp, m in page.object_list:
        if not parts or parts[-1].topic is not tp:
            earlier = first[tp.uid] if first[tp.uid] < page.number else None
            parts.append(TopicPart(tp, [], earlier))
        if m is not None:
            parts[-1].messages.append(m)
    return page, parts


def message_place(
    theme: ThemeView, uid: str, size: int, budget: int
) -> tuple[TopicView, MessageView, int]:
    """The sub-topic and message ``uid`` of ``theme`` and the page of the theme page holding
    it; LookupError when the theme has no such message."""
    where = row_pages(theme, size, budget)
    for n, (tp, m) in enumerate(theme.rows()):
        if m is not None and m.uid == uid:
            return tp, m, where[n]
    raise LookupError(uid)


@dataclass
class ThemePart:
    """The part of a theme one page of the whole text (the final text's page) holds."""

    theme: ThemeView
    topics: list[TopicPart]
    from_page: int | None  # the page it begins on, when that is an earlier one


DocRow = tuple[int, TopicView | None, MessageView | None]  # theme's index, sub-topic, message


def _doc_rows(views: list[ThemeView]) -> list[DocRow]:
    rows: list[DocRow] = []
    for i, th in enumerate(views):
        rows.extend([(i, tp, m) for tp, m in th.rows()] if th.topics else [(i, None, None)])
    return rows


def document_page(
    views: list[ThemeView], shown: list[ThemeView], size: int, budget: int, number: Any
) -> tuple[Any, list[ThemePart], list[tuple[ThemeView, int]]]:
    """Page ``number`` of the whole text, every message with every source: the messages of
    every theme in order, cut as a theme page is (``page_starts``, ``all_bytes``); the parts of
    themes and sub-topics it holds; and each theme with the page it begins on. ``views`` are
    the themes as read, ``shown`` the same in the reader's language (``translating.overlay``):
    the pages are cut on ``views``, so that they are the same pages in every language."""
    rows = _doc_rows(views)
    weights = [m.all_bytes() if m is not None else 0 for _i, _tp, m in rows]
    starts = page_starts(weights, size, budget)
    where: list[int] = []
    for number_, begin in enumerate(starts, 1):
        end = starts[number_] if number_ < len(starts) else len(rows)
        where.extend([number_] * (end - begin))
    first_theme: dict[int, int] = {}
    first_topic: dict[str, int] = {}
    for n, (i, tp, _m) in enumerate(rows):
        first_theme.setdefault(i, where[n])
        if tp is not None:
            first_topic.setdefault(tp.uid, where[n])
    page = CutPaginator(_doc_rows(shown), starts).get_page(number)
    parts: list[ThemePart] = []
    for i, tp, m in page.object_list:
        th = shown[i]
        if not parts or parts[-1].theme is not th:
            earlier = first_theme[i] if first_theme[i] < page.number else None
            parts.append(ThemePart(th, [], earlier))
        if tp is None:
            continue
        here = parts[-1].topics
        if not here or here[-1].topic is not tp:
            earlier = first_topic[tp.uid] if first_topic[tp.uid] < page.number else None
            here.append(TopicPart(tp, [], earlier))
        if m is not None:
            here[-1].messages.append(m)
    return page, parts, [(shown[i], first_theme[i]) for i in range(len(shown))]


@dataclass
class OutlinePage:
    """A page of a version's outline (``snapshot.outline``): its lines, and the theme and
    sub-topic headings it continues under when it begins inside them."""

    text: str
    under: list[str]  # the headings above its first line, from earlier pages
    from_page: int | None  # the page the first of them is on


def outline_page(text: str, budget: int, number: Any) -> tuple[Any, OutlinePage]:
    """Page ``number`` of an outline cut at ``budget`` bytes (UTF-8; ``page_starts`` with no
    bound on the count): a heading, or a message with the lines under it, is never split.
    The pages put together are the outline."""
    blocks, starts = _outline_cut(text, budget)
    page = CutPaginator(blocks, list(starts)).get_page(number)
    begin = starts[page.number - 1]
    theme: tuple[str, int] | None = None
    topic: tuple[str, int] | None = None
    for n, b in enumerate(blocks[:begin]):
        where = bisect_right(starts, n)
        if b.startswith("## "):
            topic = (b.rstrip("\n"), where)
        elif b.startswith("# "):
            theme, topic = (b.rstrip("\n"), where), None
    head = blocks[begin] if begin < len(blocks) else ""
    if head.startswith("# "):  # a theme (or the statements not reflected) begins here
        theme = topic = None
    elif head.startswith("## "):  # a sub-topic begins here, in the theme above
        topic = None
    under = [h for h in (theme, topic) if h is not None]
    return page, OutlinePage(
        "".join(page.object_list), [h for h, _n in under], under[0][1] if under else None
    )


@lru_cache(maxsize=8)
def _outline_cut(text: str, budget: int) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The outline's blocks (a heading; a message with the lines under it) and where its pages
    begin; kept for the few outlines last asked for (``versions.outline_of`` gives the same
    string each time, so the key is found without comparing it)."""
    blocks: list[str] = []
    for line in text.splitlines(keepends=True):
        if blocks and line.startswith(" "):  # a message's sources, a writer's name
            blocks[-1] += line
        else:
            blocks.append(line)
    starts = page_starts([len(b.encode("utf-8")) for b in blocks], max(1, len(blocks)), budget)
    return tuple(blocks), tuple(starts)


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
