"""Near-identical texts (campaigns): word 3-shingles, MinHash and sentence keys.

Shared by the consultation reader (``ingest.campaigns``) and the review site
(``web.services.comments``). Each text gets a set of index keys (the site stores them in an
indexed table; the reader keeps them in a dictionary):

- a MinHash signature of its word 3-shingles (NUM_PERM hash functions, the same in every
  run) cut into BANDS bands of ROWS values; two texts with shingle Jaccard similarity s
  share at least one band with probability 1 - (1 - s^ROWS)^BANDS (0.94 at s = 0.4, 0.999
  at s = 0.6);
- one key per sentence of at least MIN_SENTENCE_WORDS words: a copy with a sentence added or
  taken away still shares its other sentences word for word.

Candidates come from an index look-up on those keys, never a scan. A candidate joins when the
shingle sets are close (``related``): Jaccard similarity at least JOIN_AT, or one text nearly
contained in the other (a campaign text with a paragraph added). What a comment adds to the
campaign's text (new sentences, or only the new words of a changed sentence) is its
``addition``. Everything is deterministic: fixed hash functions, sorted shingles.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import cached_property, lru_cache

import numpy as np
import numpy.typing as npt

JOIN_AT = 0.6
CONTAINED_AT = 0.8  # share of the smaller text's shingles found in the larger one
CONTAINED_MIN_JACCARD = 0.25
CONTAINED_MIN_SHINGLES = 8  # "I agree." is contained in many comments without copying them
NUM_PERM, BANDS, ROWS = 32, 16, 2
MIN_SENTENCE_WORDS = 6
SIMILAR_SENTENCE = 0.5  # a changed sentence: kept only if it has new words
_WORD = re.compile(r"\w+", re.UNICODE)
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s*|\n+")


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _norm(word: str) -> str:
    return word.lower() if word.isascii() else _norm_unicode(word)


@lru_cache(maxsize=1 << 16)
def _norm_unicode(word: str) -> str:
    """A word beyond ASCII in NFKC and lower case (a language has far fewer words than its
    texts have, so most are looked up instead of normalised again)."""
    return unicodedata.normalize("NFKC", word).lower()


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Words (Chinese: characters) as (normalised form, start, end) in ``text``."""
    out: list[tuple[str, int, int]] = []
    for m in _WORD.finditer(text):
        w = m.group()
        if _HAN.search(w):
            out.extend((_norm(ch), m.start() + i, m.start() + i + 1) for i, ch in enumerate(w))
        else:
            out.append((_norm(w), m.start(), m.end()))
    return out


def words(text: str) -> list[str]:
    """The words ``_tokens`` gives, without their places (found faster)."""
    if text.isascii():
        return _WORD.findall(text.lower())
    if not _HAN.search(text):  # no word is cut into characters
        return [_norm(w) for w in _WORD.findall(text)]
    return [w for w, _s, _e in _tokens(text)]


def shingles(text: str, k: int = 3) -> set[str]:
    return _shingles(words(text), k)


def _shingles(ws: list[str], k: int = 3) -> set[str]:
    if len(ws) < k:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i : i + k]) for i in range(len(ws) - k + 1)}


def fingerprint(text: str) -> str:
    return _fingerprint(words(text))


def _fingerprint(ws: list[str]) -> str:
    return hashlib.sha256(" ".join(ws).encode("utf-8")).hexdigest()


_PRIME = (1 << 61) - 1  # a Mersenne prime: hash values are taken modulo it


