"""A sub-topic title holds up in its messages by words or the vocabulary's wordings
(``synth/labels.py`` ``holds``, ``synth/topic_vocab.py`` ``fits_by_words``, ``parts_of``)."""

from __future__ import annotations

from forum_messages.synth.labels import holds
from forum_messages.synth.topic_vocab import fits_by_words, parts_of, splits_of

LICENCES = [
    ["Regulators should simplify licences for community networks run by local cooperatives."],
    ["Community networks in mountain villages need access to unused spectrum at low cost."],
]
CABLES = [
    ["Los cables submarinos que llegan a Lima necesitan rutas redundantes."],
    ["La reparación de un cable dañado tarda semanas por la falta de buques."],
]


def test_a_vocabulary_title_holding_and_is_one_part() -> None:
    assert parts_of("Elections and democracy") == ["Elections and democracy"]
    assert parts_of("包容性参与政策进程") == ["包容性参与政策进程"]  # 参与 holds 与
    assert parts_of("Subsea cables and sustainable funding") == [
        "Subsea cables",
        "sustainable funding",
    ]
    # an Arabic "و" opening a word is read both ways by ``holds``
    title = "الكابلات البحرية والتمويل المستدام"
    assert ["الكابلات البحرية", "التمويل المستدام"] in splits_of(title)


def test_a_part_fits_by_its_words_or_a_wording_of_its_topic() -> None:
    fit = fits_by_words("Community networks and spectrum management", LICENCES)
    assert fit == [frozenset({0, 1}), frozenset({1})]  # "spectrum", a wording of the topic
    # from a word's start only: "ia" inside "materia" is no "IA"
    texts = [["La materia prima del debate fue la conectividad rural."]]
    assert fits_by_words("IA", texts) == [frozenset()]


def test_a_title_naming_a_topic_no_message_is_about_does_not_hold() -> None:
    assert holds("Community networks", LICENCES)
    assert not holds("Community networks and online fraud", LICENCES)
    assert holds("Cables submarinos", CABLES)  # "cable" in the sources, any form
    assert not holds("Cables submarinos y financiación sostenible", CABLES)


def test_a_title_that_does_not_hold_gives_way_to_the_next_that_does() -> None:
    import numpy as np

    from forum_messages.synth.distinct import Candidate
    from forum_messages.synth.labels import KeyphraseLabeller, TopicText

    centre = np.zeros(4, dtype=np.float32)
    topic = TopicText([], centre, [(texts, centre) for texts in LICENCES])
    other = TopicText([], centre, [(["Les câbles sous-marins ont besoin de navires."], centre)])
    ranked = (
        Candidate("Community networks and online fraud", 2),
        Candidate("Subsea cables", 2),  # the sibling's heading: passed over
        Candidate("Online fraud", 1),  # fits none of the messages
        Candidate("Spectrum policy", 1),  # holds, by "spectrum", in one message of two
    )
    results = [
        ("Community networks and online fraud", (), ranked),
        ("Subsea cables", (), (Candidate("Subsea cables", 1),)),
    ]
    out = KeyphraseLabeller._held_up(results, [topic, other], "en")
    assert [title for title, _, _ in out] == ["Community networks", "Subsea cables"]
    # the heading's own part, fitting both messages, before a topic fitting one
    assert out[0][2][0] == Candidate("Community networks", 2)
    # a title that holds stays; so does one with no candidate that holds
    assert KeyphraseLabeller._held_up(out, [topic, other], "en") == out
    alone = [("Online fraud", (), (Candidate("Online fraud", 1),))]
    assert KeyphraseLabeller._held_up(alone, [topic], "en") == alone
