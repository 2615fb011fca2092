"""Limits on what one input file may hold, so no file can exhaust memory or time.

JSON: a nesting-depth limit (checked without recursion after parsing; a document nested
beyond Python's own recursion limit is refused too). Zip containers (.docx): the file's size,
the number of entries, each member's unpacked size and their total, and the compression
ratio, checked from the central directory and again while every member is unpacked, so a
header that lies about a size does not get through. docs/limits.md lists every limit.
"""

from __future__ import annotations

import errno
import io
import json
import lzma
import os
import select
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any

from forum_messages.errors import InputError

#: Deepest nesting of arrays and objects in any JSON file read (our own files use under 10).
MAX_JSON_DEPTH = 100
#: Largest .docx file (the compressed file as stored on disk).
MAX_ZIP_FILE_BYTES = 50_000_000
#: Most entries (parts) in a .docx file.
MAX_ZIP_ENTRIES = 2_000
#: Largest unpacked size of one part, and of all parts together.
MAX_ZIP_MEMBER_BYTES = 25_000_000
MAX_ZIP_TOTAL_BYTES = 150_000_000
#: Highest unpacked/packed ratio of a part larger than ``_RATIO_FLOOR`` once unpacked.
MAX_ZIP_RATIO = 100
_RATIO_FLOOR = 1_000_000
#: An XLSX workbook (a consultation export): its parts are read from the zip as they are
#: parsed, so they are checked in its directory only (Python's zip reader never gives more
#: bytes than the directory says a part holds). The shared strings (every distinct cell
#: text, held in memory while the sheet is read) at most 500 MB unpacked; any part at most
#: 2 GB; a part over 50 MB unpacked at most 100 to 1 (Excel's own compress 3 to 30 to 1).
MAX_XLSX_ENTRIES = 10_000
MAX_XLSX_STRINGS_BYTES = 500_000_000
MAX_XLSX_PART_BYTES = 2_000_000_000
_XLSX_RATIO_FLOOR = 50_000_000
_CHUNK = 1 << 16


class JsonTooDeep(ValueError):
    """A JSON document nested deeper than :data:`MAX_JSON_DEPTH`."""

    def __init__(self, limit: int = MAX_JSON_DEPTH) -> None:
        super().__init__(f"nested too deeply (more than {limit} levels)")


