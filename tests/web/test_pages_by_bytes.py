"""Pages cut by the bytes they show as well as by their count of messages: the public theme
page (a message with its first sources) and the final text's page (every source), which
offers the whole text on one page too. Each message on one page, in order; a long message
alone on a page of its own and never split; the same pages on every load and in every
language; the links to a message (a commented one, a message's own page) naming the page
that holds it."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from typing import Any

import pytest
from django.test import override_settings
from django.utils import timezone

from forum_messages.web.models import Comment, Message, Statement
from forum_messages.web.services import comments, curation, pages, publishing
from forum_messages.web.services.targets import Targets

from .conftest import client_for

MSG = re.compile(r'<div class="msg" id="(m-[0-9a-f]+)"')
#: A long message (2,400 Chinese characters, 7,200 bytes): more than the budgets below.
LONG = "各国政府应当与社区网络合作，为农村地区提供可负担的连接。" * 86


def test_page_starts_cut_at_the_count_or_the_bytes() -> None:
    assert pages.page_starts([], 3, 100) == [0]
    assert pages.page_starts([10] * 7, 3, 1000) == [0, 3, 6]  # the count alone
    assert pages.page_starts([40, 40, 40, 40], 10, 100) == [0, 2]  # 80 + 40 > 100
    assert pages.page_starts([40, 60, 1], 10, 100) == [0, 2]  # 100 is within the budget
    # a row over the budget is a page of its own, whole; the next starts a new page
    assert pages.page_starts([10, 500, 10, 10], 10, 100) == [0, 1, 2]
    assert pages.page_starts([500, 500], 10, 100) == [0, 1]
    assert pages.page_starts([0, 0, 0], 2, 1) == [0, 2]  # empty sub-topics count as rows


def _sources(ed: Any) -> dict[str, tuple[str, str, str]]:
    return {
        sid: (code, title, text)
        for sid, code, title, text in Statement.objects.filter(edition=ed).values_list(
            "sid", "session__code", "session__title", "text"
        )
    }


def _weights(ed: Any, theme: dict[str, Any], shown: int | None) -> list[tuple[str, int]]:
    """Each message of a snapshot theme and the bytes of its text and first ``shown`` sources
    (all of them for None), counted here from the stored statements."""
    info = _sources(ed)
    out = []
    for tp in theme["topics"]:
        for m in tp["messages"]:
            srcs = [info[sid] for sid, _s in m["sources"] if sid in info][:shown]
            parts = [m["text"]] + [x for s in srcs for x in s]
            out.append((m["uid"], sum(len(x.encode("utf-8")) for x in parts)))
    return out


def _publish_with_long(ed: Any, users: dict[str, Any]) -> tuple[str, str]:
    """The edition's largest theme with one of its messages made ``LONG``, published for
    review; (theme key, the long message's uid)."""
    snap = ed.draft.latest_version().snapshot
    th = max(snap["themes"], key=lambda t: sum(len(tp["messages"]) for tp in t["topics"]))
    uids = [m["uid"] for tp in th["topics"] for m in tp["messages"]]
    long_uid = uids[len(uids) // 2]
    curation.edit_text(Message.objects.get(draft=ed.draft, uid=long_uid), LONG, users["editor"])
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), users["admin"])
    return th["key"], long_uid


