"""The text index of the comments, for searches that do not read every comment.

A search is a substring match (any case) over a comment's text, author and country and its
answer's response. On SQLite the text, author and country of each comment are also in an
FTS5 table with the trigram tokenizer (``fm_comment_fts``, its rowid the comment's id),
which finds any substring of three characters or more from the index; shorter searches read
the comments. On PostgreSQL a trigram GIN index (``pg_trgm``) on the text serves the same
``ILIKE`` the plain search makes. Where neither can be made, the search reads the comments.

Comments posted on the site are indexed by a trigger as they are stored. The comments of a
consultation import are not (that would make the import's last transaction long): they are
indexed after it, ``CHUNK`` per short transaction (``index_import``); until then, searches
read the not-yet-indexed comments of that import as well. What follows an import cut off
(the process killed) is finished by the next import or by ``serve`` (``resume``).
"""

from __future__ import annotations

import time
from typing import Any

from django.db import DatabaseError, connection, transaction
from django.db.models import Max, Q
from django.db.models.expressions import RawSQL

from forum_messages.web.models import ConsultationImport, Disposition

CHUNK = 5000
MIN_INDEXED = 3  # the trigram tokenizer finds substrings of three characters or more
TABLE = "fm_comment_fts"
_FIELDS = ("text", "name", "country")

SQLITE_SETUP = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5"
    f"({', '.join(_FIELDS)}, tokenize='trigram')",
    # site comments are indexed as they come; imported ones by index_import
    f"CREATE TRIGGER IF NOT EXISTS fm_comment_fts_insert AFTER INSERT ON fm_comment "
    f"WHEN new.batch_id IS NULL BEGIN INSERT INTO {TABLE}(rowid, text, name, country) "
    f"VALUES (new.id, new.text, new.name, new.country); END",
    f"CREATE TRIGGER IF NOT EXISTS fm_comment_fts_update AFTER UPDATE OF text, name, country "
    f"ON fm_comment BEGIN UPDATE {TABLE} SET text = new.text, name = new.name, "
    f"country = new.country WHERE rowid = new.id; END",
    f"CREATE TRIGGER IF NOT EXISTS fm_comment_fts_delete AFTER DELETE ON fm_comment "
    f"BEGIN DELETE FROM {TABLE} WHERE rowid = old.id; END",
    f"INSERT INTO {TABLE}(rowid, text, name, country) SELECT id, text, name, country "
    f"FROM fm_comment",
)
POSTGRES_SETUP = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS fm_comment_text_trgm ON fm_comment "
    "USING gin (UPPER(text) gin_trgm_ops)",
)


def setup_index(schema_editor: Any) -> None:
    """Make the index (migration ``0011``); where it cannot be made (SQLite before 3.34,
    PostgreSQL without the ``pg_trgm`` extension, which this database user may not be
    allowed to create), nothing: searches read the comments."""
    conn = schema_editor.connection
    steps = {"sqlite": SQLITE_SETUP, "postgresql": POSTGRES_SETUP}.get(conn.vendor, ())
    try:
        with transaction.atomic(using=conn.alias):
            for sql in steps:
                schema_editor.execute(sql)
    except DatabaseError:  # an old SQLite without trigrams, no extension: plain searches
        return


def drop_index(schema_editor: Any) -> None:
    conn = schema_editor.connection
    if conn.vendor == "sqlite":
        for name in ("insert", "update", "delete"):
            schema_editor.execute(f"DROP TRIGGER IF EXISTS fm_comment_fts_{name}")
        schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")
    elif conn.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS fm_comment_text_trgm")


def _has(sql: str, params: list[Any]) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone() is not None


def kind() -> str:
    """``fts5``, ``trigram`` or ``plain``: what serves searches on this database (looked up
    once per connection)."""
    found = getattr(connection, "_fm_text_index", None)
    if found is None:
        found = "plain"
        if connection.vendor == "sqlite":
            sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s"
            found = "fts5" if _has(sql, [TABLE]) else "plain"
        elif connection.vendor == "postgresql":
            sql = "SELECT 1 FROM pg_indexes WHERE indexname = %s"
            found = "trigram" if _has(sql, ["fm_comment_text_trgm"]) else "plain"
        connection._fm_text_index = found
    return str(found)


def _plain(q: str) -> Q:
    return (
        Q(text__icontains=q)
        | Q(name__icontains=q)
        | Q(country__icontains=q)
        | Q(disposition__response__icontains=q)
    )


def matching(q: str) -> Q:
    """The comments whose text, author, country or answer has ``q`` in it (any case)."""
    how = kind()
    if how == "fts5" and len(q) >= MIN_INDEXED:
        # one list of ids (the index's and the answers'), so that a rare word is looked up
        # by id rather than every comment of the queue checked against two lists
        phrase = '"' + q.replace('"', '""') + '"'
        like = "%" + connection.ops.prep_for_like_query(q) + "%"
        ids = RawSQL(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s UNION "
            f"SELECT comment_id FROM fm_disposition WHERE response LIKE %s ESCAPE '\\'",
            [phrase, like],
        )
        found = Q(pk__in=ids)
        waiting = Q()
        for pk, upto in ConsultationImport.objects.filter(indexed=False).values_list(
            "pk", "indexed_upto"
        ):
            waiting |= Q(batch_id=pk, pk__gt=upto)
        if waiting:
            found |= waiting & _plain(q)
        return found
    if how == "trigram":
        from forum_messages.web.models import Comment

        texts = Comment.objects.filter(text__icontains=q).values("pk")
        answered = Disposition.objects.filter(response__icontains=q).values("comment_id")
        return Q(pk__in=texts) | Q(name__icontains=q) | Q(country__icontains=q) | Q(pk__in=answered)
    return _plain(q)


def index_import(batch: ConsultationImport, pause: float = 0.0) -> int:
    """Index the comments of a finished import, CHUNK per transaction (on SQLite with the
    FTS5 table; elsewhere it is only marked indexed); how many were indexed."""
    from forum_messages.web.models import Comment

    done = 0
    if kind() == "fts5":
        last = Comment.objects.filter(batch=batch).aggregate(m=Max("id"))["m"] or 0
        upto = batch.indexed_upto
        sql = (
            f"INSERT INTO {TABLE}(rowid, text, name, country) SELECT id, text, name, country "
            f"FROM fm_comment WHERE batch_id = %s AND id > %s AND id <= %s ORDER BY id"
        )
        while upto < last:
            end = min(last, upto + CHUNK)  # ids of one import are contiguous but for races
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute(sql, [batch.pk, upto, end])
                    done += max(int(cursor.rowcount), 0)
                ConsultationImport.objects.filter(pk=batch.pk).update(indexed_upto=end)
            upto = end
            if pause:
                time.sleep(pause)
    ConsultationImport.objects.filter(pk=batch.pk).update(indexed=True)
    batch.indexed = True
    return done


def after_import(batch: ConsultationImport, pause: float = 0.0) -> None:
    """What follows an import's last transaction, in short transactions: the campaign index
    keys of its comments (``consultstage.write_keys``), its staging rows let go, then the
    text index. Until ``indexed`` is set, searches read its comments one by one."""
    from forum_messages.web.services import consultstage

    consultstage.write_keys(batch)
    consultstage.discard_staged(batch)
    index_import(batch, pause)


def resume() -> int:
    """Finish what follows the imports whose process was cut off after their last
    transaction; how many imports."""
    left = list(ConsultationImport.objects.filter(finished=True, indexed=False))
    for batch in left:
        after_import(batch)
    return len(left)