def json_depth(data: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """Nesting depth of parsed JSON (a scalar is 0); stops and returns ``limit + 1`` beyond."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        depth += 1
        if depth > limit:
            return depth
        deepest = max(deepest, depth)
        stack.extend((child, depth) for child in children if isinstance(child, dict | list))
    return deepest


def load_json(text: str | bytes, limit: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` with a nesting limit.

    Raises ``json.JSONDecodeError`` for malformed text and :class:`JsonTooDeep` (a
    ``ValueError``) when the document is nested more than ``limit`` levels.
    """
    try:
        data = json.loads(text)
    except RecursionError:
        raise JsonTooDeep(limit) from None
    if json_depth(data, limit) > limit:
        raise JsonTooDeep(limit)
    return data


def file_size(path: Path) -> int:
    """The size of the input file at ``path``, as its callers check it against their limits.

    A named pipe, a device or a socket reports a size of 0 whatever it holds: ``/dev/zero``
    (or a link to it named ``x.jsonl``) never ends, and a pipe nobody writes to waits for
    ever. Raises OSError (``strerror`` saying what it is) for those; a folder is left to the
    read that follows (``Is a directory``)."""
    return _size_of(path.stat())


def _size_of(st: os.stat_result) -> int:
    """``file_size`` of what ``stat`` gave."""
    mode = st.st_mode
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return st.st_size
    what = (
        "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    )
    raise OSError(
        errno.EINVAL,
        f"it is {what}, not a regular file: reading it may never end; "
        "save what it holds to a file and give that",
    )


#: How long a named pipe may stay silent (nothing written, its writer not yet closed)
#: before its reader gives up: a pipe nobody writes to is an error, not a wait for ever.
PIPE_WAIT_SECONDS = 30.0


class InputTooLarge(Exception):
    """An input over its caller's limit: ``size`` its size, or for a pipe the bytes read when
    the limit was passed (the rest is not read)."""

    def __init__(self, size: int, pipe: bool = False) -> None:
        super().__init__(size)
        self.size = size
        self.pipe = pipe

    @property
    def size_text(self) -> str:
        """``12,345 bytes``, or for a pipe ``more than 12,344 bytes``."""
        return f"more than {self.size - 1:,} bytes" if self.pipe else f"{self.size:,} bytes"


def is_pipe(path: Path) -> bool:
    """Whether ``path`` is a named pipe (or a pipe given as ``/dev/fd/N``, as a shell's
    ``<(command)`` gives it); OSError as ``stat`` raises it."""
    return stat.S_ISFIFO(path.stat().st_mode)


def read_input(path: Path, limit: int) -> bytes:
    """The bytes of the input at ``path``: a regular file of at most ``limit`` bytes, or what
    a pipe gives until its writer closes it, read ``limit`` bytes at most (then parsed from
    memory by the caller). ``InputTooLarge`` past the limit; a pipe through which nothing
    comes for ``PIPE_WAIT_SECONDS`` (nobody writes to it) is an OSError saying so, as are a
    device and a socket (:func:`file_size`); a folder is the read's own error."""
    st = path.stat()  # once: a pipe is read below, anything else is sized from it
    if not stat.S_ISFIFO(st.st_mode):
        size = _size_of(st)
        if size > limit:
            raise InputTooLarge(size)
        return path.read_bytes()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # returns at once, writer or not
    try:
        chunks: list[bytes] = []
        total = 0
        written = False  # a writer has been seen: an empty read is then its end
        while True:
            try:
                chunk = os.read(fd, _CHUNK)
            except BlockingIOError:  # a writer is there, nothing written yet
                written = True
                chunk = None
            if chunk:
                written = True
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise InputTooLarge(limit + 1, pipe=True)
                continue
            if chunk == b"" and written:
                return b"".join(chunks)
            poll = select.poll()  # wait for bytes, or for the writer to close it
            poll.register(fd, select.POLLIN | select.POLLHUP)
            if not poll.poll(int(PIPE_WAIT_SECONDS * 1000)):
                what = (
                    f"it is a named pipe whose writer sent {total:,} bytes, then nothing more "
                    f"for {PIPE_WAIT_SECONDS:g} s without closing it"
                    if chunks
                    else f"it is a named pipe and nothing came through it in "
                    f"{PIPE_WAIT_SECONDS:g} s: does anything write to it?"
                )
                raise OSError(errno.ETIMEDOUT, what)
            written = True
    finally:
        os.close(fd)


def xlsx_problem(path: Path) -> str | None:
    """What makes the XLSX workbook at ``path`` unsafe to open (a zip bomb: a few megabytes
    that unpack to gigabytes of shared strings), or None. A file that is not a zip archive
    is left to the workbook reader, which says so."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return None
    if len(entries) > MAX_XLSX_ENTRIES:
        return f"the workbook holds {len(entries):,} parts, over {MAX_XLSX_ENTRIES:,}"
    for info in entries:
        size, packed = info.file_size, max(info.compress_size, 1)
        strings = info.filename.lower().endswith("sharedstrings.xml")
        limit = MAX_XLSX_STRINGS_BYTES if strings else MAX_XLSX_PART_BYTES
        if size > limit:
            return f"part '{info.filename}' unpacks to {size:,} bytes, over {limit:,}"
        if size > _XLSX_RATIO_FLOOR and size > MAX_ZIP_RATIO * packed:
            return (
                f"part '{info.filename}' is compressed {size // packed:,} to 1 "
                f"(more than {MAX_ZIP_RATIO} to 1, the mark of a zip bomb)"
            )
    return None


def _refuse(name: str, what: str) -> InputError:
    return InputError(f"{name}: {what}; it is refused as unsafe to open (see docs/limits.md)")


def _check_directory(name: str, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise _refuse(name, f"the file holds {len(entries):,} parts, over {MAX_ZIP_ENTRIES:,}")
    total = 0
    for info in entries:
        _check_size(name, info.filename, info.file_size, info.compress_size)
        total += info.file_size
        if total > MAX_ZIP_TOTAL_BYTES:
            raise _refuse(name, f"its parts unpack to over {MAX_ZIP_TOTAL_BYTES:,} bytes")
    return entries


def _check_size(name: str, member: str, size: int, packed: int) -> None:
    if size > MAX_ZIP_MEMBER_BYTES:
        raise _refuse(
            name, f"part '{member}' unpacks to over {MAX_ZIP_MEMBER_BYTES:,} bytes ({size:,})"
        )
    if size > _RATIO_FLOOR and size > MAX_ZIP_RATIO * max(packed, 1):
        raise _refuse(
            name,
            f"part '{member}' is compressed {size // max(packed, 1):,} to 1 "
            f"(more than {MAX_ZIP_RATIO} to 1, the mark of a zip bomb)",
        )


def _unpack_all(name: str, archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo]) -> None:
    """Unpack every part, counting the bytes that really come out (not what headers say)."""
    total = 0
    for info in entries:
        if info.is_dir():
            continue
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                _check_size(name, info.filename, size, info.compress_size)
                if total > MAX_ZIP_TOTAL_BYTES:
                    raise _refuse(name, f"its parts unpack to over {MAX_ZIP_TOTAL_BYTES:,} bytes")


def checked_zip(path: Path) -> io.BytesIO:
    """The bytes of the zip file at ``path``, after checking every limit; InputError if not."""
    name = str(path)
    try:
        size = file_size(path)
        if size > MAX_ZIP_FILE_BYTES:
            raise _refuse(name, f"the file is {size:,} bytes, over {MAX_ZIP_FILE_BYTES:,}")
        data = io.BytesIO(path.read_bytes())
    except OSError as exc:
        raise InputError(f"{name}: cannot read the file: {exc.strerror or exc}") from exc
    try:
        with zipfile.ZipFile(data) as archive:
            _unpack_all(name, archive, _check_directory(name, archive))
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError) as exc:
        raise InputError(f"{name}: not a readable Word (.docx) file: {exc}") from exc
    except (OSError, EOFError, ValueError, RuntimeError, zlib.error, lzma.LZMAError) as exc:
        raise InputError(f"{name}: not a readable Word (.docx) file: damaged ({exc})") from exc
    data.seek(0)
    return data


__all__ = [
    "InputTooLarge",
    "JsonTooDeep",
    "checked_zip",
    "file_size",
    "is_pipe",
    "json_depth",
    "load_json",
    "read_input",
]
