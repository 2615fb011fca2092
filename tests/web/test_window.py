"""Running the review window (open now, extend, close now, in the edition's time zone) and
what the public pages say of it; names and places isolated, groups and dates in the reader's
language."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from django.utils import timezone

from forum_messages.web.models import Comment
from forum_messages.web.services import comments, publishing

from .conftest import client_for

CLOSES = datetime(2031, 12, 4, 15, 30, tzinfo=UTC)  # 18:30 in Nairobi (UTC+3 all year)


def _staff(users: dict[str, Any], lang: str = "en") -> Any:
    c = client_for(users["editor"])
    c.cookies["django_language"] = lang
    return c


def _flash(page: str) -> str:
    found = re.search(r'<div class="flash (\w+)"[^>]*>(.*?)</div>', page, re.S)
    assert found, "no message shown"
    return found.group(1) + ": " + html.unescape(found.group(2))


def test_open_now_extend_and_close_now(edition: Any, users: dict[str, Any]) -> None:
    c, s = _staff(users), f"/staff/e/{edition.slug}"
    before = timezone.now()
    r = c.post(f"{s}/window/open/", {"days": "3"}, follow=True)
    assert "success: Draft version 1 is open for comments from" in _flash(r.content.decode())
    pub = publishing.current_draft_publication(edition)
    assert before <= pub.opens <= timezone.now()
    assert abs(pub.closes - pub.opens - timedelta(days=3)) < timedelta(seconds=5)
    page = r.content.decode()
    assert "Close now" in page and "Extend the review" in page and "Open now" not in page

    closes = pub.closes
    r = c.post(f"{s}/window/extend/", {"days": "2"}, follow=True)
    pub.refresh_from_db()
    assert pub.closes == closes + timedelta(days=2)
    assert "is open for comments" in _flash(r.content.decode())

    r = c.post(f"{s}/window/close/", follow=True)
    pub.refresh_from_db()
    assert pub.closes <= timezone.now() and publishing.window_state(pub) == "closed"
    flash = _flash(r.content.decode())
    assert "its review closed on" in flash and "no more comments are taken" in flash
    public = client_for(None)
    page = public.get(f"/e/{edition.slug}/").content.decode()
    assert "The review period is closed." in page and "It closed on <time" in page
    with_form = public.get(f"/e/{edition.slug}/comment/draft/").content.decode()
    assert "The review is not open" in with_form and 'name="text"' not in with_form
    assert "It closed on <time" in with_form

    r = c.post(f"{s}/window/close/", follow=True)  # nothing to close
    assert _flash(r.content.decode()) == "error: the review is closed already"
    r = c.post(f"{s}/window/open/", {"days": "1"}, follow=True)  # and open again
    pub.refresh_from_db()
    assert publishing.window_state(pub) == "open" and pub.closes > timezone.now()


def test_refusals_and_confirmations_in_the_readers_language(
    published: Any, users: dict[str, Any]
) -> None:
    c, s = _staff(users, "fr"), f"/staff/e/{published.slug}"
    r = c.post(f"{s}/window/open/", {"days": "3"}, follow=True)
    assert _flash(r.content.decode()) == "error: l'examen est déjà ouvert"
    r = c.post(f"{s}/window/extend/", {"days": "1"}, follow=True)
    assert "est ouverte aux commentaires du" in _flash(r.content.decode())
    r = c.post(f"{s}/window/extend/", {"days": "400"})
    assert r.status_code == 400  # the form's field is checked before anything changes
    r = c.post(f"{s}/window/tomorrow/", {"days": "1"})
    assert r.status_code == 404


def test_window_shown_in_the_editions_zone_beside_utc(
    published: Any, users: dict[str, Any]
) -> None:
    c, s = _staff(users), f"/staff/e/{published.slug}"
    r = c.post(f"{s}/settings/", {"time_zone": "Africa/Nairobi", "premoderate": "1"})
    assert r.status_code == 302
    pub = publishing.current_draft_publication(published)
    pub.closes = CLOSES
    pub.save()
    staff = c.get(f"{s}/").content.decode()
    assert '<option value="Africa/Nairobi" selected>' in staff  # chosen from the list
    assert 'name="closes" value="2031-12-04T18:30"' in staff  # the form shows the window
    for lang, day, there, here in (
        ("en", "December 4, 2031", "6:30\u202fPM", "3:30\u202fPM"),
        ("zh-hans", "2031年12月4日", "18:30", "15:30"),
    ):
        public = client_for(None)
        public.cookies["django_language"] = lang
        page = public.get(f"/e/{published.slug}/").content.decode()
        local, utc = re.search(
            r"<time[^>]*><bdi>([^<]*)</bdi> \(<bdi>Africa/Nairobi</bdi>\)</time> · "
            r"<bdi>([^<]*)</bdi> UTC",
            page,
        ).groups()
        assert day in local and there in local
        assert day in utc and here in utc
    published.time_zone = "US/Eastern"  # an alias outside the list stays chosen
    published.save()
    assert '<option value="US/Eastern" selected>' in c.get(f"{s}/").content.decode()
    r = c.post(f"{s}/settings/", {"time_zone": "Mars/Olympus"}, follow=True)
    assert "unknown time zone" in _flash(r.content.decode())


def test_publishing_a_past_window_says_it_is_closed(edition: Any, users: dict[str, Any]) -> None:
    c, s = _staff(users), f"/staff/e/{edition.slug}"
    day = timezone.localtime() - timedelta(days=3)
    data = {
        "opens": day.strftime("%Y-%m-%dT%H:%M"),
        "closes": (day + timedelta(1)).strftime("%Y-%m-%dT%H:%M"),
    }
    r = c.post(f"{s}/publish/draft/", data, follow=True)
    flash = _flash(r.content.decode())
    assert "success: Draft version 1 is published; its review closed on" in flash
    assert "published for review" not in flash


def test_theme_page_says_draft_under_review_or_final(published: Any, users: dict[str, Any]) -> None:
    public, url = client_for(None), f"/e/{published.slug}/theme/trust/"
    assert "<strong>Under review</strong>" in public.get(url).content.decode()
    pub = publishing.current_draft_publication(published)
    pub.closes = timezone.now() - timedelta(minutes=1)
    pub.save()
    closed = public.get(url).content.decode()
    assert "<strong>Draft</strong> · The review period is closed." in closed
    publishing.publish_final(published, users["editor"])
    final = public.get(url).content.decode()
    assert "<strong>Final text</strong>" in final and "Draft for review" not in final
    draft = public.get(url + "?text=draft").content.decode()
    assert "<strong>Draft</strong> · The review is over and the final text is published." in draft


def test_names_places_and_comments_isolated_and_translated(published: Any) -> None:
    published.premoderate = False
    published.save()
    data = {
        "text": "نقترح ذكر الدول الجزرية الصغيرة النامية صراحة.",
        "name": "ليلى",
        "country": "تونغا",
        "stakeholder_group": "Civil Society",
        "region": "Asia-Pacific Group",
    }
    c = comments.submit(published, comments.Target("draft"), data, "10.9.9.9", comments.new_token())
    assert c.state == Comment.VISIBLE
    reader = client_for(None)
    reader.cookies["django_language"] = "zh-hans"
    page = reader.get(f"/e/{published.slug}/handled/").content.decode()
    assert "<bdi>ليلى</bdi>" in page and "<bdi>تونغا</bdi>" in page
    assert "<bdi>民间社会</bdi>" in page and "<bdi>亚洲及太平洋国家组</bdi>" in page
    assert re.search(r"<bdi>\d{4}年\d{1,2}月\d{1,2}日</bdi>", page)  # the day, Chinese style
    assert "2025年互联网治理论坛" in page  # the edition's own title in Chinese
    form = reader.get(f"/e/{published.slug}/comment/draft/").content.decode()
    assert '<option value="Civil Society">民间社会</option>' in form
    assert '<option value="African Group">非洲国家组</option>' in form


def test_template_filters_follow_the_language() -> None:
    from django.template import Context, Template
    from django.utils import translation

    page = Template("{% load fm_tags %}{{ n|lnum }} · {{ d|ldate:'Asia/Tokyo' }}")
    day = datetime(2026, 12, 4, 22, 30, tzinfo=UTC)  # already the 5th in Tokyo
    seen = {}
    for lang in ("en", "fr", "zh-hans", "ar"):
        with translation.override(lang):
            seen[lang] = page.render(Context({"n": 12345, "d": day}))
    assert seen["en"] == "12,345 · December 5, 2026"
    assert seen["fr"] == "12\u202f345 · 5 décembre 2026"
    assert seen["zh-hans"] == "12,345 · 2026年12月5日"
    assert seen["ar"] == "12,345 · 5 ديسمبر 2026"


def test_a_time_the_clocks_skip_or_repeat_is_refused(edition: Any, users: dict[str, Any]) -> None:
    """A closing time in the hour Oslo's clocks skip (29 March 2026, 02:00 to 03:00) was
    read an hour later than written (shown as 03:30 on the public pages); one in the hour
    they repeat (25 October 2026) is two moments. Both are refused, naming the zone."""
    c, s = _staff(users), f"/staff/e/{edition.slug}"
    edition.time_zone = "Europe/Oslo"
    edition.save()
    for closes, says in (
        ("2026-03-29T02:30", "2026-03-29 02:30 does not exist in Europe/Oslo"),
        ("2026-10-25T02:30", "2026-10-25 02:30 happens twice in Europe/Oslo"),
    ):
        r = c.post(
            f"{s}/publish/draft/", {"opens": "2026-03-01T09:00", "closes": closes}, follow=True
        )
        assert says in _flash(r.content.decode())
        assert publishing.current_draft_publication(edition) is None  # nothing published
    # the hours around the changes are read as written, in the offset of that day
    r = c.post(f"{s}/publish/draft/", {"opens": "2026-03-29T01:59", "closes": "2026-10-25T03:00"})
    pub = publishing.current_draft_publication(edition)
    assert pub.opens.isoformat() == "2026-03-29T00:59:00+00:00"  # UTC+1, winter
    assert pub.closes.isoformat() == "2026-10-25T02:00:00+00:00"  # UTC+1 again
    r = c.post(f"{s}/publish/draft/", {"opens": "2026-03-29T03:00", "closes": "2026-10-25T01:59"})
    pub.refresh_from_db()
    assert pub.opens.isoformat() == "2026-03-29T01:00:00+00:00"  # UTC+2, summer
    assert pub.closes.isoformat() == "2026-10-24T23:59:00+00:00"


def test_a_comment_a_second_after_the_deadline_is_refused(published: Any) -> None:
    """The server checks the window at the moment the comment arrives: [opens, closes)."""
    pub = publishing.current_draft_publication(published)
    fields = {"text": "Los plazos deben respetarse al segundo.", "name": "Lucía"}

    def send(now: datetime) -> Any:
        return comments.submit(
            published, comments.Target("draft"), fields, "10.2.2.2", comments.new_token(), now=now
        )

    assert send(pub.closes - timedelta(seconds=1)).pk
    for late in (pub.closes, pub.closes + timedelta(seconds=1)):
        try:
            send(late)
        except comments.CommentError as exc:
            assert "the review is not open" in str(exc)
        else:
            raise AssertionError(f"a comment at {late} was taken")
    # and through the page, a second after the closing time
    pub.closes = timezone.now() - timedelta(seconds=1)
    pub.save()
    r = client_for(None).post(
        f"/e/{published.slug}/comment/draft/", {**fields, "token": comments.new_token()}
    )
    assert r.status_code == 400 and "review is not open" in r.content.decode()
    assert Comment.objects.filter(edition=published).count() == 1
