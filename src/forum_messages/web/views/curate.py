"""Curation pages (editors): the working draft, one message, sub-topics, not reflected,
versions. Every POST calls one service in services/curation.py, which records a version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages as flash
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.export.strings import base_language
from forum_messages.ingest.text import clean_text
from forum_messages.web.models import Draft, Message, NotReflected, Topic, Version
from forum_messages.web.services import curation, pages, textdiff, versions
from forum_messages.web.views.common import edition_or_404, page_links, requires
from forum_messages.web.views.forms import TextList, chars, posted
from forum_messages.web.views.writing import message_context

UID = 60  # message and sub-topic ids
TEXT = 20_000  # the services set the real limits of texts and titles
SEARCH = 200  # characters of a search
PICKS = 20  # messages offered for a merge at once


class MessageForm(forms.Form):
    text = chars(TEXT)
    others = TextList(UID)
    statements = TextList(TEXT)  # ticked ids (split), or ids separated by spaces (attach)
    statement = chars(40)
    topic = chars(UID)
    q = chars(SEARCH)  # the overview's search, kept when coming back to it
    seen = chars(40)  # the fingerprint of the text the page showed


class TopicForm(forms.Form):
    title = chars(TEXT)
    text = chars(TEXT)
    statements = TextList(TEXT)
    into = chars(UID)
    seen = chars(40)  # the fingerprint of the title the page showed


class MoveForm(forms.Form):
    message = chars(UID, required=True)
    statements = TextList(40)
    reason = chars(40)  # where the editor was on the list, to come back to it
    page = chars(20)
    find = chars(200)  # the search that offered the message, kept on coming back


def _typed_ids(values: list[str]) -> list[str]:
    """Ids typed in one box, separated by spaces or commas."""
    return " ".join(values).replace(",", " ").split()


def _draft(slug: str) -> Draft:
    ed = edition_or_404(slug)
    return get_object_or_404(Draft, edition=ed)


def _apply(
    request: HttpRequest, action: Callable[[], Version], back: Callable[[], str]
) -> HttpResponse:
    """Run one change, say what it did (or why not), and go back where the editor was:
    ``back`` is worked out after the change (a moved message has a new place)."""
    try:
        v = action()
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(
            request, _("Version %(n)s: %(summary)s.") % {"n": v.number, "summary": v.summary}
        )
    return redirect(back())


def _overview_at(slug: str, theme: str, anchor: str, q: str = "") -> str:
    """The overview with ``theme`` open, on the page holding ``anchor`` (``at``) and scrolled
    to it (the search kept)."""
    query = urlencode(
        {"q": q, "theme": theme, "at": anchor} if q else {"theme": theme, "at": anchor}
    )
    return f"{reverse('fm:curate', args=[slug])}?{query}#{anchor}"


def _matches(q: str, *texts: str) -> bool:
    needle = q.casefold()
    return any(needle in t.casefold() for t in texts)


# One line of the overview's open themes: a message, an empty sub-topic (no message) or a
# theme with no sub-topic to show (neither); the pages cut this list.
Row = tuple[int, Topic | None, Message | None]


def _anchors(key: str, row: Row) -> tuple[str, ...]:
    _i, tp, m = row
    return (f"theme-{key}", f"t-{tp.uid}" if tp else "", f"m-{m.uid}" if m else "")


@requires("curate")
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    """Every theme as a collapsible section, its sub-topics and messages in the page only when
    it is open (a closed one links to itself opened: with 3,000 messages the page of every
    theme was 6.7 MB and 4.7 s to make, docs/benchmarks.md); ``q`` keeps the
    messages (and sub-topics) whose text, id or title contains it; ``theme`` opens one theme
    (or ``all``); ``left=1`` keeps the messages whose text is left in another language than
    the draft's (a source's own words, none in the draft's language): the list to translate.
    The open themes' messages come in pages of ``settings.PAGE_SIZE`` (``page``; ``at`` picks
    the page holding a message, sub-topic or theme anchor when no page is asked for)."""
    draft = _draft(slug)
    q = clean_text(request.GET.get("q", ""))[:SEARCH]  # no NUL: PostgreSQL refuses it
    wanted = request.GET.get("theme", "")
    left_only = request.GET.get("left") == "1"
    own_language = base_language(draft.language)
    msgs: dict[int, list[Message]] = {}
    foreign: set[int] = set()
    for m in (
        Message.objects.filter(draft=draft, removed=False)
        .annotate(n_sources=Count("sources"))
        .order_by("position", "id")
    ):
        if base_language(m.language) != own_language:
            foreign.add(m.pk)
        elif left_only:
            continue
        msgs.setdefault(m.topic_id, []).append(m)
    themes: list[dict[str, Any]] = []
    found = 0
    rows: list[Row] = []
    for th in draft.themes.all():
        topics = []
        for tp in th.topics.filter(removed=False):
            own = msgs.get(tp.pk, [])
            if left_only and not own:
                continue
            if q and not _matches(q, tp.title, tp.uid):
                own = [m for m in own if _matches(q, m.text, m.uid)]
                if not own:
                    continue
            topics.append((tp, own))
        count = sum(len(own) for _tp, own in topics)
        found += count
        opened = wanted in (th.key, "all") or bool((q or left_only) and topics)
        i = len(themes)
        themes.append({"theme": th, "count": count, "open": opened, "topics": []})
        if opened and not topics:
            rows.append((i, None, None))
        for tp, own in topics if opened else []:
            rows.extend([(i, tp, m) for m in own] if own else [(i, tp, None)])
    size = settings.PAGE_SIZE
    number: Any = request.GET.get("page")
    at = request.GET.get("at", "")
    if at and not number:  # coming back to a message or sub-topic: its page
        hit = next(
            (n for n, r in enumerate(rows) if at in _anchors(themes[r[0]]["theme"].key, r)), 0
        )
        number = hit // size + 1
    page = Paginator(rows, size).get_page(number)
    first_of: dict[int, int] = {}  # a sub-topic's first page
    for n, (i, tp, _m) in enumerate(rows):
        where = n // size + 1
        themes[i].setdefault("first_page", where)
        themes[i]["last_page"] = where
        if tp is not None:
            first_of.setdefault(tp.pk, where)
    for i, tp, m in page.object_list:
        here = themes[i]["topics"]
        themes[i]["here"] = True
        if tp is None:
            continue
        if not here or here[-1]["topic"] is not tp:
            earlier = first_of[tp.pk] if first_of[tp.pk] < page.number else None
            here.append({"topic": tp, "msgs": [], "from_page": earlier})
        if m is not None:
            here[-1]["msgs"].append(m)
    all_topics = list(Topic.objects.filter(draft=draft, removed=False).select_related("theme"))
    merged_into = set(
        Message.objects.filter(draft=draft, removed=True)
        .exclude(successor="")
        .values_list("successor", flat=True)
    )
    ctx = {
        "edition": draft.edition,
        "draft": draft,
        "merged_into": merged_into,
        "themes": themes,
        "q": q,
        "found": found,
        "foreign": foreign,
        "left_only": left_only,
        "all_topics": all_topics if any(r[1] for r in page.object_list) else [],
        "page": page,
        "page_links": page_links(page),
        "version": draft.latest_version(),
        "not_reflected": draft.not_reflected.count(),
    }
    return render(request, "fm/curate/overview.html", ctx)


def _candidates(draft: Draft, m: Message, q: str) -> list[Message]:
    """Messages offered for merging into ``m``: those matching ``q`` (text or id), or, with
    no search, the others of its sub-topic."""
    others = Message.objects.filter(draft=draft, removed=False).exclude(pk=m.pk)
    if not q:
        return list(others.filter(topic=m.topic).select_related("topic__theme")[:PICKS])
    hits = [o for o in others.select_related("topic__theme") if _matches(q, o.text, o.uid)]
    return hits[:PICKS]


@requires("curate")
def message(request: HttpRequest, slug: str, uid: str) -> HttpResponse:
    draft = _draft(slug)
    m = get_object_or_404(Message, draft=draft, uid=uid)
    merge_q = clean_text(request.GET.get("merge_q", ""))[:SEARCH]
    ctx = {
        "edition": draft.edition,
        "m": m,
        "sources": m.sources.select_related("statement__session"),
        "all_topics": Topic.objects.filter(draft=draft, removed=False).select_related("theme"),
        "merge_q": merge_q,
        "candidates": _candidates(draft, m, merge_q),
        "absorbed": curation.absorbed(m),
        "writing": message_context(m),
    }
    return render(request, "fm/curate/message.html", ctx)


@requires("curate")
@require_POST
def message_action(request: HttpRequest, slug: str, uid: str, action: str) -> HttpResponse:
    draft = _draft(slug)
    m = get_object_or_404(Message, draft=draft, uid=uid, removed=False)
    user = request.user
    form = posted(request, MessageForm)
    page = reverse("fm:message", args=[slug, uid])

    def topic() -> Topic:
        return get_object_or_404(Topic, draft=draft, uid=form["topic"], removed=False)

    def in_overview(anchor: str) -> Callable[[], str]:
        def where() -> str:
            m.refresh_from_db()
            return _overview_at(slug, m.topic.theme.key, anchor, form["q"])

        return where

    actions: dict[str, tuple[Callable[[], Version], Callable[[], str]]] = {
        "edit": (
            lambda: curation.edit_text(m, form["text"], user, form["seen"]),
            lambda: page + "#text",
        ),
        "merge": (
            lambda: curation.merge(
                m, list(Message.objects.filter(draft=draft, uid__in=form["others"])), user
            ),
            lambda: page + "#absorbed",
        ),
        "split": (
            lambda: curation.split(m, form["statements"], form["text"], user),
            lambda: page + "#sources",
        ),
        "move": (lambda: curation.move_message(m, topic(), user), in_overview(f"m-{uid}")),
        "up": (lambda: curation.reorder_message(m, -1, user), in_overview(f"m-{uid}")),
        "down": (lambda: curation.reorder_message(m, 1, user), in_overview(f"m-{uid}")),
        "attach": (
            lambda: curation.attach_statements(m, _typed_ids(form["statements"]), user),
            lambda: page + "#sources",
        ),
        "detach": (
            lambda: curation.detach_statement(m, form["statement"], user),
            lambda: page + "#sources",
        ),
        "remove": (lambda: curation.remove_message(m, user), in_overview(f"t-{m.topic.uid}")),
    }
    if action not in actions:
        flash.error(request, _("Unknown action."))
        return redirect(page)
    change, back = actions[action]
    return _apply(request, change, back)


@requires("curate")
@require_POST
def topic_action(request: HttpRequest, slug: str, uid: str, action: str) -> HttpResponse:
    draft = _draft(slug)
    user = request.user
    form = posted(request, TopicForm)
    if action == "add":  # uid is a theme key here
        theme = get_object_or_404(draft.themes, key=uid)
        return _apply(
            request,
            lambda: curation.add_topic(theme, form["title"], user),
            lambda: _overview_at(slug, theme.key, _newest(theme.topics.all(), "t", theme.key)),
        )
    tp = get_object_or_404(Topic, draft=draft, uid=uid, removed=False)
    here = _overview_at(slug, tp.theme.key, f"t-{tp.uid}")

    def into() -> Topic | None:
        target = form["into"]
        return (
            Topic.objects.filter(draft=draft, uid=target, removed=False).first() if target else None
        )

    actions: dict[str, Callable[[], Version]] = {
        "rename": lambda: curation.rename_topic(tp, form["title"], user, form["seen"]),
        "up": lambda: curation.reorder_topic(tp, -1, user),
        "down": lambda: curation.reorder_topic(tp, 1, user),
        "remove": lambda: curation.remove_topic(tp, into(), user),
        "add_message": lambda: curation.add_message(
            tp, form["text"], _typed_ids(form["statements"]), user
        ),
    }
    if action not in actions:
        flash.error(request, _("Unknown action."))
        return redirect(here)
    if action == "remove":
        here = _overview_at(slug, tp.theme.key, f"theme-{tp.theme.key}")
    if action == "add_message":  # at the new message, on the page that holds it
        return _apply(
            request,
            actions[action],
            lambda: _overview_at(slug, tp.theme.key, _newest(tp.messages.all(), "m", tp.uid)),
        )
    return _apply(request, actions[action], lambda: here)


def _newest(rows: Any, kind: str, fallback: str) -> str:
    """The anchor of the newest live row of ``rows`` (a sub-topic or message just added), or
    of ``fallback`` (its theme or sub-topic) when there is none."""
    row = rows.filter(removed=False).order_by("-pk").first()
    if row is not None:
        return f"{kind}-{row.uid}"
    return f"theme-{fallback}" if kind == "t" else f"t-{fallback}"


OFFERED = 50  # messages a search on the "Not reflected" page offers to move statements into


def _find_messages(draft: Draft, find: str) -> tuple[list[Message], int]:
    """The draft's messages whose ID is ``find`` or whose text holds each of its words (at
    most ``OFFERED``, in the draft's order) and how many there are; none for no words."""
    words = find.split()
    if not words:
        return [], 0
    qs = Message.objects.filter(draft=draft, removed=False)
    exact = qs.filter(uid__in=words)
    if exact.exists():
        qs = exact
    else:
        for w in words:
            qs = qs.filter(text__icontains=w)
    qs = qs.select_related("topic__theme").order_by(
        "topic__theme__position", "topic__position", "topic_id", "position", "id"
    )
    return list(qs[:OFFERED]), qs.count()


