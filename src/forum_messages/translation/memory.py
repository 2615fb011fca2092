"""Translation memory: source/target pairs from earlier translations, exact and close matches.

A match's score is the similarity of the two source texts, from 0 to 100 as translators know
it from their CAT tools: 100 is the same text (spaces aside), 75 or more is a close match
worth editing. Similarity is difflib's ratio on words for space-separated scripts and on
characters for Chinese. Candidates come first from an inverted index: the pairs that share the
query's rarest words (a close match shares most of them), and only those whose length allows
the score are compared, so a lookup stays in milliseconds in a memory of tens of thousands of
pairs (``make bench`` measures it).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from forum_messages.translation.segments import DRAFT, REVIEWED, Translation, Unit

#: Close matches below this score are not offered.
MIN_SCORE = 75
_CANDIDATES = 30  # pairs compared in full, at most
_PROBE = 8  # rarest query tokens whose pairs are candidates
_HAN = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class Match:
    source: str
    target: str
    score: int  # 0-100
    origin: str  # where the pair comes from (an edition name, a file)

    @property
    def exact(self) -> bool:
        return self.score == 100


def normalise(text: str) -> str:
    return " ".join(text.split())


def _tokens(text: str) -> list[str]:
    if _HAN.search(text):
        return [c for c in text if not c.isspace()]
    return re.findall(r"\w+|[^\w\s]", text.lower())


def score(a: str, b: str) -> int:
    """Similarity of two source texts, 0-100 (100: equal once spaces are normalised)."""
    if normalise(a) == normalise(b):
        return 100
    ratio = difflib.SequenceMatcher(None, _tokens(a), _tokens(b), autojunk=False).ratio()
    return min(99, int(ratio * 100))


class Memory:
    """Pairs for one language pair (source language -> target language)."""

    def __init__(self, source_language: str, language: str) -> None:
        self.source_language = source_language
        self.language = language
        self._pairs: list[tuple[str, str, str]] = []  # source, target, origin
        self._sizes: list[int] = []  # tokens in each source
        self._exact: dict[str, int] = {}
        self._index: defaultdict[str, list[int]] = defaultdict(list)  # token -> pairs

    def __len__(self) -> int:
        return len(self._pairs)

    def add(self, source: str, target: str, origin: str = "") -> None:
        """Remember one pair (a later pair for the same source replaces the earlier one)."""
        key = normalise(source)
        if not key or not target.strip():
            return
        if key in self._exact:
            self._pairs[self._exact[key]] = (source, target, origin)
            return
        self._exact[key] = len(self._pairs)
        tokens = _tokens(source)
        for tok in set(tokens):
            self._index[tok].append(len(self._pairs))
        self._pairs.append((source, target, origin))
        self._sizes.append(len(tokens))

    def add_translation(
        self, translation: Translation, origin: str = "", states: Iterable[str] = (REVIEWED,)
    ) -> int:
        """Remember the units of ``translation`` in ``states`` (reviewed only by default);
        the number added."""
        if (translation.source_language, translation.language) != (
            self.source_language,
            self.language,
        ):
            return 0
        wanted = set(states)
        n = 0
        for u in translation.units:
            if u.state in wanted and u.target.strip():
                self.add(u.source, u.target, origin)
                n += 1
        return n

    def lookup(self, text: str, limit: int = 3, min_score: int = MIN_SCORE) -> list[Match]:
        """The best matches for ``text``, best first (an exact match alone when there is one)."""
        key = normalise(text)
        if key in self._exact:
            s, t, o = self._pairs[self._exact[key]]
            return [Match(s, t, 100, o)]
        tokens = _tokens(text)
        known = sorted(
            (tok for tok in set(tokens) if tok in self._index),
            key=lambda tok: (len(self._index[tok]), tok),
        )
        hits: Counter[int] = Counter()
        for tok in known[:_PROBE]:
            hits.update(self._index[tok])
        size, need = len(tokens), min_score / 100
        ranked = sorted(
            (
                (n, i)
                for i, n in hits.items()
                # difflib's ratio is at most 2 * shorter / (sum of lengths)
                if 2 * min(size, self._sizes[i]) >= need * (size + self._sizes[i])
            ),
            key=lambda kv: (-kv[0], kv[1]),
        )[:_CANDIDATES]
        found = []
        for _, i in ranked:
            s, t, o = self._pairs[i]
            sc = score(text, s)
            if sc >= min_score:
                found.append(Match(s, t, sc, o))
        found.sort(key=lambda m: (-m.score, m.source))
        return found[:limit]


def prefill(translation: Translation, memory: Memory) -> tuple[Translation, dict[str, Match]]:
    """Untranslated units filled from exact matches (as ``draft``: a translator still reviews
    them), and the best close match of each unit still untranslated, by segment id."""
    units: list[Unit] = []
    close: dict[str, Match] = {}
    for u in translation.units:
        if u.state == "untranslated" and not u.target.strip():
            matches = memory.lookup(u.source, limit=1)
            if matches and matches[0].exact:
                m = matches[0]
                note = "translation memory 100%" + (f" ({m.origin})" if m.origin else "")
                units.append(Unit(u.id, u.source, m.target, DRAFT, note=note))
                continue
            if matches:
                close[u.id] = matches[0]
        units.append(u)
    out = Translation(
        translation.source_language,
        translation.language,
        tuple(units),
        translation.credit,
        translation.meta,
    )
    return out, close
