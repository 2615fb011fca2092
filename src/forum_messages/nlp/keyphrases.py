"""Keyphrases of a set of statements, in one language.

Latin, Cyrillic and Arabic text goes through YAKE (``nlp/keyscore.py``: the ``yake`` package's
scores, without its ``networkx`` bookkeeping) with the package's stop-word list for the
language; Chinese is segmented with jieba first and scored by frequency of content-word n-grams
(YAKE's statistics are weak on short segmented Chinese).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from forum_messages.nlp.keyscore import extract
from forum_messages.nlp.segment import words

_YAKE_LANG = {"en": "en", "fr": "fr", "es": "es", "ar": "ar", "ru": "ru", "zh": "zh"}
# Words that head a statement in the policy voice but say nothing about its subject.
_POLICY_WORDS = {
    "en": "session participants stakeholders highlighted noted stressed emphasised emphasized "
    "underlined discussed need needs important essential crucial key must should call calls "
    "ensure including various particularly also new way ways role",
    "fr": "session participants parties prenantes souligné noté besoin essentiel important "
    "doivent devraient doit appel assurer notamment également rôle",
    "es": "sesión participantes partes interesadas destacó subrayó señaló necesidad esencial "
    "importante deben debería llamado garantizar incluidos también papel",
    "ar": "الجلسة المشاركون أصحاب المصلحة أكد أكدت شدد ضرورة يجب ينبغي مهم أساسي دعوة ضمان "
    "أيضا دور",
    "ru": "сессия участники заинтересованные стороны подчеркнули отметили необходимо важно должны "
    "следует призыв обеспечить также роль",
    "zh": "会议 与会者 利益攸关方 强调 指出 需要 必须 应当 应该 重要 关键 呼吁 确保 包括 以及 "
    "各方 作用 推动 加强",
}


@cache
def _policy(language: str) -> frozenset[str]:
    return frozenset(_POLICY_WORDS.get(language, "").split())


@cache
def stopwords(language: str) -> frozenset[str]:
    """YAKE's stop words for the language plus our policy-voice filler words."""
    name = f"stopwords_{_YAKE_LANG.get(language, 'en')}.txt"
    # found without importing the package (it imports networkx)
    spec = find_spec("yake")
    origin = spec.origin if spec is not None else None
    if origin is None:
        return frozenset(_POLICY_WORDS.get(language, "").split())
    folder = Path(origin).parent / "core" / "StopwordsList"
    try:
        raw = (folder / name).read_bytes().decode("utf-8", errors="ignore")
    except FileNotFoundError:
        raw = ""
    words_ = {w.strip().lower() for w in raw.splitlines() if w.strip()}
    words_ |= set(_POLICY_WORDS.get(language, "").split())
    return frozenset(words_)


def prepare(language: str) -> None:
    """Load what :func:`keyphrases` needs for ``language`` (the sentence splitter, the stop
    words): called before a fork, so that the parent and its child do not both load it."""
    stopwords(language)
    if language == "zh":
        words("初始化", "zh")
    else:
        import segtok.segmenter
        import segtok.tokenizer  # noqa: F401


def keyphrases(texts: Sequence[str], language: str, top: int = 10) -> list[tuple[str, float]]:
    """Up to ``top`` phrases with a score in (0, 1], best first, deterministic."""
    texts = [t for t in texts if t.strip()]
    if not texts:
        return []
    if language == "zh":
        return _chinese(texts, top)
    stop = stopwords(language)
    # near-duplicates above 0.9 similarity dropped: the package's default, which the drafts
    # have always used (the ``dedupLim=0.7`` they once passed is not a name it reads)
    scored = extract("\n".join(texts), stop, n=3, top=top * 3, dedup=0.9)
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for phrase, score in scored:
        tokens = phrase.lower().split()
        if not tokens or tokens[0] in stop or tokens[-1] in stop:
            continue
        if any(t in _policy(language) for t in tokens):
            continue
        if any(ch.isdigit() for ch in phrase) and len(tokens) == 1:
            continue
        key = phrase.lower()
        if key in seen:
            continue
        seen.add(key)
        # YAKE: lower is better; map to (0, 1]
        out.append((phrase, round(1.0 / (1.0 + 10.0 * float(score)), 6)))
    out.sort(key=lambda p: (-p[1], p[0]))
    return out[:top]


def _chinese(texts: Sequence[str], top: int) -> list[tuple[str, float]]:
    stop = stopwords("zh")
    counts: Counter[str] = Counter()
    for text in texts:
        toks = [w for w in words(text, "zh") if len(w) > 1 and w not in stop]
        seen: set[str] = set()
        for n in (1, 2):
            for i in range(len(toks) - n + 1):
                gram = "".join(toks[i : i + n])
                if gram not in seen:
                    seen.add(gram)
                    counts[gram] += n  # longer phrases say more
    if not counts:
        return []
    best = max(counts.values())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    return [(g, round(c / best, 6)) for g, c in ranked[:top]]
