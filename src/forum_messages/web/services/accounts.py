"""Staff accounts: invitations by e-mail link, password-reset links, deactivation.

An invitation is a signed link that expires after INVITE_DAYS and works once: it carries a
digest of the account's password field, which changes when the invitee sets a password.
Mail goes through Django's mail framework, and only when a mail server is configured
(``settings.MAIL_CONFIGURED``); otherwise nothing is sent and the caller shows the link to
the admin, who passes it on.
"""

from __future__ import annotations

import logging
import smtplib
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from forum_messages.errors import ForumMessagesError
from forum_messages.model import UN_LANGUAGES
from forum_messages.web import rules

INVITE_SALT = "forum_messages.web.invite"
INVITE_DAYS = 7
log = logging.getLogger(__name__)


class AccountError(ForumMessagesError):
    """An account change that cannot be made; the message says why."""


def mail_configured() -> bool:
    return bool(getattr(settings, "MAIL_CONFIGURED", False))


def send(to: str, subject: str, body: str) -> bool:
    """Send one mail; False (nothing sent) when no mail server is configured, there is no
    address, or the server refused it (the caller then shows the link instead)."""
    if not mail_configured() or not to:
        return False
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
    except (smtplib.SMTPException, OSError) as exc:
        log.warning("mail to %s not sent: %s", to, exc)
        return False
    return True


def check_languages(role: str, languages: list[str]) -> list[str]:
    bad = [lang for lang in languages if lang not in UN_LANGUAGES]
    if bad or (role == rules.TRANSLATOR and not languages):
        raise AccountError(
            "a translator needs one or more languages among " + " ".join(UN_LANGUAGES)
        )
    return languages if role == rules.TRANSLATOR else []


def _state(user: Any) -> str:
    return salted_hmac(INVITE_SALT, f"{user.pk}:{user.password}").hexdigest()[:20]


def invite_token(user: Any) -> str:
    return signing.dumps({"u": user.pk, "s": _state(user)}, salt=INVITE_SALT)


def invite_link(request: Any, user: Any) -> str:
    return request.build_absolute_uri(reverse("fm:invite", args=[invite_token(user)]))


def invited_user(token: str) -> Any:
    """The account an invitation link is for, or AccountError saying why the link is refused."""
    try:
        data = signing.loads(token, salt=INVITE_SALT, max_age=INVITE_DAYS * 24 * 3600)
    except signing.SignatureExpired as exc:
        raise AccountError("this invitation has expired; ask for a new one") from exc
    except signing.BadSignature as exc:
        raise AccountError("this invitation link is not valid") from exc
    user = get_user_model().objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        raise AccountError("this invitation link is not valid")
    if not constant_time_compare(str(data.get("s", "")), _state(user)):
        raise AccountError("this invitation was used already: sign in, or reset your password")
    return user


@transaction.atomic
def invite(email: str, username: str, role: str, languages: list[str]) -> Any:
    """A new account without a password, with its role; the invitee sets the password."""
    User = get_user_model()
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError as exc:
        raise AccountError(f"'{email}' is not an e-mail address") from exc
    username = username.strip() or email.split("@")[0]
    if User.objects.filter(username=username).exists():
        raise AccountError(f"the user name '{username}' is taken; choose another")
    if User.objects.filter(email__iexact=email).exists():
        raise AccountError(f"an account with the address {email} exists already")
    langs = check_languages(role, languages)
    user = User.objects.create_user(username=username, email=email)  # no usable password
    rules.set_role(user, role, langs)
    return user


def reset_token(user: Any) -> tuple[str, str]:
    """The two parts of a link to Django's password-reset page for ``user`` (works once)."""
    return urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)


def set_active(user: Any, active: bool, by: Any) -> None:
    """Deactivate an account (it can no longer sign in; nothing it did is removed) or
    activate it again. Admins and one's own account are left alone."""
    if user.is_superuser:
        raise AccountError("an admin account cannot be deactivated here")
    if user.pk == getattr(by, "pk", None):
        raise AccountError("you cannot deactivate your own account")
    user.is_active = active
    user.save(update_fields=["is_active"])
