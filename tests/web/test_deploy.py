"""The HTTPS deployment for real: `serve` (waitress) behind a reverse proxy of our own
(tests/web/proxy_server.py), each in its own process on a free port."""

from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
import textwrap
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .test_commands import _free_port

HOST = "review.example.org"
PROXY_SCRIPT = Path(__file__).with_name("proxy_server.py")
SETUP = textwrap.dedent(
    """
    import sys
    from datetime import timedelta
    from django.utils import timezone
    from forum_messages.web.commands import setup
    setup(sys.argv[1])
    from django.contrib.auth import get_user_model
    from forum_messages.web.services import drafting, importing, publishing
    ed = importing.edition_from_spec("minimal", "site")
    importing.import_paths(ed, [sys.argv[2]])
    drafting.run_draft(ed, "hash")
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), None)
    get_user_model().objects.create_user("ed", password="a-long-enough-passphrase")
    """
)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    env.pop("DATABASE_URL", None)
    return {**env, **extra}


def _wait(port: int, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            raise AssertionError(f"the process stopped: {out}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("HEAD", "/privacy/")
            conn.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"nothing answers on port {port}")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, int]]:
    tmp = tmp_path_factory.mktemp("deploy")
    report = tmp / "r.jsonl"
    report.write_text(
        "".join(
            f'{{"session": "WS #{i}", "title": "T", "type": "Workshop", "theme": '
            '"connectivity", "key_takeaways": ["Community networks need affordable '
            'spectrum and backhaul."]}\n'
            for i in range(1, 4)
        ),
        encoding="utf-8",
    )
    data = tmp / "site"
    subprocess.run(
        [sys.executable, "-c", SETUP, str(data), str(report)],
        env=_clean_env(),
        check=True,
        timeout=300,
    )
    app_port, proxy_port = _free_port(), _free_port()
    env = _clean_env(
        FORUM_MESSAGES_HTTPS="1",
        FORUM_MESSAGES_TRUSTED_PROXY="127.0.0.2",
        FORUM_MESSAGES_ALLOWED_HOSTS=HOST,
        FORUM_MESSAGES_RATE_LIMIT="2",
        FORUM_MESSAGES_PUBLIC_CACHE="0",
    )
    argv = ["serve", "--data-dir", str(data), "--port", str(app_port)]
    serve = subprocess.Popen(
        [sys.executable, "-m", "forum_messages.web", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    proxy = subprocess.Popen(
        [sys.executable, str(PROXY_SCRIPT), str(proxy_port), str(app_port), HOST],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait(app_port, serve)
        _wait(proxy_port, proxy)
        yield {"app": app_port, "proxy": proxy_port}
    finally:
        for proc in (proxy, serve):
            proc.terminate()
            proc.wait(timeout=20)


def fetch(
    port: int, method: str, path: str, headers: dict[str, str] | None = None, body: str = ""
) -> tuple[int, http.client.HTTPMessage, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    hdrs = dict(headers or {})
    if body:
        hdrs["Content-Type"] = "application/x-www-form-urlencoded"
    conn.request(method, path, body=body.encode() if body else None, headers=hdrs)
    resp = conn.getresponse()
    text = resp.read().decode("utf-8", "replace")
    conn.close()
    return resp.status, resp.headers, text


def _cookie(headers: http.client.HTTPMessage, name: str) -> str:
    """The Set-Cookie line of ``name`` (empty if not set)."""
    return next((c for c in headers.get_all("Set-Cookie") or [] if c.startswith(name + "=")), "")


def _csrf(site: dict[str, int]) -> tuple[str, str]:
    """(cookie value, form token) from the comment form, read through the proxy."""
    status, headers, body = fetch(site["proxy"], "GET", "/e/site/comment/draft/")
    assert status == 200, body[:500]
    line = _cookie(headers, "csrftoken")
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert line and found
    return line.split(";", 1)[0].split("=", 1)[1], found.group(1)


def _post_comment(site: dict[str, int], port: int, headers: dict[str, str]) -> int:
    cookie, form = _csrf(site)
    body = (
        f"csrfmiddlewaretoken={form}&token={uuid.uuid4().hex}"
        "&text=Backhaul+costs+deserve+a+sentence+of+their+own."
    )
    hdrs = {
        "Cookie": f"csrftoken={cookie}",
        "Origin": f"https://{HOST}",
        "Referer": f"https://{HOST}/e/site/comment/draft/",
        **headers,
    }
    return fetch(port, "POST", "/e/site/comment/draft/", hdrs, body)[0]


def test_pages_answer_through_the_proxy_without_a_redirect_loop(site: dict[str, int]) -> None:
    for path in ("/", "/e/site/", "/e/site/comment/draft/", "/accounts/login/"):
        status, headers, _body = fetch(site["proxy"], "GET", path)
        assert status == 200, (path, status, headers.get("Location"))
        assert headers.get("Strict-Transport-Security", "").startswith("max-age=31536000")
        assert "script-src 'none'" in headers.get("Content-Security-Policy", "")


def test_plain_http_gets_one_redirect_to_https(site: dict[str, int]) -> None:
    status, headers, _ = fetch(site["proxy"], "GET", "/e/site/", {"X-Test-Proto": "http"})
    assert status == 301
    assert headers["Location"] == f"https://{HOST}/e/site/"
    assert fetch(site["proxy"], "GET", "/e/site/")[0] == 200  # the https request it points to


def _flags(cookie_line: str) -> set[str]:
    return {p.strip().lower() for p in cookie_line.split(";")[1:]}


def test_session_and_csrf_cookies_are_secure(site: dict[str, int]) -> None:
    status, headers, body = fetch(site["proxy"], "GET", "/accounts/login/")
    csrf = _cookie(headers, "csrftoken")
    assert "secure" in _flags(csrf)
    cookie = csrf.split(";", 1)[0].split("=", 1)[1]
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert found
    status, headers, body = fetch(
        site["proxy"],
        "POST",
        "/accounts/login/",
        {"Cookie": f"csrftoken={cookie}", "Origin": f"https://{HOST}"},
        f"csrfmiddlewaretoken={found.group(1)}&username=ed&password=a-long-enough-passphrase",
    )
    assert status == 302, body[:800]
    assert {"secure", "httponly"} <= _flags(_cookie(headers, "sessionid"))


def test_rate_limit_is_per_visitor_and_cannot_be_forged(site: dict[str, int]) -> None:
    proxy, app = site["proxy"], site["app"]
    a = {"X-Test-Visitor": "198.51.100.10"}
    assert [_post_comment(site, proxy, a) for _ in range(3)] == [302, 302, 429]
    # Other visitors behind the same proxy have buckets of their own.
    for n in range(11, 16):
        assert _post_comment(site, proxy, {"X-Test-Visitor": f"198.51.100.{n}"}) == 302
    # Visitor A cannot pick a fresh bucket by sending its own X-Forwarded-For: the proxy
    # appends the address it saw, and only that last one is believed.
    assert _post_comment(site, proxy, {**a, "X-Forwarded-For": "203.0.113.77"}) == 429
    # A direct request (not from the trusted proxy) has its forwarding headers dropped: it is
    # plain http to the site, so it is sent to https and nothing is counted for anyone.
    forged = {"X-Forwarded-For": "198.51.100.20", "X-Forwarded-Proto": "https", "Host": HOST}
    for _ in range(3):
        assert _post_comment(site, app, forged) == 301
    assert _post_comment(site, proxy, {"X-Test-Visitor": "198.51.100.20"}) == 302


def test_waitress_believes_forwarded_headers_only_from_the_trusted_proxy() -> None:
    from django.test import override_settings
    from waitress.proxy_headers import proxy_headers_middleware

    from forum_messages.web import proxy

    seen: dict[str, Any] = {}

    def app(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        seen.clear()
        seen.update(environ)
        return [b""]

    with override_settings(TRUSTED_PROXY="127.0.0.2", TRUSTED_PROXY_COUNT="", HTTPS=True):
        opts = proxy.waitress_options()
    assert opts["clear_untrusted_proxy_headers"] is True
    wrapped = proxy_headers_middleware(
        app,
        trusted_proxy=opts["trusted_proxy"],
        trusted_proxy_count=opts["trusted_proxy_count"],
        trusted_proxy_headers=opts["trusted_proxy_headers"],
        clear_untrusted=opts["clear_untrusted_proxy_headers"],
    )
    forged = {
        "HTTP_X_FORWARDED_FOR": "203.0.113.5, 198.51.100.1",
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_FORWARDED_HOST": HOST,
        "HTTP_HOST": "127.0.0.1:8000",
        "wsgi.url_scheme": "http",
    }
    wrapped({**forged, "REMOTE_ADDR": "127.0.0.1"}, lambda *a: None)
    assert seen["REMOTE_ADDR"] == "127.0.0.1" and seen["wsgi.url_scheme"] == "http"
    assert not any(k.startswith("HTTP_X_FORWARDED") for k in seen)
    wrapped({**forged, "REMOTE_ADDR": "127.0.0.2"}, lambda *a: None)
    assert seen["REMOTE_ADDR"] == "198.51.100.1" and seen["wsgi.url_scheme"] == "https"
    assert seen["HTTP_HOST"] == HOST
