"""The data directory: SQLite database, generated secret key, uploaded reports."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from forum_messages.errors import ConfigError

ENV_DATA_DIR = "FORUM_MESSAGES_DATA_DIR"
DEFAULT_DATA_DIR = "forum-messages-data"
SECRET_FILE = "secret_key"


def data_dir() -> Path:
    """The data directory from FORUM_MESSAGES_DATA_DIR (default ./forum-messages-data)."""
    return Path(os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR).expanduser().resolve()


def ensure_data_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"{path}: cannot create the data directory: {exc.strerror or exc}; "
            "choose another one with --data-dir"
        ) from exc
    return path


def secret_key(path: Path) -> str:
    """FORUM_MESSAGES_SECRET_KEY, else the key stored in the data dir (made on first run)."""
    env = os.environ.get("FORUM_MESSAGES_SECRET_KEY")
    if env:
        return env
    ensure_data_dir(path)
    file = path / SECRET_FILE
    if file.exists():
        return file.read_text(encoding="ascii").strip()
    key = secrets.token_urlsafe(50)
    tmp = path / f".{SECRET_FILE}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    try:
        os.link(tmp, file)  # fails if another process made it first: keep theirs
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return file.read_text(encoding="ascii").strip()
