"""Many short strings (response and statement ids) as one column of bytes, looked up by value.

A million responses have a million ids and about as many statement ids, each a Python string
of about 60 bytes with its pointer in a list, and an id's position in a dictionary besides
(about 100 bytes an entry): strings made while reading and kept to the end, spread among the
objects reading makes for a moment, so that the memory around them is not handed back.
:class:`StrColumn` keeps the strings' UTF-8 bytes end to end in one buffer with the end of
each in an array (the id's bytes and 8 more), makes a string again when one is read, and
with ``indexed=True`` finds a string's number by its value through an open-addressing table
of 32-bit numbers (about 6 bytes a string more, at most two thirds full).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

#: Slots of a new index (a power of two).
START = 1 << 10


class StrColumn(Sequence[str]):
    """Strings by number, in the order they were appended (a sequence equal to the list of
    them); with ``indexed``, :meth:`find` gives a string's first number."""

    __slots__ = ("_data", "_ends", "_mask", "_slots", "_used")

    def __init__(self, strings: Iterable[str] = (), indexed: bool = False) -> None:
        self._data = bytearray()
        self._ends = array("q")
        self._slots: array[int] | None = array("i", bytes(4 * START)) if indexed else None
        self._mask = START - 1
        self._used = 0
        for s in strings:
            self.append(s)

    def append(self, s: str) -> int:
        """Keep ``s``; its number."""
        number = len(self._ends)
        free = self._slot(s) if self._slots is not None else None
        self._data += s.encode("utf-8", "surrogatepass")
        self._ends.append(len(self._data))
        if free is not None:
            self._take(free, number)
        return number

    def _get(self, i: int) -> str:
        start = self._ends[i - 1] if i else 0
        return self._data[start : self._ends[i]].decode("utf-8", "surrogatepass")

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self._get(k) for k in range(*i.indices(len(self._ends)))]
        n = len(self._ends)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("string number out of range")
        return self._get(i)

    def __len__(self) -> int:
        return len(self._ends)

    def __iter__(self) -> Iterator[str]:
        data, start = self._data, 0
        for end in self._ends:
            yield data[start:end].decode("utf-8", "surrogatepass")
            start = end

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StrColumn):
            return self._data == other._data and self._ends == other._ends
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    # the index: slot -> the string's number + 1 (0: empty)

    def _slot(self, s: str) -> int | None:
        """The slot of ``s`` if it is kept already (None then), else the free slot for it."""
        assert self._slots is not None
        mask, slots = self._mask, self._slots
        i = hash(s) & mask
        while v := slots[i]:
            if self._get(v - 1) == s:
                return None
            i = (i + 1) & mask
        return i

    def _take(self, i: int, number: int) -> None:
        assert self._slots is not None
        self._slots[i] = number + 1
        self._used += 1
        if 3 * self._used >= 2 * (self._mask + 1):
            self._grow()

    def _grow(self) -> None:
        assert self._slots is not None
        old = self._slots
        size = 2 * (self._mask + 1)
        self._mask = size - 1
        self._slots = slots = array("i", bytes(4 * size))
        mask = self._mask
        for v in old:
            if v:
                i = hash(self._get(v - 1)) & mask
                while slots[i]:
                    i = (i + 1) & mask
                slots[i] = v

    def find(self, s: str) -> int | None:
        """The number of ``s`` (the first, if it was appended twice), or None."""
        if self._slots is None:
            raise ValueError("the column was made without an index")
        mask, slots = self._mask, self._slots
        i = hash(s) & mask
        while v := slots[i]:
            if self._get(v - 1) == s:
                return v - 1
            i = (i + 1) & mask
        return None

    def __contains__(self, s: object) -> bool:
        if self._slots is not None and isinstance(s, str):
            return self.find(s) is not None
        return super().__contains__(s)

    def drop_index(self) -> None:
        """Let go of the index (:meth:`find` no longer works)."""
        self._slots = None
        self._used = 0

    def index_anew(self) -> None:
        """An index made again over the strings kept (the first number of each)."""
        self._slots = array("i", bytes(4 * START))
        self._mask, self._used = START - 1, 0
        for number, s in enumerate(self):
            free = self._slot(s)
            if free is not None:
                self._take(free, number)
