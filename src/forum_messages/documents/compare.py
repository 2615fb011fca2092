"""Align two Messages documents bullet to bullet, across languages.

1. Every bullet of A and of B is embedded (a multilingual embedder puts translations side
   by side); an optimal one-to-one assignment (Hungarian, on cosine similarity) pairs them,
   and pairs below ``threshold`` are dropped: those bullets are *missing* on the other side.
   A pair below ``sure`` must also stand out: its similarity must exceed, by ``margin``, that
   of the runner-up of both its bullets, so a bullet whose real counterpart is gone is not
   paired with the least unrelated one left.
2. Themes and sub-topics of A are mapped to those of B by the bullets they share (with the
   titles' similarity breaking ties), then bullets are assigned again with a small ``bonus``
   for staying in the mapped theme and sub-topic, so near-ties follow the structure.
3. A pair whose B bullet is not in the mapped theme (sub-topic) of its A bullet has *moved*;
   a mapped sub-topic pair holding most of the A sub-topic's bullets whose titles differ
   is *renamed*. Titles are compared as text when both documents are in one language;
   across languages by embedding: renamed below ``title_floor``, or below
   ``title_threshold`` when neither title is the other's closest match.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from forum_messages.documents.model import LocatedBullet, MessagesDocument, located_bullets
from forum_messages.ingest.text import fold
from forum_messages.nlp.base import Embedder
from forum_messages.nlp.decide import best, decision_scores

Matrix = NDArray[np.float64]


@dataclass(frozen=True)
class Pair:
    """A bullet of A and its counterpart in B."""

    a: LocatedBullet
    b: LocatedBullet
    similarity: float
    moved: str | None  # None, "theme" (to another theme) or "topic" (to another sub-topic)


@dataclass(frozen=True)
class SectionPair:
    """A theme (``topic`` None) or sub-topic of A mapped to one of B."""

    a_theme: int
    a_topic: int | None
    b_theme: int
    b_topic: int | None
    a_title: str | None
    b_title: str | None
    a_size: int
    b_size: int
    shared: int  # bullets of the A section matched into the B section
    title_similarity: float
    renamed: bool


@dataclass(frozen=True)
class Comparison:
    a_title: str
    b_title: str
    a_language: str
    b_language: str
    a_source: str
    b_source: str
    a_bullets: int
    b_bullets: int
    pairs: tuple[Pair, ...]
    missing_in_b: tuple[LocatedBullet, ...]  # bullets of A without a counterpart in B
    missing_in_a: tuple[LocatedBullet, ...]  # bullets of B without a counterpart in A
    themes: tuple[SectionPair, ...]
    topics: tuple[SectionPair, ...]
    threshold: float
    embedder: str

    def moved(self) -> list[Pair]:
        return [p for p in self.pairs if p.moved]

    def renamed(self) -> list[SectionPair]:
        return [s for s in self.topics if s.renamed]

    def counts(self) -> dict[str, int]:
        return {
            "bullets_a": self.a_bullets,
            "bullets_b": self.b_bullets,
            "matched": len(self.pairs),
            "missing_in_b": len(self.missing_in_b),
            "missing_in_a": len(self.missing_in_a),
            "moved": len(self.moved()),
            "renamed_topics": len(self.renamed()),
        }


def _assign(score: Matrix) -> list[tuple[int, int]]:
    # scipy.optimize loads in a few tenths of a second: only when comparing, not on every
    # command (the command line imports this package to register its commands)
    from scipy.optimize import linear_sum_assignment

    if score.size == 0:
        return []
    rows, cols = linear_sum_assignment(-score)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True)]


def _similarity(embedder: Embedder, a: list[str], b: list[str]) -> Matrix:
    if not a or not b:
        return np.zeros((len(a), len(b)))
    return np.clip(decision_scores(embedder.embed(a), embedder.embed(b)), -1.0, 1.0)


def _map_sections(count: Matrix, titles: Matrix) -> dict[int, int]:
    """Sections of A to sections of B: most shared bullets, title similarity breaking ties."""
    if count.size == 0:
        return {}
    score = count + 0.5 * np.clip(titles, 0.0, 1.0)
    return {r: c for r, c in _assign(score) if count[r, c] > 0 or titles[r, c] >= 0.8}


def _title_matrix(embedder: Embedder, a: list[str | None], b: list[str | None]) -> Matrix:
    out = _similarity(embedder, [t or "" for t in a], [t or "" for t in b])
    for i, ta in enumerate(a):
        for j, tb in enumerate(b):
            if ta is None or tb is None:
                out[i, j] = 1.0 if ta is None and tb is None else 0.0
            elif fold(ta) == fold(tb):
                out[i, j] = 1.0
    return out


def compare(
    a: MessagesDocument,
    b: MessagesDocument,
    embedder: Embedder,
    *,
    threshold: float = 0.45,
    sure: float = 0.7,
    margin: float = 0.05,
    bonus: float = 0.05,
    title_threshold: float = 0.6,
    title_floor: float = 0.25,
) -> Comparison:
    """Bullets of ``a`` and ``b`` aligned one to one; see the module documentation."""
    la, lb = located_bullets(a), located_bullets(b)
    sim = _similarity(embedder, [x.text for x in la], [x.text for x in lb])
    topics_a = [(i, j) for i, th in enumerate(a.themes) for j in range(len(th.topics))]
    topics_b = [(i, j) for i, th in enumerate(b.themes) for j in range(len(th.topics))]
    index_a = {key: n for n, key in enumerate(topics_a)}
    index_b = {key: n for n, key in enumerate(topics_b)}
    theme_titles = _title_matrix(embedder, [t.title for t in a.themes], [t.title for t in b.themes])
    topic_titles = _title_matrix(
        embedder,
        [a.themes[i].topics[j].title for i, j in topics_a],
        [b.themes[i].topics[j].title for i, j in topics_b],
    )

    def maps(pairs: list[tuple[int, int]]) -> tuple[dict[int, int], dict[int, int]]:
        themes = np.zeros(theme_titles.shape)
        topics = np.zeros(topic_titles.shape)
        for r, c in pairs:
            themes[la[r].theme, lb[c].theme] += 1
            topics[index_a[la[r].theme, la[r].topic], index_b[lb[c].theme, lb[c].topic]] += 1
        return _map_sections(themes, theme_titles), _map_sections(topics, topic_titles)

    def clear(r: int, c: int) -> bool:
        if sim[r, c] < threshold:
            return False
        if sim[r, c] >= sure:
            return True
        row = np.delete(sim[r], c)
        col = np.delete(sim[:, c], r)
        runner_up = max(row.max() if row.size else -1.0, col.max() if col.size else -1.0)
        return bool(sim[r, c] - runner_up >= margin)

    kept = [(r, c) for r, c in _assign(sim) if clear(r, c)]
    theme_map, topic_map = maps(kept)
    if bonus and kept:
        theme_b = np.array([y.theme for y in lb])
        topic_b = np.array([index_b[y.theme, y.topic] for y in lb])
        theme_a = np.array([theme_map.get(x.theme, -1) for x in la])
        topic_a = np.array([topic_map.get(index_a[x.theme, x.topic], -1) for x in la])
        score = sim + bonus * (theme_a[:, None] == theme_b[None, :])
        score += bonus * (topic_a[:, None] == topic_b[None, :])
        kept = [(r, c) for r, c in _assign(score) if clear(r, c)]
        theme_map, topic_map = maps(kept)

    pairs = []
    for r, c in sorted(kept):
        x, y = la[r], lb[c]
        moved = None
        if theme_map.get(x.theme) != y.theme:
            moved = "theme"
        elif topic_map.get(index_a[x.theme, x.topic]) != index_b[y.theme, y.topic]:
            moved = "topic"
        pairs.append(Pair(x, y, round(float(sim[r, c]), 4), moved))
    matched_a = {r for r, _ in kept}
    matched_b = {c for _, c in kept}
    same_language = a.language == b.language

    def shared(ta: int, ja: int | None, tb: int, jb: int | None) -> int:
        return sum(
            1
            for p in pairs
            if p.a.theme == ta
            and p.b.theme == tb
            and (ja is None or (p.a.topic == ja and p.b.topic == jb))
        )

    def renamed(titles: Matrix, r: int, c: int, ta: str | None, tb: str | None) -> bool:
        if same_language or ta is None or tb is None:
            return fold(ta or "") != fold(tb or "")
        closest = best(titles[r]) == c or best(titles[:, c]) == r
        return bool(titles[r, c] < title_floor or (titles[r, c] < title_threshold and not closest))

    theme_pairs = []
    for r, c in sorted(theme_map.items()):
        n = shared(r, None, c, None)
        title_sim = round(float(theme_titles[r, c]), 4)
        theme_pairs.append(
            SectionPair(
                r, None, c, None, a.themes[r].title, b.themes[c].title,
                len(a.themes[r].bullets()), len(b.themes[c].bullets()), n, title_sim,
                renamed(theme_titles, r, c, a.themes[r].title, b.themes[c].title),
            )
        )  # fmt: skip
    topic_pairs = []
    for r, c in sorted(topic_map.items()):
        (ta, ja), (tb, jb) = topics_a[r], topics_b[c]
        ta_topic, tb_topic = a.themes[ta].topics[ja], b.themes[tb].topics[jb]
        n = shared(ta, ja, tb, jb)
        title_sim = round(float(topic_titles[r, c]), 4)
        mostly = n > 0 and n >= math.ceil(len(ta_topic.bullets) / 2)
        topic_pairs.append(
            SectionPair(
                ta, ja, tb, jb, ta_topic.title, tb_topic.title, len(ta_topic.bullets),
                len(tb_topic.bullets), n, title_sim,
                mostly and renamed(topic_titles, r, c, ta_topic.title, tb_topic.title),
            )
        )  # fmt: skip
    return Comparison(
        a_title=a.title,
        b_title=b.title,
        a_language=a.language,
        b_language=b.language,
        a_source=a.source,
        b_source=b.source,
        a_bullets=len(la),
        b_bullets=len(lb),
        pairs=tuple(pairs),
        missing_in_b=tuple(x for r, x in enumerate(la) if r not in matched_a),
        missing_in_a=tuple(y for c, y in enumerate(lb) if c not in matched_b),
        themes=tuple(theme_pairs),
        topics=tuple(topic_pairs),
        threshold=threshold,
        embedder=embedder.name,
    )
