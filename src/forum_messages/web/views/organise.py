"""Organisers confirm the takeaways drafted from their sessions' transcripts; the secretariat
(editors, admins) assigns sessions to organiser accounts. An organiser sees its own sessions
only: any other session answers 404."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages as flash
from django.core.exceptions import ValidationError as FieldError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from forum_messages.errors import ValidationError
from forum_messages.ingest import MAX_STATEMENT_CHARS
from forum_messages.web import rules
from forum_messages.web.models import Session
from forum_messages.web.services import organising, takeaway_items
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import MAX_VALUES, FormError, IdList, chars, choice, posted

MAX_ITEMS = 60  # items of one list on the form


class Texts(forms.Field):
    """Every value of a repeated text box, in order, empty ones kept (they mark dropped
    items)."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value: Any) -> list[str]:
        values = [str(v) for v in (value or [])]
        if len(values) > MAX_ITEMS:
            raise FieldError(_("more than %(n)s items") % {"n": MAX_ITEMS})
        if any(len(v) > MAX_STATEMENT_CHARS for v in values):
            raise FieldError(
                _("a text is longer than %(n)s characters") % {"n": MAX_STATEMENT_CHARS}
            )
        if any("\x00" in v for v in values):
            raise FieldError(_("a value contains a null character"))
        return values


class ConfirmForm(forms.Form):
    key_takeaways = Texts(required=False)
    calls_to_action = Texts(required=False)
    drop_key_takeaways = IdList()  # item numbers (from 1) ticked to drop
    drop_calls_to_action = IdList()


class ItemForm(forms.Form):
    """One change to one item (``item``: its statement id), a new item (``add``, to ``list``)
    or the confirmation of every item (``confirm_all``)."""

    action = choice(("save", "confirm", "remove", "add", "confirm_all"))
    item = chars(40)
    list = choice([name for name, _kind in organising.LISTS], required=False)
    text = chars(MAX_STATEMENT_CHARS)


class AssignForm(forms.Form):
    session = IdList()
    organiser = Texts(required=False)  # an account id, or empty for nobody; one per session


