"""The review: comments (moderated through explicit states, never deleted), campaigns of
near-identical comments, dispositions (the answer to each comment) and answer templates."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from forum_messages.web.models.draft import Message, Publication, Topic
from forum_messages.web.models.inputs import Edition

DISPOSITIONS = [
    ("accepted", _("accepted")),
    ("partly", _("partly accepted")),
    ("noted", _("noted")),
    ("not_accepted", _("not accepted")),
    ("out_of_scope", _("out of scope")),
]


class Campaign(models.Model):
    """Near-identical comments, grouped: counted and shown once, never dropped."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="campaigns")
    base_text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
    # kept by database triggers on every write of a comment or an answer (services/commenttally)
    size = models.IntegerField(default=0)
    visible = models.IntegerField(default=0)
    answered = models.IntegerField(default=0)

    class Meta:
        indexes = (
            # the campaigns list: the largest first, a page at a time from a (size, id) key
            models.Index(fields=("edition", "-size", "id"), name="fm_campaign_size"),
        )


class Comment(models.Model):
    PENDING, VISIBLE, HIDDEN, SPAM = "pending", "visible", "hidden", "spam"
    STATES = (
        (PENDING, _("pending")),
        (VISIBLE, _("visible")),
        (HIDDEN, _("hidden")),
        (SPAM, _("spam")),
    )
    TARGETS = (
        ("draft", _("whole draft")),
        ("theme", _("theme")),
        ("topic", _("sub-topic")),
        ("message", _("message")),
    )

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="comments")
    publication = models.ForeignKey(Publication, on_delete=models.RESTRICT, related_name="+")
    target = models.CharField(max_length=10, choices=TARGETS)
    theme_key = models.CharField(max_length=40, blank=True)
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.RESTRICT, related_name="comments"
    )
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.RESTRICT, related_name="comments"
    )
    text = models.TextField()
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    stakeholder_group = models.CharField(max_length=100, blank=True)
    region = models.CharField(max_length=100, blank=True)
    country = models.CharField(max_length=100, blank=True)
    language = models.CharField(max_length=10, blank=True)
    state = models.CharField(max_length=10, choices=STATES, default=PENDING, db_index=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)
    client = models.CharField(max_length=64, blank=True, db_index=True)  # hash of the address
    token = models.CharField(max_length=40, unique=True)  # idempotency: one row per submission
    fingerprint = models.CharField(max_length=64, db_index=True)
    campaign = models.ForeignKey(
        Campaign, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    addition = models.TextField(blank=True)  # what this comment adds to its campaign's text
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    moderated = models.DateTimeField(null=True, blank=True)
    # consultation responses imported in bulk (services/consultimport): the response's own id,
    # the question (answer column) the text answers, and the import it came with
    response_id = models.CharField(max_length=200, blank=True)
    question = models.CharField(max_length=200, blank=True)
    batch = models.ForeignKey(
        "fm.ConsultationImport",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imported",
    )

    class Meta:
        ordering = (
            "created",
            "id",
        )
        indexes = (
            # the moderation queue: one state of one edition, oldest first, a page at a time
            models.Index(fields=("edition", "state", "created", "id"), name="fm_comment_queue"),
            # the answers queue: visible comments, a campaign's together
            models.Index(
                fields=("edition", "state", "campaign", "created", "id"), name="fm_comment_answers"
            ),
            models.Index(fields=("edition", "response_id"), name="fm_comment_response"),
            # counts per theme and per stakeholder group of a queue or a group page, read
            # from the index alone (no comment row is read to count it)
            models.Index(fields=("edition", "state", "theme_key"), name="fm_comment_theme"),
            models.Index(
                fields=("edition", "stakeholder_group", "state"), name="fm_comment_group_state"
            ),
        )

    def __str__(self) -> str:
        return f"comment {self.pk}"

    def author(self) -> str:
        return self.name or str(_("Anonymous"))


class CommentKey(models.Model):
    """One index key of a comment's text (MinHash band or long sentence, nlp/minhash):
    comments sharing a key are the candidates for the same campaign. Only comments that
    joined no campaign have keys (a campaign is found through its first comment), so a
    campaign of thousands costs a look-up no more than a single comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="keys")
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="+")
    key = models.BigIntegerField()

    class Meta:
        indexes = (models.Index(fields=("edition", "key"), name="fm_commentkey_edition_key"),)


class CommentTally(models.Model):
    """How many comments an edition has per campaign (0: none), respondent group, state,
    answered or not and theme, kept by database triggers on every write of a comment or an
    answer (services/commenttally): a group page's summary is a sum over a few of these rows."""

    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="+")
    campaign = models.BigIntegerField(default=0)
    grp = models.CharField(max_length=100, blank=True)
    state = models.CharField(max_length=10)
    answered = models.BooleanField(default=False)
    theme = models.CharField(max_length=40, blank=True, default="")
    n = models.IntegerField(default=0)

    class Meta:
        constraints = (
            models.UniqueConstraint(
                fields=("edition", "campaign", "grp", "state", "answered", "theme"),
                name="fm_tally_key",
            ),
        )
        indexes = (models.Index(fields=("campaign",), name="fm_tally_campaign"),)


class MailOptOut(models.Model):
    """An e-mail address that asked for no more mail from the site (kept hashed)."""

    address = models.CharField(max_length=64, unique=True)  # sha256 of the lower-cased address
    created = models.DateTimeField(auto_now_add=True)


class ResponseTemplate(models.Model):
    edition = models.ForeignKey(Edition, on_delete=models.CASCADE, related_name="templates")
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=20, choices=DISPOSITIONS)
    text = models.TextField()

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Disposition(models.Model):
    comment = models.OneToOneField(Comment, on_delete=models.CASCADE, related_name="disposition")
    kind = models.CharField(max_length=20, choices=DISPOSITIONS)
    response = models.TextField()
    template = models.ForeignKey(
        ResponseTemplate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated = models.DateTimeField(auto_now=True)
