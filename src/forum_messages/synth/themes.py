"""Theme assignment: statements keep their session's theme; the others get the nearest one.

A theme's profile is the mean embedding of its title, description, issue areas and sub-topic
seeds in every language the edition gives, blended with the centroid of the statements that
were declared under it (when there are enough). Confidence is a softmax over similarities.

Statements are compared with the profiles after half the mean of all the run's statements is
taken out of them: what every statement of a forum shares (its register, the event's
vocabulary) then counts less than what tells one subject from another. On the realistic
reports this raised theme accuracy on every file or left it unchanged (docs/quality.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from forum_messages.engine.vectors import release, vector_array
from forum_messages.model import Edition, ThemeSpec
from forum_messages.nlp.base import Embedder, Vectors, normalise_rows
from forum_messages.nlp.decide import SCORE_ROWS, best_rows, centroid, decision_scores


def theme_texts(theme: ThemeSpec) -> list[str]:
    """Every text that describes a theme, in every language given."""
    texts: list[str] = []
    for lang in sorted(set(theme.title) | set(theme.description)):
        title = theme.title.get(lang, "")
        desc = theme.description.get(lang, "")
        if title or desc:
            texts.append(f"{title}. {desc}".strip(". "))
    for mapping in (theme.issue_areas, theme.seeds):
        for lang in sorted(mapping):
            texts.extend(mapping[lang])
    return [t for t in texts if t.strip()]


def theme_profiles(edition: Edition, embedder: Embedder) -> Vectors:
    """One unit vector per theme from its own description (in edition order)."""
    rows = []
    for theme in edition.themes:
        texts = theme_texts(theme) or [theme.key]
        rows.append(centroid(embedder.embed(texts)))
    return np.stack(rows)


@dataclass(frozen=True)
class ThemeResult:
    theme: list[str]
    confidence: list[float]
    inferred: list[bool]
    similarity: NDArray[np.float64]  # (n, themes): decision scores, statements x themes


class NearestThemeAssigner:
    """Declared themes are kept; missing ones go to the most similar theme profile."""

    name = "nearest-theme-profile"

    def __init__(
        self,
        temperature: float = 0.05,
        blend: float = 0.5,
        min_declared: int = 5,
        refine: int = 0,
        center: float = 0.5,
        min_center: int = 20,
    ):
        self.temperature = temperature
        self.blend = blend
        self.min_declared = min_declared
        self.refine = refine
        self.center = center
        self.min_center = min_center

    def params(self) -> dict[str, object]:
        return {
            "temperature": self.temperature,
            "blend": self.blend,
            "min_declared": self.min_declared,
            "refine": self.refine,
            "center": self.center,
            "min_center": self.min_center,
        }

    def centred(self, x: Vectors) -> Vectors:
        """Statements with ``center`` times their common mean taken out (from
        ``min_center`` statements on: the mean of a few is their subject, not a background)."""
        if len(x) < self.min_center or self.center == 0:
            return x
        mean = self.center * centroid(x)
        out = vector_array(*x.shape)  # many rows: kept in a file, like the vectors
        for start in range(0, len(x), SCORE_ROWS):  # bounded float64 copies of the rows
            rows = np.asarray(x[start : start + SCORE_ROWS], dtype=np.float64)
            out[start : start + SCORE_ROWS] = normalise_rows(rows - mean)
            release(out)
            release(x)
        return out

    def run(
        self,
        x: Vectors,
        declared: Sequence[str | None],
        edition: Edition,
        embedder: Embedder,
        profiles: Vectors | None = None,
    ) -> ThemeResult:
        """Themes of statements; ``profiles`` replaces the edition's own theme profiles.

        ``similarity`` in the result is that of the statements as given (how topical each
        one is); the choice of theme and its confidence use the centred statements.
        """
        keys = list(edition.theme_keys())
        given, x = x, self.centred(x)
        base = theme_profiles(edition, embedder) if profiles is None else profiles
        profiles = base.copy()
        members = [[i for i, d in enumerate(declared) if d == key] for key in keys]
        # Blend in what sessions declared only when every theme has enough of it: blending
        # some themes and not others would pull undecided statements towards the former.
        if all(len(idx) >= self.min_declared for idx in members):
            for t, idx in enumerate(members):
                profiles[t] = (1 - self.blend) * profiles[t] + self.blend * centroid(x[idx])
        profiles = normalise_rows(profiles)
        # Refinement: statements without a theme pull each profile towards what was actually
        # said under it (a few rounds of seeded k-means, the description kept as an anchor).
        undecided = [i for i, d in enumerate(declared) if d is None]
        # no copy of the rows when none declared a theme (a consultation's answers)
        open_rows = x if len(undecided) == len(x) else x[undecided]
        for _ in range(self.refine if undecided else 0):
            chosen = best_rows(decision_scores(open_rows, profiles))
            moved = base.copy()
            for t, key in enumerate(keys):
                idx = [i for i, d in enumerate(declared) if d == key]
                idx += [undecided[j] for j in np.flatnonzero(chosen == t).tolist()]
                if idx:
                    moved[t] = (1 - self.blend) * base[t] + self.blend * centroid(x[idx])
            profiles = normalise_rows(moved)
        sims = decision_scores(x, profiles) if len(x) else np.zeros((0, len(keys)))
        topical = decision_scores(given, profiles) if len(x) else sims
        logits = sims / self.temperature
        logits -= logits.max(axis=1, keepdims=True) if len(x) else 0
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True) if len(x) else 1
        nearest = best_rows(sims)
        themes: list[str] = []
        conf: list[float] = []
        inferred: list[bool] = []
        for i, d in enumerate(declared):
            if d is not None:
                themes.append(d)
                conf.append(1.0)
                inferred.append(False)
            else:
                themes.append(keys[nearest[i]])
                conf.append(round(float(probs[i, nearest[i]]), 4))
                inferred.append(True)
        return ThemeResult(themes, conf, inferred, np.asarray(topical, dtype=np.float64))
