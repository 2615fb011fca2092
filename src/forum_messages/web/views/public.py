"""Public pages: the draft per theme, comment forms, how comments were handled, final text,
draft-to-final changes and exports. Server-rendered, no JavaScript."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages as flash
from django.core import signing
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from forum_messages.model import pick
from forum_messages.web import rules
from forum_messages.web.models import Comment, Edition, Publication
from forum_messages.web.services import (
    answers,
    comments,
    commentsearch,
    handledfile,
    mailing,
    pages,
    publishing,
    textdiff,
    translating,
)
from forum_messages.web.services.rendered import CONTENT_TYPES, document
from forum_messages.web.services.snapshot import core_from_snapshot
from forum_messages.web.views.cache import public_cache
from forum_messages.web.views.common import edition_or_404, page_links
from forum_messages.web.views.follow import site_of


def _pub(edition: Edition, which: str = "draft") -> Publication:
    pub = (
        publishing.final_publication(edition)
        if which == "final"
        else publishing.current_draft_publication(edition)
    )
    if pub is None:
        raise Http404(_("This text is not published yet."))
    return pub


@public_cache
def home(request: HttpRequest) -> HttpResponse:
    editions = Edition.objects.filter(publications__isnull=False).distinct()
    return render(request, "fm/home.html", {"editions": editions})


@public_cache
def edition(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    pub = _pub(ed)
    final = publishing.final_publication(ed)
    shown = final or pub
    ctx = {
        "edition": ed,
        "pub": pub,
        "final": final,
        "state": publishing.window_state(pub),
        "themes": pages.published_themes(ed, shown, get_language(), with_sources=False),
        "counts": _comment_counts(ed),
        "translations": [
            (code, translating.NAMES[code]) for code in translating.published_languages(ed)
        ],
    }
    return render(request, "fm/edition.html", ctx)


def _comment_counts(ed: Edition) -> dict[str, int]:
    qs = Comment.objects.filter(edition=ed, state=Comment.VISIBLE)
    return {"visible": qs.count(), "answered": qs.filter(disposition__isnull=False).count()}


def _theme_of(request: HttpRequest, ed: Edition, key: str) -> dict[str, Any]:
    """What the theme page and a message's page of it share: the text shown (the final one
    once it is out, unless the reader asks for the draft, and the reverse), the theme, the
    comment counts and the review's state."""
    final = publishing.final_publication(ed)
    asked = request.GET.get("text")
    which = "final" if (final is not None and asked != "draft") or asked == "final" else "draft"
    pub = _pub(ed, which)
    views = pages.published_themes(ed, pub, get_language())
    found = next((t for t in views if t.key == key), None)
    if found is None:
        raise Http404(_("No such theme."))
    counts = dict(
        Comment.objects.filter(edition=ed, state=Comment.VISIBLE, message__isnull=False)
        .values("message__uid")
        .annotate(n=Count("id"))
        .values_list("message__uid", "n")
    )
    return {
        "edition": ed,
        "pub": pub,
        "which": which,
        "theme": found,
        "themes": views,
        "counts": counts,
        "state": publishing.window_state(_pub(ed)),
        "final": final,
    }


@public_cache
def theme(request: HttpRequest, slug: str, key: str) -> HttpResponse:
    ctx = _theme_of(request, edition_or_404(slug), key)
    page, parts = pages.theme_page(
        ctx["theme"], settings.PAGE_SIZE, settings.PAGE_BYTES, request.GET.get("page")
    )
    ctx |= {"page": page, "page_links": page_links(page), "parts": parts}
    return render(request, "fm/theme.html", ctx)


