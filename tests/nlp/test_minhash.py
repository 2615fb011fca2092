"""The shared MinHash: the vectorised signature gives exactly the integers of the definition."""

from __future__ import annotations

import random

from forum_messages.evaluation.consultations import generate
from forum_messages.nlp import minhash


def _reference(text: str) -> list[int]:
    """h(x) = (a x + b) mod (2^61 - 1) over the shingles' 64-bit hashes, with Python ints."""
    values = [minhash._hash64(s) for s in sorted(minhash.shingles(text))]
    if not values:
        return []
    return [min((a * v + b) % minhash._PRIME for v in values) for a, b in minhash._PERMUTATIONS]


def test_signature_matches_the_definition_exactly() -> None:
    texts = [row["Q1"] for row in generate(60, 0.5, 4, seed=7)]
    texts += ["", "one two", "Ünïcödé ＦＵＬＬＷＩＤＴＨ words and 数字治理很重要。"]
    for text in texts:
        assert minhash.signature(text) == _reference(text)


def test_mulmod_is_exact_at_the_edges() -> None:
    import numpy as np

    rng = random.Random(1)
    p = minhash._PRIME
    xs = [0, 1, p - 1, p - 2, (1 << 60), (1 << 61) - 2] + [rng.randrange(p) for _ in range(200)]
    a = np.array(xs, dtype=np.uint64)
    got = minhash._mulmod(a[:, None], a[None, :])
    want = [[x * y % p for y in xs] for x in xs]
    assert got.tolist() == want
    raw = [rng.randrange(1 << 64) for _ in range(200)] + [(1 << 64) - 1, p, 2 * p]
    assert minhash._mod_prime(np.array(raw, dtype=np.uint64)).tolist() == [r % p for r in raw]


def test_profile_agrees_with_the_single_functions() -> None:
    for text in ("A campaign text. With two sentences here!", "无标点的中文文本", ""):
        prof = minhash.profile(text)
        assert prof.fingerprint == minhash.fingerprint(text)
        assert prof.keys == minhash.keys(text)
        assert prof.shingles == minhash.shingles(text)
        assert minhash.hash_set(prof.hashed) == {minhash._hash64(s) for s in minhash.shingles(text)}


def test_profiles_sent_to_the_driver_carry_hashes_and_keys_but_no_shingles() -> None:
    import pickle

    import pytest

    texts = [
        "A campaign text. With two sentences here!",
        "a campaign TEXT, with two sentences here",
        "Another answer entirely, of its own words.",
        "",
    ]
    sent = pickle.loads(pickle.dumps(minhash.profiles(texts)))
    assert sent[0] is sent[1]  # one profile a fingerprint
    for text, prof in zip(texts[1:], sent[1:], strict=True):  # the first text of its print
        alone = minhash.profile(texts[0] if prof is sent[0] else text)
        assert (prof.fingerprint, prof.keys, prof.hashed) == (
            alone.fingerprint,
            alone.keys,
            alone.hashed,
        )
        assert "shingles" not in vars(prof) and not prof._words
        with pytest.raises(AttributeError):
            _ = prof.shingles  # never silently empty


def _related_by_definition(sa: set[str], sb: set[str]) -> bool:
    union = sa | sb
    j = len(sa & sb) / len(union) if sa and sb else float(sa == sb)
    if j >= minhash.JOIN_AT:
        return True
    small = min(len(sa), len(sb))
    if small < minhash.CONTAINED_MIN_SHINGLES or j < minhash.CONTAINED_MIN_JACCARD:
        return False
    return len(sa & sb) / small >= minhash.CONTAINED_AT


def test_related_and_its_size_shortcut_agree_with_the_definition() -> None:
    rng = random.Random(5)
    pool = [f"s{i}" for i in range(60)]
    pairs = [(set(), set()), (set(), {"a"}), ({"a"}, {"a"})]
    for _ in range(3000):
        a = set(rng.sample(pool, rng.randint(0, 40)))
        b = set(rng.sample(pool, rng.randint(0, 40)))
        pairs.append((a, b))
    # edges: sizes in the ratios the shortcut tests (3/5 and 1/4), containment at 8 shingles
    pairs.append(({f"s{i}" for i in range(3)}, {f"s{i}" for i in range(5)}))
    pairs.append(({f"s{i}" for i in range(8)}, {f"s{i}" for i in range(32)}))
    pairs.append(({f"s{i}" for i in range(8)}, {f"s{i}" for i in range(33)}))
    pairs.append(({f"s{i}" for i in range(10)}, {f"s{i}" for i in range(2, 14)}))
    outcomes = set()
    for a, b in pairs:
        want = _related_by_definition(a, b)
        assert minhash.related(a, b) == want == minhash.related(b, a), (a, b)
        ha, hb = minhash._hashed(a), minhash._hashed(b)
        assert len(ha) == 8 * len(a) and len(minhash.hash_set(ha)) == len(a)
        assert minhash.related_hashed(minhash.hash_set(ha), hb) == want, (a, b)
        assert minhash.related_hashed(minhash.hash_set(hb), ha) == want, (a, b)
        outcomes.add(want)
    assert outcomes == {True, False}


def test_words_are_the_tokens_without_their_places() -> None:
    for text in (
        "Plain ASCII, with punctuation!",
        "Ｆｕｌｌｗｉｄｔｈ ﬁnance Straße ÉCOLE Москва الإنترنت",
        "混合 text 数字治理很重要。 Ünïcödé",
        "",
    ):
        assert minhash.words(text) == [w for w, _s, _e in minhash._tokens(text)]


def test_a_number_alone_is_no_addition() -> None:
    base = "Data must stay in the region. Courts should review every request by 2030."
    # what is left of an edited copy: a row number, a changed year
    assert minhash.addition(base + " (3127)", base) == ""
    assert minhash.addition(base.replace("2030", "2035"), base) == ""
    # a number with words around it is kept, as is a sentence with a word changed next to one
    assert minhash.addition(base + " Fund 40 new courts.", base) == "Fund 40 new courts."
    changed = base.replace("every request", "each 2 requests")
    assert minhash.addition(changed, base) == "Courts should review each 2 requests by 2030."
