"""Sub-topics formed before a message leaves (``topics.FORMED_FIRST``): removing one message
of a theme, or joining it to another, leaves every other message's sub-topic as it was."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from forum_messages.nlp.base import memo_for, normalise_rows
from forum_messages.nlp.decide import centroid
from forum_messages.synth import single_points, soft_kinds, topics
from forum_messages.synth.theme_run import _Run
from forum_messages.synth.topics import SilhouetteTopicFinder, carried

from .helpers import corpus, theme_run_view

# one theme's messages, each a point of one session: four subjects (connectivity, data about
# people, schools and AI, attacks on hospitals and networks), in five languages
POINTS = [
    ("S01", "en", "Rural towers should share one backbone so that villages get signal sooner."),
    ("S02", "es", "Las redes comunitarias necesitan espectro sin licencia para llegar al campo."),
    ("S03", "fr", "Les îles éloignées attendent encore un second câble sous-marin de secours."),
    ("S04", "ru", "Спутниковый интернет остаётся слишком дорогим для сельских школ и больниц."),
    ("S05", "en", "Health records shared between ministries must be kept apart from police files."),
    (
        "S06",
        "es",
        "Los datos biométricos de los niños no deberían guardarse sin un plazo de borrado.",
    ),
    ("S07", "zh", "个人数据跨境传输之前，应当告知本人并取得明确同意。"),
    ("S08", "fr", "Chaque citoyen doit pouvoir savoir quel service public consulte ses données."),
    ("S09", "en", "Teachers need training before chatbots are allowed to mark pupils' homework."),
    ("S10", "ru", "Школы должны объяснять родителям, как алгоритмы оценивают успеваемость детей."),
    (
        "S11",
        "es",
        "Las universidades deben publicar cuándo usan inteligencia artificial en admisiones.",
    ),
    ("S12", "ar", "ينبغي حماية أنظمة المستشفيات من هجمات الفدية بنسخ احتياطية غير متصلة بالشبكة."),
    (
        "S13",
        "en",
        "Ransomware that shuts a hospital down should be treated as an attack on civilians.",
    ),
    (
        "S14",
        "fr",
        "Les opérateurs doivent signaler sous vingt-quatre heures toute intrusion majeure.",
    ),
]


def _view(use_embedder: Any) -> Any:
    """A theme's run as the sub-topic step reads it: each statement a message of its own."""
    rows = corpus([(code, "theme", lang, [text]) for code, lang, text in POINTS])
    run = theme_run_view(use_embedder, rows)
    run.c = SimpleNamespace(topics=SilhouetteTopicFinder())
    run.out_lang = "en"
    run._subtopics = lambda groups, centres: _Run._subtopics(run, groups, centres)
    return run


def _centres(run: Any, groups: list[list[int]]) -> np.ndarray:
    return np.stack([centroid(run.x[g]) for g in groups])


def _together(leaves: list[tuple[tuple[int, ...], list[int]]], groups: list[list[int]]) -> Any:
    """For each pair of messages (by their first row), whether they share a sub-topic."""
    of = {groups[g][0]: k for k, (_path, gs) in enumerate(leaves) for g in gs}
    return {(a, b): of[a] == of[b] for a, b in combinations(sorted(of), 2)}


@pytest.mark.slow
def test_removing_one_message_leaves_every_other_sub_topic(use_embedder: Any) -> None:
    run = _view(use_embedder)
    groups = [[i] for i in range(len(POINTS))]
    centres = _centres(run, groups)
    whole = _Run._subtopics(run, groups, centres)
    assert len(whole) >= 3
    # nothing left: the step itself, byte for byte
    assert _Run._formed_first(run, groups, groups, centres) == whole
    was = _together(whole, groups)
    recut = 0
    for k in range(len(groups)):
        rest = [g for j, g in enumerate(groups) if j != k]
        kept = _Run._formed_first(run, groups, rest, _centres(run, rest))
        pairs = _together(kept, rest)
        assert pairs == {p: v for p, v in was.items() if k not in p}, k
        # every message left is in a sub-topic, each sub-topic holds one at least
        assert sorted(g for _path, gs in kept for g in gs) == list(range(len(rest)))
        # the step run again on the messages left (as without the setting)
        again = _together(_Run._subtopics(run, rest, _centres(run, rest)), rest)
        recut += again != pairs
    # without it one message out re-cuts the others, some of the time (docs/quality.md, step
    # 32): the property is the setting's, not the data's
    assert recut >= 1


@pytest.mark.slow
def test_a_point_taking_the_room_of_one_that_left_goes_to_the_nearest_sub_topic(
    use_embedder: Any,
) -> None:
    run = _view(use_embedder)
    first = [[i] for i in range(len(POINTS) - 1)]
    whole = _Run._subtopics(run, first, _centres(run, first))
    # the first message left; the last point (operators to report an intrusion within a day)
    # took its room
    groups = [*first[1:], [len(POINTS) - 1]]
    kept = _Run._formed_first(run, first, groups, _centres(run, groups))
    was = _together(whole, first)
    pairs = _together(kept, groups)
    assert {p: v for p, v in pairs.items() if len(POINTS) - 1 not in p} == {
        p: v for p, v in was.items() if 0 not in p
    }
    # it goes to the sub-topic of the attacks (the Arabic point on backups against ransomware)
    assert pairs[(11, 13)]