@public_cache
def theme_message(request: HttpRequest, slug: str, key: str, uid: str) -> HttpResponse:
    """One message of a theme with every one of its sources (the theme page shows the first
    ``pages.SOURCES_SHOWN``), linking back to the page of the theme that holds it."""
    ctx = _theme_of(request, edition_or_404(slug), key)
    try:
        tp, m, number = pages.message_place(
            ctx["theme"], uid, settings.PAGE_SIZE, settings.PAGE_BYTES
        )
    except LookupError:
        raise Http404(_("No such message.")) from None
    ctx |= {"tp": tp, "m": m, "number": number}
    return render(request, "fm/theme_message.html", ctx)


def _target_text(ed: Edition, pub: Publication, kind: str, key: str) -> tuple[str, str]:
    """(heading, quoted text) of what is commented on."""
    snap = publishing.published_snapshot(pub)
    if kind == "draft":
        return _("the whole draft"), pick(ed.core().name, pages.ui_language(get_language()))
    if kind == "theme":
        for t in pages.published_themes(ed, pub, get_language(), with_sources=False):
            if t.key == key:
                return _("the theme"), t.title
    if kind == "topic":
        found = pages.find_topic(snap, key)
        if found:
            return _("the sub-topic"), found[1]["title"]
    if kind == "message":
        found_m = pages.find_message(snap, key)
        if found_m:
            return _("the message"), found_m[2]["text"]
    raise Http404(_("This part of the draft does not exist."))


def comment(request: HttpRequest, slug: str, kind: str, key: str = "") -> HttpResponse:
    ed = edition_or_404(slug)
    pub = _pub(ed)
    heading, quoted = _target_text(ed, pub, kind, key)
    state = publishing.window_state(pub)
    data: dict[str, str] = {}
    status = 200
    token = comments.new_token()
    if request.method == "POST":
        if not rules.can(request.user, "comment"):
            raise Http404
        data = {k: str(request.POST.get(k, "")) for k in comments.FIELDS}
        data["language"] = get_language() or ""
        try:
            c = comments.submit(
                ed,
                comments.Target(kind, key),
                data,
                request.META.get("REMOTE_ADDR", ""),
                str(request.POST.get("token", "")),
                pub=pub,
                on_new=lambda new: mailing.after_commit([new], "taken", site_of(request)),
            )
        except comments.RateLimited as exc:
            flash.error(request, _(str(exc)))
            status = 429
        except comments.Busy as exc:  # the typed text is shown again, with the same token
            flash.error(request, _(str(exc)))
            status = 503
            token = str(request.POST.get("token", ""))
        except comments.CommentError as exc:
            flash.error(request, _(str(exc)))
            status = 400
        else:
            receipt = signing.dumps(c.pk, salt="fm-thanks")
            return redirect(reverse("fm:thanks", args=[ed.slug]) + "?c=" + receipt)
    ctx = {
        "edition": ed,
        "pub": pub,
        "state": state,
        "kind": kind,
        "key": key,
        "heading": heading,
        "quoted": quoted,
        "data": data,
        "token": token,
        "groups": ed.core().stakeholder_groups,
        "regions": ed.core().regional_groups,
        "now": timezone.now(),
        "mail": mailing.configured(),
    }
    resp = render(request, "fm/comment.html", ctx, status=status)
    if status == 503:
        resp["Retry-After"] = "5"
    return resp


