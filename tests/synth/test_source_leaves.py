"""A source that reads as another theme and that the pair model puts apart from its message's
core leaves the message (``message_themes.source_leaves``, ``theme_run._kept_apart``,
``pipeline._sources_read``; docs/quality.md, themes step 40)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from forum_messages.errors import ConfigError
from forum_messages.synth import message_themes
from forum_messages.synth.grouping import Grouping
from forum_messages.synth.message_themes import source_leaves
from forum_messages.synth.theme_run import _kept_apart

KEYS = ["trust", "access", "innovation"]
# a message in trust of rows 0-3 (core 0): row 1 reads access 0.01 above trust, row 2 reads
# trust 0.01 above access, row 3 reads trust well above everything
READING = np.array(
    [
        [0.30, 0.10, 0.00],
        [0.20, 0.21, 0.05],
        [0.21, 0.20, 0.05],
        [0.40, 0.05, 0.00],
        [0.30, 0.10, 0.00],
        [0.10, 0.30, 0.00],
    ]
)
THEMES = ["trust"] * 6
SESSIONS = ["a", "b", "c", "d", "e", "f"]
WITH_CORE = {1: 0.45, 2: 0.45, 3: 0.30}
GROUPS = [([0, 1, 2, 3], 0, WITH_CORE), ([4, 5], 4, {5: 0.1})]


def leaves(**kw: Any) -> dict[int, str]:
    return source_leaves(GROUPS, THEMES, KEYS, READING, SESSIONS, **kw)


def test_off_by_default() -> None:
    assert message_themes.SOURCE_LEAD is None
    assert message_themes.SOURCE_TO == "alone" and not message_themes.SOURCE_KEEP
    assert leaves() == {}
    assert leaves(lead=-0.02, pair=0.0) == {}  # no probability is below 0


def test_a_source_reading_as_another_theme_and_apart_from_the_core_leaves() -> None:
    # row 1 leads by 0.01: it leaves at a bar of 0; row 2 is 0.01 below: it leaves at -0.02
    assert leaves(lead=0.0, pair=0.7) == {1: "access"}
    assert leaves(lead=-0.02, pair=0.7) == {1: "access", 2: "access"}
    # the pair model's bar: at 0.45 neither is below it
    assert leaves(lead=-0.02, pair=0.45) == {}
    # row 3 reads trust first: it stays though the pair model puts it lowest
    assert 3 not in leaves(lead=-0.2, pair=0.7)
    # the message of two is below the size: its source stays however it reads (and at a size
    # of two too, as its core alone would rest on one session)
    assert 5 not in leaves(lead=-0.5, pair=0.7)
    assert 5 not in leaves(lead=-0.5, pair=0.7, size=2)
    # a message of three or more sources: at a size of five the first stays too
    assert leaves(lead=-0.02, pair=0.7, size=5) == {}


def test_none_leaves_a_message_that_would_not_rest_on_two_sessions() -> None:
    sessions = ["a", "b", "c", "a", "e", "f"]  # rows 0 and 3 of one session
    assert source_leaves(GROUPS, THEMES, KEYS, READING, sessions, lead=-0.02, pair=0.7) == {}
    # with one of them leaving, the rest (rows 0, 2, 3) rests on two sessions
    assert source_leaves(GROUPS, THEMES, KEYS, READING, sessions, lead=0.0, pair=0.7) == {
        1: "access"
    }


def test_the_rows_kept_apart_leave_their_groups_as_one_session_candidates() -> None:
    found = Grouping([[0, 1, 2, 3], [4, 5]], {3: 0}, [6], [[6]])
    sessions = ["a", "b", "c", "d", "e", "f", "g"]
    out = _kept_apart(found, frozenset({1, 3, 5}), sessions, 2)
    assert out.groups == [[0, 2], [4, 5]]  # the message of two would rest on one session
    assert out.attached == {}
    assert out.alone == [1, 3, 6] and out.detached == [1, 3]
    assert out.single == [[6], [1], [3]]
    assert out.before == ([[0, 1, 2, 3], [4, 5]], [[6]])  # the sub-topics are found on these
    assert out.halves == []
    assert _kept_apart(found, frozenset({6}), sessions, 2) is found  # nothing taken out
    # kept: each is a one-session message of its own, as a half of a dissolved pair is
    assert _kept_apart(found, frozenset({1, 3, 5}), sessions, 2, keep=True).halves == [[1], [3]]


@pytest.mark.parametrize(("to", "keep"), [("alone", False), ("alone", True), ("theme", False)])
def test_the_pipeline_takes_a_source_out_of_its_message(
    use_embedder: Any, small_edition: Any, monkeypatch: Any, to: str, keep: bool
) -> None:
    """The wiring, with the real embedder, grouper and pair model: the groups read are the
    grouper's own, each other source with its probability with the core; the source that
    leaves is out of its message, which keeps its two other sessions."""
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth import pipeline
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    from .helpers import corpus
    from .test_pipeline import ROWS

    statements = corpus(ROWS).statements
    texts = [st.text for st in statements]
    third = "Sustained funding is needed for cybersecurity capacity in developing countries."
    seen: list[tuple[list[str], dict[int, float]]] = []

    def chosen(groups: Any, themes: Any, keys: Any, reading: Any, *args: Any) -> dict[int, str]:
        assert reading.shape == (len(themes), len(keys))
        for rows, core, with_core in groups:
            assert core in rows and sorted(with_core) == sorted(i for i in rows if i != core)
            assert all(0 <= p <= 1 for p in with_core.values())
            seen.append((sorted(texts[i] for i in rows), with_core))
        return {texts.index(third): "access"}

    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    plain = run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)
    monkeypatch.setattr(message_themes, "SOURCE_LEAD", -0.02)
    monkeypatch.setattr(message_themes, "SOURCE_TO", to)
    monkeypatch.setattr(message_themes, "SOURCE_KEEP", keep)
    monkeypatch.setattr(pipeline, "source_leaves", chosen)
    draft = run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)
    assert any(third in group and len(group) == 3 for group, _p in seen)
    was = {a.text: a for a in plain.statements}
    where = {a.text: a for a in draft.statements}
    funding = [
        "Developing countries need sustained funding for cybersecurity capacity building.",
        "Les pays en développement ont besoin d'un financement durable pour renforcer "
        "leurs capacités en cybersécurité.",
    ]
    assert was[third].message is not None and was[third].message == was[funding[0]].message
    assert where[funding[0]].message is not None
    assert where[funding[0]].message == where[funding[1]].message != where[third].message
    assert where[third].theme == ("trust" if to == "alone" else "access")
    if keep:  # a one-session message of its own
        assert where[third].message is not None
        assert [a.text for a in draft.statements if a.message == where[third].message] == [third]
    assert was[third].theme == "trust"


def test_an_unknown_destination_is_refused(
    use_embedder: Any, small_edition: Any, monkeypatch: Any
) -> None:
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    from .helpers import corpus
    from .test_pipeline import ROWS

    monkeypatch.setattr(message_themes, "SOURCE_LEAD", -0.02)
    monkeypatch.setattr(message_themes, "SOURCE_TO", "elsewhere")
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())
    with pytest.raises(ConfigError, match="SOURCE_TO"):
        run_pipeline(corpus(ROWS), small_edition, Settings(), components=comps)
