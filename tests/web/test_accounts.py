"""Users without the command line: invitations by a signed, expiring e-mail link (the invitee
sets the password), password resets through Django's views, deactivation; mail only when a
mail server is configured, otherwise the admin is shown the link."""

from __future__ import annotations

import re
import time
from typing import Any
from unittest import mock

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from forum_messages.web import rules
from forum_messages.web.services import accounts

from .conftest import client_for

PASSWORD = "a-long-enough-passphrase"


def shown_link(page: str) -> str:
    found = re.search(r'readonly value="(http://testserver/[^"]+)"', page)
    assert found, "no link shown"
    return found.group(1).replace("&amp;", "&").removeprefix("http://testserver")


def test_invitation_without_mail_shows_the_link(users: dict[str, Any]) -> None:
    admin = client_for(users["admin"])
    mail.outbox.clear()
    data = {"email": "amina@example.org", "role": "translator", "languages": ["ar", "fr"]}
    r = admin.post("/staff/users/invite/", data)
    assert r.status_code == 302 and not mail.outbox  # nothing sent: no mail server
    page = admin.get(r["Location"]).content.decode()
    assert "No mail server is configured" in page
    link = shown_link(page)
    amina = get_user_model().objects.get(username="amina")
    assert amina.email == "amina@example.org" and not amina.has_usable_password()
    assert rules.role_of(amina) == "translator" and rules.languages_of(amina) == ["ar", "fr"]
    later = admin.get("/staff/users/").content.decode()
    assert "invited (no password yet)" in later and link not in later  # shown once
    guest = client_for(None)
    form = guest.get(link).content.decode()
    assert "<strong>amina</strong>" in form
    bad = guest.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD + "x"})
    assert bad.status_code == 200 and "didn’t match" in bad.content.decode()
    r = guest.post(link, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert r.status_code == 302 and r["Location"] == "/accounts/login/"
    assert guest.login(username="amina", password=PASSWORD)
    again = client_for(None).get(link)
    assert again.status_code == 400 and "used already" in again.content.decode()
    taken = admin.post("/staff/users/invite/", data | {"username": "someone"})
    assert "exists already" in admin.get(taken["Location"]).content.decode()


def test_invitation_mailed_and_expiring(users: dict[str, Any]) -> None:
    admin = client_for(users["admin"])
    mail.outbox.clear()
    with override_settings(MAIL_CONFIGURED=True):
        r = admin.post(
            "/staff/users/invite/",
            {"email": "li@example.org", "username": "li.wei", "role": "moderator"},
        )
    assert r.status_code == 302
    (sent,) = mail.outbox
    assert sent.to == ["li@example.org"] and "li.wei" in sent.body
    link = re.search(r"http://testserver(/accounts/invite/\S+/)", sent.body).group(1)  # type: ignore[union-attr]
    assert client_for(None).get(link).status_code == 200
    later = time.time() + (accounts.INVITE_DAYS + 1) * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=later):
        expired = client_for(None).get(link)
    assert expired.status_code == 400 and "expired" in expired.content.decode()
    forged = client_for(None).get(link[:-6] + "xxxxx/")
    assert forged.status_code == 400 and "not valid" in forged.content.decode()


def test_reset_link_shown_then_used(users: dict[str, Any]) -> None:
    admin = client_for(users["admin"])
    editor = users["editor"]
    r = admin.post(f"/staff/users/{editor.pk}/reset/")
    link = shown_link(admin.get(r["Location"]).content.decode())
    guest = client_for(None)
    r = guest.get(link)  # Django's view keeps the token in the session
    assert r.status_code == 302
    form = guest.get(r["Location"])
    assert "new_password1" in form.content.decode()
    r = guest.post(r["Location"], {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert r.status_code == 302 and r["Location"] == "/accounts/reset/done/"
    editor.refresh_from_db()
    assert editor.check_password(PASSWORD)
    used = client_for(None).get(link, follow=True).content.decode()
    assert "This link is not valid" in used


def test_forgot_password_page_mails_only_when_configured(users: dict[str, Any]) -> None:
    editor = users["editor"]
    editor.email = "ed@example.org"
    editor.save()
    mail.outbox.clear()
    login = client_for(None).get("/accounts/login/").content.decode()
    assert 'href="/accounts/password-reset/"' in login
    page = client_for(None).get("/accounts/password-reset/").content.decode()
    assert "This site sends no mail" in page and 'name="email"' not in page
    with override_settings(MAIL_CONFIGURED=True):
        r = client_for(None).post("/accounts/password-reset/", {"email": "ed@example.org"})
    assert r.status_code == 302 and r["Location"] == "/accounts/password-reset/sent/"
    (sent,) = mail.outbox
    assert sent.to == ["ed@example.org"] and "/accounts/reset/" in sent.body
    with override_settings(MAIL_CONFIGURED=True, LOGIN_LIMIT=3):
        codes = [
            client_for(None).post("/accounts/password-reset/", {"email": "ed@example.org"})
            for _ in range(3)
        ]
    assert [r.status_code for r in codes] == [302, 302, 429]  # the first request counts too
    assert len(mail.outbox) == 3


def test_deactivation(users: dict[str, Any]) -> None:
    admin = client_for(users["admin"])
    mod = users["moderator"]
    mod_client = client_for(mod)
    assert mod_client.get("/staff/").status_code == 200
    admin.post(f"/staff/users/{mod.pk}/active/", {})
    mod.refresh_from_db()
    assert not mod.is_active
    assert mod_client.get("/staff/").status_code == 302  # signed out
    assert "deactivated" in admin.get("/staff/users/").content.decode()
    admin.post(f"/staff/users/{mod.pk}/active/", {"active": "1"})
    mod.refresh_from_db()
    assert mod.is_active and rules.role_of(mod) == "moderator"
    r = admin.post(f"/staff/users/{users['admin'].pk}/active/", {})
    assert "cannot be deactivated" in admin.get(r["Location"]).content.decode()
    assert client_for(users["editor"]).post(f"/staff/users/{mod.pk}/active/").status_code == 403
