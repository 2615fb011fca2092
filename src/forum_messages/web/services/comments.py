"""Public comments: window check, honeypot, rate limit, sanitising, campaigns, moderation."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_noop

from forum_messages.errors import ForumMessagesError
from forum_messages.nlp import minhash as campaigns
from forum_messages.web.models import (
    Campaign,
    Comment,
    CommentKey,
    Edition,
    Message,
    Publication,
    Topic,
)
from forum_messages.web.services import commenttally
from forum_messages.web.services.dblock import DatabaseBusy, retry_conflicts, retry_locked
from forum_messages.web.services.publishing import (
    current_draft_publication,
    published_snapshot,
    window_state,
)
from forum_messages.web.services.sanitise import clean_line, clean_text

MAX_COMMENT_CHARS = 5000
FIELDS = ("text", "name", "email", "stakeholder_group", "region", "country", "website")
MIN_COMMENT_CHARS = 3


class CommentError(ForumMessagesError):
    """The comment cannot be taken; the message says why (shown to the commenter)."""


class RateLimited(CommentError):
    pass


class Busy(CommentError):
    """The database stayed locked (a long import, say): nothing was stored."""


@dataclass(frozen=True)
class Target:
    kind: str  # draft | theme | topic | message
    key: str = ""  # theme key, topic uid or message uid

    def label(self) -> str:
        return self.kind if self.kind == "draft" else f"{self.kind} {self.key}"


def client_hash(address: str) -> str:
    """The commenter's address, hashed with the site's secret (the address is not kept)."""
    return hashlib.sha256(f"{settings.SECRET_KEY}|{address}".encode()).hexdigest()[:32]


def new_token() -> str:
    return secrets.token_hex(16)


def resolve_target(pub: Publication, target: Target) -> tuple[str, Topic | None, Message | None]:
    """(theme key, topic row, message row) of a target in the published snapshot."""
    snap = published_snapshot(pub)
    draft = pub.version.draft_id
    if target.kind == "draft":
        return "", None, None
    for th in snap["themes"]:
        if target.kind == "theme" and th["key"] == target.key:
            return th["key"], None, None
        for tp in th["topics"]:
            if target.kind == "topic" and tp["uid"] == target.key:
                return th["key"], Topic.objects.get(draft_id=draft, uid=tp["uid"]), None
            for m in tp["messages"]:
                if target.kind == "message" and m["uid"] == target.key:
                    row = Message.objects.select_related("topic").get(draft_id=draft, uid=m["uid"])
                    return th["key"], row.topic, row
    raise CommentError(
        gettext_noop("this part of the draft does not exist; go back to the draft and try again")
    )


def _check_fields(edition: Edition, data: dict[str, str]) -> dict[str, str]:
    text = clean_text(data.get("text", ""))
    if len(text) < MIN_COMMENT_CHARS:
        raise CommentError(gettext_noop("please write your comment (at least a few words)"))
    if len(text) > MAX_COMMENT_CHARS:
        raise CommentError(gettext_noop("the comment is too long (at most 5000 characters)"))
    name = _within(data, "name", gettext_noop("the name is too long (at most 200 characters)"))
    if not name and not edition.allow_anonymous:
        raise CommentError(
            gettext_noop("please give your name: this review does not take anonymous comments")
        )
    email = clean_line(data.get("email", ""))
    if email:
        if len(email) > 254:  # cut to fit the column, it was another address
            raise CommentError(gettext_noop("the e-mail address does not look right"))
        try:
            validate_email(email)
        except DjangoValidationError as exc:
            raise CommentError(gettext_noop("the e-mail address does not look right")) from exc
    group = _within(
        data,
        "stakeholder_group",
        gettext_noop("the stakeholder group is too long (at most 100 characters)"),
    )
    groups = set(edition.core().stakeholder_groups)
    if group and groups and group not in groups and group != "Other":
        raise CommentError(gettext_noop("choose a stakeholder group from the list"))
    return {
        "text": text,
        "name": name,
        "email": email,
        "stakeholder_group": group,
        "region": _within(
            data, "region", gettext_noop("the region is too long (at most 100 characters)")
        ),
        "country": _within(
            data, "country", gettext_noop("the country is too long (at most 100 characters)")
        ),
        "language": clean_line(data.get("language", ""))[:10],
    }


def _within(data: dict[str, str], field: str, too_long: str) -> str:
    """The cleaned one-line value of ``field``, refused with ``too_long`` when it is longer
    than its column (a script can send more than the form's maxlength): cut to fit, it was
    stored as another text than the one sent, without a word."""
    value = clean_line(data.get(field, ""))
    if len(value) > Comment._meta.get_field(field).max_length:
        raise CommentError(too_long)
    return value


def submit(
    edition: Edition,
    target: Target,
    data: dict[str, str],
    address: str,
    token: str,
    now: Any = None,
    pub: Publication | None = None,
    on_new: Callable[[Comment], None] | None = None,
) -> Comment:
    """Take a public comment, or raise CommentError saying why not.

    A filled honeypot field stores the comment as spam (it is kept, never shown). The same
    form ``token`` twice gives the same comment (a double submit is stored once).
    ``on_new`` is called with the comment, in the transaction that stores it, only when the
    comment is new (not for a double submit).
    """
    now = now or timezone.now()
    pub = pub or current_draft_publication(edition)
    if pub is None or window_state(pub, now) != "open":
        raise CommentError(
            gettext_noop("the review is not open: comments are taken only during the review period")
        )
    if not token or len(token) > 40 or not token.isalnum():
        raise CommentError(
            gettext_noop("the form has expired; reload the page and send your comment again")
        )
    fields = _check_fields(edition, data)
    theme_key, topic, message = resolve_target(pub, target)
    client = client_hash(address)
    limit = settings.RATE_LIMIT if not data.get("website") else 0
    since = now - timedelta(seconds=settings.RATE_WINDOW_SECONDS)
    if limit:  # early, before the campaign look-up; counted again where the comment is stored
        _check_rate(client, since, limit)
    state = Comment.PENDING if edition.premoderate else Comment.VISIBLE
    if data.get("website"):
        state = Comment.SPAM
    keys = campaigns.keys(fields["text"])
    comment = Comment(
        edition=edition,
        publication=pub,
        target=target.kind,
        theme_key=theme_key,
        topic=topic,
        message=message,
        state=state,
        client=client,
        token=token,
        fingerprint=campaigns.fingerprint(fields["text"]),
        **fields,
    )
    best = _best_match(comment, keys) if state != Comment.SPAM else None  # before the lock

    def write() -> None:
        with transaction.atomic():
            if limit:  # counted and stored in one transaction, one at a time per address
                _serialise_client(client)
                _check_rate(client, since, limit)
            if best is not None:
                _join(comment, best)
            comment.save()
            if state != Comment.SPAM and best is None:  # a campaign is found by its first text
                CommentKey.objects.bulk_create(
                    CommentKey(comment=comment, edition=edition, key=k) for k in keys
                )
            if on_new is not None:
                on_new(comment)

    try:
        retry_locked(write)
    except DatabaseBusy as exc:
        raise Busy(
            gettext_noop(
                "the site is busy and your comment is not saved yet; "
                "please send it again in a moment"
            )
        ) from exc
    except IntegrityError:  # the same token raced in
        found = Comment.objects.filter(token=token).first()
        if found is None:
            raise
        return found
    return comment


#: the namespace of the PostgreSQL advisory locks taken by ``_serialise_client`` (any constant
#: other than commenttally's)
CLIENT_LOCK_SPACE = 0x666E


def _serialise_client(client: str) -> None:
    """Inside the transaction that stores a comment, wait for the other comments from the same
    address being stored to be committed, so that each counts those before it. PostgreSQL:
    a transaction-level advisory lock per address (a row lock would need a row to lock);
    SQLite writes one transaction at a time (the site's transactions take the write lock as
    they begin; under a ``sqlite://`` DATABASE_URL a transaction that read before another's
    write is refused as locked and run again by ``retry_locked``)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        key = int(client[:8] or "0", 16) % 2**31
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [CLIENT_LOCK_SPACE, key])


