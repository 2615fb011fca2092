"""The core components the site uses, by embedder name; cached once per process.

``hash`` is the fake embedder that ships with the core (fast, no model: tests and quick
looks); ``use`` is the multilingual Universal Sentence Encoder the CLI uses by default.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from forum_messages.nlp.base import Embedder, HashEmbedder, memo_for
from forum_messages.nlp.decide import centroid, decision_scores
from forum_messages.synth.pipeline import Components
from forum_messages.synth.settings import Settings
from forum_messages.synth.tags import FrameworkTagger

EMBEDDERS = ("use", "hash")
_lock = threading.Lock()


def embedder(name: str) -> Embedder:
    """The process's one embedder of this name. The lock is taken before the cache is looked
    at: two first calls at once (two drafts started together) would otherwise each make one,
    and each load the encoder's weights."""
    with _lock:
        return _made(name)


@lru_cache(maxsize=4)
def _made(name: str) -> Embedder:
    if name == "hash":
        return HashEmbedder()
    from forum_messages.nlp.use import USEEmbedder

    return USEEmbedder()


def embedder_name_of(pipeline: list[dict[str, Any]]) -> str:
    """The short name of the embedder a draft was made with ("use" or "hash")."""
    for c in pipeline:
        if c.get("role") == "embedder":
            return "hash" if c.get("name") == "hash" else "use"
    return "hash"


def components(name: str) -> Components:
    from forum_messages.nlp.language import UNLanguageDetector

    return Components(embedder=embedder(name), detector=UNLanguageDetector())


@lru_cache(maxsize=4)
def tagger(name: str, max_tags: int) -> FrameworkTagger:
    return FrameworkTagger(memo_for(embedder(name)), max_tags=max_tags)


def centre_and_tags(
    name: str, texts: list[str], settings: Settings
) -> tuple[list[float], list[list[Any]]]:
    """Similarity of each text to the centre of them all (decision scores, as the draft
    computes them: round them to 4 decimals to store them), and the framework tags of the
    centre."""
    if not texts:
        return [], []
    emb = embedder(name)
    x = emb.embed(texts)
    centre = centroid(x)
    sims = decision_scores(x, centre).tolist()
    tags = tagger(name, settings.max_tags).tag(centre, texts)
    return sims, [[t.framework, t.id, t.score] for t in tags]
