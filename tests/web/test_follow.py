"""Comments people can follow: what each comment is on (text and link), permalinks, the
thank-you page, search and filters, and mail to commenters through a real SMTP server."""

from __future__ import annotations

import csv
import io
import logging
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from django.test import Client, TestCase, override_settings

from forum_messages.web.models import Comment
from forum_messages.web.services import comments, mailing, publishing, translating

from .conftest import client_for
from .helpers import translate_every_segment
from .smtp_server import SmtpServer


def first(ed: Any) -> tuple[str, str, str]:
    """(theme key, message uid, message text) of the draft's first message."""
    th = publishing.current_draft_publication(ed).version.snapshot["themes"][0]
    m = th["topics"][0]["messages"][0]
    return th["key"], m["uid"], m["text"]


def send(c: Client, ed: Any, uid: str, text: str, **fields: str) -> Any:
    data = {"token": comments.new_token(), "text": text, **fields}
    return c.post(f"/e/{ed.slug}/comment/message/{uid}/", data)


@pytest.fixture
def open_edition(published: Any) -> Any:
    published.premoderate = False
    published.save()
    return published


def test_comments_show_the_text_they_are_on_with_a_link(
    open_edition: Any, users: dict[str, Any]
) -> None:
    ed = open_edition
    theme, uid, text = first(ed)
    send(client_for(None), ed, uid, "Please name rural schools here.", name="Ana")
    start = text[:40]
    link = f'href="/e/{ed.slug}/theme/{theme}/#{uid}"'
    page = client_for(None).get(f"/e/{ed.slug}/handled/").content.decode()
    assert start in page and link in page and uid not in page.replace(link, "")
    staff = client_for(users["admin"])
    for url in (f"/staff/e/{ed.slug}/moderate/?state=visible", f"/staff/e/{ed.slug}/answers/"):
        queue = staff.get(url).content.decode()
        assert start in queue and link in queue
        assert f'href="/staff/e/{ed.slug}/m/{uid}/">Edit this message</a>' in queue
        assert "<dt>Author</dt><dd><bdi>Ana</bdi>" in queue  # labelled, not run together
    body = client_for(None).get(f"/e/{ed.slug}/comments.csv").getvalue().decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(body)))[1]
    assert row[2].startswith("message: " + start)
    assert row[3] == f"http://testserver/e/{ed.slug}/theme/{theme}/#{uid}"
    assert row[13] == f"http://testserver/e/{ed.slug}/c/{Comment.objects.get().pk}/"


def test_targets_are_shown_in_the_reader_s_language(
    open_edition: Any, users: dict[str, Any]
) -> None:
    ed = open_edition
    _theme, uid, text = first(ed)
    send(client_for(None), ed, uid, "Name rural schools.", name="Ana")
    row = translating.start(ed, "zh")
    translate_every_segment(row, "中文：", users["editor"])
    translating.publish(row, users["editor"])
    zh = client_for(None)
    zh.cookies["django_language"] = "zh-hans"
    page = zh.get(f"/e/{ed.slug}/handled/").content.decode()
    assert "中文：" + text[:40] in page
    en = client_for(None).get(f"/e/{ed.slug}/handled/").content.decode()
    assert text[:40] in en and "中文：" not in en


def test_permalink_thanks_page_and_hidden_comments(open_edition: Any) -> None:
    ed = open_edition
    _theme, uid, text = first(ed)
    c = client_for(None)
    thanks = c.get(send(c, ed, uid, "Keep the part about schools.", name="Bo")["Location"])
    com = Comment.objects.get()
    page = thanks.content.decode()
    assert f'href="/e/{ed.slug}/c/{com.pk}/"' in page and f'href="/e/{ed.slug}/handled/"' in page
    own = client_for(None).get(f"/e/{ed.slug}/c/{com.pk}/").content.decode()
    assert "Keep the part about schools." in own and text[:40] in own
    assert "Not answered yet." in own
    Comment.objects.filter(pk=com.pk).update(state=Comment.PENDING)
    waiting = client_for(None).get(f"/e/{ed.slug}/c/{com.pk}/").content.decode()
    assert "waiting for a moderator" in waiting and "Keep the part" not in waiting
    for state in (Comment.HIDDEN, Comment.SPAM):
        Comment.objects.filter(pk=com.pk).update(state=state)
        assert client_for(None).get(f"/e/{ed.slug}/c/{com.pk}/").status_code == 404
    assert client_for(None).get(f"/e/{ed.slug}/c/999999/").status_code == 404


def test_search_and_filters_with_counts_per_theme(open_edition: Any, users: dict[str, Any]) -> None:
    ed = open_edition
    theme, uid, _text = first(ed)
    send(client_for(None), ed, uid, "Satellites for islands, please.", name="Ana")
    zh = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    send(zh, ed, uid, "请提到农村学校的网络接入。", name="李")
    whole = {"token": comments.new_token(), "text": "About the whole draft: shorter."}
    client_for(None).post(f"/e/{ed.slug}/comment/draft/", whole)
    answered = Comment.objects.get(name="Ana")
    from forum_messages.web.services import answers

    answers.answer([answered], "accepted", "Islands are now named.", users["editor"])
    url = f"/e/{ed.slug}/handled/"
    everything = client_for(None).get(url).content.decode()
    assert f'value="{theme}">' in everything and " (2)</option>" in everything
    checks = {
        "?q=satellites": ("Satellites", ["农村", "whole draft: shorter"]),
        "?language=zh-hans": ("农村", ["Satellites", "whole draft: shorter"]),
        "?disposition=accepted": ("Satellites", ["农村", "whole draft: shorter"]),
        "?disposition=none": ("农村", ["Satellites"]),
        f"?theme={theme}": ("农村", ["whole draft: shorter"]),
        "?q=islands+are+now": ("Satellites", ["农村"]),  # the answer is searched too
    }
    for query, (shown, hidden) in checks.items():
        page = client_for(None).get(url + query).content.decode()
        assert shown in page, query
        assert not any(h in page for h in hidden), query
    odd = client_for(None).get(url + "?theme=nope&disposition=%00&language=xx&page=abc")
    assert odd.status_code == 200 and "Satellites" in odd.content.decode()
    staff = client_for(users["admin"])
    queue = staff.get(f"/staff/e/{ed.slug}/answers/?show=all&language=zh-hans").content.decode()
    assert "农村" in queue and "Satellites" not in queue
    moderated = staff.post(
        f"/staff/e/{ed.slug}/moderate/set/",
        {
            "comments": [answered.pk],
            "to": "hidden",
            "back": "visible",
            "filters": "q=satellites&theme=" + theme,
        },
    )
    assert moderated["Location"] == (
        f"/staff/e/{ed.slug}/moderate/?state=visible&theme={theme}&q=satellites"
    )


