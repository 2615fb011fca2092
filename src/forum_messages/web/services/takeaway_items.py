"""An organiser's changes to the takeaways drafted from its session's transcript, one item at a
time: edit, remove, add, confirm (or confirm them all).

Every change goes the same way: the session's lists as they will be are read exactly as a
report file is (``ingest.records``: the same checks, the same statement ids, the cited turns
kept), and stored as a corrected report is (``services/staged.py``): unchanged items keep their
statements and their places in the draft, an edited item is a new statement (to *not
reflected*, reason ``new``, in the draft) and the old one leaves its message, a removed item is
withdrawn. Items the organiser confirmed, edited or added count as its report (their
statements carry ``confirmed_by``); the others stay machine-drafted. Once every item is
confirmed the session is the organisers' report. Each change is recorded (``TakeawayChange``:
who, when, the text before and after).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from forum_messages.errors import Problem, ValidationError
from forum_messages.ingest.base import RawRecord, Sink
from forum_messages.ingest.records import RecordBuilder
from forum_messages.ingest.vocab import Vocabulary
from forum_messages.model import Corpus
from forum_messages.web.models import Draft, Session, Statement, TakeawayChange
from forum_messages.web.services import importing, staged
from forum_messages.web.services.organising import FORM, LISTS

KINDS = {kind: name for name, kind in LISTS}
ITEM_NAMES = {"key_takeaways": "key takeaway", "calls_to_action": "call to action"}


@dataclass
class Item:
    """One item of a list as it will be: its text, whether it counts as the organisers' own,
    the turns it cites, and the statement it is now (None for a new item)."""

    text: str
    confirmed: bool
    turns: list[dict[str, Any]] = field(default_factory=list)
    sid: str | None = None


Lists = dict[str, list[Item]]
Change = tuple[str, str, str, str]  # kind, action, before, after


def current(session: Session) -> Lists:
    """The session's items now, in report order (a session whose report its organisers wrote
    or confirmed as a whole counts every item as confirmed)."""
    whole = session.source == Session.REPORT
    out: Lists = {name: [] for name, _kind in LISTS}
    rows = session.statements.filter(withdrawn=False).order_by("kind", "index", "position")
    for st in rows:
        if st.kind in KINDS:
            confirmed = whole or st.confirmed_at is not None
            out[KINDS[st.kind]].append(Item(st.text, confirmed, list(st.turns or []), st.sid))
    return out


def _record(session: Session, lists: Lists, source: str) -> dict[str, Any]:
    record: dict[str, Any] = {"session": session.code, "title": session.title}
    if session.type:
        record["type"] = session.type
    if session.theme:
        record["theme"] = session.theme
    if session.language:
        record["language"] = session.language
    record["organisers"] = [
        {k: v for k, v in o.items() if v not in (None, "")} for o in session.organisers
    ]
    record.update({name: [i.text for i in lists[name]] for name, _kind in LISTS})
    record["source"] = source
    record["turns"] = {name: [i.turns for i in lists[name]] for name, _kind in LISTS}
    return record


def _labels(lists: Lists) -> dict[str, str]:
    """How problems name each item: by its number in its list ("key takeaway 2")."""
    return {
        f"{name}.{i}": f"{ITEM_NAMES[name]} {i + 1}"
        for name, items in lists.items()
        for i in range(len(items))
    }


def save(
    session: Session,
    lists: Lists,
    changes: list[Change],
    author: Any,
    labels: dict[str, str] | None = None,
) -> dict[str, int]:
    """Make ``lists`` the session's items, recording ``changes``. Checked like a report file
    first: ValidationError (naming the item as ``labels`` do) changes nothing. Returns the
    import's counts."""
    done = all(i.confirmed for items in lists.values() for i in items)
    source = Session.REPORT if done else Session.TRANSCRIPT
    sink = Sink()
    raw = RawRecord(_record(session, lists, source), FORM, 0, labels or _labels(lists))
    built = RecordBuilder(Vocabulary(session.edition.core()), sink).build(raw)
    if built is None or sink.errors:
        raise ValidationError(sink.errors)
    core_session, statements = built
    ordered = [i for name, _kind in LISTS for i in lists[name]]
    confirmed = {st.id for st, item in zip(statements, ordered, strict=True) if item.confirmed}
    edition = session.edition

    def after(counts: dict[str, int]) -> None:
        now = timezone.now()
        rows = Statement.objects.filter(session_id=session.pk, withdrawn=False)
        rows.filter(sid__in=confirmed, confirmed_at__isnull=True).update(
            confirmed_by=author, confirmed_at=now
        )
        if done:
            Session.objects.filter(pk=session.pk).update(confirmed_by=author, confirmed_at=now)
        TakeawayChange.objects.bulk_create(
            TakeawayChange(
                session_id=session.pk, kind=k, action=a, before=b, after=t, author=author
            )
            for k, a, b, t in changes
        )
        if Draft.objects.filter(edition=edition).exists():
            summary = f"{session.code}: takeaways changed by its organiser"
            if done:
                summary = f"{session.code}: takeaways confirmed by its organiser"
            importing.follow_reimport(edition, counts, author, summary)

    corpus = Corpus((core_session,), tuple(statements))
    counts = staged.store(edition, corpus, after, keep_confirmed=False)
    session.refresh_from_db()
    return counts


