"""The second look's wide bank (``kind_model.WIDE_NEIGHBOURS``): every readable labelled set, off
by default, never shipped, never a held-out set."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from forum_messages.synth import kind_model
from forum_messages.synth.kind_model import (
    NEIGHBOURS,
    WIDE_BANK,
    WIDE_NEIGHBOURS,
    DescriptiveModel,
    bank_key,
    labelled_items,
    neighbour_bank,
)

BASE = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
#: the held-out material (``bench/held_out.py``), and kinds/test18 (in no bank)
HELD_KINDS = {f"kinds/test{n}.yaml" for n in ("", 2, 3, 4, *range(18, 30))}
HELD_REPORTS = {
    "reports/test-port-louis.yaml",
    "reports/test-valparaiso.yaml",
    "reports/test-vladivostok.yaml",
    "reports/test-yerevan.yaml",
    "reports/test-bata.yaml",
    "reports/test-nouadhibou.yaml",
}
#: the report files scored after every change and never trained on nor banked
SCORED_REPORTS = {
    "reports/test-ar.yaml",
    "reports/test-asia-transcripts.yaml",
    "reports/test-en-main.yaml",
    "reports/test-es-national.yaml",
    "reports/test-fr-ar-mixed.yaml",
    "reports/test-ru.yaml",
    "reports/test-zh.yaml",
    # held out until the fifty-fifth round of statement kinds, spent since: not in the banks
    "reports/test-tallinn.yaml",
    "reports/test-tangier.yaml",
    # held out until the fifty-eighth round, spent since: not in the banks
    "reports/test-colon.yaml",
    # held out until the sixty-first round, spent since: not in the banks
    "reports/test-samarkand.yaml",
    # held out until the sixty-sixth round, spent since: not in the banks
    "reports/test-tromso.yaml",
    # held out until the seventieth round, spent since: not in the banks
    "reports/test-doha.yaml",
}


def test_the_wide_bank_holds_the_shipped_bank_and_every_development_set_and_no_held_out_one() -> (
    None
):
    assert WIDE_NEIGHBOURS[: len(NEIGHBOURS)] == NEIGHBOURS
    assert len(set(WIDE_NEIGHBOURS)) == len(WIDE_NEIGHBOURS)
    assert not set(WIDE_NEIGHBOURS) & (HELD_KINDS | HELD_REPORTS | SCORED_REPORTS)
    for name in WIDE_NEIGHBOURS:
        assert (BASE / name).is_file(), name
    # every development statement set is in it, the frame and attribution sets among them
    dev_sets = {f"kinds/{p.name}" for p in (BASE / "kinds").glob("dev*.yaml")}
    assert dev_sets <= set(WIDE_NEIGHBOURS)
    assert {"kinds/dev29-frames.yaml", "kinds/dev31-attr.yaml"} <= set(WIDE_NEIGHBOURS)
    assert {"reports/test-global-tracks.yaml", "reports/test-cartagena.yaml"} <= set(
        WIDE_NEIGHBOURS
    )


def test_a_frame_or_an_attribution_that_is_not_a_description_votes_as_no_description() -> None:
    items = labelled_items(["kinds/dev29-frames.yaml", "kinds/dev31-attr.yaml"], BASE)
    from forum_messages.yamlsrc import load_yaml

    rows = [
        it
        for name in ("kinds/dev29-frames.yaml", "kinds/dev31-attr.yaml")
        for it in load_yaml((BASE / name).read_text(encoding="utf-8"))
    ]
    assert [d for _, _, d, _ in items] == [it["kind"] == "descriptive" for it in rows]
    # framed points and attributed points are in both sets; they vote "point"
    assert any(it["kind"] == "framed" for it in rows)
    assert any(it.get("attribution") and it["kind"] != "descriptive" for it in rows)


def test_the_setting_is_off_by_default_and_recorded_when_on() -> None:
    assert WIDE_BANK is False
    assert DescriptiveModel().wide_bank is False
    assert "wide_bank" not in DescriptiveModel().params()
    on = DescriptiveModel(wide_bank=True)
    assert on.params()["wide_bank"] is True
    # the wide regression's second look reads the same bank
    assert on.widened().wide_bank is True
    assert DescriptiveModel().widened().wide_bank is False


def test_the_wide_bank_is_embedded_from_its_material_and_never_read_from_the_shipped_file() -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.shipped import load_bank

    embedder = HashEmbedder()
    assert bank_key(embedder, WIDE_NEIGHBOURS) != bank_key(embedder, NEIGHBOURS)
    assert bank_key(embedder) == bank_key(embedder, NEIGHBOURS)
    bank, labels = neighbour_bank(embedder, WIDE_NEIGHBOURS)
    items = labelled_items(WIDE_NEIGHBOURS, BASE)
    assert bank.shape[0] == len(items) == len(labels)
    assert int(labels.sum()) == sum(d for _, _, d, _ in items)
    assert bank.shape[0] > len(labelled_items(NEIGHBOURS, BASE))
    assert np.allclose(np.linalg.norm(bank, axis=1), 1.0)
    # the same bank a second time, from the process's store
    again = neighbour_bank(embedder, WIDE_NEIGHBOURS)
    assert again[0] is bank
    # the shipped file holds the multilingual encoder's bank of NEIGHBOURS only
    from forum_messages.nlp.use import USEEmbedder

    use = USEEmbedder()  # its name and parameters only: the encoder is loaded when it embeds
    assert load_bank(use.name, bank_key(use, WIDE_NEIGHBOURS)) is None


@pytest.mark.parametrize("wide", [False, True])
def test_the_second_look_reads_the_bank_the_setting_names(
    wide: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.kinds import classify

    asked: list[tuple[str, ...]] = []
    real = kind_model.neighbour_bank

    def spy(embedder, names=NEIGHBOURS):  # type: ignore[no-untyped-def]
        asked.append(tuple(names))
        return real(embedder, names)

    monkeypatch.setattr(kind_model, "neighbour_bank", spy)
    items = labelled_items(["kinds/dev5.yaml"], BASE)
    texts = [t for t, _, _, _ in items]
    kinds = [classify(t, g) for t, g, _, _ in items]
    embedder = HashEmbedder()
    model = DescriptiveModel(wide_bank=wide)
    # every statement open to the model and below the regression's bar reaches the vote
    monkeypatch.setattr(model, "scores", lambda x, t, w, b: np.full(len(t), 0.5))
    model.descriptive(np.asarray(embedder.embed(texts)), texts, kinds, embedder)
    assert asked == [WIDE_NEIGHBOURS if wide else NEIGHBOURS]
