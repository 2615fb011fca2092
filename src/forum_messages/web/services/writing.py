"""Model-written text on the site: editors ask the configured language model for the text of
one message or of every message of a theme, for the titles of a theme's sub-topics
(services/writtentitles.py) or for a theme's summary (services/writtensummary.py); each
answer passes the grounding gate or the title checks
(synth/llm) and waits beside the current text for an editor to accept it (as written or
edited) or reject it. Either choice is recorded as a version of the draft.

The endpoint is FORUM_MESSAGES_LLM_URL with the model FORUM_MESSAGES_LLM_MODEL (the key, if
any, is read by the client from FORUM_MESSAGES_LLM_KEY); every call is cached under the data
directory, so asking again with the same sources gives the same answer without a call.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from forum_messages.config import resolve_settings
from forum_messages.errors import ConfigError
from forum_messages.synth.llm.writer import LLMWriter, edited, llm_writer, name_sources
from forum_messages.web.models import (
    Draft,
    Edition,
    Message,
    Theme,
    Topic,
    Version,
    WritingJob,
    WrittenText,
)
from forum_messages.web.services import versions, writtensummary, writtentitles
from forum_messages.web.services.components import embedder, embedder_name_of
from forum_messages.web.services.curation import (
    MAX_MESSAGE_CHARS,
    MAX_TITLE_CHARS,
    CurationError,
    _lock,
    _text,
    changed_error,
)
from forum_messages.web.services.drafting import in_background
from forum_messages.web.services.snapshot import writing_json, writing_of

log = logging.getLogger("forum_messages.web")

BATCH = 4  # messages asked for between two progress updates (the client sends 2 at a time)
#: what became of a theme's summary, for the request's page
STATUS_DETAIL = {
    "written": "the summary was written",
    "partial": "the summary was written; some sentences were dropped by the grounding gate",
    "fallback": "no sentence passed the grounding gate",
}
CALL_FAILED = "call failed:"
NOT_CONFIGURED = (
    "no language model is configured: set FORUM_MESSAGES_LLM_URL and FORUM_MESSAGES_LLM_MODEL "
    "and restart the site"
)


def endpoint() -> tuple[str, str] | None:
    """(address, model name) of the configured endpoint, or None when the site has none."""
    url, model = getattr(settings, "LLM_URL", ""), getattr(settings, "LLM_MODEL", "")
    return (url, model) if url and model else None


def site_writer(edition: Edition) -> LLMWriter:
    """The LLM writer for the site's endpoint, its calls cached in the data directory."""
    where = endpoint()
    if where is None:
        raise ConfigError(NOT_CONFIGURED)
    sentences = resolve_settings({}, edition.core().settings).message_sentences
    return llm_writer(where[0], where[1], Path(settings.LLM_CACHE_DIR), sentences)


def _live(draft: Draft, theme: str, message: str) -> list[Message]:
    qs = Message.objects.filter(draft=draft, removed=False).select_related("topic__theme")
    if message:
        qs = qs.filter(uid=message)
    else:
        qs = qs.filter(topic__theme__key=theme, topic__removed=False)
    return list(qs.order_by("topic__position", "topic_id", "position", "id"))


def start(
    edition: Edition,
    author: Any = None,
    theme: str = "",
    message: str = "",
    kind: str = WritingJob.MESSAGES,
) -> WritingJob:
    """Queue a job for one message (``message``) or a whole theme (``theme``), or with ``kind``
    "titles" for the sub-topic titles of a theme, and start it in a background thread; its
    page follows the progress."""
    where = endpoint()
    if where is None:
        raise ConfigError(NOT_CONFIGURED)
    draft = Draft.objects.filter(edition=edition).first()
    if draft is None:
        raise CurationError("the edition has no draft yet: run the draft first")
    if kind == WritingJob.TITLES:
        if not theme or not writtentitles.live_topics(draft, theme):
            raise CurationError("there is no sub-topic to title here")
        message = ""
    elif kind == WritingJob.SUMMARY:
        if not theme or not writtensummary.has_messages(draft, theme):
            raise CurationError("there is no message to summarise here")
        message = ""
    elif kind != WritingJob.MESSAGES:
        raise CurationError("ask for message texts, sub-topic titles or a theme summary")
    elif not _live(draft, theme, message):
        raise CurationError("there is no message to write here")
    if edition.writing_jobs.filter(state__in=[WritingJob.QUEUED, WritingJob.RUNNING]).exists():
        raise CurationError("the model is already writing for this edition: wait until it ends")
    job = WritingJob.objects.create(
        edition=edition,
        kind=kind,
        theme=theme,
        message=message,
        model=where[1],
        created_by=author,
    )
    transaction.on_commit(lambda: in_background(execute, job.pk, f"writing-job-{job.pk}"))
    return job


