"""The statements read: each one's language (detected, unless the declaration is surer), its
kind (descriptions and procedural notes told apart, reporting frames removed: its point) and
its point's vector, in partitions of the engine or, on the local engine with an encoder that
takes its texts as they come, in one pass (``synth/stream.py``)."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

from forum_messages.engine import Engine, LocalEngine, chunks, tapered
from forum_messages.engine import texts as spill
from forum_messages.engine.tasks import detect_part, embed_part
from forum_messages.engine.texts import distinct, text_column
from forum_messages.engine.vectors import release, spread_rows, vector_array
from forum_messages.model import Statement
from forum_messages.nlp.base import Embedder, LanguageDetector, Vectors
from forum_messages.synth.components import Components
from forum_messages.synth.kinds import Kind
from forum_messages.synth.sidebyside import before_vectors
from forum_messages.synth.stream import can_stream, point, read_and_embed

Progress = Callable[[str, int, int], None]
"""Called as progress(stage, done, total) while the pipeline works."""

EMBED_CHUNK = 1024  # texts per call of the encoder: the same batches on every engine
EMBED_CHUNKS_PER_PART = 4  # batches per task on a distributed engine
LANGUAGE_CHUNK = 4096  # distinct statements (text, declaration) per language-detection task


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def _bare(kinds: list[Kind]) -> list[Kind]:
    """The statements' kinds without their points (which ``texts`` holds): one record for
    each kind and attribution, shared by every statement that has them."""
    shared: dict[tuple[str, bool], Kind] = {}
    return [
        shared.setdefault((k.kind, k.attribution), Kind(k.kind, "", k.attribution)) for k in kinds
    ]


def detect_languages(
    statements: Sequence[Statement],
    detector: LanguageDetector,
    progress: Progress,
    engine: Engine | None = None,
) -> tuple[list[str], list[float]]:
    """Language of each statement: detected, unless the declaration is surer."""
    langs, confs, _kinds = read_statements(statements, detector, progress, engine, kinds=False)
    return langs, confs


def read_statements(
    statements: Sequence[Statement],
    detector: LanguageDetector,
    progress: Progress,
    engine: Engine | None = None,
    kinds: bool = True,
) -> tuple[list[str], list[float], list[Kind]]:
    """Language, its confidence and (with ``kinds``) the kind of each statement, worked out
    by ``engine`` over partitions of ``LANGUAGE_CHUNK`` statements.

    They depend on a statement's text and declared language alone (``engine/tasks.py``'s
    ``detect_part``): a statement whose text and declaration came before is not read again,
    it is given its first copy's language, confidence and kind. The distinct ones, in the
    order first met, make the partitions on every engine."""
    engine = engine or LocalEngine()
    total = len(statements)
    once = Firsts()
    for a, b in chunks(total, LANGUAGE_CHUNK):
        for st in statements[a:b]:  # a table makes its records once a part
            once.add(st.text, st.language)
    of_row = once.close()
    # the statements a distinct one's reading stands for, counted as they are read
    covered = np.cumsum(np.bincount(of_row, minlength=len(once))) if total else None
    shipped = engine.ship(detector)

    def parts() -> Iterator[tuple[Any, list[str], list[str | None], bool]]:
        for texts, declared in once.take(LANGUAGE_CHUNK):  # each sent, then let go
            yield shipped, texts, declared, kinds

    langs: list[str] = []
    confs: list[float] = []
    found: list[Kind] = []
    progress("language", 0, total)
    for part_langs, part_confs, part_kinds in engine.map(detect_part, parts()):
        langs += part_langs
        confs += part_confs
        found += part_kinds
        assert covered is not None
        progress("language", int(covered[len(langs) - 1]), total)
    if len(langs) == total:  # no copies
        return langs, confs, found
    rows = of_row.tolist()
    return (
        [langs[k] for k in rows],
        [confs[k] for k in rows],
        [found[k] for k in rows] if kinds else [],
    )


class Firsts:
    """The distinct (text, declared language) pairs of the statements added, in the order
    first met, and each statement's number among them (texts compared whole, as strings)."""

    def __init__(self) -> None:
        self._seen: dict[str | None, dict[str, int]] = {}  # by declaration, then text
        self._texts: list[str] = []
        self._declared: list[str | None] = []
        self._of_row = array("q")

    def __len__(self) -> int:
        return len(self._texts)

    def add(self, text: str, declared: str | None) -> None:
        by_text = self._seen.setdefault(declared, {})
        k = by_text.setdefault(text, len(self._texts))
        if k == len(self._texts):
            self._texts.append(text)
            self._declared.append(declared)
        self._of_row.append(k)

    def close(self) -> np.ndarray:
        """Each statement's number among the distinct ones (no more are added)."""
        self._seen.clear()
        return np.frombuffer(self._of_row, dtype=np.int64)

    def take(self, size: int) -> Iterator[tuple[list[str], list[str | None]]]:
        """The distinct texts and declarations, ``size`` at a time, each run let go of as it
        is taken."""
        for a, b in chunks(len(self._texts), size):
            texts, declared = self._texts[a:b], self._declared[a:b]
            self._texts[a:b] = [""] * (b - a)
            yield texts, declared


