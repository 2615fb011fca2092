"""Moderation queue (moderators) and answers (editors): dispositions, templates, bulk."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.contrib import messages as flash
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.web import rules
from forum_messages.web.models import DISPOSITIONS, Comment, Edition, ResponseTemplate
from forum_messages.web.services import answers, commentpages, comments, commentsearch, commenttally
from forum_messages.web.services.targets import Targets
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.follow import site_of
from forum_messages.web.views.forms import IdList, TextList, chars, choice, flag, number, posted

STATES = [s for s, _l in Comment.STATES]
SHOWN = ("unanswered", "all")
PER_PAGE = 100


class ModerateForm(forms.Form):
    comments = IdList()
    to = choice(STATES)
    back = choice(STATES, required=False)
    filters = chars(1000)


class AnswerForm(forms.Form):
    comments = IdList()
    whole_campaigns = flag()
    template = number(low=1)
    kind = choice([k for k, _l in DISPOSITIONS], required=False)
    response = chars(answers.MAX_RESPONSE_CHARS * 2)
    seen = TextList(40)  # "id:fingerprint" of each comment's disposition as the page showed it
    back = choice(SHOWN, required=False)
    filters = chars(1000)


class TemplateForm(forms.Form):
    name = chars(100)
    kind = choice([k for k, _l in DISPOSITIONS], required=False)
    text = chars(answers.MAX_RESPONSE_CHARS * 2)


def _listing(
    request: HttpRequest,
    ed: Edition,
    qs: QuerySet[Comment],
    order: Sequence[tuple[QuerySet[Comment], tuple[str, ...]]],
    kept: str,
) -> dict[str, Any]:
    """Filters, counts per theme, one page of comments (from a key: ``order`` gives the
    list's segments, each filtered here) and what each is on (staff queues)."""
    filters = commentsearch.Filters.from_query(request.GET, ed)
    lang = get_language() or "en"
    counts = commentsearch.theme_counts(qs, filters, ed, lang)
    keyset = commentpages.Keyset(
        [commentpages.Segment(filters.apply(part), fields) for part, fields in order], PER_PAGE
    )
    page = keyset.page(request.GET)
    targets = Targets(ed, lang)
    sizes = answers.campaign_sizes(c.campaign_id for c in page)
    return {
        "edition": ed,
        "page": page,
        "page_query": "&".join(q for q in (kept, filters.query()) if q),
        "items": [(c, targets.of(c), sizes.get(c.campaign_id, 0)) for c in page],
        "filters": filters,
        "theme_counts": counts,
        "kinds": DISPOSITIONS,
        "languages": commentsearch.languages(),
    }


def _kept(ed: Edition, query: str) -> str:
    """The filters a form carried back (checked again: it came from the browser)."""
    return commentsearch.Filters.from_query(QueryDict(query), ed).query()


@requires("moderate")
def moderation(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    state = request.GET.get("state", Comment.PENDING)
    if state not in dict(Comment.STATES):
        state = Comment.PENDING
    qs = Comment.objects.filter(edition=ed, state=state).select_related(
        "message", "topic", "campaign", "disposition", "edition"
    )
    ctx = {
        **_listing(request, ed, qs, [(qs, ("created", "id"))], f"state={state}"),
        "state": state,
        "keep": [("state", state)],
        "states": Comment.STATES,
        "counts": commenttally.kept(ed, spam=True).states,
        "show_contact": rules.can(request.user, "see_contact"),
    }
    return render(request, "fm/review/moderation.html", ctx)


@requires("moderate")
@require_POST
def moderate(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, ModerateForm)
    chosen = list(Comment.objects.filter(edition=ed, pk__in=form["comments"]))
    state = form["to"]
    try:
        if not chosen:
            raise ForumMessagesError("choose at least one comment")
        n = comments.moderate(chosen, state, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        label = dict(Comment.STATES).get(state, state)
        flash.success(request, _("%(n)s comment(s) now %(state)s.") % {"n": n, "state": label})
    back = f"state={form['back'] or Comment.PENDING}&{_kept(ed, form['filters'])}"
    return redirect(f"/staff/e/{slug}/moderate/?{back}")


@requires("answer")
def answer_list(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    which = request.GET.get("show", "")
    if which not in SHOWN:
        which = "unanswered"
    qs = Comment.objects.filter(edition=ed, state=Comment.VISIBLE).select_related(
        "message", "topic", "campaign", "disposition", "edition"
    )
    if which == "unanswered":
        qs = qs.filter(disposition__isnull=True)
    # comments of no campaign first, then each campaign's together
    order = [
        (qs.filter(campaign__isnull=True), ("created", "id")),
        (qs.filter(campaign__isnull=False), ("campaign_id", "created", "id")),
    ]
    ctx = {
        **_listing(request, ed, qs, order, f"show={which}"),
        "show": which,
        "keep": [("show", which)],
        "templates": ResponseTemplate.objects.filter(edition=ed),
    }
    return render(request, "fm/review/answers.html", ctx)


def _seen(values: list[str]) -> dict[int, str]:
    """``id:fingerprint`` values of the answers page, as a mapping (malformed ones left out)."""
    out = {}
    for v in values:
        pk, _sep, fp = v.partition(":")
        if pk.isdigit() and fp:
            out[int(pk)] = fp
    return out


@requires("answer")
@require_POST
def answer(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, AnswerForm)
    chosen = list(Comment.objects.filter(edition=ed, pk__in=form["comments"]))
    if form["whole_campaigns"]:
        camp_ids = {c.campaign_id for c in chosen if c.campaign_id}
        chosen += list(
            Comment.objects.filter(
                edition=ed, campaign_id__in=camp_ids, state=Comment.VISIBLE
            ).exclude(pk__in=[c.pk for c in chosen])
        )
    tpl_id = form["template"]
    template = ResponseTemplate.objects.filter(edition=ed, pk=tpl_id).first() if tpl_id else None
    try:
        n = answers.answer(
            chosen,
            form["kind"],
            form["response"],
            request.user,
            template,
            site_of(request),
            seen=_seen(form["seen"]),
        )
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, _("%(n)s comment(s) answered.") % {"n": n})
    back = f"show={form['back'] or 'unanswered'}&{_kept(ed, form['filters'])}"
    return redirect(f"/staff/e/{slug}/answers/?{back}")


@requires("answer")
@require_POST
def template_save(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, TemplateForm)
    try:
        tpl = answers.save_template(ed, form["name"], form["kind"], form["text"])
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, _("Template '%(name)s' saved.") % {"name": tpl.name})
    return redirect(f"/staff/e/{slug}/answers/")
