"""Translations of an edition's draft: one per language, one row per segment, and the
published translated text.

A unit row keeps ``source``: the source text its target was made from. Whether it is
outdated is worked out against the live draft each time (services/translating.py), so an
edit to the draft makes the translation of that text outdated at once and reverting the edit
makes it current again.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from forum_messages.web.models.draft import Version
from forum_messages.web.models.inputs import Edition


class Translator(models.Model):
    """The languages a translator (a member of the "translator" group) may translate into."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="translator"
    )
    languages = models.JSONField(default=list)  # ["fr", "zh"]

    def __str__(self) -> str:
        return f"{self.user} ({', '.join(self.languages)})"


class Translation(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(max_length=8)
    credit = models.TextField(
        _("credit lines"), blank=True, help_text=_("one line each, e.g. Translated by ...")
    )
    glossary = models.TextField(
        _("glossary (YAML)"), blank=True, help_text=_("terms for this language pair")
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("language",)
        constraints = (
            models.UniqueConstraint(fields=["edition", "language"], name="fm_translation_lang"),
        )

    def __str__(self) -> str:
        return f"{self.edition.slug} {self.language}"

    def credit_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.credit.splitlines() if line.strip())


class TranslationUnit(models.Model):
    translation = models.ForeignKey(Translation, on_delete=models.CASCADE, related_name="units")
    segment = models.CharField(max_length=200)
    source = models.TextField()  # the source text the target was made from
    target = models.TextField(blank=True)
    state = models.CharField(max_length=12, default="untranslated")  # never "outdated"
    note = models.CharField(max_length=300, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=["translation", "segment"], name="fm_unit_segment"),
        )


class TranslationRevision(models.Model):
    """What a unit said before each change: who changed it, when, from which source."""

    translation = models.ForeignKey(Translation, on_delete=models.CASCADE, related_name="revisions")
    segment = models.CharField(max_length=200, db_index=True)
    source = models.TextField()
    target = models.TextField(blank=True)
    state = models.CharField(max_length=12)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created", "-id")


class TranslationPublication(models.Model):
    """A published translation: the draft version it translates and its units, frozen."""

    translation = models.OneToOneField(
        Translation, on_delete=models.CASCADE, related_name="publication"
    )
    version = models.ForeignKey(Version, on_delete=models.RESTRICT, related_name="+")
    units = models.JSONField()  # [[segment, source, target], ...]
    credit = models.JSONField(default=list)
    published = models.DateTimeField(auto_now=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
