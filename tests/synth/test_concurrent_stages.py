"""The stages run side by side (the fronts of half the themes in a forked child while this
process makes the others'; without that, a theme's message texts in a forked child while its
sub-topics are titled here) give the same bytes as the same stages run one after another."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

import numpy as np
import pytest

from conftest import NothingLeft
from forum_messages.cli import sample_paths
from forum_messages.config import resolve_settings
from forum_messages.edition import load_edition
from forum_messages.export import render_bytes
from forum_messages.ingest import load_reports
from forum_messages.model import Corpus, Edition
from forum_messages.nlp import forked
from forum_messages.nlp.base import HashEmbedder, MemoEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import pipeline, reading, sidebyside, stream, theme_run, topics
from forum_messages.synth.settings import Settings

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


@cache
def sample() -> tuple[Corpus, Edition, Settings]:
    edition = load_edition("igf2025")
    full = load_reports([str(p) for p in sample_paths()], edition)
    # half the sample: every theme still has messages and sub-topics to title
    corpus = Corpus(sessions=full.sessions, statements=full.statements[::2])
    return corpus, edition, resolve_settings({}, edition.settings)


class Recorded(forked.Background[sidebyside.Made]):
    made: ClassVar[list[bool]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        Recorded.made.append(self.forked)


def outputs(
    monkeypatch: pytest.MonkeyPatch, concurrent: bool, memo: bool = False, fronts: bool = True
) -> tuple[list[bool], int, bytes]:
    """Whether each piece of background work (the description model's scores, then each
    theme's texts) was made in a child of its own, how many children were forked, and the
    sample's draft (md, html and json), with every fork allowed (even for small inputs) or
    none; ``fronts`` false: no theme fronts made side by side."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    monkeypatch.setattr(theme_run, "Background", Recorded)
    monkeypatch.setattr(sidebyside, "Background", Recorded)
    if not fronts:
        monkeypatch.setattr(pipeline, "theme_fronts", lambda *args: None)
    spawned: list[int] = []
    spawn = forked._spawn

    def counted(make: Callable[[], object]) -> tuple[int, int] | None:
        spawned.append(1)
        return spawn(make)

    monkeypatch.setattr(forked, "_spawn", counted)
    if concurrent:
        monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    else:
        monkeypatch.setenv("FORUM_MESSAGES_THREADS", "1")
    Recorded.made.clear()
    corpus, edition, settings = sample()
    embedder = HashEmbedder()
    components = pipeline.Components(
        embedder=MemoEmbedder(embedder) if memo else embedder, detector=UNLanguageDetector()
    )
    draft = pipeline.run_pipeline(corpus, edition, settings, components=components)
    rendered = b"".join(render_bytes(draft, fmt) for fmt in ("md", "html", "json"))
    return list(Recorded.made), len(spawned), rendered


@needs_fork
@pytest.mark.parametrize("levels", [False, True])
def test_theme_fronts_made_in_a_child_give_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch, levels: bool
) -> None:
    if levels:  # topics above the sub-topics, titled level by level
        monkeypatch.setattr(topics, "SUBTOPIC_MESSAGES", 2)
    texts_on, children_on, on = outputs(monkeypatch, concurrent=True)
    texts_off, children_off, off = outputs(monkeypatch, concurrent=False)
    # a child for the description model's scores (its weights for the fake embedder are
    # shipped too), one for the fronts of half the themes, which forks none of its own, nor
    # does this process meanwhile (the texts are made where the front is)
    assert children_on == 2 and texts_on[0] and texts_on[1:] and not any(texts_on[1:])
    assert children_off == 0 and texts_off and not any(texts_off)
    assert on == off
    assert (b"-t1.1" in on) == levels  # a second level of topics when asked for


@needs_fork
def test_message_texts_made_in_a_child_give_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts_on, children_on, on = outputs(monkeypatch, concurrent=True, fronts=False)
    _, _, off = outputs(monkeypatch, concurrent=False)
    assert texts_on[1:].count(True) >= 3  # the texts of the themes with two messages or more
    assert children_on >= 4
    assert on == off


