"""The whole review cycle in a real browser, on a small edition (one file of sessions): the
editor curates a message and opens the review; people comment in English, Chinese and
Arabic; a moderator shows the comments and an editor answers one; its author's "answered"
e-mail arrives at a local SMTP server; the editor closes the review now and publishes the
final text, whose PDF says it is final and gives the review dates that were really set.
Screenshots of the moderation queue and of the answers page in Chinese and Arabic go to
$FORUM_MESSAGES_SCREENSHOTS (docs/images/ for docs/web.md)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from export_print.pdftext import Pdf
from forum_messages.cli import sample_paths
from forum_messages.export.dates import format_date

from .browser_site import MARKS, chromium, cli, serve, shows, sign_in, submit
from .smtp_server import SmtpServer

pytestmark = MARKS
SLUG = "internet-governance-forum-2025"
ZONE = "Africa/Nairobi"
CURATED = "Trust online grows when small island states are named in every cable agreement."
COMMENTS = {  # language: (comment, name, e-mail)
    "en": ("Please name the Pacific cable projects.", "Tala", "tala@example.org"),
    "zh-hans": ("请提到农村学校的连接。", "李华", "li@example.org"),
    "ar": ("يرجى ذكر الدول الجزرية الصغيرة.", "ليلى", "layla@example.org"),
}
ANSWER = "The small island states are now named."


def _answered(smtp: SmtpServer, to: str) -> EmailMessage:
    """The first mail to ``to`` that carries the answer (confirmations come first)."""
    seen = []
    for _ in range(8):
        mail = smtp.next(timeout=30)
        if mail["To"] == to and ANSWER in mail.get_content():
            return mail
        seen.append((mail["To"], mail["Subject"]))
    raise AssertionError(f"no answer mail to {to}; got {seen}")


def test_the_review_cycle_in_a_browser(tmp_path: Path) -> None:
    shots = Path(os.environ.get("FORUM_MESSAGES_SCREENSHOTS") or tmp_path)
    data = tmp_path / "site"
    reports = next(p for p in sample_paths() if p.name == "sessions-trust-innovation.jsonl")
    cli(data, "import", "-e", "igf2025", "--draft", "--embedder", "hash", str(reports))
    cli(data, "createadmin", "--username", "admin")
    with (
        SmtpServer() as smtp,
        serve(data, EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(smtp.port)) as site,
        chromium() as browser,
    ):
        staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        sign_in(staff, site, "admin")

        # Curate: rewrite the first message.
        staff.goto(f"{site}/staff/e/{SLUG}/curate/?theme=all")
        staff.click("text=Edit, merge or split >> nth=0")
        uid = staff.url.rstrip("/").rsplit("/", 1)[1]
        staff.fill("#text", CURATED)
        submit(staff, "text=Save text")
        assert CURATED in staff.inner_text("#text") or CURATED in staff.input_value("#text")

        # Open the review: the window began two days ago, in the edition's time zone.
        staff.goto(f"{site}/staff/e/{SLUG}/")
        staff.select_option("#tz", ZONE)
        submit(staff, "form[action$='/settings/'] button[type=submit]")
        now = datetime.now(UTC).astimezone(ZoneInfo(ZONE))
        opens = now - timedelta(days=2)
        staff.fill("#opens", opens.strftime("%Y-%m-%dT%H:%M"))
        staff.fill("#closes", (now + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"))
        submit(staff, "text=Publish draft for review")
        assert "The review is open." in staff.inner_text("#window")

        # Comments in three languages, each with a name and an e-mail address.
        for lang, (text, name, email) in COMMENTS.items():
            ctx = browser.new_context(viewport={"width": 390, "height": 844})
            ctx.add_cookies([{"name": "django_language", "value": lang, "url": site}])
            public = ctx.new_page()
            public.goto(f"{site}/e/{SLUG}/comment/message/{uid}/")
            assert CURATED in public.inner_text("main"), lang
            public.fill("#text", text)
            public.fill("#name", name)
            public.fill("#email", email)
            public.select_option("#stakeholder_group", index=1)
            submit(public, "main form button[type=submit]")
            assert public.locator(f"a[href*='/e/{SLUG}/c/']").count(), lang  # the permalink
            ctx.close()

        # Moderate (show all three), then answer the Arabic comment.
        staff.goto(f"{site}/staff/e/{SLUG}/moderate/")
        for text, _name, _email in COMMENTS.values():
            staff.locator("div.card").filter(has_text=text).locator(
                "input[name=comments]"
            ).first.check()
        submit(staff, "button[value=visible]")
        assert shows(staff, "now visible")
        staff.goto(f"{site}/staff/e/{SLUG}/moderate/?state=visible")
        staff.screenshot(path=str(shots / "site-moderation-en-desktop.png"))
        staff.goto(f"{site}/staff/e/{SLUG}/answers/")
        arabic, _name, layla = COMMENTS["ar"]
        staff.locator("div.card").filter(has_text=arabic).locator(
            "input[name=comments]"
        ).first.check()
        staff.select_option("#kind", "accepted")
        staff.fill("#response", ANSWER)
        submit(staff, "text=Answer the chosen comments")
        assert shows(staff, "comment(s) answered.")
        mail = _answered(smtp, layla)
        assert f"{site}/e/{SLUG}/c/" in mail.get_content()

        # Close the review now and publish the final text.
        staff.goto(f"{site}/staff/e/{SLUG}/")
        submit(staff, "text=Close now")
        assert shows(staff, "no more comments are taken")
        closed = datetime.now(UTC).astimezone(ZoneInfo(ZONE))
        submit(staff, "text=Publish final text")
        assert shows(staff, "published as the final text")

        for lang, short, width in (("zh-hans", "zh", "desktop"), ("ar", "ar", "phone")):
            size = (
                {"width": 1280, "height": 900}
                if width == "desktop"
                else {"width": 390, "height": 844}
            )
            ctx = browser.new_context(viewport=size)
            ctx.add_cookies([{"name": "django_language", "value": lang, "url": site}])
            page = ctx.new_page()
            page.goto(f"{site}/e/{SLUG}/handled/")
            assert ANSWER in page.inner_text("main") and arabic in page.inner_text("main")
            page.screenshot(path=str(shots / f"site-handled-{short}-{width}.png"))
            ctx.close()

        reader = browser.new_page()
        reader.goto(f"{site}/e/{SLUG}/")
        link = reader.get_attribute(f"a[href$='/e/{SLUG}/export/final.pdf']", "href")
        got = reader.request.get(site + str(link), timeout=240_000)  # shown inline otherwise
        assert got.status == 200 and got.headers["content-type"] == "application/pdf"
        pdf = Pdf.of(got.body())

    first = " ".join(" ".join(pdf.texts[:3]).split())  # a sentence may wrap at any word
    assert "Final text" in first and "This is the final text of the messages" in first
    review = (
        f"from {format_date(opens.date().isoformat(), 'en')} "
        f"to {format_date(closed.date().isoformat(), 'en')}"
    )
    assert review in " ".join(" ".join(pdf.texts).split()), review
    assert pdf.pages_with(CURATED)
