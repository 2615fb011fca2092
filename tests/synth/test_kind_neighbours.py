"""The description model's second look: the vote of the nearest labelled statements."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_model import (
    MIX,
    NEAREST,
    NEIGHBOURS,
    SECOND_GATE,
    TRAINING,
    bank_rows,
    neighbour_share,
    second_look,
)


def _unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_the_share_counts_the_nearest_statements_class_balanced() -> None:
    rng = np.random.default_rng(3)
    # two clusters: 20 descriptions around one direction, 60 points around another
    a, b = np.zeros(16), np.zeros(16)
    a[0], b[1] = 1.0, 1.0
    bank = _unit(
        np.vstack([a + 0.05 * rng.normal(size=(20, 16)), b + 0.05 * rng.normal(size=(60, 16))])
    )
    labels = np.array([True] * 20 + [False] * 60)
    share = neighbour_share(np.vstack([a, b, a + b]), bank, labels)
    assert share[0] == 1.0 and share[1] == 0.0
    # half-way, the nearest are mixed; each description weighs 3 points (20 against 60)
    near = np.argsort(-np.round(bank @ _unit(np.array([a + b]))[0], 4), kind="stable")[:NEAREST]
    d = int(labels[near].sum())
    assert share[2] == pytest.approx(3 * d / (3 * d + (NEAREST - d)))


def test_a_tie_at_the_last_place_goes_to_the_earlier_statement() -> None:
    # every bank statement the same distance away: the first NEAREST vote
    bank = np.tile(np.array([[1.0, 0.0]]), (NEAREST + 5, 1))
    labels = np.array([False] * NEAREST + [True] * 5)
    assert neighbour_share(np.array([[1.0, 0.0]]), bank, labels)[0] == 0.0
    labels = np.array([True] * NEAREST + [False] * 5)
    assert neighbour_share(np.array([[1.0, 0.0]]), bank, labels)[0] == 1.0


def test_the_share_does_not_depend_on_the_block_it_is_scored_in() -> None:
    rng = np.random.default_rng(0)
    bank = bank_rows(rng.normal(size=(300, 32)))
    labels = rng.random(300) < 0.3
    x = rng.normal(size=(50, 32))
    whole = neighbour_share(x, bank, labels)
    one_by_one = np.array([neighbour_share(x[i : i + 1], bank, labels)[0] for i in range(50)])
    assert whole.tolist() == one_by_one.tolist()
    assert ((whole >= 0) & (whole <= 1)).all()


def test_the_second_look_mixes_the_regression_with_the_vote() -> None:
    prob = np.array([0.70, 0.70, 0.90, 0.40, 0.75])
    share = np.array([0.90, 0.80, 0.00, 1.00, 0.75])
    mixed = MIX * prob + (1 - MIX) * share
    assert second_look(prob, share).tolist() == [bool(m > SECOND_GATE + 1e-9) for m in mixed]
    # exactly at the gate (the regression and the vote both at it): not past it
    assert not second_look(np.array([SECOND_GATE]), np.array([SECOND_GATE]))[0]
    assert second_look(np.array([SECOND_GATE + 0.01]), np.array([SECOND_GATE + 0.01]))[0]


def test_the_bank_is_half_precision_unit_rows() -> None:
    x = np.random.default_rng(1).normal(size=(10, 8))
    rows = bank_rows(x)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0)
    assert rows.tolist() == bank_rows(x.astype(np.float16)).tolist()


def test_the_bank_holds_the_training_material_and_no_held_out_set() -> None:
    assert set(TRAINING) <= set(NEIGHBOURS)
    for name in NEIGHBOURS:
        assert not name.startswith(("kinds/test.", "kinds/test2", "kinds/test3", "kinds/test4"))
        held = (11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24)
        assert all(f"test{n}" not in name for n in held), name
        assert "reports/test-" not in name
    # test15's looks are spent: development material, in the bank since the twenty-fifth round
    assert {"kinds/dev10.yaml", "kinds/dev11.yaml", "kinds/test15.yaml"} <= set(NEIGHBOURS)


def test_the_bank_for_an_embedder_not_shipped_is_embedded_and_refused_when_stale() -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.kind_model import bank_key, labelled_items, neighbour_bank
    from forum_messages.synth.shipped import load_bank

    embedder = HashEmbedder()
    assert load_bank(embedder.name, bank_key(embedder)) is None  # not shipped: embedded here
    bank, labels = neighbour_bank(embedder)
    from importlib import resources
    from pathlib import Path

    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = labelled_items(NEIGHBOURS, base)
    assert bank.shape[0] == len(items) == len(labels)
    assert int(labels.sum()) == sum(d for _, _, d, _ in items)
    assert np.allclose(np.linalg.norm(bank, axis=1), 1.0)


@pytest.mark.slow
def test_the_shipped_bank_is_the_material_embedded_with_the_real_embedder(use_embedder) -> None:  # type: ignore[no-untyped-def]
    from forum_messages.synth.kind_model import bank_key, neighbour_bank_now
    from forum_messages.synth.shipped import load_bank

    shipped = load_bank(use_embedder.name, bank_key(use_embedder))
    assert shipped is not None, "regenerate: .venv/bin/python -m forum_messages.synth.shipped"
    bank, labels = neighbour_bank_now(use_embedder)
    assert shipped[1].tolist() == labels.tolist()
    # half precision of vectors that differ by a 1e-5 rounding step from batch to batch
    assert np.allclose(shipped[0], bank, rtol=0, atol=2e-3)
    assert load_bank(use_embedder.name, bank_key(use_embedder).replace("|", "/")) is None
    assert load_bank("another-embedder", bank_key(use_embedder)) is None


SECOND_LOOK = [
    # the regression alone is not sure enough of these; the labelled statements nearest are
    # descriptions of the same kind (registration, an annex, thanks)
    ("fr", "Le retrait des badges se fait à l'entrée principale dès 7 h 30."),
    ("es", "La entrega de credenciales se hace en la entrada principal desde las 7:30."),
    ("es", "Los firmantes de la declaración se enumeran en el anexo, por orden alfabético."),
    # (thanks said with "remercie" are a pattern's: ``kind_cues_upkeep``)
    (
        "fr",
        "Toute notre gratitude va à celles et ceux qui ont relu les premières versions du guide.",
    ),
]
POINTS = [
    (
        "fr",
        "Les hôpitaux doivent conserver une copie papier des dossiers en cas d'attaque par "
        "rançongiciel.",
    ),
    (
        "es",
        "Los hospitales deben conservar una copia en papel de los historiales ante un ataque "
        "de ransomware.",
    ),
    ("zh", "咖啡供应设在二楼走廊，请勿将饮料带入会场。"),
]


@pytest.mark.slow
def test_the_second_look_sets_aside_what_the_regression_was_not_sure_of(use_embedder) -> None:  # type: ignore[no-untyped-def]
    from forum_messages.nlp.base import memo_for
    from forum_messages.synth.kinds import DescriptiveModel, classify

    items = SECOND_LOOK + POINTS
    texts = [t for _, t in items]
    kinds = [classify(t, g) for g, t in items]
    assert [k.kind for k in kinds] == ["point"] * len(items)  # the patterns see no description
    fixed = memo_for(use_embedder)
    x = fixed.embed(texts)
    alone = DescriptiveModel(neighbours=False).descriptive(x, texts, kinds, fixed)
    both = DescriptiveModel().descriptive(x, texts, kinds, fixed)
    assert alone == [False] * len(items)
    assert both == [True] * len(SECOND_LOOK) + [False] * len(POINTS)


@pytest.mark.slow
def test_the_second_look_never_takes_back_what_the_regression_set_aside(use_embedder) -> None:  # type: ignore[no-untyped-def]
    from importlib import resources
    from pathlib import Path

    from forum_messages.nlp.base import memo_for
    from forum_messages.synth.kind_model import labelled_items
    from forum_messages.synth.kinds import DescriptiveModel, classify

    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = labelled_items(["kinds/dev5.yaml", "reports/dev-fr.yaml"], base)
    kinds = [classify(t, g) for t, g, _, _ in items]
    texts = [k.point or t for k, (t, _, _, _) in zip(kinds, items, strict=True)]
    fixed = memo_for(use_embedder)
    x = fixed.embed(texts)
    alone = DescriptiveModel(neighbours=False).descriptive(x, texts, kinds, fixed)
    both = DescriptiveModel().descriptive(x, texts, kinds, fixed)
    assert all(b for a, b in zip(alone, both, strict=True) if a)
    assert sum(alone) > 0


def test_below_the_least_probability_no_vote_lifts_a_statement_past_the_gate() -> None:
    least = (SECOND_GATE - (1 - MIX)) / MIX - 1e-4
    assert not second_look(np.array([least]), np.array([1.0]))[0]
    assert second_look(np.array([least + 0.01]), np.array([1.0]))[0]
