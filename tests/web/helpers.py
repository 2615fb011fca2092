"""Checks shared by the web tests."""

from __future__ import annotations

from collections import Counter
from typing import Any


def placed_once(edition: Any) -> None:
    """Every current statement is in exactly one live message or in not reflected."""
    from forum_messages.web.models import Source

    draft = edition.draft
    in_messages = list(
        Source.objects.filter(message__draft=draft, message__removed=False).values_list(
            "statement__sid", flat=True
        )
    )
    left = list(draft.not_reflected.values_list("statement__sid", flat=True))
    counts = Counter(in_messages + left)
    current = set(edition.statements.filter(withdrawn=False).values_list("sid", flat=True))
    assert set(counts) == current
    assert all(n == 1 for n in counts.values()), [s for s, n in counts.items() if n > 1]
    assert not draft.messages.filter(removed=False, sources__isnull=True).exists()
