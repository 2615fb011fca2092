"""(h) Languages: public pages in the six UN languages (English, French, Spanish, Arabic right
to left, Russian, Chinese), a language switcher that works without JavaScript, catalogs
complete for the public and the staff pages (no empty or fuzzy entry) and compiled."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import polib
import pytest

from .conftest import client_for

WEB = Path(__file__).resolve().parents[2] / "src" / "forum_messages" / "web"
LOCALE = WEB / "locale"
TEMPLATES = WEB / "templates" / "fm"
PUBLIC_TEMPLATES = [
    "base.html",
    "home.html",
    "edition.html",
    "theme.html",
    "_message.html",
    "comment.html",
    "thanks.html",
    "_answered.html",
    "handled.html",
    "final.html",
    "changes.html",
    "privacy.html",
    "login.html",
]
# Every template of the site, the staff pages (staff/, curate/, review/, translate/) included.
ALL_TEMPLATES = sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html"))
TEMPLATE_SETS = {"public": PUBLIC_TEMPLATES, "all": ALL_TEMPLATES}
# Django language code -> catalog directory under locale/ (English needs no catalog).
LANGS = {"fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh-hans": "zh_Hans"}
CATALOGS = list(LANGS.values())
SITE_LANGUAGES = ["en", *LANGS]  # the UN order, as in settings.LANGUAGES

# What each language's pages must show: text direction, a sentence of the edition page, the
# title of the "trust" theme (from the edition file), the comment form's button, the error for
# an empty comment and the privacy notice's title.
SEEN: dict[str, dict[str, str]] = {
    "en": {
        "dir": "ltr",
        "open": "The draft is open for comments.",
        "theme": "Building Digital Trust and Resilience",
        "send": "Send comment",
        "empty": "please write your comment (at least a few words)",
        "privacy": "Privacy notice",
    },
    "fr": {
        "dir": "ltr",
        "open": "Le projet est ouvert aux commentaires.",
        "theme": "Bâtir la confiance et la résilience numériques",
        "send": "Envoyer le commentaire",
        "empty": "veuillez rédiger votre commentaire (quelques mots au moins)",
        "privacy": "Avis de confidentialité",
    },
    "es": {
        "dir": "ltr",
        "open": "El borrador está abierto a comentarios.",
        "theme": "Construir confianza y resiliencia digitales",
        "send": "Enviar comentario",
        "empty": "escriba su comentario (al menos unas palabras)",
        "privacy": "Aviso de privacidad",
    },
    "ar": {
        "dir": "rtl",
        "open": "المسودة مفتوحة للتعليق.",
        "theme": "بناء الثقة الرقمية والقدرة على الصمود",
        "send": "أرسل التعليق",
        "empty": "يرجى كتابة تعليقك (بضع كلمات على الأقل)",
        "privacy": "إشعار الخصوصية",
    },
    "ru": {
        "dir": "ltr",
        "open": "Проект открыт для комментариев.",
        "theme": "Укрепление цифрового доверия и устойчивости",
        "send": "Отправить комментарий",
        "empty": "пожалуйста, напишите комментарий (хотя бы несколько слов)",
        "privacy": "Уведомление о конфиденциальности",
    },
    "zh-hans": {
        "dir": "ltr",
        "open": "草案正在征求意见。",
        "theme": "构建数字信任与韧性",
        "send": "提交意见",
        "empty": "请填写您的意见",
        "privacy": "隐私声明",
    },
}

# Which plural form each catalog picks for some numbers (checks its Plural-Forms header).
PLURAL_FORMS: dict[str, dict[int, int]] = {
    "fr": {0: 0, 1: 0, 2: 1, 5: 1, 100: 1},
    "es": {0: 1, 1: 0, 2: 1, 5: 1, 100: 1},
    "ar": {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3},
    "ru": {0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 11: 2, 12: 2, 14: 2, 21: 0, 22: 1, 25: 2, 111: 2},
    "zh_Hans": {0: 0, 1: 0, 2: 0, 100: 0},
}
PLACEHOLDER = re.compile(r"%\((\w+)\)s")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def catalog(lang: str) -> gettext.GNUTranslations:
    with (LOCALE / lang / "LC_MESSAGES" / "django.mo").open("rb") as fh:
        return gettext.GNUTranslations(fh)


def translated(lang: str) -> dict[Any, str]:
    """The catalog's translated entries: msgid -> msgstr, (msgid, form) -> msgstr for plurals."""
    entries = catalog(lang)._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in entries.items() if k != "" and v}


