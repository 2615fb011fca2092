"""What reading each theme's rows from the whole run's vectors file holds, measured alone.

    FORUM_MESSAGES_THREADS=1 .venv/bin/python bench/theme_rows.py

300,000 random vectors of 512 float32 in a file from ``vector_array`` (600 MB); four themes
whose rows alternate through the file, as they do in a draft. For each theme, its rows are
taken out and then read back in groups of 5,000 for their centroids, as the messages stage
does: before, with ``x[rows]`` and the groups' rows read from the whole file; after, with
``take_rows`` and the groups' rows read from the theme's own array. Prints the peak RSS of
each above the start.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
import psutil

from forum_messages.engine.vectors import release, take_rows, vector_array
from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import centroid

N = 300_000
THEMES = 4
GROUP = 5_000
BLOCK = 8_192


def _peak(x: Vectors, work: Callable[[Vectors, list[int]], Iterator[None]]) -> float:
    """The highest RSS above the start (MB) while ``work`` goes over every theme."""
    process = psutil.Process()
    release(x)
    start = top = process.memory_info().rss
    theme = np.arange(len(x)) % THEMES
    for t in range(THEMES):
        for _ in work(x, np.flatnonzero(theme == t).tolist()):
            top = max(top, process.memory_info().rss)
        release(x)
    return (top - start) / 1e6


def _before(x: Vectors, rows: list[int]) -> Iterator[None]:
    own = x[rows]
    yield None
    for g in range(0, len(rows), GROUP):
        centroid(x[rows[g : g + GROUP]])
        yield None
    del own


def _after(x: Vectors, rows: list[int]) -> Iterator[None]:
    own = take_rows(x, rows)
    yield None
    for g in range(0, len(rows), GROUP):
        centroid(own[g : g + GROUP])
        yield None
    release(own)


def main() -> None:
    x = vector_array(N, 512)
    for a in range(0, N, BLOCK):
        rows = min(BLOCK, N - a)
        x[a : a + rows] = np.random.default_rng(a).normal(size=(rows, 512))
        release(x)
    print(f"before: {_peak(x, _before):.0f} MB above the start")
    print(f"after: {_peak(x, _after):.0f} MB above the start")


if __name__ == "__main__":
    main()
