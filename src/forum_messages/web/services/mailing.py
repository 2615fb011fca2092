"""E-mail to commenters: a confirmation when a comment is taken and a note when it is
answered, each with a link to the comment and an unsubscribe link.

Nothing is sent when mail is not configured (no FORUM_MESSAGES_EMAIL_HOST), for a comment
without a name or an e-mail address, to an address that unsubscribed, nor a confirmation to
an address already given in MAX_CONFIRMATIONS_PER_HOUR comments in the past hour. Mail is
written in the commenter's language once the comment (or answer) is committed and handed to
one background sender, so a slow or broken mail server never delays or breaks the page; a
failure is logged.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from forum_messages.errors import ConfigError
from forum_messages.web.models import Comment, MailOptOut

log = logging.getLogger(__name__)
SALT = "fm-unsubscribe"
MAX_CONFIRMATIONS_PER_HOUR = 5
_SENDER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fm-mail")


def configured() -> bool:
    return bool(getattr(settings, "EMAIL_HOST", ""))


def check_settings() -> None:
    """Refuse a mail server port that is not a port number (``serve`` calls this)."""
    raw = str(getattr(settings, "EMAIL_PORT_SETTING", ""))
    if raw and not (raw.isdigit() and 1 <= int(raw) <= 65535):
        raise ConfigError(f"FORUM_MESSAGES_EMAIL_PORT={raw!r}: give a port number (1-65535)")


def _hash(address: str) -> str:
    return hashlib.sha256(address.strip().lower().encode("utf-8")).hexdigest()


def unsubscribe_token(address: str) -> str:
    return signing.dumps(address.strip().lower(), salt=SALT)


def unsubscribe(token: str) -> str | None:
    """Record the opt-out the signed token stands for; the address, or None if the token is
    not one of ours."""
    try:
        address = str(signing.loads(token, salt=SALT))
    except signing.BadSignature:
        return None
    MailOptOut.objects.get_or_create(address=_hash(address))
    return address


def opted_out(address: str) -> bool:
    return MailOptOut.objects.filter(address=_hash(address)).exists()


def wants_mail(comment: Comment) -> bool:
    return bool(
        configured()
        and comment.email
        and comment.name
        and comment.state != Comment.SPAM
        and not opted_out(comment.email)
    )


def flooded(comment: Comment) -> bool:
    """Many earlier comments with this address in the last hour: no more confirmations for
    now (the form cannot be used to fill someone's mailbox)."""
    since = comment.created - timedelta(hours=1)
    earlier = Comment.objects.filter(
        email__iexact=comment.email, created__gte=since, pk__lt=comment.pk
    )
    return earlier.count() >= MAX_CONFIRMATIONS_PER_HOUR


def _write(comment: Comment, kind: str, site: str) -> EmailMessage:
    """The mail (``kind``: taken or answered) in the commenter's language."""
    ed = comment.edition
    with translation.override(comment.language or settings.LANGUAGE_CODE):
        ctx = {
            "comment": comment,
            "edition": ed,
            "title": ed.title,
            "permalink": site + reverse("fm:comment_page", args=[ed.slug, comment.pk]),
            "handled": site + reverse("fm:handled", args=[ed.slug]),
            "unsubscribe": site
            + reverse("fm:unsubscribe")
            + "?t="
            + unsubscribe_token(comment.email),
        }
        subject = " ".join(render_to_string(f"fm/mail/{kind}_subject.txt", ctx).split())
        body = render_to_string(f"fm/mail/{kind}.txt", ctx)
    msg = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [comment.email])
    msg.extra_headers["List-Unsubscribe"] = f"<{ctx['unsubscribe']}>"
    return msg


def _deliver(msg: EmailMessage) -> None:
    try:
        msg.send(fail_silently=False)
    except Exception:  # a mail server's trouble must never reach the commenter's page
        log.warning("mail to a commenter could not be sent", exc_info=True)


def _queue(messages: list[EmailMessage]) -> list[Future[None]]:
    return [_SENDER.submit(_deliver, m) for m in messages]


def wait_sent(timeout: float = 30) -> None:
    """Wait until the mail handed over so far has been sent (or has failed)."""
    _SENDER.submit(lambda: None).result(timeout=timeout)


def after_commit(comments: Iterable[Comment], kind: str, site: str) -> None:
    """Mail each commenter who wants it, once the current transaction is committed."""
    chosen = [c.pk for c in comments]

    def send() -> None:
        try:
            rows = Comment.objects.filter(pk__in=chosen).select_related("edition", "disposition")
            to_mail = [c for c in rows if wants_mail(c)]
            if kind == "taken":
                to_mail = [c for c in to_mail if not flooded(c)]
            _queue([_write(c, kind, site) for c in to_mail])
        except Exception:
            log.warning("mail to commenters could not be prepared", exc_info=True)

    if configured() and chosen:
        transaction.on_commit(send)
