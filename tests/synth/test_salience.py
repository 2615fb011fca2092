"""Which one-session points become messages, and how big a draft aims to be."""

from __future__ import annotations

import math

import numpy as np
import pytest

from forum_messages.errors import ConfigError
from forum_messages.nlp.base import normalise_rows
from forum_messages.synth import single_points
from forum_messages.synth.salience import (
    HIGH,
    LOW,
    SALIENT,
    Cues,
    Ranked,
    apart,
    choose,
    report_sessions,
    salience,
    target_range,
    theme_share,
)
from forum_messages.synth.settings import Settings
from forum_messages.synth.theme_run import _Run
from forum_messages.synth.topics import with_sessions

from .helpers import corpus


def _cues(n: int, **flags: list[bool]) -> Cues:
    none = [False] * n
    return Cues(
        main=flags.get("main", none),
        call=flags.get("call", none),
        policy=flags.get("policy", none),
        attribution=flags.get("attribution", none),
        described=flags.get("described", none),
    )


def _ranked(scores: list[float], between: list[list[float]] | None = None) -> Ranked:
    n = len(scores)
    return Ranked(scores, np.array(between) if between is not None else np.eye(n))


def test_the_range_follows_the_square_root_of_the_sessions_unless_the_edition_gives_it() -> None:
    found = target_range(262)
    assert found is not None
    low, high = found
    assert low == pytest.approx(LOW * math.sqrt(262)) and high == pytest.approx(
        HIGH * math.sqrt(262)
    )
    assert low <= 88 <= high  # the 20th IGF: 88 bullets for 262 sessions
    assert target_range(262, 80, 100) == (80.0, 100.0)
    assert target_range(4, 30, 0) == (30.0, 30.0)  # a high end below the low end is raised
    assert target_range(0) is None  # no report sessions: a consultation's rule


def test_a_consultations_table_has_no_report_sessions() -> None:
    class Table(list):  # type: ignore[type-arg]
        def by_code(self) -> dict[str, object]:
            raise AssertionError("no record of a response is made")

    assert report_sessions(Table()) == 0
    sessions = corpus([("WS #1", "trust", "en", ["A."]), ("WS #2", "trust", "en", ["B."])]).sessions
    assert report_sessions(sessions) == 2


def test_settings_refuse_a_range_upside_down() -> None:
    Settings(messages_min=10, messages_max=20)
    Settings(messages_min=10)  # the high end from the sessions
    with pytest.raises(ConfigError, match="messages_min must not be above messages_max"):
        Settings(messages_min=30, messages_max=20)
    with pytest.raises(ConfigError, match="messages_min and messages_max"):
        Settings(messages_max=-1)


def test_two_takeaways_of_one_session_are_cut_apart_a_takeaway_and_its_call_are_not() -> None:
    kind = {1: "key_takeaway", 2: "key_takeaway", 3: "key_takeaway", 4: "call_to_action"}
    assert apart([[2, 1], [3, 4]], kind.__getitem__) == [[1], [2], [3, 4]]


def test_the_theme_is_filled_to_its_share_of_the_low_end_then_only_salient_points_join() -> None:
    candidates = [[0], [1], [2], [3], [4]]
    sessions = ["a", "b", "c", "d", "e"]
    low = SALIENT - 1.0
    ranked = _ranked([SALIENT + 1, low, SALIENT, low - 0.5, SALIENT + 0.5])
    cues = _cues(5)
    # 2 groups, low end 6: four candidates fill it, salient or not
    assert choose(candidates, sessions, ranked, cues, 2, (6.0, 10.0)) == [0, 4, 2, 1]
    # low end 4: two fill it, then only the salient ones join
    assert choose(candidates, sessions, ranked, cues, 2, (4.0, 10.0)) == [0, 4, 2]
    # low end reached by the groups: only salient points, up to the high end (7 - 4 groups)
    assert choose(candidates, sessions, ranked, cues, 4, (4.0, 7.0)) == [0, 4, 2]
    assert choose(candidates, sessions, ranked, cues, 4, (4.0, 6.0)) == [0, 4]
    # the groups alone pass the high end: still the most salient point
    assert choose(candidates, sessions, ranked, cues, 8, (4.0, 6.0)) == [0]
    # ... and up to a tenth of the groups
    assert choose(candidates, sessions, ranked, cues, 20, (4.0, 6.0)) == [0, 4]


