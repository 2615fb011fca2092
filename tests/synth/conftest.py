"""Fixtures shared by the synthesis tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_messages.synth import kinds


@pytest.fixture
def fresh() -> Iterator[None]:
    """The statement kinds' compiled patterns and caches emptied before and after a test (for
    tests that turn a module's setting off or on)."""
    kinds.clear_caches()
    yield
    kinds.clear_caches()
