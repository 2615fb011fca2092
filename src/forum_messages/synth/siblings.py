"""Split a message group whose session speaks twice in it, so that each part holds one point.

A session's list of key takeaways (or of calls to action) states different points, one per
item. When two items of the same kind from one session fall into one message group, the group
has usually pulled in that session's other point: the sibling shares the subject and the
wording habits, and a second session on the subject makes both look alike. Such a group is
clustered again on its own, by average linkage, with one rule: two statements of the same kind
from one session never end up in the same part. Parts are merged most similar first while
their mean similarity reaches ``floor``; a key takeaway and a call to action of one session
(mostly the same point said twice) may share a part.

Only groups of at most ``MAX_ROWS`` statements are split: the re-clustering is cubic in the
group's size, and a group that large (responses to a consultation) is not a few sessions'
takeaways.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import decision_scores

#: Largest group that is split (see the module's docstring).
MAX_ROWS = 40


def has_siblings(rows: Sequence[int], sessions: Sequence[str], kinds: Sequence[str]) -> bool:
    """Whether two of ``rows`` are statements of the same kind from one session (and the
    group is small enough to split: at most ``MAX_ROWS``)."""
    if len(rows) > MAX_ROWS:
        return False
    seen: set[tuple[str, str]] = set()
    for r in rows:
        key = (sessions[r], kinds[r])
        if key in seen:
            return True
        seen.add(key)
    return False


def split_siblings(
    x: Vectors,
    rows: Sequence[int],
    sessions: Sequence[str],
    kinds: Sequence[str],
    floor: float,
) -> list[list[int]]:
    """``rows`` in parts that never hold two statements of one kind from one session.

    Average linkage over the rows' similarities (``x``: unit rows of the whole theme): the two
    parts with the highest mean similarity that may be joined are joined, while that mean
    reaches ``floor``. Parts come out in the order of their first row, each sorted.
    """
    rows = sorted(rows)
    sim = decision_scores(x[rows], x[rows])
    parts: list[list[int]] = [[j] for j in range(len(rows))]
    keys = [(sessions[r], kinds[r]) for r in rows]
    # the mean similarity of two parts, worked out once: a join changes only the means of the
    # part it makes (the same figures as worked out again on each pass)
    means: dict[tuple[tuple[int, ...], tuple[int, ...]], float] = {}
    while len(parts) > 1:
        best: tuple[float, int, int] | None = None
        for a in range(len(parts)):
            held = {keys[j] for j in parts[a]}
            first = tuple(parts[a])
            for b in range(a + 1, len(parts)):
                if any(keys[j] in held for j in parts[b]):
                    continue
                pair = (first, tuple(parts[b]))
                mean = means.get(pair)
                if mean is None:
                    mean = means[pair] = float(np.mean(sim[np.ix_(parts[a], parts[b])]))
                if mean >= floor and (best is None or round(mean - best[0], 9) > 0):
                    best = (mean, a, b)
        if best is None:
            break
        _, a, b = best
        parts[a] = sorted(parts[a] + parts[b])
        del parts[b]
    return sorted([[rows[j] for j in part] for part in parts], key=lambda p: p[0])


def rejoin(
    x: Vectors,
    part: Sequence[int],
    kept: Sequence[Sequence[int]],
    sessions: Sequence[str],
    bar: float,
) -> int | None:
    """The kept part (index into ``kept``) that a one-session ``part`` split off still
    belongs to, if any: the one whose other sessions' statements it is most similar to, on
    average, when that mean reaches ``bar`` (its sibling stated the same point after all)."""
    best: tuple[float, int] | None = None
    own = {sessions[r] for r in part}
    for k, rows in enumerate(kept):
        others = [r for r in rows if sessions[r] not in own]
        if not others:
            continue
        mean = float(np.mean(decision_scores(x[list(part)], x[others])))
        if mean >= bar and (best is None or round(mean - best[0], 9) > 0):
            best = (mean, k)
    return None if best is None else best[1]
