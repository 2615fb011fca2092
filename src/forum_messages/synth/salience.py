"""Which points made by one session become messages: salience, and a draft sized like a real one.

A point that only one session made can still matter: a main session's, a call to action no
one else made, a subject no message covers, a point its session stresses more than once. The
candidates of a theme (its statements in no message group, as clustered) are ranked by
salience, and the theme keeps as many as the draft's size asks.

Size: real Messages documents grow with the square root of the number of sessions rather than
with the sessions themselves (sessions repeat each other more the more there are): the 20th
IGF made 88 bullets from 262 sessions, about 5.4 times the square root. By default a draft aims
at ``LOW`` to ``HIGH`` times the square root of its reports' sessions; the edition's settings
``messages_min`` and ``messages_max`` give the range instead. Each theme has its share of the
range, by its statements. A theme whose message groups fall short of its share of the low end
is filled with its most salient one-session points; above it, one-session points join only
when salient enough (``SALIENT``), up to its share of the high end.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from forum_messages.model import Session
from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import centroid, decision_scores

#: Messages per square root of the reports' sessions, low and high end of the default range.
LOW = 5.0
HIGH = 8.0
#: Share of a theme's message groups that salient one-session points may always add, even
#: when the groups alone reach the theme's share of the high end.
FLOOR = 0.1
#: Similarity at which a session's second candidate repeats its first (not kept then).
REPEAT = 0.5
#: Salience a one-session point needs to be kept once the theme has its share of ``LOW``.
SALIENT = 2.4


@dataclass(frozen=True)
class Cues:
    """What salience reads from a candidate's statements (one flag per candidate)."""

    main: Sequence[bool]  # made by a main or high-level session
    call: Sequence[bool]  # holds a call to action
    policy: Sequence[bool]  # holds a policy-bearing wording
    attribution: Sequence[bool]  # every statement tells who said or presented what
    #: reads like a description of its session (``soft_kinds.reads_described``): kept only to
    #: fill the theme, once every other candidate is kept (empty: none)
    described: Sequence[bool] = ()


def apart(candidates: Sequence[Sequence[int]], kind: Callable[[int], str]) -> list[list[int]]:
    """The candidates, each holding two statements of one kind (two key takeaways of one
    session: mostly two points) cut into its statements; a takeaway beside a call to action
    of its session stays whole (mostly one point said twice)."""
    out: list[list[int]] = []
    for g in candidates:
        kinds = [kind(i) for i in g]
        if len(set(kinds)) < len(kinds):
            out.extend([i] for i in sorted(g))
        else:
            out.append(sorted(g))
    return out


def report_sessions(sessions: Sequence[Session]) -> int:
    """How many sessions are reports (a consultation's table of responses: none, and no
    record of a response is made to find that out)."""
    if callable(getattr(sessions, "by_code", None)):
        return 0
    return sum(1 for s in sessions if s.responses == 0)


def target_range(sessions: int, low: int = 0, high: int = 0) -> tuple[float, float] | None:
    """Messages the whole draft aims at: ``low``-``high`` when given (0: from the number of
    report sessions, ``LOW``-``HIGH`` times its square root); None without report sessions
    (a consultation: its one-response points keep the earlier rule)."""
    if low <= 0 and high <= 0 and sessions <= 0:
        return None
    root = math.sqrt(max(sessions, 0))
    lo = float(low) if low > 0 else LOW * root
    hi = float(high) if high > 0 else max(HIGH * root, lo)
    return min(lo, hi), hi


@dataclass(frozen=True)
class Ranked:
    """Each candidate's salience, and the similarity of every two candidates' centres."""

    scores: list[float]
    between: np.ndarray


def salience(
    x: Vectors,
    candidates: Sequence[Sequence[int]],
    sessions: Sequence[str],
    groups: Sequence[Sequence[int]],
    cues: Cues,
    agree: float = 0.0,
) -> Ranked:
    """Salience of each candidate (rows of ``x``; ``sessions`` by row).

    A main or high-level session +2, a call to action +1, a policy-bearing wording +0.5, only
    attributions -1; a subject no message covers: + 1 - similarity to the nearest message
    group; a point its session stresses: + its similarity to the session's nearest other
    candidate (or, for a candidate of several statements, their mean similarity); a session
    with no statement in the theme's message groups +1.

    With ``agree`` (above 0), a point its session makes in several statements counts each of
    them: the stress is the candidate's own mean similarity (several statements) plus the
    similarity of every other candidate of its session whose centre's similarity to it,
    rounded to two places, is ``agree`` or more (an account or a second takeaway on the same
    point), or the nearest one's alone when none is.
    """
    if not candidates:
        return Ranked([], np.zeros((0, 0)))
    centres = np.stack([centroid(x[list(g)]) for g in candidates])
    covered = {sessions[i] for g in groups for i in g}
    near: Sequence[float] = [0.0] * len(candidates)
    if groups:
        group_centres = np.stack([centroid(x[list(g)]) for g in groups])
        near = [float(v) for v in decision_scores(centres, group_centres).max(axis=1)]
    between = decision_scores(centres, centres)
    heads = [sessions[g[0]] for g in candidates]
    scores = []
    for k, g in enumerate(candidates):
        own = [j for j in range(len(candidates)) if j != k and heads[j] == heads[k]]
        stress = max((float(between[k, j]) for j in own), default=0.0)
        mean = 0.0
        if len(g) > 1:
            inner = decision_scores(x[list(g)], x[list(g)])
            pairs = inner[np.triu_indices(len(g), 1)]
            mean = float(pairs.mean())
            stress = max(stress, mean)
        if agree > 0:
            agreeing = [
                float(between[k, j]) for j in own if round(float(between[k, j]), 2) >= agree
            ]
            stress = max(stress, mean + sum(agreeing))
        score = 2.0 if cues.main[k] else 0.0
        score += 1.0 if cues.call[k] else 0.0
        score += 0.5 if cues.policy[k] else 0.0
        score -= 1.0 if cues.attribution[k] else 0.0
        score += 1.0 - near[k]
        score += stress
        score += 0.0 if heads[k] in covered else 1.0
        scores.append(round(score, 6))
    return Ranked(scores, between)