def test_no_child_when_the_embedder_remembers_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A memo filled in a child would be missing here later: the batches the encoder sees,
    and so the vectors, would differ."""
    made: list[object] = []
    fronts = pipeline.theme_fronts

    def recorded(*args: Any) -> object:
        made.append(fronts(*args))
        return made[-1]

    monkeypatch.setattr(pipeline, "theme_fronts", recorded)
    forks, _, _ = outputs(monkeypatch, concurrent=True, memo=True)
    # the first: the description model's scores (nothing embedded: shipped weights)
    assert forks[0] and forks[1:] and not any(forks[1:])
    assert made == [None]  # nor the themes' fronts (a title's keyphrases may fork: no memo)


def test_statements_read_while_the_first_are_encoded_give_the_same_vectors(
    use_embedder: USEEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Language, kinds, points and vectors made in one pass (the encoder's threads at work
    while the next statements are read) are those of reading all, then embedding all; the
    encoder's chunks (here of 50 texts, read 32 at a time) cut the same way."""
    from forum_messages.engine import LocalEngine

    monkeypatch.setattr(reading, "EMBED_CHUNK", 50)
    monkeypatch.setattr(stream, "STEP", 32)
    statements = list(sample()[0].statements[:130])
    detector = UNLanguageDetector()
    quiet = reading._no_progress
    assert stream.can_stream(use_embedder, LocalEngine())
    assert not stream.can_stream(HashEmbedder(), LocalEngine())
    langs, confs, kinds, texts, x = stream.read_and_embed(
        statements, detector, use_embedder, quiet, 50
    )
    want_langs, want_confs, want_kinds = reading.read_statements(statements, detector, quiet)
    want_texts = [stream.point(k, st) for k, st in zip(want_kinds, statements, strict=True)]
    assert (langs, confs, kinds, texts) == (want_langs, want_confs, want_kinds, want_texts)
    assert any(t != st.text for t, st in zip(texts, statements, strict=True))  # frames cut
    assert np.array_equal(x, reading.embed_all(want_texts, use_embedder, quiet))


