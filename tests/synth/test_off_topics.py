"""A source on another policy topic than its message's core, which the pair model puts apart
from it (``point_check.off_topics``, ``ThresholdGrouper(topic_bar=...)``); docs/quality.md,
step 41."""

import pytest

from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.same_point import PairFeatures, shipped_model

from .test_off_rest import TEXTS, _accepts, _core_first, _shared
from .test_off_support import FILLER, off_point_alone
from .test_off_support import MESSAGES as SUPPORT_CASES

SESSIONS = ["S1", "S2", "S3", "S4"]
# (core, member) probabilities: 3 is the least likely, then 2
PROB = {(0, 1): 0.9, (0, 2): 0.3, (0, 3): 0.2}


def _found(topics: dict[int, set[int]]):  # type: ignore[no-untyped-def]
    return lambda row: frozenset(topics.get(row, set()))


def test_a_member_on_another_topic_below_the_bar_is_taken_out() -> None:
    found = _found({0: {1}, 1: {1}, 2: {1, 2}, 3: {5}})
    rows = [0, 1, 2, 3]
    # 3 shares no topic with the core and is below the bar; 2 shares topic 1 with it
    assert point_check.off_topics(rows, 0, PROB, 0.5, found, SESSIONS, 2) == [3]
    assert rows == [0, 1, 2]
    rows = [0, 1, 2, 3]  # at the bar or above, it stays
    assert point_check.off_topics(rows, 0, PROB, 0.2, found, SESSIONS, 2) == []
    assert rows == [0, 1, 2, 3]


def test_a_member_or_core_with_no_topic_found_stays() -> None:
    rows = [0, 1, 2, 3]
    no_core = _found({1: {1}, 2: {2}, 3: {5}})
    assert point_check.off_topics(rows, 0, PROB, 0.5, no_core, SESSIONS, 2) == []
    unread = _found({0: {1}, 1: {1}, 2: set(), 3: set()})
    assert point_check.off_topics(rows, 0, PROB, 0.5, unread, SESSIONS, 2) == []
    assert rows == [0, 1, 2, 3]


def test_the_least_likely_first_while_the_rest_keeps_two_sessions() -> None:
    found = _found({0: {1}, 1: {1}, 2: {3}, 3: {5}})
    rows = [0, 1, 2, 3]
    assert point_check.off_topics(rows, 0, PROB, 0.5, found, SESSIONS, 2) == [3, 2]
    assert rows == [0, 1]
    rows = [0, 1, 2, 3]  # 0 and 1 one session: 3 goes, then 2 must stay
    assert point_check.off_topics(rows, 0, PROB, 0.5, found, ["S1", "S1", "S2", "S3"], 2) == [3]
    assert rows == [0, 1, 2]


def test_topics_read_from_the_vocabulary_in_any_language() -> None:
    found = point_check._TopicsOf(
        [
            "Internet shutdowns during elections leave voters without information.",
            "Couper Internet pendant les élections prive les électeurs d'information.",
            "Age verification must protect children's privacy.",
            "Young delegates struggle to obtain visas.",
        ]
    )
    assert found(0) and found(0) & found(1)  # one topic, in English and in French
    assert not found.apart(0, 1)
    assert found.apart(0, 2)  # elections, and age assurance and privacy
    assert not found(3) and not found.apart(0, 3)  # no topic found: not judged


def test_the_topic_rule_is_off_by_default() -> None:
    assert grouping.TOPIC_BAR == 0.0
    assert "topic_bar" not in ThresholdGrouper(0.6, 2, 0.5).params()


