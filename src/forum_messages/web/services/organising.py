"""Organisers and their sessions: the secretariat assigns sessions to organiser accounts; an
organiser edits and confirms the takeaways drafted from its session's transcript, which then
count as the organisers' report.

The organiser's changes (edit, remove, add, confirm, item by item or all at once) are made
in ``services/takeaway_items.py``.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet

from forum_messages.errors import Problem, ValidationError
from forum_messages.ingest.fields import STATEMENT_FIELDS
from forum_messages.web import rules
from forum_messages.web.models import Edition, Session, Statement

#: The two lists an organiser confirms, as record fields, with their statement kinds.
LISTS: tuple[tuple[str, str], ...] = (
    ("key_takeaways", STATEMENT_FIELDS["key_takeaways"]),
    ("calls_to_action", STATEMENT_FIELDS["calls_to_action"]),
)
FORM = "organiser form"  # what problems name as the file


def organiser_accounts() -> QuerySet[Any]:
    """The active accounts with the organiser role, by name."""
    return (
        get_user_model()
        .objects.filter(groups__name=rules.ORGANISER, is_active=True, is_superuser=False)
        .order_by("username")
    )


def sessions_of(user: Any) -> QuerySet[Session]:
    """The current sessions assigned to ``user``, edition by edition, each with its number of
    current items (``items``) and of those confirmed (``confirmed``)."""
    current = Q(statements__withdrawn=False, statements__pending="")
    return (
        Session.objects.filter(organiser=user, withdrawn=False, kind="session")
        .select_related("edition")
        .annotate(
            items=Count("statements", filter=current),
            confirmed=Count(
                "statements", filter=current & Q(statements__confirmed_at__isnull=False)
            ),
        )
        .order_by("edition__title", "position")
    )


def can_confirm(session: Session) -> bool:
    """Takeaways drafted from a transcript, or confirmed before, can be confirmed (again); a
    report the organisers wrote is corrected by sending it again."""
    return session.source == Session.TRANSCRIPT or session.confirmed_at is not None


def items_of(session: Session) -> dict[str, list[Statement]]:
    """The session's current takeaways and calls to action, in report order."""
    out: dict[str, list[Statement]] = {name: [] for name, _ in LISTS}
    kinds = {kind: name for name, kind in LISTS}
    for st in (
        session.statements.filter(withdrawn=False)
        .select_related("session")
        .order_by("kind", "index", "position")
    ):
        if st.kind in kinds:
            out[kinds[st.kind]].append(st)
    return out


def assign(edition: Edition, choices: dict[int, int | None]) -> int:
    """Give each session (by id) its organiser account (by id, or None for nobody); the
    number of sessions changed. Unknown sessions or accounts change nothing."""
    sessions = {s.pk: s for s in edition.sessions.filter(pk__in=list(choices))}
    unknown = sorted(set(choices) - set(sessions))
    if unknown:
        raise ValidationError(
            [Problem("sessions form", 0, "session", f"no session {unknown[0]} in this edition")]
        )
    wanted = {pk for pk in choices.values() if pk is not None}
    known = set(organiser_accounts().filter(pk__in=wanted).values_list("pk", flat=True))
    if wanted - known:
        pk = min(wanted - known)
        raise ValidationError(
            [Problem("sessions form", 0, "organiser", f"account {pk} is not an organiser")]
        )
    changed = [s for pk, s in sessions.items() if s.organiser_id != choices[pk]]
    for s in changed:
        s.organiser_id = choices[s.pk]
    Session.objects.bulk_update(changed, ["organiser"])
    return len(changed)


def confirm(
    session: Session,
    lists: dict[str, list[str]],
    author: Any,
    labels: dict[str, str] | None = None,
) -> dict[str, int]:
    """Make ``lists`` (record field -> the texts kept, in order) the session's report,
    confirmed by ``author`` item by item (``services/takeaway_items.py``). Checked like a report
    file first: ValidationError (naming the field, as ``labels`` name it:
    ``{"key_takeaways.0": "key takeaway 2"}``) changes nothing. Returns the import's counts."""
    from forum_messages.web.services import takeaway_items

    return takeaway_items.replace_all(session, lists, author, labels)
