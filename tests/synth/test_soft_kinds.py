"""Soft evidence of a description below the kinds step's bars, and the one-session candidates
it holds back (``synth.soft_kinds``, ``single_points.described``), with the real embedder and
the shipped description weights."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from forum_messages.model import Corpus
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import kind_rapporteurs, kinds, single_points, soft_kinds
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kinds import classify
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

from .helpers import corpus

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _patterns_without_the_subject_reading(monkeypatch):  # type: ignore[no-untyped-def]
    """These tests read the soft evidence below the patterns' bars on ``ABOUT_RU``, a main
    session taking up a subject; ``kind_rapporteurs.SUBJECT`` (on since the sixty-first round)
    reads that shape by pattern, so it is off here and back (the caches cleared) after."""
    monkeypatch.setattr(kind_rapporteurs, "SUBJECT", False)
    kinds.clear_caches()
    yield
    monkeypatch.undo()
    kinds.clear_caches()


def test_the_subject_reading_sets_the_main_sessions_description_aside_by_pattern() -> None:
    kind_rapporteurs.SUBJECT = True
    kinds.clear_caches()
    assert classify(ABOUT_RU, "ru").kind == "descriptive"


# a main session's statement the kinds step keeps as a point, though it tells what the
# session was about
ABOUT_RU = (
    "Эта основная сессия была посвящена тому, как малые островные государства готовятся к "
    "обрывам подводных кабелей."
)
CALL_RU = "Правительствам следует совместно финансировать судно для ремонта подводных кабелей."
POINT_EN = (
    "Small island states lose most of their connectivity for weeks when their only cable is cut."
)


def test_a_statement_reads_as_a_description_by_words_of_a_meeting_and_the_wide_model() -> None:
    assert soft_kinds.reads_described("The session closed with a short exchange.", 0.3)
    assert not soft_kinds.reads_described("The session closed with a short exchange.", 0.2999)
    # no words of a meeting: never, however sure the model
    assert not soft_kinds.reads_described(POINT_EN, 0.9)
    assert soft_kinds.meeting_words("Участники сессии обсудили ...")
    assert soft_kinds.meeting_words("本次研讨会讨论了……")


def test_a_point_behind_a_frame_or_with_a_claim_of_its_own_never_reads_as_a_description(
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    # the meeting's words are in the frame only: the point is read, not the frame
    raw = "The session highlighted that rural schools still wait years for a fibre link."
    point = "Rural schools still wait years for a fibre link."
    assert soft_kinds.DESCRIBED_POINT and soft_kinds.DESCRIBED_NO_CLAIM
    assert not soft_kinds.reads_described(raw, 0.9, point, "en")
    monkeypatch.setattr(soft_kinds, "DESCRIBED_POINT", False)
    assert soft_kinds.reads_described(raw, 0.9, point, "en")  # read as written, as before
    monkeypatch.setattr(soft_kinds, "DESCRIBED_POINT", True)
    # words of a meeting in the point itself ("delegations"), but a claim of its own: a point
    raw = (
        "The session highlighted that separate follow-up processes would overburden smaller "
        "delegations."
    )
    point = "Separate follow-up processes would overburden smaller delegations."
    assert not soft_kinds.reads_described(raw, 0.9, point, "en")
    monkeypatch.setattr(soft_kinds, "DESCRIBED_NO_CLAIM", False)
    assert soft_kinds.reads_described(raw, 0.9, point, "en")
    # a description with no frame and no claim still reads as one, given its point
    about = "The session closed with a short exchange."
    assert soft_kinds.reads_described(about, 0.3, about, "en")
    about_es = "La sesión principal repasó los sistemas de identidad digital de la región."
    monkeypatch.setattr(soft_kinds, "DESCRIBED_NO_CLAIM", True)
    assert soft_kinds.reads_described(about_es, 0.5, about_es, "es")


def test_the_wide_regression_leans_to_a_description_the_patterns_kept_as_a_point(
    use_embedder,
) -> None:  # type: ignore[no-untyped-def]
    texts = [ABOUT_RU, CALL_RU, POINT_EN]
    assert classify(ABOUT_RU, "ru").kind == "point"  # the patterns keep it
    x = np.asarray(use_embedder.embed(texts))
    wide = soft_kinds.probabilities(
        DescriptiveModel().widened(), x, texts, memo_for(use_embedder)
    ).tolist()
    assert wide[0] >= soft_kinds.DESCRIBED_WIDE > max(wide[1:])
    again = soft_kinds.probabilities(DescriptiveModel().widened(), x, texts, memo_for(use_embedder))
    assert again.tolist() == wide  # rounded: the same on every run


def _run(use_embedder, rows: Corpus, kinds: dict[str, str] | None = None) -> SimpleNamespace:  # type: ignore[no-untyped-def]
    """What ``single_points.described`` reads of a theme's run."""
    statements = [replace(st, kind=(kinds or {}).get(st.text, st.kind)) for st in rows.statements]
    texts = [st.text for st in statements]
    return SimpleNamespace(
        c=SimpleNamespace(descriptive=DescriptiveModel()),
        statements=statements,
        sessions={s.code: s for s in rows.sessions},
        x=np.asarray(use_embedder.embed(texts)),
        texts=texts,
        langs=[st.language or "en" for st in statements],
        fixed=memo_for(use_embedder),
        target=(1.0, 3.0),
    )


