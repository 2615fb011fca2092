"""Vectors of the fixed texts a draft of a bundled preset embeds, shipped in the package.

Every draft embeds texts that are the same from one run to the next: the theme descriptions
of its edition (``synth/themes.theme_profiles``, one call per theme) and the procedural
prototypes (``synth/procedural.PROTOTYPES``). For the bundled presets these calls are known
in advance: their vectors are computed once, by the same encoder call a draft makes, and
shipped (``editions/presets/fixed-vectors.npz``). The encoder's ``embed`` returns the shipped
vectors of a call whose texts, in order, are exactly those of a shipped call (the encoder's
vector of a text depends slightly on the other texts of its call, so nothing is looked up
text by text): the same vectors to the bit, about 0.3 s of CPU less for a draft of
``igf2025``. Any other call, and any call after the edition or the prototypes have changed,
is encoded as before.

Regenerate after editing a preset's themes, the prototypes or the encoder:
``.venv/bin/python -m forum_messages.nlp.fixedvectors`` (``tests/nlp/test_fixedvectors.py``
fails while the file is stale).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from forum_messages.nlp.base import Vectors

if TYPE_CHECKING:
    from forum_messages.nlp.use import USEEmbedder

SHIPPED = "editions/presets/fixed-vectors.npz"


def call_digest(embedder: str, texts: Sequence[str]) -> str:
    """A digest of an encoder call: the encoder's name and each text, in order."""
    h = hashlib.sha256(embedder.encode("utf-8") + b"\x00")
    for text in texts:
        raw = text.encode("utf-8", "surrogatepass")
        h.update(len(raw).to_bytes(8, "little"))
        h.update(raw)
    return h.hexdigest()


@cache
def _table() -> dict[str, Vectors]:
    """The shipped calls' vectors by digest."""
    return read_table(Path(str(resources.files("forum_messages") / SHIPPED)))


def read_table(path: Path) -> dict[str, Vectors]:
    """A file's calls' vectors by digest (empty when it is missing or unreadable)."""
    try:
        with path.open("rb") as fh, np.load(fh, allow_pickle=False) as data:
            keys = [str(k) for k in data["digests"]]
            ends = data["ends"].tolist()
            vectors = np.asarray(data["vectors"], dtype=np.float32)
    except (OSError, KeyError, ValueError):
        return {}
    starts = [0, *ends[:-1]]
    return {k: vectors[a:b] for k, a, b in zip(keys, starts, ends, strict=True)}


def shipped_vectors(embedder: str, texts: Sequence[str]) -> Vectors | None:
    """A copy of the shipped vectors of this exact call, or None."""
    table = _table()
    if not table:
        return None
    found = table.get(call_digest(embedder, texts))
    if found is None or len(found) != len(texts):
        return None
    return found.copy()


def preset_calls(preset: str) -> list[list[str]]:
    """The encoder calls with fixed texts that a draft of ``preset`` makes first, in order:
    each theme's description texts not embedded before, then the procedural prototypes
    (what the shared memo of ``nlp.base.memo_for`` hands to the encoder in a new process)."""
    from forum_messages.edition import load_edition
    from forum_messages.synth.procedural import PROTOTYPES
    from forum_messages.synth.themes import theme_texts

    seen: set[str] = set()
    calls: list[list[str]] = []
    edition = load_edition(preset)
    for group in [*(theme_texts(t) or [t.key] for t in edition.themes), list(PROTOTYPES)]:
        missing = [t for t in dict.fromkeys(group) if t not in seen]
        if missing:
            calls.append(missing)
            seen.update(missing)
    return calls


def compute(encoder: USEEmbedder, calls: Sequence[Sequence[str]]) -> list[Vectors]:
    """Each call's vectors as the encoder computes them (never from the shipped file)."""
    return [encoder.embed_stream(list(texts), len(texts)) for texts in calls]


def regenerate() -> Path:
    """Compute the calls of every bundled preset with the multilingual encoder and save."""
    from forum_messages.edition import preset_names
    from forum_messages.nlp.use import USEEmbedder

    encoder = USEEmbedder()
    digests: dict[str, Vectors] = {}
    for preset in preset_names():
        calls = preset_calls(preset)
        for texts, vectors in zip(calls, compute(encoder, calls), strict=True):
            digests[call_digest(encoder.name, texts)] = vectors
    keys = sorted(digests)
    ends = np.cumsum([len(digests[k]) for k in keys])
    path = Path(str(resources.files("forum_messages") / SHIPPED))
    with path.open("wb") as fh:
        np.savez(
            fh,
            digests=np.array(keys),
            ends=ends.astype(np.int64),
            vectors=np.concatenate([digests[k] for k in keys]).astype(np.float32),
        )
    _table.cache_clear()
    return path


if __name__ == "__main__":
    print(regenerate())
