"""Editions and what is imported into them: sessions and statements; draft runs (jobs)."""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from forum_messages.model import Edition as CoreEdition
from forum_messages.model import pick
from forum_messages.textsafe import printable

log = logging.getLogger("forum_messages.web")


def stored_data(spec_yaml: str, name: str) -> Any:
    """A stored edition file's YAML data, without the control characters edition files have
    refused since (an edition stored before, with a ``"\u0001"`` in a text, is read without
    it; the log names the fields, and saving the edition's details stores the file clean)."""
    from forum_messages.edition import drop_unprintable
    from forum_messages.yamlsrc import load_yaml

    data = load_yaml(spec_yaml)
    dropped = drop_unprintable(data)
    if dropped:
        log.warning(
            "%s: the stored edition file holds control characters, left out as it is read, "
            "in the field(s) %s; save the edition's details to store it without them",
            name,
            ", ".join(dropped),
        )
    return data


@lru_cache(maxsize=64)
def _parsed(spec_yaml: str, name: str) -> CoreEdition:
    from forum_messages.edition import parse_edition

    return parse_edition(stored_data(spec_yaml, name), name)


class Edition(models.Model):
    """One meeting (IGF 2025, a national IGF, a consultation), declared by an edition file."""

    slug = models.SlugField(max_length=60, unique=True)
    spec_yaml = models.TextField(help_text="the edition file (YAML), as uploaded")
    source = models.CharField(max_length=500, blank=True)  # file or preset it came from
    title = models.CharField(max_length=300)
    language = models.CharField(max_length=8, default="en")
    time_zone = models.CharField(max_length=64, default="UTC")
    allow_anonymous = models.BooleanField(
        _("anonymous comments allowed"), default=True, help_text=_("otherwise a name is required")
    )
    premoderate = models.BooleanField(
        _("comments wait for a moderator"),
        default=True,
        help_text=_("otherwise comments are visible at once and moderated afterwards"),
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created",)

    def __str__(self) -> str:
        return self.title

    @classmethod
    def from_db(cls, db: Any, field_names: Any, values: Any) -> Edition:
        """The row as stored; a title stored with a control character (see ``stored_data``)
        is read without it."""
        row = super().from_db(db, field_names, values)
        if "title" in row.__dict__:
            row.title = printable(row.title)
        return row

    def core(self) -> CoreEdition:
        """The edition as the core reads it (parsed from the stored YAML, once per process)."""
        return _parsed(self.spec_yaml, self.source or self.slug)

    def theme_title(self, key: str | None, language: str) -> str:
        if not key:
            return ""
        try:
            return pick(self.core().theme(key).title, language)
        except KeyError:
            return key


class Visible(models.Manager[Any]):
    """Rows of finished imports only: an import in progress writes its new rows ``pending``
    (services/staged.py) and makes them visible in one short transaction at its end."""

    def get_queryset(self) -> models.QuerySet[Any]:
        return super().get_queryset().filter(pending="")


class Session(models.Model):
    """A session report or an NRI report (kind == "nri"), as ingest read it.

    ``source`` is "report" (written by its organisers) or "transcript" (its statements
    machine-drafted from the session's transcript). ``organiser`` is the account the
    secretariat assigned the session to; when that organiser confirms the drafted takeaways
    (``confirmed_by``, ``confirmed_at``), they become the organisers' report."""

    REPORT, TRANSCRIPT = "report", "transcript"

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="sessions")
    code = models.CharField(max_length=200)
    title = models.TextField(blank=True)
    type = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=10, default="session")
    nri_kind = models.CharField(max_length=20, null=True, blank=True)
    theme = models.CharField(max_length=40, null=True, blank=True)
    language = models.CharField(max_length=8, null=True, blank=True)
    country = models.CharField(max_length=200, null=True, blank=True)
    region = models.CharField(max_length=200, null=True, blank=True)
    organisers = models.JSONField(default=list)
    location = models.JSONField(default=dict)
    position = models.PositiveIntegerField(default=0)
    withdrawn = models.BooleanField(default=False)
    pending = models.CharField(max_length=40, blank=True, default="", db_index=True)
    source = models.CharField(max_length=12, default=REPORT)
    organiser = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_sessions",
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = Visible()
    all_objects = models.Manager()

    class Meta:
        ordering = ("position",)
        constraints = (models.UniqueConstraint(fields=["edition", "code"], name="fm_session_code"),)

    def __str__(self) -> str:
        return self.code

    @property
    def machine_drafted(self) -> bool:
        """Its statements were drafted from the transcript and its organiser has not confirmed
        them all (``Statement.confirmed_at``: those it confirmed)."""
        return self.source == self.TRANSCRIPT


class Statement(models.Model):
    """One takeaway, call to action or NRI message; ``sid`` is the core's stable id."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="statements")
    sid = models.CharField(max_length=40)
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="statements")
    kind = models.CharField(max_length=20)
    index = models.PositiveIntegerField(default=0)
    text = models.TextField()
    language = models.CharField(max_length=8, null=True, blank=True)
    theme = models.CharField(max_length=40, null=True, blank=True)
    location = models.JSONField(default=dict)
    position = models.PositiveIntegerField(default=0)
    withdrawn = models.BooleanField(default=False)
    # What the last draft run found (Assignment in the core).
    detected_language = models.CharField(max_length=8, blank=True)
    language_confidence = models.FloatField(default=0.0)
    detected_theme = models.CharField(max_length=40, null=True, blank=True)
    theme_confidence = models.FloatField(default=0.0)
    theme_inferred = models.BooleanField(default=False)
    pending = models.CharField(max_length=40, blank=True, default="", db_index=True)
    # Drafted from a transcript: the turns it cites ([{speaker, turn, text}]), and the
    # organiser who confirmed it, one item at a time (it then counts as their report).
    turns = models.JSONField(default=list, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)

    objects = Visible()
    all_objects = models.Manager()

    class Meta:
        ordering = ("position",)
        constraints = (models.UniqueConstraint(fields=["edition", "sid"], name="fm_statement_sid"),)

    def __str__(self) -> str:
        return self.sid

    @property
    def machine_drafted(self) -> bool:
        """Drafted from its session's transcript and not confirmed by its organiser."""
        return self.session.source == Session.TRANSCRIPT and self.confirmed_at is None


class DraftRun(models.Model):
    """A run of the core pipeline over an edition, with its progress (shown on the page)."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATES = (
        (QUEUED, _("queued")),
        (RUNNING, _("running")),
        (DONE, _("done")),
        (FAILED, _("failed")),
    )

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="runs")
    state = models.CharField(max_length=10, choices=STATES, default=QUEUED)
    stage = models.CharField(max_length=40, blank=True)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    detail = models.TextField(blank=True)
    embedder = models.CharField(max_length=20, default="use")
    # "extractive", or "llm": the text written by the configured model behind the grounding gate
    writer = models.CharField(max_length=20, default="extractive")
    model = models.CharField(max_length=200, blank=True)  # the model's name, for "llm"
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created",)

    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0

    def as_dict(self) -> dict[str, Any]:
        return {"state": self.state, "stage": self.stage, "done": self.done, "total": self.total}
