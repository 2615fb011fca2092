"""PDFs rendered from two threads at once (the review site serves requests in threads)."""

from __future__ import annotations

import logging
import threading
from typing import Any

import pytest

from forum_messages.export import pdf

from .printdrafts import make_draft


class SlowHTML:
    """Stands for ``weasyprint.HTML``: the first rendering waits (up to a second) for a
    second one to start, and each reports a character drawn as a box of its own."""

    def __init__(self, calls: list[str], second: threading.Event) -> None:
        self.calls, self.second = calls, second
        self.inside = 0
        self.most = 0
        self.lock = threading.Lock()

    def __call__(self, string: str, url_fetcher: Any) -> SlowHTML:
        return self

    def render(self) -> SlowHTML:
        with self.lock:
            self.inside += 1
            self.most = max(self.most, self.inside)
            self.calls.append(threading.current_thread().name)
            first = len(self.calls) == 1
        if first:
            self.second.wait(1.0)
        else:
            self.second.set()
        char = "\u2460" if first else "\u2461"
        logging.getLogger("weasyprint").warning(".notdef glyph for %s", char)
        with self.lock:
            self.inside -= 1
        return self

    def write_pdf(self, **kwargs: Any) -> bytes:
        return b"%PDF-1.7 fake"


def test_two_threads_render_one_after_the_other_and_leave_the_loggers_as_they_were(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    weasyprint = pytest.importorskip("weasyprint")
    fake = SlowHTML([], threading.Event())
    monkeypatch.setattr(weasyprint, "HTML", fake)
    weasy = logging.getLogger("weasyprint")
    before = (weasy.propagate, weasy.level, list(weasy.handlers))
    draft = make_draft("en")
    out: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: out.append(pdf.render_pdf(draft)), name=f"pdf-{i}")
        for i in range(2)
    ]
    with caplog.at_level(logging.WARNING, logger=pdf.LOGGER.name):
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    assert out == [b"%PDF-1.7 fake"] * 2
    assert fake.most == 1  # before: both at once
    # (had the first ended first, the second would have set them back as the first set them)
    assert (weasy.propagate, weasy.level, list(weasy.handlers)) == before
    # each rendering reports its own character only (before: the second's report had both)
    reports = [r.getMessage() for r in caplog.records if "as boxes" in r.getMessage()]
    assert sorted(r.count("U+246") for r in reports) == [1, 1], reports
