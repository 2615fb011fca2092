import numpy as np

from forum_messages.nlp.base import normalise_rows
from forum_messages.synth.evidence import TermEvidence, content_terms
from forum_messages.synth.grouping import ThresholdGrouper


def test_content_terms_drop_filler_and_join_word_forms() -> None:
    a = content_terms("Participants stressed that repair ships are scarce.", "en")
    b = content_terms("The repairs wait for a ship.", "en")
    assert "repai" in a and "repai" in b  # "repair" and "repairs" are one term
    assert not {"participants", "stressed", "that", "the"} & (a | b)
    # Arabic: the article and a joined conjunction or preposition are not part of the term
    ar = content_terms("الاتصال والاتصال بالاتصال", "ar")
    assert len(ar) == 1
    zh = content_terms("海底电缆的维修船太少", "zh")
    assert "海底" in zh or "海底电缆" in zh


def test_shared_terms_only_count_in_the_same_language() -> None:
    ev = TermEvidence(
        [
            "Repair ships for subsea cables are too few.",
            "Subsea cable repair ships take weeks to arrive.",
            "Young people need skills for jobs.",
            "Les navires de réparation des câbles sont trop rares.",
        ],
        ["en", "en", "en", "fr"],
    )
    assert ev.shared(3, [0, 1, 2]) is None  # no other French statement
    close, far = ev.shared(0, [1]), ev.shared(0, [2])
    assert close is not None and far is not None
    assert 0.0 <= far < close <= 1.0
    assert far == 0.0


def _near(base: np.ndarray, rng: np.random.Generator, spread: float, n: int) -> np.ndarray:
    return normalise_rows(base + spread * rng.normal(size=(n, base.shape[0])))


def _cloud(seed: int, spread: float, n: int) -> np.ndarray:
    """``n`` unit vectors scattered around one random direction."""
    rng = np.random.default_rng(seed)
    return _near(normalise_rows(rng.normal(size=(1, 64)))[0], rng, spread, n)


def test_a_member_sharing_no_terms_is_detached_only_with_term_evidence() -> None:
    x = _cloud(3, 0.12, 4)
    texts = [
        "Governments should pre-approve permits for cable repair ships.",
        "Cable repair ships wait for permits before they can sail.",
        "Permits for foreign repair ships delay cable repairs by weeks.",
        "Young delegates travelled for days to obtain a visa.",
    ]
    sessions = ["S1", "S2", "S3", "S4"]
    grouper = ThresholdGrouper(
        max_distance=0.6, min_sessions=2, attach_similarity=0.5, term_weight=0.5
    )
    sims = x @ x.T
    assert sims[np.triu_indices(4, 1)].min() > 0.4  # the embedding alone sees one point
    plain = grouper.run(x, sessions)
    assert plain.groups == [[0, 1, 2, 3]] and plain.detached == []
    ev = TermEvidence(texts, ["en"] * 4)
    checked = grouper.run(x, sessions, ev)
    assert checked.groups == [[0, 1, 2]]
    assert checked.detached == [3] and checked.alone == [3]


def test_a_pair_that_shares_no_point_is_dissolved() -> None:
    x = _cloud(4, 0.16, 2)
    texts = [
        "Small states lose trained security staff to better paid jobs abroad.",
        "Community networks need access to spectrum at no cost.",
    ]
    ev = TermEvidence(texts, ["en", "en"])
    grouper = ThresholdGrouper(
        max_distance=0.8, min_sessions=2, attach_similarity=0.5, term_weight=0.5
    )
    assert grouper.run(x, ["S1", "S2"]).groups == [[0, 1]]
    # without weight on terms the evidence is not used
    off = ThresholdGrouper(max_distance=0.8, min_sessions=2, attach_similarity=0.5, same_point=0)
    assert not off.uses_terms and off.run(x, ["S1", "S2"], ev).groups == [[0, 1]]
    split = grouper.run(x, ["S1", "S2"], ev)
    assert split.groups == [] and split.detached == [0, 1] and split.alone == [0, 1]
    assert sorted(map(sorted, split.single)) == [[0], [1]]


def test_a_pair_in_two_languages_keeps_the_embedding_decision() -> None:
    x = _cloud(5, 0.16, 2)
    ev = TermEvidence(
        ["Community networks need spectrum.", "Les réseaux communautaires ont besoin de spectre."],
        ["en", "fr"],
    )
    grouper = ThresholdGrouper(
        max_distance=0.8, min_sessions=2, attach_similarity=0.5, term_weight=0.5
    )
    assert grouper.run(x, ["S1", "S2"], ev).groups == [[0, 1]]


