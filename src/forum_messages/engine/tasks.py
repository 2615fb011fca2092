"""The work done on one partition: pure functions an engine runs where it likes.

Components (the embedder, the language detector) travel to other processes as ``Shipped``:
without their loaded models; each process loads a model once, on the first partition that
needs it, and keeps it.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy as np

from forum_messages.model import UN_LANGUAGES
from forum_messages.nlp.base import Embedder, LanguageDetector, Vectors

if TYPE_CHECKING:
    from forum_messages.synth.kinds import Kind

#: Components already loaded in this process, by type and settings.
_LOADED: dict[tuple[str, bytes], Any] = {}


def _settings(component: Any) -> dict[str, Any]:
    """The component's attributes without what it loads lazily (its model)."""
    cls = type(component)
    return {
        k: v
        for k, v in vars(component).items()
        if not isinstance(getattr(cls, k, None), cached_property)
    }


class Shipped:
    """A component sent to another process: its settings travel (a plain pickle of its class
    and attributes), its model is loaded there once, on first use, and kept."""

    def __init__(self, component: Any) -> None:
        self.cls: type[Any] = type(component)
        self.settings = _settings(component)

    def get(self) -> Any:
        """This process's copy of the component (the same one for every partition)."""
        cls = self.cls
        key = (f"{cls.__module__}.{cls.__qualname__}", pickle.dumps(sorted(self.settings.items())))
        found = _LOADED.get(key)
        if found is None:
            found = object.__new__(cls)
            # with every setting of the sender (the encoder's vectors no longer depend on its
            # thread count, but every other setting must match the sender's)
            found.__dict__.update(self.settings)
            _LOADED[key] = found
        return found


def resolve(component: Any) -> Any:
    """The component itself, or this process's copy of a shipped one."""
    return component.get() if isinstance(component, Shipped) else component


def detect_part(
    detector: LanguageDetector,
    texts: Sequence[str],
    declared: Sequence[str | None],
    kinds: bool = False,
) -> tuple[list[str], list[float], list[Kind]]:
    """Language and confidence of each text: detected, unless the declaration is surer; with
    ``kinds``, also each text's kind in its language (list numbering removed), else no kinds."""
    detector = resolve(detector)
    langs: list[str] = []
    confs: list[float] = []
    for text, given in zip(texts, declared, strict=True):
        lang, conf = detector.detect(text)
        if given and given != lang and conf < 0.8:
            lang, conf = given, max(conf, 0.5)
        if lang not in UN_LANGUAGES:
            lang = given or "en"
        langs.append(lang)
        confs.append(round(conf, 4))
    if not kinds:
        return langs, confs, []
    from forum_messages.nlp.segment import strip_numbering
    from forum_messages.synth.kinds import classify

    return (
        langs,
        confs,
        [classify(strip_numbering(t), g) for t, g in zip(texts, langs, strict=True)],
    )


def additions_part(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """What each (text, base) pair's text adds to or changes in its base (see
    :func:`forum_messages.nlp.minhash.addition`)."""
    from forum_messages.nlp import minhash

    return [minhash.addition(text, base) for text, base in pairs]


def embed_part(embedder: Embedder, texts: Sequence[str], batch: int) -> Vectors:
    """Vectors of ``texts``, embedded ``batch`` texts at a time (the encoder's vector of a
    text depends slightly on the rest of its batch: every engine uses the same batches)."""
    embedder = resolve(embedder)
    parts = [embedder.embed(texts[s : s + batch]) for s in range(0, len(texts), batch)]
    if not parts:
        return np.zeros((0, 1), dtype=np.float32)
    return np.concatenate(parts).astype(np.float32, copy=False)
