"""Organisers confirm the takeaways drafted from their sessions' transcripts: sessions carry
where their statements come from, an organiser sees and changes its own sessions only, and
confirmed takeaways count as the organisers' report in the draft and its ledger."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from forum_messages.web.models import Session, Statement, Version

from .conftest import client_for, make_user

TAKEAWAYS = [
    "Community networks in rural Ghana pay more for backhaul than for anything else each month.",
    "Can everyone hear me at the back of the room, or should I speak up a little?",
    "Spectrum set aside for local operators lets small villages build their own networks.",
]
CALLS = ["Regulators should create a licence category for community networks."]


def _record(code: str = "WS #901", source: str = "transcript") -> dict[str, Any]:
    return {
        "session": code,
        "title": "Community networks and the last mile",
        "theme": "trust",
        "language": "en",
        "organisers": [{"name": "Rural Connect", "stakeholder_group": "Civil Society"}],
        "key_takeaways": TAKEAWAYS,
        "calls_to_action": CALLS,
        "source": source,
    }


def _import(edition: Any, tmp_path: Path, *records: dict[str, Any]) -> dict[str, int]:
    from forum_messages.web.services import importing

    path = tmp_path / "drafted.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return importing.import_paths(edition, [path])


@pytest.fixture
def drafted(edition: Any, tmp_path: Path) -> Session:
    """A session of the sample edition whose takeaways were drafted from its transcript."""
    _import(edition, tmp_path, _record())
    return Session.objects.get(edition=edition, code="WS #901")


@pytest.fixture
def organiser(drafted: Session) -> Any:
    """An organiser account, assigned the drafted session."""
    account = make_user("org-a", "organiser")
    drafted.organiser = account
    drafted.save()
    return account


def _texts(session: Session) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for st in session.statements.filter(withdrawn=False).order_by("index", "position"):
        out.setdefault(st.kind, []).append(st.text)
    return out


def _session(doc: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in doc["sessions"] if s["code"] == "WS #901")
    return found


def test_import_carries_the_source(drafted: Session, edition: Any) -> None:
    from forum_messages.web.services.convert import core_corpus

    assert drafted.source == "transcript" and drafted.machine_drafted
    sessions = core_corpus(edition).session_map()
    assert sessions["WS #901"].source == "transcript"
    written = Session.objects.filter(edition=edition).exclude(code="WS #901").first()
    assert written is not None and written.source == "report"
    assert sessions[written.code].source == "report"


def test_an_organiser_sees_and_changes_its_own_sessions_only(
    drafted: Session, edition: Any
) -> None:
    mine, other = make_user("org-a", "organiser"), make_user("org-b", "organiser")
    drafted.organiser = mine
    drafted.save()
    page = f"/staff/organiser/s/{drafted.pk}/"
    before = _texts(drafted)
    c = client_for(other)
    assert b"WS #901" not in c.get("/staff/organiser/").content
    assert c.get(page).status_code == 404
    r = c.post(page, {"key_takeaways": ["Taken over."], "calls_to_action": CALLS})
    assert r.status_code == 404
    drafted.refresh_from_db()
    assert _texts(drafted) == before and drafted.confirmed_at is None
    # nor curation, moderation, the edition's staff pages or the assignment of sessions
    for url in ("curate/", "not-reflected/", "versions/", "moderate/", "organisers/", ""):
        assert c.get(f"/staff/e/{edition.slug}/{url}").status_code == 403, url
    r = c.post(f"/staff/e/{edition.slug}/organisers/", {"session": [drafted.pk], "organiser": [""]})
    assert r.status_code == 403
    assert c.get("/staff/")["Location"] == "/staff/organiser/"
    own = client_for(mine).get(page)
    assert own.status_code == 200 and TAKEAWAYS[0].encode() in own.content
    # a session with no organiser is nobody's
    drafted.organiser = None
    drafted.save()
    assert client_for(mine).get(page).status_code == 404


def test_confirm_flow(drafted: Session, edition: Any, users: dict[str, Any]) -> None:
    """The secretariat assigns the session; its organiser edits one item, drops one, adds a
    call to action and confirms: the draft then counts them as the organisers' report."""
    from forum_messages.web.models import Message
    from forum_messages.web.services import curation

    organiser = make_user("org-a", "organiser")
    editor = client_for(users["editor"])
    # the editor puts the drafted takeaways in a message, so the draft's ledger counts them
    message = Message.objects.filter(draft=edition.draft, removed=False).first()
    assert message is not None
    sids = list(drafted.statements.values_list("sid", flat=True))
    curation.attach_statements(message, sids, users["editor"])
    export = f"/e/{edition.slug}/export/current.json"
    before = json.loads(editor.get(export).content)
    assert before["ledger"]["transcript_statements"] == 4
    page = f"/staff/e/{edition.slug}/m/{message.uid}/"
    assert "machine-drafted from the transcript" in editor.get(page).content.decode()
    assert _session(before)["source"] == "transcript"

    r = editor.post(
        f"/staff/e/{edition.slug}/organisers/",
        {"session": [drafted.pk], "organiser": [str(organiser.pk)]},
    )
    assert r.status_code == 302
    c = client_for(organiser)
    home = c.get("/staff/organiser/").content.decode()
    assert "WS #901" in home and f"/staff/organiser/s/{drafted.pk}/" in home
    edited = TAKEAWAYS[0].replace("Community networks", "Rural community networks")
    r = c.post(
        f"/staff/organiser/s/{drafted.pk}/",
        {
            "key_takeaways": [edited, TAKEAWAYS[1], TAKEAWAYS[2], ""],
            "drop_key_takeaways": ["2"],
            "calls_to_action": [CALLS[0], "Funders should pay for backhaul in the first years."],
        },
    )
    assert r.status_code == 302
    drafted.refresh_from_db()
    assert drafted.source == "report" and not drafted.machine_drafted
    assert drafted.confirmed_by == organiser and drafted.confirmed_at is not None
    assert _texts(drafted) == {
        "key_takeaway": [edited, TAKEAWAYS[2]],
        "call_to_action": [CALLS[0], "Funders should pay for backhaul in the first years."],
    }
    gone = Statement.objects.get(edition=edition, text=TAKEAWAYS[1])
    assert gone.withdrawn  # dropped: out of its message
    version = edition.draft.versions.order_by("-number").first()
    assert version is not None and "confirmed by its organiser" in version.summary
    assert version.author == organiser

    after = json.loads(editor.get(export).content)
    assert "transcript_statements" not in after["ledger"]
    shown = editor.get(page).content.decode()
    assert TAKEAWAYS[2] in shown and "machine-drafted from the transcript" not in shown
    assert "source" not in _session(after)  # a report, as the organisers' own
    page = c.get(f"/staff/organiser/s/{drafted.pk}/").content.decode()
    assert "confirmed" in page and edited in page


