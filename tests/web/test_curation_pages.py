"""Curation at real size: the overview by theme with search and jump links, merging by
picking a message from a search, the absorbed text kept in view, each action returning to
where the editor was, and side-by-side word diffs of versions."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from forum_messages.web.models import Message, Topic
from forum_messages.web.services import curation

from .conftest import client_for


def live(edition: Any) -> list[Message]:
    return list(edition.draft.messages.filter(removed=False).order_by("id"))


def rare_word(m: Message, others: list[Message]) -> str:
    """A word of ``m``'s text that no other live message contains."""
    for w in sorted(re.findall(r"[A-Za-z]{6,}", m.text), key=len, reverse=True):
        if not any(w.casefold() in o.text.casefold() for o in others if o.pk != m.pk):
            return w
    raise AssertionError(f"no word of {m.uid} is its own")


def test_overview_is_collapsed_by_theme_with_jump_links(
    edition: Any, users: dict[str, Any]
) -> None:
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/curate/"
    page = c.get(url).content.decode()
    keys = list(edition.draft.themes.values_list("key", flat=True))
    assert len(keys) > 1
    for key in keys:
        assert f'<details id="theme-{key}">' in page  # closed: the page is short
        assert f'href="?theme={key}#theme-{key}"' in page
    one = c.get(url, {"theme": keys[1]}).content.decode()
    assert f'<details id="theme-{keys[1]}" open>' in one
    assert f'<details id="theme-{keys[0]}">' in one
    assert one.count('<details id="theme-') == len(keys)


def test_a_closed_theme_puts_no_message_in_the_page(edition: Any, users: dict[str, Any]) -> None:
    """Only an open theme's sub-topics and messages are in the overview: an edition of 3,000
    messages made a page of 6.7 MB with every theme closed (bench/web_scale.py)."""
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/curate/"
    msgs = live(edition)
    closed = c.get(url).content.decode()
    assert 'id="m-' not in closed and 'name="into"' not in closed
    for th in edition.draft.themes.all():  # each closed theme links to itself opened
        assert f'<a href="?theme={th.key}#theme-{th.key}">' in closed
    first = msgs[0].topic.theme
    one = c.get(url, {"theme": first.key}).content.decode()
    shown = set(re.findall(r'id="m-(m-[0-9a-f]+)"', one))
    assert shown == {m.uid for m in msgs if m.topic.theme_id == first.pk}
    every = c.get(url, {"theme": "all"}).content.decode()
    assert set(re.findall(r'id="m-(m-[0-9a-f]+)"', every)) == {m.uid for m in msgs}
    assert len(closed) * 3 < len(every)


def test_overview_search_keeps_matching_messages(edition: Any, users: dict[str, Any]) -> None:
    msgs = live(edition)
    target = msgs[5]
    word = rare_word(target, msgs)
    c = client_for(users["editor"])
    page = c.get(f"/staff/e/{edition.slug}/curate/", {"q": word.upper()}).content.decode()
    shown = set(re.findall(r'id="m-(m-[0-9a-f]+)"', page))
    assert target.uid in shown and len(shown) < len(msgs) // 4
    assert all(word.casefold() in Message.objects.get(uid=u).text.casefold() for u in shown)
    assert f'<details id="theme-{target.topic.theme.key}" open>' in page
    assert f'value="{word.upper()}"' in page
    none = c.get(f"/staff/e/{edition.slug}/curate/", {"q": "zzqx-nothing"}).content.decode()
    assert "0 messages found" in none and 'id="m-' not in none
    for odd in ("\x00" * 3, "x" * 10_000, "<b>"):
        assert (
            c.get(f"/staff/e/{edition.slug}/curate/", {"q": odd, "theme": odd}).status_code == 200
        )
        one = f"/staff/e/{edition.slug}/m/{target.uid}/"
        assert c.get(one, {"merge_q": odd}).status_code == 200


