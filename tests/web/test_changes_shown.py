"""A version's changes and *What changed since the draft* find the changed messages without a
word diff of each: the pages list the same messages in the same order with the same diffs as
a diff of every message gives, only the rows a page shows are diffed, and the comparison of
two versions is made once (a version never changes)."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from typing import Any

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from forum_messages.web.models import Message, Topic, Version
from forum_messages.web.services import curation, publishing, textdiff, versions

from .conftest import client_for

CARD = re.compile(r'<div class="card" id="(m-[0-9a-f]+)">(.*?)\n</div>', re.S)
SIZE = 3


def _changes(ed: Any, users: dict[str, Any]) -> list[Message]:
    """Every kind of change to the edition's draft, one version each: a text edited (Spanish
    and French words), a message moved, two merged, one removed, one added, a source taken
    off. Returns the messages touched."""
    msgs = list(ed.draft.messages.filter(removed=False).order_by("id"))
    a, b, c, d, e, f = msgs[:6]
    editor = users["editor"]
    curation.edit_text(a, a.text + " Capacidad local y redes comunitarias.", editor)
    curation.edit_text(b, "Les réseaux communautaires " + b.text, editor)
    other = Topic.objects.filter(draft=ed.draft, removed=False).exclude(pk=c.topic_id).first()
    curation.move_message(c, other, editor)
    curation.merge(d, [e], editor)
    curation.remove_message(f, editor)
    g = next(m for m in msgs[6:] if m.sources.count() >= 3)
    sids = list(g.sources.values_list("statement__sid", flat=True))
    curation.add_message(g.topic, "Las redes comunitarias necesitan espectro.", sids[:1], editor)
    curation.detach_statement(g, sids[-1], editor)
    return [a, b, c, d, e, f, g]


def _marks(card: str) -> tuple[list[str], list[str]]:
    return (
        [html.unescape(x) for x in re.findall(r"<del>(.*?)</del>", card, re.S)],
        [html.unescape(x) for x in re.findall(r"<ins>(.*?)</ins>", card, re.S)],
    )


def _expected(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """Each message of the two snapshots in the pages' order, its status and the words a diff
    of its two texts drops and adds (the diff made for every message, as the pages did)."""
    texts_before = {
        m["uid"]: m["text"]
        for th in before["themes"]
        for tp in th["topics"]
        for m in tp["messages"]
    }
    texts_after = {
        m["uid"]: m["text"] for th in after["themes"] for tp in th["topics"] for m in tp["messages"]
    }
    out = []
    for r in textdiff.compare(before, after):
        old, new = texts_before.get(r.uid, ""), texts_after.get(r.uid, "")
        if r.status == "merged":
            marks: Any = ([], [])
        elif r.status == "removed":
            marks = ([old], [])
        elif r.status == "new":
            marks = ([], [new])
        else:
            pieces = textdiff.word_diff(old, new)
            marks = (
                [p.text for p in pieces if p.op == "del"],
                [p.text for p in pieces if p.op == "ins"],
            )
        out.append((r.uid, r.status, marks))
    return out


def _walk(c: Any, url: str, query: dict[str, str]) -> list[tuple[str, str]]:
    """Every card of every page of ``url``."""
    cards: list[tuple[str, str]] = []
    n = 1
    while True:
        page = c.get(url, {**query, "page": str(n)}).content.decode()
        cards += CARD.findall(page)
        if 'rel="next"' not in page:
            return cards
        n += 1


def _check(cards: list[tuple[str, str]], expected: list[tuple[str, str, Any]]) -> None:
    assert [uid for uid, _card in cards] == [uid for uid, _s, _m in expected]
    for (uid, card), (_uid, _status, marks) in zip(cards, expected, strict=True):
        assert _marks(card) == marks, uid


def test_a_versions_changes_are_those_of_a_diff_of_every_message(
    edition: Any, users: dict[str, Any]
) -> None:
    _changes(edition, users)
    first = edition.draft.versions.get(number=1)
    back = versions.restore(edition.draft, first, users["editor"])  # undoes every change
    before = edition.draft.versions.get(number=back.number - 1)
    every = _expected(before.snapshot, back.snapshot)
    changed = [x for x in every if x[1] != "unchanged"]
    assert {s for _u, s, _m in changed} >= {"changed", "moved", "removed", "new", "sources"}
    c, url = client_for(users["editor"]), f"/staff/e/{edition.slug}/versions/{back.number}/"
    with override_settings(PAGE_SIZE=SIZE):
        _check(_walk(c, url, {}), changed)
        _check(_walk(c, url, {"all": "1"}), every)
        page = c.get(url).content.decode()
        assert f"{len(changed)} messages changed." in page
        assert f"page 1 of {-(-len(changed) // SIZE)}" in page
    # version 2 (one text edited): the one message, its words
    two = edition.draft.versions.get(number=2)
    _check(
        _walk(c, f"/staff/e/{edition.slug}/versions/2/", {}),
        [x for x in _expected(first.snapshot, two.snapshot) if x[1] != "unchanged"],
    )
    assert _walk(c, f"/staff/e/{edition.slug}/versions/2/", {})[0][1].count("<ins>") == 1


def test_only_the_rows_a_page_shows_are_diffed(
    edition: Any, users: dict[str, Any], monkeypatch: Any
) -> None:
    _changes(edition, users)
    first = edition.draft.versions.get(number=1)
    back = versions.restore(edition.draft, first, users["editor"])
    made: list[str] = []
    real = textdiff.word_diff

    def counted(old: str, new: str) -> list[textdiff.Piece]:
        made.append(old)
        return real(old, new)

    monkeypatch.setattr(textdiff, "word_diff", counted)
    c, url = client_for(users["editor"]), f"/staff/e/{edition.slug}/versions/{back.number}/"
    total = len(
        textdiff.compare(edition.draft.versions.get(number=back.number - 1).snapshot, back.snapshot)
    )
    assert made == [] and total > 10 * SIZE  # finding the changes diffs nothing
    with override_settings(PAGE_SIZE=SIZE):
        page = c.get(url, {"all": "1", "page": "4"}).content.decode()
    assert len(CARD.findall(page)) == SIZE and 0 < len(made) <= SIZE


def test_a_versions_comparison_is_made_once(edition: Any, users: dict[str, Any]) -> None:
    _changes(edition, users)
    v = edition.draft.versions.order_by("-number").first()
    c, url = client_for(users["editor"]), f"/staff/e/{edition.slug}/versions/{v.number}/"
    snapshot = '"fm_version"."snapshot"'
    with CaptureQueriesContext(connection) as first:
        one = c.get(url, {"all": "1"}).content.decode()
    assert any(snapshot in q["sql"] for q in first.captured_queries)  # read to compare
    with CaptureQueriesContext(connection) as again:
        two = c.get(url, {"all": "1"}).content.decode()
    assert not any(snapshot in q["sql"] for q in again.captured_queries)  # not read again
    assert re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", one) == re.sub(
        r'name="csrfmiddlewaretoken" value="[^"]*"', "", two
    )
    # the version list and a version's page name versions without reading their snapshots
    assert Version.objects.filter(draft=edition.draft).count() == v.number


def test_what_changed_since_the_draft_is_a_diff_of_every_message(
    published: Any, users: dict[str, Any]
) -> None:
    _changes(published, users)
    pub = publishing.current_draft_publication(published)
    pub.closes = timezone.now() - timedelta(seconds=1)
    pub.save()
    publishing.publish_final(published, users["editor"])
    every = _expected(
        publishing.current_draft_publication(published).version.snapshot,
        publishing.final_publication(published).version.snapshot,
    )
    changed = [x for x in every if x[1] != "unchanged"]
    assert {s for _u, s, _m in changed} >= {"changed", "moved", "merged", "removed", "new"}
    c, url = client_for(None), f"/e/{published.slug}/changes/"
    with override_settings(PAGE_SIZE=SIZE):
        _check(_walk(c, url, {}), changed)
        _check(_walk(c, url, {"all": "1"}), every)
        for uid, status, marks in changed[:3]:
            one = CARD.findall(c.get(f"{url}{uid}/").content.decode())
            assert [u for u, _c in one] == [uid] and _marks(one[0][1]) == marks, status
