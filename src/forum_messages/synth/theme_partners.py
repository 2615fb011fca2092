"""One point, one theme: a statement whose likeliest same-point partners sit in another theme
joins them there (measured; in the code, off: ``PARTNER_BAR`` 0; docs/quality.md, themes
step 29).

The theme step reads each statement against the themes' own words and, in a session report,
its session's vote; it never reads the other sessions' statements making the same point. When
two other sessions make a statement's point in one other theme (the shipped same-point pair
model at ``PARTNER_BAR`` or more with each), the editor mostly puts the three together, and
the message grouper, which works theme by theme, can only join them if they share a theme:
left apart, the statement is grouped with what its own theme holds nearest, often another
point. ``MOVERS`` says which statements may move: those whose session declared a theme
("declared"; the session vote and the themes' words decide the others), those whose session
declared none ("undeclared"), or all.

Every statement's partners are read in the themes the theme step gave (not the themes this
step gives), so the result does not depend on the order of the statements; each statement's
candidates are its ``CANDIDATES`` nearest other sessions' statements by the embedding's
cosine, scored by the pair model (rounded, as every decision score is).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from forum_messages.engine.vectors import take_rows
from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import DECIMALS, SCORE_ROWS, decision_scores
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import PairFeatures, shipped_model

#: The pair model's probability each partner must reach (0: the step is off).
PARTNER_BAR = 0.0
#: How many other sessions (each with a statement at the bar) must sit in the one other theme.
PARTNERS_NEEDED = 2
#: Which statements may move: "declared" (their session declared a theme), "undeclared" or "all".
MOVERS = "declared"
#: Each statement's candidate partners: its nearest other sessions' statements by the cosine.
CANDIDATES = 10


def partner_themes(
    x: Vectors,
    themes: Sequence[str],
    declared: Sequence[str | None],
    sessions: Sequence[str | None],
    live: Sequence[int],
    texts: Sequence[str],
    langs: Sequence[str],
    kinds: Sequence[str],
    attributions: Sequence[bool],
    bar: float | None = None,
    needed: int | None = None,
    movers: str | None = None,
) -> dict[int, tuple[str, float]]:
    """The rows (of ``live``: those in play, by row of the run) that move, each with its new
    theme and its partners' lowest probability. A row moves to a theme other than its own in
    which statements of ``needed`` or more other sessions (not its own) are at ``bar`` or
    more with it by the pair model, and in which more such sessions sit than in any other
    theme (a tie: no move). ``bar``, ``needed`` and ``movers`` default to the module's
    settings."""
    bar = PARTNER_BAR if bar is None else bar
    needed = PARTNERS_NEEDED if needed is None else needed
    movers = MOVERS if movers is None else movers
    if bar <= 0 or len(live) < 2:
        return {}
    may = [
        i
        for i in live
        if sessions[i] is not None
        and (movers == "all" or (declared[i] is None) == (movers == "undeclared"))
    ]
    found = strong_partners(x, sessions, live, may, texts, langs, kinds, attributions, bar)
    out: dict[int, tuple[str, float]] = {}
    for i, strong in found.items():
        count = Counter(theme for theme, _s in {(themes[j], sessions[j]) for _p, j in strong})
        ranked = count.most_common()
        theme, n = ranked[0]
        if n < needed or theme == themes[i] or (len(ranked) > 1 and ranked[1][1] == n):
            continue
        out[i] = (theme, min(p for p, j in strong if themes[j] == theme))
    return out


def strong_partners(
    x: Vectors,
    sessions: Sequence[str | None],
    live: Sequence[int],
    rows_read: Sequence[int],
    texts: Sequence[str],
    langs: Sequence[str],
    kinds: Sequence[str],
    attributions: Sequence[bool],
    bar: float,
) -> dict[int, list[tuple[float, int]]]:
    """Each row of ``rows_read`` (rows of ``live``, by row of the run) with its partners at
    ``bar`` or more by the pair model: (probability, row), among its ``CANDIDATES`` nearest
    statements of other sessions of ``live`` by the cosine (rows with none left out)."""
    rows = list(live)
    where = {i: k for k, i in enumerate(rows)}
    part = take_rows(x, rows)
    feats = PairFeatures(
        part,
        TermEvidence([texts[i] for i in rows], [langs[i] for i in rows]),
        [kinds[i] for i in rows],
        [attributions[i] for i in rows],
    )
    model = shipped_model()
    session = [sessions[i] for i in rows]
    may = [where[i] for i in rows_read if session[where[i]] is not None]
    out: dict[int, list[tuple[float, int]]] = {}
    for start in range(0, len(may), SCORE_ROWS):
        block = may[start : start + SCORE_ROWS]
        sims = decision_scores(take_rows(part, block), part)
        for b, k in enumerate(block):
            other = np.fromiter(
                (s is not None and s != session[k] for s in session), dtype=bool, count=len(rows)
            )
            order = np.lexsort((np.arange(len(rows)), -np.where(other, sims[b], -np.inf)))
            near = [int(j) for j in order[:CANDIDATES] if other[j]]
            if not near:
                continue
            probs = np.round(model.probability(feats.pairs([(k, j) for j in near])), DECIMALS)
            strong = [(float(p), rows[j]) for p, j in zip(probs, near, strict=True) if p >= bar]
            if strong:
                out[rows[k]] = strong
    return out
