"""Bulk moderation and answers run again when PostgreSQL aborts them to break a deadlock."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, OperationalError

from forum_messages.web.services import answers, commentgroups, comments, dblock


class DeadlockDetected(Exception):
    """Shaped like psycopg's error for a transaction chosen to break a deadlock."""

    sqlstate = "40P01"


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dblock, "PAUSES", (0.0, 0.0, 0.0))


def _failing(times: int, error: Exception) -> tuple[list[int], object]:
    calls: list[int] = []

    @dblock.retry_conflicts
    def write(value: int) -> int:
        calls.append(value)
        if len(calls) <= times:
            if isinstance(error, OperationalError):
                raise error from DeadlockDetected()
            raise error
        return value * 2

    return calls, write


def test_a_transaction_aborted_for_a_deadlock_is_run_again() -> None:
    calls, write = _failing(2, OperationalError("deadlock detected"))
    assert write(21) == 42  # type: ignore[operator]
    assert calls == [21, 21, 21]


def test_a_deadlock_on_every_attempt_is_raised_in_the_end() -> None:
    calls, write = _failing(10, OperationalError("deadlock detected"))
    with pytest.raises(OperationalError, match="deadlock"):
        write(1)  # type: ignore[operator]
    assert len(calls) == len(dblock.PAUSES) + 1


def test_other_database_errors_are_not_retried() -> None:
    calls, write = _failing(1, IntegrityError("duplicate key"))
    with pytest.raises(IntegrityError):
        write(1)  # type: ignore[operator]
    assert calls == [1]
    assert not dblock.is_retryable_conflict(OperationalError("database is locked"))
    looped = OperationalError("a cause that is itself")
    looped.__cause__ = looped
    assert not dblock.is_retryable_conflict(looped)


def test_the_bulk_writes_retry_conflicts() -> None:
    for write in (
        comments.moderate,
        commentgroups.moderate_all,
        commentgroups.answer_all,
        answers.answer,
    ):
        assert getattr(write, "__wrapped__", None) is not None, write.__name__
