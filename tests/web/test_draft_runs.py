"""(b) Draft runs in the site: a background thread, progress stored and shown on the page."""

from __future__ import annotations

import time
from typing import Any

import pytest

from forum_messages.web.models import DraftRun, Edition

from .conftest import client_for, make_user


def _wait(run_id: int, seconds: float = 60) -> DraftRun:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        run = DraftRun.objects.get(pk=run_id)
        if run.state in (DraftRun.DONE, DraftRun.FAILED):
            return run
        time.sleep(0.1)
    raise AssertionError("the draft run did not finish")


def test_background_run_with_progress(transactional_db: None, sample_paths: list[str]) -> None:
    from forum_messages.web.services import importing

    ed = importing.edition_from_spec("igf2025", "bg-run")
    importing.import_paths(ed, sample_paths[:1])
    editor = make_user("bg-editor", "editor")
    c = client_for(editor)
    try:
        r = c.post(f"/staff/e/{ed.slug}/run/", {"embedder": "hash"})
        assert r.status_code == 302 and "/run/" in r["Location"]
        page = c.get(r["Location"])
        assert page.status_code == 200
        run = _wait(int(r["Location"].rstrip("/").split("/")[-1]))
        assert run.state == DraftRun.DONE, run.detail
        assert run.total > 0 and run.done == run.total
        page = c.get(r["Location"]).content.decode()
        assert "version 1" in page and 'http-equiv="refresh"' not in page
        assert Edition.objects.get(pk=ed.pk).draft.versions.count() == 1
    finally:
        editor.delete()


def test_failed_run_is_shown(transactional_db: None) -> None:
    from forum_messages.web.services import importing

    ed = importing.edition_from_spec("minimal", "empty-run")
    editor = make_user("fail-editor", "editor")
    c = client_for(editor)
    try:
        r = c.post(f"/staff/e/{ed.slug}/run/", {"embedder": "hash"})
        run = _wait(int(r["Location"].rstrip("/").split("/")[-1]))
        assert run.state == DraftRun.FAILED
        assert "import reports first" in c.get(r["Location"]).content.decode()
    finally:
        editor.delete()


def test_interrupted_runs_are_marked_failed(db: None, edition: Any) -> None:
    from forum_messages.web.services.drafting import mark_interrupted

    DraftRun.objects.create(edition=edition, state=DraftRun.RUNNING)
    assert mark_interrupted() == 1
    assert DraftRun.objects.get(edition=edition).state == DraftRun.FAILED


def test_progress_waits_out_a_locked_table_and_never_fails_the_run(
    db: None, edition: Any, monkeypatch: Any
) -> None:
    """A progress write that finds the table locked (a page reading the run at that moment,
    on SQLite) is tried again; one that stays locked is skipped and shown at the next call,
    and the run goes on either way."""
    from django.db import OperationalError, connection
    from django.db.models import QuerySet

    from forum_messages.web.services import dblock
    from forum_messages.web.services.drafting import ProgressWriter

    if connection.vendor != "sqlite":  # PostgreSQL locks rows: a write is made once
        pytest.skip("SQLite's table locks")
    monkeypatch.setattr(dblock, "PAUSES", (0.0, 0.0, 0.0))
    run = DraftRun.objects.create(edition=edition, state=DraftRun.RUNNING)
    update = QuerySet.update
    locked = [2]  # how many of the next writes find the table locked

    def flaky(self: QuerySet[Any], **kwargs: Any) -> int:
        if locked[0] > 0:
            locked[0] -= 1
            raise OperationalError("database table is locked: fm_draftrun")
        return update(self, **kwargs)

    monkeypatch.setattr(QuerySet, "update", flaky)
    progress = ProgressWriter(run)
    progress("embed", 10, 100)  # locked twice, then written
    run.refresh_from_db()
    assert (run.stage, run.done, run.total) == ("embed", 10, 100) and locked == [0]
    locked[0] = 10**6  # locked through every attempt: skipped, no error
    progress("themes", 0, 4)
    run.refresh_from_db()
    assert (run.stage, run.done) == ("embed", 10)
    locked[0] = 0  # the next call writes, though it comes within the half second
    progress("themes", 1, 4)
    run.refresh_from_db()
    assert (run.stage, run.done, run.total) == ("themes", 1, 4)
