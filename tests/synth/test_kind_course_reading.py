"""The reading of a meeting's course (``kind_course``): a heading with no verb, one person telling
the course, travel or a visit.

Sentences of our own (not ``kinds/dev25.yaml``'s): a village flood-defence committee walking to
an old weir, a town library's readers' panel, a harbour's berth holders' meeting."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth import kind_model
from forum_messages.synth.kind_course import course_of, heading, person_tells, travels
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kinds import classify

from .helpers import ScoredModel

HEADINGS = [
    ("en", "Site visit to the old weir and the retention basin, morning of 4 April"),
    ("en", "Third session: the reading room's opening hours"),
    ("en", "Readers' panel, spring meeting: the new catalogue and the children's corner"),
    ("fr", "Visite de la digue du moulin et du bassin de rétention, matinée du 4 avril"),
    ("fr", "Questions des usagers et clôture de la réunion"),
    ("es", "Segunda sesión: el horario de la sala de lectura"),
    ("ru", "Выезд к старой дамбе и к водохранилищу, утро 4 апреля"),
    ("ru", "Вопросы читателей и закрытие заседания"),
    ("zh", "第三场：旧堤坝与滞洪区"),
    ("ar", "زيارة السد القديم وحوض الاحتجاز، صباح يوم 4 أبريل"),
    ("ar", "الجلسة الثالثة: ساعات فتح قاعة المطالعة"),
]
PEOPLE = [
    ("en", "Ms Okonjo gave the floor to the river warden and then read out the questions."),
    ("en", "The library's manager took the panel through the new catalogue, shelf by shelf."),
    ("fr", "Mme Kerbrat a clos la réunion en remerciant les riverains venus nombreux."),
    ("es", "La señora Ortuño dio la palabra a la técnica municipal."),
    ("es", "El director de la biblioteca repasó con el comité el calendario de obras."),
    ("ru", "Председатель предоставил слово инженеру района."),
    ("zh", "陈女士宣布会议开始，并请河道管理员发言。"),
    ("ar", "رحبت السيدة الحسيني بالحاضرين ثم أعطت الكلمة لمهندس البلدية."),
]
TRAVEL = [
    ("en", "The volunteers walked to the old weir with the district's river warden."),
    ("fr", "Les bénévoles se sont rendus à pied jusqu'à la digue du moulin."),
    ("es", "Los voluntarios se trasladaron a pie hasta el dique viejo con la técnica municipal."),
    ("ru", "Добровольцы выехали к старой дамбе вместе с инженером района."),
    ("zh", "一行人前往旧堤坝，由河道管理员陪同。"),
    ("ar", "توجه المتطوعون سيرا على الأقدام إلى السد القديم برفقة مهندس البلدية."),
]
# points that look like them: a heading that proposes, one person's claim, a visit's finding
LOOK_ALIKES = [
    ("en", "Free library cards for every child in the district"),
    ("en", "The chair warned that the old weir will not hold another winter flood."),
    ("en", "Ms Okonjo closed the meeting by saying that the basin is far too small."),
    ("en", "The visit showed that the weir's sluice gates have rusted shut."),
    ("fr", "Des cartes de lecteur gratuites pour tous les enfants du canton"),
    ("fr", "La présidente a averti que la digue ne résistera pas à une nouvelle crue."),
    ("es", "La visita mostró que las compuertas del dique están oxidadas."),
    ("es", "La señora Ortuño sostuvo que la balsa es demasiado pequeña."),
    ("ru", "Председатель предупредил, что дамба не выдержит ещё одного паводка."),
    ("ru", "Выезд показал, что затворы плотины заржавели."),
    ("zh", "参观发现，堤坝的闸门已经锈死。"),
    ("zh", "陈女士认为滞洪区太小。"),
    ("ar", "كشفت الزيارة أن بوابات السد صدئة."),
    ("ar", "حذرت الرئيسة من أن السد لن يصمد أمام فيضان آخر."),
    # a line shaped like a heading that holds a verb
    ("en", "Meetings held online leave the older residents out."),
    ("es", "Reuniones en línea: los vecinos mayores se quedan fuera."),
]


@pytest.mark.parametrize(("lang", "text"), HEADINGS)
def test_a_heading_naming_a_part_of_the_meeting(lang: str, text: str) -> None:
    assert heading(text, lang)
    assert course_of(text, lang) == "heading"


@pytest.mark.parametrize(("lang", "text"), PEOPLE)
def test_one_person_telling_the_course(lang: str, text: str) -> None:
    assert person_tells(text, lang)
    assert course_of(text, lang) == "person"


@pytest.mark.parametrize(("lang", "text"), TRAVEL)
def test_the_meetings_people_travelling_to_a_site(lang: str, text: str) -> None:
    assert travels(text, lang)
    assert course_of(text, lang) == "travel"


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_points_that_look_like_them_are_not_read(lang: str, text: str) -> None:
    assert course_of(text, lang) is None


def test_a_heading_ends_with_no_stop_and_a_person_is_not_a_presenter() -> None:
    # a full stop makes a sentence; a person presenting a finding is no course of the meeting
    assert not heading("Site visit to the old weir.", "en")
    assert not person_tells("Dr Amadi presented findings from a survey of 300 readers.", "en")
    assert not person_tells("Mme Kerbrat a présenté les résultats d'une enquête.", "fr")
    # a city hall's word is no person ("мэрии" is not "мэр")
    assert not person_tells("По данным мэрии, дамба прошла проверку в прошлом году.", "ru")
    assert course_of("Site visit to the weir", "pl") is None


def test_the_setting_is_recorded() -> None:
    assert DescriptiveModel(course=True).params()["course"] == kind_model.COURSE_ABOVE
    assert DescriptiveModel(course=True).params()["person"] == kind_model.PERSON_ABOVE
    assert "course" not in DescriptiveModel(course=False).params()
    assert DescriptiveModel().widened().course is False


def test_the_model_sets_aside_what_it_reads_above_the_bars_only() -> None:
    texts = [
        "Les bénévoles se sont rendus à pied jusqu'à la digue du moulin. #0.15",
        "Les bénévoles se sont rendus à pied jusqu'à la digue du moulin. #0.05",
        "La señora Ortuño dio la palabra a la técnica municipal. #0.45",
        "La señora Ortuño dio la palabra a la técnica municipal. #0.35",
        "The chair warned that the old weir will not hold another winter flood. #0.6",
    ]
    langs = ["fr", "fr", "es", "es", "en"]
    kinds = [classify(t.split(" #")[0], g) for t, g in zip(texts, langs, strict=True)]
    assert [k.kind for k in kinds] == ["point"] * 5
    x = np.zeros((len(texts), 2))
    common = {"neighbours": False, "narration": False, "bodies": False}
    off = ScoredModel(course=False, **common)  # type: ignore[arg-type]
    on = ScoredModel(course=True, **common)  # type: ignore[arg-type]
    assert off.descriptive(x, texts, kinds, None, langs=langs) == [False] * 5  # type: ignore[arg-type]
    # travel above its bar (0.1), one person above its own (0.4), never a claim
    assert on.descriptive(x, texts, kinds, None, langs=langs) == [True, False, True, False, False]  # type: ignore[arg-type]
    assert on.descriptive(x, texts, kinds, None) == [False] * 5  # type: ignore[arg-type]


# our own statements, in no labelled set, that the shipped filter leaves without the reading
_LEFT = [
    ("ru", "Добровольцы выехали к старой дамбе вместе с инженером района."),
    ("es", "Los voluntarios se trasladaron a pie hasta el dique viejo con la técnica municipal."),
    ("zh", "一行人前往旧堤坝，由河道管理员陪同。"),
    ("ru", "Выезд к старой дамбе и к водохранилищу, утро 4 апреля"),
    ("ar", "زيارة السد القديم وحوض الاحتجاز، صباح يوم 4 أبريل"),
    ("zh", "第三场：旧堤坝与滞洪区"),
]


@pytest.mark.slow
def test_the_real_model_sets_aside_what_it_left_only_with_the_reading_on(use_embedder) -> None:  # type: ignore[no-untyped-def]
    items = _LEFT + LOOK_ALIKES
    langs = [g for g, _ in items]
    kinds = [classify(t, g) for g, t in items]
    texts = [k.point or t for k, (_, t) in zip(kinds, items, strict=True)]
    x = np.asarray(use_embedder.embed(texts))
    off = DescriptiveModel(course=False).descriptive(x, texts, kinds, use_embedder, langs=langs)
    on = DescriptiveModel(course=True).descriptive(x, texts, kinds, use_embedder, langs=langs)
    n = len(_LEFT)
    assert off[:n] == [False] * n
    assert on[:n] == [True] * n
    # the look-alikes do not move
    assert on[n:] == off[n:]
