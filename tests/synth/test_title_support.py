"""A sub-topic title of several messages rests on two of them at least, and a joined title
keeps the capitals of a proper name (``synth/labels.py`` ``_thin``, ``_held_up``,
``decapitalise``)."""

from __future__ import annotations

import numpy as np

from forum_messages.synth.distinct import Candidate
from forum_messages.synth.labels import (
    KeyphraseLabeller,
    TopicText,
    _thin,
    decapitalise,
    join_titles,
    proper_words,
)
from forum_messages.synth.topic_vocab import fits_by_words

#: Four messages: two on e-mail addresses in Arabic script, one on screen readers, one on
#: training language models on digitised manuscripts.
MIXED = [
    ["Sign-up forms still reject e-mail addresses written in Arabic script."],
    ["Government portals should accept e-mail addresses in Arabic script and Arabic domains."],
    ["Screen readers perform poorly on Arabic text without vowel marks."],
    ["Digitised manuscripts give generative AI models material in classical Arabic."],
]
CABLES = [
    ["Subsea cables landing in small islands need redundant routes."],
    ["Repairing a damaged subsea cable takes weeks for lack of repair ships."],
    ["Satellite backup keeps hospitals online when the cable is cut."],
]


def _topic(messages: list[list[str]]) -> TopicText:
    centre = np.zeros(4, dtype=np.float32)
    return TopicText([], centre, [(texts, centre) for texts in messages])


def test_a_title_resting_on_one_message_of_several_is_thin() -> None:
    # each half names the subject of one message of four
    fit = fits_by_words("Generative AI and screen readers", MIXED)
    assert [len(f) for f in fit] == [1, 1]
    assert _thin(fit, len(MIXED))
    # a half fitting two messages: not thin
    assert not _thin(fits_by_words("E-mail addresses and screen readers", MIXED), len(MIXED))
    # one message of two or three, as a whole
    assert _thin(fits_by_words("Satellite backup", CABLES), len(CABLES))
    assert not _thin(fits_by_words("Subsea cables", CABLES), len(CABLES))
    # a sub-topic of one message: never
    assert not _thin(fits_by_words("Satellite backup", CABLES[2:]), 1)
    # two or three messages, a title whose halves fit one each: it names most, and stays
    assert not _thin(fits_by_words("Generative AI and screen readers", MIXED[2:]), 2)
    assert not _thin(fits_by_words("Generative AI and screen readers", MIXED[1:]), 3)


def test_a_thin_title_gives_way_to_one_fitting_two_messages() -> None:
    ranked = (
        Candidate("Generative AI and screen readers", 2),
        Candidate("Screen readers", 1),
        Candidate("E-mail addresses", 2),
    )
    results = [("Generative AI and screen readers", (), ranked)]
    out = KeyphraseLabeller._held_up(results, [_topic(MIXED)], "en")
    assert out[0][0] == "E-mail addresses"
    # with no candidate fitting two, the title stays
    alone = [("Generative AI and screen readers", (), ranked[:2])]
    assert KeyphraseLabeller._held_up(alone, [_topic(MIXED)], "en") == alone
    # a title fitting one message of three gives way to one fitting more
    single = [
        ("Satellite backup", (), (Candidate("Satellite backup", 1), Candidate("Subsea cables", 2)))
    ]
    assert KeyphraseLabeller._held_up(single, [_topic(CABLES)], "en")[0][0] == "Subsea cables"


def test_a_joined_title_keeps_a_proper_name_and_internet() -> None:
    assert join_titles("IPv6 deployment", "Internet of Things", "en") == (
        "IPv6 deployment and Internet of Things"
    )
    assert join_titles("Cybersecurity", "Internet fragmentation", "en") == (
        "Cybersecurity and Internet fragmentation"
    )
    assert join_titles("Ciberseguridad", "Fragmentación de Internet", "es") == (
        "Ciberseguridad y fragmentación de Internet"
    )
    assert join_titles("Ciberseguridad", "Pacto Digital Mundial", "es") == (
        "Ciberseguridad y Pacto Digital Mundial"
    )
    # the rest in sentence case, as before
    assert (
        join_titles("Cybersecurity", "Digital divide", "en") == "Cybersecurity and digital divide"
    )
    assert decapitalise("Digital public infrastructure", "en") == "digital public infrastructure"
    assert decapitalise("Защита детей", "ru") == "защита детей"
    assert "Internet" in proper_words("fr") and "Things" in proper_words("en")
    assert not proper_words("ru")


def test_a_thin_title_never_gives_way_to_its_own_words_cut_short() -> None:
    languages = [
        ["Most local languages have no keyboard support on phones."],
        ["Languages of the region are missing from search engines."],
        ["Speech tools ignore minority languages."],
    ]
    ranked = (Candidate("Local languages", 1), Candidate("Languages", 3))
    results = [("Local languages", (), ranked)]
    assert KeyphraseLabeller._held_up(results, [_topic(languages)], "en")[0][0] == (
        "Local languages"
    )


def test_an_umbrella_topic_gives_way_to_a_narrower_one_found_in_most_messages() -> None:
    ai = [
        ["Regulating AI by risk needs shared definitions of high risk."],
        ["AI regulation should involve civil society when risk categories are set."],
        ["Governing AI requires independent oversight bodies."],
        ["AI tools in schools need teachers trained to use them."],
    ]
    ranked = (
        Candidate("Artificial intelligence", 4),
        Candidate("AI safety and risk", 2),
        Candidate("AI governance", 3),
    )
    results = [("Artificial intelligence", (), ranked)]
    assert KeyphraseLabeller._held_up(results, [_topic(ai)], "en")[0][0] == "AI governance"
    # found in half of them only: the umbrella stays
    half = [ai[0], ai[3], ["AI literacy matters."], ["AI tutors help pupils."]]
    assert KeyphraseLabeller._held_up(results, [_topic(half)], "en")[0][0] == (
        "Artificial intelligence"
    )


def test_developing_countries_are_actors_not_a_subject() -> None:
    from forum_messages.synth.title_form import faulty

    assert faulty("发展中国家", "zh")
    assert faulty("Developing countries", "en")
    assert not faulty("全球数字契约", "zh")


def test_the_vocabulary_reads_frameworks_on_ai_and_shared_towers() -> None:
    from forum_messages.synth.topic_match import prepare
    from forum_messages.synth.topic_vocab import policy_topics, topics_found

    def found(text: str) -> set[str]:
        return {policy_topics()[t].titles["en"] for t in topics_found(prepare(text))}

    assert "AI governance" in found("Associer les universités à tout cadre régional sur l'IA.")
    assert "AI governance" in found("Un marco regional sobre la IA debe ser abierto.")
    assert "Infrastructure investment" in found("يجب تقاسم الأبراج والألياف بين المشغلين.")
    assert "Infrastructure investment" not in found("La fibra alimentaria es sana.")
