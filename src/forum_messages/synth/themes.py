"""Theme assignment: statements keep their session's theme; the others get the nearest one.

A theme's profile is the mean embedding of its title, description, issue areas and sub-topic
seeds in every language the edition gives, blended with the centroid of the statements that
were declared under it (when there are enough). Confidence is a softmax over similarities.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from forum_messages.model import Edition, ThemeSpec
from forum_messages.nlp.base import Embedder, Vectors, normalise_rows


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
        rows.append(embedder.embed(texts).mean(axis=0))
    return normalise_rows(np.stack(rows))


@dataclass(frozen=True)
class ThemeResult:
    theme: list[str]
    confidence: list[float]
    inferred: list[bool]
    similarity: NDArray[np.float32]  # (n, themes): similarity of each statement to each theme


class NearestThemeAssigner:
    """Declared themes are kept; missing ones go to the most similar theme profile."""

    name = "nearest-theme-profile"

    def __init__(
        self,
        temperature: float = 0.05,
        blend: float = 0.5,
        min_declared: int = 5,
        refine: int = 0,
    ):
        self.temperature = temperature
        self.blend = blend
        self.min_declared = min_declared
        self.refine = refine

    def params(self) -> dict[str, object]:
        return {
            "temperature": self.temperature,
            "blend": self.blend,
            "min_declared": self.min_declared,
            "refine": self.refine,
        }

    def run(
        self,
        x: Vectors,
        declared: Sequence[str | None],
        edition: Edition,
        embedder: Embedder,
        profiles: Vectors | None = None,
    ) -> ThemeResult:
        """Themes of statements; ``profiles`` replaces the edition's own theme profiles."""
        keys = list(edition.theme_keys())
        base = theme_profiles(edition, embedder) if profiles is None else profiles
        profiles = base.copy()
        members = [[i for i, d in enumerate(declared) if d == key] for key in keys]
        # Blend in what sessions declared only when every theme has enough of it: blending
        # some themes and not others would pull undecided statements towards the former.
        if all(len(idx) >= self.min_declared for idx in members):
            for t, idx in enumerate(members):
                centroid = normalise_rows(x[idx].mean(axis=0, keepdims=True))[0]
                profiles[t] = (1 - self.blend) * profiles[t] + self.blend * centroid
        profiles = normalise_rows(profiles)
        # Refinement: statements without a theme pull each profile towards what was actually
        # said under it (a few rounds of seeded k-means, the description kept as an anchor).
        undecided = [i for i, d in enumerate(declared) if d is None]
        for _ in range(self.refine if undecided else 0):
            chosen = np.argmax(x[undecided] @ profiles.T, axis=1)
            moved = base.copy()
            for t, key in enumerate(keys):
                idx = [i for i, d in enumerate(declared) if d == key]
                idx += [undecided[j] for j in np.flatnonzero(chosen == t).tolist()]
                if idx:
                    centroid = normalise_rows(x[idx].mean(axis=0, keepdims=True))[0]
                    moved[t] = (1 - self.blend) * base[t] + self.blend * centroid
            profiles = normalise_rows(moved)
        sims = (x @ profiles.T).astype(np.float32) if len(x) else np.zeros((0, len(keys)))
        logits = sims / self.temperature
        logits -= logits.max(axis=1, keepdims=True) if len(x) else 0
        probs = np.exp(logits)
        probs /= probs.sum(axis=1, keepdims=True) if len(x) else 1
        themes: list[str] = []
        conf: list[float] = []
        inferred: list[bool] = []
        for i, d in enumerate(declared):
            if d is not None:
                themes.append(d)
                conf.append(1.0)
                inferred.append(False)
            else:
                best = int(np.argmax(probs[i]))
                themes.append(keys[best])
                conf.append(round(float(probs[i, best]), 4))
                inferred.append(True)
        return ThemeResult(themes, conf, inferred, np.asarray(sims, dtype=np.float32))
