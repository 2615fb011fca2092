"""(a) Settings: data dir, generated secret, DATABASE_URL, production checks."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from forum_messages.errors import ConfigError
from forum_messages.web.datadir import secret_key
from forum_messages.web.dburl import parse_database_url


def test_postgres_url() -> None:
    db = parse_database_url("postgres://fm:s%40cret@db.example:5433/forum?sslmode=require")
    assert db["ENGINE"] == "django.db.backends.postgresql"
    assert (db["NAME"], db["USER"], db["PASSWORD"]) == ("forum", "fm", "s@cret")
    assert (db["HOST"], db["PORT"], db["OPTIONS"]) == ("db.example", "5433", {"sslmode": "require"})
    socket = parse_database_url("postgresql:///forum?host=/tmp/pg")
    assert socket["HOST"] == "/tmp/pg" and socket["OPTIONS"] == {}


def test_sqlite_url_and_errors() -> None:
    assert parse_database_url("sqlite:////tmp/x.sqlite3")["NAME"] == "/tmp/x.sqlite3"
    with pytest.raises(ConfigError, match="unsupported scheme 'mysql'"):
        parse_database_url("mysql://u:p@h/db")
    with pytest.raises(ConfigError, match=r"give the database name") as err:
        parse_database_url("postgres://u:hunter2@h/")
    assert "hunter2" not in str(err.value)


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("postgres://u:hunter2@db:port/forum", "not an address that can be used (Port could"),
        ("postgres://u:hunter2@db:99999/forum", "(Port out of range 0-65535)"),
        ("postgresql://u:hunter2@[::1/forum", "(Invalid IPv6 URL)"),
        ("sqlite://site.sqlite3", "the file goes after three slashes"),
        ("sqlite://", "give the database file"),
        ("sqlite:///", "give the database file"),
    ],
)
def test_a_database_url_that_is_not_an_address_is_named(url: str, said: str) -> None:
    """A port that is not a number or an unclosed IPv6 bracket was ``internal error:
    ValueError``; ``sqlite://site.sqlite3`` (two slashes) and ``sqlite://`` were an
    in-memory database: every command went through and kept nothing."""
    with pytest.raises(ConfigError, match=r"^DATABASE_URL ") as err:
        parse_database_url(url)
    assert said in str(err.value) and "hunter2" not in str(err.value)


def test_sqlite_urls_that_name_a_file_or_memory() -> None:
    assert parse_database_url("sqlite:///site.sqlite3")["NAME"] == "site.sqlite3"
    assert parse_database_url("sqlite:///:memory:")["NAME"] == ":memory:"
    assert parse_database_url("postgres://u@db:5433/forum")["PORT"] == "5433"


def test_secret_is_generated_once_and_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FORUM_MESSAGES_SECRET_KEY", raising=False)
    first = secret_key(tmp_path / "data")
    assert len(first) >= 50
    assert secret_key(tmp_path / "data") == first
    mode = stat.S_IMODE((tmp_path / "data" / "secret_key").stat().st_mode)
    assert mode == 0o600


def _manage(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "forum_messages.web", "manage", "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=120,
    )


def test_check_deploy_passes_for_production_settings(tmp_path: Path) -> None:
    r = _manage(
        tmp_path,
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        FORUM_MESSAGES_HTTPS="1",
        FORUM_MESSAGES_TRUSTED_PROXY="127.0.0.1",
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no issues" in r.stdout
    assert (tmp_path / "secret_key").exists()  # generated on first run


def test_https_without_a_trusted_proxy_says_what_to_set(tmp_path: Path) -> None:
    r = _manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", FORUM_MESSAGES_HTTPS="1")
    assert r.returncode != 0
    assert "fm.W001" in r.stderr and "FORUM_MESSAGES_TRUSTED_PROXY" in r.stderr
    bad = _manage(
        tmp_path,
        "check",
        "--deploy",
        FORUM_MESSAGES_TRUSTED_PROXY="127.0.0.1",
        FORUM_MESSAGES_TRUSTED_PROXY_COUNT="two",
    )
    assert bad.returncode != 0 and "FORUM_MESSAGES_TRUSTED_PROXY_COUNT='two'" in bad.stderr
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    clean.pop("DATABASE_URL", None)
    serve = subprocess.run(
        [sys.executable, "-m", "forum_messages.web", "serve", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**clean, "FORUM_MESSAGES_HTTPS": "1"},
        timeout=120,
    )
    assert serve.returncode == 1
    assert "Set FORUM_MESSAGES_TRUSTED_PROXY to the address" in serve.stderr
    assert "Traceback" not in serve.stderr


def test_database_url_switches_to_postgres(tmp_path: Path) -> None:
    pytest.importorskip("psycopg", reason="the PostgreSQL driver is not installed")
    r = _manage(
        tmp_path,
        "shell",
        "-c",
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])",
        DATABASE_URL="postgres://u:p@127.0.0.1:1/nothing",
    )
    assert r.stdout.strip().splitlines()[-1] == "django.db.backends.postgresql", r.stderr


def _command(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "forum_messages", *args, "--data-dir", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=120,
    )


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once it is closed


def test_a_database_url_that_cannot_be_used_is_one_error_line(tmp_path: Path) -> None:
    pytest.importorskip("psycopg", reason="the PostgreSQL driver is not installed")
    pg = f"postgres://fm:hunter2@127.0.0.1:{_closed_port()}/forum"
    missing = f"sqlite:///{tmp_path}/no-such-folder/site.sqlite3"
    cases = [
        (["import", "--sample", "--embedder", "hash"], pg),
        (["import-comments", "x.csv", "--edition", "igf"], pg),
        (["import", "--sample", "--embedder", "hash"], missing),
    ]
    for args, url in cases:
        r = _command(tmp_path, *args, DATABASE_URL=url)
        assert r.returncode == 1, (args, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1, r.stderr
        assert lines[0].startswith("error: the site's database, set by DATABASE_URL ("), lines
        assert "cannot be used: " in lines[0] and "internal error" not in lines[0]
        assert "hunter2" not in r.stderr
    assert "Connection refused" in _command(tmp_path, *cases[0][0], DATABASE_URL=pg).stderr
    assert "unable to open database file" in r.stderr
    debug = _command(tmp_path, "--debug", *cases[2][0], DATABASE_URL=missing)
    assert debug.returncode != 0 and "Traceback" in debug.stderr


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FORUM_MESSAGES_RATE_LIMIT", "-1"),
        ("FORUM_MESSAGES_RATE_LIMIT", "twenty"),
        ("FORUM_MESSAGES_LOGIN_LIMIT", "1.5"),
        ("FORUM_MESSAGES_PUBLIC_CACHE", "5s"),
    ],
)
def test_a_count_setting_that_is_not_a_whole_number_is_named(
    tmp_path: Path, name: str, value: str
) -> None:
    """A word was ``internal error: ValueError``; a negative rate limit was taken, and every
    comment was then refused as one too many."""
    r = _manage(tmp_path, "check", **{name: value})
    assert r.returncode == 1, r.stderr
    assert r.stderr.strip() == (
        f"error: {name}: '{value}' is not a whole number of 0 or more (0 turns it off)"
    )


def test_an_on_off_setting_that_is_neither_is_named(tmp_path: Path) -> None:
    """``FORUM_MESSAGES_HTTPS=ture`` was taken as off, without a word."""
    r = _manage(tmp_path, "check", FORUM_MESSAGES_HTTPS="ture")
    assert r.returncode == 1
    assert r.stderr.strip() == (
        "error: FORUM_MESSAGES_HTTPS: 'ture' is neither on (1, true, yes, on) "
        "nor off (0, false, no, off)"
    )
    r = _manage(tmp_path, "check", FORUM_MESSAGES_DEBUG="Off")
    assert r.returncode == 0, r.stderr


def test_migrations_match_the_models(db: None) -> None:
    from django.core.management import call_command

    call_command("makemigrations", "fm", "--check", "--dry-run", verbosity=0)


def test_database_is_the_one_database_url_names(db: None) -> None:
    from django.db import connection

    wanted = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == wanted


def test_the_core_never_imports_the_web_package() -> None:
    import forum_messages

    root = Path(forum_messages.__file__).parent
    for path in root.rglob("*.py"):
        if "web" in path.relative_to(root).parts or path.name == "cli.py":  # the wiring edge
            continue
        text = path.read_text(encoding="utf-8")
        assert "forum_messages.web" not in text and "import django" not in text, path
