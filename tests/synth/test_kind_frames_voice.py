"""Frames in the group's own voice and second reported clauses (the sixty-seventh round,
``kind_cues_voice15``): a second clause "X, and asked that Y" kept as a sentence of its own once
the first frame is off, a frame whose subject is the group's pronoun read with the group named,
and the group's pronoun as the point's subject given the group. On sentences of our own (school
canteens, clinic generators, village libraries), in the six languages where each shape exists;
look-alikes stay as written."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_voice15 as voice15

from .helpers import frame_reading_tests, stays_whole_test, voiced_point

SETTINGS = voice15.SETTINGS

#: (setting, language, sentence, the message text)
READ = [
    # a second reported clause, its call read again with the group before it
    (
        "SECOND_CLAUSE",
        "en",
        "Participants noted that school canteens close in the dry season, and asked that the "
        "council fund the cooks' wages all year.",
        "School canteens close in the dry season. The council should fund the cooks' wages all "
        "year.",
    ),
    (
        "SECOND_CLAUSE",
        "fr",
        "Les participants ont rappelé que les cantines scolaires ferment en saison sèche, et ont "
        "demandé que le district paie les cuisinières toute l'année.",
        "Les cantines scolaires ferment en saison sèche. Le district devrait payer les "
        "cuisinières toute l'année.",
    ),
    (
        "SECOND_CLAUSE",
        "es",
        "Los participantes recordaron que los comedores escolares cierran en la temporada seca, "
        "y pidieron que el distrito pague a las cocineras todo el año.",
        "Los comedores escolares cierran en la temporada seca. El distrito debería pagar a las "
        "cocineras todo el año.",
    ),
    (
        "SECOND_CLAUSE",
        "ar",
        "أكد المشاركون أن مولدات العيادات الريفية تتعطل كل صيف، وطالبوا بتوفير قطع غيار لدى "
        "مديرية الصحة.",
        "مولدات العيادات الريفية تتعطل كل صيف. ينبغي توفير قطع غيار لدى مديرية الصحة.",
    ),
    (
        "SECOND_CLAUSE",
        "zh",
        "与会者指出，乡村诊所的发电机每年夏天都会坏，并要求县政府在雨季前修好。",
        "乡村诊所的发电机每年夏天都会坏。县政府应在雨季前修好。",
    ),
    # ... an English call for a noun as the second clause
    (
        "NOUN_CALL",
        "en",
        "Participants noted that village clinics lose power every evening, and asked for more "
        "nurses who speak the local language.",
        "Village clinics lose power every evening. There should be more nurses who speak the "
        "local language.",
    ),
    # a Chinese group's call or support before a verb phrase opening on a preposition
    (
        "NOUN_CALL",
        "zh",
        "多数代表支持在每个乡镇设立流动图书馆，每周巡回一次。",
        "应在每个乡镇设立流动图书馆，每周巡回一次。",
    ),
    (
        "NOUN_CALL",
        "zh",
        "她们呼吁为乡村诊所配备太阳能备用电源。",
        "应为乡村诊所配备太阳能备用电源。",
    ),
    # a frame whose subject is the group's pronoun
    (
        "GROUP_PRONOUN",
        "es",
        "Destacaron que las bibliotecas de los pueblos cierran a mediodía los sábados.",
        "Las bibliotecas de los pueblos cierran a mediodía los sábados.",
    ),
    (
        "GROUP_PRONOUN",
        "fr",
        "Elles ont insisté sur la nécessité d'ouvrir les bibliothèques villageoises le samedi.",
        "Il faut ouvrir les bibliothèques villageoises le samedi.",
    ),
    (
        "GROUP_PRONOUN",
        "ar",
        "وأشاروا إلى أن مكتبات القرى تغلق أبوابها ظهر يوم السبت.",
        "مكتبات القرى تغلق أبوابها ظهر يوم السبت.",
    ),
    (
        "GROUP_PRONOUN",
        "ru",
        "Они призвали открыть сельские библиотеки по субботам.",
        "Необходимо открыть сельские библиотеки по субботам.",
    ),
    # the group's pronoun as the point's subject
    (
        "POINT_PRONOUN",
        "en",
        "Several librarians said they buy the children's books with their own money, and that "
        "the district never pays them back.",
        "Several librarians buy the children's books with their own money, and the district "
        "never pays them back.",
    ),
    (
        "POINT_PRONOUN",
        "fr",
        "Les bibliothécaires ont expliqué qu'ils achètent les livres pour enfants sur leurs "
        "propres deniers.",
        "Les bibliothécaires achètent les livres pour enfants sur leurs propres deniers.",
    ),
    (
        "POINT_PRONOUN",
        "es",
        "Varias bibliotecarias contaron que compran los libros infantiles con su propio dinero.",
        "Varias bibliotecarias compran los libros infantiles con su propio dinero.",
    ),
    (
        "POINT_PRONOUN",
        "ru",
        "Библиотекари рассказали, что они покупают детские книги на свои деньги.",
        "Библиотекари покупают детские книги на свои деньги.",
    ),
    (
        "POINT_PRONOUN",
        "ar",
        "أوضح أمناء المكتبات أنهم يشترون كتب الأطفال من مالهم الخاص.",
        "أمناء المكتبات يشترون كتب الأطفال من مالهم الخاص.",
    ),
    (
        "POINT_PRONOUN",
        "zh",
        "图书管理员们表示，他们自掏腰包购买儿童读物。",
        "图书管理员们自掏腰包购买儿童读物。",
    ),
]

taken_off, setting_off, kind_kept = frame_reading_tests(voice15, READ, SETTINGS)
test_taken_off = taken_off
test_setting_off = setting_off
test_kind_kept = kind_kept

#: (language, sentence): look-alikes whose text stays as written
STAY = [
    # a pronoun that is an actor of the point, not the group's frame
    ("en", "Clinic managers cut the night shifts in May; they must restore them before the rains."),
    (
        "fr",
        "Les districts ont fermé les cantines en mai ; ils doivent les rouvrir avant la rentrée.",
    ),
    ("ru", "Районы закрыли столовые в мае; они должны открыть их до начала учёбы."),
    ("zh", "卫生局五月取消了夜班，他们必须在雨季前恢复。"),
    # a pronoun's verb that frames nothing
    ("en", "They repaired the generator themselves because the district never came."),
    ("es", "Señalaron el camino a la clínica los propios vecinos, porque no había carteles."),
    ("ar", "وأصلحوا المولد بأنفسهم لأن المديرية لم تأت."),
    # a second clause with a subject of its own
    ("en", "The generators failed in July, and the nurses asked the district for spare parts."),
    (
        "fr",
        "Les générateurs sont tombés en panne en juillet, et les infirmières ont demandé des "
        "pièces.",
    ),
    # a support that is the subject's, not a call
    ("zh", "他们支持的做法在各个乡镇都失败了。"),
    # a relative clause of saying inside the point
    ("en", "Cooks who said they were unpaid were still asked to serve lunch."),
    (
        "es",
        "A las cocineras que dijeron estar sin sueldo se les pidió igualmente servir el almuerzo.",
    ),
]

test_stays_whole = stays_whole_test(STAY)


def test_second_clause_left_when_its_frame_stays(fresh: None) -> None:
    """A second clause whose frame the older rules do not read (a call with a pronoun before
    the infinitive) is left as the older rules write it: no text of another kind is made."""
    sentence = (
        "Les participants ont noté que la cantine est fermée depuis mars, et ont appelé le "
        "district à la rouvrir."
    )
    text = voiced_point(sentence, "fr")
    assert "Le district" not in text
    assert text.startswith("La cantine est fermée depuis mars")


def test_call_without_modal_refused(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pronoun's call that the older rules would write as a fact (no modal) stays whole."""
    monkeypatch.setattr(voice15, "NOUN_CALL", False)
    sentence = "他们呼吁在每个村庄开设夜间图书室。"
    assert voiced_point(sentence, "zh") == sentence


def test_noun_call_with_infinitive_left(fresh: None) -> None:
    """An English call for a noun with an infinitive after it is no "There should be" clause."""
    sentence = (
        "Participants noted that village clinics lose power every evening, and asked for a "
        "district engineer to visit them."
    )
    assert "There should be" not in voiced_point(sentence, "en")


def test_the_cut_frame_travels_with_the_point(fresh: None) -> None:
    """The frame the kinds step cut goes with the statement's reading (``Kind.cuts``), not
    into a store of the module: the point read alone keeps its second clause, the point read
    with its frame has it as a sentence of its own."""
    from forum_messages.synth import kinds

    sentence = (
        "Participants noted that school canteens close in the dry season, and asked that the "
        "council fund the cooks' wages all year."
    )
    read = kinds.classify(sentence, "en")
    assert read.cuts == ((read.point, "Participants noted that "),)
    assert not hasattr(voice15, "_CUTS")
    assert kinds.voiced_text(read.point, "en") == read.point
    # read again after the caches are emptied: the same text as the first time
    kinds.clear_caches()
    assert voiced_point(sentence, "en").startswith("School canteens close in the dry season.")