def _find(lists: Lists, sid: str) -> tuple[str, int]:
    for name, items in lists.items():
        for i, item in enumerate(items):
            if item.sid == sid:
                return name, i
    message = "this item has changed since the page was shown; reload the page"
    raise ValidationError([Problem(FORM, 0, "item", message)])


def kind_of(name: str) -> str:
    return dict(LISTS)[name]


def edit(session: Session, sid: str, text: str, author: Any) -> dict[str, int]:
    """Item ``sid`` now reads ``text``: the organiser's own words, so confirmed."""
    lists = current(session)
    name, i = _find(lists, sid)
    item = lists[name][i]
    action = TakeawayChange.EDITED if text.strip() != item.text else TakeawayChange.CONFIRMED
    change = (kind_of(name), action, item.text, text.strip())
    lists[name][i] = Item(text, True, item.turns, item.sid)
    return save(session, lists, [change], author)


def confirm_item(session: Session, sid: str, author: Any) -> dict[str, int]:
    """Item ``sid`` counts as the organisers' own, as it reads (nothing to do, and nothing
    recorded, when it does already)."""
    lists = current(session)
    name, i = _find(lists, sid)
    item = lists[name][i]
    if item.confirmed:
        return {
            "sessions": 1,
            "statements": sum(map(len, lists.values())),
            "new": 0,
            "withdrawn": 0,
        }
    item.confirmed = True
    change = (kind_of(name), TakeawayChange.CONFIRMED, item.text, item.text)
    return save(session, lists, [change], author)


def remove(session: Session, sid: str, author: Any) -> dict[str, int]:
    """Item ``sid`` is not one of the session's points: withdrawn."""
    lists = current(session)
    name, i = _find(lists, sid)
    item = lists[name].pop(i)
    return save(session, lists, [(kind_of(name), TakeawayChange.REMOVED, item.text, "")], author)


def add(session: Session, name: str, text: str, author: Any) -> dict[str, int]:
    """A new item at the end of list ``name`` (key_takeaways or calls_to_action)."""
    lists = current(session)
    lists[name].append(Item(text, True))
    return save(session, lists, [(kind_of(name), TakeawayChange.ADDED, "", text.strip())], author)


def confirm_all(session: Session, author: Any) -> dict[str, int]:
    """Every item counts as the organisers' own, as it reads: the session's report."""
    lists = current(session)
    changes: list[Change] = []
    for name, items in lists.items():
        for item in items:
            if not item.confirmed:
                item.confirmed = True
                changes.append((kind_of(name), TakeawayChange.CONFIRMED, item.text, item.text))
    return save(session, lists, changes, author)


def replace_all(
    session: Session,
    texts: dict[str, list[str]],
    author: Any,
    labels: dict[str, str] | None = None,
) -> dict[str, int]:
    """The whole lists at once (record field -> the texts kept, in order), all confirmed. An
    unchanged text keeps its item (and the turns it cites); a changed one is recorded as an
    edit of the item that left its list at the same place, or as an addition."""
    lists = current(session)
    changes: list[Change] = []
    out: Lists = {}
    for name, _kind in LISTS:
        before = lists[name]
        wanted = texts.get(name, [])
        left = [i for i in before if i.text not in wanted]
        stays = {i.text: i for i in before if i.text in wanted}
        items: list[Item] = []
        for text in wanted:
            old = stays.pop(text, None)
            if old is not None:
                if not old.confirmed:
                    changes.append((kind_of(name), TakeawayChange.CONFIRMED, text, text))
                items.append(Item(text, True, old.turns, old.sid))
            elif left:
                replaced = left.pop(0)
                changes.append((kind_of(name), TakeawayChange.EDITED, replaced.text, text))
                items.append(Item(text, True, replaced.turns))
            else:
                changes.append((kind_of(name), TakeawayChange.ADDED, "", text))
                items.append(Item(text, True))
        changes += [(kind_of(name), TakeawayChange.REMOVED, i.text, "") for i in left]
        out[name] = items
    return save(session, out, changes, author, labels)