def _check_rate(client: str, since: Any, limit: int) -> None:
    if Comment.objects.filter(client=client, created__gte=since).count() >= limit:
        raise RateLimited(
            gettext_noop("you have sent many comments in a short time; please wait a few minutes")
        )


def _best_match(comment: Comment, keys: list[int]) -> Comment | None:
    """The earlier comment this one is a near-copy of, if any: an index look-up on the text's
    keys (the same words, a shared MinHash band or a shared long sentence), then the shingle
    check (``campaigns.related``) over at most 50 candidates, those sharing most keys first."""
    by_key = (
        CommentKey.objects.filter(edition=comment.edition, key__in=keys)
        .values("comment_id")
        .annotate(n=Count("id"))
        .order_by("-n", "comment_id")
        .values_list("comment_id", flat=True)[:50]
    )
    same = Comment.objects.filter(
        edition=comment.edition, fingerprint=comment.fingerprint
    ).values_list("id", flat=True)[:1]
    ids = list(dict.fromkeys([*same, *by_key]))
    found = {
        c.pk: c
        for c in Comment.objects.filter(pk__in=ids)
        .exclude(state=Comment.SPAM)
        .select_related("campaign")
        .only("id", "text", "fingerprint", "campaign__base_text")
    }
    mine = campaigns.shingles(comment.text)
    for pk in ids:
        c = found.get(pk)
        if c is None:
            continue
        base = c.campaign.base_text if c.campaign else c.text  # near the campaign's own text
        if c.fingerprint == comment.fingerprint or campaigns.related(
            mine, campaigns.shingles(base)
        ):
            comment.addition = campaigns.addition(comment.text, base)
            return c
    return None


def _join(comment: Comment, best: Comment) -> None:
    """Put ``comment`` in ``best``'s campaign (made now if ``best`` has none yet)."""
    campaign_id = Comment.objects.filter(pk=best.pk).values_list("campaign_id", flat=True).first()
    campaign = Campaign.objects.filter(pk=campaign_id).first() if campaign_id else None
    if campaign is None:
        campaign = Campaign.objects.create(edition=comment.edition, base_text=best.text)
        Comment.objects.filter(pk=best.pk).update(campaign=campaign)
    comment.campaign = campaign


@retry_conflicts
@transaction.atomic
def moderate(comments: list[Comment], state: str, user: Any) -> int:
    """Set the state of comments (pending, visible, hidden, spam); nothing is deleted."""
    if state not in dict(Comment.STATES):
        raise CommentError(f"unknown state {state!r}")
    commenttally.serialise(comments)
    ids = [c.pk for c in comments]
    return Comment.objects.filter(pk__in=ids).update(
        state=state, moderated_by=user, moderated=timezone.now()
    )
