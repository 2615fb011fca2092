"""Sequences of records kept as columns: each record is made when it is read.

Large inputs hold one record a response or statement for the whole run; a table keeps the
columns those records are made from instead (see ``ingest/responses.py`` and
``synth/assignments.py``) and reads like a tuple of the records: by position, by slice, in
order, and equal to a tuple of equal records.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class RecordTable(Sequence[T]):
    """A sequence whose ``_at(i)`` makes the record at position ``i`` (``0 <= i < len``)."""

    __slots__ = ()

    def _at(self, i: int) -> T:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> T: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[T, ...]: ...

    def __getitem__(self, i: int | slice) -> T | tuple[T, ...]:
        if isinstance(i, slice):
            return tuple(self._at(j) for j in range(*i.indices(len(self))))
        n = len(self)
        if not -n <= i < n:
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._at(i % n)

    def __iter__(self) -> Iterator[T]:
        return (self._at(i) for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # compared by value, like a list

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self)} records)"


class Picked(RecordTable[T]):
    """Some items of a sequence, by their positions in it (no copy of the items: a table's
    records are made when read)."""

    __slots__ = ("_items", "_positions")

    def __init__(self, items: Sequence[T], positions: Sequence[int]) -> None:
        self._items = items
        self._positions = positions

    def __len__(self) -> int:
        return len(self._positions)

    def _at(self, i: int) -> T:
        return self._items[self._positions[i]]
