"""Sign-in throttling: after ``LOGIN_LIMIT`` failed sign-ins in ``WINDOW`` for one account, or
from one address, sign-ins there are refused (even with the right password) until the oldest
of those failures is a quarter of an hour old. Failures are rows in the database, so every
server process sees them; a successful sign-in clears its account's failures.

Each kind of request counts on its own (``scope``): password-reset requests are throttled
like sign-ins but never lock anyone out of signing in, and the other way round."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from forum_messages.web.models import LoginFailure
from forum_messages.web.services.comments import client_hash
from forum_messages.web.services.dblock import retry_locked

WINDOW = timedelta(minutes=15)


SIGN_IN = "sign-in"
RESET = "reset"


def _keys(username: str, address: str, scope: str = SIGN_IN) -> dict[str, str]:
    prefix = "" if scope == SIGN_IN else scope + "|"  # sign-in keys as they always were
    return {
        "account": client_hash(prefix + "account|" + username.strip().casefold()),
        "address": client_hash(prefix + "address|" + address),
    }


def blocked_until(
    username: str, address: str, now: datetime | None = None, scope: str = SIGN_IN
) -> datetime | None:
    """When sign-ins for this account and address are taken again (None: now)."""
    limit = settings.LOGIN_LIMIT
    if limit <= 0:
        return None
    now = now or timezone.now()
    until: datetime | None = None
    for field, key in _keys(username, address, scope).items():
        recent = LoginFailure.objects.filter(**{field: key}, created__gte=now - WINDOW)
        times = list(recent.values_list("created", flat=True)[:limit])  # newest first
        if len(times) >= limit:
            free = times[limit - 1] + WINDOW  # when the limit-th newest failure expires
            until = max(until, free) if until else free
    return until


def record_failure(
    username: str, address: str, now: datetime | None = None, scope: str = SIGN_IN
) -> None:
    now = now or timezone.now()

    def write() -> None:
        LoginFailure.objects.filter(created__lt=now - WINDOW).delete()
        LoginFailure.objects.create(created=now, **_keys(username, address, scope))

    retry_locked(write)


def clear(username: str) -> None:
    """A successful sign-in: the account's earlier failures no longer count."""
    key = _keys(username, "")["account"]
    retry_locked(lambda: LoginFailure.objects.filter(account=key).delete())
