"""Two writers moving comments in opposite directions at the same moment, for real, on
PostgreSQL: two connections in two threads, started together by a barrier. The kept counts
(services/commenttriggers) are changed in one sorted order, so neither is ever aborted to
break a deadlock, and the counts come out exact. SQLite writes one transaction at a time:
nothing to race there."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import connection, connections

from forum_messages.web.models import Campaign, Comment, Edition, Publication, Version
from forum_messages.web.services import commentgroups, commenttally, dblock

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="a race between row locks: PostgreSQL only"
)

PER_SIDE = 600
ROUNDS = 4


@pytest.fixture
def side(transactional_db: None, sample_edition_id: int) -> Iterator[tuple[Edition, Any]]:
    """An edition of 2 x PER_SIDE comments of one campaign, respondent group and theme (so
    both sides change the same count rows): the first half pending, the second visible."""
    from forum_messages.web.services import importing

    ed = importing.edition_from_spec("minimal", "tally-race")
    version = Version.objects.filter(draft__edition_id=sample_edition_id).first()
    assert version is not None
    pub = Publication.objects.create(edition=ed, kind="draft", version=version)
    camp = Campaign.objects.create(edition=ed, base_text="the same text")
    Comment.objects.bulk_create(
        Comment(
            edition=ed,
            publication=pub,
            target="draft",
            text=f"comment {i}",
            stakeholder_group="Civil society",
            theme_key="access",
            campaign=camp,
            state=Comment.PENDING if i < PER_SIDE else Comment.VISIBLE,
            token=f"race-{i}",
            fingerprint=f"f{i}",
        )
        for i in range(2 * PER_SIDE)
    )
    yield ed, camp
    Comment.objects.filter(edition=ed).delete()  # before the publication they refer to


def race(*writes: Callable[[], Any]) -> list[BaseException]:
    """Each write in its own thread (its own connection), all let go at once; what they
    raised."""
    gate = threading.Barrier(len(writes))
    errors: list[BaseException] = []

    def run(write: Callable[[], Any]) -> None:
        try:
            gate.wait()
            write()
        except BaseException as exc:  # reported to the test
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(w,)) for w in writes]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    return errors


def halves(ed: Edition) -> tuple[Any, Any]:
    ids = list(Comment.objects.filter(edition=ed).order_by("pk").values_list("pk", flat=True))
    return (
        Comment.objects.filter(pk__in=ids[:PER_SIDE]),
        Comment.objects.filter(pk__in=ids[PER_SIDE:]),
    )


def exact(ed: Edition, camp: Campaign, visible: int) -> None:
    assert commenttally.stored(ed) == commenttally.recount(ed)
    tally, camps = commenttally.stored(ed)
    assert camps[camp.pk] == (2 * PER_SIDE, visible, 0)
    key = (camp.pk, "Civil society", "pending", False, "access")
    assert tally.get(key, 0) == 2 * PER_SIDE - visible


def test_opposite_updates_of_the_same_counts_never_deadlock(side: tuple[Edition, Any]) -> None:
    """Plain UPDATEs (as any code may write them), no lock taken first: the triggers alone."""
    ed, camp = side
    first, second = halves(ed)
    for n in range(ROUNDS):
        a, b = (Comment.VISIBLE, Comment.PENDING) if n % 2 == 0 else (Comment.PENDING, "visible")
        errors = race(lambda a=a: first.update(state=a), lambda b=b: second.update(state=b))
        assert errors == [], errors
        exact(ed, camp, PER_SIDE)


def test_opposite_group_actions_never_deadlock(
    side: tuple[Edition, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site's group actions, never run again (a deadlock would fail them): moderation
    both ways at once, then answers of one half while the other is hidden and shown."""
    monkeypatch.setattr(dblock, "PAUSES", ())
    ed, camp = side
    first, second = halves(ed)
    for n in range(ROUNDS):
        a, b = (Comment.VISIBLE, Comment.PENDING) if n % 2 == 0 else (Comment.PENDING, "visible")
        errors = race(
            lambda a=a: commentgroups.moderate_all(first, a, None),
            lambda b=b: commentgroups.moderate_all(second, b, None),
        )
        assert errors == [], errors
        exact(ed, camp, PER_SIDE)
    # now the first half is pending, the second visible: answer the second while the first
    # goes to visible and back
    errors = race(
        lambda: commentgroups.answer_all(second, "noted", "Noted.", None),
        lambda: commentgroups.moderate_all(first, Comment.VISIBLE, None),
    )
    assert errors == [], errors
    assert commenttally.stored(ed) == commenttally.recount(ed)
    assert commenttally.stored(ed)[1][camp.pk] == (2 * PER_SIDE, 2 * PER_SIDE, PER_SIDE)
