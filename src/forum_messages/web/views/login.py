"""Staff sign-in, throttled against password guessing (services/throttle.py)."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse

from forum_messages.web.services import throttle


class LoginView(auth_views.LoginView):
    template_name = "fm/login.html"

    def _who(self) -> tuple[str, str]:
        username = str(self.request.POST.get("username", ""))[:150]
        return username, str(self.request.META.get("REMOTE_ADDR", ""))

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        until = throttle.blocked_until(*self._who())
        if until is not None:  # refused without checking the password
            shown = until.astimezone(UTC).strftime("%H:%M")
            ctx = self.get_context_data(form=self.get_form_class()(request), throttled=shown)
            return self.render_to_response(ctx, status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: Any) -> HttpResponse:
        throttle.record_failure(*self._who())
        return super().form_invalid(form)

    def form_valid(self, form: Any) -> HttpResponse:
        throttle.clear(self._who()[0])
        return super().form_valid(form)
