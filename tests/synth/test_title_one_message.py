"""A sub-topic of one message is never titled by two of its own phrases joined ("A and B":
both the message's words, a quotation rather than a topic; ``labels.ONE_MESSAGE_JOIN_RULE``)."""

from __future__ import annotations

import pytest

from forum_messages.nlp.base import Embedder, HashEmbedder
from forum_messages.synth import labels
from forum_messages.synth.labels import KeyphraseLabeller, TopicText

RADIOS = {
    "en": [
        ["Community radios broadcast in local languages."],
        ["Community radios lack frequencies."],
    ],
    "es": [
        ["Las radios comunitarias emiten en lenguas locales."],
        ["Las radios comunitarias carecen de frecuencias."],
    ],
}
#: one message of two statements, each naming the same two things
MANGROVES = {
    "en": [
        "Tide gauges and mangrove surveys feed the coastal registry.",
        "Mangrove surveys and tide gauges are kept in the coastal registry.",
    ],
    "es": [
        "Los mareógrafos y los censos de manglares alimentan el registro costero.",
        "Los censos de manglares y los mareógrafos se guardan en el registro costero.",
    ],
}


def _topic(embedder: Embedder, messages: list[list[str]]) -> TopicText:
    texts = [t for m in messages for t in m]
    centres = [(m, embedder.embed(m).mean(axis=0)) for m in messages]
    return TopicText(texts, embedder.embed(texts).mean(axis=0), tuple(centres))


def _titles(embedder: Embedder, language: str) -> list[str]:
    topics = [_topic(embedder, RADIOS[language]), _topic(embedder, [MANGROVES[language]])]
    return [t for t, _, _ in KeyphraseLabeller().run(topics, language, [], [], embedder)]


def test_one_message_is_titled_by_one_phrase(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _titles(HashEmbedder(), "en") == ["Community radios", "Mangrove surveys"]
    # the rule off: the message's two phrases joined, as before
    monkeypatch.setattr(labels, "ONE_MESSAGE_JOIN_RULE", False)
    assert _titles(HashEmbedder(), "en") == [
        "Community radios",
        "Mangrove surveys and coastal registry",
    ]


@pytest.mark.parametrize("language", ["en", "es"])
def test_with_the_real_encoder_no_joined_title(use_embedder: Embedder, language: str) -> None:
    title = _titles(use_embedder, language)[1]
    assert f" {labels.AND[language]} " not in title
    assert title.casefold().split()[0] in " ".join(MANGROVES[language]).casefold()
