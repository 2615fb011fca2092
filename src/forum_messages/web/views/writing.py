"""Model-written text (editors): ask the configured model for a message's or a theme's text,
for a theme's sub-topic titles or for its summary, follow the job, compare each written text
(or title) with the current one beside the findings of the grounding gate (or of the title
checks), and accept (as written or edited) or reject it. Services in services/writing.py."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages as flash
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.web.models import Draft, Message, Version, WritingJob, WrittenText
from forum_messages.web.services import versions, writing
from forum_messages.web.views.common import edition_or_404, page_links, requires
from forum_messages.web.views.forms import chars, posted

UID = 60
TEXT = 20_000

#: The gate's checks (the part of a finding before the colon), as editors read them.
CHECKS = {
    "number": gettext_lazy("a number no source holds"),
    "name": gettext_lazy("a name no source holds"),
    "framework": gettext_lazy("a framework reference no source makes"),
    "meaning": gettext_lazy("too far in meaning from every source"),
    "negation": gettext_lazy("the closest source says the opposite (negation)"),
    "length": gettext_lazy("too long for a title"),
    "form": gettext_lazy("not a short noun phrase"),
    "event": gettext_lazy("names the forum or its sessions"),
    "fit": gettext_lazy("fits too few of the sub-topic's messages"),
    "duplicate": gettext_lazy("another sub-topic has this title"),
}
TITLE_STATUSES = {
    "written": gettext_lazy("the title passed its checks"),
    "fallback": gettext_lazy("the title did not pass its checks: the current title stays"),
}
STATUSES = {
    "written": gettext_lazy("every sentence passed the grounding gate"),
    "partial": gettext_lazy("some sentences were dropped by the grounding gate"),
    "fallback": gettext_lazy("no usable text: the current text stays"),
}


class AskForm(forms.Form):
    theme = chars(40)
    message = chars(UID)
    kind = chars(10)


class DecideForm(forms.Form):
    text = chars(TEXT)
    seen = chars(40)  # the fingerprint of the text the page showed beside the model's


def findings(record: Any) -> list[dict[str, Any]]:
    """Each sentence the model wrote, with whether it was kept and why not, for templates."""
    out = []
    for c in record.get("sentences", []) if isinstance(record, dict) else []:
        problems = []
        for p in c.get("problems", []):
            check, _sep, detail = str(p).partition(":")
            label = CHECKS.get(check.strip())
            shown = (
                detail.strip()
                if check.strip() in {"number", "name", "framework", "length", "fit"}
                else ""
            )
            problems.append({"label": label or p, "detail": shown, "raw": p})
        out.append({**c, "problems": problems})
    return out


def message_context(m: Message) -> dict[str, Any]:
    """What the message page shows about model-written text."""
    return {
        "llm": writing.endpoint(),
        "record": m.writing if isinstance(m.writing, dict) else None,
        "checks": findings(m.writing),
        "status": STATUSES.get((m.writing or {}).get("status", "")),
        "edited": writing.edited_by_hand(m),
        "pending": m.written.filter(state=WrittenText.PENDING).first(),
    }


def _draft(slug: str) -> Draft:
    return get_object_or_404(Draft, edition=edition_or_404(slug))


@requires("curate")
def index(request: HttpRequest, slug: str) -> HttpResponse:
    draft = _draft(slug)
    ed = draft.edition
    ctx = {
        "edition": ed,
        "llm": writing.endpoint(),
        "themes": draft.themes.all(),
        "jobs": ed.writing_jobs.all()[:10],
        "pending": WrittenText.objects.filter(
            message__draft=draft, message__removed=False, state=WrittenText.PENDING
        ).select_related("message__topic__theme"),
        "pending_titles": WrittenText.objects.filter(
            topic__draft=draft, topic__removed=False, state=WrittenText.PENDING
        ).select_related("topic__theme"),
        "pending_summaries": WrittenText.objects.filter(
            theme__draft=draft, state=WrittenText.PENDING
        ).select_related("theme"),
    }
    return render(request, "fm/curate/written_index.html", ctx)


@requires("curate")
@require_POST
def ask(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, AskForm)
    try:
        job = writing.start(
            ed,
            request.user,
            theme=form["theme"],
            message=form["message"],
            kind=form["kind"] or WritingJob.MESSAGES,
        )
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        m = Message.objects.filter(draft__edition=ed, uid=form["message"]).first()
        if form["message"] and m is not None:
            return redirect(reverse("fm:message", args=[slug, m.uid]) + "#writing")
        return redirect("fm:written_index", slug)
    return redirect("fm:writing_job", slug, job.pk)


@requires("curate")
def job(request: HttpRequest, slug: str, job_id: int) -> HttpResponse:
    ed = edition_or_404(slug)
    j = get_object_or_404(WritingJob, pk=job_id, edition=ed)
    texts = j.texts.select_related("message", "topic", "theme").order_by("id")
    ctx = {
        "edition": ed,
        "job": j,
        "texts": texts,
        "statuses": TITLE_STATUSES if j.kind == WritingJob.TITLES else STATUSES,
    }
    return render(request, "fm/curate/writing_job.html", ctx)


@requires("curate")
def written(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    draft = _draft(slug)
    w = _written(draft, pk)
    ctx: dict[str, Any] = {"edition": draft.edition, "w": w, "checks": findings(w.writing)}
    if w.theme is not None:
        th = w.theme
        ctx |= {
            "th": th,
            "status": STATUSES.get(w.writing.get("status", "")),
            "changed": th.summary != w.base_text,
            "seen": versions.fingerprint(th.summary),
        }
        # the theme's messages to judge the summary against, in pages as on the overview
        every = Message.objects.filter(
            topic__theme=th, removed=False, topic__removed=False
        ).order_by("topic__position", "topic_id", "position", "id")
        page = Paginator(every, settings.PAGE_SIZE).get_page(request.GET.get("page"))
        ctx |= {"messages": page.object_list, "page": page, "page_links": page_links(page)}
        return render(request, "fm/curate/written_summary.html", ctx)
    if w.topic is not None:
        tp = w.topic
        ctx |= {
            "tp": tp,
            "status": TITLE_STATUSES.get(w.writing.get("status", "")),
            "changed": tp.title != w.base_text,
            "seen": versions.fingerprint(tp.title),
        }
        # the sub-topic's messages to judge the title against, in pages as on the overview
        every = tp.messages.filter(removed=False).order_by("position", "id")
        page = Paginator(every, settings.PAGE_SIZE).get_page(request.GET.get("page"))
        ctx |= {"messages": page.object_list, "page": page, "page_links": page_links(page)}
        return render(request, "fm/curate/written_title.html", ctx)
    m = w.message
    assert m is not None
    ctx |= {
        "m": m,
        "status": STATUSES.get(w.writing.get("status", "")),
        "changed": m.text != w.base_text,
        "seen": versions.fingerprint(m.text),
        "sources": m.sources.select_related("statement__session"),
    }
    return render(request, "fm/curate/written.html", ctx)


def _written(draft: Draft, pk: int) -> WrittenText:
    """A written version of one of the draft's messages or sub-topics, or 404."""
    return get_object_or_404(
        WrittenText.objects.select_related("message", "topic__theme", "theme"),
        Q(message__draft=draft) | Q(topic__draft=draft) | Q(theme__draft=draft),
        pk=pk,
    )


@requires("curate")
@require_POST
def decide(request: HttpRequest, slug: str, pk: int, action: str) -> HttpResponse:
    draft = _draft(slug)
    w = _written(draft, pk)
    form = posted(request, DecideForm)
    page = reverse("fm:written", args=[slug, pk])
    try:
        if action == "accept":
            v: Version = writing.accept(w, form["text"], request.user, form["seen"])
        elif action == "reject":
            v = writing.reject(w, request.user)
        else:
            flash.error(request, _("Unknown action."))
            return redirect(page)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect(page)
    flash.success(request, _("Version %(n)s: %(summary)s.") % {"n": v.number, "summary": v.summary})
    if w.message is None:
        return redirect(page)
    return redirect(reverse("fm:message", args=[slug, w.message.uid]) + "#writing")