@pytest.mark.parametrize("keep", [False, True])
def test_the_grouper_returns_the_member_to_the_candidates_or_keeps_it_apart(keep: bool) -> None:
    x = _core_first()
    # the three cable texts name one topic (subsea cables); the visa story none
    ev = TermEvidence(TEXTS, ["en"] * 4)
    common = {"same_point": 0.5, "core_model": _accepts(), "point_model": _shared()}
    on = ThresholdGrouper(0.6, 2, 0.5, topic_bar=0.5, topic_keep=keep, **common)  # type: ignore[arg-type]
    assert on.params()["topic_bar"] == 0.5 and on.params()["topic_keep"] is keep
    assert on.run(x, SESSIONS, ev).groups == [[0, 1, 2, 3]]  # no topic found: not judged
    # a fourth text on another topic, sharing no word with the core (the model: unlikely)
    texts = [*TEXTS[:3], "Age verification must protect children's privacy."]
    other = TermEvidence(texts, ["en"] * 4)
    off = ThresholdGrouper(0.6, 2, 0.5, **common).run(x, SESSIONS, other)  # type: ignore[arg-type]
    assert off.groups == [[0, 1, 2, 3]]
    out = on.run(x, SESSIONS, other)
    assert out.groups == [[0, 1, 2]] and out.detached == [3] and 3 in out.alone
    # back to the candidates, or a message of its own: nothing dropped
    assert out.halves == ([[3]] if keep else [])
    assert out.before == ([[0, 1, 2, 3]], [])


MESSAGES = {
    # French: two statements of media literacy at school, age checks and privacy beside them
    "fr off": (
        "fr",
        [
            "Les élèves doivent apprendre à l'école l'éducation aux médias et à l'information "
            "pour reconnaître les images truquées.",
            "L'éducation aux médias et à l'information doit être enseignée dès l'école primaire.",
            "La vérification de l'âge qui exige une pièce d'identité met en danger la vie "
            "privée des enfants.",
        ],
        [2],
    ),
    # English: the same, but the age check and the core both speak of children online (one
    # topic in both): it stays, as far from the core as the pair model puts it
    "en shared topic": (
        "en",
        [
            "Children need media and information literacy taught at school so that they can "
            "recognise manipulated images and scams.",
            "Schools should teach media and information literacy from an early age, including "
            "how to spot scams.",
            "Age assurance that asks children to upload identity documents creates new risks "
            "for their privacy.",
        ],
        [],
    ),
    # Spanish: paid teacher training three times; two name different topics, but the pair
    # model puts them together: left as it is
    "es one point": SUPPORT_CASES["es one point"],
}


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_the_topic_rule_with_the_real_embedder_and_shipped_pair_model(  # type: ignore[no-untyped-def]
    use_embedder, case: str
) -> None:
    lang, texts, taken = MESSAGES[case]
    out, groups, apart = off_point_alone(
        use_embedder, lang, texts, topics=(shipped_model(), 0.5, False)
    )
    assert out == taken
    assert groups == [[r for r in (0, 1, 2) if r not in taken]]
    assert apart == []  # back to the candidates


def test_a_message_of_two_on_two_topics_is_dissolved(use_embedder) -> None:  # type: ignore[no-untyped-def]
    lang, texts, _ = MESSAGES["fr off"]
    rows = [texts[0], texts[2], *FILLER]
    x = use_embedder.embed(rows)
    points = PairFeatures(x, TermEvidence(rows, [lang] * 2 + ["en"] * len(FILLER)), None, None)
    sessions = [f"S{i}" for i in range(len(rows))]
    model = shipped_model(core=True)
    groups = [[0, 1]]  # the rule off: the pair stays
    assert point_check.off_point(model, x, groups, sessions, points, 0.0, 2, True) == []
    assert groups == [[0, 1]]
    on = (shipped_model(), 0.5, False)
    out = point_check.off_point(model, x, groups, sessions, points, 0.0, 2, True, topics=on)
    assert out == [0, 1] and groups == [[]]
    apart: list[list[int]] = []  # kept apart: each a message of its own
    kept = (shipped_model(), 0.5, True)
    groups = [[0, 1]]
    out = point_check.off_point(
        model, x, groups, sessions, points, 0.0, 2, True, apart=apart, topics=kept
    )
    assert out == [0, 1] and apart == [[0], [1]]