def _kept(form: dict[str, Any]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The texts kept in each list, and how problems name them (by their number on the page:
    ``key_takeaways.0`` -> "key takeaway 2" when the first was dropped)."""
    lists: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    names = {"key_takeaways": _("key takeaway %(n)s"), "calls_to_action": _("call to action %(n)s")}
    for name, _kind in organising.LISTS:
        dropped = set(form[f"drop_{name}"])
        kept: list[str] = []
        for number, text in enumerate(form[name], start=1):
            if number in dropped or not text.strip():
                continue
            labels[f"{name}.{len(kept)}"] = names[name] % {"n": number}
            kept.append(text)
        lists[name] = kept
    return lists, labels


def _own(request: HttpRequest, pk: int) -> Session:
    session = get_object_or_404(Session, pk=pk, kind="session", withdrawn=False)
    if not rules.organises(request.user, session):
        from django.http import Http404

        raise Http404("not one of your sessions")
    return session


@requires("confirm_takeaways")
def home(request: HttpRequest) -> HttpResponse:
    sessions = list(organising.sessions_of(request.user))
    return render(request, "fm/organise/home.html", {"sessions": sessions})


@requires("confirm_takeaways")
@require_http_methods(["GET", "POST"])
def session_page(request: HttpRequest, pk: int) -> HttpResponse:
    """The session's items, each with the turns it cites; a POST replaces the whole lists at
    once (every item confirmed), as ``item_action`` changes one item."""
    session = _own(request, pk)
    editable = organising.can_confirm(session)
    problems: list[str] = []
    status = 200
    if request.method == "POST":
        if not editable:
            raise FormError(_("This session's report was written by its organisers."))
        form = posted(request, ConfirmForm)
        lists, labels = _kept(form)
        try:
            organising.confirm(session, lists, request.user, labels)
        except ValidationError as exc:
            problems = [str(p) for p in exc.problems]
            status = 400
        else:
            flash.success(
                request,
                _("Confirmed: these takeaways are now your session's report."),
            )
            return redirect("fm:organise_session", pk=session.pk)
    return _page(request, session, editable, problems, status)


def _page(
    request: HttpRequest, session: Session, editable: bool, problems: list[str], status: int
) -> HttpResponse:
    rows = organising.items_of(session)
    ctx = {
        "session": session,
        "editable": editable,
        "items": [
            (name, rows[name], _("Key takeaways") if i == 0 else _("Calls to action"))
            for i, (name, _kind) in enumerate(organising.LISTS)
        ],
        "to_confirm": sum(1 for sts in rows.values() for st in sts if st.machine_drafted),
        "changes": session.changes.select_related("author")[:200],
        "problems": problems,
    }
    return render(request, "fm/organise/session.html", ctx, status=status)


DONE = {
    "save": gettext_lazy("Saved: the item now counts as your session's report."),
    "confirm": gettext_lazy("Confirmed: the item now counts as your session's report."),
    "remove": gettext_lazy("Removed."),
    "add": gettext_lazy("Added: the item counts as your session's report."),
    "confirm_all": gettext_lazy("Confirmed: these takeaways are now your session's report."),
}


@requires("confirm_takeaways")
@require_http_methods(["POST"])
def item_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit (and so confirm), confirm or remove one item, add one, or confirm them all."""
    session = _own(request, pk)
    if not organising.can_confirm(session):
        raise FormError(_("This session's report was written by its organisers."))
    form = posted(request, ItemForm)
    action, sid, text = form["action"], form["item"], form["text"]
    if action in ("save", "confirm", "remove") and not sid:
        raise FormError(_("item: choose an item"))
    if action in ("save", "add") and not text.strip():
        raise FormError(_("text: write the item, or remove it"))
    if action == "add" and not form["list"]:
        raise FormError(_("list: choose key takeaways or calls to action"))
    try:
        if action == "save":
            takeaway_items.edit(session, sid, text, request.user)
        elif action == "confirm":
            takeaway_items.confirm_item(session, sid, request.user)
        elif action == "remove":
            takeaway_items.remove(session, sid, request.user)
        elif action == "add":
            takeaway_items.add(session, form["list"], text, request.user)
        else:
            takeaway_items.confirm_all(session, request.user)
    except ValidationError as exc:
        session.refresh_from_db()
        return _page(request, session, True, [str(p) for p in exc.problems], 400)
    flash.success(request, str(DONE[action]))
    return redirect("fm:organise_session", pk=session.pk)


@requires("manage_editions")
@require_http_methods(["GET", "POST"])
def assign(request: HttpRequest, slug: str) -> HttpResponse:
    ed = edition_or_404(slug)
    accounts = list(organising.organiser_accounts())
    if request.method == "POST":
        form = posted(request, AssignForm)
        ids, chosen = form["session"], form["organiser"]
        if len(ids) != len(chosen) or len(ids) > MAX_VALUES:
            raise FormError(_("organiser: one choice per session"))
        choices: dict[int, int | None] = {}
        for pk, value in zip(ids, chosen, strict=True):
            if value and not (value.isascii() and value.isdigit() and len(value) < 19):
                raise FormError(_("'%(v)s' is not a record number") % {"v": value})
            choices[pk] = int(value) if value else None
        try:
            changed = organising.assign(ed, choices)
        except ValidationError as exc:
            raise FormError([str(p) for p in exc.problems]) from None
        flash.success(request, _("%(n)s session(s) given a new organiser.") % {"n": changed})
        return redirect("fm:organisers", slug=ed.slug)
    sessions = ed.sessions.filter(withdrawn=False, kind="session").select_related("organiser")
    ctx = {"edition": ed, "sessions": sessions, "accounts": accounts}
    return render(request, "fm/organise/assign.html", ctx)
