"""The descriptive-statement model's weights, fitted once and shipped in the package.

Fitting the model (``kinds.DescriptiveModel``) means parsing the labelled development
material, embedding its 2,433 statements and running 3,000 steps of gradient descent: seconds
of every cold draft (the wide regression, ``kind_model.WIDE_TRAINING``: 7,938 statements).
The weights are fitted ahead for the embedders we ship and read back here; they are used only
while the material, the embedder and the fit's parameters are exactly those they were fitted
from (the key records all three), and fitted again otherwise.

The second look's bank (the development material embedded by the multilingual encoder, in
half precision, ``kind_model.neighbour_bank``) is shipped beside them under the same rule.

Regenerate after editing the material:
``.venv/bin/python -m forum_messages.synth.shipped``. The frame model's weights
(``kind_frame_model``, ``FRAME_WEIGHTS``) are fitted by ``bench/kind_frame_model.py --ship``;
with a key that no longer fits the material the model reads nothing until they are.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

WEIGHTS = "editions/evaluation/descriptive-weights.npz"
#: the neighbour vote's labelled statements, embedded (``kind_model.neighbour_bank``)
BANK = "editions/evaluation/descriptive-neighbours.npz"
MATERIAL = "editions/evaluation"
#: the frame model's regression (``kind_frame_model``), in half precision
FRAME_WEIGHTS = "editions/evaluation/frame-weights.npz"
#: the learned reading of attributions (``kind_attr_model``): its weights, in half precision
ATTRIBUTION_WEIGHTS = "editions/evaluation/attribution-weights.npz"


def material_digest(names: Sequence[str]) -> str:
    """A digest of the training files' bytes (cheaper than parsing them), read once a process
    for each list of names (the files are the package's own: a model's key is asked for on
    every draft)."""
    return _digest(tuple(names))


@functools.cache
def _digest(names: tuple[str, ...]) -> str:
    base = resources.files("forum_messages") / MATERIAL
    h = hashlib.sha256()
    for name in names:
        h.update(name.encode("utf-8") + b"\x1f")
        h.update((base / name).read_bytes())
        h.update(b"\x1e")
    return h.hexdigest()


def load_weights(tag: str, key: str, name: str = WEIGHTS) -> tuple[np.ndarray, float] | None:
    """The shipped (weights, bias) for embedder ``tag``, if fitted under exactly ``key``
    (``name``: the file, the description model's by default)."""
    path = resources.files("forum_messages") / name
    try:
        with path.open("rb") as fh:
            data = np.load(fh)
            if str(data[f"{tag}.key"]) != key:
                return None
            return np.array(data[f"{tag}.w"], dtype=np.float64), float(data[f"{tag}.b"])
    except (OSError, KeyError, ValueError):
        return None


def save_weights(
    entries: dict[str, tuple[str, np.ndarray, float]], name: str = WEIGHTS, half: bool = False
) -> Path:
    """Write ``{tag: (key, weights, bias)}`` as the shipped file ``name`` (replacing it); with
    ``half``, the weights in half precision (fitted so: ``kind_attr_model``)."""
    arrays: dict[str, np.ndarray] = {}
    for tag, (key, w, b) in entries.items():
        arrays[f"{tag}.key"] = np.array(key)
        arrays[f"{tag}.w"] = np.asarray(w, dtype=np.float16 if half else np.float64)
        arrays[f"{tag}.b"] = np.array(b, dtype=np.float64)
    path = Path(str(resources.files("forum_messages") / name))
    with path.open("wb") as fh:
        np.savez(fh, **arrays)  # type: ignore[arg-type]
    return path


def load_bank(tag: str, key: str) -> tuple[np.ndarray, np.ndarray] | None:
    """The shipped neighbour bank (unit rows, labels) for embedder ``tag``, if embedded under
    exactly ``key``."""
    path = resources.files("forum_messages") / BANK
    try:
        with path.open("rb") as fh:
            data = np.load(fh)
            if str(data[f"{tag}.key"]) != key:
                return None
            from forum_messages.synth.kind_model import bank_rows

            return bank_rows(data[f"{tag}.x"]), np.asarray(data[f"{tag}.y"], dtype=bool)
    except (OSError, KeyError, ValueError):
        return None


def save_bank(entries: dict[str, tuple[str, np.ndarray, np.ndarray]]) -> Path:
    """Write ``{tag: (key, embeddings, labels)}`` as the shipped bank (half precision, not
    compressed: it hardly compresses, and reading it back is 15 times faster)."""
    arrays: dict[str, np.ndarray] = {}
    for tag, (key, x, y) in entries.items():
        arrays[f"{tag}.key"] = np.array(key)
        arrays[f"{tag}.x"] = np.asarray(x).astype(np.float16)
        arrays[f"{tag}.y"] = np.asarray(y, dtype=bool)
    path = Path(str(resources.files("forum_messages") / BANK))
    with path.open("wb") as fh:
        np.savez(fh, **arrays)  # type: ignore[arg-type]
    return path


def load_frame_weights(key: str) -> tuple[np.ndarray, float] | None:
    """The frame model's shipped (weights, bias), if fitted under exactly ``key``."""
    path = resources.files("forum_messages") / FRAME_WEIGHTS
    try:
        with path.open("rb") as fh:
            data = np.load(fh)
            if str(data["key"]) != key:
                return None
            return np.array(data["w"], dtype=np.float64), float(data["b"])
    except (OSError, KeyError, ValueError):
        return None


def frame_weights_key() -> str | None:
    """The key the shipped frame weights were fitted under (None without the file)."""
    path = resources.files("forum_messages") / FRAME_WEIGHTS
    try:
        with path.open("rb") as fh:
            return str(np.load(fh)["key"])
    except (OSError, KeyError, ValueError):
        return None


def save_frame_weights(key: str, w: np.ndarray, b: float) -> Path:
    """Write the frame model's weights (half precision) and bias under ``key``."""
    path = Path(str(resources.files("forum_messages") / FRAME_WEIGHTS))
    with path.open("wb") as fh:
        np.savez(
            fh,
            key=np.array(key),
            w=np.asarray(w).astype(np.float16),
            b=np.array(float(np.float16(b)), dtype=np.float64),
        )
    return path


def regenerate() -> Path:
    """Fit the model for the shipped embedders (USE and the hash test embedder) and save."""
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.kind_model import bank_key, neighbour_material
    from forum_messages.synth.kinds import DescriptiveModel

    model = DescriptiveModel()
    entries: dict[str, tuple[str, np.ndarray, float]] = {}
    banks: dict[str, tuple[str, np.ndarray, np.ndarray]] = {}
    wide = model.widened()  # the regression fitted on every readable set
    for embedder in (USEEmbedder(), HashEmbedder()):
        for one in (model, wide):
            w, b = one.fit_now(embedder)
            entries[one.tag(embedder)] = (one.key_text(embedder), w, b)
    # the multilingual encoder's bank only: the hash embedder's is embedded in a moment
    use = USEEmbedder()
    banks[use.name] = (bank_key(use), *neighbour_material(use))
    save_bank(banks)
    return save_weights(entries)


if __name__ == "__main__":
    print(regenerate())