def execute(job_id: int) -> None:
    """Carry out one WritingJob in the current thread; record how it ended."""
    job = WritingJob.objects.select_related("edition").get(pk=job_id)
    WritingJob.objects.filter(pk=job_id).update(state=WritingJob.RUNNING)
    try:
        detail, failed = _run(job)
    except Exception as exc:  # the page must show every failure
        log.exception("writing job %s failed", job_id)
        detail, failed = f"{type(exc).__name__}: {exc}", True
    WritingJob.objects.filter(pk=job_id).update(
        state=WritingJob.FAILED if failed else WritingJob.DONE,
        detail=detail,
        finished=timezone.now(),
    )


def _run(job: WritingJob) -> tuple[str, bool]:
    """Ask for every message of the job, batch by batch; (what came of it, failed?)."""
    draft = Draft.objects.get(edition=job.edition)
    writer = site_writer(job.edition)
    emb = embedder(embedder_name_of(draft.pipeline))
    if job.kind == WritingJob.TITLES:
        titled = writtentitles.ask(job, draft, writer, emb)
        done = sum(1 for w in titled if w.writing["status"] == "written")
        reasons = [w.writing.get("reason", "") for w in titled]
        if reasons and all(r.startswith(CALL_FAILED) for r in reasons):
            return f"the model could not be asked: {reasons[0][len(CALL_FAILED) :].strip()}", True
        return f"{done} titles passed their checks, {len(titled) - done} did not", False
    if job.kind == WritingJob.SUMMARY:
        record = writtensummary.ask(job, draft, writer, emb).writing
        reason = record.get("reason", "")
        if reason.startswith(CALL_FAILED):
            return f"the model could not be asked: {reason[len(CALL_FAILED) :].strip()}", True
        return str(STATUS_DETAIL.get(record["status"], record["status"])), False
    msgs = _live(draft, job.theme, job.message)
    WritingJob.objects.filter(pk=job.pk).update(total=len(msgs))
    counts = {"written": 0, "partial": 0, "fallback": 0}
    unreachable = ""
    for start_at in range(0, len(msgs), BATCH):
        batch = msgs[start_at : start_at + BATCH]
        made = _ask(job, draft, writer, emb, batch)
        for w in made:
            counts[w.writing["status"]] = counts.get(w.writing["status"], 0) + 1
        WritingJob.objects.filter(pk=job.pk).update(done=start_at + len(batch))
        reasons = [w.writing.get("reason", "") for w in made]
        if all(r.startswith(CALL_FAILED) for r in reasons):
            # the endpoint answers none: asking for the rest would only wait out timeouts
            unreachable = reasons[0][len(CALL_FAILED) :].strip()
            break
    if unreachable:
        return f"the model could not be asked: {unreachable}", True
    return (
        f"{counts['written']} written, {counts['partial']} with sentences dropped by the "
        f"grounding gate, {counts['fallback']} with no usable text"
    ), False


def _ask(
    job: WritingJob, draft: Draft, writer: LLMWriter, emb: Any, batch: Sequence[Message]
) -> list[WrittenText]:
    texts: list[str] = []
    langs: list[str] = []
    sids: list[str] = []
    groups: list[list[int]] = []
    for m in batch:
        rows = list(
            m.sources.select_related("statement")
            .order_by("position", "id")
            .values_list(
                "statement__sid",
                "statement__text",
                "statement__detected_language",
                "statement__language",
            )
        )
        groups.append(list(range(len(texts), len(texts) + len(rows))))
        for sid, text, detected, given in rows:
            sids.append(sid)
            texts.append(text)
            langs.append(detected or given or "und")
    x = emb.embed(texts)
    written = writer.write_all(groups, x, texts, langs, draft.language, emb)
    made = []
    for m, group, w in zip(batch, groups, written, strict=True):
        assert w.writing is not None
        record = name_sources(w.writing, lambda row: sids[row])
        text = w.text if record.status != "fallback" else ""
        made.append(
            WrittenText.offer(
                job=job,
                message=m,
                text=text,
                writing=writing_json(record),
                base_text=m.text,
                sources=[sids[r] for r in group],
            )
        )
    return made


def _current_sources(m: Message) -> list[str]:
    return sorted(m.sources.values_list("statement__sid", flat=True))


def _pending(written: WrittenText) -> tuple[Draft, Message | None, Topic | None]:
    """The locked draft and the live message or sub-topic of a written version still to be
    decided on (neither for a theme's summary); CurationError when it was decided on, or its
    message or sub-topic is gone."""
    if written.theme_id is not None:
        draft = _lock(Theme.objects.get(pk=written.theme_id).draft)
    elif written.topic_id is not None:
        draft = _lock(Topic.objects.get(pk=written.topic_id).draft)
    else:
        draft = _lock(Message.objects.get(pk=written.message_id).draft)
    written.refresh_from_db()
    if written.state != WrittenText.PENDING:
        raise CurationError("this written version has already been decided on")
    if written.theme_id is not None:
        return draft, None, None
    if written.topic_id is not None:
        tp = Topic.objects.get(pk=written.topic_id)
        if tp.removed:
            raise CurationError("the sub-topic has been removed since the model wrote this")
        return draft, None, tp
    m = Message.objects.get(pk=written.message_id)
    if m.removed:
        raise CurationError("the message has been removed since the model wrote this")
    return draft, m, None


