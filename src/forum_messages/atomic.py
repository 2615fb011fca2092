"""Atomic file writes: a file is replaced whole or not at all, never left half-written."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from forum_messages.errors import OutputError


def write_temp(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` to a new temporary file next to ``folder / name`` and return its path."""
    tmp = folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def write_file(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write one file atomically (text as UTF-8); OutputError naming the file on failure."""
    target = Path(path)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = write_temp(target.parent, target.name, raw)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"{path}: cannot write the file: {exc.strerror or exc}") from exc
    return target