def test_merge_by_search_keeps_absorbed_text(edition: Any, users: dict[str, Any]) -> None:
    msgs = live(edition)
    a = msgs[0]
    b = next(m for m in msgs if m.topic.theme_id != a.topic.theme_id)
    c = client_for(users["editor"])
    page_url = f"/staff/e/{edition.slug}/m/{a.uid}/"
    first = c.get(page_url).content.decode()
    assert "multiple" not in first  # no long multi-select
    assert f'value="{b.uid}"' not in first  # another theme: found by searching, not listed
    found = c.get(page_url, {"merge_q": rare_word(b, msgs)}).content.decode()
    assert f'<input type="radio" name="others" value="{b.uid}"' in found
    assert found.count('type="radio" name="others"') == 1
    by_id = c.get(page_url, {"merge_q": b.uid}).content.decode()
    assert f'value="{b.uid}"' in by_id
    r = c.post(f"{page_url}merge/", {"others": b.uid})
    assert r.status_code == 302 and r["Location"] == f"{page_url}#absorbed"
    b.refresh_from_db()
    assert b.removed and b.successor == a.uid
    after = c.get(page_url).content.decode()
    absorbed = after[after.index('id="absorbed"') :]
    assert b.text[:60] in absorbed.replace("&#x27;", "'").replace("&quot;", '"')
    theme = {"theme": a.topic.theme.key}  # the message is shown in its theme, opened
    overview = c.get(f"/staff/e/{edition.slug}/curate/", theme).content.decode()
    assert f'href="{page_url}#absorbed">absorbed text to fold in</a>' in overview
    # Merged again into a third message: the text is still there, through the second one.
    d = next(m for m in msgs if m.pk not in (a.pk, b.pk))
    curation.merge(d, [a], users["editor"])
    assert [m.uid for m in curation.absorbed(d)] == [a.uid, b.uid]


def test_each_action_returns_to_the_message(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    topic = next(t for t in Topic.objects.filter(draft=edition.draft) if t.messages.count() > 1)
    m = list(topic.messages.filter(removed=False))[1]
    base = f"/staff/e/{edition.slug}"
    key = topic.theme.key
    r = c.post(f"{base}/m/{m.uid}/up/", {"q": "cyber"})
    loc = urlsplit(r["Location"])
    assert loc.path == f"{base}/curate/" and loc.fragment == f"m-{m.uid}"
    assert loc.query == f"q=cyber&theme={key}&at=m-{m.uid}"  # ``at``: the page holding it
    r = c.post(f"{base}/m/{m.uid}/edit/", {"text": "A new text for this message."})
    assert r["Location"] == f"{base}/m/{m.uid}/#text"
    other = Topic.objects.filter(draft=edition.draft, removed=False).exclude(theme=topic.theme)[0]
    r = c.post(f"{base}/m/{m.uid}/move/", {"topic": other.uid})
    assert r["Location"] == f"{base}/curate/?theme={other.theme.key}&at=m-{m.uid}#m-{m.uid}"
    page = c.get(r["Location"]).content.decode()
    assert f'<details id="theme-{other.theme.key}" open>' in page and f'id="m-{m.uid}"' in page
    r = c.post(f"{base}/t/{other.uid}/rename/", {"title": "Renamed sub-topic"})
    assert r["Location"] == f"{base}/curate/?theme={other.theme.key}&at=t-{other.uid}#t-{other.uid}"
    n = edition.draft.latest_version().number
    renamed = c.get(f"{base}/versions/{n}/").content.decode()
    assert "No message changed." in renamed  # a renamed sub-topic moves no message


def test_version_diff_side_by_side_changed_only(edition: Any, users: dict[str, Any]) -> None:
    msgs = live(edition)
    a, b, d = msgs[0], msgs[1], msgs[2]
    curation.edit_text(a, a.text + " Funding matters.", users["editor"])
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}/versions"
    page = c.get(f"{base}/2/").content.decode()
    assert "<ins> Funding matters.</ins>" in page and "Changes from version 1" in page
    assert "@@" not in page and f'id="{a.uid}"' in page
    assert f'id="{b.uid}"' not in page  # unchanged: hidden unless asked
    every = c.get(f"{base}/2/", {"all": "1"}).content.decode()
    assert f'id="{b.uid}"' in every and "Show changed messages only" in every
    curation.merge(d, [b], users["editor"])
    merged = c.get(f"{base}/3/").content.decode()
    row = merged[merged.index(f'id="{b.uid}"') :]
    row = row[: row.index('<div class="card"') if '<div class="card"' in row else None]
    assert f"merged into {d.uid}" in row and "Merged with:" in row
    assert "<del>" not in row and "<ins>" not in row  # a merge, not word salad


def test_overview_lists_messages_left_in_another_language(
    edition: Any, users: dict[str, Any]
) -> None:
    """The overview counts the messages whose text is a source's words in another language
    than the draft's, ``left=1`` shows only those (tagged with their language), and writing
    one in the draft's language takes it off the list."""
    draft = edition.draft
    msgs = live(edition)
    foreign = [m for m in msgs if m.language.split("-")[0] != draft.language.split("-")[0]]
    if len(foreign) < 2:  # the sample draft leaves a few; make sure of two
        for m in msgs[:2]:
            m.language = "zh" if draft.language != "zh" else "fr"
            m.save(update_fields=["language"])
        foreign = msgs[:2]
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/curate/"
    page = c.get(url).content.decode()
    assert f"Left in another language ({len(foreign)})" in page
    only = c.get(url, {"left": "1"}).content.decode()
    shown = set(re.findall(r'id="m-(m-[0-9a-f]+)"', only))
    assert shown == {m.uid for m in foreign}
    assert f'<span class="tag">[{foreign[0].language}]</span>' in only
    assert f'lang="{foreign[0].language}"' in only
    assert 'name="left" value="1"' in only  # a search keeps to the list
    curation.edit_text(foreign[0], "A text written in the draft's language.", users["editor"])
    after = c.get(url, {"left": "1"}).content.decode()
    assert foreign[0].uid not in set(re.findall(r'id="m-(m-[0-9a-f]+)"', after))
    assert f"Left in another language ({len(foreign) - 1})" in after


