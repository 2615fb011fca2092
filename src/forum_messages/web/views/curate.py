"""Curation pages (editors): the working draft, one message, sub-topics, not reflected,
versions. Every POST calls one service in services/curation.py, which records a version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages as flash
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.web.models import Draft, Message, NotReflected, Topic, Version
from forum_messages.web.services import curation, versions
from forum_messages.web.services.snapshot import outline
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import TextList, chars, posted

UID = 60  # message and sub-topic ids
TEXT = 20_000  # the services set the real limits of texts and titles


class MessageForm(forms.Form):
    text = chars(TEXT)
    others = TextList(UID)
    statements = TextList(TEXT)  # ticked ids (split), or ids separated by spaces (attach)
    statement = chars(40)
    topic = chars(UID)


class TopicForm(forms.Form):
    title = chars(TEXT)
    text = chars(TEXT)
    statements = TextList(TEXT)
    into = chars(UID)


class MoveForm(forms.Form):
    message = chars(UID, required=True)
    statements = TextList(40)


def _typed_ids(values: list[str]) -> list[str]:
    """Ids typed in one box, separated by spaces or commas."""
    return " ".join(values).replace(",", " ").split()


def _draft(slug: str) -> Draft:
    ed = edition_or_404(slug)
    return get_object_or_404(Draft, edition=ed)


def _apply(request: HttpRequest, action: Callable[[], Version], back: str) -> HttpResponse:
    try:
        v = action()
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(
            request, _("Version %(n)s: %(summary)s.") % {"n": v.number, "summary": v.summary}
        )
    return redirect(back)


@requires("curate")
def overview(request: HttpRequest, slug: str) -> HttpResponse:
    draft = _draft(slug)
    themes = []
    for th in draft.themes.all():
        topics = []
        for tp in th.topics.filter(removed=False):
            msgs = list(
                tp.messages.filter(removed=False).prefetch_related("sources__statement__session")
            )
            topics.append((tp, msgs))
        themes.append((th, topics))
    all_topics = list(Topic.objects.filter(draft=draft, removed=False).select_related("theme"))
    ctx = {
        "edition": draft.edition,
        "draft": draft,
        "themes": themes,
        "all_topics": all_topics,
        "version": draft.latest_version(),
        "not_reflected": draft.not_reflected.count(),
    }
    return render(request, "fm/curate/overview.html", ctx)


@requires("curate")
def message(request: HttpRequest, slug: str, uid: str) -> HttpResponse:
    draft = _draft(slug)
    m = get_object_or_404(Message, draft=draft, uid=uid)
    ctx = {
        "edition": draft.edition,
        "m": m,
        "sources": m.sources.select_related("statement__session"),
        "all_topics": Topic.objects.filter(draft=draft, removed=False).select_related("theme"),
        "others": Message.objects.filter(draft=draft, removed=False).exclude(pk=m.pk),
    }
    return render(request, "fm/curate/message.html", ctx)


@requires("curate")
@require_POST
def message_action(request: HttpRequest, slug: str, uid: str, action: str) -> HttpResponse:
    draft = _draft(slug)
    m = get_object_or_404(Message, draft=draft, uid=uid, removed=False)
    user = request.user
    back = f"/staff/e/{slug}/m/{uid}/"
    form = posted(request, MessageForm)

    def topic() -> Topic:
        return get_object_or_404(Topic, draft=draft, uid=form["topic"], removed=False)

    actions: dict[str, Callable[[], Version]] = {
        "edit": lambda: curation.edit_text(m, form["text"], user),
        "merge": lambda: curation.merge(
            m, list(Message.objects.filter(draft=draft, uid__in=form["others"])), user
        ),
        "split": lambda: curation.split(m, form["statements"], form["text"], user),
        "move": lambda: curation.move_message(m, topic(), user),
        "up": lambda: curation.reorder_message(m, -1, user),
        "down": lambda: curation.reorder_message(m, 1, user),
        "attach": lambda: curation.attach_statements(m, _typed_ids(form["statements"]), user),
        "detach": lambda: curation.detach_statement(m, form["statement"], user),
        "remove": lambda: curation.remove_message(m, user),
    }
    if action not in actions:
        flash.error(request, _("Unknown action."))
        return redirect(back)
    if action in ("up", "down", "remove", "move"):
        back = f"/staff/e/{slug}/curate/"
    return _apply(request, actions[action], back)


@requires("curate")
@require_POST
def topic_action(request: HttpRequest, slug: str, uid: str, action: str) -> HttpResponse:
    draft = _draft(slug)
    back = f"/staff/e/{slug}/curate/"
    user = request.user
    form = posted(request, TopicForm)
    if action == "add":  # uid is a theme key here
        theme = get_object_or_404(draft.themes, key=uid)
        return _apply(request, lambda: curation.add_topic(theme, form["title"], user), back)
    tp = get_object_or_404(Topic, draft=draft, uid=uid, removed=False)

    def into() -> Topic | None:
        target = form["into"]
        return (
            Topic.objects.filter(draft=draft, uid=target, removed=False).first() if target else None
        )

    actions: dict[str, Callable[[], Version]] = {
        "rename": lambda: curation.rename_topic(tp, form["title"], user),
        "up": lambda: curation.reorder_topic(tp, -1, user),
        "down": lambda: curation.reorder_topic(tp, 1, user),
        "remove": lambda: curation.remove_topic(tp, into(), user),
        "add_message": lambda: curation.add_message(
            tp, form["text"], _typed_ids(form["statements"]), user
        ),
    }
    if action not in actions:
        flash.error(request, _("Unknown action."))
        return redirect(back)
    return _apply(request, actions[action], back)


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
    msgs = Message.objects.filter(draft=draft, removed=False).select_related("topic__theme")
    ctx = {
        "edition": draft.edition,
        "page": page,
        "reasons": reasons,
        "reason": reason,
        "msgs": msgs,
    }
    return render(request, "fm/curate/not_reflected.html", ctx)


@requires("curate")
@require_POST
def not_reflected_move(request: HttpRequest, slug: str) -> HttpResponse:
    draft = _draft(slug)
    form = posted(request, MoveForm)
    m = get_object_or_404(Message, draft=draft, uid=form["message"], removed=False)
    sids = form["statements"]
    return _apply(
        request,
        lambda: curation.attach_statements(m, sids, request.user),
        f"/staff/e/{slug}/not-reflected/",
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
    draft = _draft(slug)
    v = get_object_or_404(Version, draft=draft, number=number)
    ctx: dict[str, Any] = {
        "edition": draft.edition,
        "v": v,
        "diff_lines": _diff_lines(v.diff),
        "outline": outline(v.snapshot, versions.theme_titles(draft)),
        "latest": draft.latest_version(),
    }
    return render(request, "fm/curate/version.html", ctx)


def _diff_lines(diff: str) -> list[tuple[str, str]]:
    out = []
    for line in diff.splitlines():
        kind = "add" if line.startswith("+") else "del" if line.startswith("-") else "ctx"
        if line.startswith(("+++", "---")):
            continue
        if line.startswith("@@"):
            kind = "hunk"
        out.append((kind, line))
    return out


@requires("curate")
@require_POST
def version_restore(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    draft = _draft(slug)
    v = get_object_or_404(Version, draft=draft, number=number)
    return _apply(
        request, lambda: versions.restore(draft, v, request.user), f"/staff/e/{slug}/versions/"
    )
