"""The campaign finder's index: each MinHash band or long sentence key -> the groups with it.

A dictionary of Python integers took about 150 bytes a key (the key's integer, the entry, a
list for a key of several groups), four keys or more a distinct text. Here the keys and what
each names are two arrays (64-bit keys, 32-bit values; open addressing, linear probing, at
most two thirds full), and the groups of a key named by more than one are a block of one
array of 32-bit integers (a block moved to the end, twice as large, when it is full): about
30 bytes a key. Which groups a key names, and so every candidate the finder checks, is the
same as with the dictionary.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterable

#: Slots of a new index (a power of two).
START = 1 << 14
#: Keys are spread over the slots by the high bits of their product with this odd number
#: (Fibonacci hashing): keys alike in their low bits (not hashes, or hashes chosen to collide)
#: would otherwise fill one run of slots and make each look-up walk it.
_MIX = 0x9E3779B97F4A7C15
_BITS = (1 << 64) - 1


def _zeros(n: int) -> array[int]:
    return array("q", bytes(8 * n))


class KeyIndex:
    """Index keys (any 64-bit integers; hashes, but keys alike in their low bits are spread
    too) -> up to ``cap`` group numbers each, the first ``cap`` added under the key."""

    __slots__ = (
        "_cap",
        "_keys",
        "_len",
        "_mask",
        "_pool",
        "_shift",
        "_start",
        "_used",
        "_vals",
        "cap",
    )

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self._mask = START - 1
        self._shift = 64 - (START.bit_length() - 1)
        self._keys = _zeros(START)
        # 0: an empty slot; g + 1: group g alone; -(b + 1): the groups of block b
        self._vals = array("i", bytes(4 * START))
        self._used = 0
        self._pool = array("i")  # the blocks' groups
        self._start = array("q")  # where each block starts in the pool
        self._len = array("H")  # the groups in it
        self._cap = array("H")  # the room it has

    def __len__(self) -> int:
        return self._used

    def _slot(self, key: int) -> int:
        mask, keys, vals = self._mask, self._keys, self._vals
        i = ((key * _MIX) & _BITS) >> self._shift
        while vals[i] and keys[i] != key:
            i = (i + 1) & mask
        return i

    def count(self, keys: Iterable[int], shared: Counter[int]) -> None:
        """Add one to ``shared[g]`` for each of ``keys`` that names group ``g``."""
        mask, table, vals, shift = self._mask, self._keys, self._vals, self._shift
        for key in keys:
            i = ((key * _MIX) & _BITS) >> shift
            while (v := vals[i]) and table[i] != key:
                i = (i + 1) & mask
            if v > 0:
                shared[v - 1] += 1
            elif v < 0:
                b = -v - 1
                start = self._start[b]
                shared.update(self._pool[start : start + self._len[b]])

    def add(self, key: int, group: int) -> None:
        """Name ``group`` under ``key`` (unless ``cap`` groups are named there already)."""
        i = self._slot(key)
        v = self._vals[i]
        if v == 0:
            self._keys[i] = key
            self._vals[i] = group + 1
            self._used += 1
            if 3 * self._used >= 2 * (self._mask + 1):
                self._grow()
        elif v > 0:  # a block for the group there and this one
            self._vals[i] = -(len(self._start) + 1)
            self._start.append(len(self._pool))
            self._pool.extend((v - 1, group, 0, 0))
            self._len.append(2)
            self._cap.append(4)
        else:
            self._append(-v - 1, group)

    def _append(self, b: int, group: int) -> None:
        n, room, start, pool = self._len[b], self._cap[b], self._start[b], self._pool
        if n >= self.cap:
            return
        if n == room:  # full: the block moves to the end of the pool, twice as large
            room = min(2 * room, self.cap)
            if start + n != len(pool):
                pool.extend(pool[start : start + n])
                start = self._start[b] = len(pool) - n
            pool.extend(array("i", bytes(4 * (room - n))))
            self._cap[b] = room
        pool[start + n] = group
        self._len[b] = n + 1

    def _grow(self) -> None:
        keys, vals = self._keys, self._vals
        size = 2 * (self._mask + 1)
        self._mask = size - 1
        self._shift -= 1
        self._keys, self._vals = _zeros(size), array("i", bytes(4 * size))
        for k, v in zip(keys, vals, strict=True):
            if v:
                i = self._slot(k)
                self._keys[i] = k
                self._vals[i] = v

    def clear(self) -> None:
        self.__init__(self.cap)  # type: ignore[misc]