def _hash64(payload: str) -> int:
    digest = hashlib.blake2b(payload.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


#: The NUM_PERM hash functions h(x) = (a x + b) mod _PRIME, their a and b drawn from fixed
#: hashes, so every process and every run gets the same ones.
_PERMUTATIONS = tuple(
    (1 + _hash64(f"minhash a {i}") % (_PRIME - 1), _hash64(f"minhash b {i}") % _PRIME)
    for i in range(NUM_PERM)
)


def signature(text: str) -> list[int]:
    """The MinHash of the text's shingles: for each hash function, the smallest value it
    gives any shingle (the same text always gives the same values)."""
    return _signature(shingles(text))


def _signature(shingle_set: set[str]) -> list[int]:
    return _signature_of(_hashed(shingle_set))


def _hashed(shingle_set: set[str]) -> bytes:
    """The shingles' 64-bit hashes, eight bytes each, in the set's order (which no use of
    them depends on: a minimum, or a set)."""
    return b"".join(
        [hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingle_set]
    )


def _signature_of(hashed: bytes) -> list[int]:
    if not hashed:
        return []
    values = np.frombuffer(hashed, dtype="<u8").astype(np.uint64)
    out = _mod_prime(_mulmod(_A[:, None], _mod_prime(values)[None, :]) + _B[:, None])
    return [int(v) for v in out.min(axis=1)]


def hash_set(hashed: bytes) -> set[int]:
    """The shingle hashes of ``Profile.hashed`` as a set, for ``related_hashed``."""
    return set(memoryview(hashed).cast("Q"))


# (a x + b) mod _PRIME for every hash function at once, exactly as with Python's integers:
# 64-bit words hold the partial products of 31-bit halves, and 2^61 = 1 (mod _PRIME).
_A = np.array([a for a, _b in _PERMUTATIONS], dtype=np.uint64)
_B = np.array([b for _a, b in _PERMUTATIONS], dtype=np.uint64)
_P = np.uint64(_PRIME)
_LOW31 = np.uint64((1 << 31) - 1)
_LOW30 = np.uint64((1 << 30) - 1)


def _mod_prime(x: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """``x mod _PRIME`` for any 64-bit ``x``."""
    x = (x & _P) + (x >> np.uint64(61))
    return np.where(x >= _P, x - _P, x)


def _mulmod(a: npt.NDArray[np.uint64], v: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    """``a v mod _PRIME`` for ``a, v < _PRIME`` (broadcast)."""
    a_hi, a_lo = a >> np.uint64(31), a & _LOW31
    v_hi, v_lo = v >> np.uint64(31), v & _LOW31
    mid = a_hi * v_lo + a_lo * v_hi  # times 2^31; each product is under 2^61
    high = a_hi * v_hi * np.uint64(2)  # times 2^62 = 2 (mod _PRIME)
    total = high + (mid >> np.uint64(30)) + ((mid & _LOW30) << np.uint64(31)) + a_lo * v_lo
    return _mod_prime(total)


def _key(tag: str, payload: str) -> int:
    """A signed 64-bit key (fits any database's bigint column)."""
    digest = hashlib.blake2b(f"{tag}|{payload}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def keys(text: str) -> list[int]:
    """The comment's index keys: MinHash bands and long sentences, sorted, no repeats."""
    return _keys(signature(text), [words(s) for s in sentences(text)])


def _keys(sig: list[int], sentence_words: list[list[str]]) -> list[int]:
    out: set[int] = set()
    if sig:
        for b in range(BANDS):
            out.add(_key(f"b{b}", ",".join(map(str, sig[b * ROWS : (b + 1) * ROWS]))))
    for ws in sentence_words:
        if len(ws) >= MIN_SENTENCE_WORDS:
            out.add(_key("s", " ".join(ws)))
    return sorted(out)


class Profile:
    """``fingerprint``, ``shingles`` and ``keys`` of one text, its words read once; the
    shingles and keys are only worked out when asked for (an exact copy needs neither)."""

    _gone = False  # the words were let go (``profiles``): only the fingerprint, hashes, keys

    def __init__(self, text: str) -> None:
        # words never span a sentence break, so the text's words are its sentences' words
        self._sentences = [words(s) for s in sentences(text)]
        self._words = [w for sw in self._sentences for w in sw]
        self.fingerprint = _fingerprint(self._words)

    @cached_property
    def shingles(self) -> set[str]:
        if self._gone:
            raise AttributeError("the shingles of a profile made by profiles() are not kept")
        return _shingles(self._words)

    @cached_property
    def hashed(self) -> bytes:
        """The shingles' 64-bit hashes (see ``related_hashed``): eight bytes a shingle."""
        return _hashed(self.shingles)

    @cached_property
    def keys(self) -> list[int]:
        return _keys(_signature_of(self.hashed), self._sentences)


def profile(text: str) -> Profile:
    return Profile(text)


def profiles(texts: list[str]) -> list[Profile]:
    """Profiles of many texts with their shingle hashes and keys worked out, ready to send
    to another process: texts of one fingerprint share one profile, and the words and
    shingles each was worked out from are let go (what is sent is the fingerprint, the
    hashes and the keys: 2.7 times less to pickle, send and unpickle)."""
    seen: dict[str, Profile] = {}
    out: list[Profile] = []
    for text in texts:
        prof = Profile(text)
        first = seen.setdefault(prof.fingerprint, prof)
        if first is prof:
            _ = prof.keys  # the shingles and their hashes too
            prof._sentences, prof._words = [], []
            del prof.shingles  # no longer made from the words let go: see ``shingles``
            prof._gone = True
        out.append(first)
    return out


def jaccard(sa: set[str], sb: set[str]) -> float:
    if not sa or not sb:
        return 1.0 if sa == sb else 0.0
    common = len(sa & sb)
    return common / (len(sa) + len(sb) - common)


def similarity(a: str, b: str) -> float:
    return jaccard(shingles(a), shingles(b))


def related(sa: set[str], sb: set[str]) -> bool:
    """Near-copies: close shingle sets, or the smaller text almost all inside the larger one
    (a sentence or a paragraph added to, or taken from, the same text)."""
    small, large = (len(sa), len(sb)) if len(sa) <= len(sb) else (len(sb), len(sa))
    if not small:
        return sa == sb  # two empty sets are alike (Jaccard 1), one empty set is like nothing
    return _may_relate(small, large) and _related(len(sa & sb), small, large)


def related_hashed(mine: set[int], theirs: bytes) -> bool:
    """``related`` for shingles given by their 64-bit hashes: ``mine`` from ``hash_set``,
    ``theirs`` a ``Profile.hashed`` kept as it is (eight bytes a shingle, a tenth of the
    memory of the shingles). The same answer unless two different shingles of the texts
    have the same 64-bit hash."""
    small, large = len(mine), len(theirs) // 8
    if small > large:
        small, large = large, small
    if not small:
        return small == large
    if not _may_relate(small, large):
        return False
    return _related(len(mine.intersection(memoryview(theirs).cast("Q"))), small, large)


def _may_relate(small: int, large: int) -> bool:
    """False when the sizes alone rule both tests of ``_related`` out (the Jaccard
    similarity is at most the smaller size over the larger): no intersection needed."""
    return not (
        small < large * JOIN_AT
        and (small < CONTAINED_MIN_SHINGLES or small < large * CONTAINED_MIN_JACCARD)
    )


def _related(common: int, small: int, large: int) -> bool:
    """The test of ``related`` from the number of shingles in common and the two sizes."""
    j = common / (small + large - common)
    if j >= JOIN_AT:
        return True
    if small < CONTAINED_MIN_SHINGLES or j < CONTAINED_MIN_JACCARD:
        return False
    return common / small >= CONTAINED_AT


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s and s.strip()]


def _new_words(sentence: str, base: str) -> list[str]:
    """The runs of words of ``sentence`` that ``base`` does not have, as written."""
    mine, theirs = _tokens(sentence), _tokens(base)
    matcher = difflib.SequenceMatcher(
        None, [w for w, _s, _e in theirs], [w for w, _s, _e in mine], autojunk=False
    )
    runs = []
    for op, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if op in ("insert", "replace") and j2 > j1 and _worded(w for w, _s, _e in mine[j1:j2]):
            runs.append(sentence[mine[j1][1] : mine[j2 - 1][2]])
    return runs


def _worded(ws: Iterable[str]) -> bool:
    """Whether some word has a letter: a run of numbers alone ("(3127)", "2030") says
    nothing without the sentence around it."""
    return any(any(c.isalpha() for c in w) for w in ws)


class _Base:
    """What ``addition`` reads of a campaign's text, once for all its wordings."""

    def __init__(self, base: str) -> None:
        self.sentences = sentences(base)
        self.words = [words(s) for s in self.sentences]
        self.vocabulary = {w for ws in self.words for w in ws}
        self.first: dict[tuple[str, ...], int] = {}  # a sentence's words -> its first place
        for i, ws in enumerate(self.words):
            self.first.setdefault(tuple(ws), i)


@lru_cache(maxsize=64)
def _base(base: str) -> _Base:
    return _Base(base)


def addition(text: str, base: str) -> str:
    """What ``text`` adds to or changes in ``base``: each of its sentences that ``base`` does
    not have as it is and that brings words of its own, whole and as the copy words it (the
    new words of a changed sentence alone, "truly" or "Schools … must guarantee", make no
    point a reader could follow); sentences next to each other joined with a space, runs
    apart joined with ' … '."""
    known = _base(base)
    chunks: list[str] = []
    joined = False  # the last chunk ends with the sentence just before this one
    for s in sentences(text):
        ws = words(s)
        if not _worded(ws) or (set(ws) <= known.vocabulary and len(ws) < 3):
            continue  # a row number, a stray word: as if it were not there
        if tuple(ws) in known.first:  # a sentence of the base as it is: nothing new in it
            joined = False
            continue
        best, best_score = -1, 0.0
        for i, bw in enumerate(known.words):
            score = difflib.SequenceMatcher(None, bw, ws, autojunk=False).ratio()
            if score > best_score:
                best, best_score = i, score
        if best_score >= SIMILAR_SENTENCE and not _new_words(s, known.sentences[best]):
            joined = False  # only words taken away, or only numbers changed
            continue
        if joined:
            chunks[-1] += " " + s
        else:
            chunks.append(s)
            joined = True
    return " … ".join(chunks)
