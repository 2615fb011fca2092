"""What organisers change in the takeaways drafted from their sessions' transcripts."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from forum_messages.web.models.inputs import Session


class TakeawayChange(models.Model):
    """One change an organiser made to a drafted item: who, when, which list, the text before
    and after (empty before: added; empty after: removed; both the same: confirmed)."""

    EDITED, ADDED, REMOVED, CONFIRMED = "edited", "added", "removed", "confirmed"
    ACTIONS = (
        (EDITED, _("edited")),
        (ADDED, _("added")),
        (REMOVED, _("removed")),
        (CONFIRMED, _("confirmed")),
    )

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20)  # key_takeaway | call_to_action
    action = models.CharField(max_length=10, choices=ACTIONS)
    before = models.TextField(blank=True)
    after = models.TextField(blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("-created", "-id")
