"""One person's words with their speaker, groups no older list held and a group's support of a
recommendation, read for the message text (``kind_cues_voice9``), on sentences of our own
(tram lines, village wells, town archives, bakeries), not ``kinds/dev28-frames.yaml``'s, in
the six languages. Points that only look like them stay, a clause that speaks of its speaker
stays with its speaker, each setting off gives the text back as it was, and the statement's
kind and point do not change."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_voice9 as voice9
from forum_messages.synth import kind_cues_voice10 as voice10
from forum_messages.synth import kinds
from forum_messages.synth.text import ExtractiveWriter

from .helpers import frame_reading_tests, voiced_point

#: (setting, language, sentence, the message text)
READ = [
    # the speaker before the point
    (
        "SPEAKER",
        "en",
        "Ms Helen Achieng, Member of the City Council, said that the new tram line carries "
        "twice as many riders as the bus it replaced.",
        "The new tram line carries twice as many riders as the bus it replaced.",
    ),
    (
        "SPEAKER",
        "en",
        "A driver from the northern depot warned that village wells dry up by March, and that "
        "nobody tests the water before the rains.",
        "Village wells dry up by March, and nobody tests the water before the rains.",
    ),
    (
        "SPEAKER",
        "es",
        "La archivera Inés Mamani, del archivo municipal de Oruro, advirtió que los planos "
        "antiguos de la ciudad se deshacen por la humedad.",
        "Los planos antiguos de la ciudad se deshacen por la humedad.",
    ),
    (
        "SPEAKER",
        "es",
        "El director del archivo, Pablo Rojas, subrayó que, en invierno, la sala de lectura "
        "cierra a las cinco.",
        "En invierno, la sala de lectura cierra a las cinco.",
    ),
    (
        "SPEAKER",
        "es",
        "La archivera del distrito, Marta Quispe, recordó que el archivo debe abrir sus salas a "
        "las escuelas.",
        "El archivo debe abrir sus salas a las escuelas.",
    ),
    (
        "SPEAKER",
        "fr",
        "Mme Aminata Koné, boulangère à Bobo-Dioulasso, a rappelé que le prix de la farine a "
        "doublé en deux ans.",
        "Le prix de la farine a doublé en deux ans.",
    ),
    (
        "SPEAKER",
        "ru",
        "Архивист из Костромы Мария Белова рассказала, что старые планы города рассыпаются "
        "от сырости.",
        "Старые планы города рассыпаются от сырости.",
    ),
    (
        "SPEAKER",
        "ar",
        "وقالت المهندسة نور حداد إن الآبار القروية تجف قبل نهاية آذار.",
        "الآبار القروية تجف قبل نهاية آذار.",
    ),
    (
        "SPEAKER",
        "fr",
        "Selon Mme Mariam Touré, boulangère à Ségou, la farine locale coûte moins cher que la "
        "farine importée.",
        "La farine locale coûte moins cher que la farine importée.",
    ),
    (
        "SPEAKER",
        "es",
        "Según el alcalde de Tarija, la mitad de los pozos del valle se secan antes de marzo.",
        "La mitad de los pozos del valle se secan antes de marzo.",
    ),
    # the speaker after the point, or between two of its parts
    (
        "AFTER",
        "en",
        '"The night tram is full by nine," said Mr Kofi Asante, a driver from Kumasi.',
        "The night tram is full by nine.",
    ),
    (
        "AFTER",
        "es",
        "Después de las lluvias de abril, contó una panadera de Cochabamba, el precio de la "
        "harina subió un tercio.",
        "Después de las lluvias de abril, el precio de la harina subió un tercio.",
    ),
    (
        "AFTER",
        "ru",
        "Ночной трамвай заполняется уже к девяти часам, — сказал водитель из Самары.",
        "Ночной трамвай заполняется уже к девяти часам.",
    ),
    (
        "AFTER",
        "zh",
        "城里的旧地图正在受潮损坏，一位来自苏州的档案管理员说。",
        "城里的旧地图正在受潮损坏。",
    ),
    (
        "AFTER",
        "ar",
        "الترام الليلي يمتلئ قبل الساعة التاسعة، على حد قول سائق من الإسكندرية.",
        "الترام الليلي يمتلئ قبل الساعة التاسعة.",
    ),
    # a group no older list held
    (
        "GROUPS",
        "en",
        "Transport officials reported that one tram in five runs late on market days.",
        "One tram in five runs late on market days.",
    ),
    (
        "GROUPS",
        "ru",
        "Депутаты отметили, что городские архивы не оцифровывались с 2010 года.",
        "Городские архивы не оцифровывались с 2010 года.",
    ),
    # a group's support of a recommendation
    (
        "SUPPORT",
        "en",
        "Participants endorsed the network's recommendation that town archives be opened to "
        "schools.",
        "Town archives should be opened to schools.",
    ),
    (
        "SUPPORT",
        "es",
        "La consulta respaldó las dos recomendaciones del comité: abrir los archivos a las "
        "escuelas y digitalizar los planos antiguos.",
        "Abrir los archivos a las escuelas y digitalizar los planos antiguos.",
    ),
    (
        "SUPPORT",
        "zh",
        "与会者支持工作组关于将档案馆开放日常态化、并由市财政承担讲解费用的建议。",
        "档案馆开放日应当常态化，并由市财政承担讲解费用。",
    ),
    (
        "SUPPORT",
        "ar",
        "أيّد المشاركون توصية اللجنة بأن تُفتح أرشيفات البلديات أمام طلاب المدارس.",
        "ينبغي أن تُفتح أرشيفات البلديات أمام طلاب المدارس.",
    ),
]

#: (language, sentence, the message text): calls in shapes the older lists did not read
CALLS = [
    (
        "en",
        "The declaration commits member cities to publish their tram timetables in three "
        "languages.",
        "Member cities should publish their tram timetables in three languages.",
    ),
    (
        "en",
        "The coalition recommends (1) that archives open on Saturdays; and (2) that old maps "
        "be scanned before the rains.",
        "(1) archives should open on Saturdays; and (2) old maps should be scanned before the "
        "rains.",
    ),
    (
        "en",
        "The coalition recommends that archives open on Saturdays; and that old maps be "
        "scanned before the rains.",
        "Archives should open on Saturdays; and old maps should be scanned before the rains.",
    ),
    (
        "en",
        "Its recommendations are, first, to open town archives on Saturdays; and second, to "
        "scan old maps before the rains.",
        "Open town archives on Saturdays; and scan old maps before the rains.",
    ),
]

#: (language, sentence): points that only look like these frames, or a clause that speaks of
#: its speaker (it would not stand alone), which stay whole
STAY = [
    ("en", "Ms Achieng's office will open two new tram stops next year."),
    ("en", "The minister resigned after the audit of the tram contract."),
    ("en", "Bakers are told that the new ovens will halve their gas bills."),
    ("en", "The mayor's promise that the wells would be deepened by May was not kept."),
    ("en", "Ms Rose Wanjiru, Member of the City Council, said that her bakery closed twice."),
    (
        "en",
        "A baker from the old market said that wells dry up by March, and called for a deeper "
        "borehole.",
    ),
    ("es", "Una panadera de Sucre contó que cerró su horno dos veces el invierno pasado."),
    ("es", "La panadera Rosa Flores contó que perdió la mitad de sus clientes en un año."),
    ("es", "El horno se apagó dos veces, nos contó una panadera de Sucre, y nadie vino."),
    ("fr", "Le ministre a démissionné après l'audit du contrat du tramway."),
    ("en", "The 2019 charter commits nobody to anything, the auditors found."),
    ("en", "The plan has two steps: (1) survey the wells; (2) deepen the dry ones."),
    ("ru", "Пекарь из Твери рассказал, что его печь дважды ломалась прошлой зимой."),
    ("ru", "Архивистка рассказала, что потеряла половину описей после наводнения."),
    ("zh", "她还说，儿子的学校去年冬天停课两次。"),
    ("zh", "对第一次来档案馆的学生来说，旧地图比任何讲座都有意思。"),
    ("ar", "وقالت الخبازة سلمى يوسف إن فرنها أُغلق مرتين في الشتاء الماضي."),
]


(
    test_the_speaker_is_taken_off,
    test_each_setting_off_gives_the_text_back_as_it_was,
    test_the_kind_and_the_point_do_not_change,
) = frame_reading_tests(voice9, READ, ("SPEAKER", "AFTER", "GROUPS", "SUPPORT"))


@pytest.mark.parametrize(("lang", "sentence"), STAY)
def test_points_and_clauses_that_need_their_speaker_stay_whole(
    fresh: None, lang: str, sentence: str
) -> None:
    assert voiced_point(sentence, lang) == sentence


def test_one_persons_words_stay_an_attribution(fresh: None) -> None:
    """Only the text changes: the kinds step still reads one person's words."""
    sentence = "A tram driver from Kisumu said that the new tram line carries twice as many riders."
    assert kinds.classify(sentence, "en").attribution
    assert voiced_point(sentence, "en") == "The new tram line carries twice as many riders."