def test_a_message_joined_by_accounts_keeps_its_sub_topic() -> None:
    e = np.eye(3, 6)
    ref_centres = normalise_rows(e[[0, 0, 1, 2]] + 0.01)
    # four messages; the third (rows 4, 5) rests on accounts and joins the first
    reference = [[0, 1], [2, 3], [4, 5], [6]]
    leaves: list[tuple[tuple[int, ...], list[int]]] = [((), [0, 1]), ((), [2]), ((), [3])]
    groups = [[0, 1, 4, 5], [2, 3], [6]]
    centres = normalise_rows(np.vstack([e[0] + e[1], e[0], e[2]]))
    # counted row by row, the two accounts tie with the message's own two rows: the first
    # sub-topic on a tie (here its own) ...
    assert carried(leaves, reference, ref_centres, groups, centres) == [((), [0, 1]), ((), [2])]
    # ... but three accounts would take it to theirs; not when they count less
    reference3 = [[0, 1], [2, 3], [4, 5, 7], [6]]
    groups3 = [[0, 1, 4, 5, 7], [2, 3], [6]]
    assert carried(leaves, reference3, ref_centres, groups3, centres) == [
        ((), [1]),
        ((), [0]),
        ((), [2]),
    ]
    lesser = frozenset({4, 5, 7})
    assert carried(leaves, reference3, ref_centres, groups3, centres, lesser=lesser) == [
        ((), [0, 1]),
        ((), [2]),
    ]
    # accounts that joined nothing (a message of their own) keep their sub-topic
    alone = [[0, 1], [2, 3], [4, 5, 7], [6]]
    assert carried(
        leaves, reference3, ref_centres, alone, np.vstack([centres[:2], centres[:2]]), (), lesser
    ) == [((), [0, 1]), ((), [2]), ((), [3])]


def test_on_as_shipped() -> None:
    assert topics.FORMED_FIRST is True


REPORTS = Path(__file__).parents[2] / "src/forum_messages/editions/evaluation/reports"


def _placed(draft: Any) -> dict[frozenset[str], tuple[str, str]]:
    """Each message (by its sources) with its theme and sub-topic."""
    return {
        frozenset(s.statement for s in m.sources): (th.key, tp.id)
        for th in draft.themes
        for tp in th.topics
        for m in tp.messages
    }


def _moved(
    a: dict[frozenset[str], tuple[str, str]], b: dict[frozenset[str], tuple[str, str]]
) -> int:
    """Pairs of messages of one theme in both drafts that share a sub-topic in one only."""
    both = sorted(set(a) & set(b), key=sorted)
    return sum(
        (a[m][1] == a[n][1]) != (b[m][1] == b[n][1])
        for m, n in combinations(both, 2)
        if a[m][0] == a[n][0]
    )


@pytest.mark.slow
def test_a_draft_whose_reading_takes_a_message_out_keeps_the_others_sub_topics(
    use_embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """test-cartagena (development material): the question the meeting left open, read as a
    description (``soft_kinds.DESCRIBED_QUESTION``), leaves its theme of ten messages; with the
    room it took given to the next points (``single_points.DESCRIBED_ROOM``) others come in."""
    from forum_messages.evaluation.material import load_material
    from forum_messages.evaluation.realistic import draft_material

    material = load_material(str(REPORTS / "test-cartagena.yaml"))
    embedder = memo_for(use_embedder)

    def placed(**settings: object) -> dict[frozenset[str], tuple[str, str]]:
        with monkeypatch.context() as m:
            for name, value in settings.items():
                module = topics if name == "FORMED_FIRST" else single_points
                if name == "DESCRIBED_QUESTION":
                    module = soft_kinds
                m.setattr(module, name, value)
            return _placed(draft_material(material, embedder))

    shipped = placed()
    question = placed(DESCRIBED_QUESTION=True)
    room = placed(DESCRIBED_QUESTION=True, DESCRIBED_ROOM=True)
    assert len(question) == len(shipped) - 1
    assert len(room) > len(question)  # the room taken by the next points
    assert _moved(shipped, question) == 0
    assert _moved(shipped, room) == 0
    # formed on the messages left, the others re-cut
    before = placed(FORMED_FIRST=False)
    assert before == shipped  # nothing left: the same sub-topics either way
    assert _moved(before, placed(FORMED_FIRST=False, DESCRIBED_QUESTION=True)) > 0


@pytest.mark.slow
def test_a_message_joined_by_two_accounts_keeps_its_sub_topic_in_a_draft(
    use_embedder: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """test-global-tracks (development material): the two librarians' accounts join the
    message on public access (``single_points.ACCOUNTS_ONLY`` "join")."""
    from forum_messages.evaluation.material import load_material
    from forum_messages.evaluation.realistic import draft_material

    material = load_material(str(REPORTS / "test-global-tracks.yaml"))
    embedder = memo_for(use_embedder)
    shipped = _placed(draft_material(material, embedder))
    monkeypatch.setattr(single_points, "ACCOUNTS_ONLY", "join")
    monkeypatch.setattr(single_points, "ACCOUNTS_JOIN", 0.3)
    joined = _placed(draft_material(material, embedder))
    gone = set(shipped) - set(joined)
    assert len(gone) == 2 and len(joined) == len(shipped) - 1
    into = next(m for m in set(joined) - set(shipped))
    stories, was = sorted(gone, key=len)
    assert into == stories | was
    # the message the accounts joined shares a sub-topic with the same messages as before
    theme = shipped[was][0]
    others = [m for m in set(shipped) & set(joined) if shipped[m][0] == theme]
    assert len(others) >= 5
    assert [joined[m][1] == joined[into][1] for m in others] == [
        shipped[m][1] == shipped[was][1] for m in others
    ]
    assert _moved(shipped, joined) == 0