def test_a_lone_statement_sharing_the_point_joins_on_term_evidence() -> None:
    rng = np.random.default_rng(6)
    base = normalise_rows(rng.normal(size=(1, 64)))[0]
    pair = _near(base, rng, 0.05, 2)
    lone = normalise_rows(base + 0.32 * rng.normal(size=(1, 64)))
    x = normalise_rows(np.vstack([pair, lone]))
    texts = [
        "Repair ships for subsea cables are too few and too old.",
        "Subsea cable repair ships are scarce and ageing.",
        "Ageing repair ships leave subsea cables broken for weeks.",
    ]
    sessions = ["S1", "S2", "S3"]
    sim = float(x[2] @ normalise_rows(pair.mean(axis=0, keepdims=True))[0])
    assert 0.3 < sim < 0.5  # too far to join on the embedding alone
    plain = ThresholdGrouper(max_distance=0.3, min_sessions=2, attach_similarity=0.5)
    assert plain.run(x, sessions).alone == [2]
    ev = TermEvidence(texts, ["en"] * 3)
    terms = ThresholdGrouper(
        max_distance=0.3, min_sessions=2, attach_similarity=0.5, attach_weight=0.5
    )
    assert terms.run(x, sessions, ev).groups == [[0, 1, 2]]
    # a statement on another point at the same distance stays alone
    other = TermEvidence([*texts[:2], "Young delegates waited months for a visa."], ["en"] * 3)
    assert terms.run(x, sessions, other).alone == [2]


def test_mixed_similarity_adds_terms_within_a_language_only() -> None:
    ev = TermEvidence(
        [
            "Repair ships for subsea cables are too few.",
            "Subsea cable repair ships take weeks to arrive.",
            "Young people need digital skills.",
            "Les navires de réparation des câbles sont trop rares.",
        ],
        ["en", "en", "en", "fr"],
    )
    sim = np.full((4, 4), 0.5)
    np.fill_diagonal(sim, 1.0)
    mixed = ev.mixed(sim, 0.4)
    assert mixed[0, 1] == mixed[1, 0] > 0.5  # shared rare terms raise the similarity
    assert mixed[0, 2] == round(0.6 * 0.5, 6)  # no shared term: only the embedding's part
    assert mixed[0, 3] == mixed[1, 3] == 0.5  # two languages: the embedding alone
    assert np.allclose(np.diag(mixed), 1.0)
    assert np.array_equal(ev.mixed(sim, 0.0), sim)
    # some of the rows only: the same figures as in the whole matrix
    rows = [3, 0, 1]
    assert np.array_equal(ev.mixed(sim[np.ix_(rows, rows)], 0.4, rows), mixed[np.ix_(rows, rows)])


def test_mixed_clustering_keeps_apart_what_shares_no_term() -> None:
    x = _cloud(7, 0.12, 4)
    texts = [
        "Cable repair ships are too few.",
        "Repair ships for cables take weeks.",
        "Visa refusals kept delegates away.",
        "Delegates lost months waiting for a visa.",
    ]
    ev = TermEvidence(texts, ["en"] * 4)
    sessions = ["S1", "S2", "S3", "S4"]
    plain = ThresholdGrouper(max_distance=0.8, min_sessions=2, attach_similarity=0.9, same_point=0)
    assert plain.run(x, sessions, ev).groups == [[0, 1, 2, 3]]
    mixed = ThresholdGrouper(
        max_distance=0.8, min_sessions=2, attach_similarity=0.9, term_mix=0.5, mixed_distance=0.6
    )
    assert sorted(mixed.run(x, sessions, ev).groups) == [[0, 1], [2, 3]]


def test_centring_takes_out_what_the_whole_theme_shares() -> None:
    rng = np.random.default_rng(8)
    common, a, b = normalise_rows(rng.normal(size=(3, 64)))
    rows = [2 * common + a, 2 * common + a, 2 * common + b, 2 * common + b]
    x = normalise_rows(np.stack(rows) + 0.05 * rng.normal(size=(4, 64)))
    sessions = ["S1", "S2", "S3", "S4"]
    assert (x @ x.T).min() > 0.7  # the theme's common part makes every pair look alike
    plain = ThresholdGrouper(max_distance=0.5, min_sessions=2, attach_similarity=0.9)
    assert plain.run(x, sessions).groups == [[0, 1, 2, 3]]
    centred = ThresholdGrouper(max_distance=0.5, min_sessions=2, attach_similarity=0.9, centre=1.0)
    assert sorted(centred.run(x, sessions).groups) == [[0, 1], [2, 3]]
    assert centred.params()["centre"] == 1.0 and "centre" not in plain.params()
