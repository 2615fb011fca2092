"""Framework tags (GDC objectives, WSIS action lines, SDGs) for messages and themes.

Each framework item is described by its name, description and keywords in the six languages;
its vector is the mean embedding of those descriptions. A message's score for an item is the
similarity of the message's centre to the item, plus a bonus for the share of its statements
that contain one of the item's keywords (in any language). A theme's framework line lists the
items that carry the most weight over its messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import numpy as np

from forum_messages.model import FRAMEWORKS, Frameworks, Tag
from forum_messages.nlp.base import Embedder, Vectors, normalise_rows
from forum_messages.taxonomy import FrameworkItem, load_taxonomies

# How many items a theme's framework line lists at most, per framework.
LINE_LIMITS = {"gdc": 3, "wsis": 4, "sdg": 4}


class FrameworkTagger:
    name = "embedding-keyword-tagger"

    def __init__(
        self,
        embedder: Embedder,
        max_tags: int = 3,
        keyword_weight: float = 0.25,
        min_score: float = 0.25,
        within: float = 0.06,
        line_share: float = 0.4,
    ) -> None:
        self.embedder = embedder
        self.max_tags = max_tags
        self.keyword_weight = keyword_weight
        self.min_score = min_score
        self.within = within
        self.line_share = line_share

    def params(self) -> dict[str, object]:
        return {
            "max_tags": self.max_tags,
            "keyword_weight": self.keyword_weight,
            "min_score": self.min_score,
            "within": self.within,
            "line_share": self.line_share,
        }

    @cached_property
    def items(self) -> list[FrameworkItem]:
        taxes = load_taxonomies()
        return [it for name in FRAMEWORKS for it in taxes[name].items]

    @cached_property
    def vectors(self) -> Vectors:
        rows = []
        for it in self.items:
            texts = []
            for lang in sorted(it.name):
                kws = ", ".join(it.keywords.get(lang, ()))
                texts.append(f"{it.name[lang]}. {it.description.get(lang, '')} {kws}".strip())
            rows.append(self.embedder.embed(texts).mean(axis=0))
        return normalise_rows(np.stack(rows))

    @cached_property
    def _keywords(self) -> list[tuple[str, ...]]:
        out = []
        for it in self.items:
            kws = {k.lower() for lang in it.keywords for k in it.keywords[lang] if len(k) >= 2}
            out.append(tuple(sorted(kws)))
        return out

    def keyword_share(self, texts: Sequence[str]) -> np.ndarray:
        lowered = [t.lower() for t in texts]
        share = np.zeros(len(self.items))
        if not lowered:
            return share
        for i, kws in enumerate(self._keywords):
            hits = sum(1 for t in lowered if any(_contains(t, k) for k in kws))
            share[i] = hits / len(lowered)
        return share

    def scores(self, centre: Vectors, texts: Sequence[str]) -> np.ndarray:
        return self.vectors @ centre + self.keyword_weight * self.keyword_share(texts)

    def tag(self, centre: Vectors, texts: Sequence[str]) -> tuple[Tag, ...]:
        scores = self.scores(centre, texts)
        tags: list[Tag] = []
        for fw in FRAMEWORKS:
            idx = [i for i, it in enumerate(self.items) if it.framework == fw]
            ranked = sorted(idx, key=lambda i: (-round(float(scores[i]), 6), i))
            best = float(scores[ranked[0]])
            for i in ranked[: self.max_tags]:
                s = float(scores[i])
                if s >= self.min_score and s >= best - self.within:
                    tags.append(Tag(fw, self.items[i].id, round(s, 4)))
        return tuple(tags)

    def theme_line(self, tagged: Sequence[tuple[tuple[Tag, ...], int]]) -> Frameworks:
        """Items carrying at least ``line_share`` of the top weight, weighted by sessions."""
        weight: dict[tuple[str, str], float] = {}
        for tags, sessions in tagged:
            for t in tags:
                weight[(t.framework, t.id)] = (
                    weight.get((t.framework, t.id), 0.0) + t.score * sessions
                )
        order = {(it.framework, it.id): n for n, it in enumerate(self.items)}
        chosen: dict[str, tuple[str, ...]] = {}
        for fw in FRAMEWORKS:
            mine = sorted(
                ((k, w) for k, w in weight.items() if k[0] == fw),
                key=lambda kw: (-kw[1], order[kw[0]]),
            )
            if not mine:
                chosen[fw] = ()
                continue
            top = mine[0][1]
            keep = [k for k, w in mine[: LINE_LIMITS[fw]] if w >= self.line_share * top]
            chosen[fw] = tuple(k[1] for k in sorted(keep, key=lambda k: order[k]))
        return Frameworks(gdc=chosen["gdc"], wsis=chosen["wsis"], sdg=chosen["sdg"])


def _contains(text: str, keyword: str) -> bool:
    """Keyword in text; whole words for alphabetic scripts, substring for Chinese."""
    pos = text.find(keyword)
    while pos >= 0:
        before = text[pos - 1] if pos > 0 else " "
        end = pos + len(keyword)
        after = text[end] if end < len(text) else " "
        if "\u4e00" <= keyword[0] <= "\u9fff" or (not before.isalnum() and not after.isalnum()):
            return True
        pos = text.find(keyword, pos + 1)
    return False
