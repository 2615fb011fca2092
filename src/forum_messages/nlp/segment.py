"""Sentence and word segmentation that works for Chinese and Arabic as well as Latin scripts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from types import ModuleType

import sentencex

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Stray list numbering at the start of a statement or sentence: "1.", "1)", "a)", "(iv)",
# "-", "*", "•", "一、", "１．".
_NUMBERING_RE = re.compile(
    r"^\s*(?:"
    r"[-*•·–—▪►]+\s+"
    r"|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+"
    r"|\(\d{1,3}\)\s*"
    r"|[一二三四五六七八九十]{1,3}[、.．]\s*"
    r"|[０-９]{1,3}[．、)]\s*"
    r"|\d{1,3}[、．]\s*"
    r")"
)
# Arabic tatweel and diacritics carry no meaning for matching.
_AR_MARKS_RE = re.compile(r"[\u0640\u064B-\u065F\u0670]")


def strip_numbering(text: str) -> str:
    """Remove list markers and stray numbering at the start of ``text``."""
    previous = None
    text = text.strip()
    while previous != text:
        previous = text
        text = _NUMBERING_RE.sub("", text, count=1).strip()
    return text


def arabic_plain(text: str) -> str:
    """``text`` without Arabic tatweel and diacritics (vowel marks, shadda)."""
    return _AR_MARKS_RE.sub("", text)


def arabic_plain_offsets(text: str) -> list[int]:
    """Where each character of ``arabic_plain(text)`` stands in ``text``, then ``len(text)``:
    the characters ``arabic_plain`` keeps (``[i for i, ch in enumerate(text) if
    arabic_plain(ch)] + [len(text)]``, found by one search of the marks instead of one call
    a character)."""
    marks = [m.start() for m in _AR_MARKS_RE.finditer(text)]
    if not marks:
        return list(range(len(text) + 1))
    out: list[int] = []
    start = 0
    for at in marks:
        out.extend(range(start, at))
        start = at + 1
    out.extend(range(start, len(text) + 1))
    return out


def has_han(text: str) -> bool:
    return bool(_HAN_RE.search(text))


def sentences(text: str, language: str) -> list[str]:
    """The sentences of ``text``, stripped, numbering removed, empty ones dropped."""
    lang = language if language in {"en", "fr", "es", "ar", "ru", "zh"} else "en"
    out = []
    for sent in sentencex.segment(lang, text):
        sent = strip_numbering(sent)
        if sent:
            out.append(sent)
    return out


@cache
def _jieba() -> ModuleType:
    """jieba's segmenter, imported on the first Chinese text: the import builds its
    dictionary (about 0.15 s), which a draft without Chinese never needs."""
    import rjieba

    rjieba.cut("初始化")
    return rjieba


def words(text: str, language: str | None = None) -> list[str]:
    """Lower-cased words; Chinese is segmented with jieba, Arabic marks are dropped."""
    text = unicodedata.normalize("NFKC", text)
    if language == "zh" or has_han(text):
        out = []
        for token in _jieba().cut(text):
            token = token.strip().lower()
            if token and any(ch.isalnum() for ch in token):
                out.append(token)
        return out
    if language == "ar":
        text = arabic_plain(text)
    return [w.lower() for w in _WORD_RE.findall(text)]
