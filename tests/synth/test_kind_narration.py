"""The reading of a narrated meeting (``kind_narration.narrates``): the meeting, its people or its
organisers as the subject of a verb of meeting life in the past, and no claim of its own; and
``DescriptiveModel(narration=True)``, which adds what it reads where the regression is not far
from a description."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_model import NARRATION_ABOVE, DescriptiveModel
from forum_messages.synth.kind_narration import narrates
from forum_messages.synth.kinds import classify

from .helpers import ScoredModel


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The tribunal's advisory panel met twice in Orvale and visited two data centres."),
        ("en", "Members of the planning board toured the new depot before the afternoon sitting."),
        ("en", "The assembly was chaired by the eldest member and adopted its rules of procedure."),
        ("fr", "Les membres du conseil de quartier ont visité la nouvelle crèche avant la séance."),
        ("fr", "La commission d'enquête s'est réunie à huis clos pendant trois jours."),
        ("es", "Los integrantes de la junta vecinal recorrieron el mercado antes de la sesión."),
        ("es", "Se reunió la comisión de ética y examinó los doce expedientes pendientes."),
        ("ru", "Члены попечительского совета посетили новую лабораторию и заслушали её директора."),
        ("ru", "В Тамбове прошла конференция библиотекарей области."),
        ("zh", "评审委员会的委员们前往三个乡镇，实地考察了新建的卫生室。"),
        ("zh", "与会者听取了项目办公室关于年度工作的通报。"),
        ("ar", "وزار أعضاء المجلس البلدي المستودع الجديد قبل أن يعقدوا جلستهم المسائية."),
        ("ar", "استمعت اللجنة إلى ممثلي النقابات في جلستها الثانية."),
    ],
)
def test_a_meeting_narrated_in_the_past_is_read(lang: str, text: str) -> None:
    assert narrates(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a stance, a modal, a clause of reported speech: the meeting's people carry a point
        ("en", "Members of the planning board argued that the depot is far too small."),
        ("en", "The panel met twice, but rural clinics should get the data centres first."),
        ("en", "Participants heard that most clinics still keep paper records."),
        ("en", "If the assembly had met earlier, the budget would have been saved."),
        ("fr", "Les membres du conseil ont estimé que la crèche ouvrira trop tard."),
        ("fr", "La commission a rencontré les familles, qui doivent attendre deux ans."),
        ("es", "Los integrantes de la junta coincidieron en que el mercado debe ampliarse."),
        ("ru", "Члены совета посетили лабораторию и заявили, что её нужно закрыть."),
        ("zh", "委员们考察后认为，卫生室应当增加一名医生。"),
        ("ar", "وزار أعضاء المجلس المستودع وأكدوا أن المدينة تحتاج إلى مستودع ثان."),
        # a subject that is not the meeting nor its people
        ("en", "Two of the five depots closed in the first winter for lack of staff."),
        ("ru", "Тарифы на связь в области выросли вдвое."),
        ("zh", "去年全省的宽带用户增加了三成。"),
    ],
)
def test_a_claim_or_another_subject_is_not_read(lang: str, text: str) -> None:
    assert not narrates(text, lang)


def test_que_as_a_relative_pronoun_is_no_claim_but_as_a_complementiser_it_is() -> None:
    assert narrates("La commission a reçu les onze équipes qu'elle avait retenues.", "fr")
    assert not narrates("La commission a reçu les équipes et a constaté qu'elles manquent.", "fr")
    assert narrates("El jurado escuchó a los equipos que presentaron sus prototipos.", "es")
    assert not narrates("El jurado escuchó a los equipos y concluyó que faltan fondos.", "es")


def test_a_language_with_no_reading_reads_nothing() -> None:
    assert not narrates("Die Kommission tagte zweimal in Bern.", "de")


def test_the_reading_is_a_parameter_on_by_default() -> None:
    assert DescriptiveModel().narration
    assert DescriptiveModel().params()["narration"] == NARRATION_ABOVE
    on, off = DescriptiveModel(narration=True), DescriptiveModel(narration=False)
    assert on.params()["narration"] == NARRATION_ABOVE
    # off, the model records the parameters it always did
    assert "narration" not in off.params()
    # the wide regression has no reading of its own
    assert not on.widened().narration


def test_a_narrated_meeting_is_set_aside_above_the_bar_only() -> None:
    texts = [
        "The jurors met over two weekends and heard eleven witnesses. #0.45",
        "The jurors met over two weekends and heard eleven witnesses. #0.35",
        "Members of the board argued that the jurors need more time. #0.6",
        "Присяжные собирались два выходных подряд и выслушали свидетелей. #0.5",
    ]
    langs = ["en", "en", "en", "ru"]
    kinds = [classify(t.split(" #")[0], g) for t, g in zip(texts, langs, strict=True)]
    assert [k.kind for k in kinds] == ["point", "point", "framed", "point"]
    x = np.zeros((len(texts), 2))
    off = ScoredModel(neighbours=False, narration=False, bodies=False, course=False)
    on = ScoredModel(neighbours=False, narration=True, bodies=False, course=False)
    assert off.descriptive(x, texts, kinds, None, langs=langs) == [False] * 4  # type: ignore[arg-type]
    assert on.descriptive(x, texts, kinds, None, langs=langs) == [True, False, False, True]  # type: ignore[arg-type]
    # with no language known, nothing is read
    assert on.descriptive(x, texts, kinds, None) == [False] * 4  # type: ignore[arg-type]


# our own statements, in no labelled set: meetings of kinds no set holds (a river basin council's
# field trip, a tenants' committee), which the shipped regression leaves (above the reading's
# bar, below its own gates)
_LEFT = [
    (
        "en",
        "Members of the river basin council travelled upstream to the two new weirs and met "
        "the farmers who farm beside them.",
    ),
    (
        "fr",
        "Les membres du conseil de bassin se sont rendus sur les deux nouveaux barrages et ont "
        "rencontré les agriculteurs voisins.",
    ),
    (
        "es",
        "Los miembros del consejo de cuenca viajaron río arriba hasta las dos nuevas presas y "
        "se reunieron con los agricultores.",
    ),
    (
        "es",
        "El comité de inquilinos se reunió dos veces con la oficina de vivienda y recorrió los "
        "bloques que serán reparados.",
    ),
    (
        "ru",
        "Комитет жильцов дважды встретился с жилищным управлением и осмотрел дома, которые "
        "ждут ремонта.",
    ),
]
# the same meetings' people with a claim of their own
_CLAIMS = [
    ("en", "Members of the river basin council warned that the two new weirs will dry the fields."),
    ("es", "El comité de inquilinos se reunió con la oficina, y los bloques deben repararse ya."),
]


@pytest.mark.slow
def test_the_real_model_sets_aside_what_it_left_only_with_the_reading_on(use_embedder) -> None:  # type: ignore[no-untyped-def]
    items = _LEFT + _CLAIMS
    langs = [g for g, _ in items]
    kinds = [classify(t, g) for g, t in items]
    texts = [k.point or t for k, (_, t) in zip(kinds, items, strict=True)]
    x = np.asarray(use_embedder.embed(texts))
    off = DescriptiveModel(narration=False, bodies=False, course=False).descriptive(
        x, texts, kinds, use_embedder, langs=langs
    )
    on = DescriptiveModel(narration=True, bodies=False, course=False).descriptive(
        x, texts, kinds, use_embedder, langs=langs
    )
    n = len(_LEFT)
    assert off[:n] == [False] * n
    assert on[:n] == [True] * n
    # a claim is not read, whatever the model says
    assert on[n:] == off[n:]
    assert not any(narrates(t, g) for g, t in _CLAIMS)
    assert len(set(langs)) >= 4
