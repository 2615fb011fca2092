"""Sub-topic titles and theme summaries written through the fake endpoint: a good title or summary
is kept, each planted bad one falls back to the extractive text with its reason recorded."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from forum_messages.model import Ledger, Message, Topic, Writing
from forum_messages.nlp.decide import centroid
from forum_messages.synth.labels import TopicText, event_words
from forum_messages.synth.llm.client import ChatClient, LLMConfig
from forum_messages.synth.llm.titles import (
    LLMSummariser,
    LLMTitler,
    extractive_summary,
    parse_title,
    phrases,
)
from forum_messages.synth.llm.writer import LLMWriter
from forum_messages.synth.text import ExtractiveWriter

from .fake_server import Reply, completion, fake_llm, sentences_reply

pytestmark = pytest.mark.slow

# two sub-topics of a theme, two messages each: (message text, its statements)
TOPICS = [
    [
        (
            "Hospitals hit by ransomware need incident response across borders.",
            [
                "Ransomware attacks on hospitals call for joint incident response across borders.",
                "Hospitals hit by ransomware need incident response teams across borders.",
            ],
        ),
        (
            "National CERTs should share threat information in real time.",
            [
                "National CERTs should share threat information across borders in real time.",
                "Incident response teams ought to exchange threat data without delay.",
            ],
        ),
    ],
    [
        (
            "Victims of online fraud need simple ways to report it.",
            [
                "Victims of online fraud need simple ways to report it to the police.",
                "Reporting online fraud to the police should be simple for its victims.",
            ],
        ),
        (
            "Police need training to investigate online fraud.",
            [
                "Police officers need training to investigate online fraud cases.",
                "Investigating online fraud requires trained police units.",
            ],
        ),
    ],
]
EXTRACTIVE = ["Incident response", "Online fraud"]
GOOD = ["Cross-border incident response", "Reporting and investigating online fraud"]
EVENT = event_words(["Internet Governance Forum 2025", "Oslo, Norway"])


def _client(url: str) -> ChatClient:
    return ChatClient(LLMConfig(url, "fake-model", backoff=0.0, retries=1), sleep=lambda s: None)


def _topic_texts(use_embedder) -> list[TopicText]:  # type: ignore[no-untyped-def]
    out = []
    for topic in TOPICS:
        parts = [(stmts, centroid(use_embedder.embed(stmts))) for _, stmts in topic]
        texts = [t for _, stmts in topic for t in stmts]
        out.append(
            TopicText([t.lower() for t in texts], centroid(use_embedder.embed(texts)), parts)
        )
    return out


def _titles(use_embedder, answer: Callable[[int], Reply]) -> list[tuple[str, Writing]]:  # type: ignore[no-untyped-def]
    """Titles of the two sub-topics; ``answer(k)`` is the fake model's reply for sub-topic k."""

    def reply(request: dict[str, Any]) -> Reply:
        user = request["messages"][-1]["content"]
        return answer(0 if "ransomware" in user else 1)

    lines = [[text for text, _ in topic] for topic in TOPICS]
    with fake_llm(reply) as fake:
        titler = LLMTitler(LLMWriter(_client(fake.url)))
        return titler.write_all(
            _topic_texts(use_embedder), lines, EXTRACTIVE, "en", use_embedder, EVENT
        )


def _title(text: str) -> Reply:
    return completion(json.dumps({"title": text}))


