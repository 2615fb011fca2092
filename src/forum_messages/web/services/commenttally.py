"""Counts of comments kept as they change, so that no page counts a large consultation's rows.

Two things are kept by database triggers on ``fm_comment`` and ``fm_disposition`` (made by
migration ``0015``), whatever writes them: a comment posted or imported (the import's
``INSERT ... SELECT`` too), moderated one by one or a group at a time (one ``UPDATE``),
moved to another campaign, answered, its answer removed, or deleted (an edition removed):

- each campaign's ``size`` (its comments in any state), ``visible`` and ``answered``;
- ``fm_commenttally``: the number of comments of an edition per campaign (0 for none),
  respondent group, state and answered or not. A group page whose filters are only those
  (a campaign, a respondent type, a state, not answered) sums a few of these rows instead
  of reading its comments.

``recount`` works the same numbers out from the comments themselves: the tests compare the
two after every kind of write, and ``repair`` puts them right if they ever differ.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import connection
from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet, Sum

from forum_messages.web.models import Campaign, Comment, CommentTally, Edition

TALLY = "fm_commenttally"
_KEY = "edition_id, campaign, grp, state, answered"
_ANSWERED = "EXISTS (SELECT 1 FROM fm_disposition d WHERE d.comment_id = {row}.id)"


def _up(row: str, answered: str) -> str:
    """One more comment for ``row``'s key (``new`` or ``old``, as a trigger names them)."""
    return (
        f"INSERT INTO {TALLY} ({_KEY}, n) VALUES ({row}.edition_id, "
        f"COALESCE({row}.campaign_id, 0), {row}.stakeholder_group, {row}.state, {answered}, 1) "
        f"ON CONFLICT ({_KEY}) DO UPDATE SET n = {TALLY}.n + 1"
    )


def _down(row: str, answered: str) -> str:
    return (
        f"UPDATE {TALLY} SET n = n - 1 WHERE edition_id = {row}.edition_id "
        f"AND campaign = COALESCE({row}.campaign_id, 0) AND grp = {row}.stakeholder_group "
        f"AND state = {row}.state AND answered = {answered}"
    )


def _campaign(row: str, sign: str, answered: str, as_int: str) -> str:
    return (
        f"UPDATE fm_campaign SET size = size {sign} 1, "
        f"visible = visible {sign} ({row}.state = 'visible'){as_int}, "
        f"answered = answered {sign} ({answered}){as_int} WHERE id = {row}.campaign_id"
    )


def _answer(sign: str, was: str, now: str, row: str) -> list[str]:
    """An answer given (``was`` false, ``now`` true) or removed: its comment moves between
    the answered and not answered counts."""
    comment = f"(SELECT edition_id, COALESCE(campaign_id, 0), stakeholder_group, state, {was} "
    return [
        f"UPDATE {TALLY} SET n = n - 1 WHERE ({_KEY}) = "
        f"{comment}FROM fm_comment WHERE id = {row}.comment_id)",
        f"INSERT INTO {TALLY} ({_KEY}, n) SELECT edition_id, COALESCE(campaign_id, 0), "
        f"stakeholder_group, state, {now}, 1 FROM fm_comment WHERE id = {row}.comment_id "
        f"ON CONFLICT ({_KEY}) DO UPDATE SET n = {TALLY}.n + 1",
        f"UPDATE fm_campaign SET answered = answered {sign} 1 WHERE id = "
        f"(SELECT campaign_id FROM fm_comment WHERE id = {row}.comment_id)",
    ]


_CHANGED = (
    "old.state IS NOT new.state OR old.campaign_id IS NOT new.campaign_id "
    "OR old.stakeholder_group IS NOT new.stakeholder_group OR old.edition_id IS NOT new.edition_id"
)
_WATCHED = "state, campaign_id, stakeholder_group, edition_id"


