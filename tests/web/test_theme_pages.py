"""The public theme page in pages of ``PAGE_SIZE`` messages (790 messages of one theme, each
with its sources, were a page of 4.3 MB): each message on one page, in the order of the
whole page; a page out of range or not a number gives a page; the page links keep the
reader's other choices; a link to a commented message (the comments' lists and downloads)
names the page that holds it."""

from __future__ import annotations

import html
import re
from typing import Any

from django.test import override_settings

from forum_messages.web.models import Comment
from forum_messages.web.services import comments, publishing
from forum_messages.web.services.targets import Targets

from .conftest import client_for

SIZE = 5


def shown(page: str) -> list[str]:
    return re.findall(r'<div class="msg" id="(m-[0-9a-f]+)"', page)


def biggest_theme(ed: Any) -> tuple[str, list[str]]:
    snap = publishing.current_draft_publication(ed).version.snapshot
    th = max(snap["themes"], key=lambda t: sum(len(tp["messages"]) for tp in t["topics"]))
    return th["key"], [m["uid"] for tp in th["topics"] for m in tp["messages"]]


def test_the_theme_page_comes_in_pages(published: Any) -> None:
    key, uids = biggest_theme(published)
    url = f"/e/{published.slug}/theme/{key}/"
    reader = client_for(None)
    whole = shown(reader.get(url).content.decode())
    assert whole == uids  # one page at the default size
    assert len(uids) > 2 * SIZE
    with override_settings(PAGE_SIZE=SIZE):
        pages = -(-len(uids) // SIZE)
        seen: list[str] = []
        for n in range(1, pages + 1):
            page = reader.get(url, {"page": str(n)}).content.decode()
            on = shown(page)
            assert 0 < len(on) <= SIZE and f"page {n} of {pages}" in page
            seen += on
        assert seen == uids
        last = shown(reader.get(url, {"page": str(pages)}).content.decode())
        for odd in (str(pages + 1), "0", "-3", "9" * 300):
            assert shown(reader.get(url, {"page": odd}).content.decode()) == last
        first = shown(reader.get(url, {"page": "1"}).content.decode())
        for odd in ("one", "", "\x00", "2.0"):
            r = reader.get(url, {"page": odd})
            assert r.status_code == 200 and shown(r.content.decode()) == first
        page = reader.get(url, {"text": "draft"}).content.decode()
        nxt = re.findall(r'<a href="(\?[^"]*)" rel="next">', page)
        assert nxt and "text=draft" in html.unescape(nxt[0]) and "page=2" in nxt[0]


def test_a_commented_message_is_linked_on_its_page(published: Any) -> None:
    key, uids = biggest_theme(published)
    late = uids[2 * SIZE + 1]  # on the third page
    early = uids[0]
    made = [
        comments.submit(
            published,
            comments.Target("message", uid),
            {"text": "Please name the small island states here.", "name": "Ana"},
            "10.1.1.1",
            comments.new_token(),
        )
        for uid in (late, early)
    ]
    Comment.objects.filter(pk__in=[c.pk for c in made]).update(state=Comment.VISIBLE)
    with override_settings(PAGE_SIZE=SIZE):
        targets = Targets(published, "en")
        far, near = (targets.of(Comment.objects.get(pk=c.pk)) for c in made)
        assert far.url == f"/e/{published.slug}/theme/{key}/?page=3#{late}"
        assert near.url == f"/e/{published.slug}/theme/{key}/#{early}"
        page = client_for(None).get(far.url.split("#")[0]).content.decode()
        assert f'id="{late}"' in page
        handled = client_for(None).get(f"/e/{published.slug}/handled/").content.decode()
        assert html.escape(far.url) in handled or far.url in handled


def _block(page: str, uid: str) -> str:
    """The part of ``page`` showing message ``uid``."""
    start = page.index(f'<div class="msg" id="{uid}"')
    end = page.find('<div class="msg"', start + 1)
    return page[start : end if end > 0 else len(page)]


def test_a_message_shows_its_first_sources_and_links_the_rest(
    published: Any, monkeypatch: Any
) -> None:
    from forum_messages.web.services import pages

    snap = publishing.current_draft_publication(published).version.snapshot
    key, m, n = max(
        (
            (th["key"], m, i)
            for th in snap["themes"]
            for i, m in enumerate([m for tp in th["topics"] for m in tp["messages"]])
        ),
        key=lambda x: len(x[1]["sources"]),
    )
    sources = len(m["sources"])
    assert sources >= 3
    monkeypatch.setattr(pages, "SOURCES_SHOWN", 2)
    reader = client_for(None)
    base = f"/e/{published.slug}/theme/{key}/"
    with override_settings(PAGE_SIZE=SIZE):
        number = n // SIZE + 1
        page = reader.get(base, {"page": str(number)}).content.decode()
        block = _block(page, m["uid"])
        assert block.count('<li dir="auto">') == 2
        more = f"{base}m/{m['uid']}/?text=draft"
        assert f'href="{more}"' in block
        assert f"{sources - 2} more sources: every source of this message" in block
        own = reader.get(more).content.decode()
        assert _block(own, m["uid"]).count('<li dir="auto">') == sources
        assert "<details open>" in own and f"{sources} sources" in own
        back = f"{base}?text=draft&amp;page={number}#{m['uid']}"
        assert f'href="{back}"' in own if number > 1 else f'href="{base}?text=draft#' in own
        for bad in ("m-0000", "\x00", "m-" + "f" * 300):
            assert reader.get(f"{base}m/{bad}/").status_code == 404
        assert reader.get(f"/e/{published.slug}/theme/nosuch/m/{m['uid']}/").status_code == 404
