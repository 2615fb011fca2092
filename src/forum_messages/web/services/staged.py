"""Store a corpus without holding SQLite's write lock for the whole import, all or nothing.

A large report (tens of thousands of statements) takes many seconds to write, and SQLite
lets one connection write at a time: one long transaction would make every comment posted
meanwhile wait. So the import goes in three steps:

1. **Plan** (reads only): which sessions and statements are new, which existing rows change,
   which statements are gone from their report.
2. **Stage**: new rows are inserted in batches of ``BATCH_ROWS``, each batch its own short
   transaction, marked ``pending`` with the import's key. After each batch the import pauses
   for ``PAUSE_SECONDS``: SQLite's busy wait tries again every 100 ms at most, so a writer that
   waits (a comment) gets the lock in that pause instead of missing it batch after batch. The
   default managers of Session and Statement hide pending rows, so no page, draft run or other
   import sees half an import.
3. **Swap**: one short final transaction makes the pending rows visible, applies the changes
   to existing rows (new titles, withdrawn statements) and what follows from them (``after``).

If anything fails, the pending rows are deleted and nothing of the import is seen. Rows left
by a process that was killed are deleted by the next import and when ``serve`` starts: those of
a process that no longer runs on this machine, or older than ``STALE_AFTER``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.db import IntegrityError, transaction

from forum_messages.errors import EditionError
from forum_messages.model import Corpus, Location
from forum_messages.web.datadir import process_ended
from forum_messages.web.models import Edition, Session, Statement
from forum_messages.web.services.convert import location_json

BATCH_ROWS = 1000  # about 0.3 s of writing each
PAUSE_SECONDS = 0.12  # after each batch: longer than SQLite's longest wait between two tries
STALE_AFTER = 3600.0  # seconds
SESSION_FIELDS = (
    "title",
    "type",
    "kind",
    "nri_kind",
    "theme",
    "language",
    "country",
    "region",
    "organisers",
    "location",
    "withdrawn",
    "source",
)
STATEMENT_FIELDS = (
    "session",
    "kind",
    "index",
    "text",
    "language",
    "theme",
    "location",
    "withdrawn",
    "turns",
)
R = TypeVar("R")


@dataclass
class Plan:
    new_sessions: list[Session] = field(default_factory=list)
    changed_sessions: list[Session] = field(default_factory=list)
    new_statements: list[Statement] = field(default_factory=list)
    changed_statements: list[Statement] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)


def _host() -> str:
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def new_key() -> str:
    """``<unix time>-<host>-<pid>-<random>``: when, where and by whom rows were staged."""
    return f"{int(time.time())}-{_host()}-{os.getpid()}-{secrets.token_hex(4)}"


def _is_stale(key: str, now: float) -> bool:
    try:
        started, host, pid, _rand = key.split("-")
        too_old = now - int(started) > STALE_AFTER
        return too_old or (host == _host() and process_ended(int(pid)))
    except ValueError:
        return False


def purge_stale() -> int:
    """Delete rows staged by imports that can no longer finish; the number of rows deleted."""
    keys = set(Statement.all_objects.exclude(pending="").values_list("pending", flat=True))
    keys |= set(Session.all_objects.exclude(pending="").values_list("pending", flat=True))
    now = time.time()
    return sum(_discard(k) for k in keys if _is_stale(k, now))


def _discard(key: str) -> int:
    with transaction.atomic():
        n = Statement.all_objects.filter(pending=key).delete()[0]
        return n + Session.all_objects.filter(pending=key).delete()[0]


def _values(row: Any, names: Sequence[str]) -> tuple[Any, ...]:
    return tuple(getattr(row, n + "_id" if n == "session" else n) for n in names)


def _file(
    row: Any,
    location: Location,
    before: tuple[Any, ...] | None,
    names: Sequence[str],
    lists: tuple[list[Any], list[Any]],
) -> None:
    """Finish ``row`` (current again, at ``location``) and file it as new or changed (or
    neither, when nothing differs from ``before``)."""
    row.location = location_json(location)
    row.withdrawn = False
    if before is None:
        lists[0].append(row)
    elif _values(row, names) != before:
        lists[1].append(row)


def plan(edition: Edition, corpus: Corpus, keep_confirmed: bool = True) -> Plan:
    """What storing ``corpus`` changes (stable ids: same report, same rows). Sessions in the
    corpus replace their earlier version: their statements no longer in the report are marked
    withdrawn (never deleted: versions cite them). A session whose report its organisers wrote
    or confirmed keeps it when takeaways drafted from its transcript come in (counted in
    ``kept``), as ``draft`` prefers a written report to a drafted one; with ``keep_confirmed``,
    the items its organisers confirmed one by one stay when the takeaways are drafted again."""
    p = Plan()
    existing_sessions = {s.code: s for s in edition.sessions.all()}
    position = len(existing_sessions)
    rows: dict[str, Session] = {}
    kept = {
        s.code
        for s in corpus.sessions
        if s.source == Session.TRANSCRIPT
        and s.code in existing_sessions
        and existing_sessions[s.code].source == Session.REPORT
    }
    for s in corpus.sessions:
        if s.code in kept:
            continue
        row = existing_sessions.get(s.code)
        before = _values(row, SESSION_FIELDS) if row else None
        if row is None:
            row = Session(edition=edition, code=s.code, position=position)
            position += 1
        row.title, row.type, row.kind = s.title, s.type, s.kind
        row.nri_kind, row.theme, row.language = s.nri_kind, s.theme, s.language
        row.country, row.region, row.source = s.country, s.region, s.source
        row.organisers = [
            {
                "name": o.name,
                "stakeholder_group": o.stakeholder_group,
                "region": o.region,
                "country": o.country,
            }
            for o in s.organisers
        ]
        _file(row, s.location, before, SESSION_FIELDS, (p.new_sessions, p.changed_sessions))
        rows[s.code] = row
    existing = {
        st.sid: st
        for st in edition.statements.filter(session__code__in=rows).select_related("session")
    }
    st_position = edition.statements.count()
    seen: set[str] = set()
    for st in corpus.statements:
        if st.session in kept:
            continue
        seen.add(st.id)
        found = existing.get(st.id)
        before = _values(found, STATEMENT_FIELDS) if found else None
        srow = found or Statement(edition=edition, sid=st.id, position=st_position)
        if found is None:
            st_position += 1
        srow.session = rows[st.session]
        srow.kind, srow.index, srow.text = st.kind, st.index, st.text
        srow.language, srow.theme = st.language, st.theme
        srow.turns = [{"speaker": c.speaker, "turn": c.turn, "text": c.text} for c in st.turns]
        _file(srow, st.location, before, STATEMENT_FIELDS, (p.new_statements, p.changed_statements))
    drafted = {s.code for s in corpus.sessions if s.source == Session.TRANSCRIPT}
    gone = [
        row
        for sid, row in existing.items()
        if sid not in seen
        and not row.withdrawn
        and not (keep_confirmed and row.confirmed_at and row.session.code in drafted)
    ]
    for row in gone:
        row.withdrawn = True
    p.changed_statements += gone
    p.counts = {
        "sessions": len(corpus.sessions),
        "statements": len(corpus.statements),
        "new": len(p.new_statements),
        "withdrawn": len(gone),
    } | ({"kept": len(kept)} if kept else {})
    return p


def _chunks(rows: list[R]) -> Iterator[list[R]]:
    for i in range(0, len(rows), BATCH_ROWS):
        yield rows[i : i + BATCH_ROWS]


def stage_rows(model: Any, rows: list[Any], key: str) -> None:
    """Insert ``rows`` hidden (pending ``key``), one short transaction per batch."""
    for batch in _chunks(rows):
        for row in batch:
            row.pending = key
        with transaction.atomic():
            model.all_objects.bulk_create(batch)
        time.sleep(PAUSE_SECONDS)  # so writers waiting for the lock (comments) get it now


def store(
    edition: Edition,
    corpus: Corpus,
    after: Callable[[dict[str, int]], None],
    keep_confirmed: bool = True,
) -> dict[str, int]:
    """Store ``corpus`` in ``edition`` (plan, stage, swap; see the module's doc); ``after`` runs
    in the final transaction. Returns counts: sessions, statements, new, withdrawn (and kept,
    when sessions kept their reports)."""
    purge_stale()
    p = plan(edition, corpus, keep_confirmed)
    key = new_key()
    try:
        try:
            stage_rows(Session, p.new_sessions, key)
            stage_rows(Statement, p.new_statements, key)
        except IntegrityError as exc:  # the same new rows, staged by another import
            raise EditionError(
                f"edition '{edition.slug}': another import of the same reports is running; "
                "import again when it has finished"
            ) from exc
        with transaction.atomic():
            Session.all_objects.filter(pending=key).update(pending="")
            Statement.all_objects.filter(pending=key).update(pending="")
            names = list(SESSION_FIELDS)
            for batch in _chunks(p.changed_sessions):
                Session.all_objects.bulk_update(batch, names)
            for sbatch in _chunks(p.changed_statements):
                Statement.all_objects.bulk_update(sbatch, list(STATEMENT_FIELDS))
            after(p.counts)
    except BaseException:
        _discard(key)
        raise
    return p.counts
