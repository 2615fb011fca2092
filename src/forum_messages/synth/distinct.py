"""No heading twice in a draft.

Each theme's sub-topics are titled on their own (``synth/labels.py``), so two themes may give
the same heading ("Education and online learning" under innovation and under access). A
reader takes a heading as its topic's one place in the document: after every theme is
titled, where a heading repeats, the sub-topic whose messages evidence it less (fewer of
them; on a tie, the one of fewer messages, then the later one) takes its next-best
candidate that is used nowhere in the draft and overlaps none of its siblings
(``topic_vocab.overlapping``). After its ranked candidates a sub-topic offers spare ones (a
policy topic found in one of its messages, a phrase near it that fits one), taken only to
undo a repeat and only when they fit as many of its messages as the heading they replace, so
no heading gives way to one that fits fewer. The pass depends on the titles, candidates and
sizes alone, so the same draft gets the same headings every time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from forum_messages.model import DraftTheme
from forum_messages.synth.topic_vocab import overlapping

__all__ = ["Candidate", "distinct", "retitle"]


@dataclass(frozen=True)
class Candidate:
    title: str
    evidence: int  # the sub-topic's messages that evidence it
    #: offered only to undo a repeat, and then only with the evidence of the heading it
    #: replaces (a topic found in one message, a phrase by nearness)
    spare: bool = False


#: A sub-topic's place: (theme's index, sub-topic's index in the theme).
Place = tuple[int, int]


def distinct(
    titles: Sequence[Sequence[str]],
    candidates: Mapping[Place, Sequence[Candidate]],
    sizes: Mapping[Place, int] | None = None,
) -> list[list[str]]:
    """Each theme's sub-topic titles with none repeated in the draft where a candidate allows.

    ``titles``: each theme's sub-topic titles; ``candidates``: a sub-topic's ranked
    candidates, its title first (a sub-topic without any keeps its title); ``sizes``: the
    number of each sub-topic's messages (on equal evidence, the larger keeps a heading)."""
    size = sizes or {}
    out = [list(theme) for theme in titles]
    at = {place: 0 for place in candidates}  # each sub-topic's candidate in use
    settled: set[str] = set()  # repeats no candidate can undo
    while True:
        holders: dict[str, list[Place]] = {}
        for t, theme in enumerate(out):
            for k, title in enumerate(theme):
                holders.setdefault(title.casefold(), []).append((t, k))
        repeated = [h for h, places in holders.items() if len(places) > 1 and h not in settled]
        if not repeated:
            return out
        heading = repeated[0]  # the first in the document
        places = holders[heading]
        # the strongest evidence keeps the heading; on a tie, the larger sub-topic, then
        # the earlier theme
        places.sort(key=lambda p: (-_evidence(candidates, at, p), -size.get(p, 0), p))
        for t, k in places[1:]:
            if not _move(out, candidates, at, (t, k), holders):
                settled.add(heading)


def _evidence(
    candidates: Mapping[Place, Sequence[Candidate]], at: Mapping[Place, int], place: Place
) -> int:
    own = candidates.get(place)
    return own[at[place]].evidence if own else 1 << 30  # no candidates: it cannot move


def _move(
    out: list[list[str]],
    candidates: Mapping[Place, Sequence[Candidate]],
    at: dict[Place, int],
    place: Place,
    holders: Mapping[str, list[Place]],
) -> bool:
    """Give the sub-topic at ``place`` its next candidate that is free in the draft and
    overlaps none of its siblings; False when none is."""
    t, k = place
    siblings = [title for j, title in enumerate(out[t]) if j != k]
    own = candidates.get(place, ())
    held = own[at[place]].evidence if own else 0
    for i in range(at.get(place, 0) + 1, len(own)):
        title = own[i].title
        if own[i].spare and own[i].evidence < held:
            continue  # a spare candidate never fits fewer messages than the heading
        if title.casefold() in holders or any(overlapping(title, s) for s in siblings):
            continue
        if any(title.casefold() == row.casefold() for theme in out for row in theme):
            continue
        at[place] = i
        out[t][k] = title
        return True
    return False


def retitle(
    themes: Sequence[DraftTheme], candidates: Mapping[str, Sequence[Candidate]]
) -> list[DraftTheme]:
    """The themes with ``distinct`` titles (``candidates`` by sub-topic id)."""
    by_place = {
        (t, k): candidates[topic.id]
        for t, theme in enumerate(themes)
        for k, topic in enumerate(theme.topics)
        if topic.id in candidates
    }
    sizes = {
        (t, k): len(topic.messages)
        for t, theme in enumerate(themes)
        for k, topic in enumerate(theme.topics)
    }
    titled = [[topic.title for topic in theme.topics] for theme in themes]
    titles = distinct(titled, by_place, sizes)
    return [
        replace(
            theme,
            topics=tuple(
                topic if topic.title == title else replace(topic, title=title)
                for topic, title in zip(theme.topics, titled, strict=True)
            ),
        )
        for theme, titled in zip(themes, titles, strict=True)
    ]
