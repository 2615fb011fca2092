"""What reading a consultation keeps a distinct text, outside the process's memory.

Reading a million responses keeps about as many distinct answer texts (each a string of a
few hundred bytes, twice that outside Latin scripts) and, for each text that starts a group,
its shingles' hashes (eight bytes a shingle): together about half a kilobyte a response,
held through the whole run for records that are read only now and then. :class:`Blobs`
appends them to an unnamed temporary file (in ``TMPDIR``, removed with the process) and
reads one back by its number; :class:`Texts` does the same for strings. With
``in_memory=True`` they are a plain list instead (small inputs, or a caller that keeps its
own records).

Reads use ``os.pread`` at the item's own offset: a forked child reads the same file safely.
"""

from __future__ import annotations

import os
import tempfile
from array import array

#: Bytes written at a time (appended items wait in a buffer until then).
BUFFER = 1 << 20


class Blobs:
    """Byte strings kept by number, in the order they were added."""

    __slots__ = ("_buffer", "_fd", "_file", "_items", "_offsets", "_written")

    def __init__(self, in_memory: bool = False) -> None:
        self._items: list[bytes] | None = [] if in_memory else None
        # open for as long as the items are kept (closed by close() or with the object)
        self._file = (
            None if in_memory else tempfile.TemporaryFile(prefix="forum-messages-")  # noqa: SIM115
        )
        self._fd = -1 if self._file is None else self._file.fileno()
        self._offsets = array("q", [0])  # where each item starts; the last: where the next will
        self._buffer = bytearray()  # what was added after the first ``_written`` bytes
        self._written = 0

    def put(self, data: bytes) -> int:
        """Keep ``data``; its number."""
        if self._items is not None:
            self._items.append(data)
            return len(self._items) - 1
        self._buffer += data
        self._offsets.append(self._offsets[-1] + len(data))
        if len(self._buffer) >= BUFFER:
            self.flush()
        return len(self._offsets) - 2

    def flush(self) -> None:
        """Write what waits in the buffer to the file."""
        if self._buffer:
            os.pwrite(self._fd, self._buffer, self._written)
            self._written += len(self._buffer)
            self._buffer = bytearray()

    def get(self, i: int) -> bytes:
        """Item ``i`` as it was added."""
        if self._items is not None:
            return self._items[i]
        start, end = self._offsets[i], self._offsets[i + 1]
        if start >= self._written:
            return bytes(self._buffer[start - self._written : end - self._written])
        if end > self._written:
            self.flush()
        data = os.pread(self._fd, end - start, start)
        if len(data) != end - start:  # a short read: the rest, until it is all there
            data += self._read_rest(start + len(data), end)
        return data

    def get_run(self, a: int, b: int) -> list[bytes]:
        """Items ``a`` to ``b - 1`` as they were added, read from the file in one go."""
        if self._items is not None:
            return self._items[a:b]
        if a >= b:
            return []
        offsets = self._offsets
        start, end = offsets[a], offsets[b]
        if end > self._written:
            self.flush()
        data = os.pread(self._fd, end - start, start)
        if len(data) != end - start:
            data += self._read_rest(start + len(data), end)
        return [data[offsets[i] - start : offsets[i + 1] - start] for i in range(a, b)]

    def _read_rest(self, start: int, end: int) -> bytes:
        parts = []
        while start < end:
            part = os.pread(self._fd, end - start, start)
            if not part:
                raise OSError(f"the temporary file ended at byte {start} of {end}")
            parts.append(part)
            start += len(part)
        return b"".join(parts)

    def __len__(self) -> int:
        return len(self._items) if self._items is not None else len(self._offsets) - 1

    def close(self) -> None:
        """Let go of the items (and remove the file)."""
        if self._file is not None:
            self._file.close()
        self._items = [] if self._items is not None else None
        self._offsets = array("q", [0])
        self._buffer = bytearray()
        self._written = 0


class Texts:
    """Strings kept by number (UTF-8 in :class:`Blobs`, or a plain list in memory)."""

    __slots__ = ("_blobs", "_items")

    def __init__(self, in_memory: bool = False) -> None:
        self._items: list[str] | None = [] if in_memory else None
        self._blobs = None if in_memory else Blobs()

    def put(self, text: str) -> int:
        """Keep ``text``; its number."""
        if self._blobs is None:
            assert self._items is not None
            self._items.append(text)
            return len(self._items) - 1
        return self._blobs.put(text.encode("utf-8", "surrogatepass"))

    def get(self, i: int) -> str:
        """Text ``i``, equal to the one kept."""
        if self._blobs is None:
            assert self._items is not None
            return self._items[i]
        return self._blobs.get(i).decode("utf-8", "surrogatepass")

    def get_run(self, a: int, b: int) -> list[str]:
        """Texts ``a`` to ``b - 1``, read from the file in one go."""
        if self._blobs is None:
            assert self._items is not None
            return self._items[a:b]
        return [d.decode("utf-8", "surrogatepass") for d in self._blobs.get_run(a, b)]

    def flush(self) -> None:
        """Write what waits in the buffer to the file."""
        if self._blobs is not None:
            self._blobs.flush()

    @property
    def in_memory(self) -> bool:
        return self._blobs is None

    def __len__(self) -> int:
        return len(self._blobs) if self._blobs is not None else len(self._items or ())
