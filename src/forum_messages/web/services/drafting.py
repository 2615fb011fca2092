"""Run the core pipeline over an edition and store the draft as a version.

In the CLI the run is synchronous; in the site it runs in a background thread and writes its
progress to the DraftRun row, which the page shows (it refreshes itself, no JavaScript).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from django.db import close_old_connections, connections, transaction
from django.utils import timezone

from forum_messages.config import resolve_settings
from forum_messages.errors import ConfigError
from forum_messages.export.jsondoc import plain
from forum_messages.model import Draft as CoreDraft
from forum_messages.synth.pipeline import run_pipeline
from forum_messages.web.models import Draft, DraftRun, Edition, Statement, Theme, Version
from forum_messages.web.services import versions
from forum_messages.web.services.components import EMBEDDERS, components
from forum_messages.web.services.convert import core_corpus
from forum_messages.web.services.dblock import DatabaseBusy, retry_locked
from forum_messages.web.services.snapshot import apply_snapshot, snapshot_from_core

log = logging.getLogger("forum_messages.web")

WRITERS = ("extractive", "llm")  # who writes the messages' text: extracts, or the site's model


class ProgressWriter:
    """progress(stage, done, total) -> the DraftRun row, at most every half second per stage."""

    def __init__(self, run: DraftRun | None) -> None:
        self.run = run
        self.last = 0.0
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.run is None:
            return
        now = time.monotonic()
        if stage == self.stage and done < total and now - self.last < 0.5:
            return
        self.stage, self.last = stage, now
        row = DraftRun.objects.filter(pk=self.run.pk)
        try:  # a moment's lock (another request writing) waited out; the run never fails on it
            retry_locked(lambda: row.update(stage=stage, done=done, total=total))
        except DatabaseBusy:
            self.last = 0.0  # shown at the next call instead


def store_core_draft(edition: Edition, draft: CoreDraft, author: Any = None) -> Version:
    """Persist the pipeline's Draft: statements' findings, themes, the content, a version."""
    with transaction.atomic():
        by_sid = {s.sid: s for s in edition.statements.filter(withdrawn=False)}
        changed = []
        for a in draft.statements:
            row = by_sid[a.id]
            row.detected_language, row.language_confidence = a.language, a.language_confidence
            row.detected_theme, row.theme_confidence = a.theme, a.theme_confidence
            row.theme_inferred = a.theme_inferred
            changed.append(row)
        Statement.objects.bulk_update(
            changed,
            [
                "detected_language",
                "language_confidence",
                "detected_theme",
                "theme_confidence",
                "theme_inferred",
            ],
            batch_size=500,
        )
        row, _created = Draft.objects.select_for_update().get_or_create(
            edition=edition, defaults={"language": draft.language}
        )
        row.language = draft.language
        row.pipeline = [
            {"role": c.role, "name": c.name, "params": plain(c.params)} for c in draft.pipeline
        ]
        row.save()
        for pos, th in enumerate(draft.themes):
            Theme.objects.update_or_create(
                draft=row,
                key=th.key,
                defaults={
                    "title": th.title,
                    "description": th.description,
                    "issue_areas": list(th.issue_areas),
                    "position": pos,
                },
            )
        apply_snapshot(row, snapshot_from_core(draft))
        n = len(draft.messages())
        return versions.record(
            row,
            f"draft made by the pipeline: {n} messages, {len(draft.not_reflected)} not reflected",
            author,
            Version.PIPELINE,
        )


def run_draft(
    edition: Edition,
    embedder: str = "use",
    author: Any = None,
    run: DraftRun | None = None,
    writer: str = "extractive",
) -> Version:
    """The core pipeline over the edition's statements; the result stored as a new version.
    ``writer`` "llm" has the message text and the sub-topic titles written by the site's model
    (services/writing.py), as ``draft --writer llm`` does."""
    if embedder not in EMBEDDERS:
        raise ConfigError(f"embedder must be one of {', '.join(EMBEDDERS)}")
    if writer not in WRITERS:
        raise ConfigError("writer must be extractive or llm")
    if edition.publications.exists():
        raise ConfigError(
            "the draft has been published for review; running the pipeline again would replace "
            "the curated text. Curate the draft instead."
        )
    corpus = core_corpus(edition)
    if not corpus.statements:
        raise ConfigError("the edition has no statements yet: import reports first")
    core_ed = edition.core()
    settings = resolve_settings({}, core_ed.settings)
    parts = components(embedder)
    if writer == "llm":
        from forum_messages.synth.llm.titles import LLMTitler
        from forum_messages.web.services.writing import site_writer

        parts.writer = site_writer(edition)
        parts.titler = LLMTitler(parts.writer)  # sub-topic titles too, as draft --writer llm
    draft = run_pipeline(corpus, core_ed, settings, components=parts, progress=ProgressWriter(run))
    if writer == "llm":
        _model_answered(draft)
    return store_core_draft(edition, draft, author)


def _model_answered(draft: CoreDraft) -> None:
    """ConfigError when no call for a message's text got an answer (an endpoint down, a wrong
    address or key): the draft is then left as it was rather than replaced by extracts."""
    from forum_messages.web.services.writing import CALL_FAILED

    reasons = [m.writing.reason for m in draft.messages() if m.writing is not None]
    if reasons and all(r.startswith(CALL_FAILED) for r in reasons):
        why = reasons[0][len(CALL_FAILED) :].strip()
        raise ConfigError(f"the model could not be asked ({why}); the draft was not changed")


def model_text_summary(edition: Edition, version: Version) -> str:
    """One line on what became of the model's text in ``version`` (a draft the model wrote)."""
    from forum_messages.synth.llm.writer import summary
    from forum_messages.web.services.snapshot import core_from_snapshot

    edition.refresh_from_db()
    return summary(core_from_snapshot(edition, edition.draft, version.snapshot), None)


