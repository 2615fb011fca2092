"""Staff pages: create an edition, upload reports, review settings, users and roles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from forum_messages.web import rules
from forum_messages.web.models import Edition

from .conftest import client_for


def test_create_edition_and_upload_reports(users: dict[str, Any], sample_paths: list[str]) -> None:
    c = client_for(users["editor"])
    r = c.post("/staff/new/", {"preset": "igf2025", "slug": "upload-test"})
    assert r.status_code == 302 and r["Location"] == "/staff/e/upload-test/"
    files = [
        SimpleUploadedFile(Path(p).name, Path(p).read_bytes(), "application/octet-stream")
        for p in sample_paths
    ]
    r = c.post("/staff/e/upload-test/import/", {"reports": files})
    page = c.get(r["Location"]).content.decode()
    assert "Imported 114 sessions and 537 statements (537 new, 0 withdrawn)." in page
    assert Edition.objects.get(slug="upload-test").statements.count() == 537


def test_bad_uploads_import_nothing(users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    c.post("/staff/new/", {"preset": "minimal", "slug": "bad-upload"})
    bad = SimpleUploadedFile("r.jsonl", b'{"session": "WS #1"}\n{oops\n')
    r = c.post("/staff/e/bad-upload/import/", {"reports": [bad]})
    page = c.get(r["Location"]).content.decode()
    assert "nothing was imported" in page and "r.jsonl:2" in page
    exe = SimpleUploadedFile("r.exe", b"MZ")
    r = c.post("/staff/e/bad-upload/import/", {"reports": [exe]})
    assert "unsupported file type" in c.get(r["Location"]).content.decode()
    assert Edition.objects.get(slug="bad-upload").statements.count() == 0


def test_bad_edition_file_is_explained(users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    upload = SimpleUploadedFile("e.yaml", b"name: X\nyear: 20\nthemes: []\n")
    r = c.post("/staff/new/", {"file": upload})
    page = c.get(r["Location"]).content.decode()
    assert "year" in page and "problem" in page
    assert not Edition.objects.filter(title="X").exists()


def test_review_settings(edition: Any, users: dict[str, Any]) -> None:
    c = client_for(users["editor"])
    c.post(f"/staff/e/{edition.slug}/settings/", {"time_zone": "Asia/Shanghai", "premoderate": "1"})
    edition.refresh_from_db()
    assert (edition.time_zone, edition.allow_anonymous, edition.premoderate) == (
        "Asia/Shanghai",
        False,
        True,
    )
    r = c.post(f"/staff/e/{edition.slug}/settings/", {"time_zone": "Mars/Olympus"})
    assert "unknown time zone" in c.get(r["Location"]).content.decode()


def test_admin_manages_users_and_roles(users: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    c = client_for(users["admin"])
    c.post(
        "/staff/users/", {"username": "newmod", "role": "moderator", "password": "long-enough-pw"}
    )
    newmod = get_user_model().objects.get(username="newmod")
    assert rules.role_of(newmod) == "moderator"
    c.post("/staff/users/", {"username": "newmod", "role": "editor"})
    newmod = get_user_model().objects.get(username="newmod")
    assert rules.role_of(newmod) == "editor"
    r = c.post("/staff/users/", {"username": "admin1", "role": "public"})
    assert "cannot be changed" in c.get(r["Location"]).content.decode()
    r = c.post("/staff/users/", {"username": "x", "role": "moderator", "password": "short"})
    assert "at least 10 characters" in c.get(r["Location"]).content.decode()


def test_login_page_and_sign_in(users: dict[str, Any]) -> None:
    c = client_for(None)
    assert c.get("/accounts/login/").status_code == 200
    r = c.post("/accounts/login/", {"username": "editor1", "password": "pw-" + "editor1" * 3})
    assert r.status_code == 302 and r["Location"] == "/staff/"


def test_public_pages_are_cached_briefly_for_anonymous_readers(
    published: Any, users: dict[str, Any]
) -> None:
    from django.core.cache import cache
    from django.test import override_settings

    from forum_messages.web.services import comments

    url = f"/e/{published.slug}/"
    with override_settings(PUBLIC_CACHE_SECONDS=60):
        cache.clear()
        before = client_for(None).get(url).content
        published.premoderate = False
        published.save()
        comments.submit(
            published,
            comments.Target("draft"),
            {"text": "A new visible comment."},
            "10.9.9.9",
            comments.new_token(),
        )
        assert client_for(None).get(url).content == before  # the cached page
        assert b"1 comments" in client_for(users["moderator"]).get(url).content  # staff: fresh
        zh = client_for(None)
        zh.cookies["django_language"] = "zh-hans"
        assert "草案" in zh.get(url).content.decode()  # one cache entry per language
        cache.clear()
    assert b"1 comments" in client_for(None).get(url).content


def test_user_changes_are_checked_before_anything_changes(users: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    User = get_user_model()
    c = client_for(users["admin"])

    def page(data: dict[str, str]) -> str:
        r = c.post("/staff/users/", data)
        assert r.status_code == 302
        return c.get(r["Location"]).content.decode()

    # an admin's role cannot be changed, and a new password given with it is not set either
    new = "a-brand-new-passphrase"
    assert "cannot be changed" in page({"username": "admin1", "role": "public", "password": new})
    assert User.objects.get(username="admin1").check_password("pw-" + "admin1" * 3)
    assert not User.objects.get(username="admin1").check_password(new)
    # a reset goes through the password validators, whose messages are shown
    editor = "pw-" + "editor1" * 3
    shown = page({"username": "editor1", "role": "editor", "password": "x"})
    assert "This password is too short. It must contain at least 10 characters." in shown
    shown = page({"username": "editor1", "role": "editor", "password": "password123"})
    assert "This password is too common." in shown
    assert User.objects.get(username="editor1").check_password(editor)
    # a translator without languages: neither the password nor the role changes
    page({"username": "editor1", "role": "translator", "password": new})
    assert User.objects.get(username="editor1").check_password(editor)
    assert rules.role_of(User.objects.get(username="editor1")) == "editor"
    # nothing is created for a refused new account
    assert "too short" in page({"username": "newbie", "role": "moderator", "password": "short"})
    assert not User.objects.filter(username="newbie").exists()
    # a good reset is taken
    page({"username": "editor1", "role": "editor", "password": new})
    assert User.objects.get(username="editor1").check_password(new)


def test_cached_public_pages_carry_no_one_s_messages(published: Any, users: dict[str, Any]) -> None:
    from django.core.cache import cache
    from django.test import override_settings

    url = f"/e/{published.slug}/"
    with override_settings(PUBLIC_CACHE_SECONDS=60):
        cache.clear()
        staff = client_for(users["editor"])
        staff.post(f"/staff/e/{published.slug}/settings/", {"time_zone": "UTC"})  # not shown
        staff.post("/accounts/logout/")
        assert "Settings saved." in staff.get(url).content.decode()  # shown to its reader
        for _ in range(2):
            assert "Settings saved." not in client_for(None).get(url).content.decode()
        assert "Settings saved." not in staff.get(url).content.decode()  # shown once
        cache.clear()


def test_pages_with_a_form_token_are_not_cached() -> None:
    from django.contrib.auth.models import AnonymousUser
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.core.cache import cache
    from django.http import HttpRequest, HttpResponse
    from django.middleware.csrf import get_token
    from django.test import RequestFactory, override_settings

    from forum_messages.web.views.cache import public_cache

    calls = []

    @public_cache
    def page(request: HttpRequest) -> HttpResponse:
        calls.append(1)
        return HttpResponse(get_token(request) if request.GET.get("token") else "same")

    def get(query: str) -> HttpResponse:
        request = RequestFactory().get("/probe/" + query)
        request.user = AnonymousUser()
        request._messages = CookieStorage(request)
        return page(request)

    with override_settings(PUBLIC_CACHE_SECONDS=60):
        cache.clear()
        assert get("?token=1").content != get("?token=1").content and len(calls) == 2
        get("")
        get("")
        assert len(calls) == 3  # a page without a token is cached
        cache.clear()


def test_upload_problems_and_locations_name_the_uploaded_file(
    users: dict[str, Any], sample_paths: list[str]
) -> None:
    import tempfile

    c = client_for(users["editor"])
    c.post("/staff/new/", {"preset": "igf2025", "slug": "named-upload"})
    bad = SimpleUploadedFile("my-report.jsonl", b'{"session": "WS #1"}\n{oops\n')
    r = c.post("/staff/e/named-upload/import/", {"reports": [bad]})
    page = c.get(r["Location"]).content.decode()
    assert "my-report.jsonl:2" in page and "nothing was imported" in page
    assert "fm-upload-" not in page and tempfile.gettempdir() not in page
    long_name = "会议报告" * 60 + ".jsonl"  # 720 bytes: longer than a file name may be on disk
    bad = SimpleUploadedFile(long_name, b'{"session": "WS #1"}\n{oops\n')
    r = c.post("/staff/e/named-upload/import/", {"reports": [bad]})
    assert r.status_code == 302
    assert "会议报告会议报告" in c.get(r["Location"]).content.decode()
    # a good upload: each statement's location names the file as it was uploaded
    good = Path(sample_paths[0])
    c.post(
        "/staff/e/named-upload/import/",
        {"reports": [SimpleUploadedFile(good.name, good.read_bytes())]},
    )
    ed = Edition.objects.get(slug="named-upload")
    files = {st.location["file"] for st in ed.statements.all()}
    assert files == {good.name}
