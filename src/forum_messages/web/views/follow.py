"""Following one's comment: its permalink page and the unsubscribe page (no login needed)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from forum_messages.web.models import Comment
from forum_messages.web.services import mailing
from forum_messages.web.services.targets import Targets
from forum_messages.web.views.common import edition_or_404

SHOWN = (Comment.PENDING, Comment.VISIBLE)


def site_of(request: HttpRequest) -> str:
    """The site's own address (scheme and host), for links in mail and files."""
    return request.build_absolute_uri("/").rstrip("/")


def comment_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    """One comment, what it is on and its answer. A pending comment shows only that it waits
    for a moderator; hidden comments and spam are not shown at all."""
    ed = edition_or_404(slug)
    c = (
        Comment.objects.filter(edition=ed, pk=pk, state__in=SHOWN)
        .select_related("disposition", "message", "topic", "edition")
        .first()
    )
    if c is None:
        raise Http404(_("No such comment."))
    ctx = {
        "edition": ed,
        "comment": c,
        "target": Targets(ed, get_language() or "en").of(c),
        "disposition": getattr(c, "disposition", None),
    }
    return render(request, "fm/comment_page.html", ctx)


def unsubscribe(request: HttpRequest) -> HttpResponse:
    """GET shows a button (mail scanners follow links), POST records the opt-out."""
    token = str(request.POST.get("t") or request.GET.get("t", ""))
    done = False
    status = 200
    if request.method == "POST":
        done = mailing.unsubscribe(token) is not None
        status = 200 if done else 400
    return render(request, "fm/unsubscribe.html", {"token": token, "done": done}, status=status)
