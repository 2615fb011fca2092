"""The draft's statement texts outside the driver's own memory when there are many of them.

After the embedding, the pipeline keeps each statement's point (its text, reporting frame
removed) to the end of the message stage: at a million statements, several hundred
megabytes of strings (twice their length outside Latin scripts), of which each theme reads
only its own rows. Above as many rows as :func:`~forum_messages.engine.vectors.vector_array`
keeps in memory, :func:`text_column` writes them to an unnamed temporary file
(``ingest/spill.py``) and gives a sequence that reads a text back when asked for it; the
texts are the same strings, so the draft is the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import numpy as np

from forum_messages.engine import vectors
from forum_messages.ingest.spill import Texts

#: Texts read from the file at a time when the column is gone over in order.
READ_ROWS = 8192
#: Bytes a row counts for against ``vectors.SPILL_BYTES`` (a row of 512 float32).
ROW_BYTES = 2048


class TextColumn(Sequence[str]):
    """Strings by row, kept in a temporary file and read back when asked for (a slice or a
    pass over all of them reads a block of rows at once)."""

    __slots__ = ("_texts",)

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = Texts()
        for text in texts:
            self._texts.put(text)
        self._texts.flush()

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        n = len(self._texts)
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            if step == 1:
                return self._texts.get_run(start, max(start, stop))
            return [self._texts.get(k) for k in range(start, stop, step)]
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("text row out of range")
        return self._texts.get(i)

    def __iter__(self) -> Iterator[str]:
        for start in range(0, len(self._texts), READ_ROWS):
            yield from self._texts.get_run(start, min(len(self._texts), start + READ_ROWS))


def text_column(texts: Iterable[str], rows: int) -> Sequence[str]:
    """``texts`` (``rows`` of them) as a list, or, when the draft's vectors of as many rows
    would go to a file (``vectors.SPILL_BYTES``), as a :class:`TextColumn`."""
    if rows == 0 or rows * ROW_BYTES <= vectors.SPILL_BYTES:
        return texts if isinstance(texts, list) else list(texts)
    return TextColumn(texts)


def distinct(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray] | None:
    """The rows of ``texts`` that hold the first copy of their text (ascending) and, for every
    row, the number of its text among those (``firsts[of_row[i]]`` is the first row with the
    text of row ``i``); None when no text is there twice.

    Texts are compared whole, as strings: their hashes only bring equal texts together
    (sorted, with no dictionary of the texts), and the texts of two rows put together are
    compared before one stands for the other, so the rows found do not depend on the hash
    function (Python's, different in each process). Two texts of equal hash that differ (too
    rare to be worth another way) are counted apart by a dictionary of the texts themselves.
    """
    n = len(texts)
    if n < 2:
        return None
    keys = np.fromiter((hash(t) for t in texts), dtype=np.int64, count=n)
    first = vectors.first_of_equal(keys)
    if first is None:
        return None
    rows = np.arange(n, dtype=np.int64)
    for i in np.flatnonzero(first != rows).tolist():
        if texts[i] != texts[int(first[i])]:  # equal hashes of different texts
            return _distinct_exact(texts)
    firsts = np.flatnonzero(first == rows)
    return firsts, np.searchsorted(firsts, first)


def _distinct_exact(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray] | None:
    seen: dict[str, int] = {}
    firsts: list[int] = []
    of_row = np.empty(len(texts), dtype=np.int64)
    for i, text in enumerate(texts):
        k = seen.setdefault(text, len(firsts))
        if k == len(firsts):
            firsts.append(i)
        of_row[i] = k
    if len(firsts) == len(texts):
        return None
    return np.asarray(firsts, dtype=np.int64), of_row
