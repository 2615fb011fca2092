"""Roles and permissions: small named rules, all in this module.

Roles: ``admin`` (a superuser), ``editor``, ``moderator``, ``translator`` and ``organiser``
(members of the Django group of that name; a translator also has the languages it translates
into, an organiser the sessions the secretariat assigned to it), ``public`` (everyone else,
signed in or not). A rule is a name and the roles it
allows; ``can(user, rule)`` is the only check views and templates use. The whole matrix is
tested in tests/web/test_rules.py.

==================  =====  ======  =========  ==========  =========  ======
rule                admin  editor  moderator  translator  organiser  public
==================  =====  ======  =========  ==========  =========  ======
read_public         yes    yes     yes        yes         yes        yes
comment             yes    yes     yes        yes         yes        yes  (while the review is open)
see_dashboard       yes    yes     yes        yes         no         no
manage_editions     yes    yes     no         no          no         no   (create, import, run,
                                                                            start a translation,
                                                                            credit lines, assign
                                                                            sessions to organisers)
curate              yes    yes     no         no          no         no   (messages, versions)
moderate            yes    yes     yes        no          no         no   (visible/hidden/spam)
see_contact         yes    no      yes        no          no         no   (commenters' e-mails)
answer              yes    yes     no         no          no         no   (dispositions, templates)
publish             yes    yes     no         no          no         no   (draft, final, translated)
translate           yes    yes     no         yes         no         no   (its languages)
confirm_takeaways   no     no      no         no          yes        no   (its own sessions only)
manage_users        yes    no      no         no          no         no
==================  =====  ======  =========  ==========  =========  ======
"""

from __future__ import annotations

from typing import Any

ADMIN, EDITOR, MODERATOR, TRANSLATOR, ORGANISER, PUBLIC = (
    "admin",
    "editor",
    "moderator",
    "translator",
    "organiser",
    "public",
)
ROLES: tuple[str, ...] = (ADMIN, EDITOR, MODERATOR, TRANSLATOR, ORGANISER, PUBLIC)
STAFF_ROLES: tuple[str, ...] = (EDITOR, MODERATOR, TRANSLATOR, ORGANISER)

RULES: dict[str, frozenset[str]] = {
    "read_public": frozenset(ROLES),
    "comment": frozenset(ROLES),
    "see_dashboard": frozenset({ADMIN, EDITOR, MODERATOR, TRANSLATOR}),
    "manage_editions": frozenset({ADMIN, EDITOR}),
    "curate": frozenset({ADMIN, EDITOR}),
    "moderate": frozenset({ADMIN, EDITOR, MODERATOR}),
    "see_contact": frozenset({ADMIN, MODERATOR}),
    "answer": frozenset({ADMIN, EDITOR}),
    "publish": frozenset({ADMIN, EDITOR}),
    "translate": frozenset({ADMIN, EDITOR, TRANSLATOR}),
    "confirm_takeaways": frozenset({ORGANISER}),
    "manage_users": frozenset({ADMIN}),
}


def role_of(user: Any) -> str:
    """The one role of a user: admin > editor > moderator > translator > organiser > public."""
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


def can_translate(user: Any, language: str) -> bool:
    """Whether ``user`` may translate into ``language``: admins and editors into any language,
    a translator into its own languages only."""
    role = role_of(user)
    if role in (ADMIN, EDITOR):
        return True
    if role != TRANSLATOR:
        return False
    from forum_messages.web.models import Translator

    row = Translator.objects.filter(user=user).first()
    return row is not None and language in row.languages


def languages_of(user: Any) -> list[str]:
    """The languages a translator translates into (empty for anyone else)."""
    from forum_messages.web.models import Translator

    row = Translator.objects.filter(user=user).first() if role_of(user) == TRANSLATOR else None
    return list(row.languages) if row is not None else []


def set_role(user: Any, role: str, languages: list[str] | None = None) -> None:
    """Give a (non-superuser) account one staff role, or none ("public"); a translator also
    gets the languages it translates into."""
    from django.contrib.auth.models import Group

    from forum_messages.web.models import Translator

    if role not in (*STAFF_ROLES, PUBLIC):
        raise ValueError(
            f"role must be editor, moderator, translator, organiser or public, not {role!r}"
        )
    if role == TRANSLATOR:
        Translator.objects.update_or_create(user=user, defaults={"languages": languages or []})
    user.groups.remove(*Group.objects.filter(name__in=STAFF_ROLES))
    if role != PUBLIC:
        group, _ = Group.objects.get_or_create(name=role)
        user.groups.add(group)
    if hasattr(user, "_fm_role"):
        del user._fm_role


def organises(user: Any, session: Any) -> bool:
    """Whether ``user`` is the organiser the secretariat assigned ``session`` to."""
    return (
        role_of(user) == ORGANISER
        and session.organiser_id is not None
        and session.organiser_id == user.pk
    )


class Allowed:
    """For templates: ``{% if can.curate %}``."""

    def __init__(self, user: Any) -> None:
        self.user = user

    def __getattr__(self, rule: str) -> bool:
        if rule not in RULES:
            raise AttributeError(rule)
        return can(self.user, rule)
