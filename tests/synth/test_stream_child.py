"""The statements' encoder in a forked child (``stream._EncoderChild``): a child that hangs
while the token ids are sent, dies, or is given up because this process fails, leaves no
process and no open pipe behind, and the vectors are made here, the same to the bit."""

from __future__ import annotations

import os
import threading
from functools import cache
from typing import Any

import numpy as np
import pytest

from conftest import NothingLeft
from forum_messages.cli import sample_paths
from forum_messages.config import resolve_settings
from forum_messages.edition import load_edition
from forum_messages.ingest import load_reports
from forum_messages.model import Statement
from forum_messages.nlp import forked
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import stream


@cache
def statements() -> list[Statement]:
    edition = load_edition("igf2025")
    resolve_settings({}, edition.settings)
    return list(load_reports([str(p) for p in sample_paths()], edition).statements[:120])


def quiet(stage: str, done: int, total: int) -> None:
    return None


@pytest.fixture
def in_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    monkeypatch.setattr(stream, "STEP", 32)
    monkeypatch.setattr(stream, "IN_A_CHILD", (1, 10**6))


def in_the_child(monkeypatch: pytest.MonkeyPatch, then: Any) -> None:
    """The encoder's ``embed_ids`` calls ``then(ids)`` first, in a forked child only."""
    parent = os.getpid()
    embed_ids = USEEmbedder.embed_ids

    def patched(self: USEEmbedder, ids: Any, chunk: int) -> Any:
        if os.getpid() != parent:
            then(iter(ids))
        return embed_ids(self, ids, chunk)

    monkeypatch.setattr(USEEmbedder, "embed_ids", patched)


def stuck(ids: Any) -> None:
    threading.Event().wait()  # takes no ids, and never answers


def dies_after_one(ids: Any) -> None:
    next(ids)
    os._exit(0)


def test_a_child_that_takes_no_ids_is_given_up_while_they_are_sent(
    use_embedder: USEEmbedder, monkeypatch: pytest.MonkeyPatch, nothing_left: NothingLeft
) -> None:
    """More ids than the pipe holds, to a child that reads none: a send does not wait for it
    for good (``GRACE_SECONDS`` without a byte taken), and there are no vectors from it."""
    monkeypatch.setattr(forked, "GRACE_SECONDS", 0.3)
    in_the_child(monkeypatch, stuck)
    with nothing_left(seconds=30) as pids:
        child = stream._EncoderChild(use_embedder, 50)
        assert child.running
        for k in range(100):  # 100 x 64 texts of 40 ids: about 1 MB pickled
            child.send([list(range(1000 + k + j, 1040 + k + j)) for j in range(64)])
        assert not child.running  # given up
        assert child.finish() is None
    assert len(pids) == 1


@pytest.mark.parametrize("then", [stuck, dies_after_one], ids=["hangs", "dies"])
def test_vectors_of_a_child_that_hangs_or_dies_are_made_here(
    use_embedder: USEEmbedder,
    monkeypatch: pytest.MonkeyPatch,
    nothing_left: NothingLeft,
    in_a_child: None,
    then: Any,
) -> None:
    detector = UNLanguageDetector()
    monkeypatch.setattr(stream, "IN_A_CHILD", (10**6, 10**7))  # not in a child
    want = stream.read_and_embed(statements(), detector, use_embedder, quiet, 50)
    monkeypatch.setattr(stream, "IN_A_CHILD", (1, 10**6))
    monkeypatch.setattr(forked, "GRACE_SECONDS", 0.5)
    in_the_child(monkeypatch, then)
    with nothing_left(seconds=60) as pids:
        got = stream.read_and_embed(statements(), detector, use_embedder, quiet, 50)
    assert len(pids) == 1
    assert got[:4] == want[:4]
    assert got[4].dtype == want[4].dtype and np.array_equal(got[4], want[4])


def test_an_error_while_reading_gives_the_child_up_at_once(
    use_embedder: USEEmbedder,
    monkeypatch: pytest.MonkeyPatch,
    nothing_left: NothingLeft,
    in_a_child: None,
) -> None:
    """A statement that fails to be read (or an interruption) half way: the error comes out
    at once, the child killed, not waited for (it would never answer here)."""
    monkeypatch.setattr(forked, "GRACE_SECONDS", 3600.0)
    in_the_child(monkeypatch, stuck)

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "language" and done >= 44:
            raise KeyboardInterrupt

    with nothing_left(seconds=30) as pids, pytest.raises(KeyboardInterrupt):
        stream.read_and_embed(statements(), UNLanguageDetector(), use_embedder, progress, 50)
    assert len(pids) == 1
