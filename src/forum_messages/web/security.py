"""The Content-Security-Policy header, on every response of the site.

The site runs no script at all, public or staff, and loads nothing from elsewhere: the policy
allows no script, no frame, no plug-in and no outside resource. Styles are the site's own,
written in the page (a ``<style>`` block and some ``style`` attributes on staff pages, and in
the HTML exports), so inline styles are allowed; forms may post only to the site itself.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'none'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
    )
)


class ContentSecurityPolicy:
    """Adds ``settings.CONTENT_SECURITY_POLICY`` to responses that do not set their own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = settings.CONTENT_SECURITY_POLICY
        return response
