"""Hostile text and requests on the site: comments of controls only or of markup Django's
``strip_tags`` refuses, text XML forbids on its way to the Word and PDF downloads, CSRF on
every POST, redirects after signing in or choosing a language, download file names."""

from __future__ import annotations

import io
import re
from typing import Any

import docx
import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from forum_messages.web.models import Comment, Message
from forum_messages.web.services import comments
from forum_messages.web.services.sanitise import clean_line, clean_text

from .conftest import client_for

TEXT = "The draft should say more about affordable connectivity in rural areas."
#: Fifty ``<`` in an unclosed tag of 1,000 characters: Django's strip_tags raises
#: SuspiciousOperation on it (a comment listing comparisons, pasted code).
SUSPICIOUS = " ".join(f"x<y{i}" for i in range(60)) + " " + "z" * 1000 + " <b>end</b>"


def post_comment(c: Client, slug: str, text: str) -> Any:
    return c.post(
        f"/e/{slug}/comment/draft/", {"token": comments.new_token(), "text": text, "name": "Eve"}
    )


def test_markup_strip_tags_refuses_is_cleaned_not_an_error() -> None:
    cleaned = clean_text(SUSPICIOUS)
    assert cleaned.startswith("x<y0 x<y1") and cleaned.endswith("z end")
    assert "<b>" not in cleaned


def test_the_site_cleaners_drop_what_xml_forbids() -> None:
    assert clean_text("a\ufffe\uffff b\x85c \x01d\x7f") == "a bc d"


def test_the_site_cleaners_drop_overrides_and_keep_joiners_and_marks() -> None:
    """An override or isolate turns the text after it around ("\u202efdp.exe" shows as
    "exe.pdf"); a joiner, a non-joiner and a direction mark are part of the text."""
    assert clean_text("Ana \u202efdp.exe\u202c \u2067x\u2069 a\u200bb") == "Ana fdp.exe x ab"
    kept = [
        "\U0001f469\u200d\U0001f4bb developer",  # one emoji: woman + joiner + laptop
        "می\u200cخواهم",  # Persian: a non-joiner inside the word
        "IGF 2025\u200f: قمة",  # a right-to-left mark after a Latin run in Arabic text
    ]
    for text in kept:
        assert clean_text(text) == text
        assert clean_line(text) == text


def test_a_comment_strip_tags_refuses_is_taken(published: Any) -> None:
    r = post_comment(client_for(None), published.slug, SUSPICIOUS)
    assert r.status_code == 302
    assert Comment.objects.get(edition=published).text.endswith("z end")


@pytest.mark.parametrize(
    "text",
    [" \t\n\r ", "\x01\x02\x1b\x07\x7f\x9b", "\u200b\u200e\u202e\u2066 \ufffe", "<b></b> <i>"],
)
def test_a_comment_of_only_blanks_controls_or_tags_is_refused(published: Any, text: str) -> None:
    r = post_comment(client_for(None), published.slug, text)
    assert r.status_code == 400 and "please write your comment" in r.content.decode()
    assert not Comment.objects.filter(edition=published).exists()


def test_an_address_too_long_to_store_is_refused_not_cut(published: Any) -> None:
    """Django's check takes an address of 312 characters; the column holds 254, and the
    address was cut to fit: the confirmation went to another address."""
    address = "a" * 64 + "@" + ("b" * 60 + ".") * 4 + "org"
    r = client_for(None).post(
        f"/e/{published.slug}/comment/draft/",
        {"token": comments.new_token(), "text": TEXT, "name": "Eve", "email": address},
    )
    assert r.status_code == 400 and "does not look right" in r.content.decode()
    assert not Comment.objects.filter(edition=published).exists()


def test_fields_longer_than_their_columns_are_refused_not_cut(published: Any) -> None:
    """A script can send more than the form's maxlength: a name of 201 characters was cut
    to 200 (and a region or a country to 100) and stored without a word. Each is refused,
    naming the field, in the reader's language; at the column's length it is taken whole."""
    slug = published.slug
    groups = published.core().stakeholder_groups
    longest = {"name": "Ана " * 50, "region": "إقليم" * 20, "country": "中" * 100}
    cases = [
        ("name", "Ана " * 50 + "Б", "the name is too long (at most 200 characters)"),
        ("region", "إقليم" * 20 + "x", "the region is too long (at most 100 characters)"),
        ("country", "Ñ" * 101, "the country is too long (at most 100 characters)"),
    ]
    if not groups:  # with a list, any group not on it is refused anyway
        cases.append(("stakeholder_group", "g" * 101, "the stakeholder group is too long"))
    for field, value, said in cases:
        data = {"token": comments.new_token(), "text": TEXT, "name": "Eve", field: value}
        r = client_for(None).post(f"/e/{slug}/comment/draft/", data)
        assert r.status_code == 400 and said in r.content.decode(), field
    assert not Comment.objects.filter(edition=published).exists()
    fr = client_for(None)
    fr.cookies["django_language"] = "fr"
    r = fr.post(
        f"/e/{slug}/comment/draft/",
        {"token": comments.new_token(), "text": TEXT, "name": "x" * 201},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert r.status_code == 400 and "le nom est trop long" in r.content.decode()
    r = client_for(None).post(
        f"/e/{slug}/comment/draft/", {"token": comments.new_token(), "text": TEXT, **longest}
    )
    assert r.status_code == 302
    stored = Comment.objects.get(edition=published)
    assert (stored.name, stored.region, stored.country) == (
        longest["name"].strip(),
        longest["region"],
        longest["country"],
    )


def test_a_comment_over_a_megabyte_is_refused_clearly(published: Any) -> None:
    r = post_comment(client_for(None), published.slug, "word " * 400_000)
    assert r.status_code == 400 and "too long" in r.content.decode()
    assert not Comment.objects.filter(edition=published).exists()


def test_text_xml_forbids_reaches_no_word_download(edition: Any, users: dict[str, Any]) -> None:
    """An editor's text with U+FFFE: python-docx refused the current draft's download (an
    internal error) before the site's cleaner dropped it and the print model did."""
    m = Message.objects.filter(draft=edition.draft, removed=False).order_by("pk").first()
    assert m is not None
    c = client_for(users["editor"])
    base = f"/staff/e/{edition.slug}"
    text = "A new text \ufffe\x85 <img src='file:///etc/passwd'> for this message."
    assert c.post(f"{base}/m/{m.uid}/edit/", {"text": text}).status_code == 302
    m.refresh_from_db()
    assert m.text == "A new text for this message."
    r = c.get(f"/e/{edition.slug}/export/current.docx")
    assert r.status_code == 200
    assert r["Content-Disposition"] == f'attachment; filename="{edition.slug}-current.docx"'
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)
    assert "A new text for this message." in body


