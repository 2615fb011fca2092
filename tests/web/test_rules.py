"""Roles and permissions: the whole matrix of rules x roles, and of pages x roles."""

from __future__ import annotations

from typing import Any

import pytest

from forum_messages.web import rules

from .conftest import client_for

Y, N = True, False
#                    admin editor moderator translator organiser public
EXPECTED = {
    "read_public": (Y, Y, Y, Y, Y, Y),
    "comment": (Y, Y, Y, Y, Y, Y),
    "see_dashboard": (Y, Y, Y, Y, N, N),
    "manage_editions": (Y, Y, N, N, N, N),
    "curate": (Y, Y, N, N, N, N),
    "moderate": (Y, Y, Y, N, N, N),
    "see_contact": (Y, N, Y, N, N, N),
    "answer": (Y, Y, N, N, N, N),
    "publish": (Y, Y, N, N, N, N),
    "translate": (Y, Y, N, Y, N, N),
    "confirm_takeaways": (N, N, N, N, Y, N),
    "manage_users": (Y, N, N, N, N, N),
}


def test_every_rule_is_in_the_expected_matrix() -> None:
    assert set(EXPECTED) == set(rules.RULES)


@pytest.mark.parametrize("rule", sorted(EXPECTED))
def test_rule_matrix(rule: str, users: dict[str, Any]) -> None:
    got = tuple(rules.can(users[r], rule) for r in rules.ROLES)
    assert got == EXPECTED[rule]
    assert rules.can(None, rule) == EXPECTED[rule][-1]  # anonymous visitor = public


def test_roles(users: dict[str, Any]) -> None:
    assert [rules.role_of(users[r]) for r in rules.ROLES] == list(rules.ROLES)
    users["editor"].is_active = False
    assert rules.role_of(users["editor"]) == "public"


def test_unknown_rule_is_an_error(users: dict[str, Any]) -> None:
    with pytest.raises(KeyError):
        rules.can(users["admin"], "delete_everything")


# Pages (GET) and the rule that guards each; "{s}" is the edition's slug.
PAGES = [
    ("/e/{s}/", "read_public"),
    ("/e/{s}/theme/trust/", "read_public"),
    ("/e/{s}/handled/", "read_public"),
    ("/e/{s}/comments.csv", "read_public"),
    ("/staff/", "see_dashboard"),
    ("/staff/e/{s}/", "see_dashboard"),
    ("/staff/users/", "manage_users"),
    ("/staff/e/{s}/curate/", "curate"),
    ("/staff/e/{s}/not-reflected/", "curate"),
    ("/staff/e/{s}/versions/", "curate"),
    ("/staff/e/{s}/versions/1/", "curate"),
    ("/staff/e/{s}/versions/1/text/", "curate"),
    ("/staff/e/{s}/moderate/", "moderate"),
    ("/staff/e/{s}/answers/", "answer"),
    ("/staff/e/{s}/translations/", "translate"),
    ("/staff/e/{s}/details/", "manage_editions"),
    ("/staff/e/{s}/organisers/", "manage_editions"),
    ("/staff/organiser/", "confirm_takeaways"),
]
# Actions (POST) that must be refused to roles without the rule (nothing changes).
ACTIONS = [
    ("/staff/new/", "manage_editions"),
    ("/staff/e/{s}/run/", "manage_editions"),
    ("/staff/e/{s}/settings/", "manage_editions"),
    ("/staff/e/{s}/publish/final/", "publish"),
    ("/staff/e/{s}/versions/1/restore/", "curate"),
    ("/staff/e/{s}/moderate/set/", "moderate"),
    ("/staff/e/{s}/answers/set/", "answer"),
    ("/staff/e/{s}/answers/template/", "answer"),
    ("/staff/e/{s}/translations/start/", "manage_editions"),
    ("/staff/e/{s}/details/", "manage_editions"),
    ("/staff/e/{s}/organisers/", "manage_editions"),
]


def test_page_matrix(published: Any, users: dict[str, Any]) -> None:
    slug = published.slug
    for role in rules.ROLES:
        for who in (users[role], None) if role == "public" else (users[role],):
            c = client_for(who)
            for url, rule in PAGES:
                r = c.get(url.format(s=slug))
                if url == "/staff/" and role == rules.ORGANISER:  # to its own sessions
                    assert r.status_code == 302 and r["Location"] == "/staff/organiser/"
                elif rules.RULES[rule] & {role}:
                    assert r.status_code == 200, (role, url, r.status_code)
                elif who is None:
                    assert r.status_code == 302 and "/accounts/login/" in r["Location"], url
                else:
                    assert r.status_code == 403, (role, url, r.status_code)


def test_action_matrix_refuses(published: Any, users: dict[str, Any]) -> None:
    from forum_messages.web.models import Version

    slug = published.slug
    before = Version.objects.count()
    for role in rules.ROLES:
        c = client_for(users[role])
        for url, rule in ACTIONS:
            if role in rules.RULES[rule]:
                continue
            r = c.post(url.format(s=slug), {})
            assert r.status_code == 403, (role, url, r.status_code)
    assert Version.objects.count() == before


def test_contact_details_only_for_moderators_and_admins(
    published: Any, users: dict[str, Any]
) -> None:
    from forum_messages.web.services import comments

    comments.submit(
        published,
        comments.Target("draft"),
        {"text": "A comment with contact.", "email": "someone@example.org"},
        "10.0.0.1",
        comments.new_token(),
    )
    for role, sees in (("admin", True), ("moderator", True), ("editor", False)):
        page = client_for(users[role]).get(f"/staff/e/{published.slug}/moderate/").content
        assert (b"someone@example.org" in page) is sees, role
    public = client_for(None).get(f"/e/{published.slug}/comments.csv").getvalue()
    assert b"someone@example.org" not in public