def _sqlite() -> list[str]:
    new, old = _ANSWERED.format(row="new"), _ANSWERED.format(row="old")

    def trigger(name: str, when: str, steps: list[str]) -> str:
        return f"CREATE TRIGGER {name} {when} BEGIN {'; '.join(steps)}; END"

    return [
        trigger(
            "fm_tally_comment_insert",
            "AFTER INSERT ON fm_comment",
            [_up("new", "0"), _campaign("new", "+", "0", "")],
        ),
        trigger(
            "fm_tally_comment_update",
            f"AFTER UPDATE OF {_WATCHED} ON fm_comment WHEN {_CHANGED}",
            [
                _down("old", old),
                _campaign("old", "-", old, ""),
                _up("new", new),
                _campaign("new", "+", new, ""),
            ],
        ),
        trigger(
            "fm_tally_comment_delete",
            "AFTER DELETE ON fm_comment",
            [_down("old", old), _campaign("old", "-", old, "")],
        ),
        trigger(
            "fm_tally_answer_insert",
            "AFTER INSERT ON fm_disposition",
            _answer("+", "0", "1", "new"),
        ),
        trigger(
            "fm_tally_answer_delete",
            "AFTER DELETE ON fm_disposition",
            _answer("-", "1", "0", "old"),
        ),
    ]


def _postgres() -> list[str]:
    new, old = _ANSWERED.format(row="NEW"), _ANSWERED.format(row="OLD")
    as_int = "::int"

    def function(name: str, body: str) -> str:
        return (
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {body} RETURN NULL; END $$"
        )

    comment = (
        f"IF TG_OP IN ('UPDATE', 'DELETE') THEN {_down('OLD', old)}; "
        f"{_campaign('OLD', '-', old, as_int)}; END IF; "
        f"IF TG_OP IN ('UPDATE', 'INSERT') THEN {_up('NEW', new)}; "
        f"{_campaign('NEW', '+', new, as_int)}; END IF;"
    )
    given = "; ".join(_answer("+", "false", "true", "NEW")) + ";"
    removed = "; ".join(_answer("-", "true", "false", "OLD")) + ";"
    changed = (
        _CHANGED.replace("old.", "OLD.")
        .replace("new.", "NEW.")
        .replace(" IS NOT ", " IS DISTINCT FROM ")
    )
    return [
        function("fm_tally_comment", comment),
        function("fm_tally_answer_given", given),
        function("fm_tally_answer_removed", removed),
        "CREATE TRIGGER fm_tally_comment_write AFTER INSERT OR DELETE ON fm_comment "
        "FOR EACH ROW EXECUTE FUNCTION fm_tally_comment()",
        f"CREATE TRIGGER fm_tally_comment_update AFTER UPDATE OF {_WATCHED} ON fm_comment "
        f"FOR EACH ROW WHEN ({changed}) EXECUTE FUNCTION fm_tally_comment()",
        "CREATE TRIGGER fm_tally_answer_insert AFTER INSERT ON fm_disposition "
        "FOR EACH ROW EXECUTE FUNCTION fm_tally_answer_given()",
        "CREATE TRIGGER fm_tally_answer_delete AFTER DELETE ON fm_disposition "
        "FOR EACH ROW EXECUTE FUNCTION fm_tally_answer_removed()",
    ]


