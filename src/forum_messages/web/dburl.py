"""A small DATABASE_URL parser: ``postgres://user:pass@host:5432/name?sslmode=require``.

Only what the project supports: PostgreSQL (postgres://, postgresql://, pgsql://) and SQLite
(sqlite:////absolute/path, sqlite:///relative/path, sqlite:///:memory:). Query parameters
become OPTIONS.
"""

from __future__ import annotations

import os
import re
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from forum_messages.errors import ConfigError

POSTGRES_SCHEMES = ("postgres", "postgresql", "pgsql")


def parse_database_url(url: str) -> dict[str, Any]:
    """The Django DATABASES["default"] entry for ``url``; ConfigError if it cannot be used."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # checked here: a port that is not a number raises ValueError
    except ValueError as exc:  # a port that is not a number, an unclosed [IPv6 address
        raise ConfigError(
            f"DATABASE_URL {_redact(url)}: not an address that can be used ({exc}); {_FORMS}"
        ) from None
    scheme = parts.scheme.lower()
    if scheme == "sqlite":
        if parts.netloc:  # sqlite://site.db: the file name read as a host, the path empty
            raise ConfigError(
                f"DATABASE_URL {_redact(url)}: the file goes after three slashes "
                "(sqlite:///relative/path.sqlite3) or four (sqlite:////absolute/path.sqlite3)"
            )
        path = unquote(parts.path)  # sqlite:////abs/path -> //abs/path; sqlite:///rel -> /rel
        name = path[1:] if path.startswith("/") else path
        if not name:  # an in-memory database would lose everything at the command's end
            raise ConfigError(
                f"DATABASE_URL {_redact(url)}: give the database file "
                "(sqlite:///path/to/file.sqlite3, or sqlite:///:memory: for one in memory)"
            )
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": name}
    if scheme in POSTGRES_SCHEMES:
        name = unquote(parts.path.lstrip("/"))
        if not name:
            raise ConfigError(
                f"DATABASE_URL {_redact(url)}: give the database name, "
                "e.g. postgres://user:password@localhost:5432/forum"
            )
        options = dict(parse_qsl(parts.query))
        host = unquote(parts.hostname or "")
        if not host and "host" in options:  # postgres:///db?host=/run/postgresql
            host = options.pop("host")
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": host,
            "PORT": str(port or ""),
            "OPTIONS": options,
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ConfigError(f"DATABASE_URL {_redact(url)}: unsupported scheme '{scheme}'; {_FORMS}")


_FORMS = "use postgres://user:password@host:port/name or sqlite:///path/to/file.sqlite3"


def failure(exc: BaseException) -> str | None:
    """What a command-line user is told when the site's database cannot be used (``exc``:
    Django's OperationalError or InterfaceError: a host that does not answer, a password
    refused, a database or a folder that does not exist), naming the setting it came from;
    None for any other exception. One line: PostgreSQL's hints are put on it."""
    kind = type(exc)
    if not kind.__module__.startswith("django.db") or kind.__name__ not in (
        "OperationalError",
        "InterfaceError",
    ):
        return None
    problem = " ".join(str(exc).split()) or kind.__name__
    url = os.environ.get("DATABASE_URL", "").strip()
    if url:
        problem = problem.replace(urlsplit(url).password or "\0", "***")
        where = f"the site's database, set by DATABASE_URL ({_redact(url)}),"
    else:
        where = f"the site's database {_default_name()} (the data directory's: --data-dir or "
        where += "FORUM_MESSAGES_DATA_DIR)"
    return f"{where} cannot be used: {problem}"


def _default_name() -> str:
    try:
        from django.conf import settings

        return str(settings.DATABASES["default"]["NAME"])
    except Exception:  # settings not made yet: the name is not known
        return "file"


def _redact(url: str) -> str:
    try:
        password = urlsplit(url).password
    except ValueError:  # not a URL that splits: hide whatever stands between ':' and '@'
        return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)
    if password:
        return url.replace(f":{password}@", ":***@")
    return url
