"""(h) Languages: public pages in Chinese and Arabic (right to left), a language switcher
that works without JavaScript, catalogs complete for the public pages and compiled."""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import client_for

WEB = Path(__file__).resolve().parents[2] / "src" / "forum_messages" / "web"
LOCALE = WEB / "locale"
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
LANGS = {"zh-hans": "zh_Hans", "ar": "ar"}


def catalog(lang: str) -> gettext.GNUTranslations:
    with (LOCALE / lang / "LC_MESSAGES" / "django.mo").open("rb") as fh:
        return gettext.GNUTranslations(fh)


def template_msgids() -> set[str]:
    ids: set[str] = set()
    for name in PUBLIC_TEMPLATES:
        text = (WEB / "templates" / "fm" / name).read_text(encoding="utf-8")
        ids |= set(re.findall(r'{% trans "([^"]+)" %}', text))
        ids |= set(re.findall(r"{% trans '([^']+)' %}", text))
        for block in re.findall(
            r"{% blocktrans[^%]*%}(.*?){% (?:plural|endblocktrans) %}", text, re.S
        ):
            ids.add(re.sub(r"{{ (\w+) }}", r"%(\1)s", block))
    return ids


@pytest.mark.parametrize("lang", ["zh_Hans", "ar"])
def test_public_templates_fully_translated(lang: str) -> None:
    cat = catalog(lang)
    missing = [m for m in sorted(template_msgids()) if cat.gettext(m) == m]
    assert not missing, missing


@pytest.mark.parametrize("lang", ["zh_Hans", "ar"])
def test_mo_files_are_compiled_from_po(lang: str, tmp_path: Path) -> None:
    if shutil.which("msgfmt") is None:
        pytest.skip("GNU gettext (msgfmt) is not installed")
    po = LOCALE / lang / "LC_MESSAGES" / "django.po"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(po)], check=True)
    with fresh.open("rb") as fh:
        want = gettext.GNUTranslations(fh)._catalog  # type: ignore[attr-defined]
    assert catalog(lang)._catalog == want  # type: ignore[attr-defined]


def _in(lang: str) -> Any:
    c = client_for(None)
    c.cookies["django_language"] = lang
    return c


def test_chinese_pages(published: Any) -> None:
    c = _in("zh-hans")
    page = c.get(f"/e/{published.slug}/").content.decode()
    assert '<html lang="zh-hans" dir="ltr">' in page
    assert "草案正在征求意见。" in page and "构建数字信任与韧性" in page  # UI and theme title
    form = c.get(f"/e/{published.slug}/comment/draft/").content.decode()
    assert "提交意见" in form and "隐私声明" in form
    r = c.post(f"/e/{published.slug}/comment/draft/", {"text": "", "token": "a" * 32})
    assert "请填写您的意见" in r.content.decode()


def test_arabic_pages_are_right_to_left(published: Any) -> None:
    c = _in("ar")
    page = c.get(f"/e/{published.slug}/theme/trust/").content.decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "علّق على هذه الرسالة" in page and "بناء الثقة الرقمية" in page
    assert "border-inline-start" in page  # the layout follows the direction
    privacy = c.get("/privacy/").content.decode()
    assert "إشعار الخصوصية" in privacy


def test_language_switcher_without_javascript(published: Any) -> None:
    c = client_for(None)
    page = c.get(f"/e/{published.slug}/").content.decode()
    assert 'action="/i18n/setlang/"' in page
    assert 'value="ar"' in page and 'value="zh-hans"' in page and "简体中文" in page
    r = c.post("/i18n/setlang/", {"language": "ar", "next": f"/e/{published.slug}/"})
    assert r.status_code == 302 and r["Location"] == f"/e/{published.slug}/"
    assert 'dir="rtl"' in c.get(r["Location"]).content.decode()
    c.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert 'dir="ltr"' in c.get(f"/e/{published.slug}/").content.decode()
