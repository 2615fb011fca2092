"""Our YAKE scores are the ``yake`` package's, phrase for phrase and bit for bit."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from importlib import resources

import pytest
import yake

from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.keyscore import extract, similarity, tag


def _package(text: str, stop: frozenset[str], n: int, top: int, dedup: float) -> list:  # type: ignore[type-arg]
    extractor = yake.KeywordExtractor(n=n, top=top, dedup_lim=dedup, stopwords=stop)
    return extractor.extract_keywords(text)


def _sample_statements() -> dict[str, list[str]]:
    folder = resources.files("forum_messages") / "editions" / "sample"
    out: dict[str, list[str]] = {}
    for name in ("sessions-access-cooperation.jsonl", "sessions-trust-innovation.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts = record.get("key_takeaways", []) + record.get("calls_to_action", [])
            out.setdefault(record.get("language", "en"), []).extend(texts)
    return out


def test_the_sample_statements_score_as_in_the_package() -> None:
    by_language = _sample_statements()
    assert {"en", "fr", "es"} <= set(by_language)
    compared = 0
    for language, texts in by_language.items():
        stop = stopwords(language)
        # the settings of the drafts on every statement, other settings on some
        settings = [(len(texts), 3, 60, 0.9), (40, 2, 20, 0.7)]
        for size, n, top, dedup in settings:
            for start in range(0, min(len(texts), 120), size):
                text = "\n".join(texts[start : start + size])
                expected = _package(text, stop, n, top, dedup)
                assert extract(text, stop, n=n, top=top, dedup=dedup) == expected
                compared += 1
    assert compared > 12


_WORDS = (  # noqa: SIM905 (a list of words reads better as text)
    "data Data DATA the of and in to access Access networks network's community-networks "
    "CERTs U.S. e-mail 2025 1,000 3.5 x2 AI-driven l'accès données acceso доступ сети "
    "Internet Governance Forum IGF it's don't -- ... ; : ( ) , . ! ? \" ' Mr. Dr. "
    "policy policies cooperation co-operation #hashtag @user http://example.org 50%"
).split()


def test_random_texts_score_as_in_the_package() -> None:
    rng = random.Random(11)
    stop = stopwords("en")
    for _ in range(120):
        vocabulary = rng.sample(_WORDS, rng.randint(3, len(_WORDS)))
        sentences = [
            " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 14)))
            + rng.choice([".", "", "!", "?", " ."])
            for _ in range(rng.randint(1, 12))
        ]
        text = rng.choice(["\n", " ", "\t"]).join(sentences)
        n, dedup = rng.choice([1, 2, 3]), rng.choice([0.7, 0.9, 1.0])
        expected = _package(text, stop, n, 30, dedup)
        assert extract(text, stop, n=n, top=30, dedup=dedup) == expected, text


@pytest.mark.parametrize(
    ("word", "position"),
    [(w, i) for w in [*_WORDS, "", "A", "ÉTAT", "Éducation", "iPhone", "2,5.1"] for i in (0, 3)],
)
def test_word_tags_are_the_packages(word: str, position: int) -> None:
    from yake.data.utils import get_tag

    from forum_messages.nlp.keyscore import EXCLUDE

    assert tag(word, position) == get_tag(word, position, EXCLUDE)


def test_similarity_is_the_packages() -> None:
    extractor = yake.KeywordExtractor()
    phrases = [
        "developing countries",
        "developed countries",
        "platform",
        "platforms",
        "data",
        "date",
        "open data",
        "data open",
        "ai",
        "a i",
        "cybersecurity capacity building",
        "capacity building",
    ]
    for a in phrases:
        for b in phrases:
            assert similarity(a, b) == extractor._optimized_similarity(a, b), (a, b)


def test_a_draft_imports_neither_yake_nor_networkx() -> None:
    probe = (
        "import sys\n"
        "from forum_messages.nlp.keyphrases import keyphrases\n"
        "assert keyphrases(['Open data needs open standards.', 'Open data helps.'], 'en')\n"
        "print(sorted(m for m in ('yake', 'networkx', 'jellyfish') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
