"""A statement of a session's report read against the session's other statements and metadata.

A description is about the session, not about the world: wherever it stands in the session's
report, it often names the session's own kind of meeting ("This workshop covered ...", "La
mesa redonda repasó ...", "Семинар был посвящён ..."). ``session_places`` reads, for each
statement of a session's report, what the pipeline knows at run time without any model:
whether it opens or closes its session's report, whether it names the session's own type (the
head noun of its ``type`` field, ``own_word``; never for an NRI's report, whose points speak
of forums), and how many of the session's other statements share a content word with it
(``breadth``). Among the statements that do not open their session (eleven report files),
one naming its session's own type is a description 43 times in 58, against 144 in 1,560 for
all of them; a last place and the breadth tell little (docs/quality.md, "a thirtieth round").
``DescriptiveModel(anywhere=...)`` reads ``own``.

Statements read without a session (the statement sets, a consultation's responses) get no
place at all (``session_places`` is not called for them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from forum_messages.model import Session, Statement
from forum_messages.nlp.segment import arabic_plain

#: a content word's stem: its first letters (Russian, Spanish and French inflect at the end)
STEM = 5
#: the fewest letters of a content word (Arabic words are short)
LEAST = {"ar": 3}
_WORD = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: common words long enough to pass ``LEAST`` that carry no topic
_STOP_WORDS = """
    that this with from have were which their there these those about also more most into
    other than they them then such only some what when where will would been being over
    como para pero sobre entre esta este estos estas desde hasta donde cuando tienen puede
    pueden también porque según todos todas sino dans pour avec sont leur leurs cette mais
    comme entre plus tout tous sans aussi dont elle elles être était которые который которая
    которое также этого этой если чтобы более когда после между может могут только всех
    после перед через очень этом этих есть было были была
    التي الذي الذين على إلى هذه هذا ذلك عن مع بين كانت كان أن قد لا في من
"""
_STOP = frozenset(_STOP_WORDS.split())


def _words(text: str, lang: str) -> list[str]:
    """The content words of ``text`` in order, cut to ``STEM`` letters."""
    least = LEAST.get(lang, 4)
    out = []
    for word in _WORD.findall(arabic_plain(text).lower()):
        if lang == "ar":
            word = re.sub(r"^(?:وال|بال|فال|لل|ال)(?=\w{3})", "", word)
        if len(word) < least or word in _STOP:
            continue
        out.append(word[:STEM])
    return out


def stems(text: str, lang: str) -> frozenset[str]:
    """The content words of ``text`` cut to ``STEM`` letters (Chinese: its pairs of characters)."""
    if lang == "zh" or _HAN.search(text):
        chars = [c for c in text if _HAN.match(c)]
        return frozenset(a + b for a, b in itertools.pairwise(chars))
    return frozenset(_words(text, lang))


@dataclass(frozen=True)
class Place:
    """What a statement's session says of it (``session_places``)."""

    first: bool  # it opens its session's report
    last: bool  # it closes it
    own: bool  # it names the session's own type of meeting ("this workshop", "la mesa redonda")
    breadth: float  # the share of the session's other statements sharing a content word with it


#: languages whose noun phrase puts its head first ("Sesión de coordinación", "Table ronde")
HEAD_FIRST = frozenset({"es", "fr", "ar", "pt", "it"})


def own_word(kind: str, lang: str) -> str | None:
    """The head noun of a session's type, cut to ``STEM`` letters: the word that names a session
    of that type ("Sesión de coordinación" → "sesió", "Open Forum" → "forum", "Круглый стол" →
    "стол"), numbers and codes aside; Chinese: the type's last two characters."""
    plain = re.sub(r"[#\d]+", " ", kind)
    if lang == "zh" or _HAN.search(plain):
        chars = [c for c in plain if _HAN.match(c)]
        return "".join(chars[-2:]) if len(chars) >= 2 else None
    words = _words(plain, lang)
    if not words:
        return None
    return words[0] if lang in HEAD_FIRST else words[-1]


def session_places(
    texts: Sequence[str],
    sessions: Sequence[str],
    langs: Sequence[str],
    types: Sequence[str],
    nri: Sequence[bool],
) -> list[Place]:
    """Each statement's place in its session's report, the statements in the organisers' order
    (``sessions``: each statement's session code; ``types``: its session's type; ``nri``: its
    session is an NRI's report)."""
    order: dict[str, list[int]] = {}
    for i, code in enumerate(sessions):
        order.setdefault(code, []).append(i)
    words = [stems(t, lang) for t, lang in zip(texts, langs, strict=True)]
    out: list[Place | None] = [None] * len(texts)
    for rows in order.values():
        for k, i in enumerate(rows):
            others = [words[j] for j in rows if j != i]
            touched = sum(bool(words[i] & w) for w in others)
            head = None if nri[i] else own_word(types[i], langs[i])
            # a stem cut shorter than ``STEM`` ("стол") names the longer forms ("столом")
            own = head is not None and any(w.startswith(head) for w in words[i])
            out[i] = Place(
                first=k == 0,
                last=k == len(rows) - 1,
                own=own,
                breadth=round(touched / len(others), 4) if others else 0.0,
            )
    return [p for p in out if p is not None]


def statement_places(
    statements: Sequence[Statement],
    sessions: Sequence[Session],
    texts: Sequence[str],
    langs: Sequence[str],
) -> list[Place]:
    """``session_places`` of statements read in ``texts`` (their point texts), their sessions'
    types and NRI reports looked up by code (a statement of no known session: none)."""
    by_code = {s.code: s for s in sessions}
    of = [by_code.get(st.session) for st in statements]
    return session_places(
        texts,
        [st.session for st in statements],
        langs,
        [s.type if s is not None else "" for s in of],
        [s is None or s.kind == "nri" for s in of],
    )