def test_a_version_page_comes_in_pages_and_the_whole_draft_apart(
    edition: Any, users: dict[str, Any]
) -> None:
    """The first version's changes are every message: pages of ``PAGE_SIZE`` rows, the count
    of them all on each; the whole draft at the version is a page of its own."""
    from django.test import override_settings

    msgs = live(edition)
    size = 4
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}/versions"
    v1 = edition.draft.versions.get(number=1)
    every = [
        m["uid"] for th in v1.snapshot["themes"] for tp in th["topics"] for m in tp["messages"]
    ]
    assert len(every) == len(msgs) > 2 * size
    card = re.compile(r'<div class="card" id="(m-[0-9a-f]+)">')
    with override_settings(PAGE_SIZE=size):
        pages = -(-len(every) // size)
        seen: list[str] = []
        for n in range(1, pages + 1):
            page = c.get(f"{base}/1/", {"page": str(n)}).content.decode()
            assert f"{len(every)} messages changed." in page and f"page {n} of {pages}" in page
            assert "<pre" not in page and f'href="{base}/1/text/"' in page
            seen += card.findall(page)
        assert seen == every
        assert card.findall(c.get(f"{base}/1/", {"page": "x"}).content.decode()) == every[:size]
        curation.edit_text(msgs[0], msgs[0].text + " Funding matters.", users["editor"])
        later = c.get(f"{base}/2/", {"all": "1"}).content.decode()
        assert "page 1 of" in later and "all=1&amp;page=2" in later
    text = c.get(f"{base}/1/text/").content.decode()
    assert '<pre class="diff">' in text and all(f"[{uid}]" in text for uid in every)
    assert c.get(f"{base}/99/text/").status_code == 404
    assert client_for(None).get(f"{base}/1/text/").status_code in (302, 403, 404)


def test_not_reflected_offers_the_messages_a_search_finds(
    edition: Any, users: dict[str, Any], monkeypatch: Any
) -> None:
    """The *Not reflected* page lists no message of the draft until asked: a search by words
    of the text or an ID offers at most ``OFFERED`` of them to move statements into."""
    from forum_messages.web.views import curate

    msgs = live(edition)
    c = client_for(users["editor"])
    url = f"/staff/e/{edition.slug}/not-reflected/"
    option = re.compile(r'<option value="(m-[0-9a-f]+)">')
    assert option.findall(c.get(url).content.decode()) == []
    m = msgs[len(msgs) // 2]
    word = rare_word(m, msgs)
    page = c.get(url, {"find": word.upper()}).content.decode()
    assert m.uid in option.findall(page) and "found: offered below." in page
    assert option.findall(c.get(url, {"find": f" {m.uid} "}).content.decode()) == [m.uid]
    assert 'name="find" value="' + word.upper() + '"' in page  # the move comes back to it
    left = edition.draft.not_reflected.select_related("statement").first()
    r = c.post(
        f"{url}move/",
        {"message": m.uid, "statements": [left.statement.sid], "reason": "", "page": "1"}
        | {"find": word},
    )
    assert r["Location"] == f"{url}?reason=&page=1&find={word}"
    assert m.sources.filter(statement=left.statement).exists()
    assert "No message found." in c.get(url, {"find": "zzqqxxnothing"}).content.decode()
    common = "the"
    having = [x.uid for x in msgs if common in x.text.lower()]
    assert len(having) > 2
    monkeypatch.setattr(curate, "OFFERED", 2)
    page = c.get(url, {"find": common, "reason": "", "page": "1"}).content.decode()
    assert len(option.findall(page)) == 2
    assert f"Messages found: {len(having)}; the first 2 are offered below" in page
    for odd in ("\x00", "x" * 5000, "<b>"):
        assert c.get(url, {"find": odd}).status_code == 200
    assert edition.draft.not_reflected.count() > 50  # the list's own pages keep the search
    assert "?find=the&amp;page=2" in c.get(url, {"find": common}).content.decode()
