"""A sub-topic title joins a second topic or phrase only when it names a share of the
messages: where the first fits more than half of them by words, a second fitting one message
more is left out ("Disinformation and fact-checking" over three messages, fact-checking found
in one, is "Disinformation"; ``topic_vocab.SHARE_JOIN_RULE``)."""

from __future__ import annotations

import pytest

from forum_messages.nlp.base import Embedder, HashEmbedder
from forum_messages.synth import topic_vocab
from forum_messages.synth.labels import AND, KeyphraseLabeller, TopicText, _adds_share

#: a theme of two sub-topics: three messages, two on disinformation and one on fact-checking,
#: and two on subsea cables
THEME = {
    "en": [
        [
            ["Disinformation spreads fastest in the week before a vote."],
            ["Platforms should label disinformation about polling stations."],
            ["Fact-checking desks need stable funding."],
        ],
        [["Subsea cables need repair ships."], ["Two subsea cables were cut last year."]],
    ],
    "fr": [
        [
            ["La désinformation circule vite avant le scrutin."],
            ["Les plateformes doivent signaler la désinformation sur les bureaux de vote."],
            ["La vérification des faits manque de financement stable."],
        ],
        [
            ["Les câbles sous-marins ont besoin de navires de réparation."],
            ["Deux câbles sous-marins ont été coupés l'an dernier."],
        ],
    ],
    "ru": [
        [
            ["Дезинформация быстро распространяется перед выборами."],
            ["Платформы должны помечать дезинформацию об избирательных участках."],
            ["Проверке фактов не хватает устойчивого финансирования."],
        ],
        [
            ["Подводным кабелям нужны ремонтные суда."],
            ["Два подводных кабеля были повреждены в прошлом году."],
        ],
    ],
}
FIRST = {"en": "Disinformation", "fr": "Désinformation", "ru": "Дезинформация"}


def _topic(embedder: Embedder, messages: list[list[str]]) -> TopicText:
    texts = [t for m in messages for t in m]
    centres = [(m, embedder.embed(m).mean(axis=0)) for m in messages]
    return TopicText(texts, embedder.embed(texts).mean(axis=0), tuple(centres))


def _titles(embedder: Embedder, theme: list[list[list[str]]], language: str) -> list[str]:
    topics = [_topic(embedder, messages) for messages in theme]
    return [t for t, _, _ in KeyphraseLabeller().run(topics, language, [], [], embedder)]


@pytest.mark.parametrize("language", ["en", "fr", "ru"])
def test_a_topic_of_one_message_more_is_not_joined(
    monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    titles = _titles(HashEmbedder(), THEME[language], language)
    assert titles[0] == FIRST[language]
    # the rule off: the topic of the third message joined, as before
    monkeypatch.setattr(topic_vocab, "SHARE_JOIN_RULE", False)
    joined = _titles(HashEmbedder(), THEME[language], language)[0]
    assert joined.startswith(f"{FIRST[language]} {AND[language]} ")
    assert titles[1] == _titles(HashEmbedder(), THEME[language], language)[1]


def test_a_second_topic_fitting_two_messages_is_joined() -> None:
    theme = [
        [
            *THEME["en"][0][:2],
            ["Disinformation campaigns target journalists."],
            ["Fact-checking desks need stable funding."],
            ["Fact-checking must reach local radio audiences."],
        ],
        THEME["en"][1],
    ]
    assert _titles(HashEmbedder(), theme, "en")[0] == "Disinformation and fact-checking"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_with_the_real_encoder(use_embedder: Embedder, language: str) -> None:
    titles = _titles(use_embedder, THEME[language], language)
    assert titles[0] == FIRST[language]


def _messages(*texts: str) -> list[tuple[list[str], object]]:
    return [([text], None) for text in texts]


def test_adds_share_reads_the_messages_by_words(monkeypatch: pytest.MonkeyPatch) -> None:
    three = _messages(
        "Mangrove surveys count the trees each spring.",
        "Volunteers run mangrove surveys along the delta.",
        "The coastal registry is kept by the ministry.",
    )
    # the first fits two of three: a second found in the third only names no share
    assert not _adds_share("Mangrove surveys", "Coastal registry", three)
    # a first fitting one of three may take a second
    assert _adds_share("Coastal registry", "Mangrove surveys", three)
    # Spanish and Chinese: the same reading, by a word's start and anywhere in Han script
    es = _messages(
        "Los censos de manglares cuentan los árboles.",
        "Voluntarios hacen censos de manglares en el delta.",
        "El registro costero lo lleva el ministerio.",
    )
    assert not _adds_share("Censos de manglares", "Registro costero", es)
    zh = _messages(
        "红树林调查每年春天进行。", "志愿者在三角洲开展红树林调查。", "海岸登记册由部委保管。"
    )
    assert not _adds_share("红树林调查", "海岸登记册", zh)
    monkeypatch.setattr(topic_vocab, "SHARE_JOIN_RULE", False)
    assert _adds_share("Mangrove surveys", "Coastal registry", three)
