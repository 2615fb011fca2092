"""Unpacked copies of the models' compressed weights, kept between runs.

The sentence encoder's weights ship zlib-compressed and the language model LZMA-compressed,
and the encoder's tokenizer builds a prefix table of its vocabulary; all this costs about a
second of CPU at every start of a command. The first run
writes each model's arrays uncompressed (``numpy.savez``) into a cache folder, and later runs
read that copy, which takes a tenth of the time and gives the same arrays. A copy is used only
when it was made from the same file (path, size and modification time) by the same format
version; it is written to a temporary name and renamed, so a run never sees half a copy.

The folder is ``FORUM_MESSAGES_CACHE`` when set (``off`` turns the copies off), else
``$XDG_CACHE_HOME/forum-messages`` or ``~/.cache/forum-messages``; about 150 MB. Nothing
fails when it cannot be written or read: the model is then unpacked as before.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

CACHE_ENV = "FORUM_MESSAGES_CACHE"
#: Changes whenever the copies are written differently.
FORMAT = 1

Arrays = Mapping[str, NDArray[np.generic]]


def cache_folder() -> Path | None:
    """Where the copies are kept, or None when they are turned off."""
    raw = os.environ.get(CACHE_ENV)
    if raw is not None:
        raw = raw.strip()
        if raw.lower() in ("", "0", "off", "no", "none"):
            return None
        return Path(raw).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "forum-messages"


def copy_path(name: str, source: Path) -> Path | None:
    """The copy of ``source`` for this state of the file, or None without a cache folder."""
    folder = cache_folder()
    if folder is None:
        return None
    try:
        st = source.stat()
    except OSError:
        return None
    key = f"{FORMAT}|{source.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return folder / f"{name}-{digest}.npz"


def _write(target: Path, arrays: Arrays) -> None:
    """``arrays`` saved uncompressed at ``target`` (a temporary file renamed), if it can be."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


def unpacked(name: str, source: Path, unpack: Callable[[], Arrays]) -> Path | None:
    """The path of an uncompressed ``.npz`` copy of ``unpack()`` (the arrays of the model
    file ``source``), made now if there is none yet; None when no copy can be kept (the
    caller then reads ``source`` as it always did)."""
    target = copy_path(name, source)
    if target is None:
        return None
    if not target.is_file():
        _write(target, unpack())
    return target if target.is_file() else None


#: What reading a damaged copy raises (the caller then reads the model file itself).
DAMAGED = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)
