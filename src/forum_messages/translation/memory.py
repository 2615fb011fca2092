"""Translation memory: source/target pairs from earlier translations, exact and close matches.

A match's score is the similarity of the two source texts, from 0 to 100 as translators know
it from their CAT tools: 100 is the same text (spaces aside), 75 or more is a close match
worth editing. Similarity is difflib's ratio on words for space-separated scripts and on
characters for Chinese; candidates are found first through shared character trigrams, so a
lookup stays fast in a memory of tens of thousands of pairs.
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
_CANDIDATES = 30
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


def _grams(text: str) -> set[str]:
    t = normalise(text).lower()
    return {t[i : i + 3] for i in range(max(1, len(t) - 2))}


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
        self._exact: dict[str, int] = {}
        self._index: defaultdict[str, list[int]] = defaultdict(list)

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
        for g in _grams(source):
            self._index[g].append(len(self._pairs))
        self._pairs.append((source, target, origin))

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
        hits: Counter[int] = Counter()
        for g in _grams(text):
            for i in self._index.get(g, ()):
                hits[i] += 1
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))[:_CANDIDATES]
        found = []
        for i, _ in ranked:
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
