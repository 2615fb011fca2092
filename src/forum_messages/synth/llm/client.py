"""A small client for OpenAI-compatible chat completions (llama.cpp's server, Ollama, vLLM or a
hosted service) over plain HTTP: timeouts, retries with backoff on 429 and 5xx answers, a limit on
concurrent calls, a per-run budget of calls and tokens, and a content-addressed cache.

The key, if the endpoint needs one, is read from an environment variable, never from a file.
"""

from __future__ import annotations

import json
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from forum_messages.errors import ConfigError
from forum_messages.synth.llm.cache import CallCache

KEY_VARIABLE = "FORUM_MESSAGES_LLM_KEY"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_WAIT = 30.0  # longest pause between two tries, whatever Retry-After says

Chat = Sequence[Mapping[str, str]]


class CallFailed(Exception):
    """A call that gave no usable answer; ``reason`` is short and goes into the output."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class LLMConfig:
    url: str
    model: str
    temperature: float = 0.0
    seed: int = 0
    max_tokens: int = 400
    timeout: float = 120.0
    retries: int = 3
    backoff: float = 2.0
    concurrency: int = 2
    max_calls: int = 2000
    max_tokens_total: int = 2_000_000

    def __post_init__(self) -> None:
        if not self.url.startswith(("http://", "https://")):
            raise ConfigError(f"--llm-url: {self.url!r} is not an http:// or https:// address")
        if not self.model.strip():
            raise ConfigError("--llm-model: give the model's name as the endpoint knows it")
        if self.concurrency < 1 or self.retries < 0 or self.timeout <= 0:
            raise ConfigError("LLM client: concurrency >= 1, retries >= 0 and timeout > 0")

    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else base + "/chat/completions"

    def settings(self) -> dict[str, object]:
        """What decides the answers (recorded in the draft); the address and key are not."""
        return {
            "model": self.model,
            "temperature": self.temperature,
            "seed": self.seed,
            "max_tokens": self.max_tokens,
        }


@dataclass(frozen=True)
class Answer:
    content: str
    prompt_tokens: int
    completion_tokens: int
    cached: bool


@dataclass
class Usage:
    calls: int = 0  # requests sent to the endpoint (retries included)
    cached: int = 0  # answers read from the cache
    cached_tokens: int = 0  # tokens those answers cost when they were asked
    failed: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    seconds: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "calls": self.calls,
            "cached": self.cached,
            "cached_tokens": self.cached_tokens,
            "failed": self.failed,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "seconds": round(self.seconds, 2),
        }


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def parse_completion(body: bytes) -> dict[str, Any]:
    """The answer's text and token counts, from a chat-completions response body."""
    try:
        data = json.loads(body.decode("utf-8"))
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError) as exc:
        raise CallFailed("malformed response from the endpoint") from exc
    if not isinstance(content, str):
        raise CallFailed("malformed response from the endpoint")
    usage = data.get("usage") if isinstance(data.get("usage"), dict) else {}
    return {
        "content": content,
        "prompt_tokens": _count(usage.get("prompt_tokens")),
        "completion_tokens": _count(usage.get("completion_tokens")),
    }


class ChatClient:
    def __init__(
        self,
        config: LLMConfig,
        cache: CallCache | None = None,
        sleep: Callable[[float], None] = time.sleep,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.config = config
        self.cache = cache
        self.sleep = sleep
        self.key = (environ if environ is not None else os.environ).get(KEY_VARIABLE, "")
        self.usage = Usage()

    def request(self, chat: Chat) -> dict[str, Any]:
        """The request body; also the cache key (so the address and key never matter)."""
        c = self.config
        return {
            "model": c.model,
            "messages": [{"role": m["role"], "content": m["content"]} for m in chat],
            "temperature": c.temperature,
            "seed": c.seed,
            "max_tokens": c.max_tokens,
            "response_format": {"type": "json_object"},
        }

    def _reserve(self) -> None:
        u, c = self.usage, self.config
        with u.lock:
            if u.calls >= c.max_calls:
                raise CallFailed(f"budget spent: {c.max_calls} calls")
            if u.prompt_tokens + u.completion_tokens >= c.max_tokens_total:
                raise CallFailed(f"budget spent: {c.max_tokens_total} tokens")
            u.calls += 1

    def _post(self, body: bytes) -> tuple[int, bytes, float | None]:
        """(status, body, Retry-After seconds) of one POST."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.key:
            headers["Authorization"] = f"Bearer {self.key}"
        req = urllib.request.Request(self.config.endpoint(), body, headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.config.timeout) as resp:
                return int(resp.status), resp.read(), None
        except urllib.error.HTTPError as exc:
            after = exc.headers.get("Retry-After") if exc.headers else None
            try:
                wait = float(after) if after else None
            except ValueError:
                wait = None
            return exc.code, b"", wait

    def _send(self, request: Mapping[str, Any]) -> dict[str, Any]:
        body = json.dumps(request, ensure_ascii=False).encode("utf-8")
        reason = "no answer"
        for attempt in range(self.config.retries + 1):
            if attempt:
                self.sleep(min(MAX_WAIT, self.config.backoff * 2 ** (attempt - 1)))
            self._reserve()
            try:
                status, raw, wait = self._post(body)
            except TimeoutError:
                reason = f"timed out after {self.config.timeout:g} s"
                continue
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError):
                    reason = f"timed out after {self.config.timeout:g} s"
                    continue
                raise CallFailed(f"endpoint unreachable: {exc.reason}") from exc
            except (OSError, ValueError) as exc:
                raise CallFailed(f"endpoint unreachable: {exc}") from exc
            if status == 200:
                return parse_completion(raw)
            reason = f"HTTP {status}"
            if status not in RETRY_STATUS:
                raise CallFailed(f"refused: HTTP {status}")
            if wait is not None and attempt < self.config.retries:
                self.sleep(min(MAX_WAIT, max(0.0, wait)))
        raise CallFailed(f"{reason} after {self.config.retries + 1} tries")

    def complete(self, chat: Chat) -> Answer:
        request = self.request(chat)
        if self.cache is not None:
            stored = self.cache.get(request)
            if stored is not None and isinstance(stored.get("content"), str):
                hit = Answer(
                    stored["content"],
                    _count(stored.get("prompt_tokens")),
                    _count(stored.get("completion_tokens")),
                    cached=True,
                )
                with self.usage.lock:
                    self.usage.cached += 1
                    self.usage.cached_tokens += hit.prompt_tokens + hit.completion_tokens
                return hit
        start = time.perf_counter()
        try:
            answer = self._send(request)
        except CallFailed:
            with self.usage.lock:
                self.usage.failed += 1
            raise
        finally:
            with self.usage.lock:
                self.usage.seconds += time.perf_counter() - start
        with self.usage.lock:
            self.usage.prompt_tokens += answer["prompt_tokens"]
            self.usage.completion_tokens += answer["completion_tokens"]
        if self.cache is not None:
            self.cache.put(request, answer)
        return Answer(
            answer["content"], answer["prompt_tokens"], answer["completion_tokens"], cached=False
        )

    def complete_all(self, chats: Sequence[Chat]) -> list[Answer | CallFailed]:
        """Every chat answered (or its failure), in order, at most ``concurrency`` at a time."""

        def one(chat: Chat) -> Answer | CallFailed:
            try:
                return self.complete(chat)
            except CallFailed as exc:
                return exc

        if self.config.concurrency == 1 or len(chats) < 2:
            return [one(chat) for chat in chats]
        with ThreadPoolExecutor(max_workers=self.config.concurrency) as pool:
            return list(pool.map(one, chats))
