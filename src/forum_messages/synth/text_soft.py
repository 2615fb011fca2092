"""Soft evidence for the choice of a message's visible text among its sources.

A message of several sources shows the text of one of them (``text.ExtractiveWriter.
representative``): the one nearest the message's centre, in the output language if it can,
and not one the kinds step marks as telling who said what (``attribution_penalty``). Below the
kinds step's bars the learned readings still say something: the attribution regression's
probability that a statement is one person's account (``kind_attr_model``) and the description
regression's that it describes the session (``kind_model``, as ``soft_kinds`` reads it). Read
here they only weigh which source's text is shown: no statement changes its kind, its
set-aside, its salience or its message, and a message of one source keeps its text.

Each probability is rounded before it is compared with its floor; below the floor it weighs
nothing, above it it lowers the source's score by ``weight`` times the probability.
docs/quality.md ("Themes, messages and sub-topics, step by step", step 47) measures it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from forum_messages.engine.vectors import take_rows
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.segment import strip_numbering

#: Whether the message texts are chosen with the learned readings' soft evidence: on, since on
#: the common evaluation it takes two texts from a description or an attribution out of a
#: held-out draft and lowers no row of any document (docs/quality.md, step 47).
ON = True
#: The attribution regression's probability from which a source weighs as an account, and
#: what a probability of 1 costs it: less than the output language's bonus
#: (``ExtractiveWriter.language_bonus``, 0.12), so that it chooses among sources as near the
#: centre in the same language and never sends a text into another language (at 0.3, a Chinese
#: draft's text went to English); 0.5 changed a text of test-en-main to one keeping its frame,
#: 0.6 is the lowest floor that lowers no row of the readable files.
ATTRIBUTION_FLOOR = 0.6
ATTRIBUTION_WEIGHT = 0.1
#: The description regression's probability from which a source weighs as a description, and
#: what a probability of 1 costs it (0: not read).
DESCRIPTION_FLOOR = 0.5
DESCRIPTION_WEIGHT = 0.0
#: The places the probabilities are rounded to before they are compared with a floor.
PLACES = 2


def penalty(attribution: float, description: float) -> float:
    """What a source's score loses for its two probabilities, each rounded to ``PLACES``."""
    out = 0.0
    a, d = round(float(attribution), PLACES), round(float(description), PLACES)
    if ATTRIBUTION_WEIGHT > 0 and a >= ATTRIBUTION_FLOOR:
        out += ATTRIBUTION_WEIGHT * a
    if DESCRIPTION_WEIGHT > 0 and d >= DESCRIPTION_FLOOR:
        out += DESCRIPTION_WEIGHT * d
    return round(out, 4)


def attribution_probabilities(
    x: np.ndarray, written: Sequence[str], embedder: Embedder
) -> np.ndarray | None:
    """The attribution regression's probability of each statement (``written``: as written,
    ``x``: its point's vector), or None when its weights are neither shipped nor fitted for
    ``embedder`` (fitting embeds its training material: never done here)."""
    from forum_messages.synth import kind_attr_model
    from forum_messages.synth.shipped import ATTRIBUTION_WEIGHTS, load_weights

    model = kind_attr_model.AttributionModel()
    key = model.key_text(embedder)
    if key not in kind_attr_model._FITTED:
        found = load_weights(embedder.name, key, ATTRIBUTION_WEIGHTS)
        if found is None:
            return None
        kind_attr_model._FITTED[key] = found
    return model.probabilities(x, [strip_numbering(t) for t in written], embedder)


def description_probabilities(
    model: object, x: np.ndarray, points: Sequence[str], embedder: Embedder
) -> np.ndarray | None:
    """The description regression's probability of each statement (``points``: frames taken
    off), or None when ``model`` is not the regression or its weights are not known."""
    from forum_messages.synth import soft_kinds
    from forum_messages.synth.kind_model import DescriptiveModel

    if not isinstance(model, DescriptiveModel) or not model.ready(embedder):
        return None
    return soft_kinds.probabilities(model, x, points, embedder)


def penalties(
    groups: Sequence[Sequence[int]],
    x: Vectors,
    points: Sequence[str],
    written: Sequence[str],
    marked: Sequence[bool],
    embedder: Embedder,
    descriptive: object = None,
) -> list[float] | None:
    """Each row's penalty in the choice of its message's text: rows of messages of two
    sources or more that the cues do not already mark as attributions (``marked``); 0 for
    every other row. None when ``ON`` is off or no reading is there."""
    if not ON:
        return None
    rows = sorted({r for g in groups if len(g) > 1 for r in g if not marked[r]})
    out = [0.0] * len(points)
    if not rows:
        return out
    own = np.asarray(take_rows(x, rows))
    attr = None
    if ATTRIBUTION_WEIGHT > 0:
        attr = attribution_probabilities(own, [written[r] for r in rows], embedder)
    desc = None
    if DESCRIPTION_WEIGHT > 0:
        desc = description_probabilities(descriptive, own, [points[r] for r in rows], embedder)
    if attr is None and desc is None:
        return None
    for j, r in enumerate(rows):
        a = float(attr[j]) if attr is not None else 0.0
        d = float(desc[j]) if desc is not None else 0.0
        out[r] = penalty(a, d)
    return out
