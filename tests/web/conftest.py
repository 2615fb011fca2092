"""Django for the web tests only: settings, a test database, and shared fixtures.

Nothing here runs for tests outside tests/web: the settings module is chosen and Django set
up when this folder is collected, and the test database is made by a session fixture that
only tests in this folder use (through ``db``).
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

_DATA = tempfile.mkdtemp(prefix="fm-web-test-")
atexit.register(shutil.rmtree, _DATA, True)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "forum_messages.web.settings")
os.environ.setdefault("FORUM_MESSAGES_DATA_DIR", _DATA)
os.environ.setdefault("FORUM_MESSAGES_SECRET_KEY", "test-secret-key-" + "x" * 40)
os.environ.setdefault("FORUM_MESSAGES_PUBLIC_CACHE", "0")  # tests see every change at once

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast tests

from django.db import connections, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment, teardown_test_environment  # noqa: E402


@pytest.fixture(scope="session")
def django_test_db() -> Iterator[None]:
    setup_test_environment()
    conn = connections["default"]
    worker = os.environ.get("PYTEST_XDIST_WORKER")  # gw0, gw1 ... under pytest -n
    if worker and conn.vendor != "sqlite":  # SQLite test databases are in memory already
        conn.settings_dict.setdefault("TEST", {})["NAME"] = (
            f"test_{conn.settings_dict['NAME']}_{worker}"
        )
    old = conn.creation.create_test_db(verbosity=0, autoclobber=True)
    yield
    connections["default"].creation.destroy_test_db(old, verbosity=0)
    teardown_test_environment()


@pytest.fixture
def db(django_test_db: None) -> Iterator[None]:
    """Each test in a transaction that is rolled back at its end."""
    atomic = transaction.atomic()
    atomic.__enter__()
    try:
        yield
    finally:
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture
def transactional_db(django_test_db: None, sample_edition_id: int) -> Iterator[None]:
    """For work in other threads: rows are committed; editions made by the test are deleted
    afterwards (the shared sample edition stays)."""
    from forum_messages.web.models import Edition

    before = set(Edition.objects.values_list("pk", flat=True))
    yield
    for ed in Edition.objects.exclude(pk__in=before):
        ed.delete()


@pytest.fixture(scope="session")
def sample_paths() -> list[str]:
    from forum_messages.cli import sample_paths as paths

    return [str(p) for p in paths()]


def make_user(name: str, role: str) -> Any:
    from django.contrib.auth import get_user_model

    from forum_messages.web import rules

    User = get_user_model()
    if role == "admin":
        return User.objects.create_superuser(name, password="pw-" + name * 3)
    user = User.objects.create_user(name, password="pw-" + name * 3)
    if role != "public":
        rules.set_role(user, role, ["fr"] if role == "translator" else None)
    return user


@pytest.fixture
def users(db: None) -> dict[str, Any]:
    roles = ("admin", "editor", "moderator", "translator", "organiser", "public")
    return {r: make_user(f"{r}1", r) for r in roles}


def client_for(user: Any | None) -> Client:
    c = Client()
    if user is not None:
        c.force_login(user)
    return c


@pytest.fixture(scope="session")
def sample_edition_id(django_test_db: None, sample_paths: list[str]) -> int:
    """The sample edition (igf2025), imported and drafted with the hash embedder, once."""
    from forum_messages.web.services import drafting, importing

    with transaction.atomic():
        ed = importing.edition_from_spec("igf2025")
        importing.import_paths(ed, sample_paths)
        drafting.run_draft(ed, "hash")
    return int(ed.pk)


@pytest.fixture
def edition(db: None, sample_edition_id: int) -> Any:
    """The sample edition, drafted (each test's changes are rolled back)."""
    from forum_messages.web.models import Edition

    return Edition.objects.get(pk=sample_edition_id)


@pytest.fixture
def published(edition: Any, users: dict[str, Any]) -> Any:
    """The sample edition's draft, published with the review open now (for a week)."""
    from django.utils import timezone

    from forum_messages.web.services import publishing

    now = timezone.now()
    publishing.publish_draft(
        edition, now - timedelta(hours=1), now + timedelta(days=7), users["admin"]
    )
    return edition


#: Four small session reports: enough for a draft whose PDF renders in a few seconds.
SMALL = [
    {
        "session": f"WS #{n}",
        "title": title,
        "type": "Workshop",
        "theme": theme,
        "language": "en",
        "organisers": [{"name": "Org", "stakeholder_group": "Civil Society"}],
        "key_takeaways": [takeaway],
        "calls_to_action": [call],
    }
    for n, title, theme, takeaway, call in (
        (1, "Cyber capacity", "trust", "Cyber capacity building must reach small states.",
         "CERTs should share threat information across borders."),
        (2, "CERT cooperation", "trust", "Small states need cyber capacity building support.",
         "Governments should fund national CERTs."),
        (3, "Rural access", "access", "Affordability is the main barrier to connectivity.",
         "Regulators should license community networks."),
        (4, "Community networks", "access", "Community networks connect rural areas.",
         "Governments should support community networks with spectrum."),
    )
]  # fmt: skip


def small_drafted(tmp_path: Path, slug: str) -> Any:
    """An igf2025 edition of the four ``SMALL`` reports, drafted with the hash embedder."""
    from forum_messages.web.services import drafting, importing

    reports = tmp_path / "reports.jsonl"
    reports.write_text("\n".join(json.dumps(r) for r in SMALL) + "\n", encoding="utf-8")
    ed = importing.edition_from_spec("igf2025", slug=slug)
    importing.import_paths(ed, [reports])
    drafting.run_draft(ed, "hash")
    return ed


@pytest.fixture
def small_published(users: dict[str, Any], tmp_path: Path) -> Any:
    """A small edition (``SMALL``), drafted and published with the review open now (for a
    week): for downloads whose size is not what a test is about (its PDF takes seconds, the
    sample's half a minute)."""
    from django.utils import timezone

    from forum_messages.web.services import publishing

    ed = small_drafted(tmp_path, "small-published")
    now = timezone.now()
    publishing.publish_draft(ed, now - timedelta(hours=1), now + timedelta(days=7), users["admin"])
    return ed