def test_attributions_are_never_kept_and_a_session_does_not_repeat_itself() -> None:
    candidates = [[0], [1], [2], [3]]
    sessions = ["a", "a", "a", "b"]
    between = [
        [1.0, 0.7, 0.2, 0.1],
        [0.7, 1.0, 0.1, 0.1],
        [0.2, 0.1, 1.0, 0.1],
        [0.1, 0.1, 0.1, 1.0],
    ]
    ranked = _ranked([5.0, 4.9, 4.8, 3.0], between)
    kept = choose(candidates, sessions, ranked, _cues(4), 0, (10.0, 10.0))
    # session a's best, then b's (each session's best first), then a's other point; a's
    # second candidate says what its first says
    assert kept == [0, 3, 2]
    cues = _cues(4, attribution=[True, False, False, False])
    assert choose(candidates, sessions, ranked, cues, 0, (10.0, 10.0)) == [1, 3, 2]


def test_with_agree_a_session_does_not_keep_a_point_counted_as_made_twice() -> None:
    candidates = [[0], [1], [2]]
    sessions = ["a", "a", "b"]
    between = [[1.0, 0.45, 0.1], [0.45, 1.0, 0.1], [0.1, 0.1, 1.0]]
    ranked = _ranked([5.0, 4.9, 4.8], between)
    # below ``REPEAT`` a's second candidate says something else ...
    assert choose(candidates, sessions, ranked, _cues(3), 0, (10.0, 10.0)) == [0, 2, 1]
    # ... unless it is as close as ``agree`` (rounded): then it repeats the first
    assert choose(candidates, sessions, ranked, _cues(3), 0, (10.0, 10.0), agree=0.45) == [0, 2]
    assert choose(candidates, sessions, ranked, _cues(3), 0, (10.0, 10.0), agree=0.46) == [0, 2, 1]


def test_salience_adds_its_cues() -> None:
    x = normalise_rows(np.eye(4, dtype=np.float32)[[0, 1, 2, 3, 3]])
    rows_session = ["g", "g", "a", "b", "b"]
    groups = [[0, 1]]  # a message of session g on direction 0 and 1
    candidates = [[2], [3, 4]]
    plain = salience(x, candidates, rows_session, groups, _cues(2)).scores
    # nothing near the message (+1), session not in any message (+1); the second one holds
    # two statements saying the same (+1, their similarity)
    assert plain == pytest.approx([2.0, 3.0])
    cued = salience(
        x, candidates, rows_session, groups, _cues(2, main=[True, False], call=[False, True])
    ).scores
    assert cued == pytest.approx([4.0, 4.0])
    covered = salience(x, candidates, ["a", "g", "a", "b", "b"], groups, _cues(2)).scores
    assert covered == pytest.approx([1.0, 3.0])  # session a is in the message now


def test_a_point_its_session_makes_in_three_statements_counts_each_with_agree() -> None:
    # session a: a takeaway and its call (similarity 0.6), an account on the same point, and
    # a point of its own; session b: a takeaway and its call on another point; session g's
    # message lies elsewhere
    x = normalise_rows(
        np.array(
            [
                [1.0, 0.0, 0.0, 0.0, 0.0],
                [0.6, 0.8, 0.0, 0.0, 0.0],
                [0.8, 0.6, 0.0, 0.0, 0.0],
                [0.0, 0.0, 1.0, 0.0, 0.0],
                [0.0, 0.0, 0.0, 1.0, 0.0],
                [0.0, 0.0, 0.0, 0.6, 0.8],
                [0.0, 0.0, 0.0, 0.0, 1.0],
            ],
            dtype=np.float32,
        )
    )
    rows_session = ["a", "a", "a", "a", "b", "b", "g"]
    candidates = [[0, 1], [2], [3], [4, 5]]
    groups = [[6]]
    before = salience(x, candidates, rows_session, groups, _cues(4)).scores
    assert salience(x, candidates, rows_session, groups, _cues(4), 0.0).scores == before
    after = salience(x, candidates, rows_session, groups, _cues(4), 0.4).scores
    centre = normalise_rows(np.array([[1.6, 0.8, 0.0, 0.0, 0.0]], dtype=np.float32))[0]
    account = float(centre @ x[2])  # the account, near the takeaway and its call
    # before: the nearest candidate of the session alone (the account, nearer than the
    # takeaway and its call are to each other); after: their similarity and the account's
    assert before[0] == pytest.approx(1.0 + account + 1.0, abs=1e-5)
    assert after[0] == pytest.approx(1.0 + 0.6 + account + 1.0, abs=1e-5)
    # the account has one candidate of its session agreeing, the point of its own none, and
    # session b makes its point in two statements: as before
    assert after[1:] == before[1:]
    # below the bar the account does not count
    assert salience(x, candidates, rows_session, groups, _cues(4), 0.99).scores == before


