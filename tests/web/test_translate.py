"""Translations in the site: translator role, side-by-side editor, outdated segments with the
source diff, XLIFF/PO out and in, translation memory, checks, publishing with credit lines."""

from __future__ import annotations

import re
from typing import Any

import pytest

from forum_messages.translation.exchange import read_po, read_xliff, write_po, write_xliff
from forum_messages.translation.segments import REVIEWED, set_target
from forum_messages.web.models import Message, Translation, TranslationUnit
from forum_messages.web.services import curation, translating

from .conftest import client_for, make_user
from .helpers import translate_every_segment


@pytest.fixture
def fr(edition: Any, users: dict[str, Any]) -> Translation:
    r = client_for(users["editor"]).post(
        f"/staff/e/{edition.slug}/translations/start/", {"language": "fr"}
    )
    assert r.status_code == 302 and r["Location"].endswith("/translate/fr/")
    return Translation.objects.get(edition=edition, language="fr")


def _fill(data: str, fmt: str, *, skip: int = 0) -> str:
    """Every unit of a downloaded file translated ("FR: " + source) and reviewed, but the
    first ``skip`` left as they are."""
    t = read_xliff(data) if fmt == "xliff" else read_po(data)
    for u in t.units[skip:]:
        if u.state != REVIEWED:
            t = set_target(t, u.id, "FR: " + u.source, REVIEWED)
    return write_xliff(t) if fmt == "xliff" else write_po(t)


