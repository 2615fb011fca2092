"""A statement read with its place in its session: the first statement of a session's report
that speaks of the meeting is set aside at a lower bar of the regression (``opening``), on by
default; a statement read without a session, or not first, is read as before. The pipeline
hands the model the first of each session, and, with ``anywhere`` set, the statements naming
their session's own type (``kind_session``; tests/synth/test_kind_session.py)."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.model import Corpus
from forum_messages.synth.kind_model import (
    ANYWHERE_THRESHOLD,
    OPENING_THRESHOLD,
    DescriptiveModel,
    first_of_session,
)
from forum_messages.synth.kinds import Kind, classify

#: overviews that open a session, in four languages: the patterns read them as points and the
#: regression scores them between ``OPENING_THRESHOLD`` and the threshold
OVERVIEWS = [
    (
        "en",
        "Participants discussed the costs of rural backhaul, the licensing of community "
        "operators and the role of universal service funds.",
    ),
    (
        "en",
        "This session walked through several open data portals that cities use for transport, "
        "budgets and permits, and how residents reuse them.",
    ),
    (
        "es",
        "La conversación abarcó los enlaces satelitales de las clínicas remotas, el precio de "
        "los terminales y las reglas de aterrizaje.",
    ),
    (
        "fr",
        "Les participants ont discuté des portails de données ouvertes des villes pour les "
        "transports, les budgets et les permis de construire.",
    ),
    (
        "ru",
        "Участники поговорили о подключении школ, подготовке учителей, стоимости устройств и "
        "содержании компьютерных классов.",
    ),
]
#: points that open a session: their own finding, no description
POINTS = [
    ("en", "Community networks need spectrum rules that let small operators use idle frequencies."),
    ("es", "Las escuelas rurales necesitan presupuesto estable para mantener sus equipos."),
    ("fr", "Les fonds de service universel doivent financer aussi l'entretien des réseaux."),
]


def test_first_of_session_marks_the_statement_that_opens_each_session() -> None:
    assert first_of_session(["WS1", "WS1", "WS2", "WS1", "WS2", "OF3"]) == [
        True,
        False,
        True,
        False,
        False,
        True,
    ]
    assert first_of_session([]) == []


def _read(
    use_embedder: object,
    pairs: list[tuple[str, str]],
    first: list[bool] | None,
    opening: float | None,
) -> tuple[list[bool], np.ndarray]:
    kinds: list[Kind] = [classify(t, g) for g, t in pairs]
    texts = [k.point or t for k, (_, t) in zip(kinds, pairs, strict=True)]
    x = np.asarray(use_embedder.embed(texts))  # type: ignore[attr-defined]
    model = DescriptiveModel(opening=opening)
    said = model.descriptive(x, texts, kinds, use_embedder, None, first)  # type: ignore[arg-type]
    w, b = model.fit(use_embedder)  # type: ignore[arg-type]
    prob = np.round(1.0 / (1.0 + np.exp(-model.scores(x, texts, w, b))), 6)
    return said, prob


@pytest.mark.slow
def test_an_overview_opening_its_session_is_set_aside(use_embedder) -> None:  # type: ignore[no-untyped-def]
    pairs = OVERVIEWS
    n = len(pairs)
    alone, prob = _read(use_embedder, pairs, None, None)
    # the material of the test: points to the patterns, between the two bars for the model
    assert all(classify(t, g).kind == "point" for g, t in pairs)
    assert ((prob > OPENING_THRESHOLD) & (prob <= DescriptiveModel().threshold)).all(), prob
    assert alone == [False] * n  # read alone, none is set aside
    opened, _ = _read(use_embedder, pairs, [True] * n, OPENING_THRESHOLD)
    assert opened == [True] * n
    assert len({g for g, _ in pairs}) >= 3
    # the same sentences further down their session, or with the reading off: as before
    inside, _ = _read(use_embedder, pairs, [False] * n, OPENING_THRESHOLD)
    assert inside == [False] * n
    off, _ = _read(use_embedder, pairs, [True] * n, None)
    assert off == [False] * n
    without, _ = _read(use_embedder, pairs, None, OPENING_THRESHOLD)
    assert without == [False] * n


@pytest.mark.slow
def test_a_point_opening_its_session_is_kept(use_embedder) -> None:  # type: ignore[no-untyped-def]
    said, prob = _read(use_embedder, POINTS, [True] * len(POINTS), OPENING_THRESHOLD)
    assert said == [False] * len(POINTS), prob
    assert (prob <= OPENING_THRESHOLD).all()


def test_the_lower_bar_needs_words_of_a_meeting() -> None:
    # the decision itself, probabilities given: a statement without words of a meeting is not
    # lowered, one above the threshold is decided as before
    model = DescriptiveModel(opening=OPENING_THRESHOLD)
    texts = [
        "Participants discussed the costs of rural backhaul.",
        "Rural backhaul costs too much for small operators.",
        "Participants discussed the costs of rural backhaul.",
    ]
    kinds = [Kind("point", t) for t in texts]
    prob = np.array([0.6, 0.6, 0.5])
    assert model.decide(prob, texts, kinds, [True, True, True]) == [True, False, False]
    assert model.decide(prob, texts, kinds) == [False, False, False]
    off = DescriptiveModel(opening=None)
    assert off.decide(prob, texts, kinds, [True] * 3) == [False] * 3
    assert "opening" not in off.params()
    assert DescriptiveModel().params()["opening"] == OPENING_THRESHOLD  # on by default
    assert DescriptiveModel(opening=OPENING_THRESHOLD).params()["opening"] == OPENING_THRESHOLD


class _Spy(DescriptiveModel):
    """Records the marks the pipeline hands the model (first of its session, names its
    session's own type, each statement's language); sets nothing aside."""

    def __init__(self, anywhere: float | None = None) -> None:
        super().__init__(anywhere=anywhere)
        self.seen: list[list[bool] | None] = []
        self.own: list[list[bool] | None] = []
        self.langs: list[list[str] | None] = []

    def ready(self, embedder: object) -> bool:  # scored here, never in a child
        return False

    def descriptive(  # type: ignore[override]
        self,
        x: np.ndarray,
        texts: list[str],
        kinds: list[Kind],
        embedder: object,
        record: list[bool] | None = None,
        first: list[bool] | None = None,
        own: list[bool] | None = None,
        langs: list[str] | None = None,
    ) -> list[bool]:
        self.seen.append(None if first is None else list(first))
        self.own.append(None if own is None else list(own))
        self.langs.append(None if langs is None else list(langs))
        return [False] * len(texts)


def _run(spy: _Spy, *names: str) -> Corpus:
    """The sample reports ``names`` read by the pipeline with ``spy`` as the description model."""
    from importlib import resources
    from pathlib import Path

    from forum_messages.config import resolve_settings
    from forum_messages.edition import load_edition
    from forum_messages.ingest import load_reports
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline

    edition = load_edition("igf2025")
    settings = resolve_settings({}, edition.settings, environ={})
    folder = Path(str(resources.files("forum_messages") / "editions" / "sample"))
    corpus = load_reports([folder / name for name in names], edition)
    components = Components(embedder=HashEmbedder(), detector=UNLanguageDetector(), descriptive=spy)
    run_pipeline(corpus, edition, settings, components=components)
    return corpus


def test_a_suggestion_opening_its_session_is_not_lowered() -> None:
    # a suggestion is a proposal: closed to the model, whatever its place or probability (the
    # sample edition's networking session opened with one and read as a description)
    model = DescriptiveModel()
    texts = [
        "Newcomers found the IGF programme rich but difficult to navigate, and suggested "
        "clearer tagging of sessions by level of expertise and by topic.",
        "Los participantes sugirieron publicar el programa de las sesiones "
        "con un mes de antelación.",
        "Les participants ont suggéré de mieux signaler les sessions destinées aux débutants.",
        "Newcomers found the IGF programme rich but difficult to navigate.",
    ]
    kinds = [Kind("point", t) for t in texts]
    assert [DescriptiveModel.open_to_model(t, k) for t, k in zip(texts, kinds, strict=True)] == [
        False,
        False,
        False,
        True,
    ]
    prob = np.array([0.6, 0.6, 0.6, 0.6])
    assert model.decide(prob, texts, kinds, [True] * 4) == [False, False, False, True]


def test_the_pipeline_hands_the_model_each_session_s_first_statement() -> None:
    spy = _Spy()
    corpus = _run(spy, "nri-reports.jsonl")
    assert spy.seen and all(part is not None for part in spy.seen)
    marks = [m for part in spy.seen if part is not None for m in part]
    codes = [st.session for st in corpus.statements]
    assert marks == first_of_session(codes)
    assert sum(marks) == len(set(codes)) > 1
    assert False in marks  # sessions of more than one statement
    assert all(part is None for part in spy.own)  # ``anywhere`` off: nothing more read
    # each statement's language, for the wide look's calls (``kind_cues_model.wide_call``)
    langs = [g for part in spy.langs if part is not None for g in part]
    assert len(langs) == len(codes) and set(langs) <= {"en", "fr", "es", "ru", "zh", "ar"}


def test_the_pipeline_hands_the_model_the_statements_naming_their_session() -> None:
    spy = _Spy(anywhere=ANYWHERE_THRESHOLD)
    corpus = _run(spy, "sessions-access-cooperation.jsonl", "nri-reports.jsonl")
    marks = [m for part in spy.own if part is not None for m in part]
    assert len(marks) == len(corpus.statements)
    kinds = {s.code: s.kind for s in corpus.sessions}
    named = [st for st, m in zip(corpus.statements, marks, strict=True) if m]
    assert named  # some session reports name their own type
    assert all(kinds[st.session] != "nri" for st in named)  # never an NRI's report
