"""Consultations with many comments: bulk import of responses, campaigns and groups of
comments moderated or answered as one, and streamed exports of the comments."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django import forms
from django.contrib import messages as flash
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.errors import ForumMessagesError
from forum_messages.web import rules
from forum_messages.web.consultcmd import reject_line
from forum_messages.web.models import (
    DISPOSITIONS,
    Comment,
    ConsultationImport,
    Edition,
    ResponseTemplate,
)
from forum_messages.web.services import (
    answers,
    commentexport,
    commentgroups,
    commentpages,
    commentsearch,
    consultimport,
)
from forum_messages.web.services.targets import Targets
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.follow import site_of
from forum_messages.web.views.forms import FormError, chars, choice, flag, number, posted

PER_PAGE = 100
SHOWN_REJECTS = 200
STATES = [s for s, _l in Comment.STATES]


class ImportForm(forms.Form):
    file = forms.FileField(required=False)
    columns = chars(1000)
    keep_going = flag()


class GroupModerateForm(forms.Form):
    filters = chars(1000)
    to = choice(STATES)
    count = number()


class GroupAnswerForm(forms.Form):
    filters = chars(1000)
    template = number(low=1)
    kind = choice([k for k, _l in DISPOSITIONS], required=False)
    response = chars(answers.MAX_RESPONSE_CHARS * 2)
    count = number()


def _default_columns(ed: Edition) -> str:
    try:
        cols = consultimport.column_map_of(ed)
    except ForumMessagesError:
        return ""
    return consultimport.spec_of(cols) if cols else ""  # the edition file's map, as text


@requires("manage_editions")
def consultation(request: HttpRequest, slug: str) -> HttpResponse:
    """The upload form, the last imports, and the outcome of an upload (rejects listed)."""
    ed = edition_or_404(slug)
    ctx: dict[str, Any] = {
        "edition": ed,
        "columns": _default_columns(ed),
        "imports": ConsultationImport.objects.filter(edition=ed, finished=True)[:20],
        "max_mb": consultimport.MAX_UPLOAD_BYTES // 1_000_000,
    }
    status = 200
    if request.method == "POST":
        form = posted(request, ImportForm)
        ctx["columns"] = form["columns"]
        try:
            if form["file"] is None:
                raise ForumMessagesError(_("Choose the consultation export to import."))
            result = consultimport.import_upload(
                ed, form["file"], form["columns"], request.user, form["keep_going"]
            )
        except consultimport.Refused as exc:
            ctx["rejects"] = [reject_line(r) for r in exc.rejects[:SHOWN_REJECTS]]
            ctx["rejected"] = exc.count
            status = 400
        except ForumMessagesError as exc:
            flash.error(request, str(exc))
            status = 400
        else:
            ctx["result"] = result
            ctx["rejects"] = [reject_line(r) for r in result.rejects[:SHOWN_REJECTS]]
            ctx["rejected"] = result.rejected
    return render(request, "fm/consult/import.html", ctx, status=status)


@requires("moderate")
def campaigns(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    page = commentgroups.campaign_page(ed, request.GET)
    return render(request, "fm/consult/campaigns.html", {"edition": ed, "page": page, "rows": page})


def _filters(ed: Edition, get: Any) -> commentgroups.GroupFilters:
    return commentgroups.GroupFilters.from_query(get, ed)


@requires("moderate")
def group(request: HttpRequest, slug: str) -> HttpResponse:
    """Every comment the filters find, as one group: its counts, its members a page at a
    time, and one moderation or one answer for all of them."""
    ed = edition_or_404(slug)
    filters = _filters(ed, request.GET)
    qs = commentgroups.members(ed, filters)
    lang = get_language() or "en"
    # in the order they came (ids rise with time), a page from the key of the last one shown
    page = commentpages.Keyset(
        [
            commentpages.Segment(
                qs.select_related("message", "topic", "disposition", "edition"), ("id",)
            )
        ],
        PER_PAGE,
    ).page(request.GET)
    campaign = ed.campaigns.filter(pk=int(filters.campaign)).first() if filters.campaign else None
    sizes = answers.campaign_sizes(c.campaign_id for c in page)
    targets = Targets(ed, lang)
    ctx = {
        "edition": ed,
        "filters": filters,
        "summary": commentgroups.summary_of(ed, filters),
        "groups": commentgroups.group_counts(ed, filters),
        "campaign": campaign,
        "campaign_size": campaign.size if campaign else 0,
        "page": page,
        "page_query": filters.query(),
        "items": [(c, targets.of(c), sizes.get(c.campaign_id, 0)) for c in page],
        "theme_counts": commentgroups.theme_counts(ed, filters, lang),
        "kinds": DISPOSITIONS,
        "states": Comment.STATES,
        "languages": commentsearch.languages(),
        "templates": ResponseTemplate.objects.filter(edition=ed),
        "keep": [
            (k, v)
            for k, v in (
                ("group", filters.group),
                ("campaign", filters.campaign),
                ("state", filters.state),
            )
            if v
        ],
        "show_contact": rules.can(request.user, "see_contact"),
    }
    return render(request, "fm/consult/group.html", ctx)


def _posted_group(ed: Edition, form: dict[str, Any]) -> tuple[commentgroups.GroupFilters, Any]:
    """The group a form names (its filters, checked again) and a refusal if it changed size
    since the page was shown (another moderator, new comments)."""
    filters = _filters(ed, QueryDict(form["filters"]))
    qs = commentgroups.members(ed, filters)
    if form["count"] is not None and qs.count() != form["count"]:
        raise ForumMessagesError(
            _(
                "The group has changed since the page was shown (%(n)s comments now); "
                "nothing was changed. Check it and try again."
            )
            % {"n": qs.count()}
        )
    return filters, qs


@requires("moderate")
@require_POST
def group_moderate(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, GroupModerateForm)
    try:
        filters, qs = _posted_group(ed, form)
        n = commentgroups.moderate_all(qs, form["to"], request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect(
            f"/staff/e/{slug}/group/?{_filters(ed, QueryDict(form['filters'])).query()}"
        )
    label = dict(Comment.STATES).get(form["to"], form["to"])
    flash.success(request, _("%(n)s comment(s) now %(state)s.") % {"n": n, "state": label})
    if filters.state:  # the members have left that state: show them in their new one
        filters = replace(filters, state=form["to"])
    return redirect(f"/staff/e/{slug}/group/?{filters.query()}")


@requires("answer")
@require_POST
def group_answer(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, GroupAnswerForm)
    back = f"/staff/e/{slug}/group/?{_filters(ed, QueryDict(form['filters'])).query()}"
    tpl_id = form["template"]
    template = ResponseTemplate.objects.filter(edition=ed, pk=tpl_id).first() if tpl_id else None
    try:
        _f, qs = _posted_group(ed, form)
        n = commentgroups.answer_all(
            qs, form["kind"], form["response"], request.user, template, site_of(request)
        )
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, _("%(n)s comment(s) answered.") % {"n": n})
    return redirect(back)


@requires("moderate")
def export(request: HttpRequest, slug: str, fmt: str) -> HttpResponse:
    """The comments the filters find, every field, as CSV or JSON Lines, written while sent."""
    ed = edition_or_404(slug)
    if fmt not in commentexport.CONTENT_TYPES:
        raise FormError(_("unknown export format"))
    qs = commentgroups.members(ed, _filters(ed, request.GET))
    contact = rules.can(request.user, "see_contact")
    lines = (commentexport.csv_lines if fmt == "csv" else commentexport.jsonl_lines)(qs, contact)
    resp = StreamingHttpResponse(
        (s.encode("utf-8") for s in lines), content_type=commentexport.CONTENT_TYPES[fmt]
    )
    resp["Content-Disposition"] = f'attachment; filename="{ed.slug}-comments.{fmt}"'
    return resp
