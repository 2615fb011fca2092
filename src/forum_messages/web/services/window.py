"""Running the review window of a published draft: open it now, extend it by some days, close
it now. Each change goes through ``publishing.publish_draft`` (same checks, same record), and
each returns the window as it now is."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.utils import timezone

from forum_messages.web.models import Edition, Publication
from forum_messages.web.services import publishing

MAX_DAYS = 366
DEFAULT_DAYS = 14


class WindowError(publishing.PublishError):
    pass


def _days(days: int) -> timedelta:
    if not 1 <= days <= MAX_DAYS:
        raise WindowError("the number of days must be between 1 and 366")
    return timedelta(days=days)


def _current(edition: Edition) -> Publication:
    pub = publishing.current_draft_publication(edition)
    if pub is None or pub.opens is None or pub.closes is None:
        raise WindowError("publish the draft for review first")
    return pub


def open_now(edition: Edition, days: int, user: Any, now: datetime | None = None) -> Publication:
    """The review opens now (publishing the draft if it is not yet) and closes ``days`` from
    now, or at its set closing time when that is later."""
    now = now or timezone.now()
    closes = now + _days(days)
    pub = publishing.current_draft_publication(edition)
    if pub is not None and publishing.window_state(pub, now) == "open":
        raise WindowError("the review is open already")
    if pub is not None and pub.closes is not None and pub.closes > closes:
        closes = pub.closes
    return publishing.publish_draft(edition, now, closes, user)


def extend(edition: Edition, days: int, user: Any, now: datetime | None = None) -> Publication:
    """The closing time moves ``days`` later; a review that has ended reopens until then."""
    now = now or timezone.now()
    pub = _current(edition)
    assert pub.opens is not None and pub.closes is not None
    closes = pub.closes + _days(days)
    if closes <= now:
        raise WindowError("the review would still be over: open it now instead")
    return publishing.publish_draft(edition, pub.opens, closes, user)


def close_now(edition: Edition, user: Any, now: datetime | None = None) -> Publication:
    """The review ends now: no comment is taken from this moment on."""
    now = now or timezone.now()
    pub = _current(edition)
    state = publishing.window_state(pub, now)
    if state == "closed":
        raise WindowError("the review is closed already")
    if state == "upcoming":
        raise WindowError("the review has not opened yet: change its times instead")
    assert pub.opens is not None
    return publishing.publish_draft(edition, pub.opens, now, user)
