"""Whether a text still holds the reporting frame an editor removed from a statement.

An editor's answer gives, for a framed statement, its point as it reads without the frame
("The network found that most rural schools ..." -> "Most rural schools ..."; "The coalition
recommends that libraries publish ..." -> "Libraries should publish ..."). The statement's
words and the point's are aligned (``difflib``, casefolded words, commas kept as tokens); the
*frame words* are the statement's words the point does not have that come either before the
point starts (before the first run of two words they share: "the network found that", "the
coalition recommends that") or in a run the point leaves out that opens at a comma (", the
network observed,"). The editor's other changes (a tense, "a number of" dropped) are no
frame. A text keeps the frame when it holds at least half of the frame words (each counted
no more often than the statement has it beyond the point). Words are read casefolded, Arabic
without vowel marks; in Chinese each Han character is a word. Counts only, compared as
integers: no float decides.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from forum_messages.nlp.segment import arabic_plain

_WORD = re.compile(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+")
_TOKEN = re.compile(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+|[,،，]")
_COMMA = frozenset(",،，")


def words(text: str) -> Counter[str]:
    """The words of ``text``, counted (casefolded; a Han character is a word)."""
    return Counter(_WORD.findall(arabic_plain(text).casefold()))


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(arabic_plain(text).casefold())


def frame_words(statement: str, point: str) -> Counter[str]:
    """The statement's words that make its frame: those the point does not have, before the
    point starts or in a run the point leaves out that opens at a comma."""
    s, p = _tokens(statement), _tokens(point)
    frame: list[str] = []
    started = False
    for op, i1, i2, _j1, _j2 in SequenceMatcher(None, s, p, autojunk=False).get_opcodes():
        if op == "equal" and (i2 - i1 >= 2 or i2 == len(s)):
            started = True
            continue
        before = op in ("delete", "replace") and not started  # before the point starts
        aside = op == "delete" and (s[i1] in _COMMA or (i1 > 0 and s[i1 - 1] in _COMMA))
        if before or aside:
            frame += s[i1:i2]
    return Counter(w for w in frame if w not in _COMMA) & (words(statement) - words(point))


def keeps_frame(text: str, statement: str, point: str) -> bool | None:
    """Whether ``text`` holds at least half of the frame words of ``statement`` (whose point
    without its frame is ``point``); None when the statement has no frame word."""
    frame = frame_words(statement, point)
    total = sum(frame.values())
    if not total:
        return None
    held = sum((words(text) - words(point) & frame).values())
    return 2 * held >= total
