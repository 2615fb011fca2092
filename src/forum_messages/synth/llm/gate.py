"""The grounding gate: a written sentence is kept only if its sources support it.

Checks, for each sentence of a model-written message:

- facts: every number, name (capitalised word or acronym in cased scripts, Latin-script word in
  Chinese and Arabic) and framework reference (GDC, WSIS and its action lines C1-C11, SDG n)
  appears in one of the message's source statements;
- meaning: the sentence is close to at least one source statement or source sentence
  (multilingual embedding, cosine at least ``THRESHOLD``, calibrated in docs/llm.md);
- polarity: the source closest to it says it with the same polarity (a sentence negated where
  that source is not, or the reverse, is a reversed claim: embeddings barely see negation).

Each problem is recorded as ``"check: detail"``; a sentence with none is kept.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from forum_messages.model import SentenceCheck
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import decision_scores
from forum_messages.nlp.segment import sentences, words
from forum_messages.synth.llm.entities import (
    arabic_names,
    arabic_variants,
    arabic_words,
    entities,
    fold,
    han_names,
    key_of,
)

#: Cosine similarity a sentence needs to one source statement or sentence (docs/llm.md).
THRESHOLD = 0.45

NEGATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(
        ["not", "no", "never", "cannot", "neither", "nor", "none", "nothing", "nobody", "nowhere"]
    ),
    "fr": frozenset(
        ["ne", "pas", "jamais", "aucun", "aucune", "rien", "ni", "non", "nullement", "guère"]
    ),
    "es": frozenset(
        ["no", "nunca", "jamás", "ningún", "ninguna", "ninguno", "ni", "tampoco", "nada"]
    ),
    "ru": frozenset(["не", "нет", "ни", "никогда", "ничего", "нельзя", "никакой", "никакие"]),
    "zh": frozenset(
        [
            "不",
            "没",
            "没有",
            "未",
            "无",
            "非",
            "别",
            "勿",
            "并非",
            "不是",
            "不能",
            "无法",
            "不会",
            "不应",
            "不得",
            "从未",
            "尚未",
            "未能",
            "不要",
            "不可",
            "毫无",
            "无需",
            "不必",
            "缺乏",
        ]
    ),
    "ar": frozenset(["لا", "لم", "لن", "ليس", "ليست", "ليسوا", "لسنا"]),
}

_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f .]\d{3})+$")
_CASED_NAME = re.compile(r"[^\W\d_][\w'’&.-]*", re.UNICODE)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&.-]+")
_SDG = re.compile(
    r"(?:\bSDGs?|\bODDs?|\bODSs?|ЦУР|Sustainable Development Goals?|objectifs? de développement "
    r"durable|objetivos? de desarrollo sostenible|可持续发展目标|هدف التنمية المستدامة|"
    r"أهداف التنمية المستدامة)\s*(?:n[°o]\.?\s*|no\.\s*|#\s*)?(\d{1,2})\b",
    re.IGNORECASE,
)
_WSIS = re.compile(
    r"\bWSIS\b|\bSMSI\b|\bCMSI\b|ВВУИО|信息社会世界峰会|القمة العالمية لمجتمع المعلومات"
)
_ACTION_LINE = re.compile(r"(?<![\w-])[CС]\s?(1[01]|[1-9])(?![\w-])")
_GDC = re.compile(
    r"\bGDC\b|Global Digital Compact|Pacte numérique mondial|Pacto Digital Global|"
    r"Глобальн\w* цифров\w* договор\w*|全球数字契约|الميثاق الرقمي العالمي",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def numbers(text: str) -> set[str]:
    """Numbers as written, thousands separators removed and a decimal comma made a point."""
    out = set()
    for match in _NUMBER.findall(_norm(text)):
        raw = match.strip()
        if _THOUSANDS.match(raw):
            out.add(re.sub(r"\D", "", raw))
        else:
            for part in re.split(r"[\u00a0\u202f ]", raw):
                out.add(part.replace(",", "."))
    return {n for n in out if n}


def frameworks(text: str) -> set[str]:
    """Framework references: ``GDC``, ``WSIS``, ``WSIS C7``, ``SDG 4``."""
    text = _norm(text)
    found = {f"SDG {int(n)}" for n in _SDG.findall(text)}
    if _GDC.search(text):
        found.add("GDC")
    if _WSIS.search(text):
        found.add("WSIS")
    found |= {f"WSIS C{int(n)}" for n in _ACTION_LINE.findall(text)}
    return found


def names(sentence: str, language: str) -> set[str]:
    """Words that name something: in cased scripts, capitalised words after the first and
    acronyms anywhere; in Chinese and Arabic, words in Latin script."""
    text = _norm(sentence)
    if language in {"zh", "ar"}:
        return {w for w in _LATIN_WORD.findall(text) if not re.fullmatch(r"[CС]\d+", w)}
    found = set()
    for i, match in enumerate(_CASED_NAME.finditer(text)):
        word = match.group(0).strip(".-'’&")
        if not word or not word[0].isupper():
            continue
        acronym = len(word) > 1 and word.isupper()
        if (i > 0 or acronym) and not re.fullmatch(r"[CС]\d+|SDGs?|ODDs?|ODSs?", word):
            found.add(word)
    return found


_ALL_NEGATIONS = frozenset().union(*NEGATIONS.values())


def negations(text: str, language: str) -> int:
    """How many negation words the text holds, in any of the six languages (a sentence may be
    in another language than the draft's: a statement left untranslated, a model that slipped)."""
    tokens = words(text, language)
    elided = [t for t in tokens if t.startswith(("n'", "n’"))]
    count = sum(1 for t in tokens if t in _ALL_NEGATIONS or t.endswith(("n't", "n’t")))
    count += len(elided)
    # French "ne ... pas" is one negation
    count -= min(
        sum(1 for t in tokens if t == "ne") + len(elided),
        sum(1 for t in tokens if t in {"pas", "jamais", "rien", "plus"}),
    )
    return count


def negated(text: str, language: str) -> bool:
    """True if the text is negated: an odd number of negations (two cancel out)."""
    return negations(text, language) % 2 == 1


@dataclass(frozen=True)
class SourceUnit:
    """A source statement or one of its sentences, with the statement's id."""

    text: str
    language: str
    statement: str
    whole: bool = False  # a statement of several sentences (its sentences are units too)


def fact_problems(sentence: str, language: str, source_texts: Sequence[str]) -> list[str]:
    """Numbers, names and framework references of ``sentence`` that no source holds.

    A known country or organisation (``entities``) counts as held when a source names it in
    any language ("肯尼亚" for "Kenya"); in Chinese and Arabic, proper nouns found by jieba's
    tags or after a title ("معهد فاركون") and known entities are checked too."""
    joined = _norm("\n".join(source_texts))
    folded = fold(joined)
    source_words = {w.casefold() for w in words(joined)}
    source_keys = set(entities(joined).values())
    named = entities(sentence)
    held_keys = {key for key in named.values() if key in source_keys}

    def held(name: str) -> bool:
        key = key_of(name)
        if (key is not None and key in source_keys) or fold(name) in folded:
            return True
        # a word of a known name the sources hold ("Union" of "African Union")
        return any(key in held_keys and fold(name) in fold(s) for s, key in named.items())

    problems = [f"number: {n}" for n in sorted(numbers(sentence) - numbers(joined))]
    reported: set[str] = set()
    for name in sorted(names(sentence, language)):
        key = name.casefold()
        parts = [w.casefold() for w in words(name)]
        if key in source_words or (key in folded and len(key) > 3):
            continue
        if (parts and all(p in source_words for p in parts)) or held(name):
            continue
        problems.append(f"name: {name}")
        reported.add(fold(name))
    problems += _script_names(sentence, language, named, held, joined, reported)
    problems += [f"framework: {r}" for r in sorted(frameworks(sentence) - frameworks(joined))]
    return problems


def _script_names(
    sentence: str,
    language: str,
    named: dict[str, str],
    held: Callable[[str], bool],
    joined: str,
    reported: set[str],
) -> list[str]:
    """Known countries and organisations, and in Chinese and Arabic the names found by their
    script, that no source holds."""
    found: list[str] = []
    candidates: dict[str, str] = {}
    if language == "zh":
        candidates = {n: n for n in han_names(sentence)}
    elif language == "ar":
        source_ar = arabic_words([joined])
        candidates = {
            surface: surface
            for surface, word in arabic_names(sentence).items()
            if not arabic_variants(word) & source_ar
        }
    candidates |= {surface: surface for surface in named}
    for surface in sorted(candidates):
        if fold(surface) in reported or held(surface):
            continue
        if any(fold(surface) in r or r in fold(surface) for r in reported):
            continue
        found.append(f"name: {surface}")
        reported.add(fold(surface))
    return found


def check_sentences(
    written: Sequence[str],
    language: str,
    units: Sequence[SourceUnit],
    written_vecs: Vectors,
    unit_vecs: Vectors,
    threshold: float = THRESHOLD,
) -> list[SentenceCheck]:
    """The gate's verdict on each written sentence against the message's source units."""
    texts = list(dict.fromkeys(u.text for u in units))
    sims = (
        decision_scores(written_vecs, unit_vecs)
        if len(units)
        else np.zeros((len(written), 0), dtype=np.float64)
    )
    unit_negated = [negated(u.text, u.language) for u in units]
    out = []
    for k, sentence in enumerate(written):
        problems = fact_problems(sentence, language, texts)
        row = sims[k] if len(units) else np.zeros(0)
        best = int(np.argmax(row)) if len(row) else -1
        best_sim = float(row[best]) if best >= 0 else 0.0
        if best_sim < threshold:
            problems.append(f"meaning: closest source {best_sim:.2f} < {threshold:.2f}")
        else:
            # polarity is compared with the closest single sentence, not a whole statement
            # whose other sentences may hold negations of their own
            sentence_level = [j for j in range(len(units)) if not units[j].whole]
            if sentence_level:
                best = max(sentence_level, key=lambda j: (row[j], -j))
            mine = negated(sentence, language)
            if unit_negated[best] != mine:
                problems.append(
                    "negation: negated where the closest source sentence is not"
                    if mine
                    else "negation: not negated where the closest source sentence is"
                )

        out.append(
            SentenceCheck(
                text=sentence,
                kept=not problems,
                similarity=round(best_sim, 4),
                source=units[best].statement if best >= 0 else "",
                problems=tuple(problems),
            )
        )
    return out


def check_texts(
    written: Sequence[str],
    language: str,
    sources: Sequence[tuple[str, str, str]],
    embedder: Embedder,
    threshold: float = THRESHOLD,
) -> list[SentenceCheck]:
    """The gate on its own: ``sources`` as (statement id, text, language); each statement and,
    if it has several, each of its sentences is a source unit."""
    units = []
    for statement, text, lang in sources:
        parts = sentences(text, lang)
        units.append(SourceUnit(text, lang, statement, whole=len(parts) > 1))
        units += [SourceUnit(p, lang, statement) for p in parts if len(parts) > 1]
    vecs = embedder.embed([*written, *(u.text for u in units)])
    return check_sentences(
        written, language, units, vecs[: len(written)], vecs[len(written) :], threshold
    )
