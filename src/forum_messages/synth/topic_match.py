"""Finding the vocabulary's wordings in statements (``synth/topic_vocab.py``), quickly.

A wording matches at the start of a word, case-insensitively; it matches its plural ("cable"
finds "cables"); a "*" stands for any ending of its word ("защит* данных"); one written in
capitals is an acronym matched as written ("AI"); Chinese is matched anywhere; Arabic is
matched with or without the article and a leading conjunction or preposition, and with any
ending. A text is read once into its set of words and their beginnings, so most wordings are
ruled in or out by a set lookup; a regular expression is compiled and run only for a wording
of several words whose first word is there.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from forum_messages.nlp.segment import arabic_plain

__all__ = ["Text", "Wording", "normalise", "occurs", "prepare", "wording"]

_WORD = re.compile(r"\w+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"^[\x00-\u024f]*$")
_AR_ARTICLE = re.compile(r"(?<![\w])(?:[وفبك]?ال|[وف]?لل)(?=\w{2})")
_AR_LETTERS = str.maketrans("أإآةى", "اااهي")


def normalise(text: str) -> str:
    """Case, Arabic letter forms, article and leading particles, and ё folded away."""
    low = unicodedata.normalize("NFC", text).casefold().replace("ё", "е").replace("’", "'")
    if _ARABIC.search(low):
        low = _AR_ARTICLE.sub("", arabic_plain(low).translate(_AR_LETTERS))
    return low


@dataclass(frozen=True)
class Wording:
    source: str  # as written in the vocabulary
    first: str  # its first word as matched (the whole wording, in Chinese)
    kind: str  # "han", "acronym" or "word"
    prefix: bool  # its first word may go on ("кибербезопасн*", Arabic)
    plural: bool  # a one-word wording in Latin script also matches with "s" or "es"
    whole: bool  # one word: the set of the text's words decides alone
    needed: frozenset[str] = frozenset()  # words the text must hold before a pattern is run
    literal: str = ""  # what every match starts with (found by a plain search first)


@dataclass(frozen=True)
class Text:
    raw: str
    low: str  # normalised
    words: frozenset[str]  # of ``low``
    raw_words: frozenset[str]  # of ``raw`` (acronyms)
    ordered: tuple[str, ...]  # ``words`` sorted, to find a word's beginning


def prepare(raw: str) -> Text:
    low = normalise(raw)
    words = frozenset(_WORD.findall(low))
    return Text(raw, low, words, frozenset(_WORD.findall(raw)), tuple(sorted(words)))


def _begins(start: str, text: Text) -> bool:
    """Whether a word of the text begins with ``start``."""
    i = bisect_left(text.ordered, start)
    return i < len(text.ordered) and text.ordered[i].startswith(start)


def _acronym(word: str) -> bool:
    return word.isupper() or (any(c.isupper() for c in word[1:]) and " " not in word)


@cache
def wording(source: str) -> Wording:
    """How one wording of the vocabulary is looked for."""
    word = source.rstrip("*").strip()
    if _HAN.search(word):
        return Wording(source, normalise(word), "han", False, False, True)
    if _acronym(word):
        tokens = _WORD.findall(word)
        return Wording(source, tokens[0], "acronym", False, False, tokens == [word], literal=word)
    low = normalise(word.replace("*", ""))
    tokens = _WORD.findall(low)
    head = _WORD.findall(normalise(word.split("*")[0]))  # the words before any inner "*"
    first = head[0] if head else tokens[0]
    one = len(tokens) == 1 and "*" not in word
    if one:  # "кибербезопасн*", "التشفير": the word may go on
        prefix = source.endswith("*") or bool(_ARABIC.search(word))
    else:  # "защит* данных": the first word carries the "*"
        prefix = "*" in word and len(head) == 1
    plural = one and not prefix and bool(_LATIN.match(low))
    # the words written out in full, the last one aside (it may take an ending)
    spaced = word.split()
    needed = frozenset(
        token for part in spaced[:-1] if "*" not in part for token in _WORD.findall(normalise(part))
    )
    literal = normalise(word.split("*")[0])
    return Wording(source, first, "word", prefix, plural, one, needed, literal)


@cache
def _regex(source: str) -> re.Pattern[str]:
    """The pattern of a wording of several words, starting with its literal first word."""
    stem = source.endswith("*")
    word = source.rstrip("*").strip()
    if _acronym(word):
        return re.compile(rf"{re.escape(word)}(?!\w)")
    body = r"\w*".join(re.escape(normalise(part)) for part in word.split("*"))
    if stem or _ARABIC.search(word):
        return re.compile(body)
    if _LATIN.match(word):
        return re.compile(rf"{body}(?:s|es)?(?!\w)")
    return re.compile(rf"{body}(?!\w)")


def occurs(w: Wording, text: Text) -> bool:
    """Whether the wording occurs in the text (see the module's docstring)."""
    if w.kind == "han":
        return w.first in text.low
    words = text.raw_words if w.kind == "acronym" else text.words
    if w.prefix:
        found = _begins(w.first, text)
    elif w.plural:
        found = w.first in words or w.first + "s" in words or w.first + "es" in words
    else:
        found = w.first in words
    if not found or w.whole:
        return found
    if not w.needed <= words:
        return False
    body = text.raw if w.kind == "acronym" else text.low
    pattern = _regex(w.source)
    at = body.find(w.literal)
    while at != -1:
        if (at == 0 or not body[at - 1].isalnum()) and pattern.match(body, at):
            return True
        at = body.find(w.literal, at + 1)
    return False


class Index:
    """Many wordings looked for at once, each belonging to a group (a policy topic): a text's
    words are looked up in a table of first words, so the cost follows the text, not the
    size of the vocabulary, and a group found once is not looked for again."""

    def __init__(self, wordings: list[Wording], groups: list[int]) -> None:
        self.wordings = wordings
        self.groups = groups
        self.exact: dict[str, list[int]] = {}  # first word (and its plurals) -> wordings
        self.raw: dict[str, list[int]] = {}  # acronyms by their first word as written
        self.prefixes: list[tuple[str, int]] = []
        self.han: list[int] = []
        for i, w in enumerate(wordings):
            if w.kind == "han":
                self.han.append(i)
            elif w.kind == "acronym":
                self.raw.setdefault(w.first, []).append(i)
            elif w.prefix:
                self.prefixes.append((w.first, i))
            else:
                forms = (w.first, w.first + "s", w.first + "es") if w.plural else (w.first,)
                for form in forms:
                    self.exact.setdefault(form, []).append(i)

    def found(self, text: Text) -> set[int]:
        """The groups with a wording that occurs in the text."""
        candidates: set[int] = set()
        for word in text.words:
            candidates.update(self.exact.get(word, ()))
        for word in text.raw_words:
            candidates.update(self.raw.get(word, ()))
        candidates.update(i for start, i in self.prefixes if _begins(start, text))
        if _HAN.search(text.low):
            candidates.update(self.han)
        out: set[int] = set()
        # one-word wordings first: a set lookup settles them
        for i in sorted(candidates, key=lambda i: (not self.wordings[i].whole, i)):
            if self.groups[i] not in out and occurs(self.wordings[i], text):
                out.add(self.groups[i])
        return out