def msgids(lang: str) -> set[str]:
    return {k if isinstance(k, str) else k[0] for k in translated(lang)}


def template_msgids(names: list[str]) -> set[str]:
    ids: set[str] = set()
    for name in names:
        text = (TEMPLATES / name).read_text(encoding="utf-8")
        ids |= set(re.findall(r'{% trans "([^"]+)" %}', text))
        ids |= set(re.findall(r"{% trans '([^']+)' %}", text))
        for block in re.findall(
            r"{% blocktrans[^%]*%}(.*?){% (?:plural|endblocktrans) %}", text, re.S
        ):
            # As makemessages does: a literal % in a blocktrans is %% in the msgid.
            ids.add(re.sub(r"{{ (\w+) }}", r"%(\1)s", block.replace("%", "%%")))
    return ids


def test_all_templates_include_the_staff_pages() -> None:
    assert set(PUBLIC_TEMPLATES) < set(ALL_TEMPLATES)
    for folder in ("staff", "curate", "review", "translate"):
        assert any(name.startswith(f"{folder}/") for name in ALL_TEMPLATES), folder


@pytest.mark.parametrize("pages", TEMPLATE_SETS)
@pytest.mark.parametrize("lang", CATALOGS)
def test_templates_fully_translated(lang: str, pages: str) -> None:
    # Looked up in the catalog rather than compared with the English: French "%(n)s message"
    # is a translation that happens to read the same.
    missing = sorted(template_msgids(TEMPLATE_SETS[pages]) - msgids(lang))
    assert not missing, missing


@pytest.mark.parametrize("lang", CATALOGS)
def test_po_has_no_fuzzy_or_empty_entry(lang: str) -> None:
    po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    assert len(po) > 0
    assert not [e.msgid for e in po.fuzzy_entries()]
    assert not [e.msgid for e in po.untranslated_entries()]  # also plurals with an empty form
    assert not [e.msgid for e in po.obsolete_entries()]
    assert not [e.msgid for e in po if e.previous_msgid]  # "#| msgid" left by makemessages


@pytest.mark.parametrize("lang", [c for c in CATALOGS if c != "zh_Hans"])
def test_catalogs_translate_the_same_strings(lang: str) -> None:
    assert msgids(lang) == msgids("zh_Hans")


@pytest.mark.parametrize("lang", CATALOGS)
def test_mo_files_are_compiled_from_po(lang: str, tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    po = LOCALE / lang / "LC_MESSAGES" / "django.po"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(po)], check=True)
    with fresh.open("rb") as fh:
        want = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
    assert catalog(lang)._catalog == want  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", CATALOGS)
def test_plural_forms(lang: str) -> None:
    cat = catalog(lang)
    picks = {n: cat.plural(n) for n in PLURAL_FORMS[lang]}  # type: ignore[attr-defined]
    assert picks == PLURAL_FORMS[lang]
    nplurals = max(PLURAL_FORMS[lang].values()) + 1
    for key in translated(lang):
        if isinstance(key, tuple):
            assert key[1] < nplurals, key
    plural_ids = {k[0] for k in translated(lang) if isinstance(k, tuple)}
    for msgid in plural_ids:
        forms = {k[1] for k in translated(lang) if isinstance(k, tuple) and k[0] == msgid}
        assert forms == set(range(nplurals)), msgid


