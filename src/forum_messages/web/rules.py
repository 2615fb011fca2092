"""Roles and permissions: small named rules, all in this module.

Roles: ``admin`` (a superuser), ``editor`` and ``moderator`` (members of the Django group of
that name), ``public`` (everyone else, signed in or not). A rule is a name and the roles it
allows; ``can(user, rule)`` is the only check views and templates use. The whole matrix is
tested in tests/web/test_rules.py.

==================  =====  ======  =========  ======
rule                admin  editor  moderator  public
==================  =====  ======  =========  ======
read_public         yes    yes     yes        yes
comment             yes    yes     yes        yes     (only while the review window is open)
see_dashboard       yes    yes     yes        no
manage_editions     yes    yes     no         no      (create, import reports, run the draft)
curate              yes    yes     no         no      (edit messages, versions, restore)
moderate            yes    yes     yes        no      (comment states: visible/hidden/spam)
see_contact         yes    no      yes        no      (e-mail addresses of commenters)
answer              yes    yes     no         no      (dispositions, templates)
publish             yes    yes     no         no      (draft for review, final text)
manage_users        yes    no      no         no
==================  =====  ======  =========  ======
"""

from __future__ import annotations

from typing import Any

ADMIN, EDITOR, MODERATOR, PUBLIC = "admin", "editor", "moderator", "public"
ROLES: tuple[str, ...] = (ADMIN, EDITOR, MODERATOR, PUBLIC)
STAFF_ROLES: tuple[str, ...] = (EDITOR, MODERATOR)

RULES: dict[str, frozenset[str]] = {
    "read_public": frozenset(ROLES),
    "comment": frozenset(ROLES),
    "see_dashboard": frozenset({ADMIN, EDITOR, MODERATOR}),
    "manage_editions": frozenset({ADMIN, EDITOR}),
    "curate": frozenset({ADMIN, EDITOR}),
    "moderate": frozenset({ADMIN, EDITOR, MODERATOR}),
    "see_contact": frozenset({ADMIN, MODERATOR}),
    "answer": frozenset({ADMIN, EDITOR}),
    "publish": frozenset({ADMIN, EDITOR}),
    "manage_users": frozenset({ADMIN}),
}


def role_of(user: Any) -> str:
    """The one role of a user: admin > editor > moderator > public."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return PUBLIC
    if user.is_superuser:
        return ADMIN
    cached: str | None = getattr(user, "_fm_role", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = next((r for r in STAFF_ROLES if r in names), PUBLIC)
        user._fm_role = cached
    return cached


def can(user: Any, rule: str) -> bool:
    """Whether ``user`` may do what ``rule`` names (KeyError for an unknown rule)."""
    return role_of(user) in RULES[rule]


def set_role(user: Any, role: str) -> None:
    """Give a (non-superuser) account one staff role, or none ("public")."""
    from django.contrib.auth.models import Group

    if role not in (EDITOR, MODERATOR, PUBLIC):
        raise ValueError(f"role must be editor, moderator or public, not {role!r}")
    user.groups.remove(*Group.objects.filter(name__in=STAFF_ROLES))
    if role != PUBLIC:
        group, _ = Group.objects.get_or_create(name=role)
        user.groups.add(group)
    if hasattr(user, "_fm_role"):
        del user._fm_role


class Allowed:
    """For templates: ``{% if can.curate %}``."""

    def __init__(self, user: Any) -> None:
        self.user = user

    def __getattr__(self, rule: str) -> bool:
        if rule not in RULES:
            raise AttributeError(rule)
        return can(self.user, rule)
