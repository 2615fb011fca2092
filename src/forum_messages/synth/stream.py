"""Language, statement kinds and vectors in one pass over the statements.

The encoder needs each statement's point (its text with the reporting frame removed, from its
kind), and works out its vectors on worker threads that let go of the interpreter. Here the
statements are read a few at a time (language, kind, point) and each point is handed to the
encoder as soon as it is made: the worker threads encode the first statements while this
thread reads the next ones, instead of waiting for all of them to be read. The vectors are
the same to the bit as those of ``embed_all`` over the whole list: a point read before is not
encoded again (its first copy's vector is given to it, as ``embed_all`` does), and the encoder
cuts the distinct points into the same chunks of ``chunk`` texts and each chunk into the same
micro-batches.

Only on the local engine and with an encoder that takes its texts as they come
(``embed_stream``); otherwise the pipeline reads all statements first, then embeds them.

With an encoder that also takes its texts tokenized elsewhere (``token_ids``,
``embed_ids``), on a machine with cores to spare (``forked.can_fork``) and for editions of
``IN_A_CHILD`` statements, the encoder works in a forked copy of this process
(``_EncoderChild``): this thread sends it each point's token ids through a pipe as it makes
them, and the child sends the vectors back once done. Reading the statements is plain Python,
and the encoder's threads need the interpreter's lock for a moment between any two numpy
operations: in one process the two take turns on that lock, and an encoder beside a busy
thread lost about 1.2 s for 0.8 s of the thread's work, against 0.6 s beside a busy
process. The child's vectors are the same to the bit (the same ids in the same
micro-batches); a child that fails or does not answer in time is made up for here.
"""

from __future__ import annotations

import os
import pickle
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from forum_messages.engine import Engine
from forum_messages.engine.tasks import detect_part
from forum_messages.model import Statement
from forum_messages.nlp import forked
from forum_messages.nlp.base import Embedder, LanguageDetector, Vectors
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth.kinds import Kind

#: Statements read before the first hand-over to the encoder: about one micro-batch, so that
#: the encoder's threads start while the next statements are read (and most of the statement
#: kinds' cue patterns compiled, on each language's first statement).
FIRST = 12
#: Statements read between two hand-overs to the encoder.
STEP = 64
#: How many statements an edition has for its encoder to work in a forked child: enough to be
#: worth a fork, few enough for the vectors to be sent back through a pipe (6 MB at 3,000).
IN_A_CHILD = (500, 50_000)


def parts(total: int) -> Iterator[tuple[int, int]]:
    """Where each run of statements read between two hand-overs starts and ends: ``FIRST``
    statements, then ``STEP`` at a time."""
    start, size = 0, min(FIRST, STEP)
    while start < total:
        end = min(total, start + size)
        yield start, end
        start, size = end, STEP


def point(kind: Kind, statement: Statement) -> str:
    """What a statement says, as embedded: its point, reporting frame ("Participants agreed
    that") removed; a description of the session keeps its whole text (list numbering off).
    A point that is the whole text is the statement's own string, not a copy of it."""
    said = kind.point if kind.kind != "descriptive" else strip_numbering(statement.text)
    return statement.text if said == statement.text else said


def can_stream(embedder: Embedder, engine: Engine) -> bool:
    return engine.name == "local" and callable(getattr(embedder, "embed_stream", None))


class _EncoderChild:
    """The encoder at work in a forked child (``forked.Child``) on the token ids sent to it
    (``send``), which sends back the vectors of all of them once the ids are all sent
    (``finish``). A child that has gone, or that takes no ids for ``forked.GRACE_SECONDS``
    (it hangs), is given up (``abandon``): nothing more is sent and ``finish`` has no
    vectors."""

    def __init__(self, embedder: Any, chunk: int) -> None:
        self._child: forked.Child[Vectors] | None = None
        self._open = False
        try:
            read, write = os.pipe()
        except OSError:  # no pipe to be had: no child
            return
        self._write = write

        def encode() -> Vectors:
            os.close(write)  # this end is the parent's: the child sees the end of the ids

            def ids() -> Iterator[list[int]]:
                with os.fdopen(read, "rb") as pipe:
                    while head := pipe.read(8):
                        yield from pickle.loads(pipe.read(int.from_bytes(head, "little")))

            vectors: Vectors = embedder.embed_ids(ids(), chunk)
            return vectors

        # neither process forks another meanwhile; the encoder's own threads are the child's
        # work (this process only reads and tokenizes), so BLAS keeps its threads
        self._child = forked.Child(encode, one_blas=False)
        os.close(read)
        self._open = self._child.running
        if self._open:
            os.set_blocking(write, False)  # a child that stops taking ids is not waited for
        else:
            os.close(write)

    @property
    def running(self) -> bool:
        return self._child is not None and self._child.running

    def send(self, ids: list[list[int]]) -> None:
        """The token ids of the next texts (nothing when the child has gone)."""
        if not self._open:
            return
        data = pickle.dumps(ids)
        patience = forked.GRACE_SECONDS
        try:
            sent = forked._write_until(
                self._write, len(data).to_bytes(8, "little"), patience
            ) and forked._write_until(self._write, data, patience)
        except OSError:  # the child has gone
            sent = False
        if not sent:  # its vectors are made here instead
            self.abandon()

    def _close(self) -> None:
        if self._open:
            os.close(self._write)
            self._open = False

    def abandon(self) -> None:
        """The child given up: killed and reaped, both pipes closed."""
        self._close()
        if self._child is not None:
            self._child.abandon()

    def finish(self) -> Vectors | None:
        """The vectors of every text sent, or None when the child failed or was given up."""
        self._close()
        if self._child is None:
            return None
        ok, got = self._child.collect()
        return got if ok and isinstance(got, np.ndarray) else None