def test_translator_works_only_in_its_languages(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    zh = translating.start(edition, "zh")
    slug = edition.slug
    tr = client_for(users["translator"])  # translates into French only
    assert tr.get(f"/staff/e/{slug}/translate/fr/").status_code == 200
    assert tr.get(f"/staff/e/{slug}/translate/zh/").status_code == 403
    assert tr.get(f"/staff/e/{slug}/translate/zh/file.xliff").status_code == 403
    page = tr.get(f"/staff/e/{slug}/translations/").content.decode()
    assert "/translate/fr/" in page and "/translate/zh/" not in page
    assert tr.post(f"/staff/e/{slug}/translate/fr/publish/").status_code == 403
    assert tr.post(f"/staff/e/{slug}/translations/start/", {"language": "ru"}).status_code == 403
    assert client_for(users["moderator"]).get(f"/staff/e/{slug}/translate/fr/").status_code == 403
    anon = client_for(None).get(f"/staff/e/{slug}/translate/fr/")
    assert anon.status_code == 302 and "/accounts/login/" in anon["Location"]
    assert client_for(users["editor"]).get(f"/staff/e/{slug}/translate/zh/").status_code == 200
    assert zh.language == "zh"


def test_users_page_gives_the_translator_role_with_languages(
    db: None, users: dict[str, Any]
) -> None:
    from django.contrib.auth import get_user_model

    from forum_messages.web import rules

    admin = client_for(users["admin"])
    r = admin.post(
        "/staff/users/",
        {"username": "amina", "role": "translator", "languages": "ar fr", "password": "x" * 12},
    )
    assert r.status_code == 302
    amina = get_user_model().objects.get(username="amina")
    assert rules.role_of(amina) == "translator" and rules.languages_of(amina) == ["ar", "fr"]
    assert rules.can_translate(amina, "ar") and not rules.can_translate(amina, "zh")
    admin.post("/staff/users/", {"username": "bo", "role": "translator", "password": "y" * 12})
    assert not get_user_model().objects.filter(username="bo").exists()  # no language: refused
    assert "amina" in admin.get("/staff/users/").content.decode()


def test_editor_side_by_side_save_and_outdated_with_diff(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    slug = edition.slug
    tr = client_for(users["translator"])
    page = tr.get(f"/staff/e/{slug}/translate/fr/").content.decode()
    # the edition file's own French texts come reviewed; messages untranslated
    assert "Bâtir" in page or "reviewed: " in page
    msg = Message.objects.filter(draft=edition.draft, removed=False).order_by("pk").first()
    assert msg is not None
    seg = f"message/{msg.uid}"
    assert seg in page and msg.text.replace("'", "&#x27;")[:40] in page
    r = tr.post(
        f"/staff/e/{slug}/translate/fr/save/",
        {
            "segment": seg,
            "target": "Une traduction <script>alert(1)</script>",
            "state": "reviewed",
            "n": "7",
        },
    )
    assert r.status_code == 302 and r["Location"].endswith("#seg-7")
    row = TranslationUnit.objects.get(translation=fr, segment=seg)
    assert (row.state, row.source, row.updated_by) == ("reviewed", msg.text, users["translator"])
    page = tr.get(f"/staff/e/{slug}/translate/fr/?state=reviewed").content.decode()
    assert "&lt;script&gt;alert(1)" in page and "<script>alert(1)" not in page
    # the editor changes the message: the translation is outdated, the diff shown
    curation.edit_text(msg, msg.text + " Funding must be predictable.", users["editor"])
    st = translating.current(fr)
    assert st.translation.unit_map()[seg].state == "outdated"
    page = tr.get(f"/staff/e/{slug}/translate/fr/?state=outdated").content.decode()
    assert "<ins>" in page and "predictable." in page and seg in page
    tr.post(
        f"/staff/e/{slug}/translate/fr/save/",
        {"segment": seg, "target": "Une traduction revue.", "state": "reviewed", "n": "1"},
    )
    assert translating.current(fr).translation.unit_map()[seg].state == "reviewed"
    # an empty translation is untranslated; an unknown state refused
    tr.post(
        f"/staff/e/{slug}/translate/fr/save/", {"segment": seg, "target": " ", "state": "reviewed"}
    )
    assert translating.current(fr).translation.unit_map()[seg].state == "untranslated"
    r = tr.post(
        f"/staff/e/{slug}/translate/fr/save/",
        {"segment": seg, "target": "x", "state": "outdated"},
    )
    assert r.status_code == 400 and "state: must be one of" in r.content.decode()
    assert translating.current(fr).translation.unit_map()[seg].state == "untranslated"


@pytest.mark.parametrize("fmt", ["xliff", "po"])
def test_file_round_trip_through_the_site_then_publish(
    edition: Any, fr: Any, users: dict[str, Any], fmt: str
) -> None:
    slug = edition.slug
    ed_client = client_for(users["editor"])
    ed_client.post(
        f"/staff/e/{slug}/translate/fr/settings/",
        {"credit": "Traduit par l'équipe bénévole\nRelu par A. Diallo", "glossary": ""},
    )
    data = ed_client.get(f"/staff/e/{slug}/translate/fr/file.{fmt}")
    assert data.status_code == 200 and "attachment" in data["Content-Disposition"]
    text = data.content.decode()
    n_segments = len(translating.current(fr).segments)
    # publishing now is refused: nothing is reviewed yet
    r = ed_client.post(f"/staff/e/{slug}/translate/fr/publish/", follow=True)
    assert "not reviewed" in r.content.decode()
    ext = "xlf" if fmt == "xliff" else "po"
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile(f"fr.{ext}", _fill(text, fmt).encode())
    r = client_for(users["translator"]).post(
        f"/staff/e/{slug}/translate/fr/upload/", {"file": upload}, follow=True
    )
    assert "File taken in" in r.content.decode()
    counts = translating.current(fr).translation.counts()
    assert counts["reviewed"] == n_segments and counts["outdated"] == 0
    # the file downloaded again says the same (nothing lost on the way in)
    again = ed_client.get(f"/staff/e/{slug}/translate/fr/file.{fmt}").content.decode()
    back = read_xliff(again) if fmt == "xliff" else read_po(again)
    filled = read_xliff(_fill(text, fmt)) if fmt == "xliff" else read_po(_fill(text, fmt))
    assert [(u.id, u.target, u.state) for u in back.units] == [
        (u.id, u.target, u.state) for u in filled.units
    ]
    r = ed_client.post(f"/staff/e/{slug}/translate/fr/publish/", follow=True)
    assert "The translation is published." in r.content.decode()
    md = client_for(None).get(f"/e/{slug}/translation/fr.md").content.decode()
    msg = Message.objects.filter(draft=edition.draft, removed=False).order_by("pk").first()
    assert msg is not None and "FR: " + msg.text in md
    assert "Traduit par l'équipe bénévole" in md and "Relu par A. Diallo" in md
    assert client_for(None).get(f"/e/{slug}/translation/zh.md").status_code == 404
    # a later edit does not change the published translation
    before = msg.text
    curation.edit_text(msg, msg.text + " More.", users["editor"])
    assert "FR: " + before in client_for(None).get(f"/e/{slug}/translation/fr.md").content.decode()


def test_returned_file_with_a_changed_source_and_unknown_segment(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    slug = edition.slug
    c = client_for(users["editor"])
    text = c.get(f"/staff/e/{slug}/translate/fr/file.po").content.decode()
    msg = Message.objects.filter(draft=edition.draft, removed=False).order_by("pk").first()
    assert msg is not None
    curation.edit_text(msg, "A rewritten message about community networks.", users["editor"])
    filled = _fill(text, "po").replace('msgctxt "edition/name"', 'msgctxt "message/nope"')
    from django.core.files.uploadedfile import SimpleUploadedFile

    r = c.post(
        f"/staff/e/{slug}/translate/fr/upload/",
        {"file": SimpleUploadedFile("fr.po", filled.encode())},
        follow=True,
    )
    page = r.content.decode()
    assert "1 outdated" in page and "1 unknown segment(s) ignored" in page
    u = translating.current(fr).translation.unit_map()[f"message/{msg.uid}"]
    assert u.state == "outdated" and u.source.startswith("A rewritten")


def test_bad_file_changes_nothing(edition: Any, fr: Any, users: dict[str, Any]) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    c = client_for(users["editor"])
    before = TranslationUnit.objects.filter(translation=fr).count()
    for name, body in (
        ("fr.xlf", b"<xliff"),
        ("fr.xlf", b'<!DOCTYPE x [<!ENTITY a "b">]><x/>'),
        ("fr.po", b"\xff\xfe garbage"),
        ("fr.txt", b"hello"),
    ):
        r = c.post(
            f"/staff/e/{edition.slug}/translate/fr/upload/",
            {"file": SimpleUploadedFile(name, body)},
            follow=True,
        )
        assert re.search(r'class="flash error"[^>]*>[^<]*' + re.escape(name), r.content.decode())
    assert TranslationUnit.objects.filter(translation=fr).count() == before


def test_hostile_files_get_the_readers_errors_and_change_nothing(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from forum_messages.translation.exchange import XLIFF_NS

    c = client_for(users["editor"])
    before = list(TranslationUnit.objects.filter(translation=fr).values_list("target", "state"))
    head = f'<xliff xmlns="{XLIFF_NS}" version="2.0" srcLang="en" trgLang="fr"><file id="f">'
    seg = '<unit id="u1" name="edition/name"><segment state="reviewed"><source>x</source>'
    bomb = (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "'
        + "a" * 1000
        + f'">]>{head}{seg}<target>{"&a;" * 3000}</target></segment></unit></file></xliff>'
    )
    long = f"{head}\n{seg}<target>{'y' * 3_000_000}</target></segment></unit></file></xliff>"
    unclosed = (
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"X-Source-Language: en\\n"\n\n'
        'msgctxt "edition/name"\nmsgid "x"\nmsgstr "unclosed\n'
    )
    for name, body, error in (
        ("fr.xlf", bomb.encode("utf-16"), "fr.xlf: document type declarations are not accepted"),
        ("fr.xlf", long.encode(), "fr.xlf:2: unit edition/name: the target is 3,000,000"),
        ("fr.po", unclosed.encode(), "fr.po:8: the string has no closing quote"),
    ):
        r = c.post(
            f"/staff/e/{edition.slug}/translate/fr/upload/",
            {"file": SimpleUploadedFile(name, body)},
            follow=True,
        )
        page = r.content.decode()
        assert re.search(r'class="flash error"[^>]*>[^<]*' + re.escape(error), page), error
        assert len(page) < 2_000_000
    # the editor: a target past the same limit is refused with the same numbers
    source = translating.current(fr).units()["edition/name"].source
    longest = max(20 * len(source), len(source) + 2000)
    r = c.post(
        f"/staff/e/{edition.slug}/translate/fr/save/",
        {"segment": "edition/name", "target": "z" * (longest + 1), "state": "draft"},
        follow=True,
    )
    assert f"edition/name: the translation is {longest + 1:,} characters long" in r.content.decode()
    after = list(TranslationUnit.objects.filter(translation=fr).values_list("target", "state"))
    assert after == before


def test_memory_from_an_earlier_edition_is_offered(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    from forum_messages.web.models import Edition
    from forum_messages.web.services import importing

    msg = Message.objects.filter(draft=edition.draft, removed=False).order_by("pk").first()
    assert msg is not None
    earlier = importing.edition_from_spec("minimal")
    from forum_messages.web.models import Draft

    Draft.objects.create(edition=earlier, language="en")
    old = Translation.objects.create(edition=earlier, language="fr")
    TranslationUnit.objects.create(
        translation=old,
        segment="message/x",
        source=msg.text,
        target="Traduction déjà revue.",
        state="reviewed",
    )
    TranslationUnit.objects.create(
        translation=old,
        segment="message/y",
        source=msg.text[:-1] + " today.",
        target="Presque la même.",
        state="reviewed",
    )
    page = client_for(users["translator"]).get(f"/staff/e/{edition.slug}/translate/fr/").content
    text = page.decode()
    assert "Memory 100%" in text and "Traduction déjà revue." in text
    xliff = client_for(users["translator"]).get(f"/staff/e/{edition.slug}/translate/fr/file.xliff")
    assert 'matchQuality="100"' in xliff.content.decode()
    r = client_for(users["translator"]).post(
        f"/staff/e/{edition.slug}/translate/fr/fill/", follow=True
    )
    assert "1 segment(s) filled from exact memory matches" in r.content.decode()
    u = translating.current(fr).translation.unit_map()[f"message/{msg.uid}"]
    assert (u.target, u.state) == ("Traduction déjà revue.", "draft") and "100%" in u.note
    assert Edition.objects.filter(pk=earlier.pk).exists()


def test_checks_show_in_the_editor(edition: Any, fr: Any, users: dict[str, Any]) -> None:
    slug = edition.slug
    st = translating.current(fr)
    seg = next(s for s in st.segments if s.kind == "message" and re.search(r"\d", s.text))
    number = re.search(r"\d+", seg.text).group(0)  # type: ignore[union-attr]
    translating.save_unit(fr, seg.id, "Une traduction sans le nombre.", "draft", users["editor"])
    page = client_for(users["translator"]).get(f"/staff/e/{slug}/translate/fr/?state=draft")
    text = page.content.decode()
    assert 'class="finding"' in text and "numbers" in text and number in text


def test_translator_account_without_languages_sees_nothing(db: None, edition: Any) -> None:
    from forum_messages.web import rules

    lone = make_user("lone", "translator")
    rules.set_role(lone, "translator", [])
    c = client_for(lone)
    assert c.get(f"/staff/e/{edition.slug}/translations/").status_code == 200
    translating.start(edition, "fr")
    assert c.get(f"/staff/e/{edition.slug}/translate/fr/").status_code == 403


def test_glossary_findings_in_the_editor_and_bad_glossary_refused(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    slug = edition.slug
    c = client_for(users["editor"])
    st = translating.current(fr)
    seg = next(s for s in st.segments if s.kind == "message" and "should" in s.text)
    glossary = (
        "pairs:\n  en-fr:\n    - term: should\n      translation: devraient\n"
        "      forbidden: [doivent]\n"
    )
    r = c.post(f"/staff/e/{slug}/translate/fr/settings/", {"credit": "", "glossary": glossary})
    assert r.status_code == 302
    translating.save_unit(fr, seg.id, "Les acteurs doivent agir.", "draft", users["editor"])
    text = c.get(f"/staff/e/{slug}/translate/fr/?state=draft").content.decode()
    assert "glossary" in text and "doivent" in text
    xliff = c.get(f"/staff/e/{slug}/translate/fr/file.xliff").content.decode()
    assert "glossary: should = devraient (not doivent)" in xliff  # the term noted per unit
    r = c.post(
        f"/staff/e/{slug}/translate/fr/settings/",
        {"credit": "", "glossary": "pairs: [unclosed"},
        follow=True,
    )
    assert "not valid YAML" in r.content.decode()
    fr.refresh_from_db()
    assert fr.glossary == glossary


def test_public_pages_offer_pdf_docx_and_published_translations(
    small_published: Any, users: dict[str, Any]
) -> None:
    slug = small_published.slug
    row = translating.start(small_published, "ar")
    translate_every_segment(row, "ترجمة: ", users["editor"])
    row.credit = "ترجمة فريق المتطوعين"
    row.save()
    translating.publish(row, users["editor"])
    public = client_for(None)
    page = public.get(f"/e/{slug}/").content.decode()
    assert f"/e/{slug}/translation/ar.pdf" in page and "العربية" in page
    assert f"/e/{slug}/export/draft.pdf" in page and f"/e/{slug}/export/draft.docx" in page
    pdf = public.get(f"/e/{slug}/translation/ar.pdf")
    assert pdf.status_code == 200 and pdf.content[:4] == b"%PDF"
    assert "attachment" in pdf["Content-Disposition"]
    assert public.get(f"/e/{slug}/translation/ar.pdf").content == pdf.content  # from the cache
    docx = public.get(f"/e/{slug}/translation/ar.docx")
    assert docx.content[:2] == b"PK"
    html = public.get(f"/e/{slug}/translation/ar.html").content.decode()
    assert 'dir="rtl"' in html and "ترجمة فريق المتطوعين" in html
    draft_pdf = public.get(f"/e/{slug}/export/draft.pdf")
    assert draft_pdf.status_code == 200 and draft_pdf.content[:4] == b"%PDF"
    assert public.get(f"/e/{slug}/export/draft.docx").content[:2] == b"PK"
    assert public.get(f"/e/{slug}/translation/ar.exe").status_code == 404


def test_final_page_in_the_readers_language_from_a_published_translation(
    published: Any, users: dict[str, Any]
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from forum_messages.web.services import publishing

    slug = published.slug
    now = timezone.now()
    publishing.publish_draft(
        published, now - timedelta(days=9), now - timedelta(days=1), users["admin"]
    )
    publishing.publish_final(published, users["admin"])
    row = translating.start(published, "zh")
    translate_every_segment(row, "中文：", users["editor"])
    row.credit = "志愿者翻译组翻译"
    row.save()
    translating.publish(row, users["editor"])
    msg = Message.objects.filter(draft=published.draft, removed=False).order_by("pk").first()
    assert msg is not None
    zh = client_for(None)
    zh.cookies["django_language"] = "zh-hans"
    page = zh.get(f"/e/{slug}/final/").content.decode()
    assert "中文：" + msg.text in page and "志愿者翻译组翻译" in page
    en = client_for(None).get(f"/e/{slug}/final/").content.decode()
    assert msg.text in en and "中文：" not in en and "志愿者翻译组翻译" not in en
    fr = client_for(None)
    fr.cookies["django_language"] = "fr"
    assert "中文：" not in fr.get(f"/e/{slug}/final/").content.decode()
    # the published translation of the final says so, in Chinese, and so does the staff list
    html = zh.get(f"/e/{slug}/translation/zh.html").content.decode()
    assert "信息（最终文本译文）</title>" in html
    assert "本文件为信息的最终文本，于" in html and "草案于" not in html
    overview = client_for(users["editor"]).get(f"/staff/e/{slug}/translations/").content.decode()
    assert "Published: translation of the final text (version" in overview
    assert "draft version" not in overview


@pytest.mark.parametrize("ui", ["fr", "es", "ar", "ru", "zh-hans"])
def test_translation_pages_in_every_interface_language(
    edition: Any, fr: Any, users: dict[str, Any], ui: str
) -> None:
    from django.utils import translation

    c = client_for(users["translator"])
    c.cookies["django_language"] = ui
    for url in (f"/staff/e/{edition.slug}/translate/fr/", f"/staff/e/{edition.slug}/translations/"):
        r = c.get(url)
        page = r.content.decode()
        assert r.status_code == 200 and f'lang="{ui}"' in page
        assert ('dir="rtl"' in page) is (ui == "ar")
    with translation.override(ui):
        assert translation.pgettext("translation state", "reviewed") in page
        assert translation.gettext("Open the editor") in page
        assert translation.gettext("Open the editor") != "Open the editor"


def test_two_translators_on_one_segment_nothing_lost(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    slug = edition.slug
    other = make_user("second", "translator")
    st = translating.current(fr)
    seg = next(s for s in st.segments if s.kind == "message")
    seen = translating.version_of(st.units()[seg.id])  # both opened the page
    a, b = client_for(users["translator"]), client_for(other)
    url = f"/staff/e/{slug}/translate/fr/save/"
    a.post(url, {"segment": seg.id, "target": "Version A.", "state": "draft", "seen": seen})
    r = b.post(
        url,
        {"segment": seg.id, "target": "Version B.", "state": "draft", "seen": seen},
        follow=True,
    )
    page = r.content.decode()
    assert "changed after you opened the page" in page and "translator1" in page
    assert "Version B." in page  # given back, to paste again
    assert translating.current(fr).units()[seg.id].target == "Version A."


def test_find_in_sources_and_translations(edition: Any, fr: Any, users: dict[str, Any]) -> None:
    st = translating.current(fr)
    seg = next(s for s in st.segments if s.kind == "message")
    word = max(seg.text.split(), key=len).strip(".,;:")
    translating.save_unit(fr, seg.id, "Un texte introuvable ailleurs.", "draft", users["editor"])
    c = client_for(users["translator"])
    base = f"/staff/e/{edition.slug}/translate/fr/"
    hits = c.get(base, {"q": word}).content.decode()
    assert seg.id in hits
    found = c.get(base, {"q": "introuvable"}).content.decode()
    assert seg.id in found and found.count('class="seg ') == 1
    assert 'class="seg ' not in c.get(base, {"q": "zzzz-nowhere"}).content.decode()


def test_earlier_translations_are_kept_and_can_be_used_again(
    edition: Any, fr: Any, users: dict[str, Any]
) -> None:
    from forum_messages.web.models import TranslationRevision

    st = translating.current(fr)
    seg = next(s for s in st.segments if s.kind == "message")
    translating.save_unit(fr, seg.id, "Première version.", "draft", users["translator"])
    translating.save_unit(fr, seg.id, "Deuxième version.", "reviewed", users["editor"])
    translating.save_unit(fr, seg.id, "Deuxième version.", "draft", users["editor"])  # state only
    revs = list(TranslationRevision.objects.filter(translation=fr, segment=seg.id))
    assert [(r.target, r.state, r.author) for r in revs] == [
        ("Première version.", "draft", users["translator"])
    ]
    c = client_for(users["translator"])
    page = c.get(f"/staff/e/{edition.slug}/translate/fr/?state=draft").content.decode()
    assert "1 earlier translation" in page and "Première version." in page
    seen = translating.version_of(translating.current(fr).units()[seg.id])
    c.post(
        f"/staff/e/{edition.slug}/translate/fr/save/",
        {"segment": seg.id, "target": "Première version.", "state": "draft", "seen": seen},
    )
    u = translating.current(fr).units()[seg.id]
    assert (u.target, u.state) == ("Première version.", "draft")
    assert TranslationRevision.objects.filter(translation=fr, segment=seg.id).count() == 2


def test_a_preview_says_it_is_one(edition: Any, fr: Any, users: dict[str, Any]) -> None:
    md = client_for(users["translator"]).get(f"/staff/e/{edition.slug}/translate/fr/preview.md")
    assert "Aperçu : cette traduction n'est pas publiée" in md.content.decode()
