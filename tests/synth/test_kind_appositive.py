"""A name set beside a frame's speaker is not cut into the point."""

import pytest

from forum_messages.synth import kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "According to the district health officer, Samuel Tetteh, the clinic's solar panels "
            "have halved its fuel bill.",
            "en",
        ),
        ("According to the head of the agency, Ms Rivera, repair permits take 19 days.", "en"),
    ],
)
def test_a_name_in_apposition_keeps_the_sentence_whole(text: str, lang: str) -> None:
    kind = kinds.classify(text, lang)
    assert kind.point == text  # not "Samuel Tetteh, the clinic's ..."
    assert kind.attribution


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a frame with no name beside its speaker is still cut
        (
            "According to the panellists, community networks struggle mainly because spectrum "
            "licensing was designed for large operators.",
            "Community networks struggle mainly because spectrum licensing was designed for "
            "large operators.",
        ),
        # a list of places is not a name in apposition: the next word is capitalised
        (
            "According to participants, South Africa, Kenya and Nigeria have agreed to share "
            "spectrum data.",
            "South Africa, Kenya and Nigeria have agreed to share spectrum data.",
        ),
        # after a complementiser the capitalised words are the clause's subject
        (
            "Panellists stressed that Internet Exchange Points, in particular, lower costs.",
            "Internet Exchange Points, in particular, lower costs.",
        ),
    ],
)
def test_other_frames_are_still_cut(text: str, point: str) -> None:
    assert kinds.classify(text, "en").point == point


def test_the_reading_of_the_name() -> None:
    assert kinds._appositive("Samuel Tetteh, the clinic's panels work.")
    assert kinds._appositive("Ms Rivera, repair permits take 19 days.")
    assert not kinds._appositive("South Africa, Kenya and Nigeria agreed.")
    assert not kinds._appositive("Rivera, the clinic works.")  # one word: not read as a name
    assert not kinds._appositive("half of its fellows, now in policy, work.")