@pytest.mark.parametrize("lang", CATALOGS)
def test_placeholders_and_markup_kept(lang: str) -> None:
    """Every %(name)s and HTML tag of a msgid is in its translation, and nothing else is; a
    plural form may leave out the number (Arabic writes "one comment" as a word), but the
    forms together keep every placeholder. Each translation formats without error."""
    cat = catalog(lang)._catalog  # type: ignore[attr-defined]
    plurals: dict[str, set[str]] = {}
    for key, text in translated(lang).items():
        msgid = key if isinstance(key, str) else key[0]
        names = set(PLACEHOLDER.findall(msgid))
        assert TAG.findall(text) == TAG.findall(msgid), key
        assert "%(" not in PLACEHOLDER.sub("", text), key  # no broken placeholder
        if names:
            text % {n: 1 for n in names}  # raises on a stray % or an unknown name
        if isinstance(key, str):
            assert set(PLACEHOLDER.findall(text)) == names, key
        else:
            assert set(PLACEHOLDER.findall(text)) <= names, key
            plurals.setdefault(msgid, set()).update(PLACEHOLDER.findall(text))
    for msgid, seen in plurals.items():
        assert seen == set(PLACEHOLDER.findall(msgid)), (msgid, cat.get((msgid, 0)))


def _in(lang: str) -> Any:
    c = client_for(None)
    c.cookies["django_language"] = lang
    return c


def test_site_offers_the_six_un_languages() -> None:
    from django.conf import settings

    assert [code for code, _name in settings.LANGUAGES] == SITE_LANGUAGES
    assert set(SEEN) == set(SITE_LANGUAGES)


@pytest.mark.parametrize("lang", SITE_LANGUAGES)
def test_edition_page_in_each_language(published: Any, lang: str) -> None:
    seen = SEEN[lang]
    page = _in(lang).get(f"/e/{published.slug}/").content.decode()
    assert f'<html lang="{lang}" dir="{seen["dir"]}">' in page
    assert seen["open"] in page  # the interface
    assert seen["theme"] in page  # the edition's own text, in the reader's language


@pytest.mark.parametrize("lang", SITE_LANGUAGES)
def test_comment_form_in_each_language(published: Any, lang: str) -> None:
    seen = SEEN[lang]
    c = _in(lang)
    form = c.get(f"/e/{published.slug}/comment/draft/").content.decode()
    assert seen["send"] in form and seen["privacy"] in form
    r = c.post(f"/e/{published.slug}/comment/draft/", {"text": "", "token": "a" * 32})
    assert r.status_code == 400 and seen["empty"] in r.content.decode()
    privacy = c.get("/privacy/").content.decode()
    assert f"<h1>{seen['privacy']}</h1>" in privacy


def test_arabic_pages_are_right_to_left(published: Any) -> None:
    c = _in("ar")
    page = c.get(f"/e/{published.slug}/theme/trust/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "علّق على هذه الرسالة" in page and "بناء الثقة الرقمية" in page
    assert "border-inline-start" in page  # the layout follows the direction


def test_language_switcher_without_javascript(published: Any) -> None:
    c = client_for(None)
    page = c.get(f"/e/{published.slug}/").content.decode()
    assert 'action="/i18n/setlang/"' in page
    options = re.findall(r'<option value="([^"]+)"', page.split('name="language"')[1])
    assert options[: len(SITE_LANGUAGES)] == SITE_LANGUAGES
    assert "中文" in page and "Русский" in page and "Français" in page  # named in itself
    for lang in SITE_LANGUAGES:
        r = c.post("/i18n/setlang/", {"language": lang, "next": f"/e/{published.slug}/"})
        assert r.status_code == 302 and r["Location"] == f"/e/{published.slug}/"
        page = c.get(r["Location"]).content.decode()
        assert f'<html lang="{lang}" dir="{SEEN[lang]["dir"]}">' in page
        assert f'<option value="{lang}" selected>' in page