@pytest.mark.parametrize(("lang", "sentence", "text"), CALLS)
def test_the_calls_left_are_read_and_off_give_the_text_back(
    fresh: None, monkeypatch: pytest.MonkeyPatch, lang: str, sentence: str, text: str
) -> None:
    assert voiced_point(sentence, lang) == text
    monkeypatch.setattr(voice9, "CALLS_LEFT", False)
    kinds.clear_caches()
    assert voiced_point(sentence, lang) == sentence


def test_a_numbered_list_of_calls_in_a_message_text(fresh: None) -> None:
    """The message text takes a list's numbers off inside one sentence; the calls are read
    the same."""
    said = (
        "The coalition recommends (1) that archives open on Saturdays; and (2) that old maps "
        "be scanned before the rains."
    )
    assert ExtractiveWriter()._sentences(said, "en") == [
        "Archives should open on Saturdays; and old maps should be scanned before the rains."
    ]


# ------------------------------------------------------------------ the call shapes left
# (``kind_cues_voice10``: a party joined by "y la" / "et la" or holding a relative clause, the
# calls read only in English in other languages, an Arabic verb of a verbal noun's shape)

#: (setting, language, sentence, the message text)
CALLS_MORE = [
    (
        "PARTIES",
        "es",
        "Los participantes pidieron que la alcaldía y la empresa que opera los tranvías "
        "publiquen las tarifas nocturnas.",
        "La alcaldía y la empresa que opera los tranvías deberían publicar las tarifas nocturnas.",
    ),
    (
        "PARTIES",
        "es",
        "El Foro recomienda que el Ministerio y la Agencia de Archivos revisen los planos "
        "antiguos y les reserven una sala.",
        "El Ministerio y la Agencia de Archivos deberían revisar los planos antiguos y "
        "reservarles una sala.",
    ),
    (
        "PARTIES",
        "fr",
        "Les participants ont demandé que la mairie et la société qui gère les tramways "
        "publient les tarifs de nuit.",
        "La mairie et la société qui gère les tramways devraient publier les tarifs de nuit.",
    ),
    (
        "CALLS_OTHER",
        "es",
        "La declaración final compromete a las alcaldías a abrir los archivos municipales los "
        "sábados.",
        "Las alcaldías deberían abrir los archivos municipales los sábados.",
    ),
    (
        "CALLS_OTHER",
        "fr",
        "La déclaration finale engage les communes à ouvrir les archives municipales le samedi.",
        "Les communes devraient ouvrir les archives municipales le samedi.",
    ),
    (
        "CALLS_OTHER",
        "es",
        "Sus recomendaciones son, primero, abrir los archivos los sábados; y segundo, escanear "
        "los planos antes de las lluvias.",
        "Abrir los archivos los sábados; y escanear los planos antes de las lluvias.",
    ),
    (
        "CALLS_OTHER",
        "fr",
        "Ses recommandations sont, premièrement, d'ouvrir les archives le samedi ; et "
        "deuxièmement, de numériser les plans avant les pluies.",
        "Ouvrir les archives le samedi ; et numériser les plans avant les pluies.",
    ),
    (
        "CALLS_OTHER",
        "zh",
        "该协会的建议是：第一，周六开放档案馆；第二，雨季前扫描旧地图。",
        "周六开放档案馆；雨季前扫描旧地图。",
    ),
    (
        "AR_FORM",
        "ar",
        "أوصى المشاركون بأن تراجع البلدية أسعار تذاكر الترام كل عام.",
        "ينبغي أن تراجع البلدية أسعار تذاكر الترام كل عام.",
    ),
]

