"""The site's draft run can have the configured model write the messages' text (behind the
grounding gate), through the fake OpenAI-compatible endpoint of tests/llm; the extractive
writer stays the default, and without a configured model the choice is explained instead."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

from django.test import Client, override_settings

from forum_messages.web.models import Draft, DraftRun, Edition
from forum_messages.web.services import drafting, importing
from forum_messages.web.services.snapshot import core_from_snapshot

from .conftest import client_for
from .test_writing import MODEL, _page, endpoint

TAKEAWAYS = (
    "Community networks need affordable spectrum and backhaul.",
    "Rural schools should be connected before the end of the decade.",
)


def _small_edition(tmp_path: Path, slug: str) -> Edition:
    """A few statements in one theme of the minimal edition, not drafted yet."""
    report = tmp_path / "r.jsonl"
    lines = [
        f'{{"session": "WS #{i}", "title": "T", "type": "Workshop", "theme": "connectivity", '
        f'"key_takeaways": ["{TAKEAWAYS[i % 2]}"]}}'
        for i in range(1, 5)
    ]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ed = importing.edition_from_spec("minimal", slug)
    importing.import_paths(ed, [report])
    return ed


def _run(c: Client, ed: Edition, **form: str) -> DraftRun:
    r = c.post(f"/staff/e/{ed.slug}/run/", {"embedder": "hash", **form})
    assert r.status_code == 302 and "/run/" in r["Location"], r
    run_id = int(r["Location"].rstrip("/").split("/")[-1])
    # the run's thread starts when the request's transaction commits, which a test's
    # transaction never does: carry it out here
    drafting.execute(run_id)
    return DraftRun.objects.get(pk=run_id)


def test_the_model_writes_the_draft_behind_the_gate(
    db: None, users: dict[str, Any], tmp_path: Path
) -> None:
    c, ed = client_for(users["editor"]), _small_edition(tmp_path, "run-llm")
    with endpoint(tmp_path) as fake:
        page = _page(c, f"/staff/e/{ed.slug}/")
        assert 'name="writer" value="extractive" checked' in page
        assert f"Written by the model <bdi>{MODEL}</bdi>, behind the grounding gate" in page
        run = _run(c, ed, writer="llm")
        assert fake.requests and {q["model"] for q in fake.requests} == {MODEL}
    assert run.state == DraftRun.DONE, run.detail
    assert run.writer == "llm" and run.model == MODEL
    ed.refresh_from_db()
    msgs = list(ed.draft.messages.filter(removed=False))
    assert msgs and all(m.writing and m.writing["model"] == MODEL for m in msgs)
    assert all(m.writing["status"] == "written" for m in msgs)
    assert f"Model text: {len(msgs)} messages written" in run.detail
    # the version keeps the writing records, with the statements' ids as sources
    version = ed.draft.latest_version()
    core = core_from_snapshot(ed, ed.draft, version.snapshot)
    sids = set(ed.statements.values_list("sid", flat=True))
    for m in msgs:
        [cm] = [x for x in core.messages() if x.id == m.uid]
        assert cm.writing is not None and cm.writing.model == MODEL and cm.text == m.text
        assert {s.source for s in cm.writing.sentences} <= sids
    page = _page(c, f"/staff/e/{ed.slug}/run/{run.pk}/")
    assert f"Message text written by the model <bdi>{MODEL}</bdi>" in page
    assert "Model text:" in page


def test_extractive_stays_the_default_and_asks_no_model(
    db: None, users: dict[str, Any], tmp_path: Path
) -> None:
    c, ed = client_for(users["editor"]), _small_edition(tmp_path, "run-extractive")
    with endpoint(tmp_path) as fake:
        run = _run(c, ed)
        assert not fake.requests
    assert run.state == DraftRun.DONE and run.writer == "extractive" and run.model == ""
    assert "Model text" not in run.detail
    assert "Extractive message text." in _page(c, f"/staff/e/{ed.slug}/run/{run.pk}/")
    ed.refresh_from_db()
    msgs = list(ed.draft.messages.filter(removed=False))
    assert msgs and all(m.writing is None for m in msgs)


def test_without_a_model_the_choice_is_explained_and_refused(
    db: None, users: dict[str, Any], tmp_path: Path
) -> None:
    c, ed = client_for(users["editor"]), _small_edition(tmp_path, "run-no-llm")
    with override_settings(LLM_URL="", LLM_MODEL=""):
        page = _page(c, f"/staff/e/{ed.slug}/")
        assert 'name="writer"' not in page
        assert "The message text is extractive. With a language model configured" in page
        r = c.post(f"/staff/e/{ed.slug}/run/", {"embedder": "hash", "writer": "llm"}, follow=True)
        assert "FORUM_MESSAGES_LLM_URL" in r.content.decode()
        r = c.post(f"/staff/e/{ed.slug}/run/", {"embedder": "hash", "writer": "poem"})
        assert r.status_code == 400
        assert "writer: must be one of: extractive, llm" in r.content.decode()
    assert not DraftRun.objects.filter(edition=ed).exists()


def test_an_endpoint_down_fails_the_run_and_keeps_the_draft(
    db: None, users: dict[str, Any], tmp_path: Path
) -> None:
    c, ed = client_for(users["editor"]), _small_edition(tmp_path, "run-llm-down")
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    where = {"LLM_URL": f"http://127.0.0.1:{port}/v1", "LLM_MODEL": MODEL}
    with override_settings(**where, LLM_CACHE_DIR=tmp_path / "llm-cache"):
        run = _run(c, ed, writer="llm")
    assert run.state == DraftRun.FAILED and run.writer == "llm"
    assert "endpoint unreachable" in run.detail and "the draft was not changed" in run.detail
    assert not Draft.objects.filter(edition=ed).exists()
    page = _page(c, f"/staff/e/{ed.slug}/run/{run.pk}/")
    assert "the draft was not changed" in page and 'http-equiv="refresh"' not in page