def thanks(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    try:
        pk = signing.loads(request.GET.get("c", ""), salt="fm-thanks", max_age=3600)
    except signing.BadSignature:
        pk = None
    c = Comment.objects.filter(pk=pk, edition=ed).first() if pk else None
    ctx = {"edition": ed, "comment": c, "mail": c is not None and mailing.wants_mail(c)}
    return render(request, "fm/thanks.html", ctx)


@public_cache
def handled(request: HttpRequest, slug: str, uid: str = "") -> HttpResponse:
    ed = edition_or_404(slug)
    pub = _pub(ed)
    message_text = ""
    if uid:
        found = pages.find_message(publishing.published_snapshot(pub), uid)
        if not found:
            raise Http404(_("No such message."))
        message_text = found[2]["text"]
    filters = commentsearch.Filters.from_query(request.GET, ed)
    lang = get_language() or "en"
    table = answers.HandledTable(ed, uid, request.GET, filters, lang)
    ctx = {
        "edition": ed,
        "uid": uid,
        "message_text": message_text,
        "rows": table.rows,
        "page": table.page,
        "page_query": filters.query(),
        "campaigns": table.campaigns,
        "total": table.total,
        "answered": table.answered,
        "found": table.found,
        "filters": filters,
        "theme_counts": table.theme_counts,
        "kinds": answers.KINDS.items(),
        "languages": commentsearch.languages(),
    }
    return render(request, "fm/handled.html", ctx)


def handled_download(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    ed = edition_or_404(slug)
    _pub(ed)
    path = handledfile.handled_file(ed, fmt, site_of(request))
    resp = FileResponse(path.open("rb"), content_type=handledfile.CONTENT_TYPES[fmt])
    resp["Content-Disposition"] = f'attachment; filename="{ed.slug}-comments.{fmt}"'
    return resp


@public_cache
def final(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    pub = _pub(ed, "final")
    lang = pages.ui_language(get_language())
    read = pages.published_themes(ed, pub, lang)
    views, credit = translating.overlay(read, ed, lang)
    ctx: dict[str, Any] = {"edition": ed, "pub": pub, "themes": views, "credit": credit}
    if request.GET.get("whole"):  # the whole document on one page, as its downloads
        ctx["whole"] = True
        return render(request, "fm/final.html", ctx)
    page, parts, contents = pages.document_page(
        read, views, settings.PAGE_SIZE, settings.PAGE_BYTES, request.GET.get("page")
    )
    ctx |= {"page": page, "page_links": page_links(page), "parts": parts, "contents": contents}
    return render(request, "fm/final.html", ctx)


@public_cache
def changes(request: HttpRequest, slug: str, uid: str = "") -> HttpResponse:
    ed = edition_or_404(slug)
    draft_pub, final_pub = _pub(ed), _pub(ed, "final")
    every = publishing.published_changes(draft_pub, final_pub)  # no word diff made yet
    total, show_all = len(every), bool(request.GET.get("all"))
    rows: Any = every
    if uid:
        rows = [r for r in every if r.uid == uid]
        if not rows:
            raise Http404(_("No such message."))
    elif not show_all:
        rows = textdiff.changed_only(every)
    # in pages as a version's changes (every message with "all=1"); only the page's rows are
    # word-diffed, as the template asks for them
    page = Paginator(rows, settings.PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {
        "edition": ed,
        "rows": page.object_list,
        "changed": len(rows),
        "page": page,
        "page_links": page_links(page),
        "uid": uid,
        "total": total,
        "show_all": show_all,
    }
    return render(request, "fm/changes.html", ctx)


def export(request: HttpRequest, slug: str, which: str, fmt: str) -> HttpResponse:
    """The same Markdown, HTML, JSON, PDF and DOCX the CLI writes, for a published text (or,
    for editors, the current working draft)."""
    ed = edition_or_404(slug)
    if fmt not in CONTENT_TYPES or which not in ("draft", "final", "current"):
        raise Http404(_("No such export."))
    if which == "current":
        if not rules.can(request.user, "curate"):
            raise Http404
        draft = ed.draft
        version = draft.latest_version()
        if version is None:
            raise Http404
        snap = version.snapshot
    else:
        snap = publishing.published_snapshot(_pub(ed, which))
        draft = ed.draft
    stage = {"current": "draft", "draft": "review", "final": "final"}[which]
    core = publishing.with_state(core_from_snapshot(ed, draft, snap), ed, stage)
    body = document(core, fmt)
    resp = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    if request.GET.get("download") or fmt in ("pdf", "docx"):
        resp["Content-Disposition"] = f'attachment; filename="{ed.slug}-{which}.{fmt}"'
    return resp


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "fm/privacy.html")