def test_a_point_read_twice_is_encoded_once(
    use_embedder: USEEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Statements whose points were read before (a consultation's answers often share a
    point) are not encoded again: the encoder gets the distinct points in the order first
    read, each later copy takes its first copy's vector, and reading all then embedding all
    (``embed_all``, the distributed engine's way) gives the same vectors to the bit."""
    monkeypatch.setattr(reading, "EMBED_CHUNK", 50)
    monkeypatch.setattr(stream, "STEP", 32)
    monkeypatch.setattr(stream, "IN_A_CHILD", (10**6, 10**7))  # not in a child
    base = list(sample()[0].statements[:70])
    statements = [*base, *base[10:40], *base[:5]]
    encoded: list[str] = []
    embed_stream = USEEmbedder.embed_stream

    def counted(self: USEEmbedder, texts: Any, chunk: int, done: Any = None) -> Any:
        def each() -> Any:
            for text in texts:
                encoded.append(text)
                yield text

        return embed_stream(self, each(), chunk, done)

    monkeypatch.setattr(USEEmbedder, "embed_stream", counted)
    handed: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "embed":
            handed.append(done)

    quiet = reading._no_progress
    _, _, _, texts, x = stream.read_and_embed(
        statements, UNLanguageDetector(), use_embedder, progress, 50
    )
    distinct = list(dict.fromkeys(texts))
    assert len(distinct) == len(base) and texts[: len(base)] == distinct
    assert encoded == distinct  # each point once
    assert handed == sorted(handed) and handed[-1] == len(statements)
    assert x.shape == (len(statements), 512)
    assert np.array_equal(x[70:100], x[10:40]) and np.array_equal(x[100:], x[:5])
    encoded.clear()
    assert np.array_equal(x[:70], reading.embed_each(distinct, use_embedder, quiet))
    assert encoded == distinct
    encoded.clear()
    assert np.array_equal(x, reading.embed_all(texts, use_embedder, quiet))
    assert encoded == distinct


@needs_fork
@pytest.mark.parametrize("child_fails", [False, True])
def test_the_encoder_in_a_forked_child_gives_the_same_vectors(
    use_embedder: USEEmbedder,
    monkeypatch: pytest.MonkeyPatch,
    nothing_left: NothingLeft,
    child_fails: bool,
) -> None:
    """The statements read here while a forked child encodes their points (sent as token
    ids): the same languages, kinds, points and vectors, to the bit, as in one process; a
    child that fails is made up for here; nothing is left behind either way."""
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    monkeypatch.setattr(stream, "STEP", 32)
    base = list(sample()[0].statements[:130])
    statements = [*base, *base[:40], base[7]]  # points read twice: encoded once, in the child too
    detector = UNLanguageDetector()
    quiet = reading._no_progress
    monkeypatch.setattr(stream, "IN_A_CHILD", (10**6, 10**7))  # not in a child
    want = stream.read_and_embed(statements, detector, use_embedder, quiet, 50)
    monkeypatch.setattr(stream, "IN_A_CHILD", (1, 10**6))
    parent = os.getpid()
    if child_fails:
        embed_ids = USEEmbedder.embed_ids

        def failing(self: USEEmbedder, ids: Any, chunk: int) -> Any:
            if os.getpid() != parent:
                raise RuntimeError("only in the child")
            return embed_ids(self, ids, chunk)

        monkeypatch.setattr(USEEmbedder, "embed_ids", failing)
    read: list[int] = []
    at_call: list[int] = []
    handed: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "language":
            read.append(done)
        elif stage == "embed":
            handed.append(done)

    with nothing_left() as pids:
        got = stream.read_and_embed(
            statements, detector, use_embedder, progress, 50, lambda: at_call.append(read[-1])
        )
    assert len(pids) == 1
    assert at_call == [len(statements)]  # once every statement was read and sent
    # the encoder's bar moves as the points are handed over, a chunk or more at a time
    assert handed == sorted(handed) and handed[0] == 0 and handed[-1] == len(statements)
    assert any(0 < n < len(statements) for n in handed)
    assert got[:4] == want[:4]
    assert got[4].dtype == want[4].dtype and np.array_equal(got[4], want[4])


def test_what_the_later_stages_load_is_loaded_once_every_statement_is_read(
    use_embedder: USEEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``meanwhile`` runs once, when every statement has been read (while the encoder's
    threads finish), and changes none of what is read or embedded."""
    monkeypatch.setattr(stream, "STEP", 32)
    statements = list(sample()[0].statements[:100])
    detector = UNLanguageDetector()
    read: list[int] = []
    at_call: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "language":
            read.append(done)

    got = stream.read_and_embed(
        statements, detector, use_embedder, progress, 50, lambda: at_call.append(read[-1])
    )
    assert at_call == [len(statements)]
    want = stream.read_and_embed(statements, detector, use_embedder, reading._no_progress, 50)
    assert got[:4] == want[:4]
    assert np.array_equal(got[4], want[4])


_WARM = """
import sys
from forum_messages.synth.pipeline import Components, _complete
from forum_messages.synth.settings import Settings
from forum_messages.synth.sidebyside import before_vectors
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
c = _complete(Components(HashEmbedder(), UNLanguageDetector()), Settings())
c.grouper.same_point = float(sys.argv[1])
before = "scipy.sparse" in sys.modules
before_vectors(c.tagger, c.labeller, c.grouper, "fr")
print(before, "scipy.sparse" in sys.modules, c.tagger.__dict__.keys() >= {"_keyword_index"})
"""


@pytest.mark.parametrize(("same_point", "loaded"), [(0.5, True), (0.0, False)])
def test_before_the_vectors_what_the_fronts_use_is_loaded(same_point: float, loaded: bool) -> None:
    """The tags' keyword index, and scipy's sparse matrices when the same-point check runs
    (so that the forked fronts find them loaded), in a fresh process."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _WARM, str(same_point)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", str(loaded), "True"]


@needs_fork
def test_descriptions_set_aside_in_a_child_are_those_set_aside_here(
    use_embedder: USEEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With its weights shipped, the description model scores the statements in a child
    while the themes are assigned here; the same statements are set aside."""
    from forum_messages.nlp.base import memo_for
    from forum_messages.synth.kinds import DescriptiveModel, classify

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    monkeypatch.delenv("FORUM_MESSAGES_THREADS", raising=False)
    statements = list(sample()[0].statements[:80])
    texts = [st.text for st in statements]
    texts += ["Speakers from three regions shared their national experience.", "会议由联合国主办。"]
    kinds = [classify(t, "zh" if t == texts[-1] else "en") for t in texts]
    x = use_embedder.embed(texts)
    fixed = memo_for(use_embedder)
    model = DescriptiveModel()
    assert model.ready(fixed)  # shipped weights: nothing to embed
    job = sidebyside.descriptions(model, x, texts, kinds, fixed)
    assert job.forked
    here = sidebyside.descriptions(DescriptiveModel(l2=0.5), x, texts, kinds, HashEmbedder())
    assert not here.forked  # weights that would have to be fitted first: no child
    learned = job.result()
    assert learned == model.descriptive(x, texts, kinds, fixed)
    assert len(learned) == len(texts) and any(learned) and not all(learned)
