"""The draft's vectors outside the driver's own memory when there are many of them.

A million statements' vectors take 2 GB (512 float32 a statement). Above ``SPILL_BYTES``,
:func:`vector_array` gives an array whose rows live in an unnamed temporary file mapped into
memory: the pages a stage reads come in from the file (or the system's file cache), and
:func:`release` hands them back once the stage is done, so the process keeps only the pages it
is working on. The values are the same as in an array of the process's own memory; the file
goes away when the array does.
"""

from __future__ import annotations

import mmap
import tempfile
from collections.abc import Sequence

import numpy as np

from forum_messages.nlp.base import Vectors

#: Arrays larger than this (bytes) are kept in a temporary file mapped into memory.
SPILL_BYTES = 64 << 20  # 32,768 statements of 512 float32
#: Rows copied at a time by :func:`take_rows` (16 MB of 512 float32).
TAKE_ROWS = 8192


def vector_array(rows: int, dim: int, spill_bytes: int | None = None) -> Vectors:
    """An uninitialised float32 array of ``rows`` x ``dim``: in this process's memory, or
    mapped from a temporary file when larger than ``spill_bytes`` (``SPILL_BYTES``)."""
    size = rows * dim * 4
    if size <= (SPILL_BYTES if spill_bytes is None else spill_bytes) or size == 0:
        return np.empty((rows, dim), dtype=np.float32)
    with tempfile.TemporaryFile(prefix="forum-messages-vectors-") as fh:
        fh.truncate(size)
        mapped = mmap.mmap(fh.fileno(), size)  # keeps the file open after ``fh`` closes
    return np.frombuffer(mapped, dtype=np.float32).reshape(rows, dim)


def spilled(x: np.ndarray) -> mmap.mmap | None:
    """The file mapping an array from :func:`vector_array` lives in, or None."""
    base: object = x
    while isinstance(base, np.ndarray):
        base = base.base
    if isinstance(base, memoryview):  # np.frombuffer's view of the mapping
        base = base.obj
    return base if isinstance(base, mmap.mmap) else None


def release(x: np.ndarray) -> None:
    """Hand back the pages of a file-mapped array that this process holds (its values stay
    in the file and come back when read again); nothing for other arrays."""
    mapped = spilled(x)
    if mapped is not None and hasattr(mmap, "MADV_DONTNEED"):
        mapped.madvise(mmap.MADV_DONTNEED)


def take_rows(x: Vectors, rows: Sequence[int]) -> Vectors:
    """``x[rows]`` in an array of its own from :func:`vector_array` (a file when large),
    copied ``TAKE_ROWS`` rows at a time, the pages of both arrays handed back after each
    block: a stage that works on some rows of many holds neither the others nor all of its
    own at once."""
    if not len(rows):
        return x[list(rows)]
    out = vector_array(len(rows), x.shape[1])
    for start in range(0, len(rows), TAKE_ROWS):
        out[start : start + TAKE_ROWS] = x[list(rows[start : start + TAKE_ROWS])]
        release(x)
        release(out)
    return out


def spread_rows(x: Vectors, of_row: np.ndarray) -> Vectors:
    """``x[of_row]`` in an array of its own from :func:`vector_array` (a file when large),
    made ``TAKE_ROWS`` rows at a time: the vectors of distinct texts given to every row that
    holds one of them (``engine/texts.py``'s ``distinct``)."""
    out = vector_array(len(of_row), x.shape[1])
    for start in range(0, len(of_row), TAKE_ROWS):
        out[start : start + TAKE_ROWS] = x[of_row[start : start + TAKE_ROWS]]
        release(out)
    release(x)
    return out


def first_of_equal(keys: np.ndarray) -> np.ndarray | None:
    """For every position of ``keys`` (integer hashes), the first position holding an equal
    key; None when the keys are all different."""
    n = len(keys)
    order = np.argsort(keys, kind="stable")  # equal hashes: rows in increasing order
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    if len(starts) == n:
        return None
    first = np.empty(n, dtype=np.int64)  # each row's first row of equal hash
    first[order] = order[np.repeat(starts, np.diff(np.append(starts, n)))]
    return first


def distinct_rows(x: Vectors) -> tuple[np.ndarray, np.ndarray] | None:
    """The rows of ``x`` that hold the first copy of their values (ascending) and, for every
    row, the number of its values among those (``firsts[of_row[i]]`` is the first row equal
    to row ``i``); None when no row is there twice.

    Rows are compared whole, bit for bit: a hash of each row's bytes only brings equal rows
    together (sorted, read ``TAKE_ROWS`` rows at a time), and two rows put together are
    compared before one stands for the other, so the rows found do not depend on the hash
    function (Python's, different in each process). Copies of a text get its first copy's
    very vector (``spread_rows``), so they are found here; two rows of equal hash that
    differ (too rare to be worth another way) are told apart by their bytes themselves."""
    n = len(x)
    if n < 2:
        return None
    keys = np.empty(n, dtype=np.int64)
    for start in range(0, n, TAKE_ROWS):
        block = np.ascontiguousarray(x[start : start + TAKE_ROWS])
        keys[start : start + len(block)] = [hash(row.tobytes()) for row in block]
        release(x)
    first = first_of_equal(keys)
    if first is None:
        return None
    rows = np.arange(n, dtype=np.int64)
    copies = np.flatnonzero(first != rows)
    for start in range(0, len(copies), TAKE_ROWS):
        some = copies[start : start + TAKE_ROWS]
        if not np.array_equal(x[some], x[first[some]]):  # equal hashes of different rows
            release(x)
            return _distinct_rows_exact(x)
        release(x)
    firsts = np.flatnonzero(first == rows)
    return firsts, np.searchsorted(firsts, first)


def _distinct_rows_exact(x: Vectors) -> tuple[np.ndarray, np.ndarray] | None:
    seen: dict[bytes, int] = {}
    firsts: list[int] = []
    of_row = np.empty(len(x), dtype=np.int64)
    for i in range(len(x)):
        k = seen.setdefault(np.ascontiguousarray(x[i]).tobytes(), len(firsts))
        if k == len(firsts):
            firsts.append(i)
        of_row[i] = k
        if i % TAKE_ROWS == TAKE_ROWS - 1:
            release(x)
    release(x)
    if len(firsts) == len(x):
        return None
    return np.asarray(firsts, dtype=np.int64), of_row
