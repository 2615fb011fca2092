"""Helpers every view uses: the role context, edition lookup, rule checks."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from forum_messages.web import rules
from forum_messages.web.models import Edition
from forum_messages.web.views.forms import FormError


def roles(request: HttpRequest) -> dict[str, Any]:
    """Template context: the user's role and what they may do (``can.curate`` ...)."""
    user = getattr(request, "user", None)
    return {"role": rules.role_of(user), "can": rules.Allowed(user)}


def edition_or_404(slug: str) -> Edition:
    return get_object_or_404(Edition, slug=slug)


View = Callable[..., HttpResponse]


def requires(rule: str) -> Callable[[View], View]:
    """The view answers 403 (or the login page for anonymous users) unless ``rule`` allows,
    and 400 with the reasons when a field of its form is not accepted (nothing changed)."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not rules.can(request.user, rule):
                if not request.user.is_authenticated:
                    from django.contrib.auth.views import redirect_to_login

                    return redirect_to_login(request.get_full_path())
                from django.core.exceptions import PermissionDenied

                raise PermissionDenied(rule)
            try:
                return view(request, *args, **kwargs)
            except FormError as exc:
                return refused(request, exc, kwargs.get("slug"))

        return wrapped

    return decorate


def refused(request: HttpRequest, exc: FormError, slug: str | None = None) -> HttpResponse:
    back = reverse("fm:staff_edition", args=[slug]) if slug else reverse("fm:dashboard")
    ctx = {"problems": exc.problems, "back": back}
    return render(request, "fm/staff/refused.html", ctx, status=400)


def page_links(page: Any) -> list[int | None]:
    """The numbers of the pages to link to around ``page`` of a Django paginator, None where
    some are left out (templates/fm/_pages.html)."""
    return [
        n if isinstance(n, int) else None
        for n in page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
    ]
