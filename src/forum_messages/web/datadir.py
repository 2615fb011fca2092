"""The data directory: SQLite database, generated secret key, uploaded reports.

It holds e-mail addresses and password hashes, so it is private to its owner: the directory
and the folders in it 0700, its files 0600 (made so, and tightened on start if looser).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import stat
import time
from pathlib import Path

from forum_messages.errors import ConfigError

ENV_DATA_DIR = "FORUM_MESSAGES_DATA_DIR"
DEFAULT_DATA_DIR = "forum-messages-data"
SECRET_FILE = "secret_key"
DATABASE_FILE = "forum-messages.sqlite3"
UPLOADS = "uploads"
PRIVATE_DIR, PRIVATE_FILE = 0o700, 0o600
STALE_SECONDS = 3600.0  # temporary files of a process still running are younger than this
# Temporary files we make: ".<name>.<pid>[.<hex>].tmp" (atomic writes, the secret key),
# "fm-upload-<pid>-<random>" folders and Django's "<random>.upload<.ext>" files (uploads).
_OUR_TMP = re.compile(r"^\..+?\.(?P<pid>\d+)(\.[0-9a-f]+)?\.tmp$")
_OUR_UPLOAD = re.compile(r"^fm-upload-(?P<pid>\d+)-")
_DJANGO_UPLOAD = re.compile(r"^tmp[a-z0-9_]+\.upload(\.[A-Za-z0-9]+)?$")


def data_dir() -> Path:
    """The data directory from FORUM_MESSAGES_DATA_DIR (default ./forum-messages-data)."""
    return Path(os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR).expanduser().resolve()


def ensure_data_dir(path: Path) -> Path:
    """The data directory and its uploads folder, made (or tightened to) owner-only."""
    try:
        path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        (path / UPLOADS).mkdir(mode=PRIVATE_DIR, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"{path}: cannot create the data directory: {exc.strerror or exc}; "
            "choose another one with --data-dir"
        ) from exc
    make_private(path)
    return path


def _tighten(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):  # not ours to change (another owner): leave it
        st = path.lstat()
        if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) & ~mode:
            path.chmod(stat.S_IMODE(st.st_mode) & mode)


def make_private(path: Path) -> None:
    """Take group and other access away from the data directory, the uploads folder and the
    files the site keeps there (database with its -wal/-shm/-journal, secret key)."""
    _tighten(path, PRIVATE_DIR)
    _tighten(path / UPLOADS, PRIVATE_DIR)
    for name in (SECRET_FILE, *(DATABASE_FILE + end for end in ("", "-wal", "-shm", "-journal"))):
        _tighten(path / name, PRIVATE_FILE)


def process_ended(pid: int) -> bool:
    """No process ``pid`` runs on this machine (any doubt: it may still run)."""
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def _gone(pid: str, mtime: float, now: float) -> bool:
    """A temporary file of process ``pid`` is stale: too old, or that process has ended."""
    return now - mtime > STALE_SECONDS or process_ended(int(pid))


def _stale(entry: Path, in_uploads: bool, now: float) -> bool:
    mtime = entry.lstat().st_mtime
    ours = _OUR_TMP.match(entry.name) or _OUR_UPLOAD.match(entry.name)
    if ours:
        return _gone(ours["pid"], mtime, now)
    django_upload = in_uploads and _DJANGO_UPLOAD.match(entry.name)
    return bool(django_upload) and now - mtime > STALE_SECONDS


def clean_stale(path: Path, now: float | None = None) -> list[str]:
    """Remove what killed processes left in the data directory: our temporary files and
    upload folders whose process has ended or that are older than STALE_SECONDS, and
    Django's upload files older than that. Nothing else is touched. Returns the names."""
    now = time.time() if now is None else now
    removed: list[str] = []
    for folder in (path, path / UPLOADS):
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            try:
                if not _stale(entry, folder != path, now):
                    continue
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError:
                continue
            removed.append(entry.name)
    return removed


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
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    try:
        os.link(tmp, file)  # fails if another process made it first: keep theirs
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return file.read_text(encoding="ascii").strip()
