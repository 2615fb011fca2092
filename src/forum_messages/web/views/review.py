"""Moderation queue (moderators) and answers (editors): dispositions, templates, bulk."""

from __future__ import annotations

from django import forms
from django.contrib import messages as flash
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.web import rules
from forum_messages.web.models import DISPOSITIONS, Comment, ResponseTemplate
from forum_messages.web.services import answers, comments
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import IdList, chars, choice, flag, number, posted

STATES = [s for s, _l in Comment.STATES]
SHOWN = ("unanswered", "all")


class ModerateForm(forms.Form):
    comments = IdList()
    to = choice(STATES)
    back = choice(STATES, required=False)


class AnswerForm(forms.Form):
    comments = IdList()
    whole_campaigns = flag()
    template = number(low=1)
    kind = choice([k for k, _l in DISPOSITIONS], required=False)
    response = chars(answers.MAX_RESPONSE_CHARS * 2)
    back = choice(SHOWN, required=False)


class TemplateForm(forms.Form):
    name = chars(100)
    kind = choice([k for k, _l in DISPOSITIONS], required=False)
    text = chars(answers.MAX_RESPONSE_CHARS * 2)


@requires("moderate")
def moderation(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    state = request.GET.get("state", Comment.PENDING)
    if state not in dict(Comment.STATES):
        state = Comment.PENDING
    qs = (
        Comment.objects.filter(edition=ed, state=state)
        .select_related("message", "topic", "campaign", "edition")
        .order_by("created", "id")
    )
    page = Paginator(qs, 100).get_page(request.GET.get("page"))
    counts = {s: Comment.objects.filter(edition=ed, state=s).count() for s, _l in Comment.STATES}
    ctx = {
        "edition": ed,
        "page": page,
        "state": state,
        "states": Comment.STATES,
        "counts": counts,
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
    return redirect(f"/staff/e/{slug}/moderate/?state={form['back'] or Comment.PENDING}")


@requires("answer")
def answer_list(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    which = request.GET.get("show", "")
    if which not in SHOWN:
        which = "unanswered"
    qs = (
        Comment.objects.filter(edition=ed, state=Comment.VISIBLE)
        .select_related("message", "topic", "campaign", "disposition", "edition")
        .order_by("campaign_id", "created", "id")
    )
    if which == "unanswered":
        qs = qs.filter(disposition__isnull=True)
    page = Paginator(qs, 100).get_page(request.GET.get("page"))
    ctx = {
        "edition": ed,
        "page": page,
        "show": which,
        "kinds": DISPOSITIONS,
        "templates": ResponseTemplate.objects.filter(edition=ed),
    }
    return render(request, "fm/review/answers.html", ctx)


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
        n = answers.answer(chosen, form["kind"], form["response"], request.user, template)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, _("%(n)s comment(s) answered.") % {"n": n})
    return redirect(f"/staff/e/{slug}/answers/?show={form['back'] or 'unanswered'}")


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
