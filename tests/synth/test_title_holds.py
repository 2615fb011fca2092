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
