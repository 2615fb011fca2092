"""A one-session point of one statement that the attribution regression reads as one person's
account (``single_points.accounts``, ``ACCOUNT``): it comes after every other candidate and,
left out, goes to the annex as ``reads_account``. The real encoder and shipped weights."""

from __future__ import annotations

from dataclasses import replace

import pytest

from forum_messages.model import Corpus
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import single_points, soft_kinds, text_soft
from forum_messages.synth.kinds import classify
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

from .helpers import corpus, theme_run_view

# a moderator's family story, which the kinds step keeps as a point and does not mark as an
# attribution
STORY_FR = (
    "La modératrice, Mme Tala Fonoti, a ouvert la séance en racontant comment sa grand-mère, "
    "à Savai'i, a appris l'alerte au tsunami par un cousin à Sydney plutôt que par les "
    "autorités."
)
CALL_EN = (
    "Governments should jointly fund a repair ship for the submarine cables of small island states."
)
POINT_ES = (
    "Los pequeños Estados insulares pierden casi toda su conectividad durante semanas cuando "
    "se corta su único cable."
)


def test_words_or_the_form_of_a_call_say_more_than_an_account() -> None:
    assert soft_kinds.calls(CALL_EN, "en")
    assert soft_kinds.calls("Les régulateurs doivent publier chaque ordre de coupure.", "fr")
    assert not soft_kinds.calls(STORY_FR, "fr")
    assert not soft_kinds.calls(POINT_ES, "es")


def _main(rows: Corpus, *codes: str) -> Corpus:
    sessions = tuple(
        replace(s, type="Main Session") if s.code in codes else s for s in rows.sessions
    )
    return Corpus(sessions, rows.statements)


def _run(use_embedder, rows: Corpus, kinds: dict[str, str] | None = None, marked=()):  # type: ignore[no-untyped-def]
    """What ``single_points`` reads of a theme's run (``helpers.theme_run_view``)."""
    return theme_run_view(use_embedder, rows, kinds, marked)


@pytest.mark.slow
def test_only_a_lone_account_of_a_session_the_setting_reads_and_from_the_floor(
    use_embedder, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    kind = classify(STORY_FR, "fr")
    assert kind.kind == "point" and not kind.attribution  # the cues leave it
    rows = corpus(
        [
            ("MS 1", "access", "fr", [STORY_FR]),
            ("MS 2", "access", "es", [POINT_ES]),
            ("MS 3", "access", "en", [CALL_EN]),
            ("WS 1", "access", "fr", [STORY_FR]),
        ]
    )
    run = _run(use_embedder, _main(rows, "MS 1", "MS 2", "MS 3"))
    prob = text_soft.attribution_probabilities(run.x, [st.text for st in run.statements], run.fixed)
    assert prob is not None
    p = [round(float(v), single_points.ACCOUNT_PLACES) for v in prob]
    assert p[0] >= single_points.ACCOUNT_FLOOR > max(p[1], p[2])
    monkeypatch.setattr(single_points, "ACCOUNT", "main")
    # the account of a main session; a point; a call; the same account in a workshop; two
    # statements as one candidate
    assert single_points.accounts(run, [[0], [1], [2], [3]]) == [True, False, False, False]
    assert single_points.accounts(run, [[0, 1]]) == [False]
    assert single_points.accounts(run, [[0]]) == single_points.accounts(run, [[0]])
    monkeypatch.setattr(single_points, "ACCOUNT", "all")
    assert single_points.accounts(run, [[3]]) == [True]
    # the floor is read after rounding: just above the account's probability, nothing
    monkeypatch.setattr(single_points, "ACCOUNT_FLOOR", round(p[0] + 0.01, 2))
    assert single_points.accounts(run, [[0]]) == [False]
    monkeypatch.setattr(single_points, "ACCOUNT_FLOOR", p[0])
    assert single_points.accounts(run, [[0]]) == [True]
    # listed as a call to action, or marked by the cues: never read
    action = _run(use_embedder, _main(rows, "MS 1"), {STORY_FR: "call_to_action"})
    assert single_points.accounts(action, [[0]]) == [False]
    marked = _run(use_embedder, _main(rows, "MS 1"), marked=(STORY_FR,))
    assert single_points.accounts(marked, [[0]]) == [False]
    monkeypatch.setattr(single_points, "ACCOUNT", "")
    assert single_points.accounts(run, [[0], [3]]) == [False, False]


ROWS = [
    ("MS 1", "access", "fr", [STORY_FR]),
    (
        "WS 1",
        "access",
        "en",
        [
            CALL_EN,
            "Small island states lose most of their connectivity for weeks when their only "
            "cable is cut.",
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
    ("WS 3", "access", "es", [POINT_ES]),
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
        "fr",
        ["Les réseaux communautaires ont besoin d'un accès abordable au spectre en zone rurale."],
    ),
]


@pytest.mark.slow
def test_a_main_sessions_lone_account_goes_to_the_annex_with_its_reason(
    use_embedder, small_edition, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    rows = _main(corpus(ROWS), "MS 1")
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    settings = Settings(messages_min=1, messages_max=4)

    def where() -> tuple[bool, str | None]:
        draft = run_pipeline(rows, small_edition, settings, components=comps)
        story = next(a.id for a in draft.statements if a.text == STORY_FR)
        sources = {s.statement for m in draft.messages() for s in m.sources}
        reasons = {n.statement: n.reason for n in draft.not_reflected}
        return story in sources, reasons.get(story)

    # off (as shipped): the main session's account is a message of its own
    assert single_points.ACCOUNT == ""
    assert where() == (True, None)
    # read in main sessions: it comes last, and the annex says why it is out
    monkeypatch.setattr(single_points, "ACCOUNT", "main")
    assert where() == (False, "reads_account")