def test_good_titles_are_written(use_embedder) -> None:  # type: ignore[no-untyped-def]
    out = _titles(use_embedder, lambda k: _title(GOOD[k] + "."))
    assert [t for t, _ in out] == GOOD  # the full stop a model adds is dropped
    for title, writing in out:
        assert writing.model == "fake-model" and writing.status == "written"
        [check] = writing.sentences
        assert check.text == title and check.kept and check.problems == ()


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (
            "Cooperation between hospitals, national teams and regulators on cyber incidents",
            "length:",
        ),
        ("Hospitals need incident response across borders", "form:"),
        ("Internet Governance Forum incident response", "event:"),
        ("Ransomware in hospitals", "fit: fits 1 of 2 messages"),
        ("Incident response at the Varkon Institute", "name: Varkon"),
        ("Incident response for 45 hospitals", "number: 45"),
        ("Online fraud", "duplicate:"),  # the other sub-topic's extractive title
    ],
    ids=[
        "too-long",
        "a-sentence",
        "event-name",
        "fits-one-message",
        "name",
        "number",
        "sibling-title",
    ],
)
def test_a_bad_title_falls_back_to_the_extractive_one(use_embedder, bad: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    out = _titles(use_embedder, lambda k: _title(bad if k == 0 else GOOD[1]))
    title, writing = out[0]
    assert title == EXTRACTIVE[0] and writing.status == "fallback"
    assert writing.reason == "the title did not pass its checks"
    [check] = writing.sentences
    assert check.text == bad and not check.kept
    assert any(p.startswith(problem) for p in check.problems), check.problems
    assert out[1][0] == GOOD[1] and out[1][1].status == "written"  # the other keeps its own


def test_a_title_already_taken_falls_back(use_embedder) -> None:  # type: ignore[no-untyped-def]
    out = _titles(use_embedder, lambda k: _title(GOOD[0]))
    assert out[0] == (GOOD[0], out[0][1]) and out[0][1].status == "written"
    assert out[1][0] == EXTRACTIVE[1] and out[1][1].status == "fallback"
    assert "duplicate: another sub-topic has this title" in out[1][1].sentences[0].problems


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (lambda: completion("Incident response"), "malformed answer: not JSON"),
        (lambda: completion('{"heading": "Incident response"}'), 'malformed answer: no "title"'),
        (lambda: Reply(500), "call failed: HTTP 500 after 2 tries"),
    ],
    ids=["not-json", "no-title", "server-error"],
)
def test_a_failed_call_or_malformed_answer_keeps_the_extractive_title(  # type: ignore[no-untyped-def]
    use_embedder, reply: Callable[[], Reply], reason: str
) -> None:
    out = _titles(use_embedder, lambda k: reply() if k == 0 else _title(GOOD[1]))
    assert out[0][0] == EXTRACTIVE[0] and out[0][1].status == "fallback"
    assert out[0][1].reason.startswith(reason) and out[0][1].sentences == ()
    assert out[1][0] == GOOD[1]


def test_title_parsing() -> None:
    assert parse_title('```json\n{"title": "“Online fraud.”"}\n```') == "Online fraud"
    assert parse_title('{"title": "数字包容。"}') == "数字包容"


def _theme(use_embedder) -> tuple[list[Topic], dict[str, list[int]], np.ndarray, list[str]]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    topics: list[Topic] = []
    members: dict[str, list[int]] = {}
    empty = Ledger(0, 0, 0, {}, {}, {}, None)
    for k, topic in enumerate(TOPICS):
        messages = []
        for j, (text, stmts) in enumerate(topic):
            mid = f"m{k}{j}"
            members[mid] = list(range(len(texts), len(texts) + len(stmts)))
            texts += stmts
            messages.append(Message(mid, text, "en", True, (), (), empty))
        topics.append(Topic(f"t-{k}", EXTRACTIVE[k], (), tuple(messages)))
    return topics, members, use_embedder.embed(texts), texts


def _summary(use_embedder, reply: Reply) -> tuple[str, Writing]:  # type: ignore[no-untyped-def]
    topics, members, x, texts = _theme(use_embedder)
    with fake_llm(lambda request: reply) as fake:
        writer = LLMWriter(_client(fake.url), ExtractiveWriter())
        summariser = LLMSummariser(writer)
        return summariser.write(topics, members, x, texts, ["en"] * len(texts), "en", use_embedder)


SUMMARY = [
    "Hospitals hit by ransomware need incident response teams that work across borders.",
    "Victims of online fraud need simple ways to report it to the police.",
]


