"""The curation overview in pages: an open theme, every theme or a search holds at most
``PAGE_SIZE`` messages a page (790 messages of one theme were a page of 1.7 MB); the page
links keep the search; a page number out of range or not a number gives a page, not an
error; coming back from an action lands on the page holding the message; one list of
sub-topics serves every "remove sub-topic" box."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from django.test import override_settings

from forum_messages.web.models import Message, Topic

from .conftest import client_for

SIZE = 7


def shown(page: str) -> list[str]:
    return re.findall(r'<div class="msg" id="m-(m-[0-9a-f]+)"', page)


def links(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'<a href="(\?[^"#]*page=[^"#]*)', page)]


def live(edition: Any) -> list[Message]:
    return list(edition.draft.messages.filter(removed=False))


@pytest.fixture
def small_pages() -> Any:
    with override_settings(PAGE_SIZE=SIZE):
        yield SIZE


def test_every_theme_comes_in_pages_that_hold_each_message_once(
    edition: Any, users: dict[str, Any], small_pages: int
) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/curate/"
    every = {m.uid for m in live(edition)}
    first = c.get(url, {"theme": "all"}).content.decode()
    pages = -(-len(every) // SIZE)
    assert pages > 3 and f"page 1 of {pages}" in first
    seen: list[str] = []
    for n in range(1, pages + 1):
        page = c.get(url, {"theme": "all", "page": str(n)}).content.decode()
        on = shown(page)
        assert 0 < len(on) <= SIZE
        seen += on
        assert page.count('<datalist id="topic-list">') == 1
        assert "<select" not in page.split('role="search"')[1]  # no list per sub-topic
    assert sorted(seen) == sorted(every)  # each once, none left out
    # the order of the pages is the order of the page with every message
    with override_settings(PAGE_SIZE=10_000):
        whole = shown(c.get(url, {"theme": "all"}).content.decode())
    assert seen == whole
    nxt = [h for h in links(first) if "page=2" in h]
    assert nxt and all("theme=all" in h for h in nxt)


def test_a_page_out_of_range_or_not_a_number_gives_a_page(
    edition: Any, users: dict[str, Any], small_pages: int
) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/curate/"
    n = len(live(edition))
    pages = -(-n // SIZE)
    last = c.get(url, {"theme": "all", "page": str(pages)}).content.decode()
    first = c.get(url, {"theme": "all", "page": "1"}).content.decode()
    for odd in ("999999", str(pages + 1), "-1", "0", "9" * 400):
        r = c.get(url, {"theme": "all", "page": odd})
        assert r.status_code == 200 and shown(r.content.decode()) == shown(last), odd
    for odd in ("two", "", "1.5", "\x00", "²"):
        r = c.get(url, {"theme": "all", "page": odd})
        assert r.status_code == 200 and shown(r.content.decode()) == shown(first), odd


def test_search_results_come_in_pages_and_the_links_keep_the_search(
    edition: Any, users: dict[str, Any], small_pages: int
) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/curate/"
    hits = [m for m in live(edition) if "the" in m.text.casefold() or "the" in m.uid]
    hits_topics = {
        t.pk for t in Topic.objects.filter(draft=edition.draft, removed=False) if "the" in t.title
    }
    assert len(hits) > 2 * SIZE
    first = c.get(url, {"q": "the"}).content.decode()
    assert len(shown(first)) == SIZE
    later = [h for h in links(first) if "page=2" in h]
    assert later and all("q=the" in h for h in later)
    second = c.get(url + later[0]).content.decode()
    assert shown(second) and not set(shown(second)) & set(shown(first))
    for uid in shown(second):
        m = Message.objects.get(draft=edition.draft, uid=uid)
        assert "the" in m.text.casefold() or m.topic_id in hits_topics


def test_coming_back_to_a_message_lands_on_its_page(
    edition: Any, users: dict[str, Any], small_pages: int
) -> None:
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}"
    theme = max(
        edition.draft.themes.all(),
        key=lambda th: Message.objects.filter(topic__theme=th, removed=False).count(),
    )
    with override_settings(PAGE_SIZE=10_000):
        order = shown(c.get(f"{base}/curate/", {"theme": theme.key}).content.decode())
    assert len(order) > 2 * SIZE
    uid = order[2 * SIZE + 1]  # on the third page
    r = c.post(f"{base}/m/{uid}/down/")
    back = c.get(r["Location"]).content.decode()
    assert f'id="m-{uid}"' in back and "page 3 of" in back
    message_page = c.get(f"{base}/m/{uid}/").content.decode()
    link = re.search(r'<a href="([^"]*curate/\?[^"]*)">', message_page)
    assert link is not None
    assert f'id="m-{uid}"' in c.get(html.unescape(link.group(1))).content.decode()
    # a sub-topic cut by the pages says on its second page where it began
    topic_of = {m.uid: m.topic.uid for m in live(edition)}
    cut = next(
        n for n in range(SIZE, len(order), SIZE) if topic_of[order[n]] == topic_of[order[n - 1]]
    )
    number = cut // SIZE + 1
    part = c.get(f"{base}/curate/", {"theme": theme.key, "page": str(number)}).content.decode()
    assert f"continued from page {number - 1}" in part
    assert f'<h3 id="t-{topic_of[order[cut]]}">' in part


def test_remove_sub_topic_takes_its_target_from_the_shared_list(
    edition: Any, users: dict[str, Any], small_pages: int
) -> None:
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}"
    topics = list(Topic.objects.filter(draft=edition.draft, removed=False).order_by("id"))
    page = c.get(f"{base}/curate/", {"theme": topics[0].theme.key}).content.decode()
    shared = page.split('<datalist id="topic-list">')[1].split("</datalist>")[0]
    listed = re.findall(r'<option value="([^"]+)">', shared)
    assert sorted(listed) == sorted(t.uid for t in topics)  # once, in one list
    boxes = re.findall(r'<input type="text" name="into" list="topic-list"', page)
    assert len(boxes) == len(re.findall(r'<h3 id="t-', page)) > 0
    gone, into = topics[0], topics[-1]
    moving = set(gone.messages.filter(removed=False).values_list("uid", flat=True))
    assert moving
    r = c.post(f"{base}/t/{gone.uid}/remove/", {"into": into.uid})
    assert r.status_code == 302
    gone.refresh_from_db()
    assert gone.removed
    assert moving <= set(into.messages.filter(removed=False).values_list("uid", flat=True))
    # a typed name that is no sub-topic moves nothing and removes nothing
    kept = topics[1]
    assert kept.messages.filter(removed=False).exists()
    c.post(f"{base}/t/{kept.uid}/remove/", {"into": "t-nothing"})
    kept.refresh_from_db()
    assert not kept.removed


def test_a_sub_topic_or_message_added_is_shown_on_its_page(
    edition: Any, users: dict[str, Any], small_pages: int
) -> None:
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}"
    theme = max(
        edition.draft.themes.all(),
        key=lambda th: Message.objects.filter(topic__theme=th, removed=False).count(),
    )
    r = c.post(f"{base}/t/{theme.key}/add/", {"title": "Redes comunitarias rurales"})
    added = Topic.objects.get(draft=edition.draft, title="Redes comunitarias rurales")
    assert r["Location"].endswith(f"&at=t-{added.uid}#t-{added.uid}")
    page = c.get(r["Location"]).content.decode()
    assert f'<h3 id="t-{added.uid}">' in page  # the theme's last page, past page 1
    assert "page 1 of" not in page and f"/t/{theme.key}/add/" in page
    tp = max(
        Topic.objects.filter(theme=theme, removed=False),
        key=lambda t: t.messages.filter(removed=False).count(),
    )
    assert tp.messages.filter(removed=False).count() > SIZE
    sid = tp.messages.filter(removed=False).first().sources.first().statement.sid
    r = c.post(
        f"{base}/t/{tp.uid}/add_message/",
        {"text": "Дополнительное сообщение, добавленное вручную.", "statements": sid},
    )
    new = Message.objects.get(draft=edition.draft, text__startswith="Дополнительное")
    assert r["Location"].endswith(f"&at=m-{new.uid}#m-{new.uid}")
    assert f'id="m-{new.uid}"' in c.get(r["Location"]).content.decode()
