"""Staff pages: dashboard, users, editions (create, import, draft runs, settings, publish)."""

from __future__ import annotations

from django import forms
from django.contrib import messages as flash
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.edition import MAX_EDITION_BYTES, preset_names, preset_path
from forum_messages.errors import EditionError, ForumMessagesError
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.text import decode
from forum_messages.web import rules
from forum_messages.web.models import Comment, Draft, DraftRun, Edition
from forum_messages.web.services import drafting, importing, publishing, writing
from forum_messages.web.services.components import EMBEDDERS
from forum_messages.web.views import window
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import chars, choice, flag, local_datetime, posted, time_zone


class CreateForm(forms.Form):
    file = forms.FileField(required=False)
    preset = chars(100)
    yaml = chars(2_000_000)
    slug = chars(60)


class RunForm(forms.Form):
    embedder = choice(EMBEDDERS, required=False)
    writer = choice(drafting.WRITERS, required=False)


class SettingsForm(forms.Form):
    time_zone = chars(64)
    allow_anonymous = flag()
    premoderate = flag()


class PublishForm(forms.Form):
    opens = chars(40, required=True)
    closes = chars(40, required=True)


def _back(request: HttpRequest, slug: str) -> HttpResponse:
    return redirect("fm:staff_edition", slug=slug)


def dashboard(request: HttpRequest) -> HttpResponse:
    """The staff page; organisers, who see their own sessions only, go to those."""
    if rules.can(request.user, "confirm_takeaways"):
        return redirect("fm:organise_home")
    return _dashboard(request)


@requires("see_dashboard")
def _dashboard(request: HttpRequest) -> HttpResponse:
    editions = Edition.objects.all()
    return render(
        request, "fm/staff/dashboard.html", {"editions": editions, "presets": preset_names()}
    )


@requires("manage_editions")
@require_POST
def edition_create(request: HttpRequest) -> HttpResponse:
    form = posted(request, CreateForm)
    try:
        upload, preset = form["file"], form["preset"]
        if upload is not None:
            name = upload.name or "edition file"
            raw = upload.read(MAX_EDITION_BYTES + 1)  # a longer file is refused, not cut
            if len(raw) > MAX_EDITION_BYTES:
                raise EditionError(
                    f"{name}: the edition file is over the limit of {MAX_EDITION_BYTES:,} "
                    "bytes; is this an edition file? (see docs/limits.md)"
                )
            try:  # not UTF-8, UTF-16 without a byte-order mark, binary: named with the line
                text = decode(raw)
            except SourceProblem as exc:
                raise EditionError(f"{name}:{exc.line}: {exc.message}") from exc
        elif preset in preset_names():
            text = preset_path(preset).read_text(encoding="utf-8")
            name = preset
        else:
            text, name = form["yaml"], "edition file"
        ed = importing.create_edition(text, form["slug"], name)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return redirect("fm:dashboard")
    flash.success(
        request, _("Edition '%(title)s' created. Import its reports next.") % {"title": ed.title}
    )
    return _back(request, ed.slug)


@requires("see_dashboard")
def edition_admin(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    draft = Draft.objects.filter(edition=ed).first()
    pub = publishing.current_draft_publication(ed)
    ctx = {
        "edition": ed,
        "draft": draft,
        "version": draft.latest_version() if draft else None,
        "sessions": ed.sessions.filter(withdrawn=False).count(),
        "statements": ed.statements.filter(withdrawn=False).count(),
        "run": ed.runs.first(),
        "embedders": EMBEDDERS,
        "llm": writing.endpoint(),
        "pub": pub,
        "final": publishing.final_publication(ed),
        "state": publishing.window_state(pub) if pub else "",
        "zones": window.zones_for(ed),
        "window": window.form_values(pub, ed),
        "pending": Comment.objects.filter(edition=ed, state=Comment.PENDING).count(),
        "unanswered": Comment.objects.filter(edition=ed, state=Comment.VISIBLE)
        .filter(disposition__isnull=True)
        .count(),
    }
    return render(request, "fm/staff/edition.html", ctx)


@requires("manage_editions")
@require_POST
def edition_import(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    files = request.FILES.getlist("reports")
    if not files:
        flash.error(request, _("Choose one or more report files to import."))
        return _back(request, slug)
    try:
        counts = importing.import_uploads(ed, files, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    flash.success(
        request,
        _(
            "Imported %(sessions)s sessions and %(statements)s statements "
            "(%(new)s new, %(withdrawn)s withdrawn)."
        )
        % counts,
    )
    if counts.get("kept"):
        flash.success(
            request,
            _(
                "%(kept)s session(s) kept the report their organisers wrote or confirmed; "
                "the takeaways drafted from their transcripts were set aside."
            )
            % counts,
        )
    return _back(request, slug)


@requires("manage_editions")
@require_POST
def draft_start(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, RunForm)
    embedder, writer = form["embedder"] or "use", form["writer"] or "extractive"
    try:
        if ed.publications.exists():
            raise ForumMessagesError("the draft is published; curate it instead of running again")
        with transaction.atomic():
            run = drafting.start(ed, embedder, request.user, writer)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    return redirect("fm:run", slug=slug, run_id=run.pk)


@requires("see_dashboard")
def run_status(request: HttpRequest, slug: str, run_id: int) -> HttpResponse:
    ed = edition_or_404(slug)
    run = get_object_or_404(DraftRun, pk=run_id, edition=ed)
    return render(request, "fm/staff/run.html", {"edition": ed, "run": run})


@requires("manage_editions")
@require_POST
def edition_settings(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, SettingsForm)
    try:
        ed.time_zone = time_zone(form["time_zone"])
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    ed.allow_anonymous = form["allow_anonymous"]
    ed.premoderate = form["premoderate"]
    ed.save(update_fields=["time_zone", "allow_anonymous", "premoderate"])
    flash.success(request, _("Settings saved."))
    return _back(request, slug)


@requires("publish")
@require_POST
def publish_draft(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    form = posted(request, PublishForm)
    try:
        opens = local_datetime(form["opens"], ed.time_zone)
        closes = local_datetime(form["closes"], ed.time_zone)
        pub = publishing.publish_draft(ed, opens, closes, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    flash.success(request, window.confirmation(pub, ed))
    return _back(request, slug)


@requires("publish")
@require_POST
def publish_final(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    try:
        pub = publishing.publish_final(ed, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    flash.success(
        request, _("Version %(n)s is published as the final text.") % {"n": pub.version.number}
    )
    return _back(request, slug)
