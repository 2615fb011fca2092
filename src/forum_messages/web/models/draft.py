"""The working draft (themes, sub-topics, messages, sources, not reflected), its versions and
its publications (draft v1 for review, final).

Messages and sub-topics are never deleted: comments point at them. A removed one is marked
``removed``; a merged one also names its ``successor``. Every change to the draft is recorded
as a :class:`Version` holding a snapshot of the whole draft (see services/snapshot.py), its
author, time and a readable diff; restoring a version applies its snapshot as a new version.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from forum_messages.web.models.inputs import Edition, Statement


class Draft(models.Model):
    edition = models.OneToOneField(Edition, on_delete=models.CASCADE, related_name="draft")
    language = models.CharField(max_length=8)
    pipeline = models.JSONField(default=list)  # [{role, name, params}] as the core recorded it
    updated = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"draft of {self.edition.slug}"

    def latest_version(self) -> Version | None:
        return self.versions.order_by("-number").first()


class Theme(models.Model):
    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="themes")
    key = models.CharField(max_length=40)
    title = models.TextField()
    description = models.TextField(blank=True)
    issue_areas = models.JSONField(default=list)
    frameworks = models.JSONField(default=dict)  # {"gdc": [...], "wsis": [...], "sdg": [...]}
    position = models.PositiveIntegerField(default=0)
    # a summary of the theme's messages asked of a language model, and its "summary_writing"
    # record as in the draft JSON ("" and None when none was accepted)
    summary = models.TextField(blank=True, default="")
    summary_writing = models.JSONField(null=True, blank=True, default=None)

    class Meta:
        ordering = ("position",)
        constraints = (models.UniqueConstraint(fields=["draft", "key"], name="fm_theme_key"),)

    def __str__(self) -> str:
        return self.title

    def line(self) -> str:
        """The framework line, e.g. ``[GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9]``."""
        from forum_messages.model import Frameworks

        fw = self.frameworks or {}
        return Frameworks(*(tuple(fw.get(k, ())) for k in ("gdc", "wsis", "sdg"))).line()


class Topic(models.Model):
    """A sub-topic heading under a theme."""

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="topics")
    theme = models.ForeignKey(Theme, on_delete=models.RESTRICT, related_name="topics")
    uid = models.CharField(max_length=60)
    title = models.TextField()
    keyphrases = models.JSONField(default=list)
    position = models.PositiveIntegerField(default=0)
    removed = models.BooleanField(default=False)
    # how a language model wrote the title (the draft JSON's "title_writing" record), or None
    title_writing = models.JSONField(null=True, blank=True, default=None)

    class Meta:
        ordering = (
            "position",
            "id",
        )
        constraints = (models.UniqueConstraint(fields=["draft", "uid"], name="fm_topic_uid"),)

    def __str__(self) -> str:
        return self.title


class Message(models.Model):
    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="messages")
    topic = models.ForeignKey(Topic, on_delete=models.RESTRICT, related_name="messages")
    uid = models.CharField(max_length=60)
    text = models.TextField()
    language = models.CharField(max_length=8)
    translated = models.BooleanField(default=True)
    tags = models.JSONField(default=list)  # [[framework, id, score], ...]
    position = models.PositiveIntegerField(default=0)
    removed = models.BooleanField(default=False)
    successor = models.CharField(max_length=60, blank=True)  # uid it was merged into
    origin = models.CharField(max_length=80, blank=True)  # pipeline | hand | split:<uid> | ...
    # how a language model wrote the text (the draft JSON's "writing" record), or None
    writing = models.JSONField(null=True, blank=True, default=None)
    statements = models.ManyToManyField(Statement, through="Source", related_name="messages")

    class Meta:
        ordering = (
            "position",
            "id",
        )
        constraints = (models.UniqueConstraint(fields=["draft", "uid"], name="fm_message_uid"),)

    def __str__(self) -> str:
        return self.uid


class Source(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="sources")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="sources")
    similarity = models.FloatField(default=0.0)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = (
            "position",
            "id",
        )
        constraints = (
            models.UniqueConstraint(fields=["message", "statement"], name="fm_source_once"),
        )


class NotReflected(models.Model):
    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="not_reflected")
    statement = models.ForeignKey(Statement, on_delete=models.CASCADE, related_name="+")
    theme = models.CharField(max_length=40, null=True, blank=True)
    reason = models.CharField(max_length=40)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ("statement__position",)
        constraints = (
            models.UniqueConstraint(fields=["draft", "statement"], name="fm_not_reflected_once"),
        )


class Version(models.Model):
    PIPELINE, EDIT, RESTORE, IMPORT = "pipeline", "edit", "restore", "import"
    KINDS = (
        (PIPELINE, _("draft run")),
        (EDIT, _("edit")),
        (RESTORE, _("restore")),
        (IMPORT, _("re-import")),
    )

    draft = models.ForeignKey(Draft, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=KINDS, default=EDIT)
    summary = models.TextField()
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)
    snapshot = models.JSONField()
    diff = models.TextField(blank=True)

    class Meta:
        ordering = ("-number",)
        constraints = (
            models.UniqueConstraint(fields=["draft", "number"], name="fm_version_number"),
        )

    def __str__(self) -> str:
        return f"v{self.number}"


class Publication(models.Model):
    """Draft for review (with its window) or final text: a frozen version, shown publicly."""

    DRAFT, FINAL = "draft", "final"
    KINDS = (
        (DRAFT, _("draft for review")),
        (FINAL, _("final")),
    )

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="publications")
    kind = models.CharField(max_length=10, choices=KINDS)
    version = models.ForeignKey(Version, on_delete=models.RESTRICT, related_name="+")
    opens = models.DateTimeField(null=True, blank=True)
    closes = models.DateTimeField(null=True, blank=True)
    published = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ("-published",)
        constraints = (
            models.UniqueConstraint(fields=["edition", "kind"], name="fm_publication_kind"),
        )
