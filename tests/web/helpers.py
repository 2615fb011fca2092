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


def translate_every_segment(row: Any, prefix: str, user: Any) -> None:
    """Every segment of the live draft translated as ``prefix`` + its source and reviewed,
    taken in as one XLIFF file (as a translator sends one back): a save per segment would
    build the live draft again for each of them."""
    from forum_messages.translation.exchange import read_xliff, write_xliff
    from forum_messages.translation.segments import REVIEWED, set_target
    from forum_messages.web.services import translating

    t = read_xliff(translating.export_file(row, "xliff"))
    for u in t.units:
        t = set_target(t, u.id, prefix + u.source, REVIEWED)
    translating.import_file(row, write_xliff(t).encode("utf-8"), "every-segment.xliff", user)
    st = translating.current(row)
    units = st.units()
    assert [units[s.id].target for s in st.segments] == [prefix + s.text for s in st.segments]
    assert {u.state for u in units.values()} == {REVIEWED}