@requires("curate")
def not_reflected(request: HttpRequest, slug: str) -> HttpResponse:
    draft = _draft(slug)
    qs = NotReflected.objects.filter(draft=draft).select_related("statement__session")
    reasons = sorted(set(draft.not_reflected.values_list("reason", flat=True)))
    reason = request.GET.get("reason", "")
    reason = reason if reason in reasons else ""  # anything else (a typo, a NUL) shows all
    if reason:
        qs = qs.filter(reason=reason)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    find = clean_text(str(request.GET.get("find", "")))[:200]
    msgs, found = _find_messages(draft, find)
    ctx = {
        "edition": draft.edition,
        "page": page,
        "reasons": reasons,
        "reason": reason,
        "find": find,
        "msgs": msgs,
        "found": found,
        "offered": OFFERED,
    }
    return render(request, "fm/curate/not_reflected.html", ctx)


@requires("curate")
@require_POST
def not_reflected_move(request: HttpRequest, slug: str) -> HttpResponse:
    draft = _draft(slug)
    form = posted(request, MoveForm)
    m = get_object_or_404(Message, draft=draft, uid=form["message"], removed=False)
    sids = form["statements"]
    back = urlencode(
        {"reason": form["reason"], "page": form["page"]}
        | ({"find": form["find"]} if form["find"] else {})
    )
    return _apply(
        request,
        lambda: curation.attach_statements(m, sids, request.user),
        lambda: f"{reverse('fm:not_reflected', args=[slug])}?{back}",
    )


