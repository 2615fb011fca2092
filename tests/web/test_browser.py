"""A real browser (Playwright driving Debian's chromium) against the site served by waitress:
the public comments on a message, a moderator shows it, an editor answers it and publishes
the final text, and the public sees the answer. Skipped when chromium or playwright is absent
(scripts/web-browser-test.sh installs both)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from .browser_site import MARKS, PASSWORD, chromium, cli, serve, shows, submit
from .browser_site import sign_in as _sign_in

pytestmark = MARKS


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("browser-site")
    cli(data, "import", "--sample", "--draft", "--embedder", "hash")
    cli(data, "createadmin", "--username", "admin")
    with serve(data) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium() as b:
        yield b


def _local(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M")


# What each language's pages must show: the edition's own title, a sentence of the edition
# page, the theme page's state, the comment form's button and a stakeholder group.
SEEN = {
    "en": (
        "Internet Governance Forum 2025",
        "The draft is open for comments.",
        "Under review",
        "Send comment",
        "Civil Society",
    ),
    "zh-hans": (
        "2025年互联网治理论坛",
        "草案正在征求意见。",
        "正在征求意见",
        "提交意见",
        "民间社会",
    ),
    "ar": (
        "منتدى إدارة الإنترنت 2025",
        "المسودة مفتوحة للتعليق.",
        "قيد الاستعراض",
        "أرسل التعليق",
        "المجتمع المدني",
    ),
}
ENGLISH_LABELS = ("Comment on", "Stakeholder group", "Region", "Under review", "Send comment")
WIDTHS = {"desktop": 1280, "phone": 390}
SHOTS = {("edition", "desktop"), ("theme", "phone"), ("comment", "phone")}  # in docs/web.md


def test_languages_directions_and_widths(site: str, browser: Any, tmp_path: Path) -> None:
    """The editor sets the edition's time zone and opens the review now; the edition page, a
    theme page and the comment form, in English, Chinese and Arabic at desktop and phone
    width, have the language's direction, labels and dates, the times in the edition's zone
    beside UTC, and nothing wider than the screen. Screenshots of the edition page (desktop),
    a theme page and the comment form (phone) go to $FORUM_MESSAGES_SCREENSHOTS
    (docs/images/ for docs/web.md)."""
    slug = "internet-governance-forum-2025"
    staff = browser.new_page()
    _sign_in(staff, site, "admin")
    staff.goto(f"{site}/staff/e/{slug}/")
    staff.select_option("#tz", "Africa/Nairobi")
    submit(staff, "form[action$='/settings/'] button[type=submit]")
    submit(staff, "text=Open now")
    flash = staff.locator(".flash").first.inner_text()
    assert "is open for comments from" in flash and "(Africa/Nairobi)" in flash, flash
    staff.close()

    shots = Path(os.environ.get("FORUM_MESSAGES_SCREENSHOTS") or tmp_path)
    pages = {"edition": "", "theme": "theme/trust/", "comment": "comment/draft/"}
    for lang, (title, open_, state, send, group) in SEEN.items():
        for width_name, width in WIDTHS.items():
            ctx = browser.new_context(viewport={"width": width, "height": 860})
            ctx.add_cookies([{"name": "django_language", "value": lang, "url": site}])
            page = ctx.new_page()
            for name, path in pages.items():
                page.goto(f"{site}/e/{slug}/{path}")
                where = f"{lang} {width_name} {name}"
                assert page.get_attribute("html", "dir") == ("rtl" if lang == "ar" else "ltr")
                overflow = page.evaluate(
                    "document.documentElement.scrollWidth - document.documentElement.clientWidth"
                )
                assert overflow <= 0, f"{where}: {overflow}px wider than the screen"
                text = page.inner_text("body")
                assert title in text, where
                want = {"edition": open_, "theme": state, "comment": send}[name]
                assert want in text, where
                if name == "comment":
                    assert group in page.inner_text("#stakeholder_group"), where
                if name == "edition":
                    times = page.inner_text("main .card")
                    assert "(Africa/Nairobi)" in times and "UTC" in times, where
                    if lang == "zh-hans":
                        assert "年" in times and "月" in times and "日" in times, times
                if lang != "en":
                    # whole words: the draft's own English text may say "Regional"
                    left = [w for w in ENGLISH_LABELS if re.search(rf"\b{re.escape(w)}\b", text)]
                    assert not left, where
                if (name, width_name) in SHOTS:
                    short = "zh" if lang.startswith("zh") else lang
                    page.screenshot(path=str(shots / f"site-{name}-{short}-{width_name}.png"))
            ctx.close()


def test_comment_moderate_answer_publish(site: str, browser: Any, tmp_path: Path) -> None:
    slug = "internet-governance-forum-2025"
    staff = browser.new_page()
    _sign_in(staff, site, "admin")
    staff.goto(f"{site}/staff/e/{slug}/")
    if staff.locator("text=Publish draft for review").count():  # not opened by a test before
        now = datetime.now(UTC)
        staff.fill("#opens", _local(now - timedelta(hours=1)))
        staff.fill("#closes", _local(now + timedelta(days=7)))
        submit(staff, "text=Publish draft for review")
    assert shows(staff, "is published for review")

    public = browser.new_context(viewport={"width": 390, "height": 844}).new_page()  # a phone
    public.goto(f"{site}/e/{slug}/theme/trust/")
    public.click("text=Comment on this message >> nth=0")
    public.fill("#text", "Please name small island states explicitly.")
    public.fill("#name", "Tala")
    public.select_option("#stakeholder_group", "Civil Society")
    submit(public, "text=Send comment")
    assert shows(public, "Thank you for your comment")
    public.screenshot(path=str(tmp_path / "phone.png"))

    staff.goto(f"{site}/staff/e/{slug}/moderate/")
    staff.check("input[name=comments] >> nth=0")
    submit(staff, "button[value=visible]")
    assert shows(staff, "now visible")

    staff.goto(f"{site}/staff/e/{slug}/answers/")
    staff.check("input[name=comments] >> nth=0")
    staff.select_option("#kind", "accepted")
    staff.fill("#response", "Small island developing states are now named.")
    submit(staff, "text=Answer the chosen comments")
    assert shows(staff, "comment(s) answered.")

    staff.goto(f"{site}/staff/e/{slug}/")  # close the review, then publish the final text
    submit(staff, "text=Close now")
    assert shows(staff, "no more comments are taken")
    submit(staff, "text=Publish final text")
    assert shows(staff, "published as the final text")

    public.goto(f"{site}/e/{slug}/handled/")
    page = public.content()
    assert "Please name small island states explicitly." in page
    assert "Small island developing states are now named." in page and "accepted" in page
    public.goto(f"{site}/e/{slug}/")
    assert shows(public, "The final Messages are published.")
    public.select_option("#lang", "ar")
    submit(public, "header button[type=submit] >> text=Go")
    assert public.get_attribute("html", "dir") == "rtl"
    assert public.evaluate("document.querySelectorAll('script').length") == 0
    public.goto(f"{site}/e/{slug}/theme/access/")
    public.screenshot(path=str(tmp_path / "phone-ar.png"), full_page=False)


def test_translate_in_the_browser_and_through_xliff(
    site: str, browser: Any, tmp_path: Path
) -> None:
    """An admin makes a French translator and starts the translation; the translator
    translates a segment in the editor and the rest in a CAT tool (XLIFF down and up); the
    admin publishes it; the public downloads the French PDF with its credit line."""
    from pypdf import PdfReader

    from forum_messages.translation.exchange import read_xliff, write_xliff
    from forum_messages.translation.segments import REVIEWED, set_target

    slug = "internet-governance-forum-2025"
    admin = browser.new_page()
    _sign_in(admin, site, "admin")
    admin.goto(site + "/staff/users/")
    admin.fill("#username", "claire")
    admin.select_option("#role", "translator")
    admin.check("#lang-fr")
    admin.fill("#password", PASSWORD)
    submit(admin, "form.card button[type=submit]")
    assert shows(admin, "claire is now translator")
    admin.goto(f"{site}/staff/e/{slug}/translations/")
    admin.select_option("#language", "fr")
    submit(admin, "button[type=submit] >> text=Start")
    admin.goto(f"{site}/staff/e/{slug}/translations/")
    admin.click("#lang-fr details summary")
    admin.fill("#credit-fr", "Traduit par l'équipe bénévole de Genève")
    submit(admin, "#lang-fr form button.secondary")

    tr = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    _sign_in(tr, site, "claire")
    tr.goto(f"{site}/staff/e/{slug}/translate/fr/?state=untranslated")
    first = tr.locator("form.seg").first
    seg_id = first.locator("input[name=segment]").get_attribute("value")
    first.locator("textarea").fill("Traduction saisie dans le navigateur.")
    first.locator("select[name=state]").select_option("reviewed")
    first.locator("button[type=submit]").click()
    tr.goto(f"{site}/staff/e/{slug}/translate/fr/?state=reviewed")
    assert shows(tr, "Traduction saisie dans le navigateur.")
    shots = Path(os.environ.get("FORUM_MESSAGES_SCREENSHOTS") or tmp_path)
    tr.goto(f"{site}/staff/e/{slug}/translate/fr/")
    tr.screenshot(path=str(shots / "translation-editor.png"))

    with tr.expect_download() as info:
        tr.click("details.card summary")
        tr.click("text=Download XLIFF 2.0")
    xlf = Path(info.value.path()).read_text(encoding="utf-8")
    t = read_xliff(xlf)
    assert any(u.id == seg_id and u.state == REVIEWED for u in t.units)
    for u in t.units:
        if u.state != REVIEWED:
            t = set_target(t, u.id, "FR " + u.source, REVIEWED)
    done = tmp_path / "fr.xlf"
    done.write_text(write_xliff(t), encoding="utf-8")
    tr.goto(f"{site}/staff/e/{slug}/translate/fr/")
    tr.click("details.card summary")
    tr.set_input_files("#file", str(done))
    submit(tr, "button[type=submit] >> text=Upload")
    flash = tr.locator(".flash").first.inner_text()
    assert "File taken in" in flash, flash

    admin.goto(f"{site}/staff/e/{slug}/translations/")
    with admin.expect_navigation(timeout=240_000):  # publishing builds the documents: slow
        admin.click("text=Publish this translation")
    assert shows(admin, "The translation is published.")
    pdf = admin.request.get(f"{site}/e/{slug}/translation/fr.pdf", timeout=240_000)
    assert pdf.status == 200 and pdf.body()[:4] == b"%PDF"
    path = tmp_path / "fr.pdf"
    path.write_bytes(pdf.body())
    text = " ".join((p.extract_text() or "") for p in PdfReader(str(path)).pages)
    assert "Traduit par l" in text and "Traduction saisie dans le navigateur." in " ".join(
        text.split()
    )
