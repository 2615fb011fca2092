"""A consultation answer cut into its points, as an analyst codes it.

An answer of several sentences often makes several points ("Libraries need funding. Schools
should teach digital skills."), and one statement could support only one message. Here an
answer is cut at its sentences (``sentencex``, whose pieces put end to end are the text
itself; the runs of a campaign copy's addition joined by " … " are cut there too), and the
pieces that make no point on their own are joined to a neighbour:

- a piece whose first letter is lower case goes on the sentence before: the cut was at an
  abbreviation ("i.e. the schools", "т.е. школы");
- a piece with no letter (a list marker "2.", a row number "(12)") joins the next piece, or
  the one before when it is the last;
- a piece of fewer than ``MIN_WORDS`` words (``MIN_HAN`` characters in Chinese: "Yes.",
  "Strongly agree.", "我同意。") joins the one before, or the next when it is the first;
- a sentence that opens with a word pointing back ("This", "However", "此外", "однако":
  :func:`forum_messages.synth.segmenting.continues`) joins the one before.

Each point is a stretch of the answer as written (surrounding spaces removed), so the points
put end to end are the answer. No model, no vectors: the same text always gives the same
points.
"""

from __future__ import annotations

import re

import sentencex

from forum_messages.synth.segmenting import continues

#: A piece of fewer words than this is not a point of its own.
MIN_WORDS = 3
#: The same for a piece written in Chinese characters.
MIN_HAN = 6
#: Languages whose own sentence rules are used (any other text: English's, which also cut
#: at "。", "？" and "؟").
LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh")

#: What joins the runs of a campaign copy's addition that are apart in the copy
#: (:func:`forum_messages.nlp.minhash.addition`): always a cut between points.
GAP = " … "

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W_]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _short(piece: str) -> bool:
    han = len(_HAN.findall(piece))
    if han:
        return han < MIN_HAN
    return len(_WORD.findall(piece)) < MIN_WORDS


def points(text: str, language: str | None = None) -> list[str]:
    """The points of ``text`` in order (see the module doc); ``[text]`` when it makes one."""
    lang = language if language in LANGUAGES else "en"
    pieces: list[str] = []
    for k, part in enumerate(text.split(GAP)):
        opened = len(pieces)  # the part's first piece: a cut whatever its case
        for p in sentencex.segment(lang, GAP.lstrip() + part if k else part):
            first = _LETTER.search(p)
            if len(pieces) > opened and first is not None and first.group().islower():
                pieces[-1] += p
            elif p:
                pieces.append(p)
    if len(pieces) < 2:
        return [text]
    runs: list[str] = []
    carry = ""  # pieces waiting to open the next run (list markers, a short first piece)
    for piece in pieces:
        if not _LETTER.search(piece):
            carry += piece
            continue
        if runs and (_short(piece) or continues(piece)):
            runs[-1] += carry + piece
            carry = ""
            continue
        piece = carry + piece
        carry = ""
        if not runs or not _short(runs[-1]):
            runs.append(piece)
        else:  # the run before is one short first piece: it opens this one
            runs[-1] += piece
    if carry:  # letterless pieces at the end: they close the last run
        if runs:
            runs[-1] += carry
        else:
            return [text]
    out = [r.strip().removeprefix(GAP.strip()).lstrip() for r in runs if r.strip()]
    return out if len(out) > 1 else [text]


def split(text: str, language: str | None = None, least: int = 2) -> list[str]:
    """``text``'s points when it makes ``least`` of them or more; else ``[text]``."""
    found = points(text, language)
    return found if len(found) >= least else [text]
