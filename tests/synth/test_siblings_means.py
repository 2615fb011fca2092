"""``split_siblings`` works out each pair of parts' mean similarity once: the parts are those
of the loop that works every mean out again on each pass, on the real encoder's vectors of
statements of the readable evaluation reports (English, Spanish, French, Russian, Chinese,
Arabic)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from forum_messages.nlp.decide import decision_scores
from forum_messages.synth.siblings import MAX_ROWS, split_siblings

from .test_kinds_shared import statements

KT, CTA = "key_takeaway", "call_to_action"


def _every_pass(
    x: np.ndarray, rows: Sequence[int], sessions: Sequence[str], kinds: Sequence[str], floor: float
) -> list[list[int]]:
    """The average linkage with every mean worked out again on each pass (as before)."""
    rows = sorted(rows)
    sim = decision_scores(x[rows], x[rows])
    parts: list[list[int]] = [[j] for j in range(len(rows))]
    keys = [(sessions[r], kinds[r]) for r in rows]
    while len(parts) > 1:
        best: tuple[float, int, int] | None = None
        for a in range(len(parts)):
            held = {keys[j] for j in parts[a]}
            for b in range(a + 1, len(parts)):
                if any(keys[j] in held for j in parts[b]):
                    continue
                mean = float(np.mean(sim[np.ix_(parts[a], parts[b])]))
                if mean >= floor and (best is None or round(mean - best[0], 9) > 0):
                    best = (mean, a, b)
        if best is None:
            break
        _, a, b = best
        parts[a] = sorted(parts[a] + parts[b])
        del parts[b]
    return sorted([[rows[j] for j in part] for part in parts], key=lambda p: p[0])


@pytest.mark.slow
def test_the_parts_are_those_of_every_pass(use_embedder) -> None:  # type: ignore[no-untyped-def]
    by_lang: dict[str, list[str]] = {}
    for text, lang in statements():
        if len(by_lang.setdefault(lang, [])) < 20:
            by_lang[lang].append(text)
    texts = [t for lang in sorted(by_lang) for t in by_lang[lang]]
    assert len(texts) == 120
    x = np.asarray(use_embedder.embed(texts), dtype=np.float32)
    # ten sessions, each with takeaways and calls to action: siblings in every group
    sessions = [f"WS {i % 10}" for i in range(len(texts))]
    kinds = [KT if i % 3 else CTA for i in range(len(texts))]
    joins = 0
    for start in range(0, len(texts), MAX_ROWS):
        rows = list(range(start, start + MAX_ROWS))
        for floor in (0.1, 0.25, 0.4):
            got = split_siblings(x, rows, sessions, kinds, floor)
            assert got == _every_pass(x, rows, sessions, kinds, floor)
            assert sorted(r for part in got for r in part) == rows
            joins += len(rows) - len(got)
    assert joins > 100  # parts were joined, many times over
