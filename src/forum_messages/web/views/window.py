"""The review window on the edition's staff page: open now, extend by some days, close now,
each confirmed by a message that gives the window as it now is, in the edition's time zone."""

from __future__ import annotations

import zoneinfo
from datetime import datetime

from django import forms
from django.contrib import messages as flash
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from forum_messages import localise
from forum_messages.errors import ForumMessagesError
from forum_messages.web.models import Edition, Publication
from forum_messages.web.services import publishing, window
from forum_messages.web.services.pages import ui_language
from forum_messages.web.views.common import edition_or_404, requires
from forum_messages.web.views.forms import number, posted

ACTIONS = ("open", "extend", "close")


def _zones() -> list[str]:
    names = {z for z in zoneinfo.available_timezones() if "/" in z and not z.startswith("Etc/")}
    names -= {z for z in names if z.split("/")[0] in ("posix", "right", "SystemV", "US")}
    return ["UTC", *sorted(names)]


#: The IANA time zones an edition can choose (UTC first, then by region/city).
ZONES = _zones()


def zones_for(ed: Edition) -> list[str]:
    """The list to choose from, with the edition's own zone kept when it is not in it (set
    from an older form or another alias, such as ``US/Eastern``)."""
    return ZONES if ed.time_zone in ZONES else [ed.time_zone, *ZONES]


def form_values(pub: Publication | None, ed: Edition) -> dict[str, str]:
    """The window's times for the form's datetime-local boxes, in the edition's zone."""
    tz = localise.zone(ed.time_zone)
    out = {}
    for name in ("opens", "closes"):
        value = getattr(pub, name, None) if pub is not None else None
        out[name] = value.astimezone(tz).strftime("%Y-%m-%dT%H:%M") if value else ""
    return out


class DaysForm(forms.Form):
    days = number(low=1, high=window.MAX_DAYS)


def _at(value: object, ed: Edition) -> str:
    """A time of the window in the edition's zone, named (``... (Africa/Nairobi)``)."""
    if not isinstance(value, datetime):
        return ""
    text = localise.format_datetime(value, ui_language(get_language()), ed.time_zone)
    return f"{text} ({localise.zone_label(ed.time_zone)})"


def confirmation(pub: Publication, ed: Edition) -> str:
    """What the window now is, said as the state it is in."""
    state = publishing.window_state(pub)
    times = {"opens": _at(pub.opens, ed), "closes": _at(pub.closes, ed), "n": pub.version.number}
    if state == "open":
        return (
            _("Draft version %(n)s is open for comments from %(opens)s until %(closes)s.") % times
        )
    if state == "upcoming":
        return (
            _(
                "Draft version %(n)s is published; comments will be taken from %(opens)s "
                "until %(closes)s."
            )
            % times
        )
    return (
        _(
            "Draft version %(n)s is published; its review closed on %(closes)s and no more "
            "comments are taken."
        )
        % times
    )


@requires("publish")
@require_POST
def act(request: HttpRequest, slug: str, action: str) -> HttpResponse:
    ed = edition_or_404(slug)
    if action not in ACTIONS:
        raise Http404
    days = posted(request, DaysForm)["days"] or window.DEFAULT_DAYS
    try:
        if action == "open":
            pub = window.open_now(ed, days, request.user)
        elif action == "extend":
            pub = window.extend(ed, days, request.user)
        else:
            pub = window.close_now(ed, request.user)
    except ForumMessagesError as exc:
        flash.error(request, str(exc))
    else:
        flash.success(request, confirmation(pub, ed))
    return redirect("fm:staff_edition", slug=slug)
