"""The whole pipeline with the real multilingual embedder and language detector."""

from __future__ import annotations

import pytest

from forum_messages.model import Draft
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

from .helpers import corpus

pytestmark = pytest.mark.slow

ROWS = [
    (
        "WS #1",
        "trust",
        "en",
        [
            "Developing countries need sustained funding for cybersecurity capacity building.",
            "National CERTs should share threat information across borders in real time.",
        ],
    ),
    (
        "WS #2",
        "trust",
        "fr",
        [
            "Les pays en développement ont besoin d'un financement durable pour renforcer "
            "leurs capacités en cybersécurité.",
            "The session was well attended and participants thanked the organisers.",
        ],
    ),
    (
        "WS #3",
        "trust",
        "zh",
        [
            "各国计算机应急响应小组应跨境实时共享威胁信息。",
        ],
    ),
    (
        "WS #4",
        "access",
        "en",
        [
            "Community networks need affordable access to spectrum in rural areas.",
            "Governments should license spectrum for community networks at low cost.",
        ],
    ),
    (
        "WS #5",
        "access",
        "es",
        [
            "Las redes comunitarias necesitan acceso asequible al espectro en zonas rurales.",
        ],
    ),
    (
        "WS #6",
        None,
        "en",
        [
            "Sustained funding is needed for cybersecurity capacity in developing countries.",
            "Rural community networks should obtain spectrum licences at low cost.",
        ],
    ),
    ("WS #7", "access", "en", ["Satellite pricing remains out of reach for small schools."]),
]


def _draft(use_embedder, edition, **settings) -> Draft:  # type: ignore[no-untyped-def]
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    return run_pipeline(corpus(ROWS), edition, Settings(**settings), components=comps)


def _message_of(draft: Draft) -> dict[str, str | None]:
    return {a.text: a.message for a in draft.statements}


def test_every_statement_is_in_one_message_or_not_reflected(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(use_embedder, small_edition)
    in_messages = [s.statement for m in draft.messages() for s in m.sources]
    left = [n.statement for n in draft.not_reflected]
    all_ids = [a.id for a in draft.statements]
    assert len(in_messages) == len(set(in_messages))
    assert sorted(in_messages + left) == sorted(all_ids)
    for a in draft.statements:
        assert (a.message is None) == (a.id in left)


def test_translations_land_in_the_same_message(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    where = _message_of(_draft(use_embedder, small_edition))
    cert_en = where["National CERTs should share threat information across borders in real time."]
    cert_zh = where["各国计算机应急响应小组应跨境实时共享威胁信息。"]
    assert cert_en is not None and cert_en == cert_zh
    spectrum_en = where["Community networks need affordable access to spectrum in rural areas."]
    spectrum_es = where[
        "Las redes comunitarias necesitan acceso asequible al espectro en zonas rurales."
    ]
    assert spectrum_en is not None and spectrum_en == spectrum_es


def test_missing_theme_is_inferred_and_flagged(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(use_embedder, small_edition)
    inferred = {a.text: a for a in draft.statements if a.theme_inferred}
    assert len(inferred) == 2
    funding = inferred[
        "Sustained funding is needed for cybersecurity capacity in developing countries."
    ]
    spectrum = inferred["Rural community networks should obtain spectrum licences at low cost."]
    assert funding.theme == "trust" and spectrum.theme == "access"
    assert all(a.needs_review and 0 < a.theme_confidence <= 1 for a in inferred.values())


def test_procedural_and_single_session_points_are_listed_with_reasons(
    use_embedder, small_edition
) -> None:  # type: ignore[no-untyped-def]
    # a draft sized for few messages (by default seven sessions ask for 13 or more, and
    # every point of these seven is kept)
    draft = _draft(use_embedder, small_edition, messages_min=1, messages_max=3)
    reasons = {n.statement: n.reason for n in draft.not_reflected}
    texts = {a.id: a.text for a in draft.statements}
    by_text = {texts[k]: v for k, v in reasons.items()}
    assert by_text["The session was well attended and participants thanked the organisers."] == (
        "procedural"
    )
    assert by_text["Satellite pricing remains out of reach for small schools."] == "single_session"


def test_a_small_forum_keeps_its_points_made_by_one_session(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(use_embedder, small_edition)  # seven sessions: 13 to 21 messages asked
    satellite = _message_of(draft)["Satellite pricing remains out of reach for small schools."]
    assert satellite is not None
    message = next(m for m in draft.messages() if m.id == satellite)
    assert {s.session for s in message.sources} == {"WS #7"}
    assert not any(n.reason == "single_session" for n in draft.not_reflected)


def test_output_language_text_is_preferred_and_others_marked(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(use_embedder, small_edition)
    for m in draft.messages():
        langs = {a.language for a in draft.statements if a.message == m.id}
        assert m.translated == (m.language == "en")
        if "en" in langs:
            assert m.language == "en"


def test_pipeline_records_components_and_is_deterministic(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    a = _draft(use_embedder, small_edition)
    b = _draft(use_embedder, small_edition)
    assert a == b
    roles = [c.role for c in a.pipeline]
    assert roles[:3] == ["settings", "language", "embedder"]
    assert a.pipeline[2].name == "use-multilingual-v3"


def test_min_sessions_one_keeps_every_point(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    draft = _draft(use_embedder, small_edition, min_sessions=1)
    assert {n.reason for n in draft.not_reflected} <= {"procedural"}


def test_fake_embedder_runs_the_same_pipeline(small_edition) -> None:  # type: ignore[no-untyped-def]
    comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
    draft = run_pipeline(corpus(ROWS), small_edition, components=comps)
    assert len(draft.statements) == sum(len(r[3]) for r in ROWS)
    assert draft.pipeline[2].name == "hash"
