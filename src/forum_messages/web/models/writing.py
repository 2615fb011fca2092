"""Model-written message text and sub-topic titles asked for by editors (services/writing.py).

A :class:`WritingJob` asks the configured language model for the text of one message or of
every message of a theme, or for the titles of a theme's sub-topics, in the background, with
its progress. Each answer becomes a :class:`WrittenText`: the model's sentences (or title)
with the verdict of the grounding gate (or of the title checks), waiting for an editor to
accept it (as written or edited) or reject it. Either choice is recorded as a version of the
draft, like any other edit.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from forum_messages.web.models.draft import Message, Theme, Topic, Version
from forum_messages.web.models.inputs import DraftRun, Edition


class WritingJob(models.Model):
    """Same states as a draft run: queued, running, done, failed."""

    QUEUED, RUNNING, DONE, FAILED = (
        DraftRun.QUEUED,
        DraftRun.RUNNING,
        DraftRun.DONE,
        DraftRun.FAILED,
    )
    STATES = DraftRun.STATES
    MESSAGES, TITLES, SUMMARY = "messages", "titles", "summary"
    KINDS = (
        (MESSAGES, _("message texts")),
        (TITLES, _("sub-topic titles")),
        (SUMMARY, _("theme summary")),
    )

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="writing_jobs")
    kind = models.CharField(max_length=10, choices=KINDS, default=MESSAGES)
    theme = models.CharField(max_length=40, blank=True)  # a theme's key, or "" for one message
    message = models.CharField(max_length=60, blank=True)  # a message's uid, or ""
    model = models.CharField(max_length=200)
    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    detail = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created", "-id")

    percent = DraftRun.percent

    def going(self) -> bool:
        return self.state in (self.QUEUED, self.RUNNING)


class WrittenText(models.Model):
    """One message's text as the model wrote it, with the gate's verdict on each sentence; or
    (``topic`` set, ``message`` None) one sub-topic's title with the title checks' verdict; or
    (``theme`` set) a theme's summary with the gate's verdict on each sentence."""

    PENDING, ACCEPTED, REJECTED, REPLACED = "pending", "accepted", "rejected", "replaced"
    STATES = (
        (PENDING, _("waiting for a decision")),
        (ACCEPTED, _("accepted")),
        (REJECTED, _("rejected")),
        (REPLACED, _("replaced by a newer one")),
    )

    job = models.ForeignKey(
        WritingJob, null=True, blank=True, on_delete=models.SET_NULL, related_name="texts"
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="written"
    )
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.CASCADE, related_name="written"
    )
    theme = models.ForeignKey(
        Theme, null=True, blank=True, on_delete=models.CASCADE, related_name="written"
    )
    text = models.TextField(blank=True)  # the kept sentences or title ("" when none passed)
    writing = models.JSONField()  # {model, status, reason, sentences: [...]}, as in the JSON
    base_text = models.TextField()  # the message's text (the title) when the model was asked
    sources = models.JSONField(default=list)  # the statement ids behind what the model was shown
    state = models.CharField(max_length=10, choices=STATES, default=PENDING)
    created = models.DateTimeField(auto_now_add=True)
    decided = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    version = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ("-created", "-id")

    @classmethod
    def offer(cls, **fields: Any) -> WrittenText:
        """A new written version of ``fields["message"]`` or ``fields["topic"]``; the one still
        waiting for a decision, if any, is replaced by it."""
        target = {k: fields[k] for k in ("message", "topic", "theme") if fields.get(k) is not None}
        if len(target) != 1:
            raise ValueError("a written version is of one message, sub-topic or theme")
        with transaction.atomic():
            cls.objects.filter(state=cls.PENDING, **target).update(state=cls.REPLACED)
            return cls.objects.create(**fields)

    def subject(self) -> str:
        """What was written: a message's id, a sub-topic's title when it was asked, or a
        theme's title."""
        if self.theme is not None:
            return self.theme.title
        return self.message.uid if self.message is not None else self.base_text

    def checks(self) -> list[dict[str, Any]]:
        sentences = self.writing.get("sentences", []) if isinstance(self.writing, dict) else []
        return [c for c in sentences if isinstance(c, dict)]
