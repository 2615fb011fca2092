"""Queues and lists read a page at a time from a key (services/commentpages): every row
once, in order, while rows come and go between pages; "previous", "last" and the filters
kept in the links."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
from django.http import QueryDict
from django.test import Client

from forum_messages.web.models import Campaign, Comment
from forum_messages.web.services import commentgroups, commentpages, comments, consultimport
from forum_messages.web.views import consult, review

from .conftest import client_for
from .test_consultation_import import COLUMNS, consultation

LINK = re.compile(r'<a href="\?([^"]*)" rel="(next|prev)"')
ROW = re.compile(r'name="comments" value="(\d+)"')


@pytest.fixture
def many(published: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """22 imported comments (one campaign of 6), all written at the same instant (the key's
    last field, the id, orders them), 5 to a page."""
    monkeypatch.setattr(review, "PER_PAGE", 5)
    monkeypatch.setattr(consult, "PER_PAGE", 5)
    consultimport.import_file(published, consultation(tmp_path, 6, 8), COLUMNS)
    return published


def load(c: Client, url: str) -> tuple[list[int], dict[str, str]]:
    """The comment ids a page lists, and its next and previous queries."""
    r = c.get(url)
    assert r.status_code == 200, url
    text = r.content.decode()
    links = {rel: html.unescape(q) for q, rel in LINK.findall(text)}
    return [int(i) for i in ROW.findall(text)], links


def walk(c: Client, base: str, between: Any = None) -> list[list[int]]:
    pages, url = [], base
    while True:
        ids, links = load(c, url)
        pages.append(ids)
        if between is not None:
            between(len(pages), ids)
        if "next" not in links:
            return pages
        url = base.split("?")[0] + "?" + links["next"]


def test_moderation_queue_every_row_once_while_rows_change(
    many: Any, users: dict[str, Any]
) -> None:
    ed, admin = many, users["admin"]
    c = client_for(users["moderator"])
    pending = list(
        Comment.objects.filter(edition=ed, state=Comment.PENDING)
        .order_by("created", "id")
        .values_list("pk", flat=True)
    )
    assert len(pending) == 22
    gone: list[int] = []
    new: list[int] = []

    def meanwhile(n: int, shown: list[int]) -> None:
        if n == 1:  # two rows already seen leave the queue, one not seen yet too
            leave = [*shown[:2], pending[-1]]
            gone.extend(leave)
            comments.moderate(list(Comment.objects.filter(pk__in=leave)), "visible", admin)
        if n == 2:  # a comment arrives
            new.append(
                comments.submit(
                    ed, comments.Target("draft"), {"text": "Arrived late."}, "10.1.1.1", "n" * 32
                ).pk
            )

    pages = walk(c, f"/staff/e/{ed.slug}/moderate/?state=pending", meanwhile)
    seen = [i for p in pages for i in p]
    assert len(seen) == len(set(seen))  # nothing twice
    expected = [*(p for p in pending if p != pending[-1]), *new]
    assert seen == expected  # nothing skipped, in the queue's order
    assert [len(p) for p in pages] == [5, 5, 5, 5, 2]


def test_previous_and_last_pages_and_filters_kept(many: Any, users: dict[str, Any]) -> None:
    ed = many
    c = client_for(users["moderator"])
    base = f"/staff/e/{ed.slug}/group/?group=Business"
    forward = walk(c, base)
    business = list(
        Comment.objects.filter(edition=ed, stakeholder_group="Business")
        .order_by("id")
        .values_list("pk", flat=True)
    )
    assert [i for p in forward for i in p] == business
    last, links = load(c, base + "&last=1")
    assert last == business[-5:] and "prev" in links and "next" not in links
    assert "group=Business" in links["prev"]
    back = [last]
    while "prev" in links:
        ids, links = load(c, f"/staff/e/{ed.slug}/group/?" + links["prev"])
        back.insert(0, ids)
    # going back gives pages of five from the end: the same rows, in the same order
    assert [i for p in back for i in p] == business
    assert [len(p) for p in back] == [1, 5, 5, 5]
    first, links = load(c, base + "&after=garbage~x")  # a key that cannot be read
    assert first == business[:5] and "prev" not in links


def test_search_results_page_by_key(many: Any, users: dict[str, Any]) -> None:
    c = client_for(users["moderator"])
    base = f"/staff/e/{many.slug}/moderate/?state=pending&q=community+networks"
    pages = walk(c, base)
    found = [i for p in pages for i in p]
    assert len(found) == 6 and len(pages) == 2  # the campaign's six copies
    _ids, links = load(c, base)
    assert "q=community+networks" in links["next"]


def test_answers_queue_crosses_from_single_comments_to_campaigns(
    many: Any, users: dict[str, Any]
) -> None:
    ed = many
    Comment.objects.filter(edition=ed).update(state=Comment.VISIBLE)
    c = client_for(users["editor"])
    pages = walk(c, f"/staff/e/{ed.slug}/answers/?show=all")
    seen = [i for p in pages for i in p]
    singles = Comment.objects.filter(edition=ed, campaign__isnull=True).order_by("created", "id")
    copies = Comment.objects.filter(edition=ed, campaign__isnull=False).order_by(
        "campaign_id", "created", "id"
    )
    assert seen == [*singles.values_list("pk", flat=True), *copies.values_list("pk", flat=True)]


def test_campaigns_list_largest_first_by_key(published: Any, tmp_path: Path) -> None:
    texts = [f"Campaign text number {i}, about the same length as the others." for i in range(7)]
    camps = [Campaign.objects.create(edition=published, base_text=t) for t in texts]
    for n, camp in enumerate(camps):  # sizes 1, 2, 2, 3, 3, 4, 4 (ties broken by id)
        for k in range((n + 3) // 2):
            made = comments.submit(
                published,
                comments.Target("draft"),
                {"text": f"Comment {k} on campaign {n}."},
                "10.2.2.2",
                f"{n:02d}{k:02d}" * 8,
            )
            Comment.objects.filter(pk=made.pk).update(campaign=camp)
    order = list(
        Campaign.objects.filter(edition=published, size__gt=0)
        .order_by("-size", "id")
        .values_list("pk", "size")
    )
    assert [s for _p, s in order] == [4, 4, 3, 3, 2, 2, 1]
    got: list[int] = []
    page = commentgroups.campaign_page(published, {}, per_page=3)
    while True:
        got += [r.pk for r in page]
        if not page.next:
            break
        page = commentgroups.campaign_page(published, QueryDict(page.next), per_page=3)
    assert got == [p for p, _s in order]


def test_a_deep_page_from_a_key_made_by_offset(many: Any) -> None:
    qs = Comment.objects.filter(edition=many)
    keyset = commentpages.Keyset([commentpages.Segment(qs, ("created", "id"))], 5)
    ordered = list(qs.order_by("created", "id").values_list("pk", flat=True))
    page = keyset.page({"after": keyset.cursor_at(9)})
    assert [c.pk for c in page] == ordered[10:15]
    assert page.previous and page.next


PUBLIC_ROW = re.compile(r'href="/e/[^/]+/c/(\d+)/"')


def test_public_handled_table_pages_by_key_while_rows_change(
    many: Any, users: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The public table: the campaign's six copies shown once on top, every other visible
    comment once, in order, while comments are hidden and shown between pages; the last page
    from ``last=1``, and the filters kept in the links."""
    from forum_messages.web.services import answers

    monkeypatch.setattr(answers.HandledTable, "PAGE_SIZE", 5)
    ed, admin = many, users["admin"]
    Comment.objects.filter(edition=ed).update(state=Comment.VISIBLE)
    singles = list(
        Comment.objects.filter(edition=ed, campaign__isnull=True)
        .order_by("created", "id")
        .values_list("pk", flat=True)
    )
    assert len(singles) == 16
    c = Client()
    base = f"/e/{ed.slug}/handled/"

    def rows(url: str) -> tuple[list[int], dict[str, str]]:
        r = c.get(url)
        assert r.status_code == 200, url
        text = r.content.decode()
        assert "6 near-identical comments" in text  # on every page
        links = {rel: html.unescape(q) for q, rel in LINK.findall(text)}
        return [int(i) for i in PUBLIC_ROW.findall(text)], links

    gone, new = [], []
    pages, url = [], base
    while True:
        ids, links = rows(url)
        pages.append([i for i in ids if i in singles or i in new])
        if len(pages) == 1:  # two rows seen leave the table, and one not seen yet
            gone = [*pages[0][:2], singles[-1]]
            comments.moderate(list(Comment.objects.filter(pk__in=gone)), Comment.HIDDEN, admin)
        if len(pages) == 2:  # a comment is shown
            made = comments.submit(
                ed, comments.Target("draft"), {"text": "Shown late."}, "10.1.1.1", "h" * 32
            )
            comments.moderate([made], Comment.VISIBLE, admin)
            new.append(made.pk)
        if "next" not in links:
            break
        url = base + "?" + links["next"]
    seen = [i for p in pages for i in p]
    assert seen == [*singles[:-1], *new]
    assert [len(p) for p in pages] == [5, 5, 5, 1]
    # the last page, then back to the first through "previous"
    last, links = rows(base + "?last=1")
    visible = [i for i in [*singles, *new] if i not in gone]
    back = [[i for i in last if i in visible]]
    assert back[0] == visible[-5:] and "next" not in links
    while "prev" in links:
        ids, links = rows(base + "?" + links["prev"])
        back.insert(0, [i for i in ids if i in visible])
    assert [i for p in back for i in p] == visible
    assert [len(p) for p in back] == [4, 5, 5]
    # a filter is kept in the links
    _ids, links = rows(base + "?disposition=none")
    assert "disposition=none" in links["next"]
