"""No heading twice in a draft; no sibling headings naming one topic (``synth/distinct.py``,
``synth/topic_vocab.py``)."""

from __future__ import annotations

from forum_messages.synth.distinct import Candidate, distinct
from forum_messages.synth.topic_vocab import overlapping

from .test_topic_vocab import _choose


def _c(*pairs: tuple[str, int]) -> tuple[Candidate, ...]:
    return tuple(Candidate(title, evidence) for title, evidence in pairs)


def test_a_repeated_heading_stays_where_more_messages_evidence_it() -> None:
    titles = [["Education and online learning", "Subsea cables"], ["Education and online learning"]]
    candidates = {
        (0, 0): _c(("Education and online learning", 2), ("Digital skills and literacy", 2)),
        (1, 0): _c(("Education and online learning", 4), ("Schools", 3)),
    }
    assert distinct(titles, candidates) == [
        ["Digital skills and literacy", "Subsea cables"],
        ["Education and online learning"],
    ]


def test_on_a_tie_the_later_theme_moves_and_skips_headings_in_use() -> None:
    titles = [["Education and online learning"], ["Education and online learning", "Schools"]]
    candidates = {
        (0, 0): _c(("Education and online learning", 3), ("Teachers", 3)),
        # "Schools" is its sibling's heading; "Teachers" names what "Schools" does
        (1, 0): _c(
            ("Education and online learning", 3), ("Schools", 3), ("Teachers", 2), ("Open data", 2)
        ),
    }
    out = distinct(titles, candidates)
    assert out == [["Education and online learning"], ["Open data", "Schools"]]
    # the same input, the same output
    assert distinct(titles, candidates) == out


def test_a_candidate_overlapping_a_sibling_is_passed_over() -> None:
    titles = [["Data governance", "AI governance"], ["Data governance"]]
    candidates = {
        (0, 0): _c(("Data governance", 1), ("Artificial intelligence", 2), ("Open data", 2)),
        (1, 0): _c(("Data governance", 5)),
    }
    assert distinct(titles, candidates)[0] == ["Open data", "AI governance"]


def test_a_heading_no_candidate_can_replace_stays() -> None:
    titles = [["Open data"], ["Open data"]]
    candidates = {(0, 0): _c(("Open data", 2)), (1, 0): _c(("Open data", 1))}
    assert distinct(titles, candidates) == titles
    # a sub-topic without candidates (a language model's title) never moves
    assert distinct(titles, {(0, 0): _c(("Open data", 1), ("Open source", 1))}) == [
        ["Open source"],
        ["Open data"],
    ]


def test_headings_naming_a_topic_in_common_overlap() -> None:
    assert overlapping("AI governance", "Artificial intelligence")
    assert overlapping("Gouvernance de l'IA", "Intelligence artificielle")
    assert overlapping("Gender digital divide", "Digital divide")
    assert overlapping("Subsea cables", "subsea cables")
    assert not overlapping("Subsea cables", "Artificial intelligence")
    assert not overlapping("Community networks", "Data protection and privacy")


def test_siblings_take_no_overlapping_topics_nor_join_them() -> None:
    # the better fit keeps "Artificial intelligence"; its sibling takes its next topic
    found = [
        {"Artificial intelligence": {0, 1, 2}},
        {"AI governance": {0, 1}, "Data governance": {0, 1}},
    ]
    assert _choose(found, [3, 4]) == ["Artificial intelligence", "Data governance"]
    # a second topic is never one the first is part of
    found = [{"AI governance": {0, 1}, "Artificial intelligence": {2, 3}}]
    assert _choose(found, [5]) == ["AI governance"]


def test_on_equal_evidence_the_sub_topic_of_fewer_messages_moves() -> None:
    titles = [
        ["Inclusive participation in policy processes"],
        ["Inclusive participation in policy processes"],
    ]
    candidates = {
        (0, 0): _c(
            ("Inclusive participation in policy processes", 1), ("Sign language interpretation", 1)
        ),
        (1, 0): _c(("Inclusive participation in policy processes", 1), ("Open data", 1)),
    }
    # the earlier theme's sub-topic has one message, the later one's two: the smaller moves
    assert distinct(titles, candidates, {(0, 0): 1, (1, 0): 2}) == [
        ["Sign language interpretation"],
        ["Inclusive participation in policy processes"],
    ]
    # without sizes, the later theme moves as before
    assert distinct(titles, candidates) == [
        ["Inclusive participation in policy processes"],
        ["Open data"],
    ]


def test_a_spare_candidate_is_taken_only_with_as_much_evidence_as_the_heading() -> None:
    titles = [["Youth participation"], ["Youth participation"]]
    keeps = _c(("Youth participation", 5))
    spare = (
        Candidate("Sustainable funding", 1, spare=True),
        Candidate("Mentorship", 2, spare=True),
    )
    # the heading the weaker sub-topic holds fits two messages: "Sustainable funding",
    # found in one, is passed over, "Mentorship", fitting two, undoes the repeat
    candidates = {(0, 0): keeps, (1, 0): (Candidate("Youth participation", 2), *spare)}
    assert distinct(titles, candidates) == [["Youth participation"], ["Mentorship"]]
    # with only the spare of one message, the repeat stays rather than a heading fitting fewer
    candidates = {(0, 0): keeps, (1, 0): (Candidate("Youth participation", 2), spare[0])}
    assert distinct(titles, candidates) == titles
    # a ranked (not spare) candidate is taken as before
    plain = Candidate("Sustainable funding", 1)
    candidates = {(0, 0): keeps, (1, 0): (Candidate("Youth participation", 2), plain)}
    assert distinct(titles, candidates) == [["Youth participation"], ["Sustainable funding"]]
