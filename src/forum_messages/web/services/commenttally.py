"""Counts of comments kept as they change, so that no page counts a large consultation's rows.

Two things are kept by database triggers on ``fm_comment`` and ``fm_disposition``
(services/commenttriggers, made by migration ``0016``), whatever writes them: a comment
posted or imported (the import's ``INSERT ... SELECT`` too), moderated one by one or a
group at a time (one ``UPDATE``), moved to another campaign, answered, its answer
removed, or deleted (an edition removed):

- each campaign's ``size`` (its comments in any state), ``visible`` and ``answered``;
- ``fm_commenttally``: the number of comments of an edition per campaign (0 for none),
  respondent group, state, answered or not, and theme (empty: on the whole draft), and the
  same over every campaign (campaign ``ALL``, -1: a few rows per edition). A group
  page whose filters are only those (a campaign, a respondent type, a state, not answered,
  a theme) sums a few of these rows instead of reading its comments, and so do its counts
  per theme and per respondent group.

``recount`` works the same numbers out from the comments themselves: the tests compare the
two after every kind of write, and ``repair`` puts them right if they ever differ.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet, Sum

from forum_messages.web.models import Campaign, Comment, CommentTally, Edition
from forum_messages.web.services import commenttriggers

#: the namespace of the PostgreSQL advisory locks taken by ``serialise`` (any constant)
LOCK_SPACE = 0x666D


def serialise(comments: QuerySet[Comment] | Iterable[Comment]) -> None:
    """Inside a transaction, wait for the other bulk writes of these comments' editions to
    end (PostgreSQL; SQLite writes one transaction at a time anyway): a transaction-level
    advisory lock per edition, taken before any row is written, in the order of the editions'
    ids. Together with the triggers' sorted writes (services/commenttriggers), two bulk writes
    of comments or answers never deadlock, whatever the number of their statements."""
    if connection.vendor != "postgresql":
        return
    if isinstance(comments, QuerySet):
        editions = set(comments.order_by().values_list("edition_id", flat=True)[:1])
    else:
        editions = {c.edition_id for c in comments}
    serialise_editions(editions)


def serialise_editions(editions: Iterable[int]) -> None:
    """``serialise`` for the comments of these editions (PostgreSQL)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for pk in sorted(set(editions)):
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [LOCK_SPACE, pk % 2**31])


def repair() -> None:
    """Every count worked out again from the comments (one statement each)."""
    with connection.cursor() as cursor:
        for sql in commenttriggers.FILL:
            cursor.execute(sql)


@dataclass(frozen=True)
class Counts:
    """How many comments, per state, answered, and visible but not answered yet."""

    total: int
    states: dict[str, int]
    answered: int
    visible_unanswered: int


def matching(
    edition: Edition,
    campaign: int | None = None,
    group: str = "",
    state: str = "",
    unanswered: bool = False,
    spam: bool = False,
    theme: str = "",
) -> QuerySet[CommentTally]:
    """The tally rows of the edition's comments that have these values (``campaign`` None:
    any; ``group``, ``state`` and ``theme`` empty: any; spam left out unless ``spam`` or
    asked for by ``state``)."""
    rows = CommentTally.objects.filter(
        edition=edition, campaign=commenttriggers.ALL if campaign is None else campaign
    )
    if group:
        rows = rows.filter(grp=group)
    if state:
        rows = rows.filter(state=state)
    elif not spam:
        rows = rows.exclude(state=Comment.SPAM)
    if unanswered:
        rows = rows.filter(answered=False)
    if theme:
        rows = rows.filter(theme=theme)
    return rows


def kept(edition: Edition, **values: Any) -> Counts:
    """The counts of the comments ``matching`` these values, summed from the kept counts:
    one query on a few rows."""
    rows = matching(edition, **values)
    got = rows.aggregate(
        n_total=Sum("n", default=0),
        n_answered=Sum("n", filter=Q(answered=True), default=0),
        n_open=Sum("n", filter=Q(state=Comment.VISIBLE, answered=False), default=0),
        **{f"n_{s}": Sum("n", filter=Q(state=s), default=0) for s, _l in Comment.STATES},
    )
    return Counts(
        got["n_total"],
        {s: got[f"n_{s}"] for s, _l in Comment.STATES},
        got["n_answered"],
        got["n_open"],
    )


TallyKey = tuple[int, str, str, bool, str]


def per_theme(edition: Edition, **values: Any) -> dict[str, int]:
    """The number of comments ``matching`` these values on each theme (none for comments on
    the whole draft), summed from the kept counts."""
    return dict(
        matching(edition, **values)
        .exclude(theme="")
        .values("theme")
        .annotate(total=Sum("n"))
        .values_list("theme", "total")
    )


def recount(edition: Edition) -> tuple[dict[TallyKey, int], dict[int, Any]]:
    """The tally and the campaigns' counts worked out from the comments (for checks): the
    non-zero tally rows by key (those of every campaign too), and (size, visible, answered)
    per campaign."""
    rows = (
        Comment.objects.filter(edition=edition)
        .order_by()
        .annotate(ans=ExpressionWrapper(Q(disposition__isnull=False), BooleanField()))
        .values("campaign_id", "stakeholder_group", "state", "ans", "theme_key")
        .annotate(n=Count("id"))
    )
    tally: dict[TallyKey, int] = {}
    for r in rows:
        key = (r["stakeholder_group"], r["state"], bool(r["ans"]), r["theme_key"])
        tally[(r["campaign_id"] or 0, *key)] = r["n"]
        every = (commenttriggers.ALL, *key)
        tally[every] = tally.get(every, 0) + r["n"]
    camps = {
        c.pk: (
            c.comments.count(),
            c.comments.filter(state=Comment.VISIBLE).count(),
            c.comments.filter(disposition__isnull=False).count(),
        )
        for c in Campaign.objects.filter(edition=edition)
    }
    return tally, camps


def stored(edition: Edition) -> tuple[dict[TallyKey, int], dict[int, Any]]:
    """The kept counts, in the form ``recount`` gives them."""
    tally = {
        (t.campaign, t.grp, t.state, t.answered, t.theme): t.n
        for t in CommentTally.objects.filter(edition=edition).exclude(n=0)
    }
    camps = {
        pk: (size, visible, answered)
        for pk, size, visible, answered in Campaign.objects.filter(edition=edition).values_list(
            "pk", "size", "visible", "answered"
        )
    }
    return tally, camps