# --------------------------------------------------------------------------- mail


SMTP = "django.core.mail.backends.smtp.EmailBackend"  # the tests' default keeps mail in memory


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with (
        SmtpServer() as server,
        override_settings(EMAIL_HOST="127.0.0.1", EMAIL_PORT=server.port, EMAIL_BACKEND=SMTP),
    ):
        yield server


def test_mail_on_submission_and_answer_in_the_commenter_s_language(
    open_edition: Any, users: dict[str, Any], smtp: SmtpServer
) -> None:
    ed = open_edition
    _theme, uid, _text = first(ed)
    zh = Client(HTTP_ACCEPT_LANGUAGE="zh-hans")
    sent = {"token": comments.new_token(), "text": "请提到农村学校。", "name": "李华"}
    with TestCase.captureOnCommitCallbacks(execute=True):
        send(zh, ed, uid, "没有名字的意见。", email="anon@example.org")  # anonymous: no mail
        for _twice in range(2):  # a double submit: one comment, one mail
            zh.post(f"/e/{ed.slug}/comment/message/{uid}/", {**sent, "email": "li@example.org"})
    mail = smtp.next()
    assert mail["To"] == "li@example.org"
    com = Comment.objects.get(name="李华")
    body = mail.get_content()
    assert "意见" in mail["Subject"] and "您的意见" in body  # written in Chinese
    assert f"http://testserver/e/{ed.slug}/c/{com.pk}/" in body
    unsubscribe = mail["List-Unsubscribe"].strip().strip("<>")
    assert unsubscribe in body and unsubscribe.startswith("http://testserver/unsubscribe/?t=")
    staff = client_for(users["editor"])
    with TestCase.captureOnCommitCallbacks(execute=True):
        staff.post(
            f"/staff/e/{ed.slug}/answers/set/",
            {"comments": [com.pk], "kind": "accepted", "response": "Schools are named now."},
        )
    answered = smtp.next()
    text = answered.get_content()
    assert answered["To"] == "li@example.org" and "Schools are named now." in text
    assert f"http://testserver/e/{ed.slug}/c/{com.pk}/" in text
    mailing.wait_sent()
    assert smtp.pending() == 0  # nothing for the anonymous comment
    # Unsubscribe without signing in: a button first (mail scanners follow links), then done.
    c = client_for(None)
    token = unsubscribe.split("?t=", 1)[1]
    assert "<form" in c.get(unsubscribe).content.decode()
    assert c.post("/unsubscribe/", {"t": token}).status_code == 200
    assert c.post("/unsubscribe/", {"t": token + "x"}).status_code == 400
    with TestCase.captureOnCommitCallbacks(execute=True):
        send(zh, ed, uid, "又一条意见。", name="李华", email="LI@example.org")
    mailing.wait_sent()
    assert smtp.pending() == 0
    # One address in many comments: a few confirmations an hour, not a mailbox filled.
    with TestCase.captureOnCommitCallbacks(execute=True):
        for i in range(mailing.MAX_CONFIRMATIONS_PER_HOUR + 2):
            send(client_for(None), ed, uid, f"Point {i} of many.", name="N", email="n@x.org")
    mailing.wait_sent()
    assert smtp.pending() == mailing.MAX_CONFIRMATIONS_PER_HOUR


def test_no_mail_without_a_server_and_a_broken_server_breaks_nothing(
    open_edition: Any, caplog: pytest.LogCaptureFixture
) -> None:
    ed = open_edition
    _theme, uid, _text = first(ed)
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        r = send(client_for(None), ed, uid, "No mail server here.", name="A", email="a@x.org")
    assert r.status_code == 302 and callbacks == []  # not configured: nothing to send
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there now
    broken = override_settings(EMAIL_HOST="127.0.0.1", EMAIL_PORT=port, EMAIL_BACKEND=SMTP)
    with broken, caplog.at_level(logging.WARNING, logger="forum_messages.web"):
        with TestCase.captureOnCommitCallbacks(execute=True):
            r = send(client_for(None), ed, uid, "The server is down.", name="B", email="b@x.org")
        mailing.wait_sent()
    assert r.status_code == 302
    assert Comment.objects.filter(name="B").exists()
    assert "could not be sent" in caplog.text


def test_a_bad_mail_port_is_refused_clearly() -> None:
    from forum_messages.errors import ConfigError

    for bad in ("abc", "0", "70000"):
        with override_settings(EMAIL_PORT_SETTING=bad), pytest.raises(ConfigError, match=bad):
            mailing.check_settings()
    with override_settings(EMAIL_PORT_SETTING="587"):
        mailing.check_settings()
