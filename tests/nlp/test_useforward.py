"""The first layer once per token id of a call: the package's vectors, bit for bit."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from forum_messages.nlp import useforward
from forum_messages.nlp.use import USEEmbedder
from forum_messages.nlp.useforward import FirstLayer, rows_stand_alone

from .test_usetokens import real_texts


def _encoder(use_embedder: Any, threads: int) -> USEEmbedder:
    enc = USEEmbedder(threads=threads)
    enc.__dict__["_model"] = use_embedder._model  # the loaded weights, not a new load
    return enc


def _texts() -> list[str]:
    real = [t for t in real_texts() if t.strip()]
    # one- and two-token texts (a micro-batch of their own at the end), repeats, a long text
    return [*real[:260], "", "x", *real[:30], " ".join(real[:60]), "", "中", ""]


def _package(use_embedder: Any, texts: list[str], chunk: int) -> np.ndarray:
    model = use_embedder._model
    return np.concatenate([model.encode(texts[i : i + chunk]) for i in range(0, len(texts), chunk)])


@pytest.mark.slow
def test_shared_first_layer_gives_the_packages_vectors(use_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Where the BLAS library sums a row alike in any product (checked at load), the table
    gives the package's own vectors, on one thread or three, in one chunk or several, and
    with the table's rows spread over many blocks."""
    model = use_embedder._model
    assert model.first_layer_shared == rows_stand_alone(model._model)
    if not model.first_layer_shared:
        pytest.skip("this BLAS library sums a row differently in products of other sizes")
    texts = _texts()
    calls = 0
    made = FirstLayer.rows

    full = 0

    def counting(self: FirstLayer, plan: Any, emb: Any) -> Any:
        nonlocal calls, full
        calls += plan.fresh is not None
        full += plan.fresh is None and self._used > 0
        return made(self, plan, emb)

    monkeypatch.setattr(FirstLayer, "rows", counting)
    for block, most in ((useforward.BLOCK, useforward.MAX_ROWS), (64, 600)):
        # with 600 rows at most, the table fills up and later micro-batches make their own
        monkeypatch.setattr(useforward, "BLOCK", block)
        monkeypatch.setattr(useforward, "MAX_ROWS", most)
        for chunk in (len(texts), 97):
            ref = _package(use_embedder, texts, chunk)
            for threads in (1, 3):
                assert np.array_equal(_encoder(use_embedder, threads)._encode(texts, chunk), ref)
    assert calls > 0  # the table was used
    assert full > 0  # and filled up


@pytest.mark.slow
def test_without_the_table_the_same_vectors(use_embedder) -> None:  # type: ignore[no-untyped-def]
    """The first layer per micro-batch (where the check fails) is the package's too."""
    texts = _texts()[:120]
    enc = _encoder(use_embedder, 2)
    layer = FirstLayer(use_embedder._model._model, shared=False)
    plan = layer.plan([[1, 5, 2]], 3)
    assert plan.fresh is None and plan.slots is None
    model = use_embedder._model
    before = model.first_layer_shared
    try:
        model.first_layer_shared = False
        assert np.array_equal(enc._encode(texts, len(texts)), model.encode(texts))
    finally:
        model.first_layer_shared = before


@pytest.mark.slow
def test_the_check_sees_a_row_summed_otherwise(use_embedder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A first layer whose rows depend on the number of rows multiplied together (as at
    the end of a panel in some BLAS kernels) turns the table off."""
    backend = use_embedder._model._model
    assert rows_stand_alone(backend) == use_embedder._model.first_layer_shared
    real = useforward._first_layer

    def panel_dependent(b: Any, emb: np.ndarray) -> np.ndarray:
        x = real(b, emb)
        if len(emb) % 16 == 1:  # the last row of an odd panel, summed in another order
            x[-1] = np.nextafter(x[-1], np.float32(np.inf))
        return x

    monkeypatch.setattr(useforward, "_first_layer", panel_dependent)
    assert not rows_stand_alone(backend)


def test_plans_are_made_in_order_of_the_micro_batches() -> None:
    """Each id's rows are made by the first micro-batch that holds it; later ones wait for
    exactly the micro-batches whose rows they take; one- and two-token batches make their
    own first layer."""

    class Backend:
        table = np.zeros((50, 4), dtype=np.uint8)
        proj_W = np.zeros((4, 6), dtype=np.float32)
        w1 = [np.zeros((2, 2), dtype=np.float32)] * 3

    layer = FirstLayer(Backend(), shared=True)
    first = layer.plan([[1, 7, 2], [1, 3, 2]], 6)
    second = layer.plan([[1, 9, 2]], 3)
    tiny = layer.plan([[1, 2]], 2)
    third = layer.plan([[1, 9, 4, 2], [1, 3, 2]], 7)
    assert first.fresh is not None and first.fresh.tolist() == [1, 2, 3, 7]
    assert first.after == [] and first.slots is not None
    assert first.slots.tolist() == [0, 3, 1, 0, 2, 1]
    assert second.fresh is not None and second.fresh.tolist() == [9] and second.after == [0]
    assert tiny.fresh is None and tiny.flat.tolist() == [1, 2]
    assert third.fresh is not None and third.fresh.tolist() == [4] and third.after == [0, 1]
    assert [p.index for p in (first, second, tiny, third)] == [0, 1, 2, 3]


@pytest.mark.slow
def test_a_failing_micro_batch_fails_the_call_without_leaving_the_others_waiting(
    use_embedder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The micro-batches after a failed one would wait for its rows: they go on, and the
    call raises the error."""
    import threading

    texts = _texts()[:150]
    real = useforward._dequantised
    calls = 0

    def failing(backend: Any, ids: np.ndarray, out: np.ndarray) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:  # the first micro-batch's tokens, before its first layer is made
            raise MemoryError("no room")
        real(backend, ids, out)

    monkeypatch.setattr(useforward, "_dequantised", failing)
    raised: list[BaseException] = []

    def run() -> None:
        try:
            _encoder(use_embedder, 2)._encode(texts, len(texts))
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(120)
    assert not worker.is_alive()
    assert len(raised) == 1 and isinstance(raised[0], MemoryError)
