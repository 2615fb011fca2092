"""The database triggers that keep the comment counts (services/commenttally), per database.

Each change is counted twice: under the comment's campaign (0 for none) and under ``ALL``,
the rows over every campaign that the pages without a campaign read (a few rows per edition,
however many campaigns it has).

SQLite writes one transaction at a time, so its triggers simply follow each row: one more
comment for the new values, one fewer for the old.

PostgreSQL locks rows, and counts changed row by row could deadlock: two group actions moving
comments in opposite directions (one from pending to visible, the other back) would each
lock one count row and then wait for the other's. Its triggers run once per statement
instead, with the statement's rows before and after (transition tables): the changes are
summed per count row and applied in one sorted order (the tally rows by their key, then the
campaigns by id), the same order for every statement of every transaction, so no two of them
ever wait for each other in a circle. Bulk writes made of several statements (answers written
a chunk at a time) also take a lock per edition first (``commenttally.serialise``).
"""

from __future__ import annotations

from typing import Any

TALLY = "fm_commenttally"
KEY = "edition_id, campaign, grp, state, answered, theme"
_ANSWERED = "EXISTS (SELECT 1 FROM fm_disposition d WHERE d.comment_id = {row}.id)"
_WATCHED = ("state", "campaign_id", "stakeholder_group", "edition_id", "theme_key")


#: the campaign number of the rows that count the comments of every campaign and none
ALL = -1


def _values(row: str, answered: str, campaign: str = "") -> str:
    """The tally key of the comment ``row`` (``new``, ``old`` or a table's alias); under
    ``campaign`` (``ALL``) instead of its own."""
    return (
        f"{row}.edition_id, {campaign or f'COALESCE({row}.campaign_id, 0)'}, "
        f"{row}.stakeholder_group, {row}.state, {answered}, {row}.theme_key"
    )


# --------------------------------------------------------------------------- SQLite: per row


def _up(row: str, answered: str) -> list[str]:
    """One more comment for ``row``'s key (``new`` or ``old``, as a trigger names them), and
    for the same key of every campaign."""
    return [
        f"INSERT INTO {TALLY} ({KEY}, n) VALUES ({_values(row, answered, campaign)}, 1) "
        f"ON CONFLICT ({KEY}) DO UPDATE SET n = {TALLY}.n + 1"
        for campaign in (str(ALL), "")
    ]


def _down(row: str, answered: str) -> list[str]:
    return [
        f"UPDATE {TALLY} SET n = n - 1 WHERE ({KEY}) = ({_values(row, answered, campaign)})"
        for campaign in (str(ALL), "")
    ]


def _campaign(row: str, sign: str, answered: str) -> str:
    return (
        f"UPDATE fm_campaign SET size = size {sign} 1, "
        f"visible = visible {sign} ({row}.state = 'visible'), "
        f"answered = answered {sign} ({answered}) WHERE id = {row}.campaign_id"
    )


def _answer(sign: str, was: str, now: str, row: str) -> list[str]:
    """An answer given (``was`` false, ``now`` true) or removed: its comment moves between
    the answered and not answered counts."""
    comment = f"FROM fm_comment c WHERE c.id = {row}.comment_id"
    moves = [
        (
            f"UPDATE {TALLY} SET n = n - 1 WHERE ({KEY}) = "
            f"(SELECT {_values('c', was, campaign)} {comment})",
            f"INSERT INTO {TALLY} ({KEY}, n) SELECT {_values('c', now, campaign)}, 1 {comment} "
            f"ON CONFLICT ({KEY}) DO UPDATE SET n = {TALLY}.n + 1",
        )
        for campaign in (str(ALL), "")
    ]
    return [
        *(sql for move in moves for sql in move),
        f"UPDATE fm_campaign SET answered = answered {sign} 1 WHERE id = "
        f"(SELECT campaign_id FROM fm_comment WHERE id = {row}.comment_id)",
    ]