def test_a_refused_confirmation_changes_nothing(drafted: Session, organiser: Any) -> None:
    c = client_for(organiser)
    page = f"/staff/organiser/s/{drafted.pk}/"
    before, versions = _texts(drafted), Version.objects.count()
    r = c.post(
        page,
        {
            "key_takeaways": TAKEAWAYS,
            "drop_key_takeaways": ["1", "2", "3"],
            "calls_to_action": [""],
        },
    )
    assert r.status_code == 400
    assert "WS #901" in r.content.decode() and "has no statements" in r.content.decode()
    r = c.post(page, {"key_takeaways": ["x" * 6000], "calls_to_action": CALLS})
    assert r.status_code == 400 and b"key_takeaways" in r.content
    r = c.post(page, {"key_takeaways": TAKEAWAYS, "drop_key_takeaways": ["one"]})
    assert r.status_code == 400
    drafted.refresh_from_db()
    assert _texts(drafted) == before and drafted.machine_drafted
    assert drafted.confirmed_at is None and Version.objects.count() == versions


def test_drafting_again_keeps_what_the_organiser_confirmed(
    drafted: Session, edition: Any, tmp_path: Path
) -> None:
    from forum_messages.web.services import organising

    organiser = make_user("org-a", "organiser")
    organising.confirm(drafted, {"key_takeaways": [TAKEAWAYS[0]]}, organiser)
    confirmed = _texts(drafted)
    counts = _import(edition, tmp_path, _record())
    assert counts["kept"] == 1
    drafted.refresh_from_db()
    assert _texts(drafted) == confirmed and drafted.source == "report"
    # a report the organisers write later replaces it, as any corrected report does
    written = _record(source="report") | {"key_takeaways": ["Written by the organisers."]}
    _import(edition, tmp_path, written)
    drafted.refresh_from_db()
    assert _texts(drafted)["key_takeaway"] == ["Written by the organisers."]


