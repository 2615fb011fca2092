"""The LLM writer through the fake endpoint: every planted bad text is caught on its own, a
failed call falls back to the extractive text for that message only, and the rest is written."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from forum_messages.synth.llm.client import ChatClient, LLMConfig
from forum_messages.synth.llm.writer import LLMWriter, parse_sentences, unquote
from forum_messages.synth.text import ExtractiveWriter, Written

from .fake_server import Reply, completion, fake_llm, sentences_reply, statements_of

pytestmark = pytest.mark.slow

TEXTS = [
    "Developing countries need sustained funding to build their cybersecurity capacity.",
    "Cybersecurity capacity building in the Global South must be funded for years, not months.",
    "Donors should fund cybersecurity skills and national CERTs in developing countries.",
    "Community networks need affordable access to spectrum in rural areas.",
    "Regulators should license spectrum to rural community networks at low cost.",
]
GROUPS = [[0, 1, 2], [3, 4]]
GOOD = "Developing countries need sustained, long-term funding for cybersecurity capacity."
SPECTRUM = "Rural community networks need affordable spectrum."


def _write(use_embedder, planted: Callable[[], Reply], **config: Any) -> list[Written]:  # type: ignore[no-untyped-def]
    """The two groups written; the cybersecurity group gets ``planted``, the other a good text."""

    def answer(request: dict[str, Any]) -> Reply:
        if "cybersecurity" in " ".join(statements_of(request)):
            return planted()
        return sentences_reply(SPECTRUM)

    x = use_embedder.embed(TEXTS)
    with fake_llm(answer) as fake:
        client = ChatClient(
            LLMConfig(fake.url, "fake-model", backoff=0.0, **config), sleep=lambda s: None
        )
        writer = LLMWriter(client, ExtractiveWriter())
        return writer.write_all(GROUPS, x, TEXTS, ["en"] * 5, "en", use_embedder)


def _extractive(use_embedder) -> list[Written]:  # type: ignore[no-untyped-def]
    x = use_embedder.embed(TEXTS)
    return ExtractiveWriter().write_all(GROUPS, x, TEXTS, ["en"] * 5, "en", use_embedder)


def _other_message_written(written: list[Written]) -> None:
    assert written[1].text == SPECTRUM
    assert written[1].writing is not None and written[1].writing.status == "written"


def test_a_good_text_is_written(use_embedder) -> None:  # type: ignore[no-untyped-def]
    written = _write(use_embedder, lambda: sentences_reply(GOOD))
    w = written[0]
    assert w.text == GOOD and w.language == "en" and w.translated
    assert w.writing is not None and w.writing.status == "written" and w.writing.reason == ""
    [check] = w.writing.sentences
    assert check.kept and check.problems == () and check.source in {"0", "1", "2"}
    _other_message_written(written)


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("Developing countries need 45 million dollars for cybersecurity capacity.", "number: 45"),
        ("The World Bank funds cybersecurity capacity in developing countries.", "name: Bank"),
        ("Developing countries do not need funding for cybersecurity capacity.", "negation:"),
        ("Satellite constellations could make broadband cheaper for schools.", "meaning:"),
        (
            "Developing countries need funding for cybersecurity capacity under SDG 9.",
            "framework: SDG 9",
        ),
    ],
    ids=["invented-number", "unknown-name", "reversed-claim", "off-topic", "invented-framework"],
)
def test_a_planted_bad_sentence_is_dropped(use_embedder, bad: str, problem: str) -> None:  # type: ignore[no-untyped-def]
    written = _write(use_embedder, lambda: sentences_reply(GOOD, bad))
    w = written[0]
    assert w.text == GOOD  # the bad sentence is dropped, the good one kept
    assert w.writing is not None and w.writing.status == "partial"
    good, dropped = w.writing.sentences
    assert good.kept and not dropped.kept and dropped.text == bad
    assert any(p.startswith(problem) for p in dropped.problems), dropped.problems
    _other_message_written(written)
    # alone, the bad sentence leaves the message with its extractive text
    alone = _write(use_embedder, lambda: sentences_reply(bad))[0]
    assert alone.text == _extractive(use_embedder)[0].text
    assert alone.writing is not None and alone.writing.status == "fallback"
    assert alone.writing.reason == "no sentence passed the grounding gate"


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (lambda: completion("Sure! Here is the message: funding matters."), "malformed answer"),
        (lambda: completion('{"summary": "funding"}'), "malformed answer"),
        (lambda: Reply(200, b"<html>busy</html>"), "call failed: malformed response"),
        (lambda: Reply(200, b"{}", delay=2.0), "call failed: timed out after 0.3 s"),
        (lambda: Reply(429, headers={"Retry-After": "0"}), "call failed: HTTP 429 after 2 tries"),
        (lambda: Reply(500), "call failed: HTTP 500 after 2 tries"),
    ],
    ids=["not-json", "json-without-sentences", "malformed-response", "timeout", "429", "500"],
)
def test_a_failed_call_falls_back_for_that_message_only(use_embedder, reply, reason) -> None:  # type: ignore[no-untyped-def]
    written = _write(use_embedder, reply, timeout=0.3, retries=1)
    w = written[0]
    assert w.text == _extractive(use_embedder)[0].text
    assert w.writing is not None and w.writing.status == "fallback"
    assert w.writing.reason.startswith(reason) and w.writing.sentences == ()
    _other_message_written(written)


def test_model_text_is_never_in_quotation_marks(use_embedder) -> None:  # type: ignore[no-untyped-def]
    written = _write(use_embedder, lambda: sentences_reply(f"“{GOOD}”"))
    assert written[0].text == GOOD
    assert unquote('"Funding matters."') == "Funding matters."
    assert unquote("« Le financement compte ».") == "Le financement compte."
    assert unquote('"Digital divide" persists.') == '"Digital divide" persists.'  # a term kept
    assert unquote("Funding matters.”") == "Funding matters."


def test_answers_are_parsed_leniently_but_strictly_typed() -> None:
    assert parse_sentences('```json\n{"sentences": ["A.", " ", "B."]}\n```') == ["A.", "B."]
    assert parse_sentences('{"text": "A. B."}') == ["A. B."]
    for bad in ('["A."]', '{"sentences": "A."}', '{"sentences": [1]}', '{"sentences": [""]}'):
        with pytest.raises(Exception, match="malformed answer"):
            parse_sentences(bad)