def choose(
    candidates: Sequence[Sequence[int]],
    sessions: Sequence[str],
    ranked: Ranked,
    cues: Cues,
    groups: int,
    share: tuple[float, float],
    keep_room: bool = False,
    agree: float = 0.0,
) -> list[int]:
    """Indices of the candidates kept, most salient first.

    Candidates are taken by salience, each session's best before any session's second, and a
    session's later candidate only when it says something else than the ones of its session
    already taken (similarity below ``REPEAT``); a candidate made only of attributions is
    never kept. The first ones fill the theme up to ``share[0]`` messages (counting its
    ``groups``); beyond that only those scoring at least ``SALIENT``, up to ``share[1]``
    messages, and even when the groups alone fill that, up to ``FLOOR`` of their number (and
    at least one such point).

    A candidate that reads like a description (``cues.described``) comes after every other
    one: with ``keep_room``, the room it would have taken goes to the next candidate that
    does not (the theme keeps its size), and it is kept only when no other is left; without,
    it is kept only while the theme is short of ``share[0]``.

    With ``agree`` (above 0, as ``salience`` counts a session's candidates making one point),
    a later candidate of a session repeats a kept one also when their similarity, rounded to
    two places, is ``agree`` or more: a point counted as made twice is not kept twice.
    """
    scores = ranked.scores
    order = sorted(range(len(candidates)), key=lambda k: (-scores[k], min(candidates[k])))
    heads = [sessions[g[0]] for g in candidates]
    described = {k for k, d in enumerate(cues.described) if d}
    fill = max(0, round(share[0]) - groups)
    room = max(math.ceil(FLOOR * groups), 1, round(share[1]) - groups)

    def repeats(k: int, kept: list[int]) -> bool:
        return any(
            heads[j] == heads[k]
            and (
                ranked.between[k, j] >= REPEAT
                or (agree > 0 and round(float(ranked.between[k, j]), 2) >= agree)
            )
            for j in kept
        )

    def taken(ordered: list[int], last: set[int]) -> list[int]:
        kept: list[int] = []
        for k in ordered:
            if len(kept) >= room or (len(kept) >= fill and (scores[k] < SALIENT or k in last)):
                continue
            if not repeats(k, kept):
                kept.append(k)
        return kept

    plain = _sessions_first(order, heads, lambda k: cues.attribution[k])
    if not described:
        return taken(plain, set())
    points = _sessions_first(order, heads, lambda k: cues.attribution[k] or k in described)
    last = [k for k in plain if k in described]
    if not keep_room:
        return taken(points + last, described)
    before = taken(plain, set())
    kept = [k for k in before if k not in described]
    free = len(before) - len(kept)
    for k in points + last:
        if free <= 0:
            break
        if k not in kept and not repeats(k, kept):
            kept.append(k)
            free -= 1
    return kept


def _sessions_first(order: list[int], heads: list[str], skip: Callable[[int], bool]) -> list[int]:
    """The candidates of ``order`` but those ``skip`` holds for, each session's first (by
    ``heads``) before any session's second."""
    seen: set[str] = set()
    first: list[int] = []
    later: list[int] = []
    for k in order:
        if skip(k):
            continue
        (later if heads[k] in seen else first).append(k)
        seen.add(heads[k])
    return first + later


def theme_share(
    target: tuple[float, float], theme_statements: int, all_statements: int
) -> tuple[float, float]:
    """A theme's part of the draft's range: in proportion to its statements."""
    part = theme_statements / all_statements if all_statements else 0.0
    return target[0] * part, target[1] * part


def cues_of(
    candidates: Sequence[Sequence[int]],
    main: Callable[[int], bool],
    call: Callable[[int], bool],
    policy: Callable[[int], bool],
    attribution: Callable[[int], bool],
) -> Cues:
    """Each candidate's cues from its rows' (a main session: by its first row)."""
    return Cues(
        main=[main(g[0]) for g in candidates],
        call=[any(call(i) for i in g) for g in candidates],
        policy=[any(policy(i) for i in g) for g in candidates],
        attribution=[all(attribution(i) for i in g) for g in candidates],
    )
