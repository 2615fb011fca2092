"""The wide regression: fitted on every readable labelled set, read only in the register of a
record, only to add to what the shipped regression sets aside, and never on a call it is drawn
to (a call with its caller, a Spanish or French call written as an infinitive)."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_cues_model import wide_call
from forum_messages.synth.kind_model import TRAINING, WIDE_TRAINING, DescriptiveModel


def test_the_wide_material_holds_every_training_set_and_no_held_out_one() -> None:
    assert set(TRAINING) < set(WIDE_TRAINING)
    assert "kinds/dev19.yaml" in WIDE_TRAINING and "kinds/test17.yaml" in WIDE_TRAINING
    held = {
        "kinds/test.yaml",
        *(f"kinds/test{n}.yaml" for n in (2, 3, 4, 18, 19, 20, 21, 22, 23, 24)),
    }
    assert not held & set(WIDE_TRAINING)
    assert not [name for name in WIDE_TRAINING if name.startswith("reports/test-")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Incluir en cada proyecto de conectividad el costo del mantenimiento por cinco años.",
        ),
        ("es", "Garantizar a las radios comunitarias el acceso al espectro."),
        ("fr", "Renouveler le mandat du forum de façon permanente."),
        ("fr", "Associer la société civile à la rédaction des textes."),
        (
            "en",
            "Speaking for the youth caucus, she urged organisers to reserve a quarter of slots.",
        ),
        ("es", "La delegada instó a los gobiernos a publicar sus planes de espectro."),
        ("ru", "Председатель призвал операторов публиковать карты покрытия."),
    ],
)
def test_calls_the_wide_regression_leaves_alone(lang: str, text: str) -> None:
    assert wide_call(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Ayer se celebró la segunda sesión del jurado ciudadano, con 24 miembros."),
        ("es", "La sesión comenzó a las 10:00 con la lectura del acta anterior."),
        ("fr", "Hier, l'atelier a réuni 30 bibliothécaires de la région."),
        ("fr", "Atelier 2 sur 4, salle du conseil municipal, 18 h 30."),
        ("fr", "Premier point de l'ordre du jour : le budget de l'année."),
        # the infinitive is read in Spanish and French only: an English opening is no call
        ("en", "After the break, the jurors heard two more witnesses."),
        ("en", "Order of the day: the report of the working group."),
        ("ru", "Заседание открылось в 09:30; повестка дня утверждена без изменений."),
    ],
)
def test_descriptions_the_wide_regression_may_read(lang: str, text: str) -> None:
    assert not wide_call(text, lang)


def test_the_wide_look_is_a_parameter_and_a_model_of_its_own() -> None:
    from forum_messages.nlp.base import HashEmbedder

    on, off = DescriptiveModel(wide=True), DescriptiveModel(wide=False)
    assert on.params()["wide"] is True
    assert "wide" not in off.params()
    # off by default: a draft made without it records the parameters it always did
    assert not DescriptiveModel().wide and "wide" not in DescriptiveModel().params()
    wide = on.widened()
    assert wide.training == WIDE_TRAINING and not wide.wide
    assert on.training == TRAINING
    embedder = HashEmbedder()
    assert wide.tag(embedder) != on.tag(embedder) == embedder.name
    assert wide.key_text(embedder) != on.key_text(embedder)
    # the same gates as the shipped model
    assert (wide.threshold, wide.sure, wide.opening, wide.anywhere) == (
        on.threshold,
        on.sure,
        on.opening,
        on.anywhere,
    )


def test_the_wide_weights_are_shipped_for_the_embedders_we_ship() -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.shipped import load_weights

    wide = DescriptiveModel(wide=True).widened()
    for embedder in (HashEmbedder(), USEEmbedder()):
        found = load_weights(wide.tag(embedder), wide.key_text(embedder))
        assert found is not None, "regenerate: .venv/bin/python -m forum_messages.synth.shipped"
        shipped = load_weights(embedder.name, DescriptiveModel().key_text(embedder))
        assert shipped is not None
        assert not np.allclose(found[0], shipped[0])
    # the wide weights are not read for the shipped regression's key, nor the other way round
    embedder = HashEmbedder()
    assert load_weights(embedder.name, wide.key_text(embedder)) is None
    assert load_weights(wide.tag(embedder), DescriptiveModel().key_text(embedder)) is None


class _Scored(DescriptiveModel):
    """A model whose regression gives each text the probability written after its '#', the
    wide regression adding 0.3: no embedder, no bank (``neighbours=False``)."""

    def fit(self, embedder):  # type: ignore[no-untyped-def]
        return np.zeros(1), 0.0

    def scores(self, x, texts, w, b):  # type: ignore[no-untyped-def]
        p = np.array([float(t.split("#")[1]) for t in texts])
        p = p + (0.3 if self.training == WIDE_TRAINING else 0.0)
        return np.log(p / (1 - p))

    def widened(self) -> DescriptiveModel:
        other = _Scored(neighbours=False, wide=False)
        other.training = WIDE_TRAINING
        return other


def test_the_wide_look_only_adds_and_only_in_a_record() -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.kinds import Kind

    texts = [
        "The jury met on four weekends to hear 12 witnesses. #0.5",
        "The jury met on four weekends to hear 12 witnesses. #0.5",
        "The committee opened its session at 09:30. #0.9",
        "Incluir en cada proyecto el mantenimiento. #0.5",
    ]
    kinds = [Kind("point", t) for t in texts]
    x = np.zeros((len(texts), 1))
    record = [True, False, True, True]
    langs = ["en", "en", "en", "es"]
    # the reading of a narrated meeting (which would take the jury's meeting) is another step
    on = _Scored(neighbours=False, wide=True, narration=False)
    off = _Scored(neighbours=False, narration=False)
    assert off.descriptive(x, texts, kinds, HashEmbedder(), record, langs=langs) == [
        False,
        False,
        True,
        False,
    ]
    # in a record, the wide regression (0.8, a word of the meeting) sets the first aside; out
    # of the register it is not read; the call in the infinitive is never its to read
    assert on.descriptive(x, texts, kinds, HashEmbedder(), record, langs=langs) == [
        True,
        False,
        True,
        False,
    ]
    # no register read (statements with no input around them): as without the wide look
    assert on.descriptive(x, texts, kinds, HashEmbedder()) == off.descriptive(
        x, texts, kinds, HashEmbedder()
    )
