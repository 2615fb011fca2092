"""Writes that wait out a locked SQLite database: a few short, bounded attempts.

SQLite lets one connection write at a time. A write that finds the database locked waits up to
``LOCK_WAIT_SECONDS`` (SQLite's busy timeout), then is tried again after a short pause, at
most ``len(PAUSES) + 1`` times in all (about 22 s at worst, under a proxy's usual 60 s). Other
databases (PostgreSQL) lock rows, not the file, and are called once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from django.db import OperationalError, connection

from forum_messages.errors import ForumMessagesError

T = TypeVar("T")
LOCK_WAIT_SECONDS = 5.0
PAUSES = (0.2, 0.5, 1.0)


class DatabaseBusy(ForumMessagesError):
    """The database stayed locked by another writer through every attempt."""


def is_locked(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def _busy_timeout(ms: int | None = None) -> int:
    with connection.cursor() as cur:
        if ms is not None:
            cur.execute(f"PRAGMA busy_timeout = {int(ms)}")
        cur.execute("PRAGMA busy_timeout")
        return int(cur.fetchone()[0])


def retry_locked(write: Callable[[], T]) -> T:
    """``write()``, tried again after a short pause while the database is locked."""
    if connection.vendor != "sqlite":
        return write()
    before = _busy_timeout()
    _busy_timeout(int(LOCK_WAIT_SECONDS * 1000))
    try:
        for pause in (*PAUSES, None):
            try:
                return write()
            except OperationalError as exc:
                if not is_locked(exc):
                    raise
                if pause is None:
                    raise DatabaseBusy(
                        "the database is busy with another change; try again in a moment"
                    ) from exc
                time.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover
    finally:
        _busy_timeout(before)
