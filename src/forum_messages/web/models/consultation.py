"""Bulk imports of consultation responses: one row per import, with what it read and the rows
it set aside (the comments themselves are in review.Comment).

While an import runs its comments are written, a chunk per short transaction, to the staging
tables below, which no page reads; one last short transaction copies them into the comments
(services/consultstage). An import that is not ``finished`` is not listed; one that failed
is deleted with its staged rows, and one cut off (its process killed) by the next import or
when ``serve`` starts."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from forum_messages.web.models.inputs import Edition


class ConsultationImport(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="imports")
    file_name = models.CharField(max_length=255)
    columns = models.CharField(max_length=1000)  # the column map, as written on the command line
    created = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responses = models.IntegerField(default=0)  # rows read, rejected ones included
    comments = models.IntegerField(default=0)  # comments written (one per answer)
    campaigns = models.IntegerField(default=0)  # campaigns made or joined
    rejected = models.IntegerField(default=0)
    rejects = models.JSONField(default=list)  # the first rejects: file, row, field, reason, id
    finished = models.BooleanField(default=True)  # False while its rows are being staged
    indexed = models.BooleanField(default=True)  # its comments are in the text index
    indexed_upto = models.BigIntegerField(default=0)  # the last comment id indexed so far
    stager = models.CharField(max_length=80, blank=True)  # services/staged.new_key()

    class Meta:
        ordering = ("-created", "-id")

    def __str__(self) -> str:
        return f"import {self.pk} of {self.file_name}"


class StagedComment(models.Model):
    """A comment of an unfinished import (the columns an imported comment sets itself;
    ``grp`` is the number of its group in the import's campaign finder)."""

    batch = models.ForeignKey(ConsultationImport, on_delete=models.CASCADE, related_name="+")
    seq = models.IntegerField()
    grp = models.IntegerField()
    token = models.CharField(max_length=40)
    target = models.CharField(max_length=10)
    theme_key = models.CharField(max_length=40, blank=True)
    text = models.TextField()
    name = models.CharField(max_length=200, blank=True)
    stakeholder_group = models.CharField(max_length=100, blank=True)
    region = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=100, blank=True)
    language = models.CharField(max_length=10, blank=True)
    fingerprint = models.CharField(max_length=64)
    response_id = models.CharField(max_length=200, blank=True)
    question = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("batch", "seq"), name="fm_staged_comment_seq"),
        )


class StagedKey(models.Model):
    """An index key of a staged comment that heads its group (see review.CommentKey)."""

    batch = models.ForeignKey(ConsultationImport, on_delete=models.CASCADE, related_name="+")
    seq = models.IntegerField()
    key = models.BigIntegerField()

    class Meta:
        indexes = (models.Index(fields=("batch", "seq"), name="fm_staged_key_seq"),)


class StagedGroup(models.Model):
    """The campaign a group of the import joins (made or found in the last transaction)."""

    batch = models.ForeignKey(ConsultationImport, on_delete=models.CASCADE, related_name="+")
    grp = models.IntegerField()
    campaign_id = models.BigIntegerField()

    class Meta:
        constraints = (
            models.UniqueConstraint(fields=("batch", "grp"), name="fm_staged_group_grp"),
        )


class StagedAddition(models.Model):
    """What one wording (by fingerprint) of a group adds to its campaign's text."""

    batch = models.ForeignKey(ConsultationImport, on_delete=models.CASCADE, related_name="+")
    grp = models.IntegerField()
    fingerprint = models.CharField(max_length=64)
    addition = models.TextField()

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=("batch", "grp", "fingerprint"), name="fm_staged_addition_fp"
            ),
        )
