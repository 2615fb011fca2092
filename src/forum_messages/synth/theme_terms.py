"""Words a statement shares with each theme's own text, in the statement's language.

An embedding places a statement by its whole drift; the edition's words for a theme (its
title, description, issue areas and seeds) say more sharply what the theme covers ("data
centres", "protection des données", "数据治理"). Each theme's text in a language is one
document, each statement of that language another; both are weighed by TF-IDF over the
statements of the language and the themes' texts (sublinear counts, smoothed inverse document
frequency, as ``nlp/tfidf.py``), and a statement's score with a theme is the cosine of the
two. Words are lower-cased, stop words dropped, Latin and Cyrillic words cut to their first
five letters (a crude stem: "sécurité" and "sécuritaire", "цифровой" and "цифровых" meet),
Arabic words stripped of the article and common affixes, Chinese segmented by jieba. A
language the edition gives no theme text in scores 0 for every theme.

Two passes over the texts (document frequencies, then scores), a statement at a time: no
matrix of statements by words is held.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

import numpy as np

from forum_messages.model import Edition, ThemeSpec
from forum_messages.nlp.decide import DECIMALS, Scores
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words

#: Letters a Latin or Cyrillic word is cut to.
STEM = 5
_AR_PREFIX = re.compile(r"^(?:وال|بال|فال|كال|لل|ال|و|ف|ب|ل)(?=..)")
_AR_SUFFIX = re.compile(r"(?:ات|ة|ية|ون|ين)$")


@cache
def _stop(language: str) -> frozenset[str]:
    return stopwords(language)


def terms(text: str, language: str) -> list[str]:
    """The words of ``text`` that can tell one theme from another, reduced to a stem."""
    stop = _stop(language)
    out = []
    for w in words(text, language):
        if w in stop or w.isdigit():
            continue
        if language == "ar":
            w = _AR_PREFIX.sub("", w)
            if len(w) > 4:
                w = _AR_SUFFIX.sub("", w)
        elif language != "zh":
            w = w[:STEM]
        if len(w) >= 2 or language == "zh":
            out.append(w)
    return out


def theme_document(theme: ThemeSpec, language: str) -> str:
    """A theme's own words in one language (empty when it gives none there)."""
    parts = [theme.title.get(language, ""), theme.description.get(language, "")]
    parts += list(theme.issue_areas.get(language, ())) + list(theme.seeds.get(language, ()))
    return " ".join(p for p in parts if p)


def term_scores(
    texts: Sequence[str],
    languages: Sequence[str],
    edition: Edition,
    rows: Sequence[int] | None = None,
) -> Scores:
    """(statements x themes) cosines of TF-IDF words, rounded as every decision score is;
    only the statements in ``rows`` (all by default) are scored, the others stay 0."""
    k = len(edition.themes)
    out = np.zeros((len(texts), k), dtype=np.float64)
    docs: dict[str, list[Counter[str]]] = {}
    for lang in sorted(set(languages)):
        found = [theme_document(t, lang) for t in edition.themes]
        if k and all(found):
            docs[lang] = [Counter(terms(d, lang)) for d in found]
    if not docs:
        return out
    df: dict[str, Counter[str]] = {lang: Counter() for lang in docs}
    count = Counter[str]()
    for text, lang in zip(texts, languages, strict=True):
        if lang in docs:
            df[lang].update(set(terms(text, lang)))
            count[lang] += 1
    wanted = range(len(texts)) if rows is None else rows
    themes: dict[str, list[dict[str, float]]] = {}
    for lang, counted in docs.items():
        for c in counted:
            df[lang].update(c.keys())
        themes[lang] = [_weights(c, df[lang], count[lang] + len(counted)) for c in counted]
    for i in wanted:
        lang = languages[i]
        if lang not in docs:
            continue
        mine = Counter(terms(texts[i], lang))
        if not mine:
            continue
        row = _weights(mine, df[lang], count[lang] + len(docs[lang]))
        for t, theme in enumerate(themes[lang]):
            out[i, t] = sum(v * theme.get(w, 0.0) for w, v in row.items())
    return np.round(out, DECIMALS) + 0.0


def _weights(counts: Counter[str], df: Counter[str], n: int) -> dict[str, float]:
    """Unit-length TF-IDF weights of a text's words (in sorted order: the same sums on any
    run), from ``n`` documents with document frequencies ``df``."""
    raw = {
        w: (1.0 + math.log(c)) * (1.0 + math.log((n + 1) / (df[w] + 1)))
        for w, c in sorted(counts.items())
    }
    norm = math.sqrt(sum(v * v for v in raw.values()))
    return {w: v / norm for w, v in raw.items()} if norm else raw