def execute(run_id: int) -> None:
    """Carry out one DraftRun (in the current thread); record how it ended."""
    run = DraftRun.objects.select_related("edition", "created_by").get(pk=run_id)
    row = DraftRun.objects.filter(pk=run_id)
    retry_locked(lambda: row.update(state=DraftRun.RUNNING, stage="start"))
    try:
        version = run_draft(run.edition, run.embedder, run.created_by, run, run.writer)
        detail = f"version {version.number}: {version.summary}"
        if run.writer == "llm":
            detail += f". {model_text_summary(run.edition, version)}"
    except Exception as exc:  # the page must show every failure
        log.exception("draft run %s failed", run_id)
        failed = f"{type(exc).__name__}: {exc}"
        retry_locked(
            lambda: row.update(state=DraftRun.FAILED, detail=failed, finished=timezone.now())
        )
        return
    retry_locked(
        lambda: row.update(
            state=DraftRun.DONE, stage="done", detail=detail, finished=timezone.now()
        )
    )


def start(
    edition: Edition, embedder: str, author: Any = None, writer: str = "extractive"
) -> DraftRun:
    """Queue a run and start it in a background thread; the page follows its progress.
    ``writer`` "llm" (the site's configured model) is refused when no model is configured."""
    if writer not in WRITERS:
        raise ConfigError("writer must be extractive or llm")
    model = ""
    if writer == "llm":
        from forum_messages.web.services.writing import NOT_CONFIGURED, endpoint

        where = endpoint()
        if where is None:
            raise ConfigError(NOT_CONFIGURED)
        model = where[1]
    if edition.runs.filter(state__in=[DraftRun.QUEUED, DraftRun.RUNNING]).exists():
        raise ConfigError("a draft run is already going on for this edition")
    run = DraftRun.objects.create(
        edition=edition, embedder=embedder, writer=writer, model=model, created_by=author
    )
    transaction.on_commit(lambda: _thread(run.pk))
    return run


def _thread(run_id: int) -> None:
    in_background(execute, run_id, f"draft-run-{run_id}")


def in_background(work: Callable[[int], None], row_id: int, name: str) -> None:
    """``work(row_id)`` in a daemon thread with its own database connection."""

    def target() -> None:
        close_old_connections()
        try:
            work(row_id)
        finally:
            connections.close_all()  # this thread's own: it ends here, so must they

    threading.Thread(target=target, name=name, daemon=True).start()


def mark_interrupted() -> int:
    """Runs left queued or running by a stopped server are failed (called at start-up)."""
    return DraftRun.objects.filter(state__in=[DraftRun.QUEUED, DraftRun.RUNNING]).update(
        state=DraftRun.FAILED, detail="interrupted: the server stopped during the run"
    )
