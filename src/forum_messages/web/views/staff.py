"""Staff pages: dashboard, users, editions (create, import, draft runs, settings, publish)."""

from __future__ import annotations

from django.contrib import messages as flash
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages.edition import preset_names, preset_path
from forum_messages.errors import ForumMessagesError
from forum_messages.model import UN_LANGUAGES
from forum_messages.web import rules
from forum_messages.web.models import Comment, Draft, DraftRun, Edition
from forum_messages.web.services import drafting, importing, publishing
from forum_messages.web.services.components import EMBEDDERS
from forum_messages.web.templatetags.fm_tags import LABELS
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import field, local_datetime, time_zone


def _back(request: HttpRequest, slug: str) -> HttpResponse:
    return redirect("fm:staff_edition", slug=slug)


@requires("see_dashboard")
def dashboard(request: HttpRequest) -> HttpResponse:
    editions = Edition.objects.all()
    return render(
        request, "fm/staff/dashboard.html", {"editions": editions, "presets": preset_names()}
    )


@requires("manage_editions")
@require_POST
def edition_create(request: HttpRequest) -> HttpResponse:
    try:
        upload = request.FILES.get("file")
        preset = field(request, "preset", 100)
        if upload is not None:
            text = upload.read(2_000_000).decode("utf-8-sig")
            name = upload.name or "edition file"
        elif preset in preset_names():
            text = preset_path(preset).read_text(encoding="utf-8")
            name = preset
        else:
            text, name = field(request, "yaml", 2_000_000), "edition file"
        ed = importing.create_edition(text, field(request, "slug", 60), name)
    except UnicodeDecodeError:
        flash.error(request, _("The edition file is not UTF-8; save it as UTF-8."))
        return redirect("fm:dashboard")
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
        "pub": pub,
        "final": publishing.final_publication(ed),
        "state": publishing.window_state(pub) if pub else "",
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
    return _back(request, slug)


@requires("manage_editions")
@require_POST
def draft_start(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    embedder = field(request, "embedder", 10) or "use"
    try:
        if embedder not in EMBEDDERS:
            raise ForumMessagesError(f"embedder must be one of {', '.join(EMBEDDERS)}")
        if ed.publications.exists():
            raise ForumMessagesError("the draft is published; curate it instead of running again")
        with transaction.atomic():
            run = drafting.start(ed, embedder, request.user)
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
    try:
        ed.time_zone = time_zone(field(request, "time_zone", 64))
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    ed.allow_anonymous = bool(request.POST.get("allow_anonymous"))
    ed.premoderate = bool(request.POST.get("premoderate"))
    ed.save(update_fields=["time_zone", "allow_anonymous", "premoderate"])
    flash.success(request, _("Settings saved."))
    return _back(request, slug)


@requires("publish")
@require_POST
def publish_draft(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    try:
        opens = local_datetime(field(request, "opens", 40), ed.time_zone)
        closes = local_datetime(field(request, "closes", 40), ed.time_zone)
        pub = publishing.publish_draft(ed, opens, closes, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
        return _back(request, slug)
    flash.success(
        request, _("Draft version %(n)s is published for review.") % {"n": pub.version.number}
    )
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


@requires("manage_users")
def users(request: HttpRequest) -> HttpResponse:
    User = get_user_model()
    if request.method == "POST":
        username = field(request, "username", 150).strip()
        role = field(request, "role", 20)
        password = field(request, "password", 200)
        languages = field(request, "languages", 100).replace(",", " ").split()
        try:
            if role not in (*rules.STAFF_ROLES, rules.PUBLIC):
                raise ForumMessagesError("choose a role: editor, moderator, translator or public")
            bad = [lang for lang in languages if lang not in UN_LANGUAGES]
            if bad or (role == rules.TRANSLATOR and not languages):
                raise ForumMessagesError(
                    "a translator needs one or more languages among " + " ".join(UN_LANGUAGES)
                )
            user = User.objects.filter(username=username).first()
            if user is None:
                if not username or len(password) < 10:
                    raise ForumMessagesError(
                        "give a user name and a password of at least 10 characters"
                    )
                user = User.objects.create_user(username=username, password=password)
            elif password:
                user.set_password(password)
                user.save()
            if user.is_superuser:
                raise ForumMessagesError("an admin's role cannot be changed here")
            rules.set_role(user, role, languages)
        except ForumMessagesError as exc:
            flash.error(request, str(exc))
        else:
            flash.success(
                request, _("%(user)s is now %(role)s.") % {"user": username, "role": LABELS[role]}
            )
        return redirect("fm:users")
    people = [
        (u, rules.role_of(u), rules.languages_of(u)) for u in User.objects.order_by("username")
    ]
    return render(request, "fm/staff/users.html", {"people": people, "roles": rules.ROLES[1:]})
