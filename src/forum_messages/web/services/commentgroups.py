"""Comments handled as groups: a campaign, or every comment a search and its filters find
(a respondent type, a theme, a state ...). One moderation or one answer for the whole group,
each member still listed and given it. Every query here works on the database side: counts
and updates are single statements, answers are written a chunk of ids at a time, so nothing
loads all the comments of a large consultation."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from django.db import transaction
from django.db.models import Count, Q, QuerySet, Sum
from django.utils import timezone

from forum_messages.web.models import Campaign, Comment, Disposition, Edition, ResponseTemplate
from forum_messages.web.services import (
    answers,
    commentpages,
    commentsearch,
    commenttally,
    dblock,
    mailing,
)
from forum_messages.web.services.commentsearch import UNANSWERED
from forum_messages.web.services.sanitise import clean_line

CHUNK = 1000
MAX_GROUPS = 30  # respondent types offered as links on a group page


@dataclass(frozen=True)
class GroupFilters(commentsearch.Filters):
    """The queue filters, with the respondent's stakeholder group (any value an import
    brought, not only the edition's list) and a campaign."""

    group: str = ""
    campaign: str = ""

    @classmethod
    def from_query(cls, get: Any, edition: Edition, states: bool = True) -> GroupFilters:
        base = commentsearch.Filters.from_query(get, edition, states=states)
        campaign = str(get.get("campaign", ""))
        return cls(
            **{f.name: getattr(base, f.name) for f in fields(base)},
            group=clean_line(str(get.get("group", "")))[:100],
            # a record number the databases can hold (18 digits at most)
            campaign=campaign
            if campaign.isascii() and campaign.isdigit() and len(campaign) <= 18
            else "",
        )

    def apply(self, qs: QuerySet[Comment], theme: bool = True) -> QuerySet[Comment]:
        qs = super().apply(qs, theme)
        if self.group:
            qs = qs.filter(stakeholder_group=self.group)
        if self.campaign:
            qs = qs.filter(campaign_id=int(self.campaign))
        return qs


def _base(edition: Edition, filters: GroupFilters) -> QuerySet[Comment]:
    """The edition's comments a group is taken from: spam only when asked for."""
    if filters.state == Comment.SPAM:
        return Comment.objects.filter(edition=edition)
    return Comment.objects.filter(edition=edition).exclude(state=Comment.SPAM)


def members(edition: Edition, filters: GroupFilters) -> QuerySet[Comment]:
    return filters.apply(_base(edition, filters))


Summary = commenttally.Counts


def _simple(filters: GroupFilters) -> dict[str, Any] | None:
    """The values of the kept counts (commenttally) a group's filters come to, or None when
    they filter on more than a campaign, a respondent group, a state, a theme and "not
    answered"."""
    if not filters.simple():
        return None
    return {
        "campaign": int(filters.campaign) if filters.campaign else None,
        "group": filters.group,
        "state": filters.state,
        "unanswered": filters.disposition == UNANSWERED,
        "theme": filters.theme,
    }


def summary_of(edition: Edition, filters: GroupFilters) -> Summary:
    """The group's counts: from the kept counts when its filters are only a campaign, a
    respondent group, a state or "not answered" (one query on a few rows, however large the
    group), else counted over its comments (``summary``)."""
    values = _simple(filters)
    if values is None:
        return summary(members(edition, filters))
    return commenttally.kept(edition, **values)


def summary(qs: QuerySet[Comment]) -> Summary:
    """How many, in which state, how many answered: one query."""
    per = {s: Count("id", filter=Q(state=s)) for s, _l in Comment.STATES}
    got = qs.order_by().aggregate(
        total=Count("id"),
        answered=Count("disposition"),
        open=Count("id", filter=Q(state=Comment.VISIBLE, disposition__isnull=True)),
        **per,
    )
    return Summary(
        got["total"],
        {s: got[s] for s, _l in Comment.STATES},
        got["answered"],
        got["open"],
    )


