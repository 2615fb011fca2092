"""Bulk imports of consultation responses: one row per import that was written, with what
it read and the rows it set aside (the comments themselves are in review.Comment)."""

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

    class Meta:
        ordering = ("-created", "-id")

    def __str__(self) -> str:
        return f"import {self.pk} of {self.file_name}"
