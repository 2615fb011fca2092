"""A heading "A and B" gives way to one phrase that alone fits as many of its sub-topic's
messages (``labels.ONE_FOR_JOINED_RULE``, ``_held_up``), in the six languages."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth import labels
from forum_messages.synth.distinct import Candidate
from forum_messages.synth.labels import KeyphraseLabeller, TopicText, join_titles

#: by language: two messages, each naming one part of the joined heading and both naming the
#: one phrase; the two parts and the phrase
CASES = {
    "en": (
        [
            ["Older persons lose savings to phone scams by callers posing as their bank."],
            ["Phone scams need capacity building for regulators and the police."],
        ],
        ("Older persons", "capacity building for regulators", "Phone scams"),
    ),
    "es": (
        [
            ["Las personas mayores pierden ahorros por estafas telefónicas cada mes."],
            ["Las estafas telefónicas exigen formación de la policía en cada provincia."],
        ],
        ("Personas mayores", "formación de la policía", "Estafas telefónicas"),
    ),
    "fr": (
        [
            ["Les personnes âgées perdent leur épargne à cause des arnaques téléphoniques."],
            ["Les arnaques téléphoniques demandent une formation des policiers dans chaque ville."],
        ],
        ("Personnes âgées", "formation des policiers", "Arnaques téléphoniques"),
    ),
    "ru": (
        [
            ["Пожилые люди теряют сбережения: телефонное мошенничество растёт."],
            ["Телефонное мошенничество требует обучения полиции в каждом городе."],
        ],
        ("Пожилые люди", "обучения полиции", "Телефонное мошенничество"),
    ),
    "ar": (
        [
            ["يفقد كبار السن مدخراتهم بسبب الاحتيال الهاتفي كل شهر."],
            ["يتطلب الاحتيال الهاتفي تدريب الشرطة في كل مدينة."],
        ],
        ("كبار السن", "تدريب الشرطة", "الاحتيال الهاتفي"),
    ),
    "zh": (
        [
            ["老年人因电话诈骗失去积蓄。"],
            ["应对电话诈骗需要警察培训。"],
        ],
        ("老年人", "警察培训", "电话诈骗"),
    ),
}


def _topic(messages: list[list[str]]) -> TopicText:
    centre = np.zeros(4, dtype=np.float32)
    return TopicText([], centre, [(texts, centre) for texts in messages])


def _results(language: str) -> tuple[list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]], str]:
    _, (a, b, one) = CASES[language]
    joined = join_titles(a, b, language)
    ranked = (Candidate(joined, 2), Candidate(a, 1), Candidate(one, 2))
    return [(joined, (), ranked)], joined


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_joined_title_gives_way_to_one_phrase_fitting_as_many(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages, (_, _, one) = CASES[language]
    results, joined = _results(language)
    out = KeyphraseLabeller._held_up(results, [_topic(messages)], language)
    assert out[0][0] == one
    assert out[0][2][0].title == one  # the title leads its candidates
    assert joined in [c.title for c in out[0][2]]
    monkeypatch.setattr(labels, "ONE_FOR_JOINED_RULE", False)
    assert KeyphraseLabeller._held_up(results, [_topic(messages)], language)[0][0] == joined


@pytest.mark.parametrize("language", sorted(CASES))
def test_a_phrase_fitting_fewer_than_the_joined_title_does_not_replace_it(language: str) -> None:
    messages, (a, b, one) = CASES[language]
    joined = join_titles(a, b, language)
    # the one phrase found in the first message only: it fits fewer than the two joined
    fewer = [messages[0], [messages[1][0].replace(one.lower(), "").replace(one, "")]]
    ranked = (Candidate(joined, 2), Candidate(one, 1))
    out = KeyphraseLabeller._held_up([(joined, (), ranked)], [_topic(fewer)], language)
    assert out[0][0] == joined


def test_a_word_cut_out_of_the_joined_title_or_two_joined_again_do_not_replace_it() -> None:
    messages, (a, b, _) = CASES["en"]
    joined = join_titles(a, b, "en")
    ranked = (
        Candidate(joined, 2),
        Candidate("Older", 2),  # the heading cut short
        Candidate("Phone scams and older persons", 2),  # two subjects again
    )
    out = KeyphraseLabeller._held_up([(joined, (), ranked)], [_topic(messages)], "en")
    assert out[0][0] == joined


def test_a_joined_title_whose_parts_each_fit_two_messages_stays() -> None:
    messages = [
        ["Older persons lose savings to phone scams; capacity building for regulators lags."],
        ["Phone scams target older persons; capacity building for regulators is needed."],
    ]
    joined = join_titles("Older persons", "capacity building for regulators", "en")
    ranked = (Candidate(joined, 2), Candidate("Phone scams", 2))
    out = KeyphraseLabeller._held_up([(joined, (), ranked)], [_topic(messages)], "en")
    assert out[0][0] == joined
