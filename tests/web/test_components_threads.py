"""The site's embedder is made once, however many drafts ask for it at once."""

from __future__ import annotations

import threading
import time

import pytest

from forum_messages.nlp import use
from forum_messages.web.services import components


class SlowEncoder:
    made = 0

    def __init__(self) -> None:
        time.sleep(0.2)  # another thread asks meanwhile
        SlowEncoder.made += 1


def test_two_first_calls_at_once_get_the_same_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(use, "USEEmbedder", SlowEncoder)
    components._made.cache_clear()
    got: list[object] = []
    try:
        threads = [
            threading.Thread(target=lambda: got.append(components.embedder("use")))
            for _ in range(3)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert len(got) == 3 and got[0] is got[1] is got[2]
        assert SlowEncoder.made == 1  # before: one per thread, each to load the weights
    finally:
        components._made.cache_clear()