def _main(rows: Corpus, *codes: str) -> Corpus:
    sessions = tuple(
        replace(s, type="Main Session") if s.code in codes else s for s in rows.sessions
    )
    return Corpus(sessions, rows.statements)


def test_only_a_main_sessions_lone_statement_that_is_no_call_to_action_is_read(
    use_embedder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    rows = corpus(
        [
            ("MS 1", "access", "ru", [ABOUT_RU, CALL_RU]),
            ("WS 1", "access", "ru", [ABOUT_RU]),
            ("MS 2", "access", "ru", [ABOUT_RU]),
        ]
    )
    run = _run(use_embedder, _main(rows, "MS 1", "MS 2"))
    monkeypatch.setattr(single_points, "DESCRIBED", "main")
    # a lone statement of a main session, a call beside it, the same words in a workshop,
    # and two statements as one candidate
    assert single_points.described(run, [[0], [1], [2], [3]]) == [True, False, False, True]
    assert single_points.described(run, [[0, 1]]) == [False]
    monkeypatch.setattr(single_points, "DESCRIBED", "all")
    assert single_points.described(run, [[2]]) == [True]
    # its report lists it as a call to action: never read so
    action = _run(use_embedder, _main(rows, "MS 1"), {ABOUT_RU: "call_to_action"})
    assert single_points.described(action, [[0]]) == [False]
    monkeypatch.setattr(single_points, "DESCRIBED", "")
    assert single_points.described(run, [[0], [3]]) == [False, False]


ROWS = [
    ("MS 1", "access", "ru", [ABOUT_RU]),
    (
        "WS 1",
        "access",
        "en",
        [
            "Governments should jointly fund a repair ship for the submarine cables of small "
            "island states.",
            POINT_EN,
        ],
    ),
    (
        "WS 2",
        "access",
        "es",
        [
            "Los gobiernos deberían financiar en común un buque de reparación para los cables "
            "submarinos de los pequeños Estados insulares.",
        ],
    ),
    (
        "WS 3",
        "access",
        "fr",
        [
            "Les petits États insulaires perdent l'essentiel de leur connectivité pendant des "
            "semaines quand leur unique câble est coupé.",
        ],
    ),
    (
        "WS 4",
        "access",
        "en",
        [
            "Community networks need affordable access to spectrum in rural areas.",
            "Regulators should license spectrum to community networks at a nominal fee.",
        ],
    ),
    (
        "WS 5",
        "access",
        "es",
        ["Las redes comunitarias necesitan acceso asequible al espectro en zonas rurales."],
    ),
]


def test_a_main_sessions_description_left_by_the_kinds_step_goes_to_the_annex_with_its_reason(
    use_embedder, small_edition, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    rows = _main(corpus(ROWS), "MS 1")
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    settings = Settings(messages_min=1, messages_max=4)

    def where() -> tuple[bool, str | None]:
        draft = run_pipeline(rows, small_edition, settings, components=comps)
        about = next(a.id for a in draft.statements if a.text == ABOUT_RU)
        sources = {s.statement for m in draft.messages() for s in m.sources}
        reasons = {n.statement: n.reason for n in draft.not_reflected}
        return about in sources, reasons.get(about)

    # as shipped ("main"): a main session's description goes to the annex with its reason
    assert single_points.DESCRIBED == "main"
    assert where() == (False, "reads_descriptive")
    # the rule off: the main session's statement is a message of its own, as before
    monkeypatch.setattr(single_points, "DESCRIBED", "")
    assert where() == (True, None)