#: (language, sentence): sentences that only look like these calls, and shapes still left,
#: which stay whole
STAY_MORE = [
    ("es", "Los delegados lamentaron que el archivo de la ciudad siga cobrando por las copias."),
    ("es", "La diputada Ana Rojas pidió que cada alcaldía publique la lista de sus archivos."),
    (
        "es",
        "Pedimos que los tranvías que usan los estudiantes abran antes, y que se pueda pagar "
        "con tarjeta.",
    ),
    ("es", "La alcaldía y la empresa que opera los tranvías publicaron las tarifas en mayo."),
    ("es", "La ley obliga a las alcaldías a abrir los archivos municipales los sábados."),
    ("fr", "La loi oblige les communes à ouvrir les archives municipales le samedi."),
    (
        "fr",
        "Le plan compte deux étapes ; premièrement, les plans sont numérisés ; deuxièmement, "
        "ils sont publiés.",
    ),
    ("zh", "该计划分两步：第一，扫描旧地图；第二，公开发布。"),
    ("ar", "تراجع الإقبال على الترام بعد رفع أسعار التذاكر."),
    ("ru", "Итоговая декларация обязывает городские советы открыть архивы по субботам."),
    ("en", "The law commits town councils to open their archives on Saturdays."),
]


@pytest.mark.parametrize(("setting", "lang", "sentence", "text"), CALLS_MORE)
def test_the_call_shapes_left_are_read_and_off_give_the_text_back(
    fresh: None,
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
    lang: str,
    sentence: str,
    text: str,
) -> None:
    on = kinds.classify(sentence, lang)
    assert voiced_point(sentence, lang) == text
    monkeypatch.setattr(voice10, setting, False)
    kinds.clear_caches()
    assert voiced_point(sentence, lang) != text
    assert kinds.classify(sentence, lang) == on


@pytest.mark.parametrize(("lang", "sentence"), STAY_MORE)
def test_sentences_like_the_call_shapes_left_stay_whole(
    fresh: None, lang: str, sentence: str
) -> None:
    assert voiced_point(sentence, lang) == sentence
