"""Two near-copy session reports, each stating the same two points: two messages, not one."""

from __future__ import annotations

import pytest

from forum_messages.model import Draft
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings

from .helpers import corpus

pytestmark = pytest.mark.slow

SPECTRUM = (
    "Las redes comunitarias conectan a poblaciones que los operadores comerciales no consideran "
    "rentables, pero muchas funcionan en la informalidad porque no existe una licencia adaptada "
    "a ellas ni acceso asequible al espectro."
)
UPKEEP = (
    "Una red comunitaria no se sostiene solo con equipos donados: necesita personas "
    "capacitadas para mantenerla, un modelo económico propio y acceso a un enlace de salida a "
    "Internet a precio razonable."
)
ROWS = [
    ("Taller #2", "access", "es", [SPECTRUM, UPKEEP]),
    ("Taller #44", "access", "es", [SPECTRUM.replace("no existe", "no hay"), UPKEEP]),
]


def _draft(use_embedder, edition, grouper: ThresholdGrouper | None) -> Draft:  # type: ignore[no-untyped-def]
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector(), grouper=grouper)
    return run_pipeline(corpus(ROWS), edition, Settings(language="es"), components=comps)


def _points(draft: Draft) -> list[frozenset[str]]:
    """Each message's sources, by the point they make (SPECTRUM or UPKEEP)."""
    text = {a.id: a.text for a in draft.statements}
    return [
        frozenset("spectrum" if "espectro" in text[s.statement] else "upkeep" for s in m.sources)
        for m in draft.messages()
    ]


def test_near_copy_reports_make_two_messages(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    s = Settings(language="es")
    unsplit = ThresholdGrouper(
        s.message_distance, s.min_sessions, s.attach_similarity, siblings=None
    )
    # one message making both points, each of its sessions twice
    assert _points(_draft(use_embedder, small_edition, unsplit)) == [
        frozenset({"spectrum", "upkeep"})
    ]
    draft = _draft(use_embedder, small_edition, None)  # the defaults: split
    assert sorted(_points(draft), key=sorted) == [frozenset({"spectrum"}), frozenset({"upkeep"})]
    assert all(
        {s.session for s in m.sources} == {"Taller #2", "Taller #44"} for m in draft.messages()
    )
    assert not draft.not_reflected


def test_messages_joined_by_the_merge_keep_every_source(use_embedder, small_edition) -> None:  # type: ignore[no-untyped-def]
    s = Settings(language="es")
    # a bar every pair clears: the two messages (two points) are joined, as the theme run
    # asks the grouper once its messages are made
    joins = ThresholdGrouper(
        s.message_distance, s.min_sessions, s.attach_similarity, merge=0.0, merge_floor=-1.0
    )
    draft = _draft(use_embedder, small_edition, joins)
    assert _points(draft) == [frozenset({"spectrum", "upkeep"})]
    (message,) = draft.messages()
    assert len(message.sources) == 4 and not draft.not_reflected
    # the model's bar not reached: the two messages stay
    strict = ThresholdGrouper(
        s.message_distance, s.min_sessions, s.attach_similarity, merge=1.01, merge_floor=-1.0
    )
    assert len(_draft(use_embedder, small_edition, strict).messages()) == 2