_FILL = [
    f"DELETE FROM {TALLY}",
    f"INSERT INTO {TALLY} ({_KEY}, n) SELECT c.edition_id, COALESCE(c.campaign_id, 0), "
    "c.stakeholder_group, c.state, d.id IS NOT NULL, COUNT(*) FROM fm_comment c "
    "LEFT JOIN fm_disposition d ON d.comment_id = c.id "
    "GROUP BY c.edition_id, COALESCE(c.campaign_id, 0), c.stakeholder_group, c.state, "
    "d.id IS NOT NULL",
    "UPDATE fm_campaign SET "
    "size = (SELECT COUNT(*) FROM fm_comment c WHERE c.campaign_id = fm_campaign.id), "
    "visible = (SELECT COUNT(*) FROM fm_comment c WHERE c.campaign_id = fm_campaign.id "
    "AND c.state = 'visible'), "
    "answered = (SELECT COUNT(*) FROM fm_comment c JOIN fm_disposition d "
    "ON d.comment_id = c.id WHERE c.campaign_id = fm_campaign.id)",
]
_DROP = {
    "sqlite": [
        f"DROP TRIGGER IF EXISTS fm_tally_{n}"
        for n in (
            "comment_insert",
            "comment_update",
            "comment_delete",
            "answer_insert",
            "answer_delete",
        )
    ],
    "postgresql": [
        "DROP TRIGGER IF EXISTS fm_tally_comment_write ON fm_comment",
        "DROP TRIGGER IF EXISTS fm_tally_comment_update ON fm_comment",
        "DROP TRIGGER IF EXISTS fm_tally_answer_insert ON fm_disposition",
        "DROP TRIGGER IF EXISTS fm_tally_answer_delete ON fm_disposition",
        "DROP FUNCTION IF EXISTS fm_tally_comment()",
        "DROP FUNCTION IF EXISTS fm_tally_answer_given()",
        "DROP FUNCTION IF EXISTS fm_tally_answer_removed()",
    ],
}


def setup(schema_editor: Any) -> None:
    """The triggers, and the counts of the comments already there (migration ``0015``)."""
    vendor = schema_editor.connection.vendor
    make = {"sqlite": _sqlite, "postgresql": _postgres}[vendor]
    for sql in [*_DROP[vendor], *make(), *_FILL]:
        schema_editor.execute(sql)


def drop(schema_editor: Any) -> None:
    for sql in _DROP[schema_editor.connection.vendor]:
        schema_editor.execute(sql)


def repair() -> None:
    """Every count worked out again from the comments (one statement each)."""
    with connection.cursor() as cursor:
        for sql in _FILL:
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
) -> QuerySet[CommentTally]:
    """The tally rows of the edition's comments that have these values (``campaign`` None:
    any; ``group`` and ``state`` empty: any; spam left out unless ``spam`` or asked for by
    ``state``)."""
    rows = CommentTally.objects.filter(edition=edition)
    if campaign is not None:
        rows = rows.filter(campaign=campaign)
    if group:
        rows = rows.filter(grp=group)
    if state:
        rows = rows.filter(state=state)
    elif not spam:
        rows = rows.exclude(state=Comment.SPAM)
    if unanswered:
        rows = rows.filter(answered=False)
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


def recount(edition: Edition) -> tuple[dict[tuple[int, str, str, bool], int], dict[int, Any]]:
    """The tally and the campaigns' counts worked out from the comments (for checks): the
    non-zero tally rows by key, and (size, visible, answered) per campaign."""
    rows = (
        Comment.objects.filter(edition=edition)
        .order_by()
        .annotate(ans=ExpressionWrapper(Q(disposition__isnull=False), BooleanField()))
        .values("campaign_id", "stakeholder_group", "state", "ans")
        .annotate(n=Count("id"))
    )
    tally = {
        (
            r["campaign_id"] or 0,
            r["stakeholder_group"],
            r["state"],
            bool(r["ans"]),
        ): r["n"]
        for r in rows
    }
    camps = {
        c.pk: (
            c.comments.count(),
            c.comments.filter(state=Comment.VISIBLE).count(),
            c.comments.filter(disposition__isnull=False).count(),
        )
        for c in Campaign.objects.filter(edition=edition)
    }
    return tally, camps


def stored(edition: Edition) -> tuple[dict[tuple[int, str, str, bool], int], dict[int, Any]]:
    """The kept counts, in the form ``recount`` gives them."""
    tally = {
        (t.campaign, t.grp, t.state, t.answered): t.n
        for t in CommentTally.objects.filter(edition=edition).exclude(n=0)
    }
    camps = {
        pk: (size, visible, answered)
        for pk, size, visible, answered in Campaign.objects.filter(edition=edition).values_list(
            "pk", "size", "visible", "answered"
        )
    }
    return tally, camps
