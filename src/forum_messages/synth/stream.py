"""Language, statement kinds and vectors in one pass over the statements.

The encoder needs each statement's point (its text with the reporting frame removed, from its
kind), and works out its vectors on worker threads that let go of the interpreter. Here the
statements are read a few at a time (language, kind, point) and each point is handed to the
encoder as soon as it is made: the worker threads encode the first statements while this
thread reads the next ones, instead of waiting for all of them to be read. The vectors are
the same to the bit as those of ``embed_all`` over the whole list: the encoder cuts its input
into the same chunks of ``chunk`` texts and each chunk into the same micro-batches.

Only on the local engine and with an encoder that takes its texts as they come
(``embed_stream``); otherwise the pipeline reads all statements first, then embeds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from forum_messages.engine import Engine
from forum_messages.engine.tasks import detect_part
from forum_messages.model import Statement
from forum_messages.nlp.base import Embedder, LanguageDetector, Vectors
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth.kinds import Kind

#: Statements read before the first hand-over to the encoder: about one micro-batch, so that
#: the encoder's threads start while the next statements are read (and most of the statement
#: kinds' cue patterns compiled, on each language's first statement).
FIRST = 12
#: Statements read between two hand-overs to the encoder.
STEP = 64


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

    def points() -> Iterator[str]:
        for start, end in parts(total):
            part = statements[start:end]
            got_langs, got_confs, got_kinds = detect_part(
                detector, [st.text for st in part], [st.language for st in part], True
            )
            langs.extend(got_langs)
            confs.extend(got_confs)
            kinds.extend(got_kinds)
            progress("language", len(langs), total)
            for kind, st in zip(got_kinds, part, strict=True):
                texts.append(point(kind, st))
                yield texts[-1]
        if meanwhile is not None:
            meanwhile()

    progress("language", 0, total)
    progress("embed", 0, total)
    x: Vectors = embedder.embed_stream(points(), chunk, lambda n: progress("embed", n, total))
    return langs, confs, kinds, texts, x
