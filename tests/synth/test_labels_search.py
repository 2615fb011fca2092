"""Phrases found in a sub-topic's texts by one search over the texts joined: the same
answers as a search of each text."""

from __future__ import annotations

import numpy as np

from forum_messages.synth.labels import KeyphraseLabeller, TopicText


def _reference(labeller: KeyphraseLabeller, phrases: list[str], topic: TopicText) -> list[set[int]]:
    """``fits`` as the definition reads: a close centre, or the phrase in one of the texts."""
    centres = np.stack([centre for _, centre in topic.messages])
    close = (np.asarray(np.eye(len(phrases), 4, dtype=np.float32)) @ centres.T) >= labeller.fit
    return [
        {
            m
            for m, (texts, _) in enumerate(topic.messages)
            if bool(close[i, m]) or any(p.casefold() in t.casefold() for t in texts)
        }
        for i, p in enumerate(phrases)
    ]


def test_fits_finds_each_phrase_where_a_text_holds_it() -> None:
    rng = np.random.default_rng(3)
    alphabet = ["a", "b", " ", "\x00", "É", "é", "ß"]
    labeller = KeyphraseLabeller()
    axes = np.eye(4, dtype=np.float32)
    for _ in range(200):
        messages = []
        for _m in range(int(rng.integers(1, 4))):
            texts = [
                "".join(rng.choice(alphabet, size=int(rng.integers(0, 6))))
                for _ in range(int(rng.integers(0, 4)))  # a message may have no text
            ]
            messages.append((texts, axes[3]))
        topic = TopicText(["..."], axes[3], tuple(messages))
        phrases = ["".join(rng.choice(alphabet, size=int(rng.integers(0, 3)))) for _ in range(4)]
        vecs = np.eye(len(phrases), 4, dtype=np.float32)
        assert labeller.fits(phrases, vecs, topic) == _reference(labeller, phrases, topic)