def _sqlite() -> list[str]:
    new, old = _ANSWERED.format(row="new"), _ANSWERED.format(row="old")
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _WATCHED)

    def trigger(name: str, when: str, steps: list[str]) -> str:
        return f"CREATE TRIGGER {name} {when} BEGIN {'; '.join(steps)}; END"

    return [
        trigger(
            "fm_tally_comment_insert",
            "AFTER INSERT ON fm_comment",
            [*_up("new", "0"), _campaign("new", "+", "0")],
        ),
        trigger(
            "fm_tally_comment_update",
            f"AFTER UPDATE OF {', '.join(_WATCHED)} ON fm_comment WHEN {changed}",
            [
                *_down("old", old),
                _campaign("old", "-", old),
                *_up("new", new),
                _campaign("new", "+", new),
            ],
        ),
        trigger(
            "fm_tally_comment_delete",
            "AFTER DELETE ON fm_comment",
            [*_down("old", old), _campaign("old", "-", old)],
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


# --------------------------------------------------------------------- PostgreSQL: per statement


def _changes(sign: int, rows: str, answered: str, where: str = "") -> str:
    """Rows of (tally key, campaign id, k): each comment of the transition table ``rows``
    (aliased ``r``) counted ``sign`` times under its key."""
    return f"SELECT {_values('r', answered)}, r.campaign_id, {sign} AS k FROM {rows} r {where}"


def _apply(delta: str) -> str:
    """The plpgsql statements that apply ``delta`` (rows of key, campaign id and k, as
    ``_changes`` makes them): the tally rows in the order of their key (made when new), then
    the campaigns locked in the order of their id and changed."""
    cols = "edition_id, campaign, grp, state, answered, theme, campaign_id, k"
    d = f"(SELECT * FROM ({delta}) AS x ({cols})) AS d"
    both = (  # each change under its campaign's key and under every campaign's
        f"(SELECT {KEY}, k FROM {d} UNION ALL "
        f"SELECT edition_id, {ALL}, grp, state, answered, theme, k FROM {d}) AS b"
    )
    return (
        f"INSERT INTO {TALLY} ({KEY}, n) SELECT {KEY}, SUM(k) FROM {both} GROUP BY {KEY} "
        f"HAVING SUM(k) <> 0 ORDER BY {KEY} "
        f"ON CONFLICT ({KEY}) DO UPDATE SET n = {TALLY}.n + EXCLUDED.n; "
        f"PERFORM 1 FROM fm_campaign WHERE id IN (SELECT campaign_id FROM {d}) "
        "ORDER BY id FOR NO KEY UPDATE; "
        "UPDATE fm_campaign SET size = fm_campaign.size + s.size, "
        "visible = fm_campaign.visible + s.visible, "
        "answered = fm_campaign.answered + s.answered FROM (SELECT campaign_id, "
        "SUM(k) AS size, SUM(CASE WHEN state = 'visible' THEN k ELSE 0 END) AS visible, "
        f"SUM(CASE WHEN answered THEN k ELSE 0 END) AS answered FROM {d} "
        "WHERE campaign_id IS NOT NULL GROUP BY campaign_id) AS s "
        "WHERE fm_campaign.id = s.campaign_id "
        "AND (s.size <> 0 OR s.visible <> 0 OR s.answered <> 0);"
    )


def _answers(sign: int, rows: str) -> str:
    """The comments of the answers in ``rows``: ``sign`` 1 (given) moves each from not
    answered to answered, -1 (removed) back."""
    was, now = ("false", "true") if sign > 0 else ("true", "false")
    key = "c.edition_id, COALESCE(c.campaign_id, 0), c.stakeholder_group, c.state"
    return (
        f"SELECT {key}, a.answered, c.theme_key, c.campaign_id, a.k FROM {rows} r "
        "JOIN fm_comment c ON c.id = r.comment_id "
        f"CROSS JOIN (VALUES ({was}, -1), ({now}, 1)) AS a (answered, k)"
    )


def _postgres() -> list[str]:
    old, new = _ANSWERED.format(row="r"), "false"
    changed = " OR ".join(f"o.{c} IS DISTINCT FROM r.{c}" for c in _WATCHED)
    moved = (  # the rows of an UPDATE whose key changed, before (o) and after (r)
        f"{_changes(1, 'fm_new', old, f'JOIN fm_old o ON o.id = r.id WHERE {changed}')}"
    )
    left = changed.replace("o.", "q.")  # the same test, the rows after named q
    before = _changes(-1, "fm_old", old, f"JOIN fm_new q ON q.id = r.id WHERE {left}")

    def function(name: str, delta: str) -> str:
        return (
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN {_apply(delta)} RETURN NULL; END $$"
        )

    def trigger(name: str, event: str, table: str, tables: str) -> str:
        return (
            f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {tables} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
        )

    return [
        function("fm_tally_comment_insert", _changes(1, "fm_new", new)),
        function("fm_tally_comment_update", f"{before} UNION ALL {moved}"),
        function("fm_tally_comment_delete", _changes(-1, "fm_old", old)),
        function("fm_tally_answer_insert", _answers(1, "fm_new")),
        function("fm_tally_answer_delete", _answers(-1, "fm_old")),
        trigger("fm_tally_comment_insert", "INSERT", "fm_comment", "NEW TABLE AS fm_new"),
        trigger(
            "fm_tally_comment_update",
            "UPDATE",
            "fm_comment",
            "OLD TABLE AS fm_old NEW TABLE AS fm_new",
        ),
        trigger("fm_tally_comment_delete", "DELETE", "fm_comment", "OLD TABLE AS fm_old"),
        trigger("fm_tally_answer_insert", "INSERT", "fm_disposition", "NEW TABLE AS fm_new"),
        trigger("fm_tally_answer_delete", "DELETE", "fm_disposition", "OLD TABLE AS fm_old"),
    ]


FILL = [
    f"DELETE FROM {TALLY}",
    *(
        f"INSERT INTO {TALLY} ({KEY}, n) SELECT c.edition_id, {campaign}, "
        "c.stakeholder_group, c.state, d.id IS NOT NULL, c.theme_key, COUNT(*) "
        "FROM fm_comment c LEFT JOIN fm_disposition d ON d.comment_id = c.id "
        f"GROUP BY c.edition_id, {by}c.stakeholder_group, c.state, "
        "d.id IS NOT NULL, c.theme_key"
        for campaign, by in (
            ("COALESCE(c.campaign_id, 0)", "COALESCE(c.campaign_id, 0), "),
            (str(ALL), ""),
        )
    ),
    "UPDATE fm_campaign SET "
    "size = (SELECT COUNT(*) FROM fm_comment c WHERE c.campaign_id = fm_campaign.id), "
    "visible = (SELECT COUNT(*) FROM fm_comment c WHERE c.campaign_id = fm_campaign.id "
    "AND c.state = 'visible'), "
    "answered = (SELECT COUNT(*) FROM fm_comment c JOIN fm_disposition d "
    "ON d.comment_id = c.id WHERE c.campaign_id = fm_campaign.id)",
]
_NAMES = ("comment_insert", "comment_update", "comment_delete", "answer_insert", "answer_delete")
_TABLES = {"comment": "fm_comment", "answer": "fm_disposition"}
_DROP = {
    "sqlite": [f"DROP TRIGGER IF EXISTS fm_tally_{n}" for n in _NAMES],
    "postgresql": [
        *(
            f"DROP TRIGGER IF EXISTS fm_tally_{n} ON {_TABLES[n.split('_')[0]]}"
            for n in (*_NAMES, "comment_write")  # comment_write: the row triggers of 0015
        ),
        *(
            f"DROP FUNCTION IF EXISTS fm_tally_{n}()"
            for n in (*_NAMES, "comment", "answer_given", "answer_removed")
        ),
    ],
}


def setup(schema_editor: Any) -> None:
    """The triggers (those of an earlier version dropped first), and the counts of the
    comments already there (migration ``0016``)."""
    vendor = schema_editor.connection.vendor
    make = {"sqlite": _sqlite, "postgresql": _postgres}[vendor]
    for sql in [*_DROP[vendor], *make(), *FILL]:
        schema_editor.execute(sql)


def drop(schema_editor: Any) -> None:
    for sql in _DROP[schema_editor.connection.vendor]:
        schema_editor.execute(sql)
