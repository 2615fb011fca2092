"""Frames read by a closed class of heads (``synth/kind_frame_shape.py``: ``general_read``, the
unnamed member's lead, the long preamble; ``synth/kind_cues_voice6.py``: a frame inside the
point or after it, a noun phrase after agreement or a theme, calls whose object is an action):
sentences of our own (ferries, clinics, libraries; not ``kinds/dev23-frames.yaml``'s), the
frame taken off in every language, and sentences that only look like a frame left whole."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_voice6 as voice6
from forum_messages.synth import kind_frame_shape as shape
from forum_messages.synth import kinds

from .helpers import voiced_point

TAKEN_OFF = [
    # a head of the closed class after a group or no one, then the clause
    (
        "en",
        "Attention was drawn to the fact that island clinics run out of insulin every winter.",
        "Island clinics run out of insulin every winter.",
    ),
    (
        "es",
        "Se llamó la atención sobre el hecho de que los transbordadores nocturnos van siempre "
        "llenos.",
        "Los transbordadores nocturnos van siempre llenos.",
    ),
    (
        "fr",
        "Les intervenants ont été unanimes à dire que les bibliothèques de quartier ferment trop "
        "tôt.",
        "Les bibliothèques de quartier ferment trop tôt.",
    ),
    (
        "ru",
        "Большинство выступавших сочли, что паромы зимой ходят слишком редко.",
        "Паромы зимой ходят слишком редко.",
    ),
    (
        "ru",
        "Было достигнуто широкое согласие в том, что сельским клиникам нужен второй генератор.",
        "Сельским клиникам нужен второй генератор.",
    ),
    ("zh", "与会者提请注意，海岛诊所每年冬天都会缺少胰岛素。", "海岛诊所每年冬天都会缺少胰岛素。"),
    (
        "ar",
        "وكان هناك توافق على أن المكتبات العامة تغلق أبوابها مبكرا.",
        "المكتبات العامة تغلق أبوابها مبكرا.",
    ),
    # a frame inside the point or after it
    (
        "en",
        "Ferry crews, it was argued, need training in first aid.",
        "Ferry crews need training in first aid.",
    ),
    (
        "es",
        "Las clínicas rurales cierran demasiado pronto, dijeron varios participantes.",
        "Las clínicas rurales cierran demasiado pronto.",
    ),
    (
        "fr",
        "Les bibliothèques, a-t-on fait valoir, devraient ouvrir le dimanche.",
        "Les bibliothèques devraient ouvrir le dimanche.",
    ),
    (
        "ru",
        "Библиотеками, как утверждалось, должны управлять сами районы.",
        "Библиотеками должны управлять сами районы.",
    ),
    ("zh", "渡轮票价在旺季上涨了一倍，几位发言者说。", "渡轮票价在旺季上涨了一倍。"),
    # a noun phrase of need after agreement or a theme
    (
        "en",
        "There was broad agreement on the need for a second ferry to the outer islands.",
        "A second ferry to the outer islands is needed.",
    ),
    # calls whose object is an action, a warning against one
    (
        "ru",
        "Прозвучал призыв продлить часы работы сельских библиотек.",
        "Следует продлить часы работы сельских библиотек.",
    ),
    ("zh", "会议最后呼吁为渡轮船员提供急救培训。", "应为渡轮船员提供急救培训。"),
    (
        "ar",
        "ودعا المشاركون إلى تمديد ساعات عمل المكتبات العامة.",
        "ينبغي تمديد ساعات عمل المكتبات العامة.",
    ),
    (
        "en",
        "Several speakers cautioned against closing island clinics at weekends.",
        "Closing island clinics at weekends should be avoided.",
    ),
    ("zh", "各方就渡轮票价应当公开透明达成了共识。", "渡轮票价应当公开透明。"),
    # the frame in the verb, "they" standing for the subject
    (
        "en",
        "Night ferries were said to carry more nurses than buses.",
        "Night ferries carry more nurses than buses.",
    ),
    ("en", "The old pier was said to be unsafe in storms.", "The old pier is unsafe in storms."),
    (
        "en",
        "Island nurses said they could not reach the clinic during storms.",
        "Island nurses could not reach the clinic during storms.",
    ),
    # one member of the meeting, unnamed
    (
        "en",
        "As one speaker put it, a clinic without a generator is a clinic in the dark.",
        "A clinic without a generator is a clinic in the dark.",
    ),
    (
        "es",
        "Como dijo un ponente, una biblioteca sin wifi es una sala de lectura.",
        "Una biblioteca sin wifi es una sala de lectura.",
    ),
    (
        "ru",
        "Как выразилась одна из участниц, паром без расписания — это лотерея.",
        "Паром без расписания — это лотерея.",
    ),
    (
        "zh",
        "正如一位发言者所说，没有发电机的诊所就是黑暗中的诊所。",
        "没有发电机的诊所就是黑暗中的诊所。",
    ),
    # a long preamble that sets the scene before a group's frame
    (
        "en",
        "Looking back over three years of pilots on the northern routes, and with several "
        "captains and harbour masters in the room who had run them, participants compared "
        "notes at length on schedules, fares and the weather, and while opinions differed on "
        "the details, the general feeling was that small ferries serve the islands better than "
        "large ones.",
        "Small ferries serve the islands better than large ones.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "point"), TAKEN_OFF)
def test_a_frame_of_the_closed_class_is_taken_off(
    fresh: None, lang: str, sentence: str, point: str
) -> None:
    assert voiced_point(sentence, lang) == point


def test_the_settings_off_leave_them_as_before(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shape, "GENERAL", False)
    monkeypatch.setattr(shape, "ANONYMOUS", False)
    monkeypatch.setattr(shape, "LONG_PREAMBLE", False)
    monkeypatch.setattr(voice6, "ON", False)
    kinds.clear_caches()
    for lang, sentence, _point in TAKEN_OFF:
        assert voiced_point(sentence, lang) == sentence, sentence


STAY = [
    # people as the subject of a point, not of a frame
    ("en", "Parents should be told when the ferry timetable changes."),
    ("en", "Nurses noted every missed delivery in a paper log."),
    ("fr", "Les chauffeurs ont noté chaque retard dans un carnet."),
    ("ru", "Сотрудники библиотеки согласились работать по выходным во время ремонта."),
    ("zh", "村民们普遍用小船把病人送到诊所。"),
    ("ar", "أشار البحارة بأيديهم إلى الرصيف المغلق."),
    # a recipient, a role, a relative clause: no frame of a group
    ("en", "The harbour master reminded the delegates that the last ferry leaves at six."),
    ("es", "La moderadora recordó a los participantes que tenían dos minutos por intervención."),
    ("en", "Speakers warned against ferries that sail without enough lifejackets."),
    ("zh", "对年长的乘客来说，渡轮比大巴更舒适。"),
    # one person's aside, a point in the first person, a second verb of the frame's subject
    ("en", "Island clinics, the chair said, need a second generator."),
    ("en", "We need a second ferry, several participants said."),
    (
        "en",
        "The two youngest panellists said that ferry fares they pay every day are too high, "
        "and asked to be heard before fares change.",
    ),
    # a verb of saying in the passive about a plan, a relative clause, the meeting; "they" after
    # one person, or before "were"
    ("en", "The new pier was expected to open in May."),
    ("en", "The ferry that was said to sink had been repaired."),
    ("en", "The workshop was said to be lively."),
    ("en", "Ms Okafor said they could not come to the clinic."),
    ("en", "Island nurses said they were tired of waiting for the ferry."),
    # hearsay with no one as its subject: the report keeps its distance
    ("en", "It was said that the old pier would last another decade."),
    ("en", "Ferry crews, it was said, would get a pay rise in spring."),
    ("es", "Se dijo que el muelle viejo duraría otra década."),
    # a call whose object is a party, a warning left as it is in Russian
    ("ru", "Прозвучал призыв к властям района продлить часы работы библиотек."),
    # a long preamble that opens on a subject, not an adverbial
    (
        "en",
        "Ferry fares rose by half last year, and owners of small boats, fishers, traders and "
        "nurses from the outer islands who travel every week, as well as several harbour "
        "masters, spoke at length, and the general feeling was that the fares are too high.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), STAY)
def test_what_only_looks_like_a_frame_stays(fresh: None, lang: str, sentence: str) -> None:
    assert kinds.voiced(sentence, lang) == sentence


def test_the_head_must_close_the_frame() -> None:
    assert shape.general_read("Most speakers held that island clinics need generators.", "en")
    # a word that is no tail after the head: the head is not the frame's
    assert not shape.general_read(
        "Most speakers held the ferry that the company sold last year.", "en"
    )
    # one person by a role, a relative pronoun in the frame
    assert not shape.general_read("The rapporteur stressed that clinics need generators.", "en")
    assert not shape.general_read(
        "Participants who noted that clinics need generators were nurses.", "en"
    )


def test_the_frame_is_taken_off_but_the_kind_and_point_stay(fresh: None) -> None:
    sentence = "Большинство выступавших сочли, что паромы зимой ходят слишком редко."
    kind = kinds.classify(sentence, "ru")
    assert kind.point == sentence  # the point it is read and grouped by does not change
    assert kinds.voiced(sentence, "ru") == "Паромы зимой ходят слишком редко."
