"""(d) Curation: every operation keeps each statement in exactly one place, records a version
with author, time and a readable diff; sources, tags and ledgers follow; versions restore."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from forum_messages.web.models import Message, Topic, Version
from forum_messages.web.services import curation, versions
from forum_messages.web.services.curation import CurationError

from .conftest import client_for
from .helpers import placed_once


def live(edition: Any) -> list[Message]:
    return list(edition.draft.messages.filter(removed=False).order_by("id"))


def sids(m: Message) -> set[str]:
    return set(m.sources.values_list("statement__sid", flat=True))


def exported(edition: Any, editor: Any) -> dict[str, Any]:
    r = client_for(editor).get(f"/e/{edition.slug}/export/current.json")
    return json.loads(r.content)


def message_json(doc: dict[str, Any], uid: str) -> dict[str, Any]:
    for th in doc["themes"]:
        for tp in th["topics"]:
            for m in tp["messages"]:
                if m["id"] == uid:
                    return m
    raise KeyError(uid)


def test_edit_text_through_the_page(edition: Any, users: dict[str, Any]) -> None:
    m = live(edition)[0]
    c = client_for(users["editor"])
    r = c.post(
        f"/staff/e/{edition.slug}/m/{m.uid}/edit/", {"text": "Stakeholders should <b>act</b> now."}
    )
    assert r.status_code == 302
    m.refresh_from_db()
    assert m.text == "Stakeholders should act now."  # markup is not kept
    v = edition.draft.latest_version()
    assert v.author == users["editor"] and v.kind == Version.EDIT and v.number == 2
    assert "+- [" in v.diff and "Stakeholders should act now." in v.diff
    page = c.get(f"/staff/e/{edition.slug}/versions/2/").content.decode()
    assert "<ins>" in page and "editor1" in page
    whole = c.get(f"/staff/e/{edition.slug}/versions/2/text/").content.decode()
    assert "Stakeholders should act now." in whole and "editor1" in whole
    assert message_json(exported(edition, users["editor"]), m.uid)["text"] == m.text


def test_merge_moves_sources_and_ledger_follows(edition: Any, users: dict[str, Any]) -> None:
    a, b = live(edition)[:2]
    expected = sids(a) | sids(b)
    curation.merge(a, [b], users["editor"])
    b.refresh_from_db()
    assert b.removed and b.successor == a.uid
    assert sids(a) == expected
    placed_once(edition)
    doc = exported(edition, users["editor"])
    m = message_json(doc, a.uid)
    assert m["ledger"]["statements"] == len(expected)
    assert {s["statement"] for s in m["sources"]} == expected
    assert all(s["message"] != b.uid for s in doc["statements"])


def test_split_and_move_and_reorder(edition: Any, users: dict[str, Any]) -> None:
    m = max(live(edition), key=lambda x: x.sources.count())
    take = sorted(sids(m))[:1]
    curation.split(m, take, "", users["editor"])
    new = edition.draft.messages.get(origin=f"split:{m.uid}")
    assert sids(new) == set(take) and not (sids(m) & set(take))
    assert new.tags is not None
    other_topic = Topic.objects.filter(draft=edition.draft).exclude(theme=m.topic.theme).first()
    assert other_topic is not None
    curation.move_message(new, other_topic, users["editor"])
    new.refresh_from_db()
    assert new.topic == other_topic
    placed_once(edition)
    with pytest.raises(CurationError, match="leave at least one"):
        curation.split(m, sorted(sids(m)), "", users["editor"])
    first = list(other_topic.messages.filter(removed=False))
    if len(first) > 1:
        curation.reorder_message(first[-1], -1, users["editor"])
        assert list(other_topic.messages.filter(removed=False))[-2] == first[-1]


def test_topics_rename_reorder_add_remove(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    theme = edition.draft.themes.get(key="access")
    c.post(f"/staff/e/{edition.slug}/t/access/add/", {"title": "Community networks"})
    added = Topic.objects.get(draft=edition.draft, title="Community networks")
    assert added.theme == theme
    c.post(f"/staff/e/{edition.slug}/t/{added.uid}/rename/", {"title": "Community-led access"})
    added.refresh_from_db()
    assert added.title == "Community-led access"
    c.post(f"/staff/e/{edition.slug}/t/{added.uid}/up/")
    topics = list(theme.topics.filter(removed=False))
    assert topics.index(added) == len(topics) - 2
    full = theme.topics.filter(removed=False).exclude(pk=added.pk).first()
    n = full.messages.filter(removed=False).count()
    r = c.post(f"/staff/e/{edition.slug}/t/{full.uid}/remove/", {})
    assert "choose where they go" in c.get(r["Location"]).content.decode()
    c.post(f"/staff/e/{edition.slug}/t/{full.uid}/remove/", {"into": added.uid})
    full.refresh_from_db()
    assert full.removed and added.messages.filter(removed=False).count() == n
    placed_once(edition)
    summaries = list(edition.draft.versions.values_list("summary", flat=True))
    assert any("added sub-topic" in s for s in summaries)
    assert any("renamed sub-topic" in s for s in summaries)
    assert any("removed sub-topic" in s for s in summaries)


def test_add_message_by_hand_and_move_not_reflected(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    nr = list(edition.draft.not_reflected.select_related("statement")[:3])
    topic = Topic.objects.filter(draft=edition.draft, removed=False).first()
    c.post(
        f"/staff/e/{edition.slug}/t/{topic.uid}/add_message/",
        {"text": "A message written by hand.", "statements": nr[0].statement.sid},
    )
    hand = edition.draft.messages.get(origin="hand")
    assert sids(hand) == {nr[0].statement.sid} and hand.tags is not None
    r = c.post(
        f"/staff/e/{edition.slug}/not-reflected/move/",
        {"message": hand.uid, "statements": [nr[1].statement.sid, nr[2].statement.sid]}
        | {"reason": nr[1].reason, "page": "2"},
    )
    assert r["Location"] == f"/staff/e/{edition.slug}/not-reflected/?reason={nr[1].reason}&page=2"
    assert sids(hand) == {n.statement.sid for n in nr}
    assert not edition.draft.not_reflected.filter(statement__in=[n.statement for n in nr]).exists()
    placed_once(edition)
    doc = exported(edition, users["editor"])
    assert message_json(doc, hand.uid)["ledger"]["statements"] == 3
    r = c.post(
        f"/staff/e/{edition.slug}/t/{topic.uid}/add_message/",
        {"text": "No such source", "statements": "st-000000000000"},
    )
    assert "no such statement" in c.get(r["Location"]).content.decode()


def test_detach_and_remove_message(edition: Any, users: dict[str, Any]) -> None:
    m = max(live(edition), key=lambda x: x.sources.count())
    sid = sorted(sids(m))[0]
    curation.detach_statement(m, sid, users["editor"])
    assert edition.draft.not_reflected.filter(statement__sid=sid, reason="editor").exists()
    left = sids(m)
    curation.remove_message(m, users["editor"])
    assert edition.draft.not_reflected.filter(statement__sid__in=left).count() == len(left)
    placed_once(edition)


def test_restore_any_version(edition: Any, users: dict[str, Any]) -> None:
    a, b = live(edition)[:2]
    original = a.text
    curation.edit_text(a, "Changed once.", users["editor"])
    curation.merge(a, [b], users["editor"])
    c = client_for(users["editor"])
    r = c.post(f"/staff/e/{edition.slug}/versions/1/restore/")
    assert r.status_code == 302
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.text == original and not b.removed
    latest = edition.draft.latest_version()
    assert latest.kind == Version.RESTORE and latest.number == 4
    assert latest.snapshot == edition.draft.versions.get(number=1).snapshot
    placed_once(edition)


def test_pipeline_version_diff_lists_everything(edition: Any) -> None:
    v1 = edition.draft.versions.get(number=1)
    assert v1.kind == Version.PIPELINE and v1.author is None
    titles = versions.theme_titles(edition.draft)
    assert v1.diff.count("\n+## ") == sum(len(t["topics"]) for t in v1.snapshot["themes"])
    assert titles["trust"] in v1.diff


def test_reimport_keeps_edits(
    edition: Any, users: dict[str, Any], sample_paths: list[str], tmp_path: Any
) -> None:
    from forum_messages.web.services import importing

    m = live(edition)[0]
    curation.edit_text(m, "Curated text stays.", users["editor"])
    src = next(p for p in sample_paths if "trust" in p)
    lines = Path(src).read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    first["key_takeaways"][0] = "A corrected takeaway about cybersecurity capacity."
    fixed = tmp_path / "corrected.jsonl"
    fixed.write_text(json.dumps(first) + "\n", encoding="utf-8")
    counts = importing.import_paths(edition, [fixed], users["editor"])
    assert counts["new"] == 1 and counts["withdrawn"] == 1
    m.refresh_from_db()
    assert m.text == "Curated text stays."
    assert edition.draft.not_reflected.filter(reason="new").count() == 1
    assert edition.draft.latest_version().kind == Version.IMPORT
    placed_once(edition)
