"""The staging side of a consultation import (services/consultimport): rows written a chunk
per short transaction to tables no page reads, then made comments in one short transaction.

SQLite lets one connection write at a time: a chunk of 2,000 rows holds the lock for a few
hundredths of a second, so comments posted and moderation done on the site while a large
import runs only wait that long. The last transaction copies the staged rows into the
comments with ``INSERT ... SELECT`` (no row passes through Python), so it is seconds for
100,000 comments. The index keys of the comments that head a group (a million rows for
100,000 comments) are written after it, a chunk per transaction (``write_keys``). An
import that fails, is refused or is cut off (the process killed) before its last
transaction leaves only staged rows behind a ``finished=False`` marker; they are deleted
then, or by the next import or ``serve`` once that process has ended.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from django.db import connection, transaction
from django.db.models import Model

from forum_messages.web.models import (
    Comment,
    CommentKey,
    ConsultationImport,
    Publication,
    StagedAddition,
    StagedComment,
    StagedGroup,
    StagedKey,
)
from forum_messages.web.services import staged

STAGED_FIELDS = (
    "batch_id",
    "seq",
    "grp",
    "token",
    "target",
    "theme_key",
    "text",
    "name",
    "stakeholder_group",
    "region",
    "country",
    "language",
    "fingerprint",
    "response_id",
    "question",
)
_COPIED = STAGED_FIELDS[3:]  # the staged columns a comment takes as they are


def _q(name: str) -> str:
    return str(connection.ops.quote_name(name))


def _table(model: type[Model]) -> str:
    return _q(model._meta.db_table)


def _insert(model: type[Model], columns: Sequence[str]) -> str:
    marks = ", ".join(["%s"] * len(columns))
    return f"INSERT INTO {_table(model)} ({', '.join(map(_q, columns))}) VALUES ({marks})"


def write(model: type[Model], columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Plain rows into a staging table (no model object per row)."""
    with connection.cursor() as cursor:
        cursor.executemany(_insert(model, columns), list(rows))


def stage_chunk(
    batch: ConsultationImport,
    comments: list[tuple[Any, ...]],
    keys: list[tuple[int, int, int]],
) -> None:
    """One chunk of staged comments (STAGED_FIELDS) and index keys (batch, seq, key), in a
    transaction of its own, then a short pause on SQLite (see ``staged.PAUSE_SECONDS``: a
    comment waiting for the lock gets it then)."""
    with transaction.atomic():
        write(StagedComment, STAGED_FIELDS, comments)
        write(StagedKey, ("batch_id", "seq", "key"), keys)
    if connection.vendor == "sqlite":
        time.sleep(staged.PAUSE_SECONDS)


def discard(batch: ConsultationImport) -> None:
    """Delete an unfinished import and its staged rows (each table in one statement)."""
    discard_staged(batch)
    ConsultationImport.objects.filter(pk=batch.pk, finished=False).delete()


def discard_staged(batch: ConsultationImport) -> None:
    """Delete the staged rows of an import that is finished (its comments are written)."""
    for model in (StagedKey, StagedAddition, StagedGroup, StagedComment):
        model.objects.filter(batch=batch).delete()


def clean_stale() -> int:
    """Discard the unfinished imports that can no longer finish (their process ended, or
    they are older than ``staged.STALE_AFTER``); how many."""
    now = time.time()
    stale = [
        b
        for b in ConsultationImport.objects.filter(finished=False)
        if staged._is_stale(b.stager, now)
    ]
    for batch in stale:
        discard(batch)
    return len(stale)


def clashes(batch: ConsultationImport) -> list[str]:
    """Response ids of the staged rows that the edition got meanwhile (another import)."""
    c, s = _table(Comment), _table(StagedComment)
    sql = (
        f"SELECT DISTINCT s.{_q('response_id')} FROM {s} s JOIN {c} c "
        f"ON c.{_q('edition_id')} = %s AND c.{_q('response_id')} = s.{_q('response_id')} "
        f"WHERE s.{_q('batch_id')} = %s AND s.{_q('response_id')} <> '' LIMIT 10"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [batch.edition_id, batch.pk])
        return [str(r[0]) for r in cursor.fetchall()]


def publish(batch: ConsultationImport, pub: Publication, state: str, now: datetime) -> int:
    """Copy the staged rows into comments (campaign and addition from the staged groups and
    additions); the number of comments. Runs inside the caller's transaction."""
    c, s = _table(Comment), _table(StagedComment)
    g, a = _table(StagedGroup), _table(StagedAddition)
    b = _q("batch_id")
    columns = [
        "edition_id",
        "publication_id",
        "state",
        "created",
        "client",
        "email",
        "campaign_id",
        "addition",
        "batch_id",
        *_COPIED,
    ]
    select = ", ".join(f"s.{_q(f)}" for f in _COPIED)
    sql = (
        f"INSERT INTO {c} ({', '.join(map(_q, columns))}) "
        f"SELECT %s, %s, %s, %s, '', '', g.{_q('campaign_id')}, "
        f"COALESCE(a.{_q('addition')}, ''), s.{b}, {select} FROM {s} s "
        f"LEFT JOIN {g} g ON g.{b} = s.{b} AND g.{_q('grp')} = s.{_q('grp')} "
        f"LEFT JOIN {a} a ON a.{b} = s.{b} AND a.{_q('grp')} = s.{_q('grp')} "
        f"AND a.{_q('fingerprint')} = s.{_q('fingerprint')} "
        f"WHERE s.{b} = %s ORDER BY s.{_q('seq')}"
    )
    with connection.cursor() as cursor:
        when = connection.ops.adapt_datetimefield_value(now)
        cursor.execute(sql, [batch.edition_id, pub.pk, state, when, batch.pk])
        return int(cursor.rowcount)


def write_keys(batch: ConsultationImport, chunk: int = 2000) -> int:
    """After the last transaction: the index keys of the import's comments that head a
    group, ``chunk`` comments per short transaction; each chunk's staged keys are deleted
    with it, so that a cut-off run is taken up where it stopped (``commentindex.resume``).
    How many keys were written."""
    c, s, k, sk = _table(Comment), _table(StagedComment), _table(CommentKey), _table(StagedKey)
    b, seq = _q("batch_id"), _q("seq")
    insert = (
        f"INSERT INTO {k} ({_q('comment_id')}, {_q('edition_id')}, {_q('key')}) "
        f"SELECT c.{_q('id')}, %s, x.{_q('key')} FROM {sk} x "
        f"JOIN {s} s ON s.{b} = x.{b} AND s.{seq} = x.{seq} "
        f"JOIN {c} c ON c.{_q('token')} = s.{_q('token')} "
        f"WHERE x.{b} = %s AND x.{seq} >= %s AND x.{seq} < %s"
    )
    written = 0
    while True:
        with transaction.atomic():
            low = (
                StagedKey.objects.filter(batch=batch)
                .order_by("seq")
                .values_list("seq", flat=True)
                .first()
            )
            if low is None:
                return written
            with connection.cursor() as cursor:
                cursor.execute(insert, [batch.edition_id, batch.pk, low, low + chunk])
                written += max(int(cursor.rowcount), 0)
            StagedKey.objects.filter(batch=batch, seq__lt=low + chunk).delete()
        if connection.vendor == "sqlite":
            time.sleep(staged.PAUSE_SECONDS)
