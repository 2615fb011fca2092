"""A statement set aside that no message used leaves the other messages as they were when the
one-session room counts the descriptions (``single_points.ROOM`` "described"; docs/quality.md,
"Themes, messages and sub-topics, step by step", step 65)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pytest

from forum_messages.nlp.base import memo_for
from forum_messages.synth import kind_cues_compiled, kinds, single_points

from .test_subtopics_formed_first import REPORTS, _moved, _placed

#: the exercise with cards among a compiled report's notes, in every language that has it
_CARDS = re.compile(r"card|carton|tarjeta|карточк|卡片|بطاق", re.I)


def drafted_with(
    material: Any,
    embedder: Any,
    monkeypatch: pytest.MonkeyPatch,
    settings: Sequence[tuple[Any, str, Any]],
) -> tuple[dict[Any, Any], set[str]]:
    """``material`` drafted with each (module, name, value) of ``settings`` set, the kinds
    step's caches cleared before and after: each message (by its sources) with its theme and
    sub-topic, and the statements set aside as descriptions."""
    from forum_messages.evaluation.realistic import draft_material

    with monkeypatch.context() as m:
        for module, name, value in settings:
            m.setattr(module, name, value)
        kinds.clear_caches()
        kind_cues_compiled._described.cache_clear()
        try:
            draft = draft_material(material, embedder)
        finally:
            kinds.clear_caches()
            kind_cues_compiled._described.cache_clear()
    aside = {n.statement for n in draft.not_reflected if n.reason == "descriptive"}
    return _placed(draft), aside


@pytest.mark.slow
def test_a_description_no_message_used_leaves_the_draft_as_it_was(
    use_embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """test-tromso (development material): the cards exercise, read as a description
    (``kind_cues_compiled.COMPILED`` with its card shapes alone), was in no message; set aside,
    it takes one statement from the run's count in play, and another theme's room crosses a
    rounding edge (8.495 -> 8.578) with "in_play". Counted with the descriptions the room
    stays, and so does every message and sub-topic."""
    from forum_messages.evaluation.material import load_material

    material = load_material(str(REPORTS / "test-tromso.yaml"))
    embedder = memo_for(use_embedder)
    cards = {
        lang: [p for p in patterns if _CARDS.search(p)]
        for lang, patterns in kind_cues_compiled._COMPILED.items()
    }
    assert cards["en"] and cards["fr"]

    def drafted(room: str, with_cards: bool) -> tuple[dict[Any, Any], set[str]]:
        settings: list[tuple[Any, str, Any]] = [(single_points, "ROOM", room)]
        if with_cards:
            settings += [
                (kind_cues_compiled, "COMPILED", True),
                (kind_cues_compiled, "CHAIR", True),
                (kind_cues_compiled, "_COMPILED", cards),
            ]
        return drafted_with(material, embedder, monkeypatch, settings)

    shipped, aside = drafted("described", False)
    carded, carded_aside = drafted("described", True)
    text = {st.id: st.text for st in material.corpus.statements}
    new = carded_aside - aside
    assert new and all(_CARDS.search(text[i]) for i in new)  # the cards, set aside
    assert not any(i in k for k in shipped for i in new)  # and in no message before
    assert carded == shipped  # every message, its theme and its sub-topic
    # counted over the statements in play, the same description re-cuts another theme
    in_play, _ = drafted("in_play", False)
    assert _moved(in_play, drafted("in_play", True)[0]) > 0