def test_a_written_report_is_read_only(edition: Any) -> None:
    organiser = make_user("org-a", "organiser")
    session = Session.objects.filter(edition=edition, kind="session").first()
    assert session is not None and session.source == "report"
    session.organiser = organiser
    session.save()
    c = client_for(organiser)
    page = c.get(f"/staff/organiser/s/{session.pk}/").content.decode()
    assert "<textarea" not in page
    before = _texts(session)
    r = c.post(f"/staff/organiser/s/{session.pk}/", {"key_takeaways": ["Changed."]})
    assert r.status_code == 400
    assert _texts(session) == before


def test_assigning_refuses_other_accounts(drafted: Session, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{drafted.edition.slug}/organisers/"
    page = c.get(url)
    assert page.status_code == 200 and b"WS #901" in page.content
    for value in (str(users["moderator"].pk), "abc"):
        r = c.post(url, {"session": [drafted.pk], "organiser": [value]})
        assert r.status_code == 400, value
    r = c.post(url, {"session": [drafted.pk], "organiser": []})
    assert r.status_code == 400
    drafted.refresh_from_db()
    assert drafted.organiser is None


def test_organiser_pages_in_every_language(
    drafted: Session, organiser: Any, users: dict[str, Any]
) -> None:
    from .test_untranslated import content_strings, untranslated

    content = content_strings()
    found = untranslated(
        client_for(organiser),
        ["/staff/organiser/", f"/staff/organiser/s/{drafted.pk}/"],
        content,
    )
    staff = f"/staff/e/{drafted.edition.slug}"
    pages = [f"{staff}/organisers/", f"{staff}/not-reflected/?reason=new"]  # with the mark
    assert "machine-drafted" in client_for(users["admin"]).get(pages[1]).content.decode()
    found |= untranslated(client_for(users["admin"]), pages, content)
    assert not found, found


def test_a_drafted_record_does_not_replace_a_written_report(edition: Any, tmp_path: Path) -> None:
    session = Session.objects.filter(edition=edition, kind="session").first()
    assert session is not None and session.source == "report"
    before = _texts(session)
    counts = _import(edition, tmp_path, _record(code=session.code))
    assert counts["kept"] == 1 and counts["new"] == 0
    session.refresh_from_db()
    assert session.source == "report" and _texts(session) == before


def test_bad_confirmation_fields_are_refused_before_any_change(
    drafted: Session, organiser: Any
) -> None:
    from .test_forms import LONG, NOT_NUMBERS, NUL, refused, state

    c = client_for(organiser)
    url = f"/staff/organiser/s/{drafted.pk}/"
    data = {"key_takeaways": TAKEAWAYS, "calls_to_action": CALLS, "drop_key_takeaways": ["2"]}
    before = state()
    for f in ("key_takeaways", "calls_to_action", "drop_key_takeaways", "drop_calls_to_action"):
        refused(c, url, data | {f: LONG}, f"{f} over-long", before)
        refused(c, url, data | {f: NUL}, f"{f} with a null character", before)
    for bad in NOT_NUMBERS:
        refused(c, url, data | {"drop_key_takeaways": bad}, f"drop={bad!r}", before)
    refused(c, url, data | {"key_takeaways": ["A takeaway."] * 61}, "too many items", before)
    assert c.post(url, data).status_code == 302 and state() != before
