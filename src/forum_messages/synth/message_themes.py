"""The theme read at the message level: a message whose statements read as another theme moves
there with them, and its theme's statements are grouped again (measured; in the code, off:
``MESSAGE_MARGIN`` 0; docs/quality.md, themes step 31).

The theme step reads each statement on its own (and, in a session report, its session's
vote); the message grouper then works theme by theme. When the statements a message is made
of were put in a theme the editor gives another point, the message picks up a statement of
that theme as a source. Read at the message level, the theme is the one the message's
statements prefer together: with ``READING`` "mean" the mean of their own readings (each
statement's theme scores before the session vote: what its words say, not its session's),
with "core" the reading of the statement its text would be taken from. A message moves when
that theme is above its own by more than ``MESSAGE_MARGIN``; with ``READING`` "partners" when
the likeliest same-point partners of its core of ``PARTNERS_NEEDED`` other sessions sit in one
other theme (the pair model at ``PARTNER_BAR``; ``theme_partners.partner_themes``); with
"core+partners" when both the core's reading and its partners say so; with "core+partner"
when the core's reading says so and one of its partners at the bar sits in that theme.
``MOVERS`` says whose statements may move (as ``theme_partners.MOVERS``); with ``STAY`` a
statement whose own reading puts the message's old theme first stays there (a source of the
old theme checked again). The statements moved are grouped with their new theme's: the
messages are made again theme by theme.

A source read alone (``source_leaves``; docs/quality.md, themes step 40): in a message of
``SOURCE_SIZE`` or more sources, a source other than the core whose own reading puts another
theme above the message's by more than ``SOURCE_LEAD`` (a negative lead: within that much of
it) and which the pair model puts below ``SOURCE_PAIR`` with the core leaves the message: with
``SOURCE_TO`` "alone" it stays in its theme as a one-session candidate (reason ``detached`` if
it stays out; with ``SOURCE_KEEP`` a one-session message of its own), with "theme" it goes to
its best other theme (None: off).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

from forum_messages.nlp.decide import DECIMALS

#: How far above the message's own theme another theme must read (0: the step is off).
MESSAGE_MARGIN = 0.0
#: What reads the message's theme: "mean" (its statements' own readings), "core" (its text's
#: statement's), "partners" (the theme of its core's same-point partners), "core+partners"
#: (the core's reading, when its partners sit in the theme it prefers, ``partner_themes``'
#: count of sessions) or "core+partner" (the core's reading, when one partner of its sits
#: there).
READING = "mean"
#: Which statements may move: "declared" (their session declared a theme), "undeclared" or "all".
MOVERS = "undeclared"
#: A statement whose own reading puts the old theme first stays in it.
STAY = True
#: With "partners": the pair model's bar for each partner, and how many other sessions' partners
#: must sit in the one other theme.
PARTNER_BAR = 0.7
PARTNERS_NEEDED = 2

#: A source whose own reading puts another theme within this much of the message's (above it
#: by more than this; negative: below it by less) may leave its message (None: off).
SOURCE_LEAD: float | None = None
#: ... when the pair model puts it below this with the message's core,
SOURCE_PAIR = 0.7
#: ... in a message of this many sources or more,
SOURCE_SIZE = 3
#: ... to stay in its theme out of the message ("alone") or go to that other theme ("theme").
SOURCE_TO = "alone"
#: With "alone": the source is kept as a one-session message of its own (as the same-point
#: check's ``halves``), not left to compete for the theme's room with the other candidates.
SOURCE_KEEP = False


def message_moves(
    groups: Sequence[tuple[Sequence[int], int]],
    themes: Sequence[str],
    keys: Sequence[str],
    reading: NDArray[np.float64],
    declared: Sequence[str | None],
    partner: Mapping[int, str] | None = None,
    near: Mapping[int, Collection[str]] | None = None,
    margin: float | None = None,
    how: str | None = None,
    movers: str | None = None,
    stay: bool | None = None,
) -> dict[int, str]:
    """The rows that move, each with its new theme. ``groups``: each message group of two or
    more sessions (its rows of the run) with its core's row; ``themes``: each row's theme;
    ``reading``: each row's own theme scores (columns in ``keys``' order); ``partner``: the
    theme each core's partners sit in (for ``how`` "partners" and "core+partners"); ``near``:
    the themes where each core has a partner at the bar (for "core+partner"). The others
    default to the module's settings."""
    margin = MESSAGE_MARGIN if margin is None else margin
    how = READING if how is None else how
    movers = MOVERS if movers is None else movers
    stay = STAY if stay is None else stay
    if margin <= 0 or not len(reading):
        return {}
    column = {k: t for t, k in enumerate(keys)}
    out: dict[int, str] = {}
    for rows, core in groups:
        here = themes[core]
        if how == "partners":
            to = (partner or {}).get(core)
        else:
            read = reading[[core] if how.startswith("core") else list(rows)].mean(axis=0)
            read = np.round(read, DECIMALS)
            best = int(np.argmax(read))
            lead = round(float(read[best] - read[column[here]]), DECIMALS)
            to = keys[best] if lead > margin else None
            if how == "core+partners" and (partner or {}).get(core) != to:
                to = None  # the core's reading and its partners must agree
            if how == "core+partner" and to not in (near or {}).get(core, ()):
                to = None  # a partner of the core sits in the theme its reading prefers
        if to is None or to == here:
            continue
        for i in rows:
            if movers != "all" and (declared[i] is None) != (movers == "undeclared"):
                continue
            if stay and i != core and keys[int(np.argmax(reading[i]))] == here:
                continue
            out[i] = to
    return out


def source_leaves(
    groups: Sequence[tuple[Sequence[int], int, Mapping[int, float]]],
    themes: Sequence[str],
    keys: Sequence[str],
    reading: NDArray[np.float64],
    sessions: Sequence[str],
    min_sessions: int = 2,
    lead: float | None = None,
    pair: float | None = None,
    size: int | None = None,
) -> dict[int, str]:
    """The sources that leave their message (module docstring), each with the theme its own
    reading puts first after the message's. ``groups``: each message group (its rows of the
    run), its core's row and each other source's pair-model probability with the core;
    ``sessions``: each row's session. The sources leave together, and none when the rest would
    not rest on ``min_sessions`` sessions. The others default to the module's settings."""
    lead = SOURCE_LEAD if lead is None else lead
    pair = SOURCE_PAIR if pair is None else pair
    size = SOURCE_SIZE if size is None else size
    if lead is None or not len(reading) or len(keys) < 2:
        return {}
    column = {k: t for t, k in enumerate(keys)}
    out: dict[int, str] = {}
    for rows, core, with_core in groups:
        if len(rows) < size:
            continue
        here = column[themes[core]]
        leaving: dict[int, str] = {}
        for i in rows:
            if i == core or round(with_core[i], DECIMALS) >= pair:
                continue
            read = np.round(reading[i], DECIMALS)
            others = read.copy()
            others[here] = -np.inf
            best = int(np.argmax(others))  # the first on a tie, in the edition's order
            if round(float(read[best] - read[here]), DECIMALS) > lead:
                leaving[i] = keys[best]
        rest = {sessions[i] for i in rows if i not in leaving}
        if leaving and len(rest) >= min_sessions:
            out.update(leaving)
    return out