def _probe_url(pattern: str) -> str:
    """A concrete URL for a route: every converter given a plausible value."""
    values = {"slug": "igf", "int": "1", "str": "fr", "uidb64": "MQ", "token": "abc-def"}
    out = re.sub(
        r"<(?:(\w+):)?(\w+)>", lambda m: values.get(m.group(1) or m.group(2), "x"), pattern
    )
    return "/" + out


def _routes(resolver: URLResolver, prefix: str = "") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            found += _routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            found.append((prefix + str(entry.pattern), entry.callback))
    return found


def test_every_post_needs_the_csrf_token(users: dict[str, Any]) -> None:
    """Every route, signed in as an admin, refuses a POST without the token; only the
    language menu is exempt (it changes nothing but a cookie)."""
    c = Client(enforce_csrf_checks=True)
    c.force_login(users["admin"])
    routes = _routes(get_resolver())
    assert len(routes) > 60
    exempt = []
    for pattern, view in routes:
        if getattr(view, "csrf_exempt", False):
            exempt.append(pattern)
            continue
        r = c.post(_probe_url(pattern), {"text": TEXT})
        assert r.status_code == 403, (pattern, r.status_code)
    assert exempt == ["i18n/setlang/"]


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"],
)
def test_no_redirect_leaves_the_site(users: dict[str, Any], target: str) -> None:
    password = "pw-" + "editor1" * 3
    r = Client().post(
        "/accounts/login/", {"username": "editor1", "password": password, "next": target}
    )
    assert r.status_code == 302 and r["Location"].startswith("/"), r["Location"]
    assert not r["Location"].startswith(("//", "/\\"))
    r = Client().post("/i18n/setlang/", {"language": "fr", "next": target})
    assert r.status_code == 302 and r["Location"].startswith("/")
    assert "evil" not in r["Location"] and "javascript" not in r["Location"]


def test_a_hostile_edition_title_does_not_reach_a_download_name(small_published: Any) -> None:
    ed = small_published
    ed.title = 'x"; filename="evil.exe\r\nSet-Cookie: a=b'
    ed.save()
    for url in (
        f"/e/{ed.slug}/export/draft.pdf",
        f"/e/{ed.slug}/export/draft.docx",
        f"/e/{ed.slug}/comments.csv",
    ):
        r = client_for(None).get(url)
        assert r.status_code == 200, url
        assert re.fullmatch(
            r'attachment; filename="[a-z0-9-]+\.(pdf|docx|csv)"', r["Content-Disposition"]
        )
        assert "Set-Cookie" not in r


def test_ids_of_one_edition_do_nothing_under_another(published: Any, users: dict[str, Any]) -> None:
    """Another edition's slug with this edition's comment, run, version, message and session
    ids: not found, or nothing chosen; this edition's rows stay as they were."""
    from forum_messages.web.models import DraftRun
    from forum_messages.web.services import importing

    other = importing.edition_from_spec("igf2025", slug="other-forum")
    assert other.pk != published.pk
    published.premoderate = False
    published.save()
    assert post_comment(client_for(None), published.slug, TEXT).status_code == 302
    comment = Comment.objects.get(edition=published)
    run = DraftRun.objects.create(edition=published, state=DraftRun.DONE)
    m = Message.objects.filter(draft=published.draft, removed=False).order_by("pk").first()
    assert m is not None
    editor, admin = client_for(users["editor"]), client_for(users["admin"])
    base = f"/staff/e/{other.slug}"
    assert client_for(None).get(f"/e/{other.slug}/c/{comment.pk}/").status_code == 404
    assert editor.get(f"{base}/run/{run.pk}/").status_code == 404
    assert editor.get(f"{base}/versions/1/").status_code == 404
    assert editor.get(f"{base}/m/{m.uid}/").status_code == 404
    assert editor.post(f"{base}/m/{m.uid}/edit/", {"text": "Changed."}).status_code == 404
    r = admin.post(f"{base}/moderate/set/", {"comments": [str(comment.pk)], "to": "hidden"})
    assert r.status_code == 302
    comment.refresh_from_db()
    assert comment.state == Comment.VISIBLE
    session = published.sessions.filter(kind="session").order_by("pk").first()
    r = editor.post(f"{base}/organisers/", {"session": [str(session.pk)], "organiser": [""]})
    assert r.status_code == 400 and "no session" in r.content.decode()
    m.refresh_from_db()
    assert m.text != "Changed."
