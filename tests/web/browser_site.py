"""What the browser tests share: a site served by waitress from its own data folder (made with
the command line, as a deployment would be), Debian's chromium driven by Playwright, and
signing in. Tests using it are skipped when chromium or playwright is absent
(scripts/web-browser-test.sh installs both)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("FORUM_MESSAGES_CHROMIUM") or shutil.which("chromium")
#: Marks for a module of browser tests.
MARKS = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)"
    ),
]
PASSWORD = "browser-test-password"


def site_env(data: Path, **extra: str) -> dict[str, str]:
    """The environment of a site on ``data``: none of the caller's site settings, the admin's
    password, and ``extra`` (``FORUM_MESSAGES_...`` names without the prefix)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    env.pop("DATABASE_URL", None)
    more = {f"FORUM_MESSAGES_{k}": v for k, v in extra.items()}
    return {
        **env,
        "FORUM_MESSAGES_DATA_DIR": str(data),
        "FORUM_MESSAGES_ADMIN_PASSWORD": PASSWORD,
        **more,
    }


def cli(data: Path, *args: str) -> None:
    """``python -m forum_messages.web ARGS`` on the site in ``data``."""
    subprocess.run(
        [sys.executable, "-m", "forum_messages.web", *args],
        env=site_env(data),
        check=True,
        capture_output=True,
        timeout=300,
    )


@contextmanager
def serve(data: Path, **extra: str) -> Iterator[str]:
    """The site in ``data`` served on a free port; yields its address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "forum_messages.web", "serve", "--port", str(port)],
        env=site_env(data, **extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/", timeout=2).close()
                break
            except OSError:
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless chromium (skips the test when Playwright is not installed)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            yield b
        finally:
            b.close()


def sign_in(page: Any, site: str, username: str) -> None:
    page.goto(site + "/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit] >> text=Sign in")


def shows(page: Any, text: str, timeout_ms: int = 30_000) -> bool:
    """Whether the page comes to show ``text`` (in its HTML, as ``page.content()`` has it)
    within ``timeout_ms``: a click that navigates returns once the navigation starts, so a
    page read at once may still be the old one or an empty new one on a loaded machine."""
    try:
        page.wait_for_function(
            "t => document.documentElement.outerHTML.includes(t)", arg=text, timeout=timeout_ms
        )
    except Exception:  # playwright's TimeoutError: the text never came
        return text in page.content()
    return True


def submit(page: Any, selector: str, timeout_ms: int = 120_000) -> None:
    """Click what submits a form and wait for the page it leads to: a plain click returns
    once the navigation starts, so the next step could read the old page (which may hold the
    awaited words already, as "unanswered" holds "answered") or start a request while the
    server still handles this one."""
    with page.expect_navigation(timeout=timeout_ms):
        page.click(selector)
