"""Publish draft v1 for review (with its window) and the final text; draft-to-final diffs."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import transaction
from django.utils import timezone

from forum_messages.errors import ForumMessagesError
from forum_messages.model import STAGES, Stage
from forum_messages.model import Draft as CoreDraft
from forum_messages.web.models import Draft, Edition, Publication, Version


class PublishError(ForumMessagesError):
    pass


def _publication(edition: Edition, kind: str) -> Publication | None:
    return (
        Publication.objects.select_related("version")
        .defer("version__snapshot", "version__diff")
        .filter(edition=edition, kind=kind)
        .first()
    )


def current_draft_publication(edition: Edition) -> Publication | None:
    return _publication(edition, Publication.DRAFT)


def final_publication(edition: Edition) -> Publication | None:
    return _publication(edition, Publication.FINAL)


def published_snapshot(pub: Publication) -> dict[str, Any]:
    """The frozen snapshot of a publication (versions never change: parsed once per process)."""
    return _snapshot(pub.version_id, pub.version.created.isoformat())


@lru_cache(maxsize=16)
def _snapshot(version_id: int, created: str) -> dict[str, Any]:
    del created  # part of the key: ids can come back after a rolled-back transaction
    snap: dict[str, Any] = Version.objects.values_list("snapshot", flat=True).get(pk=version_id)
    return snap


def published_changes(draft_pub: Publication, final_pub: Publication) -> tuple[Any, ...]:
    """What became of each message of the published draft in the final text
    (``textdiff.draft_to_final``), found once per process for the two publications (their
    versions never change); the word diffs are made as rows are shown and kept with them. The
    result is shared: do not change it."""
    return _changes(
        (draft_pub.version_id, draft_pub.version.created.isoformat()),
        (final_pub.version_id, final_pub.version.created.isoformat()),
    )


@lru_cache(maxsize=4)
def _changes(draft: tuple[int, str], final: tuple[int, str]) -> tuple[Any, ...]:
    from forum_messages.web.services.textdiff import draft_to_final

    return tuple(draft_to_final(_snapshot(*draft), _snapshot(*final)))


def window_state(pub: Publication, now: datetime | None = None) -> str:
    """upcoming | open | closed (the window is [opens, closes); a final text closes it)."""
    now = now or timezone.now()
    if pub.kind != Publication.DRAFT or pub.opens is None or pub.closes is None:
        return "closed"
    if Publication.objects.filter(edition_id=pub.edition_id, kind=Publication.FINAL).exists():
        return "closed"
    if now < pub.opens:
        return "upcoming"
    if now >= pub.closes:
        return "closed"
    return "open"


@transaction.atomic
def publish_draft(edition: Edition, opens: datetime, closes: datetime, user: Any) -> Publication:
    """The latest version goes public for review from ``opens`` until ``closes``.

    Publishing again only moves the window (the published text stays what it was).
    """
    if timezone.is_naive(opens) or timezone.is_naive(closes):
        raise PublishError("opening and closing times need a time zone")
    if closes <= opens:
        raise PublishError("the review must close after it opens")
    if final_publication(edition) is not None:
        raise PublishError("the final text is published; the review cannot open again")
    existing = current_draft_publication(edition)
    if existing is not None:
        existing.opens, existing.closes = opens, closes
        existing.save(update_fields=["opens", "closes"])
        return existing
    draft = Draft.objects.filter(edition=edition).first()
    version = draft.latest_version() if draft else None
    if version is None:
        raise PublishError("there is no draft yet: import reports and run the draft first")
    return Publication.objects.create(
        edition=edition,
        kind=Publication.DRAFT,
        version=version,
        opens=opens,
        closes=closes,
        published_by=user if getattr(user, "is_authenticated", False) else None,
    )


@transaction.atomic
def publish_final(edition: Edition, user: Any, now: datetime | None = None) -> Publication:
    """The latest version becomes the final text (once the review has closed)."""
    now = now or timezone.now()
    pub = current_draft_publication(edition)
    if pub is None:
        raise PublishError("publish the draft for review first")
    if pub.closes and now < pub.closes:
        raise PublishError("the review is still open; publish the final text after it closes")
    if final_publication(edition) is not None:
        raise PublishError("the final text is published already")
    version = edition.draft.latest_version()
    assert version is not None
    return Publication.objects.create(
        edition=edition,
        kind=Publication.FINAL,
        version=version,
        published_by=user if getattr(user, "is_authenticated", False) else None,
    )


def _zone(edition: Edition) -> Any:
    try:
        return ZoneInfo(edition.time_zone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _day(moment: datetime, edition: Edition) -> str:
    """The ISO date of ``moment`` in the edition's time zone."""
    return timezone.localtime(moment, _zone(edition)).date().isoformat()


def review_window(edition: Edition) -> tuple[str, str] | None:
    """The review window set on the site, as the first and last days (ISO dates, in the
    edition's time zone); None when the draft was never published for review. The window is
    [opens, closes): one closing at midnight ends the day before."""
    pub = current_draft_publication(edition)
    if pub is None or pub.opens is None or pub.closes is None:
        return None
    last = pub.closes - timedelta(microseconds=1)
    return _day(pub.opens, edition), _day(max(last, pub.opens), edition)


def stage_of(edition: Edition, version_id: int | None) -> str:
    """final, review or draft: what the text of version ``version_id`` is on the site."""
    final = final_publication(edition)
    if final is not None and final.version_id == version_id:
        return "final"
    pub = current_draft_publication(edition)
    if pub is not None and pub.version_id == version_id:
        return "review"
    return "draft"


def with_state(core: CoreDraft, edition: Edition, stage: str) -> CoreDraft:
    """``core`` saying what it is in its exports: ``stage`` (draft, review or final), the
    review window actually set on the site (never the edition file's own dates) and, for the
    final text, the day it was published."""
    published = None
    if stage == "final":
        final = final_publication(edition)
        published = _day(final.published, edition) if final is not None else None
    # a translation stays one (apply() set translated_from)
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}; valid stages: {', '.join(STAGES)}")
    state = dataclasses.replace(core.state, stage=cast(Stage, stage), published=published)
    ed = dataclasses.replace(core.edition, review=review_window(edition))
    return dataclasses.replace(core, edition=ed, state=state)


# Draft-to-final diffs live in textdiff.py (pure functions, no Django).
from forum_messages.web.services.textdiff import (  # noqa: E402
    MessageChange,
    Piece,
    draft_to_final,
    word_diff,
)

__all__ = [
    "MessageChange",
    "Piece",
    "PublishError",
    "current_draft_publication",
    "draft_to_final",
    "final_publication",
    "publish_draft",
    "publish_final",
    "published_snapshot",
    "review_window",
    "stage_of",
    "window_state",
    "with_state",
    "word_diff",
]
