"""Whether a text still holds the reporting frame an editor removed from a statement.

An editor's answer gives, for a framed statement, its point as it reads without the frame
("The network found that most rural schools ..." -> "Most rural schools ..."; "The coalition
recommends that libraries publish ..." -> "Libraries should publish ..."). The *frame words*
are the statement's words that the point does not have: the words of the statement, counted,
less the words of the point, counted ("the network found that"; "the coalition recommends
that"). A text keeps the frame when it holds at least half of the frame words (each counted
no more often than the statement has it beyond the point). Words are read casefolded, Arabic
without vowel marks; in Chinese each Han character is a word. Counts only, compared as
integers: no float decides.
"""

from __future__ import annotations

import re
from collections import Counter

from forum_messages.nlp.segment import arabic_plain

_WORD = re.compile(r"[\u4e00-\u9fff]|[^\W\u4e00-\u9fff]+")


def words(text: str) -> Counter[str]:
    """The words of ``text``, counted (casefolded; a Han character is a word)."""
    return Counter(_WORD.findall(arabic_plain(text).casefold()))


def frame_words(statement: str, point: str) -> Counter[str]:
    """The statement's words that its point leaves out (a multiset difference)."""
    return words(statement) - words(point)


def keeps_frame(text: str, statement: str, point: str) -> bool | None:
    """Whether ``text`` holds at least half of the frame words of ``statement`` (whose point
    without its frame is ``point``); None when the statement has no frame word."""
    frame = frame_words(statement, point)
    total = sum(frame.values())
    if not total:
        return None
    held = sum((words(text) - words(point) & frame).values())
    return 2 * held >= total
