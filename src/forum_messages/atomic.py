"""Atomic file writes: a file is replaced whole or not at all, never left half-written.

A file is first written to a temporary file next to it, named
``.<name>.forum-messages-<pid>-<8 hex digits>.tmp``, then renamed over the target. A process
killed between the two leaves that temporary file behind; :func:`remove_stale_temps` removes
ours (by that name) once they are older than :data:`STALE_AFTER` seconds, and every writer
calls it for its folder.
"""

from __future__ import annotations

import os
import re
import secrets
import time
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from forum_messages.errors import OutputError

#: Age in seconds after which a temporary file of ours is taken as left by a killed process
#: (writing one file takes seconds; an hour leaves room for a slow disk).
STALE_AFTER = 3600.0
_TEMP = re.compile(r"^\.(?P<name>.+)\.forum-messages-\d+-[0-9a-f]{8}\.tmp$")


def temp_name(name: str) -> str:
    """A new temporary name for a file to be renamed to ``name``."""
    return f".{name}.forum-messages-{os.getpid()}-{secrets.token_hex(4)}.tmp"


def remove_stale_temps(folder: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files of ours in ``folder`` older than STALE_AFTER; return them.

    Files that are not ours (any other name), newer ones (a write in progress) and files that
    cannot be removed are left alone.
    """
    limit = (time.time() if now is None else now) - STALE_AFTER
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _TEMP.match(entry.name):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < limit:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def write_temp(folder: Path, name: str, data: bytes | Iterable[str]) -> Path:
    """Write ``data`` (bytes, or text in pieces written as UTF-8 as they come) to a new
    temporary file next to ``folder / name`` and return its path."""
    return write_temp_at(folder / temp_name(name), data)


def write_temp_at(tmp: Path, data: bytes | Iterable[str]) -> Path:
    """Write ``data`` to the new file ``tmp`` (a name from :func:`temp_name`), synced to the
    disk; nothing is left of it on failure."""
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                _write_pieces(fh, data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _write_pieces(fh: BinaryIO, pieces: Iterable[str], size: int = 1 << 16) -> None:
    """Write text pieces as UTF-8, gathered into writes of about ``size`` characters."""
    batch: list[str] = []
    held = 0
    for piece in pieces:
        batch.append(piece)
        held += len(piece)
        if held >= size:
            fh.write("".join(batch).encode("utf-8"))
            batch, held = [], 0
    fh.write("".join(batch).encode("utf-8"))


def write_file(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write one file atomically (text as UTF-8); OutputError naming the file on failure."""
    target = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(target.parent)
        tmp = write_temp(target.parent, target.name, raw)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write the file: {exc.strerror or exc}") from exc
    return target
