"""Whether a text still holds the reporting frame an editor removed from a statement.

An editor's answer gives, for a framed statement, its point as it reads without the frame
("The network found that most rural schools ..." -> "Most rural schools ..."; "The coalition
recommends that libraries publish ..." -> "Libraries should publish ..."). The statement's
words and the point's are aligned (``difflib``, casefolded words, commas kept as tokens); the
*frame words* are the statement's words the point does not have that come either before the
point starts (before the first run of two words they share: "the network found that", "the
coalition recommends that") or in a run the point leaves out between two commas or from a
comma to the end (", the network observed,", ", speakers pointed out."). The editor's other
changes (a tense, "a number of" dropped, a few words trimmed after a comma before words the
point keeps) are no frame; a clause between commas or a last clause the editor dropped is
counted as one (a known limit). A text keeps the frame when it holds at least half of the
frame words (each counted no more often than the statement has it beyond the point).

Words are read casefolded, Arabic without vowel marks; Chinese is cut into words by jieba
(each run of Han characters on its own), so that a frame's characters met by chance
elsewhere in the text ("与会者强调" against a text holding "会" and "调") are not counted
as kept. Counts only, compared as integers: no float decides.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

import rjieba

from forum_messages.nlp.segment import arabic_plain

_TOKEN = re.compile(r"[\u4e00-\u9fff]+|[^\W\u4e00-\u9fff]+|[,،，]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_COMMA = frozenset(",،，")


def _tokens(text: str) -> list[str]:
    """The words of ``text`` in order, commas as tokens (casefolded, Arabic without vowel
    marks, a run of Han characters cut into words by jieba)."""
    out: list[str] = []
    for token in _TOKEN.findall(arabic_plain(text).casefold()):
        if _HAN.match(token):
            out += [w for w in rjieba.cut(token) if w.strip()]
        else:
            out.append(token)
    return out


def words(text: str) -> Counter[str]:
    """The words of ``text``, counted (casefolded; Chinese cut into words by jieba)."""
    return Counter(w for w in _tokens(text) if w not in _COMMA)


def frame_words(statement: str, point: str) -> Counter[str]:
    """The statement's words that make its frame: those the point does not have, before the
    point starts or in a run the point leaves out between two commas or from a comma to the
    end (", the network observed,"; not "，游客和小商户" trimmed before words the point keeps)."""
    s, p = _tokens(statement), _tokens(point)
    frame: list[str] = []
    started = False
    for op, i1, i2, _j1, _j2 in SequenceMatcher(None, s, p, autojunk=False).get_opcodes():
        if op == "equal" and (i2 - i1 >= 2 or i2 == len(s)):
            started = True
            continue
        before = op in ("delete", "replace") and not started  # before the point starts
        # a run between two commas, or from a comma to the end ("..., speakers pointed out")
        aside = (
            op == "delete"
            and (s[i1] in _COMMA or (i1 > 0 and s[i1 - 1] in _COMMA))
            and (i2 == len(s) or s[i2 - 1] in _COMMA or s[i2] in _COMMA)
        )
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