def _decided(written: WrittenText, state: str, author: Any, version: Version) -> Version:
    written.state, written.decided, written.version = state, timezone.now(), version
    written.decided_by = author if getattr(author, "is_authenticated", False) else None
    written.save(update_fields=["state", "decided", "decided_by", "version"])
    return version


@transaction.atomic
def accept(written: WrittenText, text: str, author: Any = None, seen: str | None = None) -> Version:
    """The message (or sub-topic) takes ``text`` (the model's, or the editor's edit of it) and
    the writing record; recorded as a version. ``seen`` is the ``versions.fingerprint`` of the
    message's text (the title, the summary) the page showed beside the model's: when it was
    saved since, nothing is saved (a hand edit made meanwhile is not overwritten unseen)."""
    draft, m, tp = _pending(written)
    if seen:
        if tp is not None:
            current, what = tp.title, f"the title of sub-topic '{tp.title}'"
        elif m is not None:
            current, what = m.text, f"the text of {m.uid}"
        else:
            theme = Theme.objects.get(pk=written.theme_id)
            current, what = theme.summary, f"the summary of theme {theme.key}"
        if versions.changed_since(seen, current):
            raise changed_error(what, text)
    if tp is not None:
        v = _accept_title(draft, tp, written, text, author)
        return _decided(written, WrittenText.ACCEPTED, author, v)
    if m is None:
        v = _accept_summary(draft, written, text, author)
        return _decided(written, WrittenText.ACCEPTED, author, v)
    if not written.text:
        raise CurationError("the model wrote no sentence that passed the grounding gate")
    if _current_sources(m) != sorted(written.sources):
        raise CurationError(
            "the message's sources changed since the model wrote this: ask for a new version"
        )
    new = _text(text, MAX_MESSAGE_CHARS, "message text")
    model = written.writing.get("model", "")
    edited = new != written.text
    m.text, m.language, m.translated, m.writing = new, draft.language, True, written.writing
    m.save(update_fields=["text", "language", "translated", "writing"])
    summary = (
        f"accepted the text of {m.uid} written by {model}, edited"
        if edited
        else f"accepted the text of {m.uid} written by {model}"
    )
    return _decided(written, WrittenText.ACCEPTED, author, versions.record(draft, summary, author))


@transaction.atomic
def reject(written: WrittenText, author: Any = None) -> Version:
    """The message keeps its text (the sub-topic its title); the refusal is recorded as a
    version."""
    draft, m, tp = _pending(written)
    model = written.writing.get("model", "")
    if tp is not None:
        summary = (
            f"rejected the title of sub-topic '{tp.title}' written by {model}; "
            "the title stays as it was"
        )
    elif m is not None:
        summary = f"rejected the text of {m.uid} written by {model}; the text stays as it was"
    else:
        key = Theme.objects.get(pk=written.theme_id).key
        summary = (
            f"rejected the summary of theme {key} written by {model}; the summary stays as it was"
        )
    return _decided(written, WrittenText.REJECTED, author, versions.record(draft, summary, author))


def _accept_title(draft: Draft, tp: Topic, written: WrittenText, text: str, author: Any) -> Version:
    if not written.text:
        raise CurationError("the model's title did not pass its checks")
    if writtentitles.topic_sources(tp) != sorted(written.sources):
        raise CurationError(
            "the sub-topic's messages changed since the model wrote this: ask for a new version"
        )
    new = _text(text, MAX_TITLE_CHARS, "sub-topic title")
    model = written.writing.get("model", "")
    old, tp.title, tp.title_writing = tp.title, new, written.writing
    tp.save(update_fields=["title", "title_writing"])
    changed = ", edited" if new != written.text else ""
    summary = f"accepted the title of sub-topic '{old}' written by {model}{changed}: '{new}'"
    return versions.record(draft, summary, author)


def _accept_summary(draft: Draft, written: WrittenText, text: str, author: Any) -> Version:
    theme = Theme.objects.get(pk=written.theme_id)
    if not written.text:
        raise CurationError("the model wrote no sentence that passed the grounding gate")
    if writtensummary.theme_sources(theme) != sorted(written.sources):
        raise CurationError(
            "the theme's messages changed since the model wrote this: ask for a new version"
        )
    new = _text(text, MAX_MESSAGE_CHARS, "theme summary")
    theme.summary, theme.summary_writing = new, written.writing
    theme.save(update_fields=["summary", "summary_writing"])
    model = written.writing.get("model", "")
    changed = ", edited" if new != written.text else ""
    summary = f"accepted the summary of theme {theme.key} written by {model}{changed}"
    return versions.record(draft, summary, author)


def edited_by_hand(m: Message) -> bool:
    """Whether a model-written message's text differs from what the model's kept sentences say."""
    return edited(writing_of(m.writing), m.text, m.language)


def mark_interrupted() -> int:
    """Jobs left queued or running by a stopped server are failed (called at start-up)."""
    return WritingJob.objects.filter(state__in=[WritingJob.QUEUED, WritingJob.RUNNING]).update(
        state=WritingJob.FAILED, detail="interrupted: the server stopped during the job"
    )
