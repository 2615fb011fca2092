"""The readings of the forum's own register (``kind_forum``): the rapporteur telling the
session's course in the first person, the session's people examining a subject, a group taking
part; and the Chinese cue patterns kept from calls about how meetings should be held.

Sentences of our own (not ``kinds/dev30.yaml``'s): sessions on satellite links for island
schools and on open-source software in public administrations."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth import kind_model
from forum_messages.synth.kind_forum import (
    examined,
    forum_of,
    rapporteur,
    tells_forum,
    took_part,
)
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kinds import classify

from .helpers import ScoredModel

RAPPORTEUR = [
    ("en", "I opened the workshop by asking the speakers what open source has saved their city."),
    ("en", "We closed the session with a round of one-word answers from the room."),
    (
        "es",
        "Abrí el taller preguntando a los ponentes qué ha ahorrado el software libre a su ciudad.",
    ),
    (
        "fr",
        "J'ai ouvert l'atelier en demandant aux intervenants ce que le logiciel libre leur coûte.",
    ),
    ("ru", "Я открыла семинар, попросив выступающих рассказать, что изменилось в их школах."),
    ("zh", "我在会议开始时请每位嘉宾介绍本国海岛学校的联网情况。"),
    ("ar", "افتتحتُ الورشة بسؤال المتحدثين عن تجربة مدارس الجزر مع الاتصال عبر الأقمار الصناعية."),
]
EXAMINED = [
    ("en", "The panellists compared four municipal migrations to open-source office software."),
    ("es", "Los ponentes analizaron cuatro migraciones municipales al software libre."),
    (
        "fr",
        "Les intervenants ont passé en revue quatre migrations municipales vers le logiciel libre.",
    ),
    (
        "ru",
        "Эксперты сравнили четыре перехода муниципалитетов на свободное программное обеспечение.",
    ),
    ("zh", "与会嘉宾探讨了海岛学校卫星联网的三种模式。"),
    ("ar", "استعرض المتحدثون أربع تجارب بلدية في الانتقال إلى البرمجيات الحرة."),
]
TOOK_PART = [
    ("en", "Teachers from six island schools took part, two of them by satellite link."),
    (
        "es",
        "Docentes de seis escuelas insulares tomaron parte en el debate, dos por enlace satelital.",
    ),
    (
        "fr",
        "Des enseignants de six écoles insulaires ont pris part au débat, dont deux à distance.",
    ),
    ("ru", "Учителя шести островных школ участвовали в обсуждении, двое — по спутниковой связи."),
    ("zh", "六所海岛学校的教师参加了本场讨论，其中两位通过卫星连线。"),
    ("ar", "شارك في الجلسة معلمون من ست مدارس في الجزر، اثنان منهم عبر الأقمار الصناعية."),
]
LOOK_ALIKES = [
    # points about meetings, processes and participation
    ("en", "Open-source communities must take part in every public consultation on procurement."),
    (
        "en",
        "The panellists examined the figures and found that licences cost cities twice as much.",
    ),
    ("en", "I opened the session convinced that schools on islands should not pay more for links."),
    ("es", "Los ponentes analizaron el caso y concluyeron que las licencias duplican el gasto."),
    ("es", "Las escuelas insulares deberían participar en el diseño de las licitaciones."),
    (
        "fr",
        "Le Forum devrait inviter des enseignants insulaires à chaque session sur la connectivité.",
    ),
    ("ru", "Участники должны принимать участие в консультациях на равных правах."),
    ("ru", "Эксперты сравнили цены и пришли к выводу, что лицензии обходятся вдвое дороже."),
    ("zh", "学校应参加有关卫星频谱的每一次公众咨询。"),
    ("ar", "يجب أن يشارك المعلمون في الجلسة المقبلة حول الاتصال."),
    ("en", "Satellite links for island schools cost four times what a fibre line costs."),
]


@pytest.mark.parametrize(("lang", "text"), RAPPORTEUR)
def test_the_rapporteur_telling_the_course_in_the_first_person(lang: str, text: str) -> None:
    assert rapporteur(text, lang)
    assert forum_of(text, lang) == "rapporteur"


@pytest.mark.parametrize(("lang", "text"), EXAMINED)
def test_the_sessions_people_examining_a_subject(lang: str, text: str) -> None:
    assert examined(text, lang)
    assert tells_forum(text, lang)


@pytest.mark.parametrize(("lang", "text"), TOOK_PART)
def test_a_group_taking_part(lang: str, text: str) -> None:
    assert took_part(text, lang)
    assert tells_forum(text, lang)


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_points_that_look_like_them_are_not_read(lang: str, text: str) -> None:
    assert forum_of(text, lang) is None


def test_a_language_without_patterns_is_not_read() -> None:
    assert forum_of("I opened the session by asking each speaker.", "pl") is None


def test_calls_about_how_meetings_are_held_are_no_chinese_descriptions() -> None:
    # the same words told of the session stay descriptions
    assert classify("论坛应在无需签证即可抵达的城市举办会议。", "zh").kind == "point"
    assert classify("每场闭会期间会议都应提供字幕。", "zh").kind == "point"
    assert classify("沿海数字权利网络举办了本场会议。", "zh").kind == "descriptive"
    assert classify("会议提供了实时字幕和手语翻译。", "zh").kind == "descriptive"
    # an organiser whose name holds 应 (应用) is still an organiser
    assert classify("应用数学研究所主办了本场研讨会。", "zh").kind == "descriptive"


def test_the_setting_is_recorded() -> None:
    assert kind_model.FORUM is False  # off as shipped
    assert "forum" not in DescriptiveModel().params()
    assert DescriptiveModel(forum=True).params()["forum"] == kind_model.FORUM_ABOVE
    assert "forum" not in DescriptiveModel(forum=False).params()
    assert DescriptiveModel(forum=True).widened().forum is False


def test_the_model_sets_aside_what_it_reads_above_its_bar_only() -> None:
    texts = [
        "Los ponentes analizaron cuatro migraciones municipales al software libre. #0.25",
        "Los ponentes analizaron cuatro migraciones municipales al software libre. #0.15",
        "Teachers from six island schools took part, two of them by satellite link. #0.3",
        "Las escuelas insulares deberían participar en el diseño de las licitaciones. #0.6",
    ]
    langs = ["es", "es", "en", "es"]
    kinds = [classify(t.split(" #")[0], g) for t, g in zip(texts, langs, strict=True)]
    assert [k.kind for k in kinds] == ["point"] * 4
    x = np.zeros((len(texts), 2))
    common = {
        "neighbours": False,
        "narration": False,
        "bodies": False,
        "course": False,
        "notes": False,
    }
    off = ScoredModel(forum=False, **common)  # type: ignore[arg-type]
    on = ScoredModel(forum=True, **common)  # type: ignore[arg-type]
    assert off.descriptive(x, texts, kinds, None, langs=langs) == [False] * 4  # type: ignore[arg-type]
    assert on.descriptive(x, texts, kinds, None, langs=langs) == [True, False, True, False]  # type: ignore[arg-type]
    assert on.descriptive(x, texts, kinds, None) == [False] * 4  # type: ignore[arg-type]


@pytest.mark.slow
def test_the_real_model_only_adds_what_the_readings_hold(use_embedder) -> None:  # type: ignore[no-untyped-def]
    items = RAPPORTEUR + EXAMINED + TOOK_PART + LOOK_ALIKES
    langs = [g for g, _ in items]
    kinds = [classify(t, g) for g, t in items]
    texts = [k.point or t for k, (_, t) in zip(kinds, items, strict=True)]
    x = np.asarray(use_embedder.embed(texts))
    off = DescriptiveModel(forum=False).descriptive(x, texts, kinds, use_embedder, langs=langs)
    on = DescriptiveModel(forum=True).descriptive(x, texts, kinds, use_embedder, langs=langs)
    n = len(items) - len(LOOK_ALIKES)
    # the reading only adds, and only statements it reads
    assert all(b or not a for a, b in zip(off, on, strict=True))
    assert on[n:] == off[n:]
    assert sum(on[:n]) > sum(off[:n])


def test_we_asking_a_party_is_a_call_not_the_rapporteur() -> None:
    assert not rapporteur("我们请市政府为海岛学校预留卫星频段。", "zh")
    assert rapporteur("我在讨论开始时请两位校长介绍各自学校的情况。", "zh")
