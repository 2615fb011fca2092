"""Small parsing helpers for POSTed forms (the services validate the values)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.http import HttpRequest

from forum_messages.errors import ForumMessagesError


class FormError(ForumMessagesError):
    pass


def field(request: HttpRequest, name: str, limit: int = 20_000) -> str:
    value = str(request.POST.get(name, ""))
    if len(value) > limit:
        raise FormError(f"the field '{name}' is too long")
    return value


def ids(request: HttpRequest, name: str) -> list[str]:
    return [v for v in request.POST.getlist(name) if v][:5000]


def local_datetime(value: str, tz_name: str) -> datetime:
    """'YYYY-MM-DDTHH:MM' (a datetime-local input) in the edition's time zone, made aware."""
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise FormError(f"unknown time zone '{tz_name}'") from exc
    try:
        naive = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise FormError(f"'{value}' is not a date and time (YYYY-MM-DD HH:MM)") from exc
    if naive.tzinfo is not None:
        return naive
    return naive.replace(tzinfo=tz)


def time_zone(value: str) -> str:
    name = value.strip() or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise FormError(f"unknown time zone '{name}' (use a name like Europe/Oslo or UTC)") from exc
    return name
