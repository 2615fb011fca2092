"""A fake OpenAI-compatible chat endpoint on 127.0.0.1 (random port), run in the test process."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0  # seconds before answering (a timeout test waits past the client's)
    headers: dict[str, str] = field(default_factory=dict)


def completion(content: str, prompt_tokens: int = 40, completion_tokens: int = 12) -> Reply:
    body = {
        "id": "fake",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens},
    }
    return Reply(200, json.dumps(body).encode("utf-8"))


def sentences_reply(*sentences: str) -> Reply:
    return completion(json.dumps({"sentences": list(sentences)}, ensure_ascii=False))


def statements_of(request: dict[str, Any]) -> list[str]:
    """The numbered statements the writer put in its prompt."""
    user = request["messages"][-1]["content"]
    return [line.split(". ", 1)[1] for line in user.splitlines()[1:] if ". " in line]


class FakeLLM:
    def __init__(self, answer: Callable[[dict[str, Any]], Reply]) -> None:
        self.answer = answer
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                return None

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                request = json.loads(self.rfile.read(length).decode("utf-8"))
                with fake.lock:
                    fake.requests.append(request)
                    fake.headers.append(dict(self.headers.items()))
                    fake.in_flight += 1
                    fake.most_in_flight = max(fake.most_in_flight, fake.in_flight)
                answered = False

                def done() -> None:  # counted out before the client can have the answer
                    nonlocal answered
                    if not answered:
                        answered = True
                        with fake.lock:
                            fake.in_flight -= 1

                try:
                    reply = fake.answer(request)
                    if reply.delay:
                        fake.stop.wait(reply.delay)
                    self.send_response(reply.status)
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(reply.body)))
                    done()
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    done()

        return Handler


@contextmanager
def fake_llm(answer: Callable[[dict[str, Any]], Reply]) -> Iterator[FakeLLM]:
    fake = FakeLLM(answer)
    thread = threading.Thread(target=fake.server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        fake.stop.set()
        fake.server.shutdown()
        fake.server.server_close()
        thread.join(timeout=5)
