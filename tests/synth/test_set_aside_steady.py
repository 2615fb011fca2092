"""A statement set aside as a description that no message used leaves every other message as
it was when the theme step reads every statement as written (``themes.EVIDENCE``), the
one-session room counts the descriptions (``single_points.ROOM`` "described") and the
sub-topics are formed on the messages made (``topics.FORMED_FIRST`` off): docs/quality.md,
"Themes, messages and sub-topics, step by step", step 67."""

from __future__ import annotations

import re
from typing import Any

import pytest

from forum_messages.nlp.base import memo_for
from forum_messages.synth import kind_cues_compiled, single_points, themes, topics

from .test_room_set_aside import drafted_with
from .test_subtopics_formed_first import REPORTS, _moved

#: the compiled report's note on who drew the takeaways (``kind_cues_compiled``)
_NOTE = re.compile(r"^Takeaways taken from")


@pytest.mark.slow
def test_a_framed_note_set_aside_moves_no_other_message(
    use_embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """test-tromso (development material): the takeaways note, a framed statement of a main
    session that was in no message, read as a description (``kind_cues_compiled.COMPILED``
    with its note shape alone). Its point's vector becomes the whole note's; with the three
    settings every message keeps its sources, its theme and its sub-topic. As shipped the same
    note moves another statement's theme and the others' sub-topics."""
    from forum_messages.evaluation.material import load_material

    material = load_material(str(REPORTS / "test-tromso.yaml"))
    embedder = memo_for(use_embedder)
    note = next(st for st in material.corpus.statements if _NOTE.search(st.text))
    first = note.text.split(". ")[0] + "."
    shapes = [
        p
        for p in kind_cues_compiled._COMPILED["en"]
        if re.search(kind_cues_compiled._filled(p, "en"), first, re.I)
    ]
    assert shapes

    def drafted(steady: bool, noted: bool) -> tuple[dict[Any, Any], set[str]]:
        settings: list[tuple[Any, str, Any]] = []
        if steady:
            settings += [
                (themes, "EVIDENCE", "written"),
                (single_points, "ROOM", "described"),
                (topics, "FORMED_FIRST", False),
            ]
        if noted:
            settings += [
                (kind_cues_compiled, "COMPILED", True),
                (kind_cues_compiled, "_COMPILED", {"en": shapes}),
            ]
        return drafted_with(material, embedder, monkeypatch, settings)

    steady, aside = drafted(True, False)
    noted, noted_aside = drafted(True, True)
    assert noted_aside - aside == {note.id}  # the note alone, newly set aside
    assert not any(note.id in m for m in steady)  # and in no message before
    assert noted == steady  # every message: its sources, theme and sub-topic
    # as shipped, the same note moves the others
    shipped, _ = drafted(False, False)
    shipped_noted, _ = drafted(False, True)
    assert shipped_noted != shipped and (
        _moved(shipped, shipped_noted) > 0 or set(shipped) != set(shipped_noted)
    )
