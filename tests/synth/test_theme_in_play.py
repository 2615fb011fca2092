"""The theme step with the statements set aside as descriptions left out of what it computes
from the statements (``themes.IN_PLAY``; docs/quality.md, "Themes, messages and sub-topics,
step by step", step 66)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.base import memo_for
from forum_messages.synth.themes import NearestThemeAssigner

REPORTS = Path(__file__).parents[2] / "src/forum_messages/editions/evaluation/reports"

#: what the kinds step may read in place of a statement once it reads it as a description
_NOTE = "Notes taken from the recording by the secretariat; the chair opened the session."


def undeclared_tromso(
    embedder: Any,
) -> tuple[Any, np.ndarray, list[str], list[str | None], list[str | None], int]:
    """test-tromso with every statement undeclared: the material, each statement's vector,
    language and session, the declared themes (none), and a statement of a session with
    others in a language of enough statements to be centred."""
    material = load_material(str(REPORTS / "test-tromso.yaml"))
    statements = material.corpus.statements
    x = np.asarray(embedder.embed([st.text for st in statements]), dtype=np.float32)
    langs = [st.language for st in statements]
    sessions: list[str | None] = [st.session for st in statements]
    declared: list[str | None] = [None] * len(statements)
    k = next(
        i
        for i, st in enumerate(statements)
        if sessions.count(st.session) >= 3 and langs.count(st.language) >= 20
    )
    return material, x, langs, sessions, declared, k


@pytest.mark.slow
def test_a_description_set_aside_moves_no_other_theme(use_embedder: Any) -> None:
    """test-tromso (development material), every statement undeclared and its session voting:
    a statement marked as set aside can read anything (its text as a point or the whole note),
    and every other statement keeps its theme, confidence and scores; the marked one still
    gets a theme. Unmarked, the same change moves the others' scores (the languages' means
    and its session's vote read it)."""
    embedder = memo_for(use_embedder)
    material, x, langs, sessions, declared, k = undeclared_tromso(embedder)
    statements = material.corpus.statements
    other = x.copy()
    other[k] = np.asarray(embedder.embed([_NOTE]), dtype=np.float32)[0]
    keep = [i for i in range(len(statements)) if i != k]
    aside = [i == k for i in range(len(statements))]
    a = NearestThemeAssigner()
    edition = material.edition

    def run(vectors: np.ndarray, marked: list[bool] | None) -> Any:
        return a.run(
            vectors, declared, edition, embedder, languages=langs, sessions=sessions, aside=marked
        )

    before, after = run(x, aside), run(other, aside)
    assert [before.theme[i] for i in keep] == [after.theme[i] for i in keep]
    assert [before.confidence[i] for i in keep] == [after.confidence[i] for i in keep]
    assert np.array_equal(before.reading[keep], after.reading[keep])
    assert after.theme[k] in edition.theme_keys()
    # read as a statement in play, the same change reaches the other statements' scores
    was, now = run(x, None), run(other, None)
    assert not np.array_equal(was.reading[keep], now.reading[keep])

    # "means": the session vote still reads the marked statement, and the change reaches it
    def voting(vectors: np.ndarray) -> Any:
        return a.run(
            vectors,
            declared,
            edition,
            embedder,
            languages=langs,
            sessions=sessions,
            aside=aside,
            aside_votes_out=False,
        )

    kept, moved = voting(x), voting(other)
    assert np.array_equal(kept.reading[keep], moved.reading[keep])  # the means: not read
    assert [kept.confidence[i] for i in keep] != [moved.confidence[i] for i in keep]
    # without the session vote, the marked statement still moves nothing of the others
    quiet = NearestThemeAssigner(session_vote=0)
    one = quiet.run(x, declared, edition, embedder, languages=langs, aside=aside)
    two = quiet.run(other, declared, edition, embedder, languages=langs, aside=aside)
    assert np.array_equal(one.reading[keep], two.reading[keep])
