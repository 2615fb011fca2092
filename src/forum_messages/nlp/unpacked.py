"""Unpacked copies of the models' compressed weights, kept between runs.

The sentence encoder's weights ship zlib-compressed and the language model LZMA-compressed,
and the encoder's tokenizer builds a prefix table of its vocabulary; all this costs about a
second of CPU at every start of a command. The first run
writes each model's arrays uncompressed (``numpy.savez``) into a cache folder, and later runs
read that copy, which takes a tenth of the time and gives the same arrays. A copy is used only
when it was made from the same file (path, size and modification time) by the same format
version; it is written to a temporary name and renamed, so a run never sees half a copy.
Each install (another virtual environment, an upgrade) has its own model files and so its own
copies: only the ``KEEP`` most recently used copies of each model are kept, the older ones are
removed when a new one is written.

The folder is ``FORUM_MESSAGES_CACHE`` when set (``off`` turns the copies off), else
``$XDG_CACHE_HOME/forum-messages`` or ``~/.cache/forum-messages``; about 150 MB. Nothing
fails when it cannot be written or read: the model is then unpacked as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

CACHE_ENV = "FORUM_MESSAGES_CACHE"
#: Changes whenever the copies are written differently.
FORMAT = 1
#: How many copies of one model are kept (the most recently used).
KEEP = 2

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


def copy_path(name: str, source: Path, suffix: str = ".npz") -> Path | None:
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
    return folder / f"{name}-{digest}{suffix}"


def _write(target: Path, arrays: Arrays | NDArray[np.generic]) -> None:
    """``arrays`` saved uncompressed at ``target`` (a temporary file renamed), if it can be:
    a mapping of arrays as ``.npz``, one array as ``.npy``."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(arrays, np.ndarray):
                np.save(fh, arrays, allow_pickle=False)
            else:
                np.savez(fh, **arrays)  # type: ignore[arg-type]
        os.replace(tmp, target)
    except OSError:
        Path(tmp).unlink(missing_ok=True)


_COPY = re.compile(r"[0-9a-f]{16}")


def _prune(name: str, keep: Path) -> None:
    """Remove the copies of model ``name`` other than ``keep`` and the most recently used
    others, so that ``KEEP`` are left; a copy that cannot be removed is left alone."""
    try:
        others = [
            p
            for p in keep.parent.glob(f"{name}-*{keep.suffix}")
            if p != keep and _COPY.fullmatch(p.stem[len(name) + 1 :])
        ]
        ranked = sorted(others, key=lambda p: (p.stat().st_mtime_ns, p.name), reverse=True)
    except OSError:
        return
    for old in ranked[KEEP - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()


def _mark_used(target: Path) -> None:
    """Set the copy's modification time to now: pruning keeps the most recently used."""
    with contextlib.suppress(OSError):
        os.utime(target)


def unpacked(name: str, source: Path, unpack: Callable[[], Arrays]) -> Path | None:
    """The path of an uncompressed ``.npz`` copy of ``unpack()`` (the arrays of the model
    file ``source``), made now if there is none yet; None when no copy can be kept (the
    caller then reads ``source`` as it always did)."""
    return _made(copy_path(name, source), name, unpack)


def unpacked_array(name: str, source: Path, make: Callable[[], NDArray[np.generic]]) -> Path | None:
    """The path of a ``.npy`` copy of ``make()`` (one array made from the model file
    ``source``), made now if there is none yet; None when no copy can be kept. The caller
    maps it into memory (``numpy.load(..., mmap_mode="r")``): the pages it never reads
    are never read from the disk and take no memory of the process's own."""
    return _made(copy_path(name, source, ".npy"), name, make)


def _made(
    target: Path | None, name: str, make: Callable[[], Arrays | NDArray[np.generic]]
) -> Path | None:
    if target is None:
        return None
    if target.is_file():
        _mark_used(target)
        return target
    _write(target, make())
    if not target.is_file():
        return None
    _prune(name, target)
    return target


#: What reading a damaged copy raises (the caller then reads the model file itself).
DAMAGED = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile)