def embed_all(
    texts: Sequence[str], embedder: Embedder, progress: Progress, engine: Engine | None = None
) -> Vectors:
    """Vectors of ``texts``, in batches of ``EMBED_CHUNK`` on every engine.

    A text that is there more than once is embedded once, at its first row, and its vector
    given to every row that holds it (``engine/texts.py``'s ``distinct``): the distinct texts
    are embedded in order, in the same batches on every engine and in ``synth/stream.py``,
    so the vectors are the same whichever engine made them."""
    total = len(texts)
    found = distinct(texts) if total > 1 else None
    if found is None:
        return embed_each(texts, embedder, progress, engine)
    firsts, of_row = found
    # the statements a distinct text's vector stands for, counted as the texts are embedded
    covered = np.cumsum(np.bincount(of_row, minlength=len(firsts)))

    def moved(stage: str, done: int, _total: int) -> None:
        progress(stage, int(covered[done - 1]) if done else 0, total)

    # the distinct texts: a column of their own (in a temporary file when many)
    once = spill.text_column((texts[int(i)] for i in firsts), len(firsts))
    return spread_rows(embed_each(once, embedder, moved, engine), of_row)


def embed_each(
    texts: Sequence[str], embedder: Embedder, progress: Progress, engine: Engine | None = None
) -> Vectors:
    """Vectors of ``texts`` (each embedded, copies too), in batches of ``EMBED_CHUNK``."""
    engine = engine or LocalEngine()
    total = len(texts)
    if not total:
        progress("embed", 0, 0)
        return np.zeros((0, 1), dtype=np.float32)
    shipped = engine.ship(embedder)
    per_part = EMBED_CHUNKS_PER_PART if engine.name != "local" else 1
    workers = getattr(engine, "workers", 1)
    parts = (
        (shipped, texts[a:b], EMBED_CHUNK)
        for a, b in tapered(total, EMBED_CHUNK, per_part, workers)
    )
    out: Vectors | None = None
    done = 0
    progress("embed", 0, total)
    for part in engine.map(embed_part, parts):
        if out is None:  # filled in place: no list of chunks and no copy of the whole
            out = vector_array(total, part.shape[1])  # from a file when there are many
        out[done : done + len(part)] = part
        done += len(part)
        release(out)
        progress("embed", done, total)
    assert out is not None
    return out


def read_and_embed_all(
    statements: Sequence[Statement],
    c: Components,
    progress: Progress,
    out_lang: str,
) -> tuple[list[str], array[float], list[Kind], Sequence[str], Vectors]:
    """Language, its confidence, kind (without its point) and point of each statement, and
    the points' vectors: read while the first points are encoded when the engine and encoder
    allow it (what the later stages load is loaded once every statement is read), otherwise
    read, then embedded."""
    assert c.grouper and c.tagger
    n = len(statements)
    texts: Sequence[str]
    if can_stream(c.embedder, c.engine):  # statements read while the first are encoded
        langs, lang_conf, kinds, texts, x = read_and_embed(
            statements,
            c.detector,
            c.embedder,
            progress,
            EMBED_CHUNK,
            lambda: before_vectors(c.tagger, c.labeller, c.grouper, out_lang),
        )
    else:
        langs, lang_conf, kinds = read_statements(statements, c.detector, progress, c.engine)
        # the point of each statement, reporting frames ("Participants agreed that") removed
        # (in a temporary file when there are many: engine/texts.py)
        texts = text_column((point(k, st) for k, st in zip(kinds, statements, strict=True)), n)
        kinds = _bare(kinds)  # their points are in ``texts``
        x = embed_all(texts, c.embedder, progress, c.engine)
    texts = text_column(texts, n)  # made as a list while streamed
    kinds = _bare(kinds)
    confidences = array("d", lang_conf)  # a float a statement, not an object
    del lang_conf
    if n == 0:
        x = np.zeros((0, 512), dtype=np.float32)
    return langs, confidences, kinds, texts, x
