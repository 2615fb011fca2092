"""The theme step's shared figures read from every statement as written, whatever the kinds
step reads (``themes.EVIDENCE`` "written"; docs/quality.md, "Themes, messages and sub-topics,
step by step", step 67)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from forum_messages.errors import ConfigError
from forum_messages.nlp.base import HashEmbedder, memo_for
from forum_messages.synth import themes
from forum_messages.synth.set_aside import _as_written, _shared
from forum_messages.synth.theme_terms import term_scores
from forum_messages.synth.themes import NearestThemeAssigner, Written

from .helpers import corpus
from .test_theme_in_play import undeclared_tromso
from .test_theme_items import EDITION

#: what the kinds step may read in place of a framed statement's point once it reads the
#: whole statement as a description
_NOTE = "Minutes kept by the host town's clerk; the chair opened the hearing at nine."


def test_document_frequencies_read_from_other_texts_leave_the_other_rows_as_they_were() -> None:
    """With ``frequencies`` the words' document frequencies are those texts': a row whose
    own text changes (its point read otherwise) moves no other row's scores, and the rows
    are scored by their own texts; without them, the change reaches the other rows."""
    written = [
        "Les autorités de protection des données manquent de moyens et de personnel.",
        "Les coupures d'Internet pendant les examens privent des millions d'élèves.",
        "La protection des données des élèves doit être garantie pendant les examens.",
    ]
    langs = ["fr", "fr", "fr"]
    point = list(written)
    point[0] = "Les autorités de protection des données manquent de moyens."
    other = list(written)
    other[0] = "Les coupures d'Internet et les données des élèves pendant les examens."
    before = term_scores(point, langs, EDITION, frequencies=written)
    after = term_scores(other, langs, EDITION, frequencies=written)
    assert before[1:].tolist() == after[1:].tolist()
    assert before[0].tolist() != after[0].tolist()  # the row itself reads its own text
    # the same texts as frequencies: the scores as without them
    assert term_scores(written, langs, EDITION, frequencies=written).tolist() == (
        term_scores(written, langs, EDITION).tolist()
    )
    # read from the points themselves, the change reaches another row
    assert term_scores(point, langs, EDITION)[1:].tolist() != (
        term_scores(other, langs, EDITION)[1:].tolist()
    )


@pytest.mark.slow
def test_a_statement_read_otherwise_moves_no_other_theme(use_embedder: Any) -> None:
    """test-tromso (development material), every statement undeclared and its session voting:
    one statement's point read otherwise (its vector replaced by a note's, as when a framed
    point becomes a description) moves no other statement's theme, confidence or scores
    when the shared figures and the session vote read the statements as written
    (``shared``, ``written``); read from the points, it moves the others' scores."""
    embedder = memo_for(use_embedder)
    material, x, langs, sessions, declared, k = undeclared_tromso(embedder)
    texts = [st.text for st in material.corpus.statements]
    other = x.copy()
    other[k] = np.asarray(embedder.embed([_NOTE]), dtype=np.float32)[0]
    other_texts = list(texts)
    other_texts[k] = _NOTE
    keep = [i for i in range(len(texts)) if i != k]
    a = NearestThemeAssigner()

    def run(vectors: np.ndarray, points: list[str], steady: bool) -> Any:
        shared: dict[str, Any] = {}
        if steady:  # the vote reads the statements as written too (``set_aside._as_written``)
            rows = [i for i in range(len(texts)) if points[i] != texts[i]]
            shared = {
                "shared": x,
                "shared_texts": texts,
                "written": Written(rows, x[rows], texts),
            }
        return a.run(
            vectors,
            declared,
            material.edition,
            embedder,
            languages=langs,
            sessions=sessions,
            texts=points,
            **shared,
        )

    before, after = run(x, texts, True), run(other, other_texts, True)
    assert [before.theme[i] for i in keep] == [after.theme[i] for i in keep]
    assert [before.confidence[i] for i in keep] == [after.confidence[i] for i in keep]
    assert np.array_equal(before.reading[keep], after.reading[keep])
    assert not np.array_equal(before.reading[k], after.reading[k])  # its own reading moves
    # the shared figures read as the points are: the same as without them
    plain = run(x, texts, False)
    assert before.theme == plain.theme and before.confidence == plain.confidence
    assert np.array_equal(before.reading, plain.reading)
    # read from the points, the change reaches the other statements' scores
    moved = run(other, other_texts, False)
    assert not np.array_equal(plain.reading[keep], moved.reading[keep])


def test_the_shared_reading_is_each_statement_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """``set_aside._shared``: each statement as written, numbering and a turn's label off, its
    point's vector kept where the two are the same text; with ``EVIDENCE`` "written" the vote
    reads every statement as written ("unlabelled") whatever ``SESSION_READING`` says, with
    "means" as it says; another value is refused with an error naming the setting."""
    statements = corpus(
        [
            ("S1", None, "en", ["1. Cables need repair ships.", "Chair: Thanks. Next one."]),
            ("S2", None, "en", ["The panel noted that CERTs should share data."]),
        ]
    ).statements
    points = ["Cables need repair ships.", "Next one.", "CERTs should share data."]
    emb = HashEmbedder()
    x = np.asarray(emb.embed(points), dtype=np.float32)
    found = _shared(statements, x, points, emb)
    assert found["shared_texts"] == [
        "Cables need repair ships.",
        "Thanks. Next one.",
        "The panel noted that CERTs should share data.",
    ]
    assert np.array_equal(found["shared"][0], x[0])  # the same text: its point's vector
    assert np.array_equal(
        found["shared"][1:], emb.embed(["Thanks. Next one.", found["shared_texts"][2]])
    )
    monkeypatch.setattr(themes, "SESSION_READING", "point")
    monkeypatch.setattr(themes, "EVIDENCE", "written")
    vote = _as_written(statements, points, [None] * 3, ["S1", "S1", None], emb)
    assert vote is not None and vote.rows == [1]
    assert list(vote.texts) == found["shared_texts"]
    monkeypatch.setattr(themes, "EVIDENCE", "means")  # the vote as ``SESSION_READING`` says
    assert _as_written(statements, points, [None] * 3, ["S1", "S1", None], emb) is None
    monkeypatch.setattr(themes, "EVIDENCE", "whole")
    with pytest.raises(ConfigError, match=r"themes.EVIDENCE must be .*, not 'whole'"):
        _as_written(statements, points, [None] * 3, ["S1", "S1", None], emb)
