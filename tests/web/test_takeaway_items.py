"""Organisers check drafted takeaways against the turns they cite and change them one item at a
time: each change is recorded, confirmed items count as the organisers' report in the draft
and its ledger, the others stay machine-drafted."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from forum_messages.web.models import Session, Statement, TakeawayChange

from .conftest import client_for, make_user
from .test_organisers import CALLS, TAKEAWAYS, _import, _record, _texts

SAID = {
    3: "Our biggest bill is backhaul. Community networks in rural Ghana pay more for backhaul "
    "than for anything else each month, more than power, more than staff.",
    5: "I agree with Ama: in Tamale the backhaul costs more than everything else together.",
    1: "Welcome everyone. Can everyone hear me at the back of the room?",
    8: "Spectrum set aside for local operators lets small villages build their own networks.",
    9: "The regulator should simply create a licence category for community networks.",
}
TURNS = {
    "key_takeaways": [
        [
            {"speaker": "AMA OWUSU", "turn": 3, "text": SAID[3]},
            {"speaker": "KOFI MENSAH", "turn": 5, "text": SAID[5]},
        ],
        [{"speaker": "MODERATOR", "turn": 1, "text": SAID[1]}],
        [{"speaker": "LINA HASSAN", "turn": 8, "text": SAID[8]}],
    ],
    "calls_to_action": [[{"speaker": "AMA OWUSU", "turn": 9, "text": SAID[9]}]],
}


@pytest.fixture
def session(edition: Any, tmp_path: Path) -> Session:
    """A drafted session whose record cites its turns, assigned to organiser org-a."""
    _import(edition, tmp_path, _record() | {"transcript": "ws901.txt", "turns": TURNS})
    found = Session.objects.get(edition=edition, code="WS #901")
    found.organiser = make_user("org-a", "organiser")
    found.save()
    return found


def _item(session: Session, text: str) -> Statement:
    return Statement.objects.get(session=session, text=text, withdrawn=False)


def _post(c: Any, session: Session, **data: str) -> Any:
    return c.post(f"/staff/organiser/s/{session.pk}/item/", data)


def test_the_cited_turns_are_kept_and_shown_collapsed(session: Session) -> None:
    first = _item(session, TAKEAWAYS[0])
    assert first.turns == TURNS["key_takeaways"][0]
    assert _item(session, CALLS[0]).turns == TURNS["calls_to_action"][0]
    page = client_for(session.organiser).get(f"/staff/organiser/s/{session.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    blocks = re.findall(r"<details class=\"turns\"([^>]*)>(.*?)</details>", html, re.S)
    assert len(blocks) == 4 and all("open" not in attrs for attrs, _body in blocks)
    body = blocks[0][1]  # the first takeaway's: both turns, with who said them, where and what
    assert "AMA OWUSU" in body and "KOFI MENSAH" in body and "turn 5" in body
    assert "more than power, more than staff" in body and "rests on (2)" in body
    assert "Tamale" not in blocks[2][1]


def test_items_change_one_by_one_and_each_change_is_recorded(session: Session) -> None:
    org = session.organiser
    c = client_for(org)
    first = _item(session, TAKEAWAYS[0]).sid
    assert _post(c, session, action="confirm", item=first).status_code == 302
    assert _post(c, session, action="confirm", item=first).status_code == 302  # no new change
    edited = "Spectrum set aside for local operators lets villages build and run their networks."
    third = _item(session, TAKEAWAYS[2]).sid
    assert _post(c, session, action="save", item=third, text=edited).status_code == 302
    assert (
        _post(c, session, action="remove", item=_item(session, TAKEAWAYS[1]).sid).status_code == 302
    )
    added = "Funders should pay for backhaul in the first years."
    r = _post(c, session, action="add", list="calls_to_action", text=added)
    assert r.status_code == 302
    # a stale item (edited meanwhile) is refused, naming what to do
    r = _post(c, session, action="confirm", item=third)
    assert r.status_code == 400 and "reload the page" in r.content.decode()

    assert _texts(session) == {
        "key_takeaway": [TAKEAWAYS[0], edited],
        "call_to_action": [CALLS[0], added],
    }
    drafted = {st.text: st.machine_drafted for st in session.statements.filter(withdrawn=False)}
    assert drafted == {TAKEAWAYS[0]: False, edited: False, CALLS[0]: True, added: False}
    assert _item(session, edited).turns == TURNS["key_takeaways"][2]  # still rests on turn 8
    assert _item(session, edited).confirmed_by == org
    session.refresh_from_db()
    assert session.source == "transcript" and session.confirmed_at is None  # one left
    log = [
        (ch.action, ch.kind, ch.before, ch.after, ch.author)
        for ch in TakeawayChange.objects.filter(session=session).order_by("id")
    ]
    assert log == [
        ("confirmed", "key_takeaway", TAKEAWAYS[0], TAKEAWAYS[0], org),
        ("edited", "key_takeaway", TAKEAWAYS[2], edited, org),
        ("removed", "key_takeaway", TAKEAWAYS[1], "", org),
        ("added", "call_to_action", "", added, org),
    ]
    page = c.get(f"/staff/organiser/s/{session.pk}/").content.decode()
    assert "Confirm every item left as it reads (1)" in page
    assert "Changes made to these items" in page
    assert "(3 of 4 items confirmed)" in c.get("/staff/organiser/").content.decode()

    assert _post(c, session, action="confirm_all").status_code == 302
    session.refresh_from_db()
    assert session.source == "report" and session.confirmed_by == org
    assert not any(st.machine_drafted for st in session.statements.filter(withdrawn=False))
    last = TakeawayChange.objects.filter(session=session).order_by("-id").first()
    assert last is not None and (last.action, last.before) == ("confirmed", CALLS[0])
    assert TakeawayChange.objects.filter(session=session).count() == 5


def test_drafting_again_keeps_the_confirmed_items(session: Session, tmp_path: Path) -> None:
    c = client_for(session.organiser)
    _post(c, session, action="confirm", item=_item(session, TAKEAWAYS[0]).sid)
    point = "Villages that own their networks reinvest the income in schools and clinics."
    again = _record() | {"key_takeaways": [point], "calls_to_action": CALLS}
    _import(session.edition, tmp_path, again)
    assert _texts(session) == {"key_takeaway": [TAKEAWAYS[0], point], "call_to_action": CALLS}
    drafted = {st.text: st.machine_drafted for st in session.statements.filter(withdrawn=False)}
    assert drafted == {TAKEAWAYS[0]: False, point: True, CALLS[0]: True}


def test_another_organiser_changes_nothing(session: Session, users: dict[str, Any]) -> None:
    other = client_for(make_user("org-b", "organiser"))
    sid = _item(session, TAKEAWAYS[0]).sid
    before = _texts(session)
    for data in (
        {"action": "confirm", "item": sid},
        {"action": "save", "item": sid, "text": "Taken over."},
        {"action": "remove", "item": sid},
        {"action": "add", "list": "key_takeaways", "text": "Taken over."},
        {"action": "confirm_all"},
    ):
        assert _post(other, session, **data).status_code == 404, data
        assert _post(client_for(users["editor"]), session, **data).status_code == 403, data
    assert other.get(f"/staff/organiser/s/{session.pk}/").status_code == 404
    assert _texts(session) == before and not TakeawayChange.objects.exists()
    assert not Statement.objects.filter(session=session, confirmed_at__isnull=False).exists()


def test_bad_item_fields_are_refused_before_any_change(session: Session) -> None:
    from .test_forms import LONG, NUL, refused, state

    c = client_for(session.organiser)
    url = f"/staff/organiser/s/{session.pk}/item/"
    sid = _item(session, TAKEAWAYS[0]).sid
    data = {"action": "save", "item": sid, "text": "A corrected takeaway about backhaul."}
    before = state()
    for f in ("action", "item", "list", "text"):
        refused(c, url, data | {f: NUL}, f"{f} with a null character", before)
    refused(c, url, data | {"text": "x" * 5001}, "text over-long", before)
    refused(c, url, data | {"item": LONG}, "item over-long", before)
    refused(c, url, data | {"action": "publish"}, "unknown action", before)
    refused(c, url, data | {"text": "  "}, "empty text", before)
    refused(c, url, {"action": "add", "list": "messages", "text": "x"}, "unknown list", before)
    refused(c, url, {"action": "add", "text": "A new point."}, "no list", before)
    refused(c, url, {"action": "remove"}, "no item", before)
    r = _post(c, session, action="remove", item=_item(session, CALLS[0]).sid)
    assert r.status_code == 302  # the last call to action may go; the last item may not
    for text in TAKEAWAYS:
        r = _post(c, session, action="remove", item=_item(session, text).sid)
    assert r.status_code == 400 and "has no statements" in r.content.decode()
    assert _texts(session) == {"key_takeaway": [TAKEAWAYS[2]]}


def _statements(doc: dict[str, Any]) -> dict[str, bool]:
    return {
        s["text"]: bool(s.get("machine_drafted"))
        for s in doc["statements"]
        if s["session"] == "WS #901"
    }


WRITTEN = {
    "session": "WS #902",
    "title": "Spectrum for all",
    "theme": "connectivity",
    "language": "en",
    "key_takeaways": [
        "Spectrum licence fees keep community networks out of rural villages.",
        "Backhaul prices are the largest cost of small rural networks.",
    ],
}


@pytest.mark.parametrize("setting", ["include", "exclude"])
def test_the_draft_after_confirmation_marks_each_statement(
    setting: str, db: None, tmp_path: Path, users: dict[str, Any]
) -> None:
    """Import drafted records, confirm some items, run the draft: messages.json and its
    ledger count the confirmed items as the organisers' report, the others as machine-drafted;
    the edition setting that keeps transcripts out keeps the confirmed ones in."""
    from forum_messages.edition import resolve_edition_path
    from forum_messages.web.services import drafting, importing

    spec = resolve_edition_path("minimal").read_text(encoding="utf-8")
    edition = importing.create_edition(spec + f"\nsettings:\n  transcripts: {setting}\n", "e2e")
    record = _record() | {"theme": "connectivity", "turns": TURNS}
    _import(edition, tmp_path, record, WRITTEN)
    session = Session.objects.get(edition=edition, code="WS #901")
    session.organiser = make_user("org-a", "organiser")
    session.save()
    c = client_for(session.organiser)
    _post(c, session, action="confirm", item=_item(session, TAKEAWAYS[0]).sid)
    _post(c, session, action="remove", item=_item(session, TAKEAWAYS[1]).sid)
    confirmed = {_item(session, TAKEAWAYS[0]).sid}
    drafting.run_draft(edition, "hash")
    export = f"/e/{edition.slug}/export/current.json"
    doc = json.loads(client_for(users["editor"]).get(export).content)
    mine = next(s for s in doc["sessions"] if s["code"] == "WS #901")
    assert mine["source"] == "transcript" and set(mine["confirmed"]) == confirmed
    written = [s for s in doc["statements"] if s["session"] == "WS #902"]
    assert len(written) == 2 and not any("machine_drafted" in s for s in written)
    if setting == "include":
        assert _statements(doc) == {TAKEAWAYS[0]: False, TAKEAWAYS[2]: True, CALLS[0]: True}
        assert doc["ledger"]["transcript_statements"] == 2
    else:
        assert _statements(doc) == {TAKEAWAYS[0]: False}
        assert "transcript_statements" not in doc["ledger"]
    assert doc["ledger"]["statements"] == len(doc["statements"])
    from forum_messages.export.jsonread import draft_from_data

    draft = draft_from_data(doc)
    back = next(s for s in draft.sessions if s.code == "WS #901")
    assert set(back.confirmed) == confirmed
    # the documents mark the session in a bullet's sources only for items still to confirm
    from dataclasses import replace

    from forum_messages.export.common import Index
    from forum_messages.model import SourceRef

    if setting == "include":
        index, message = Index.of(draft), draft.messages()[0]
        for sid, marked in ((*confirmed, False), (_item(session, CALLS[0]).sid, True)):
            cited = replace(message, sources=(SourceRef(sid, "WS #901", 0.9),))
            label = index.source_label("WS #901", "en", message=cited)
            assert label.endswith("(machine-drafted from the transcript)") == marked, sid


def test_the_page_with_turns_and_changes_in_every_language(session: Session) -> None:
    from .test_untranslated import content_strings, untranslated

    c = client_for(session.organiser)
    _post(c, session, action="remove", item=_item(session, TAKEAWAYS[1]).sid)
    _post(c, session, action="confirm", item=_item(session, TAKEAWAYS[0]).sid)
    content = content_strings() | set(SAID.values()) | {"org-a", TAKEAWAYS[1]}
    content |= {t["speaker"] for cites in TURNS.values() for item in cites for t in item}
    pages = ["/staff/organiser/", f"/staff/organiser/s/{session.pk}/"]
    assert "1 of 3 items confirmed" in c.get(pages[0]).content.decode()
    found = untranslated(c, pages, content)
    assert not found, found


def test_turns_without_their_text_say_so(edition: Any, tmp_path: Path) -> None:
    bare = {
        k: [[{"speaker": t["speaker"], "turn": t["turn"]} for t in c] for c in v]
        for k, v in TURNS.items()
    }
    _import(edition, tmp_path, _record() | {"turns": bare})
    found = Session.objects.get(edition=edition, code="WS #901")
    found.organiser = make_user("org-a", "organiser")
    found.save()
    page = client_for(found.organiser).get(f"/staff/organiser/s/{found.pk}/").content.decode()
    assert page.count("the record gives no text for this turn") == 5 and "AMA OWUSU" in page
    first = [t | {"text": ""} for t in bare["key_takeaways"][0]]
    assert _item(found, TAKEAWAYS[0]).turns == first
