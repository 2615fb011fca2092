"""A speaker's own words never title a sub-topic while a subject is on offer: a phrase in the
first person, a report of what someone asked, a Russian verb in the past, a French or
Spanish verb followed by its object's quantifier (``title_form.speaker_words``)."""

from __future__ import annotations

import pytest

from forum_messages.nlp.base import Embedder, HashEmbedder
from forum_messages.synth import title_form
from forum_messages.synth.labels import KeyphraseLabeller, TopicText
from forum_messages.synth.title_form import faulty, speaker_words

SPOKEN = [
    ("Soy de Huanta", "es"),
    ("Nuestras radios comunitarias", "es"),
    ("Contesta cualquier cosa", "es"),
    ("Our digital lives", "en"),
    ("We ask", "en"),
    ("Nos réseaux communautaires", "fr"),
    ("Offre chaque jour", "fr"),
    ("Молодёжь просит", "ru"),
    ("Поддерживали университеты", "ru"),
    ("我们的社区网络", "zh"),
    ("نحن نطالب", "ar"),
]
SUBJECTS = [
    ("Redes comunitarias", "es"),
    ("Internet para todos los pueblos", "es"),
    ("Digital identity", "en"),
    ("US export controls of chips", "en"),
    ("Réseaux communautaires", "fr"),
    ("Участие молодёжи", "ru"),
    ("Модели искусственного интеллекта", "ru"),
    ("社区网络", "zh"),
    ("المحافظ الرقمية", "ar"),
]


@pytest.mark.parametrize(("phrase", "language"), SPOKEN)
def test_a_speakers_words_are_a_fragment(phrase: str, language: str) -> None:
    assert faulty(phrase, language)


@pytest.mark.parametrize(("phrase", "language"), SUBJECTS)
def test_a_subject_is_no_speakers_words(phrase: str, language: str) -> None:
    assert not speaker_words(phrase, language)


def test_the_rule_off_gives_the_earlier_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(title_form, "SPEAKER_RULE", False)
    for phrase, language in [("Soy de Huanta", "es"), ("Молодёжь просит", "ru")]:
        assert not speaker_words(phrase, language)
        assert not faulty(phrase, language)
    assert not faulty("Contesta cualquier cosa", "es")


def _topic(embedder: Embedder, messages: list[list[str]]) -> TopicText:
    texts = [t for m in messages for t in m]
    centres = [(m, embedder.embed(m).mean(axis=0)) for m in messages]
    return TopicText(texts, embedder.embed(texts).mean(axis=0), tuple(centres))


NETWORKS = [
    ["Las redes comunitarias llevan conectividad a las aldeas remotas."],
    ["Las redes comunitarias necesitan licencias de espectro asequibles."],
]
QUOTED = [
    [
        "Yo soy de Huanta y en mi pueblo el teléfono móvil no entiende el quechua.",
        "Soy de Huanta: el teléfono móvil solo habla castellano.",
    ]
]


def _titles(embedder: Embedder) -> list[str]:
    topics = [_topic(embedder, NETWORKS), _topic(embedder, QUOTED)]
    return [t for t, _, _ in KeyphraseLabeller().run(topics, "es", [], [], embedder)]


def test_a_quoted_speaker_gives_way_to_a_subject_of_the_statements(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _titles(HashEmbedder()) == ["Redes comunitarias", "Teléfono móvil"]
    # without the rule the speaker's words title it: the test is about the rule
    monkeypatch.setattr(title_form, "SPEAKER_RULE", False)
    assert _titles(HashEmbedder()) == ["Redes comunitarias", "Soy de Huanta"]


def test_with_the_real_encoder_too(use_embedder: Embedder) -> None:
    assert _titles(use_embedder) == ["Redes comunitarias", "Teléfono móvil"]
