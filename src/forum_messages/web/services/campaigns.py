"""Near-identical comments (campaigns): found with a 64-bit SimHash of word 3-shingles.

The hash is split into four 16-bit bands stored in indexed columns: two texts whose hashes
differ in at most 3 bits share a band, so candidates come from an index look-up, never a scan.
A candidate joins when the Jaccard similarity of the word shingles is at least JOIN_AT. What a
comment adds to the campaign's text (sentences not in it) is kept as its ``addition``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

JOIN_AT = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*|\n+")


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    out: list[str] = []
    for w in _WORD.findall(text):
        if any("\u4e00" <= ch <= "\u9fff" for ch in w):
            out.extend(w)  # Chinese: characters as words
        else:
            out.append(w)
    return out


def shingles(text: str, k: int = 3) -> set[str]:
    ws = words(text)
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def fingerprint(text: str) -> str:
    return hashlib.sha256(" ".join(words(text)).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    weights = [0] * 64
    for sh in shingles(text):
        h = int.from_bytes(hashlib.blake2b(sh.encode("utf-8"), digest_size=8).digest(), "little")
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    return sum(1 << bit for bit in range(64) if weights[bit] > 0)


def bands(text: str) -> tuple[int, int, int, int]:
    """Four signed 16-bit bands (signed so they fit any database's integer column)."""
    h = simhash(text)
    return tuple(((h >> (16 * i)) & 0xFFFF) - 0x8000 for i in range(4))  # type: ignore[return-value]


def jaccard(sa: set[str], sb: set[str]) -> float:
    if not sa or not sb:
        return 1.0 if sa == sb else 0.0
    return len(sa & sb) / len(sa | sb)


def similarity(a: str, b: str) -> float:
    return jaccard(shingles(a), shingles(b))


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def addition(text: str, base: str) -> str:
    """The sentences of ``text`` that are not (nearly) in ``base``."""
    base_sentences = [shingles(s) for s in sentences(base)]
    base_words = set(words(base))
    extra = []
    for s in sentences(text):
        sh = shingles(s)
        if set(words(s)) <= base_words and len(words(s)) < 3:
            continue
        if any(sh and b and len(sh & b) / len(sh | b) >= 0.8 for b in base_sentences):
            continue
        extra.append(s)
    return " ".join(extra)
