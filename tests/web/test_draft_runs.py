"""(b) Draft runs in the site: a background thread, progress stored and shown on the page."""

from __future__ import annotations

import time
from typing import Any

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