def group_counts(edition: Edition, filters: GroupFilters) -> list[tuple[str, int]]:
    """The respondents' stakeholder groups among the group's comments, largest first (from
    the kept counts when the filters allow, as ``summary_of``)."""
    values = _simple(filters)
    if values is None:
        return list(
            members(edition, filters)
            .exclude(stakeholder_group="")
            .order_by()
            .values("stakeholder_group")
            .annotate(n=Count("id"))
            .order_by("-n", "stakeholder_group")
            .values_list("stakeholder_group", "n")[:MAX_GROUPS]
        )
    return list(
        commenttally.matching(edition, **values)
        .exclude(grp="")
        .values("grp")
        .annotate(total=Sum("n"))
        .filter(total__gt=0)
        .order_by("-total", "grp")
        .values_list("grp", "total")[:MAX_GROUPS]
    )


def theme_counts(
    edition: Edition, filters: GroupFilters, language: str
) -> list[commentsearch.ThemeCount]:
    """The group's comments per theme, whatever theme its filters choose (links to choose
    one): from the kept counts when the other filters allow (as ``summary_of``), else
    counted over the comments."""
    values = _simple(replace(filters, theme=""))
    if values is None:
        return commentsearch.theme_counts(_base(edition, filters), filters, edition, language)
    found = commenttally.per_theme(edition, **values)
    return commentsearch.theme_list(found, filters, edition, language)


def campaign_page(edition: Edition, get: Any, per_page: int = 50) -> commentpages.KeysetPage:
    """One page of the edition's campaigns that have comments, largest first, from the key
    of the last one shown; their sizes and counts are kept by the database (commenttally)."""
    camps = Campaign.objects.filter(edition=edition, size__gt=0)
    return commentpages.Keyset([commentpages.Segment(camps, ("-size", "id"))], per_page).page(get)


@dblock.retry_conflicts
@transaction.atomic
def moderate_all(qs: QuerySet[Comment], state: str, user: Any) -> int:
    """Every comment of the group to ``state``: one UPDATE (after the other bulk writes of
    the edition: ``commenttally.serialise``)."""
    if state not in dict(Comment.STATES):
        raise answers.AnswerError(f"unknown state {state!r}")
    commenttally.serialise(qs)
    return qs.order_by().update(state=state, moderated_by=user, moderated=timezone.now())


def _ids(qs: QuerySet[Comment]) -> Iterator[list[int]]:
    """The ids of ``qs`` a chunk at a time, by primary key (each query short, none growing)."""
    last = 0
    while True:
        chunk = list(qs.filter(pk__gt=last).order_by("pk").values_list("pk", flat=True)[:CHUNK])
        if not chunk:
            return
        yield chunk
        last = chunk[-1]


@dblock.retry_conflicts
@transaction.atomic
def answer_all(
    qs: QuerySet[Comment],
    kind: str = "",
    response: str = "",
    user: Any = None,
    template: ResponseTemplate | None = None,
    site: str = "",
) -> int:
    """The same disposition for every visible comment of the group (answers already there are
    replaced), CHUNK comments at a time; commenters answered for the first time get mail."""
    kind, text = answers.checked_answer(kind, response, template)
    author = user if getattr(user, "is_authenticated", False) else None
    commenttally.serialise(qs)  # one chunk at a time: several statements
    n = 0
    for chunk in _ids(qs.filter(state=Comment.VISIBLE)):
        had = set(
            Disposition.objects.filter(comment_id__in=chunk).values_list("comment_id", flat=True)
        )
        Disposition.objects.filter(comment_id__in=had).update(
            kind=kind, response=text, template=template, author=author, updated=timezone.now()
        )
        new = [pk for pk in chunk if pk not in had]
        Disposition.objects.bulk_create(
            Disposition(comment_id=pk, kind=kind, response=text, template=template, author=author)
            for pk in new
        )
        if site and new:
            mailing.after_commit(
                Comment.objects.filter(pk__in=new).exclude(email="").only("pk"), "answered", site
            )
        n += len(chunk)
    if n == 0:
        raise answers.AnswerError("there is no visible comment in this group to answer")
    return n