def _encoder_child(embedder: Any, total: int, chunk: int) -> _EncoderChild | None:
    """The encoder in a forked child, when it can work there (see the module's notes)."""
    low, high = IN_A_CHILD
    if not low <= total <= high or not callable(getattr(embedder, "embed_ids", None)):
        return None
    if not forked.can_fork(forked.MIN_WEIGHT, 2):
        return None
    child = _EncoderChild(embedder, chunk)
    return child if child.running else None


def read_and_embed(
    statements: Sequence[Statement],
    detector: LanguageDetector,
    embedder: Any,
    progress: Callable[[str, int, int], None],
    chunk: int,
    meanwhile: Callable[[], None] | None = None,
) -> tuple[list[str], list[float], list[Kind], list[str], Vectors]:
    """Language, its confidence, kind and point of each statement, and the points' vectors
    (``embedder.embed_stream`` in chunks of ``chunk`` texts). ``meanwhile`` is called once
    every statement is read, while the encoder's threads work on the last ones (this thread
    would only wait for them)."""
    langs: list[str] = []
    confs: list[float] = []
    kinds: list[Kind] = []
    texts: list[str] = []
    total = len(statements)
    # a point that was read before is not encoded again: each point's number among the
    # distinct ones, and the row of each distinct point (as ``embed_all`` does)
    seen: dict[str, int] = {}
    of_row = array("q")
    firsts = array("q")
    read_all: list[Callable[[], None]] = []  # called once every statement is read
    # the first row of each text read, by declared language (let go once all are read)
    firsts_read: dict[str | None, dict[str, int]] = {}
    read_all.append(firsts_read.clear)

    def points() -> Iterator[str]:
        """The distinct points, in the order first read."""
        for start, end in parts(total):
            part = statements[start:end]
            # a statement whose text and declaration were read before is given its first
            # copy's language, confidence and kind (they depend on those alone); the others
            # are read together
            row = len(langs)
            first_rows = [
                firsts_read.setdefault(st.language, {}).setdefault(st.text, i)
                for i, st in enumerate(part, row)
            ]
            new = [
                st for i, (f, st) in enumerate(zip(first_rows, part, strict=True), row) if f == i
            ]
            got_langs, got_confs, got_kinds = detect_part(
                detector, [st.text for st in new], [st.language for st in new], True
            )
            taken = 0
            for i, first in enumerate(first_rows, row):
                if first == i:
                    langs.append(got_langs[taken])
                    confs.append(got_confs[taken])
                    kinds.append(got_kinds[taken])
                    taken += 1
                else:
                    langs.append(langs[first])
                    confs.append(confs[first])
                    kinds.append(kinds[first])
            progress("language", len(langs), total)
            for kind, st in zip(kinds[row:], part, strict=True):
                said = point(kind, st)
                texts.append(said)
                k = seen.setdefault(said, len(firsts))
                of_row.append(k)
                if k == len(firsts):
                    firsts.append(len(texts) - 1)
                    yield said
        for hook in (*read_all, meanwhile):
            if hook is not None:
                hook()

    def read(n: int) -> int:
        """The statements read when the ``n``-th distinct point was handed over."""
        return firsts[n] if n < len(firsts) else len(texts)

    progress("language", 0, total)
    progress("embed", 0, total)
    child = _encoder_child(embedder, total, chunk)
    if child is None:
        x: Vectors = embedder.embed_stream(
            points(), chunk, lambda n: progress("embed", read(n), total)
        )
        return langs, confs, kinds, texts, _spread(x, of_row, len(firsts))
    made: Vectors | None = None
    try:
        batch: list[list[int]] = []
        size = min(FIRST, STEP)  # the first ones soon, for the child's first micro-batch
        shown = 0  # texts shown as handed to the encoder, a chunk at a time as without a child
        to_child = child

        def last() -> None:  # the last ones, before ``meanwhile``
            if batch:
                to_child.send(batch)
                batch.clear()
            progress("embed", total, total)

        read_all.append(last)
        for sent, text in enumerate(points(), 1):  # ``meanwhile``: once all are read and sent
            batch.append(embedder.token_ids(text))
            if len(batch) == size:
                child.send(batch)
                batch, size = [], STEP
                if sent - shown >= chunk:
                    shown = sent
                    progress("embed", read(shown), total)
    except BaseException:  # an error (a statement's, an interruption): no vectors wanted
        child.abandon()
        raise
    made = child.finish()
    if made is None:  # the child failed: the vectors are made here
        made = embedder.embed_stream([texts[i] for i in firsts], chunk)
    progress("embed", total, total)
    return langs, confs, kinds, texts, _spread(made, of_row, len(firsts))


def _spread(x: Vectors, of_row: array[int], distinct: int) -> Vectors:
    """Each statement's vector from those of the distinct points (``x`` itself when no point
    was read twice)."""
    if distinct == len(of_row):
        return x
    return x[np.frombuffer(of_row, dtype=np.int64)] if len(of_row) else x
