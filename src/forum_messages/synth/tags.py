"""Framework tags (GDC objectives, WSIS action lines, SDGs) for messages and themes.

Each framework item is described by its name, description and keywords in the six languages;
its vector is the mean embedding of those descriptions. A message's score for an item is the
similarity of the message's centre to the item, plus a bonus for the share of its statements
that contain one of the item's keywords (in any language). A theme's framework line lists the
items that carry the most weight over its messages.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from functools import cached_property
from importlib import resources
from pathlib import Path

import numpy as np

from forum_messages.model import FRAMEWORKS, Frameworks, Tag
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import centroid, decision_scores, ranking
from forum_messages.taxonomy import FrameworkItem, load_taxonomies

# How many items a theme's framework line lists at most, per framework.
LINE_LIMITS = {"gdc": 3, "wsis": 4, "sdg": 4}
_HAN = re.compile(r"[\u3400-\u9fff]")
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


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

    def item_texts(self) -> list[list[str]]:
        """What each item's vector is the mean embedding of: per language, its name,
        description and keywords."""
        out = []
        for it in self.items:
            texts = []
            for lang in sorted(it.name):
                kws = ", ".join(it.keywords.get(lang, ()))
                texts.append(f"{it.name[lang]}. {it.description.get(lang, '')} {kws}".strip())
            out.append(texts)
        return out

    @cached_property
    def vectors(self) -> Vectors:
        """Item vectors; read from the copy shipped for the default embedder when it was
        made from exactly these texts, computed otherwise."""
        texts = self.item_texts()
        shipped = load_shipped_vectors(self.embedder.name, texts_digest(texts))
        if shipped is not None:
            return shipped
        return compute_item_vectors(self.embedder, texts)

    @cached_property
    def _keyword_index(self) -> tuple[dict[str, set[int]], dict[str, set[int]], dict[str, int]]:
        """Keywords of every item: word n-grams (alphabetic scripts) and Chinese strings,
        each mapped to the items it signals, and for each first word of an n-gram the
        longest n-gram it starts."""
        grams: dict[str, set[int]] = {}
        han: dict[str, set[int]] = {}
        starts: dict[str, int] = {}
        for i, it in enumerate(self.items):
            for lang in it.keywords:
                for kw in it.keywords[lang]:
                    kw = kw.lower().strip()
                    if len(kw) < 2:
                        continue
                    if _HAN.search(kw):
                        han.setdefault(kw, set()).add(i)
                    else:
                        tokens = _TOKEN.findall(kw)
                        if tokens:
                            starts[tokens[0]] = max(starts.get(tokens[0], 1), len(tokens))
                            grams.setdefault(" ".join(tokens), set()).add(i)
        return grams, han, starts

    def keyword_hits(self, texts: Sequence[str]) -> np.ndarray:
        """(texts, items) booleans: does the text contain one of the item's keywords?
        Whole words for alphabetic scripts, substrings for Chinese (no spaces between words)."""
        grams, han, starts = self._keyword_index
        hits = np.zeros((len(texts), len(self.items)), dtype=bool)
        for row, text in enumerate(texts):
            lowered = text.lower()
            tokens = _TOKEN.findall(lowered)
            # only the n-grams that start with the first word of a keyword can be one
            for start, token in enumerate(tokens):
                longest = starts.get(token)
                if longest is None:
                    continue
                for end in range(start + 1, min(start + longest, len(tokens)) + 1):
                    items = grams.get(" ".join(tokens[start:end]))
                    if items:
                        hits[row, list(items)] = True
            if _HAN.search(lowered):
                for kw, items in han.items():
                    if kw in lowered:
                        hits[row, list(items)] = True
        return hits

    def keyword_share(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(len(self.items))
        return np.asarray(self.keyword_hits(texts).mean(axis=0), dtype=np.float64)

    def scores(self, centre: Vectors, share: np.ndarray) -> np.ndarray:
        return decision_scores(self.vectors, centre) + self.keyword_weight * share

    def tag(
        self,
        centre: Vectors,
        texts: Sequence[str] | None = None,
        *,
        share: np.ndarray | None = None,
    ) -> tuple[Tag, ...]:
        """Tags of a message from its centre and the keyword share of its statements (given
        directly, or computed from ``texts``)."""
        if share is None:
            share = self.keyword_share(texts or [])
        scores = self.scores(centre, share)
        tags: list[Tag] = []
        for fw in FRAMEWORKS:
            idx = [i for i, it in enumerate(self.items) if it.framework == fw]
            ranked = [idx[j] for j in ranking(scores[idx])]
            best = float(scores[ranked[0]])
            for i in ranked[: self.max_tags]:
                value = float(scores[i])
                if value >= self.min_score and value >= best - self.within:
                    tags.append(Tag(fw, self.items[i].id, round(value, 4)))
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


_SHIPPED = "editions/taxonomies/item-vectors.npz"


def texts_digest(texts: Sequence[Sequence[str]]) -> str:
    joined = "\x1e".join("\x1f".join(t) for t in texts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def compute_item_vectors(embedder: Embedder, texts: Sequence[Sequence[str]]) -> Vectors:
    return np.stack([centroid(embedder.embed(list(t))) for t in texts])


def load_shipped_vectors(embedder_name: str, digest: str) -> Vectors | None:
    """The item vectors shipped in the package, if made by this embedder from these texts."""
    path = resources.files("forum_messages") / _SHIPPED
    try:
        with path.open("rb") as fh:
            data = np.load(fh)
            if str(data["embedder"]) != embedder_name or str(data["digest"]) != digest:
                return None
            return np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, KeyError, ValueError):
        return None


def write_shipped_vectors(embedder: Embedder) -> Path:
    """Recompute the shipped item vectors (run after editing a taxonomy file)."""
    tagger = FrameworkTagger(embedder)
    texts = tagger.item_texts()
    vectors = compute_item_vectors(embedder, texts)
    path = Path(str(resources.files("forum_messages") / _SHIPPED))
    np.savez(
        path,
        vectors=vectors,
        embedder=np.array(embedder.name),
        digest=np.array(texts_digest(texts)),
    )
    return path