def _budget(weights: list[tuple[str, int]]) -> int:
    """A budget of about four ordinary messages, below the long one."""
    ordinary = sorted(w for _u, w in weights)[len(weights) // 2]
    return 4 * ordinary


def test_the_theme_page_is_cut_by_its_bytes(edition: Any, users: dict[str, Any]) -> None:
    key, long_uid = _publish_with_long(edition, users)
    snap = publishing.current_draft_publication(edition).version.snapshot
    theme = next(t for t in snap["themes"] if t["key"] == key)
    weights = _weights(edition, theme, pages.SOURCES_SHOWN)
    budget = _budget(weights)
    assert dict(weights)[long_uid] > budget
    reader, url = client_for(None), f"/e/{edition.slug}/theme/{key}/"
    with override_settings(PAGE_BYTES=budget):
        first = reader.get(url).content.decode()
        count = int(re.search(r"page 1 of (\d+)", first).group(1))  # type: ignore[union-attr]
        assert count > len(weights) // 100 + 1  # more pages than the count alone makes
        seen: list[list[str]] = []
        for n in range(1, count + 1):
            page = reader.get(url, {"page": str(n)}).content.decode()
            assert f"page {n} of {count}" in page
            assert page == reader.get(url, {"page": str(n)}).content.decode()  # the same page
            on = MSG.findall(page)
            assert on
            size = sum(dict(weights)[u] for u in on)
            assert size <= budget or on == [long_uid]  # within the budget, or one long message
            seen.append(on)
        assert [u for on in seen for u in on] == [u for u, _w in weights]  # each once, in order
        assert [long_uid] in seen  # alone on its page, and whole
        number = seen.index([long_uid]) + 1
        page = reader.get(url, {"page": str(number)}).content.decode()
        assert LONG in page
        # a page holds as many as fit: the next page's first message would not have
        for n, on in enumerate(seen[:-1]):
            nxt = seen[n + 1][0]
            total = sum(dict(weights)[u] for u in on) + dict(weights)[nxt]
            assert total > budget or len(on) == 100
        # the message's own page links back to the page that holds it
        own = reader.get(f"{url}m/{long_uid}/").content.decode()
        assert f"page={number}#{long_uid}" in own
        # a comment on it is linked on its page (the comments' lists and downloads)
        c = comments.submit(
            edition,
            comments.Target("message", long_uid),
            {"text": "这一条太长了，请缩短。", "name": "Li"},
            "10.1.1.7",
            comments.new_token(),
        )
        Comment.objects.filter(pk=c.pk).update(state=Comment.VISIBLE)
        target = Targets(edition, "fr").of(Comment.objects.get(pk=c.pk))
        assert target.url == f"{url}?page={number}#{long_uid}"
        # the same pages in another language (the sources and texts are the same)
        fr = client_for(None)
        fr.cookies["django_language"] = "fr"
        page_fr = fr.get(url, {"page": str(number)}, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
        assert MSG.findall(page_fr) == [long_uid] and f"{number} sur {count}" in page_fr


def test_a_sub_topic_cut_by_the_bytes_says_where_it_began(
    edition: Any, users: dict[str, Any]
) -> None:
    key, _long = _publish_with_long(edition, users)
    snap = publishing.current_draft_publication(edition).version.snapshot
    theme = next(t for t in snap["themes"] if t["key"] == key)
    budget = _budget(_weights(edition, theme, pages.SOURCES_SHOWN))
    big = max(theme["topics"], key=lambda tp: len(tp["messages"]))
    url = f"/e/{edition.slug}/theme/{key}/"
    with override_settings(PAGE_BYTES=budget):
        numbers = []
        n = 1
        while True:
            page = client_for(None).get(url, {"page": str(n)}).content.decode()
            if f'<h2 id="{big["uid"]}"' in page:
                numbers.append((n, page))
            if 'rel="next"' not in page:
                break
            n += 1
        assert len(numbers) > 1  # the largest sub-topic spans pages
        first = numbers[0][0]
        for _n, page in numbers[1:]:
            assert f"continued from page {first}" in page


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_final_text_comes_in_pages_and_whole(
    edition: Any, users: dict[str, Any], language: str
) -> None:
    _key, long_uid = _publish_with_long(edition, users)
    pub = publishing.current_draft_publication(edition)
    pub.closes = timezone.now() - timedelta(seconds=1)
    pub.save()
    publishing.publish_final(edition, users["editor"])
    snap = publishing.final_publication(edition).version.snapshot
    weights = [w for th in snap["themes"] for w in _weights(edition, th, None)]
    budget = _budget(weights)
    reader, url = client_for(None), f"/e/{edition.slug}/final/"
    reader.cookies["django_language"] = language
    with override_settings(PAGE_BYTES=budget):
        whole = reader.get(url, {"whole": "1"}).content.decode()
        assert MSG.findall(whole) == [u for u, _w in weights] and LONG in whole
        first = reader.get(url).content.decode()
        assert 'href="?whole=1"' in first
        count = len(pages.page_starts([w for _u, w in weights], 100, budget))
        assert count > 2
        seen: list[str] = []
        begins: dict[str, int] = {}
        for n in range(1, count + 1):
            page = reader.get(url, {"page": str(n)}).content.decode()
            on = MSG.findall(page)
            assert sum(dict(weights)[u] for u in on) <= budget or on == [long_uid]
            for th in re.findall(r'<h2 id="theme-([\w-]+)"', page):
                begins.setdefault(th, n)
            seen += on
        assert seen == [u for u, _w in weights]
        # the list of themes links each to the page it begins on
        for th in snap["themes"]:
            assert f'href="?page={begins[th["key"]]}#theme-{th["key"]}"' in first
        last = reader.get(url, {"page": "999999"}).content.decode()
        assert MSG.findall(last) == MSG.findall(
            reader.get(url, {"page": str(count)}).content.decode()
        )


def test_the_whole_draft_at_a_version_comes_in_pages(edition: Any, users: dict[str, Any]) -> None:
    from forum_messages.web.services.snapshot import outline
    from forum_messages.web.services.versions import theme_titles

    _publish_with_long(edition, users)  # version 2 holds the long message
    v = edition.draft.versions.get(number=2)
    whole = outline(v.snapshot, theme_titles(edition.draft))
    budget = 4000
    c, url = client_for(users["editor"]), f"/staff/e/{edition.slug}/versions/2/text/"
    pre = re.compile(r'<pre class="diff">(.*?)</pre>', re.S)
    one = c.get(url, {"whole": "1"}).content.decode()
    assert html.unescape(pre.findall(one)[0]) == whole
    with override_settings(PAGE_BYTES=budget):
        first = c.get(url).content.decode()
        assert 'href="?whole=1"' in first
        count = int(re.search(r"page 1 of (\d+)", first).group(1))  # type: ignore[union-attr]
        assert count >= len(whole.encode("utf-8")) // budget
        texts = []
        for n in range(1, count + 1):
            page = c.get(url, {"page": str(n)}).content.decode()
            text = html.unescape(pre.findall(page)[-1])
            # within the budget, or one message (the long one) with its lines
            assert len(text.encode("utf-8")) <= budget or text.startswith(("- [", "# ", "## "))
            # the headings it continues under, none when a theme begins it
            assert ("continued from page" in page) == (n > 1 and not text.startswith("# "))
            texts.append(text)
        assert "".join(texts) == whole  # put together, the outline; no line split
        assert sum(LONG in t for t in texts) == 1