def test_messages_sharing_a_session_are_closer_by_the_session_weight() -> None:
    centres = normalise_rows(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 1.0]], dtype=np.float32))
    out = with_sessions(centres, [["a"], ["a", "b"], ["c"]], 0.25)
    sims = out @ out.T
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-6)
    assert sims[0, 1] == pytest.approx(0.25 * (1 / math.sqrt(2)), abs=1e-6)
    assert sims[1, 2] == pytest.approx(0.75, abs=1e-6)
    assert sims[0, 2] == pytest.approx(0.0, abs=1e-6)


def test_a_theme_has_its_share_of_the_range() -> None:
    assert theme_share((30.0, 60.0), 25, 100) == (7.5, 15.0)
    assert theme_share((30.0, 60.0), 0, 0) == (0.0, 0.0)


def test_a_table_of_sessions_too_big_to_hold_leaves_the_centroids_as_they_are(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_messages.synth import topics

    centres = normalise_rows(np.eye(3, dtype=np.float32))
    monkeypatch.setattr(topics, "SESSION_CELLS", 8)
    assert with_sessions(centres, [["a"], ["b"], ["c"]]) is centres  # 9 cells
    assert with_sessions(centres, [["a"], ["a"], ["a"]]).shape == (3, 4)  # 3 cells


def test_a_candidate_read_as_a_description_comes_last_and_only_fills_the_theme() -> None:
    candidates = [[0], [1], [2], [3]]
    sessions = ["a", "b", "c", "d"]
    ranked = _ranked([SALIENT + 3, SALIENT + 1, SALIENT + 0.5, SALIENT - 1])
    plain = _cues(4)
    read = _cues(4, described=[True, False, False, False])
    # as before when nothing reads like a description
    assert choose(candidates, sessions, ranked, plain, 4, (4.0, 7.0)) == [0, 1, 2]
    # the most salient candidate reads like one: the theme has its share of the low end, so
    # it is left out and its room stays empty
    assert choose(candidates, sessions, ranked, read, 4, (4.0, 7.0)) == [1, 2]
    # ... or goes to the next candidate, salient or not, with ``keep_room``
    assert choose(candidates, sessions, ranked, read, 4, (4.0, 7.0), keep_room=True) == [1, 2, 3]
    # short of the low end it fills the theme, after every other candidate
    assert choose(candidates, sessions, ranked, read, 0, (5.0, 7.0)) == [1, 2, 3, 0]
    # kept when no other candidate is left to take its room
    alone = _cues(1, described=[True])
    assert choose([[0]], ["a"], _ranked([SALIENT + 3]), alone, 4, (4.0, 7.0)) == []
    assert choose([[0]], ["a"], _ranked([SALIENT + 3]), alone, 4, (4.0, 7.0), True) == [0]


def _room_run(reason: dict[int, str], theme: int, others: int) -> tuple[_Run, list[int]]:
    """A run of ``theme`` statements of one theme and ``others`` of the rest, with ``reason``
    set aside, as ``pipeline.run_pipeline`` counts them; and the theme's rows."""
    n = theme + others
    texts = [f"statement {i}" for i in range(n)]
    run = _Run(
        statements=texts,  # type: ignore[arg-type]  # the part reads no field of them
        sessions={},
        edition=None,  # type: ignore[arg-type]
        out_lang="ru",
        c=None,  # type: ignore[arg-type]
        fixed=None,  # type: ignore[arg-type]
        x=np.eye(n, dtype=np.float32),
        texts=texts,
        langs=["ru"] * n,
        vocabulary=[],
        reason=dict(reason),
        attribution=[False] * n,
        target=(26.46, 40.0),
        in_play=n - len(reason),
        described_all=sum(1 for why in reason.values() if why == "descriptive"),
        aside_all=len(reason),
    )
    return run, list(range(theme))


@pytest.mark.parametrize("room", ["in_play", "described", "all"])
def test_one_more_description_set_aside_leaves_the_room_as_it_was(
    monkeypatch: pytest.MonkeyPatch, room: str
) -> None:
    # a theme of 35 statements among 125 (one of the others thanks, two descriptions set
    # aside): 35 of 122 in play; then one more of the theme's read as a description
    monkeypatch.setattr(single_points, "ROOM", room)
    aside = {40: "procedural", 41: "descriptive", 42: "descriptive"}
    rooms = []
    for reason in (aside, {**aside, 7: "descriptive"}):
        run, rows = _room_run(reason, 35, 90)
        part = run.part(rows)[0]
        rooms.append(round(theme_share(part.target, *single_points.room_counts(part))[0]))
    if room != "in_play":  # 35 of 124 (7.47) or of 125 (7.41) both times: 7
        assert rooms == [7, 7]
    else:  # 35 of 122 (7.59: 8), then 34 of 121 (7.43: 7)
        assert rooms == [8, 7]


def test_a_room_counted_otherwise_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(single_points, "ROOM", "theme")
    run, rows = _room_run({}, 3, 3)
    with pytest.raises(ConfigError, match=r"single_points\.ROOM"):
        single_points.room_counts(run.part(rows)[0])


@pytest.mark.slow
def test_an_account_agreeing_with_a_workshops_point_counts_with_the_real_encoder(
    use_embedder,
) -> None:  # type: ignore[no-untyped-def]
    from .helpers import theme_run_view

    rows = corpus(
        [
            (
                "WS 1",
                "water",
                "fr",
                [
                    "Quand un rançongiciel bloque les systèmes d'une régie des eaux, la "
                    "facturation et le contrôle des stations de pompage passent en manuel "
                    "pendant des semaines.",
                    "Les communes devraient réserver une part fixe du budget informatique de "
                    "leur régie des eaux à la cybersécurité.",
                    "L'ingénieur Karim Benali, d'une régie des eaux de Sfax, a expliqué "
                    "qu'après un rançongiciel qui a bloqué ses stations de pompage, sa régie a "
                    "enfin réservé une part de son budget informatique à la cybersécurité.",
                    "Les compteurs d'eau connectés aident à trouver les fuites dans les "
                    "quartiers anciens.",
                ],
            ),
            (
                "WS 2",
                "water",
                "es",
                ["Los agricultores necesitan datos abiertos sobre el caudal de los ríos."],
            ),
            ("WS 3", "water", "en", ["Farmers need open data on river flows."]),
        ]
    )
    run = theme_run_view(use_embedder, rows)
    sessions = [st.session for st in run.statements]
    candidates = [[0, 1], [2], [3]]
    groups = [[4, 5]]
    cues = _cues(3, call=[True, False, False], attribution=[False, True, False])
    before = salience(run.x, candidates, sessions, groups, cues)
    after = salience(run.x, candidates, sessions, groups, cues, 0.4)
    account, meters = float(before.between[0, 1]), float(before.between[0, 2])
    # the engineer's account makes the workshop's point; the meters are another point
    assert round(account, 2) >= 0.4 > round(meters, 2)
    inner = float(run.x[0] @ run.x[1])
    # a call (+1), its subject far from the message (+ 1 - nearness), its session in no
    # message (+1), and the stress: the nearest of the account and the two statements'
    # similarity before, both after
    near = _nearest(run.x, [0, 1], groups)
    assert before.scores[0] == pytest.approx(1.0 + 1.0 - near + 1.0 + max(account, inner), abs=1e-5)
    assert after.scores[0] == pytest.approx(
        before.scores[0] - max(account, inner) + inner + account, abs=1e-5
    )
    assert after.scores[0] > before.scores[0]
    assert after.scores[2] == before.scores[2]


def _nearest(x: np.ndarray, rows: list[int], groups: list[list[int]]) -> float:
    from forum_messages.nlp.decide import centroid, decision_scores

    centres = np.stack([centroid(x[g]) for g in groups])
    return float(decision_scores(centroid(x[rows]), centres).max())
