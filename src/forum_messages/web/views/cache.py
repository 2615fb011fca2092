"""A short cache of public pages for anonymous readers (PUBLIC_CACHE_SECONDS, default 5).

Public pages are the same for every anonymous reader in one language, so under load each is
rendered once every few seconds instead of once per request. Signed-in staff always get a
fresh page. New comments and answers show up on cached pages within that many seconds.

A cached page holds nothing of one reader's own: a reader with a message waiting for them
(a confirmation not yet shown, say after signing out) gets a fresh page that is not cached,
and so does a page that had to carry a form token.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

View = Callable[..., HttpResponse]


def public_cache(view: View) -> View:
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        seconds = settings.PUBLIC_CACHE_SECONDS
        if (
            seconds <= 0
            or request.method != "GET"
            or request.user.is_authenticated
            or len(get_messages(request)) > 0
        ):
            return view(request, *args, **kwargs)
        key = f"fm:page:{get_language()}:{request.get_full_path()}"
        hit = cache.get(key)
        if hit is not None:
            status, headers, body = hit
            resp = HttpResponse(body, status=status)
            for name, value in headers:
                resp[name] = value
            return resp
        resp = view(request, *args, **kwargs)
        if (
            resp.status_code == 200
            and not resp.cookies
            and not getattr(resp, "streaming", False)
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a form token of its own
        ):
            keep = [
                (h, v) for h, v in resp.items() if h.lower() in ("content-type", "content-language")
            ]
            cache.set(key, (resp.status_code, keep, resp.content), seconds)
        return resp

    return wrapped