@requires("curate")
def version_list(request: HttpRequest, slug: str) -> HttpResponse:
    draft = _draft(slug)
    page = Paginator(draft.versions.select_related("author").defer("snapshot"), 50).get_page(
        request.GET.get("page")
    )
    return render(request, "fm/curate/versions.html", {"edition": draft.edition, "page": page})


@requires("curate")
def version_detail(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """The changes a version made, in pages of ``PAGE_SIZE`` messages (the first version's
    are every message); the whole draft at that version is a page of its own. Which messages
    changed is found once per version (``versions.changes``); only the page's rows are
    word-diffed."""
    draft = _draft(slug)
    v = get_object_or_404(versions.without_snapshot(draft).select_related("author"), number=number)
    before = versions.previous(v)
    rows = versions.changes(v, before)
    show_all = bool(request.GET.get("all"))
    listed = rows if show_all else textdiff.changed_only(list(rows))
    page = Paginator(listed, settings.PAGE_SIZE).get_page(request.GET.get("page"))
    ctx: dict[str, Any] = {
        "edition": draft.edition,
        "v": v,
        "before": before,
        "rows": page.object_list,
        "changed": len(listed),
        "page": page,
        "page_links": page_links(page),
        "total": len(rows),
        "show_all": show_all,
        "latest": versions.without_snapshot(draft).order_by("-number").first(),
    }
    return render(request, "fm/curate/version.html", ctx)


@requires("curate")
def version_text(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """The whole draft at a version, as readable lines (themes, sub-topics, messages and
    their sources), in pages of ``PAGE_BYTES`` bytes (``whole=1``: on one page)."""
    draft = _draft(slug)
    v = get_object_or_404(versions.without_snapshot(draft).select_related("author"), number=number)
    text = versions.outline_of(v, versions.theme_titles(draft))
    ctx: dict[str, Any] = {"edition": draft.edition, "v": v, "outline": text}
    if not request.GET.get("whole"):
        page, part = pages.outline_page(text, settings.PAGE_BYTES, request.GET.get("page"))
        ctx |= {"page": page, "page_links": page_links(page), "part": part}
    return render(request, "fm/curate/version_text.html", ctx)


@requires("curate")
@require_POST
def version_restore(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    draft = _draft(slug)
    v = get_object_or_404(Version, draft=draft, number=number)
    return _apply(
        request,
        lambda: versions.restore(draft, v, request.user),
        lambda: reverse("fm:versions", args=[slug]),
    )
