"""Content-Security-Policy on every page; failed sign-ins throttled per account and address."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.test import Client, override_settings
from django.utils import timezone

from forum_messages.web.models import LoginFailure

from .conftest import client_for, make_user

WRONG = "not-the-password"


def _policy(resp: Any) -> dict[str, str]:
    header = resp["Content-Security-Policy"]
    return {d.split(" ", 1)[0]: d.split(" ", 1)[1] for d in header.split("; ")}


def test_every_kind_of_page_has_a_policy_without_scripts(
    published: Any, users: dict[str, Any]
) -> None:
    slug = published.slug
    anon, editor = Client(), client_for(users["editor"])
    pages = [
        (anon, "/"),
        (anon, f"/e/{slug}/"),
        (anon, f"/e/{slug}/comment/draft/"),
        (anon, "/accounts/login/"),
        (anon, f"/e/{slug}/export/draft.html"),
        (anon, "/no-such-page/"),
        (editor, "/staff/"),
        (editor, f"/staff/e/{slug}/"),
        (editor, f"/staff/e/{slug}/curate/"),
    ]
    for client, path in pages:
        resp = client.get(path)
        policy = _policy(resp)
        assert policy["default-src"] == "'none'" and policy["script-src"] == "'none'", path
        assert policy["frame-ancestors"] == "'none'" and policy["form-action"] == "'self'"
        assert "http" not in resp["Content-Security-Policy"]  # nothing from other sites


def _login(client: Client, username: str, password: str) -> Any:
    return client.post("/accounts/login/", {"username": username, "password": password})


def test_ten_failures_lock_the_account_even_for_the_right_password(users: dict[str, Any]) -> None:
    ed = users["editor"]
    right = "pw-" + ed.username * 3
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(10):
        r = _login(guesser, ed.username, WRONG)
        assert r.status_code == 200 and "did not match" in r.content.decode()
    # From another address too: the account is what is being guessed.
    owner = Client(REMOTE_ADDR="198.51.100.4")
    r = _login(owner, ed.username, right)
    assert r.status_code == 429
    assert "Too many failed sign-ins" in r.content.decode()
    assert "_auth_user_id" not in owner.session
    # The rows keep keyed hashes, never the name that was typed.
    assert not LoginFailure.objects.filter(account__icontains=ed.username).exists()
    # A quarter of an hour later, the right password works and clears the failures.
    LoginFailure.objects.update(created=timezone.now() - timedelta(minutes=16))
    r = _login(owner, ed.username, right)
    assert r.status_code == 302 and owner.session["_auth_user_id"] == str(ed.pk)


def test_ten_failures_from_one_address_stop_that_address(users: dict[str, Any]) -> None:
    other = make_user("victim", "editor")
    sprayer = Client(REMOTE_ADDR="203.0.113.50")
    for n in range(10):
        assert _login(sprayer, f"someone{n}", WRONG).status_code == 200
    assert _login(sprayer, other.username, "pw-" + "victim" * 3).status_code == 429
    # The same account from another address is not affected.
    elsewhere = Client(REMOTE_ADDR="198.51.100.77")
    assert _login(elsewhere, other.username, "pw-" + "victim" * 3).status_code == 302


def test_a_success_clears_the_account_failures(users: dict[str, Any]) -> None:
    ed = users["moderator"]
    right = "pw-" + ed.username * 3
    c = Client(REMOTE_ADDR="198.51.100.8")
    for _ in range(9):
        _login(c, ed.username, WRONG)
    assert _login(c, ed.username, right).status_code == 302
    c2 = Client(REMOTE_ADDR="198.51.100.9")
    for _ in range(9):
        assert _login(c2, ed.username, WRONG).status_code == 200
    assert _login(c2, ed.username, right).status_code == 302  # 9 new failures, not 18


def test_reset_requests_never_lock_out_signing_in(users: dict[str, Any]) -> None:
    """Reset requests count on their own: flooding them from an address is refused, yet the
    same address can still sign in, and failed sign-ins leave reset requests alone."""
    ed = users["editor"]
    here = Client(REMOTE_ADDR="192.0.2.77")
    with override_settings(MAIL_CONFIGURED=True, LOGIN_LIMIT=3):
        codes = [
            here.post("/accounts/password-reset/", {"email": ed.email or "ed@example.org"})
            for _ in range(4)
        ]
        assert [r.status_code for r in codes] == [302, 302, 302, 429]
        r = _login(here, ed.username, "pw-" + ed.username * 3)
        assert r.status_code == 302  # signed in
        other = Client(REMOTE_ADDR="192.0.2.78")
        for _ in range(3):
            _login(other, ed.username + "-nobody", WRONG)
        assert _login(other, ed.username, "pw-" + ed.username * 3).status_code == 429
        r = other.post("/accounts/password-reset/", {"email": "someone@example.org"})
        assert r.status_code == 302
