"""The chat client against the fake endpoint: retries, timeouts, budget, concurrency, cache."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from forum_messages.errors import ConfigError
from forum_messages.synth.llm.cache import CallCache, request_key
from forum_messages.synth.llm.client import KEY_VARIABLE, CallFailed, ChatClient, LLMConfig

from .fake_server import Reply, completion, fake_llm

CHAT = [{"role": "user", "content": "Statements:\n1. Spectrum should be cheaper."}]


def _client(url: str, cache: CallCache | None = None, **kw: Any) -> tuple[ChatClient, list[float]]:
    waits: list[float] = []
    config = LLMConfig(url, "fake-model", backoff=0.5, **kw)
    return ChatClient(config, cache, sleep=waits.append, environ={}), waits


def test_answer_and_usage_are_read_and_settings_sent() -> None:
    with fake_llm(lambda r: completion('{"sentences": ["A."]}', 30, 7)) as fake:
        client, _ = _client(fake.url)
        answer = client.complete(CHAT)
    assert answer.content == '{"sentences": ["A."]}'
    assert (answer.prompt_tokens, answer.completion_tokens, answer.cached) == (30, 7, False)
    sent = fake.requests[0]
    assert sent["model"] == "fake-model" and sent["temperature"] == 0.0 and sent["seed"] == 0
    assert sent["messages"] == CHAT
    assert "Authorization" not in fake.headers[0]
    assert client.usage.calls == 1 and client.usage.prompt_tokens == 30


def test_key_comes_from_the_environment_only() -> None:
    with fake_llm(lambda r: completion("{}")) as fake:
        config = LLMConfig(fake.url, "m")
        ChatClient(config, environ={KEY_VARIABLE: "sk-test"}).complete(CHAT)
    assert fake.headers[0]["Authorization"] == "Bearer sk-test"


def test_429_is_retried_with_backoff_and_retry_after() -> None:
    replies = [Reply(429, headers={"Retry-After": "3"}), Reply(503), completion("ok")]
    with fake_llm(lambda r: replies.pop(0)) as fake:
        client, waits = _client(fake.url)
        assert client.complete(CHAT).content == "ok"
    assert len(fake.requests) == 3
    assert waits == [3.0, 0.5, 1.0]  # Retry-After, then backoff 0.5 * 2**k


def test_429_every_time_gives_up_after_the_retries() -> None:
    with fake_llm(lambda r: Reply(429)) as fake:
        client, _ = _client(fake.url, retries=2)
        with pytest.raises(CallFailed, match="HTTP 429 after 3 tries"):
            client.complete(CHAT)
    assert len(fake.requests) == 3 and client.usage.failed == 1


def test_client_error_is_not_retried() -> None:
    with fake_llm(lambda r: Reply(400, b"{}")) as fake:
        client, _ = _client(fake.url)
        with pytest.raises(CallFailed, match="refused: HTTP 400"):
            client.complete(CHAT)
    assert len(fake.requests) == 1


def test_timeout_is_retried_then_reported() -> None:
    with fake_llm(lambda r: Reply(200, b"{}", delay=2.0)) as fake:
        client, _ = _client(fake.url, timeout=0.2, retries=1)
        start = time.perf_counter()
        with pytest.raises(CallFailed, match=r"timed out after 0\.2 s"):
            client.complete(CHAT)
    assert len(fake.requests) == 2
    assert time.perf_counter() - start < 1.5


@pytest.mark.parametrize(
    "body", [b"not json", b'{"choices": []}', b'{"choices": [{"message": {"content": 3}}]}']
)
def test_malformed_response_fails_the_call(body: bytes) -> None:
    with fake_llm(lambda r: Reply(200, body)) as fake:
        client, _ = _client(fake.url)
        with pytest.raises(CallFailed, match="malformed response"):
            client.complete(CHAT)


def test_unreachable_endpoint_fails_without_retrying() -> None:
    with fake_llm(lambda r: completion("x")) as fake:
        url = fake.url
    client, waits = _client(url)
    with pytest.raises(CallFailed, match="unreachable"):
        client.complete(CHAT)
    assert waits == []


def test_budget_of_calls_and_tokens() -> None:
    with fake_llm(lambda r: completion("x", 600, 500)) as fake:
        client, _ = _client(fake.url, max_calls=5, max_tokens_total=2000)
        client.complete(CHAT)
        client.complete([{"role": "user", "content": "two"}])
        with pytest.raises(CallFailed, match="budget spent: 2000 tokens"):
            client.complete([{"role": "user", "content": "three"}])
        client2, _ = _client(fake.url, max_calls=1)
        client2.complete(CHAT)
        with pytest.raises(CallFailed, match="budget spent: 1 calls"):
            client2.complete([{"role": "user", "content": "two"}])
    assert len(fake.requests) == 3


def test_concurrency_is_limited() -> None:
    with fake_llm(lambda r: Reply(**{**completion("x").__dict__, "delay": 0.05})) as fake:
        client, _ = _client(fake.url, concurrency=2)
        answers = client.complete_all([[{"role": "user", "content": str(i)}] for i in range(8)])
    assert all(not isinstance(a, CallFailed) for a in answers)
    assert fake.most_in_flight == 2


def test_cache_answers_without_the_server(tmp_path: Path) -> None:
    cache = CallCache(tmp_path / "cache")
    with fake_llm(lambda r: completion("stored", 10, 2)) as fake:
        client, _ = _client(fake.url, cache)
        client.complete(CHAT)
    request = client.request(CHAT)
    stored = json.loads(cache.path(request_key(request)).read_text(encoding="utf-8"))
    assert stored["request"]["messages"] == CHAT and stored["answer"]["content"] == "stored"
    offline, _ = _client(fake.url, cache)  # the server is gone
    answer = offline.complete(CHAT)
    assert (answer.content, answer.cached) == ("stored", True)
    assert offline.usage.calls == 0 and offline.usage.cached == 1
    assert offline.usage.prompt_tokens == 0 and offline.usage.cached_tokens == 12
    other, _ = _client(fake.url, cache, temperature=0.7)  # another setting, another key
    with pytest.raises(CallFailed, match="unreachable"):
        other.complete(CHAT)


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ConfigError, match="--llm-url"):
        LLMConfig("localhost:8080", "m")
    with pytest.raises(ConfigError, match="--llm-model"):
        LLMConfig("http://127.0.0.1:1/v1", " ")
    assert LLMConfig("http://h/v1/", "m").endpoint() == "http://h/v1/chat/completions"