def test_a_good_summary_is_written(use_embedder) -> None:  # type: ignore[no-untyped-def]
    text, writing = _summary(use_embedder, sentences_reply(*SUMMARY))
    assert text == " ".join(SUMMARY) and writing.status == "written"
    assert [c.kept for c in writing.sentences] == [True, True]
    assert writing.sentences[0].source in {"0", "1"} and writing.sentences[1].source in {"4", "5"}


def test_a_bad_sentence_is_dropped_from_a_summary(use_embedder) -> None:  # type: ignore[no-untyped-def]
    bad = "The World Bank funds incident response teams in 45 countries."
    text, writing = _summary(use_embedder, sentences_reply(SUMMARY[0], bad))
    assert text == SUMMARY[0] and writing.status == "partial"
    dropped = writing.sentences[1]
    assert (
        not dropped.kept and "number: 45" in dropped.problems and "name: Bank" in dropped.problems
    )


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (sentences_reply("Internet shutdowns do not harm education."), "no sentence passed"),
        (completion("not json"), "malformed answer: not JSON"),
        (Reply(503), "call failed: HTTP 503"),
    ],
    ids=["gate", "malformed", "server-error"],
)
def test_a_failed_summary_keeps_the_extractive_one(use_embedder, reply: Reply, reason: str) -> None:  # type: ignore[no-untyped-def]
    topics, *_ = _theme(use_embedder)
    text, writing = _summary(use_embedder, reply)
    assert text == extractive_summary(topics, "en") == f"{TOPICS[0][0][0]} {TOPICS[1][0][0]}"
    assert writing.status == "fallback" and writing.reason.startswith(reason)


ZH = [
    ["发展中国家需要持续的资金来加强网络安全能力建设。", "网络安全能力建设需要长期资金。"],
    ["各国应急响应小组应跨境实时共享网络安全威胁信息。", "网络安全威胁信息应当跨境共享。"],
]
AR = [
    [
        "تحتاج البلدان النامية إلى تمويل مستدام لبناء قدراتها في الأمن السيبراني.",
        "بناء القدرات في الأمن السيبراني يحتاج إلى تمويل طويل الأجل.",
    ],
    [
        "ينبغي لفرق الاستجابة تبادل معلومات التهديدات في الأمن السيبراني عبر الحدود.",
        "تبادل معلومات الأمن السيبراني عبر الحدود ضروري.",
    ],
]


@pytest.mark.parametrize(
    ("language", "messages", "title", "problem"),
    [
        ("zh", ZH, "网络安全能力与信息共享", None),
        (
            "zh",
            ZH,
            "发展中国家网络安全能力建设的长期资金与跨境威胁信息共享",
            "length: 27 characters > 16",
        ),
        ("zh", ZH, "各国应当加强网络安全", "form:"),
        ("zh", ZH, "互联网治理论坛与网络安全", "event:"),
        ("zh", ZH, "冰岛的网络安全", "name: 冰岛"),
        ("ar", AR, "الأمن السيبراني", None),
        ("ar", AR, "يجب تعزيز الأمن السيبراني", "form:"),
        ("ar", AR, "منتدى حوكمة الإنترنت والأمن السيبراني", "event:"),
        ("ar", AR, "الأمن السيبراني في كينيا", "name: كينيا"),
    ],
)
def test_title_checks_in_chinese_and_arabic(  # type: ignore[no-untyped-def]
    use_embedder, language: str, messages: list[list[str]], title: str, problem: str | None
) -> None:
    parts = [(stmts, centroid(use_embedder.embed(stmts))) for stmts in messages]
    texts = [t for stmts in messages for t in stmts]
    topic = TopicText(texts, centroid(use_embedder.embed(texts)), parts)
    titler = LLMTitler(LLMWriter(_client("http://127.0.0.1:9/v1")))
    pieces = phrases(title, language)
    vecs = use_embedder.embed(pieces)
    found = titler.problems(
        title, language, topic, list(zip(pieces, vecs, strict=True)), EVENT, set()
    )
    if problem is None:
        assert found == []
    else:
        assert any(p.startswith(problem) for p in found), found
