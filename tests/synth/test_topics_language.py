"""Sub-topics are a function of the statements, not of the draft's output language: each
statement's words are read in its own language (``synth/topics.py``'s ``message_words``)."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from forum_messages.cli import sample_paths
from forum_messages.edition import load_edition
from forum_messages.ingest import load_reports
from forum_messages.model import Corpus, Draft, Edition
from forum_messages.nlp.base import lexical_vectors
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.settings import Settings
from forum_messages.synth.topic_vocab import policy_topics
from forum_messages.synth.topics import (
    TOPIC_TERMS,
    WORD_TEXTS,
    SilhouetteTopicFinder,
    message_words,
    own_words,
    shared_topics,
    text_terms,
)


def test_a_text_s_words_are_read_in_its_own_language() -> None:
    # French: its articles and prepositions are stop words, its content words kept
    fr = own_words("Les réseaux communautaires de la région ont besoin de financement.", "fr")
    assert fr == ["réseaux", "communautaires", "région", "financement"]
    # the same sentence read as English keeps the French function words
    assert {"les", "de", "la"} <= set(own_words("Les réseaux de la région.", "en"))
    # Spanish and Russian stop words
    assert own_words("Las redes de la región necesitan financiación.", "es") == [
        "redes",
        "región",
        "necesitan",
        "financiación",
    ]
    assert own_words("Сети в регионе нуждаются в финансировании.", "ru") == [
        "сети",
        "регионе",
        "нуждаются",
        "финансировании",
    ]
    # Chinese segmented into words (rjieba), its function words left out
    zh = own_words("社区网络的资金需要各方共同支持", "zh")
    assert "社区" in zh and "资金" in zh and "的" not in zh
    assert all(len(w) > 1 for w in zh)
    # Arabic: vowel marks dropped, so a word with and without them is one word
    assert own_words("الشَّبَكَات المجتمعية", "ar") == own_words("الشبكات المجتمعية", "ar")


def test_a_message_s_words_are_its_statements_each_in_its_language() -> None:
    pieces = (
        ("Community networks need sustainable funding.", "en"),
        ("Les réseaux communautaires ont besoin de financement.", "fr"),
        ("社区网络需要资金", "zh"),
    )
    words_only = message_words(pieces, topics=0)
    assert words_only == [
        *own_words(pieces[0][0], "en"),
        *own_words(pieces[1][0], "fr"),
        *own_words(pieces[2][0], "zh"),
    ]
    assert "les" not in words_only and "de" not in words_only
    assert "networks" in words_only and "réseaux" in words_only and "网络" in words_only
    # then the policy topics the message names, each once, TOPIC_TERMS times
    got = message_words(pieces)
    terms = text_terms("\n".join(text for text, _ in pieces))
    assert terms and got == words_only + terms * TOPIC_TERMS
    assert len(set(terms)) == len(terms)  # three statements on community networks: once
    # the words of the first WORD_TEXTS statements count, the topics of the first MAX_TEXTS
    many = [(f"Statement {n} on subsea cables.", "en") for n in range(WORD_TEXTS)]
    many.append(("A last one on repair ships and encryption.", "en"))
    words = message_words(many, topics=0)
    assert "ships" not in words and "encryption" not in words
    assert text_terms("encryption")[0] in message_words(many)


def test_one_policy_topic_is_one_term_in_every_language() -> None:
    """The vocabulary's wordings in the six languages make a term no word can be: statements
    on one subject in different languages share it; an umbrella topic is no term."""
    said = [
        "End-to-end encryption protects journalists and human rights defenders.",
        "Le chiffrement de bout en bout protège les journalistes.",
        "El cifrado de extremo a extremo protege a los periodistas.",
        "Сквозное шифрование защищает журналистов.",
        "端到端加密保护记者。",
        "التشفير التام بين الطرفين يحمي الصحفيين.",
    ]
    found = [text_terms(text) for text in said]
    assert found[0] and all(f == found[0] for f in found)
    assert all(t.startswith("\x00") for t in found[0])  # no word of any text is one
    assert "Encryption" in [policy_topics()[int(t[1:])].titles["en"] for t in found[0]]
    # "Artificial intelligence" is an umbrella topic: it would link every AI sub-topic
    ai = [
        t
        for t, topic in enumerate(policy_topics())
        if topic.titles["en"] == "Artificial intelligence"
    ]
    assert ai and policy_topics()[ai[0]].broad
    assert f"\x00{ai[0]}" not in text_terms("Artificial intelligence needs rules.")
    assert text_terms("The weather was pleasant.") == []


def test_the_finder_s_sub_topics_do_not_depend_on_the_language_it_is_given(
    use_embedder,  # type: ignore[no-untyped-def]
) -> None:
    """Messages given as their statements' (text, language) pieces: the lexical half is the
    same whatever ``language`` says, and so are the sub-topics; a plain text is read in
    ``language`` (as the earlier documents' bullets, one language each, are)."""
    messages = [
        (("Les réseaux communautaires de la région ont besoin de financement durable.", "fr"),),
        (("Les coupures d'Internet pendant les élections violent les droits de l'homme.", "fr"),),
        (("Community networks in rural areas need spectrum and sustainable funding.", "en"),),
        (("Internet shutdowns during elections violate human rights.", "en"),),
        (("Las redes comunitarias rurales necesitan espectro y financiación.", "es"),),
        (("Los cortes de Internet durante las elecciones violan los derechos.", "es"),),
    ]
    x = use_embedder.embed([" ".join(t for t, _ in m) for m in messages])
    finder = SilhouetteTopicFinder()
    found = {lang: finder.run(x, messages, lang) for lang in ("en", "fr", "es", "zh", "ar")}
    for lang in ("fr", "es", "zh", "ar"):
        assert found[lang] == found["en"]
    labels = found["en"][0]
    assert labels[0] == labels[2] == labels[4] != labels[1] == labels[3] == labels[5]
    # the lexical vectors themselves: French function words are no shared words of the
    # two French messages
    lex = lexical_vectors(messages, message_words)
    assert float(np.dot(lex[0], lex[1])) == 0.0
    plain = [m[0][0] for m in messages]
    as_english = lexical_vectors(plain, lambda t: own_words(t, "en"))
    assert float(np.dot(as_english[0], as_english[1])) > 0.0


def test_a_policy_topic_counts_only_when_two_messages_name_it() -> None:
    """A topic one message names links it to no other and would only set it apart: it is
    left out; words, and topics two messages name, are kept as they are."""
    terms = [
        ["cables", "\x001", "\x002"],
        ["câbles", "\x001", "\x001"],
        ["ransomware", "\x003", "\x003"],
        ["hospitals"],
    ]
    assert shared_topics(terms) == [
        ["cables", "\x001"],
        ["câbles", "\x001", "\x001"],
        ["ransomware"],
        ["hospitals"],
    ]


@cache
def _sample() -> tuple[Corpus, Edition]:
    edition = load_edition("igf2025")
    return load_reports([str(p) for p in sample_paths()], edition), edition


def _structure(draft: Draft) -> set[tuple[str, frozenset[frozenset[str]]]]:
    """Each sub-topic as its theme and its messages' sets of source statements."""
    return {
        (theme.key, frozenset(frozenset(r.statement for r in m.sources) for m in topic.messages))
        for theme in draft.themes
        for topic in theme.topics
    }


@pytest.mark.slow
def test_the_sample_drafted_in_two_languages_has_one_structure(use_embedder) -> None:  # type: ignore[no-untyped-def]
    """The bundled sample edition (six languages) drafted in English and in French: the same
    messages in the same sub-topics; only titles and texts differ. (Before each statement was
    read in its own language, 6 of the 27 sub-topics differed.)"""
    corpus, edition = _sample()
    drafts = {
        lang: run_pipeline(
            corpus,
            edition,
            Settings(language=lang),
            components=Components(embedder=use_embedder, detector=UNLanguageDetector()),
        )
        for lang in ("en", "fr")
    }
    en, fr = _structure(drafts["en"]), _structure(drafts["fr"])
    assert len(en) >= 20
    assert en == fr
    titles = {lang: [tp.title for th in d.themes for tp in th.topics] for lang, d in drafts.items()}
    assert titles["en"] != titles["fr"]  # the titles are in the draft's language
