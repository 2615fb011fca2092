"""The theme read at the message level (``message_themes.message_moves``; docs/quality.md,
themes step 31), and the theme step's own reading it is given (``ThemeResult.reading``: the
scores before the session vote)."""

from __future__ import annotations

from typing import Any

import numpy as np

from forum_messages.edition import load_edition
from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth import message_themes
from forum_messages.synth.message_themes import message_moves
from forum_messages.synth.themes import NearestThemeAssigner

KEYS = ["trust", "access", "innovation"]
# rows 0-2: a message in trust whose core (0) and second source (1) read as access, whose
# third source (2) reads as trust; rows 3-4: a message in trust reading as trust
READING = np.array(
    [
        [0.10, 0.30, 0.00],
        [0.12, 0.20, 0.00],
        [0.25, 0.10, 0.00],
        [0.30, 0.10, 0.00],
        [0.20, 0.15, 0.00],
    ]
)
THEMES = ["trust"] * 5
GROUPS = [([0, 1, 2], 0), ([3, 4], 3)]
NONE: list[str | None] = [None] * 5


def test_off_by_default_and_at_no_margin() -> None:
    assert message_themes.MESSAGE_MARGIN == 0
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE) == {}
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, margin=0) == {}


def test_a_message_reading_as_another_theme_moves_there_without_its_old_themes_source() -> None:
    # the mean of rows 0-2: trust 0.157, access 0.200 (above by 0.043)
    moved = message_moves(GROUPS, THEMES, KEYS, READING, NONE, margin=0.02, how="mean")
    assert moved == {0: "access", 1: "access"}  # row 2 reads trust: it stays
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, margin=0.05, how="mean") == {}
    # every source goes with it when none is read again
    every = message_moves(GROUPS, THEMES, KEYS, READING, NONE, margin=0.02, how="mean", stay=False)
    assert every == {0: "access", 1: "access", 2: "access"}
    # its core alone reads access by 0.2
    core = message_moves(GROUPS, THEMES, KEYS, READING, NONE, margin=0.1, how="core")
    assert core == {0: "access", 1: "access"}


def test_whose_statements_may_move() -> None:
    declared: list[str | None] = ["trust", None, None, "trust", "trust"]
    kw = {"margin": 0.02, "how": "mean"}
    assert message_moves(GROUPS, THEMES, KEYS, READING, declared, movers="undeclared", **kw) == {
        1: "access"
    }
    assert message_moves(GROUPS, THEMES, KEYS, READING, declared, movers="declared", **kw) == {
        0: "access"
    }
    assert message_moves(GROUPS, THEMES, KEYS, READING, declared, movers="all", **kw) == {
        0: "access",
        1: "access",
    }


def test_the_partners_theme_moves_the_message_of_its_core() -> None:
    partner = {3: "innovation", 1: "access"}  # row 1 is no message's core
    moved = message_moves(GROUPS, THEMES, KEYS, READING, NONE, partner, margin=1, how="partners")
    assert moved == {3: "innovation"}  # row 4 reads trust first: it stays
    kw = {"margin": 1, "how": "partners", "stay": False}
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, partner, **kw) == {
        3: "innovation",
        4: "innovation",
    }


def test_the_reading_is_the_statements_own_before_the_session_vote() -> None:
    ed = load_edition("igf2025")
    keys = list(ed.theme_keys())
    profiles = np.eye(4, 8, dtype=np.float32)
    x = np.asarray(
        [
            [0.9, 0, 0, 0, 0.3, 0, 0, 0],
            [0.8, 0.1, 0, 0, 0, 0.4, 0, 0],
            [0.5, 0.55, 0, 0, 0, 0, 0.4, 0],
        ]
    )
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    a = NearestThemeAssigner(center=0, items=0)
    voted = a.run(x, [None] * 3, ed, HashEmbedder(), profiles, sessions=["S1"] * 3)
    alone = a.run(x, [None] * 3, ed, HashEmbedder(), profiles)
    assert voted.theme[2] == keys[0]  # the vote carried it
    assert keys[int(np.argmax(voted.reading[2]))] == keys[1]  # its own reading did not
    assert np.array_equal(voted.reading, alone.reading)


def test_the_core_and_its_partners_must_agree() -> None:
    # the core of the first message reads access by 0.2; of the second, trust
    kw = {"margin": 0.1, "how": "core+partners"}
    agree = {0: "access", 3: "access"}
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, agree, **kw) == {
        0: "access",
        1: "access",
    }
    elsewhere = {0: "innovation"}
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, elsewhere, **kw) == {}
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, None, **kw) == {}


def test_one_partner_of_the_core_in_the_theme_its_reading_prefers() -> None:
    kw = {"margin": 0.1, "how": "core+partner"}
    near = {0: {"trust", "access"}, 3: {"access"}}  # the second core reads trust: no move
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, None, near, **kw) == {
        0: "access",
        1: "access",
    }
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, None, {0: {"innovation"}}, **kw) == {}
    assert message_moves(GROUPS, THEMES, KEYS, READING, NONE, **kw) == {}


def test_the_pipeline_moves_a_message_and_groups_it_again_in_its_new_theme(
    use_embedder: Any, small_edition: Any, monkeypatch: Any
) -> None:
    """The wiring (``pipeline._message_read``), with the real embedder and grouper: the
    message groups read are the grouper's own (the CERT point in English and Chinese, of two
    sessions), and the rows the reading moves are grouped again in their new theme."""
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth import pipeline
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    from .helpers import corpus
    from .test_pipeline import ROWS

    cert = [
        "National CERTs should share threat information across borders in real time.",
        "各国计算机应急响应小组应跨境实时共享威胁信息。",
    ]
    seen: list[list[str]] = []

    def moves(groups: Any, themes: Any, keys: Any, reading: Any, *args: Any) -> dict[int, str]:
        assert reading.shape == (len(themes), len(keys))
        texts = [st.text for st in statements]
        seen.extend(sorted(texts[i] for i in rows) for rows, _core in groups)
        return {texts.index(t): "access" for t in cert}

    statements = corpus(ROWS).statements
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    plain = run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)
    monkeypatch.setattr(message_themes, "MESSAGE_MARGIN", 0.05)
    monkeypatch.setattr(pipeline, "message_moves", moves)
    draft = run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)
    assert sorted(cert) in seen  # a group of two sessions, as the grouper made it
    where = {a.text: a for a in draft.statements}
    was = {a.text: a for a in plain.statements}
    assert {was[t].theme for t in cert} == {"trust"}
    assert {where[t].theme for t in cert} == {"access"}
    assert all(where[t].theme_inferred for t in cert)
    assert where[cert[0]].message is not None and where[cert[0]].message == where[cert[1]].message
