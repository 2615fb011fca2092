"""Sub-topics cut on a learned "same sub-topic" similarity (``topics.LEARNED``, off by
default: docs/quality.md, "Themes, messages and sub-topics, step by step", 38)."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.nlp.cluster import choose_k, choose_k_on, cosine_distances
from forum_messages.nlp.decide import centroid
from forum_messages.synth import topics
from forum_messages.synth.topics import (
    LEARNED,
    SilhouetteTopicFinder,
    cut_distances,
    hierarchy,
    learned_distances,
    learned_features,
    pair_features,
    with_sessions,
)

#: A theme of eight messages in four languages, two a subject: encryption (English, French),
#: data centres' water (English, Spanish), community networks (English, French), harassment
#: of women journalists (English, Spanish). The community networks' English message and the
#: journalists' share one word ("networks") and no subject.
THEME = (
    (("End-to-end encryption must not be weakened by client-side scanning.", "en"),),
    (
        (
            "Le chiffrement de bout en bout ne doit pas être affaibli par l'analyse côté client.",
            "fr",
        ),
    ),
    (("Data centres use large amounts of water and power in dry regions.", "en"),),
    (("Los centros de datos consumen mucha agua y energía en regiones secas.", "es"),),
    (("Community networks need affordable access to spectrum in rural areas.", "en"),),
    (("Networks of women journalists face coordinated harassment online.", "en"),),
    (("Les réseaux communautaires ont besoin d'un accès abordable au spectre.", "fr"),),
    (("Las periodistas sufren acoso coordinado en las redes sociales.", "es"),),
)
ENCRYPTION_EN, ENCRYPTION_FR, NETWORKS_EN, JOURNALISTS_EN = 0, 1, 4, 5


@pytest.fixture(scope="module")
def centres(use_embedder) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.stack([centroid(use_embedder.embed([t for t, _ in m])) for m in THEME])


def test_the_learned_similarity_joins_a_policy_topic_across_languages(centres) -> None:  # type: ignore[no-untyped-def]
    feats = pair_features(centres, THEME, None)
    # the encryption messages share a policy topic (one in French, one in English), the
    # community networks' and the journalists' only a word
    assert feats["topics"][ENCRYPTION_EN, ENCRYPTION_FR] == 1
    assert feats["topics"][NETWORKS_EN, JOURNALISTS_EN] == 0
    dist = learned_distances(feats, LEARNED)
    assert dist[ENCRYPTION_EN, ENCRYPTION_FR] < dist[NETWORKS_EN, JOURNALISTS_EN]
    assert np.array_equal(dist, dist.T) and not dist.diagonal().any()
    finder = SilhouetteTopicFinder(similarity="learned")
    found = learned_features(finder, centres, THEME, None)
    assert found is not None and set(found) == {name for name in LEARNED if name}
    leaves = hierarchy(finder, centres, THEME, "en", features=found)
    topic = {g: k for k, (_path, gs) in enumerate(leaves) for g in gs}
    assert topic[ENCRYPTION_EN] == topic[ENCRYPTION_FR]
    assert topic[NETWORKS_EN] != topic[JOURNALISTS_EN]
    assert sorted(g for _path, gs in leaves for g in gs) == list(range(len(THEME)))


def test_the_learned_similarity_is_off_by_default(centres) -> None:  # type: ignore[no-untyped-def]
    assert topics.SIMILARITY == "step"
    finder = SilhouetteTopicFinder()
    assert not finder.learned
    assert learned_features(finder, centres, THEME, None) is None
    assert "learned" not in str(finder.params()["similarity"])
    assert "learned" in str(SilhouetteTopicFinder(similarity="learned").params()["similarity"])
    with pytest.raises(ValueError, match="step or learned"):
        SilhouetteTopicFinder(similarity="words")


def test_too_few_or_too_many_messages_are_cut_as_the_step_cuts(centres, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    finder = SilhouetteTopicFinder(similarity="learned")
    assert learned_features(finder, centres[:3], THEME[:3], None) is None
    monkeypatch.setattr(topics, "LEARNED_MESSAGES", 7)
    assert learned_features(finder, centres, THEME, None) is None


def test_the_step_feature_is_the_step_s_own_similarity(centres) -> None:  # type: ignore[no-untyped-def]
    sessions = [["s1"], ["s2"], ["s3", "s1"], ["s3"], ["s4"], ["s5"], ["s4"], ["s6"]]
    feats = pair_features(centres, THEME, sessions)
    space = SilhouetteTopicFinder().space(with_sessions(centres, sessions), THEME, "en")
    dist = cosine_distances(space)
    assert np.allclose(1.0 - feats["step"], dist, atol=1e-6)
    assert feats["sessions"][0, 2] > 0 and feats["sessions"][0, 1] == 0
    # the same cut on the same distances as the step's own
    labels = cut_distances(np.clip(1.0 - feats["step"], 0, 2), 3)
    assert labels == SilhouetteTopicFinder().run(with_sessions(centres, sessions), THEME)[0]


def test_choose_k_on_distances_is_choose_k() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(12, 6)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    a, sa = choose_k(x, 2, 5)
    b, sb = choose_k_on(cosine_distances(x), 2, 5)
    assert a.tolist() == b.tolist() and sa == sb
