"""The learned second reading of attributions (``synth.kind_attr_model``): its signs, its
shipped weights, what it may read, and how the pipeline and the evaluation take its marks."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth import kind_attr_model
from forum_messages.synth.kind_attr_model import (
    SIGNS,
    AttributionModel,
    open_to_model,
    read_attributions,
    signs,
)
from forum_messages.synth.kinds import Kind, classify


def _sign(text: str, name: str) -> bool:
    return bool(signs([text])[0, SIGNS.index(name)])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms Oona Varga of the Lakeside Trust presented the new flood map.", "title"),
        ("La Sra. Inés Olmedo explicó el plan de la cooperativa.", "title"),
        ("Г-жа Лебедева рассказала о новой школе.", "title"),
        ("قدمت السيدة نورة عرضا عن شبكة المياه.", "title"),
        ("王女士介绍了村里的网络合作社。", "title"),
        ("The fund was described by its treasurer, Marta Keller, as nearly empty.", "name"),
        ("A farmer from the delta recounted how the river moved.", "role"),
        ("La directrice de l'école a raconté la première semaine.", "role"),
        ("Директор библиотеки рассказал о читальном зале.", "said"),
        ("Она сказала: «Мы откроем его весной».", "quote"),
        ("Participants said that roaming prices remain too high.", "group"),
        ("与会者认为，农村学校需要稳定的电力。", "group"),
    ],
)
def test_each_sign_is_read_in_several_languages(text: str, name: str) -> None:
    assert _sign(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Broadband prices remain too high in rural districts.",
        "Les tarifs de l'accès mobile restent trop élevés dans les campagnes.",
        "农村学校需要稳定的电力。",
    ],
)
def test_a_bare_point_carries_no_sign_of_a_person(text: str) -> None:
    row = signs([text])[0]
    for name in ("title", "name", "role", "quote", "group"):
        assert not row[SIGNS.index(name)], name


def test_the_model_reads_only_what_the_cues_leave() -> None:
    assert open_to_model(Kind("point", "Roaming costs too much."))
    assert open_to_model(Kind("framed", "Roaming costs too much."))
    assert not open_to_model(Kind("descriptive", ""))
    assert not open_to_model(Kind("point", "Roaming costs too much.", attribution=True))


def test_shipped_weights_are_the_fit_in_half_precision_and_refused_when_stale() -> None:
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.shipped import ATTRIBUTION_WEIGHTS, load_weights

    model, embedder = AttributionModel(), HashEmbedder()
    shipped = load_weights(embedder.name, model.key_text(embedder), ATTRIBUTION_WEIGHTS)
    assert shipped is not None, (
        "regenerate: .venv/bin/python -m forum_messages.synth.kind_attr_model"
    )
    w, b = model.fit_now(embedder)
    # the fit is kept in half precision: the same to one step of a half's rounding
    assert np.allclose(shipped[0], w, rtol=2e-3, atol=1e-6) and abs(shipped[1] - b) < 1e-9
    assert np.array_equal(shipped[0], shipped[0].astype(np.float16).astype(np.float64))
    assert load_weights(embedder.name, AttributionModel(l2=0.01).key_text(embedder)) is None
    assert load_weights("another-embedder", model.key_text(embedder), ATTRIBUTION_WEIGHTS) is None
    # the description model's file does not hold them
    assert load_weights(embedder.name, model.key_text(embedder)) is None


def test_the_model_marks_only_above_its_bar_and_only_what_is_open() -> None:
    from forum_messages.nlp.base import HashEmbedder

    embedder = HashEmbedder()
    texts = [
        "Ms Oona Varga of the Lakeside Trust recounted how the ferry stopped running.",
        "Ms Oona Varga of the Lakeside Trust recounted how the ferry stopped running.",
        "Ms Oona Varga of the Lakeside Trust recounted how the ferry stopped running.",
    ]
    kinds = [
        Kind("point", texts[0]),
        Kind("descriptive", ""),
        Kind("point", texts[2], attribution=True),
    ]
    x = np.asarray(embedder.embed(texts))
    prob = AttributionModel().probabilities(x[:1], texts[:1], embedder)
    low, high = AttributionModel(bar=float(prob[0]) - 0.01), AttributionModel(bar=float(prob[0]))
    assert low.attributed(x, texts, kinds, embedder) == [True, False, False]
    assert high.attributed(x, texts, kinds, embedder) == [False, False, False]
    # what it reads is marked as the cues mark theirs; the rest is left as it was
    read = read_attributions(x, texts, kinds, [False, False, False], embedder, low)
    assert read[0] == Kind("point", texts[0], attribution=True)
    assert read[1:] == kinds[1:]
    # a statement the description model sets aside is not read
    assert read_attributions(x, texts, kinds, [True, False, False], embedder, low) == kinds


def test_it_is_off_by_default() -> None:
    assert kind_attr_model.ON is False


@pytest.mark.slow
def test_the_real_model_reads_attributions_the_cues_leave_and_leaves_points(
    use_embedder,  # type: ignore[no-untyped-def]
) -> None:
    cases = [
        # named people's accounts the cues leave: a role before the name, a present tense, a
        # meeting closed with a reminder
        (
            "en",
            "Closing the meeting, the network coordinator, Hana Kiri, reminded everyone that a "
            "late correction fixes nothing.",
        ),
        (
            "en",
            "In his foreword, the agency director, Tomas Greer, writes that small loans reach "
            "women first.",
        ),
        (
            "es",
            "La coordinadora de la red, Marta Iguarán, cerró el encuentro recordando que un mapa "
            "viejo confunde más que ayuda.",
        ),
        # points, one of them behind a group's frame
        ("en", "Community networks need spectrum licences they can afford."),
        (
            "fr",
            "Les participants ont estimé que les réseaux communautaires ont besoin de licences "
            "abordables.",
        ),
        ("ru", "Сельским школам нужен стабильный доступ к электричеству."),
        ("zh", "农村学校需要稳定的电力和可负担的网络。"),
        ("ar", "تحتاج المدارس الريفية إلى كهرباء مستقرة وإنترنت بسعر معقول."),
    ]
    kinds = [classify(t, g) for g, t in cases]
    assert not any(k.attribution or k.kind == "descriptive" for k in kinds)
    texts = [t for _, t in cases]
    points = [k.point or t for k, t in zip(kinds, texts, strict=True)]
    x = np.asarray(use_embedder.embed(points))
    said = AttributionModel().attributed(x, texts, kinds, use_embedder)
    assert said == [True, True, True, False, False, False, False, False]


def test_the_kinds_step_marks_what_the_model_reads_as_the_cues_mark_theirs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.synth.set_aside import _attributions

    embedder = HashEmbedder()
    said = "Ms Oona Varga of the Lakeside Trust recounted how the ferry stopped running."
    statements = [
        SimpleNamespace(text=f"2. {said}"),  # numbered in its report: read without the number
        SimpleNamespace(text=said),
        SimpleNamespace(text="Roaming costs too much."),
    ]
    kinds = [Kind("point", said), Kind("point", said), Kind("point", "Roaming costs too much.")]
    x = np.asarray(embedder.embed([k.point for k in kinds]))
    prob = AttributionModel().probabilities(x[:1], [said], embedder)
    monkeypatch.setattr(kind_attr_model, "BAR", float(prob[0]) - 1e-6)
    # the second is set aside by the description model: not read
    out = _attributions(statements, x, kinds, [False, True, False], embedder)  # type: ignore[arg-type]
    assert out[0] == Kind("point", said, attribution=True)
    assert out[1] == kinds[1]
    assert out[2].attribution == (
        float(AttributionModel().probabilities(x[2:], [statements[2].text], embedder)[0])
        > float(prob[0]) - 1e-6
    )
    assert kinds[0].attribution is False  # the list given is not changed


TOLD = (
    "Closing the meeting, the network coordinator, Hana Kiri, reminded everyone that community "
    "networks need affordable access to spectrum in rural areas."
)


@pytest.mark.slow
def test_with_the_setting_on_a_message_text_is_not_the_attribution_the_model_read(
    use_embedder,  # type: ignore[no-untyped-def]
    small_edition,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.synth.pipeline import Components, run_pipeline
    from forum_messages.synth.settings import Settings

    from .helpers import corpus

    rows = corpus(
        [
            ("WS 1", "access", "en", [TOLD]),
            (
                "WS 2",
                "access",
                "fr",
                [
                    "Les réseaux communautaires ont besoin d'un accès abordable au spectre dans "
                    "les zones rurales."
                ],
            ),
            (
                "WS 3",
                "access",
                "es",
                ["Las redes comunitarias necesitan acceso asequible al espectro en zonas rurales."],
            ),
            ("WS 4", "trust", "en", ["Small municipalities need help to recover from ransomware."]),
            (
                "WS 5",
                "trust",
                "fr",
                ["Les petites communes ont besoin d'aide pour se remettre des rançongiciels."],
            ),
        ]
    )
    assert not classify(TOLD, "en").attribution  # the cues leave it
    comps = Components(embedder=use_embedder, detector=UNLanguageDetector())

    def spectrum_text() -> str:
        draft = run_pipeline(
            rows, small_edition, Settings(messages_min=1, messages_max=4), components=comps
        )
        (text,) = [m.text for m in draft.messages() if len(m.sources) == 3]
        return text

    # off (as shipped): the English source, an attribution, is the text in an English draft
    assert spectrum_text() == TOLD
    # on: it is treated as the cues' attributions are, and another source's text is shown
    monkeypatch.setattr(kind_attr_model, "ON", True)
    assert spectrum_text().startswith("Les réseaux communautaires")


def test_the_scores_are_the_features_times_the_weights() -> None:
    from forum_messages.synth.kind_skeleton import DIM

    texts = [
        "Ms Amina Diallo of the Dakar Youth Hub told the room about her first hackathon.",
        "Governments should publish spectrum fees in advance.",
        "Г-жа Орлова рассказала, как её школа подключилась к сети.",
        "李女士介绍了她所在社区的数字技能培训。",
    ]
    rng = np.random.default_rng(7)
    x = rng.normal(size=(len(texts), 16))
    w = rng.normal(size=16 + len(kind_attr_model.SIGNS) + DIM)
    expected = np.asarray(kind_attr_model.features(x, texts) @ w + 0.25)
    got = kind_attr_model.scores(x, texts, w, 0.25)
    assert np.allclose(got, expected, rtol=0, atol=1e-9)
    assert got.shape == (len(texts),)
