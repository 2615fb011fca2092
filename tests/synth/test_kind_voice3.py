"""Frames a body's or a panel's voice leaves in a message text (``kind_cues_voice3``,
``kinds.voiced``): sentences of our own (not ``kinds/dev15.yaml``'s), and sentences that must
stay as they are."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_voice2 import ar_point
from forum_messages.synth.kinds import classify, sentence_kind, voiced, voiced_text
from forum_messages.synth.text import clean_sentence

REWRITTEN = [
    # a recommendation without a party: a gerund, a noun of action, "by" after the participle
    (
        "en",
        "The alliance recommends expanding the school meal registers kept by district nurses.",
        "The school meal registers kept by district nurses should be expanded.",
    ),
    (
        "en",
        "Speakers recommended the establishment of a ferry timetable archive, open to anyone.",
        "A ferry timetable archive should be established, open to anyone.",
    ),
    (
        "en",
        "The network proposes the adoption of rainfall gauges by every farming cooperative.",
        "Rainfall gauges should be adopted by every farming cooperative.",
    ),
    # an acronym body, a summary, an enumeration
    (
        "en",
        "The DC stressed that birth registration offices still close at noon on market days.",
        "Birth registration offices still close at noon on market days.",
    ),
    (
        "en",
        "The chair wrapped up the session by saying that ferry fares should follow fuel prices.",
        "Ferry fares should follow fuel prices.",
    ),
    (
        "en",
        "Its recommendations are, first, that municipalities publish rainfall data, and "
        "second, that ministries fund the gauges.",
        "Municipalities should publish rainfall data, and ministries should fund the gauges.",
    ),
    # Spanish: an infinitive, a noun of action, agreement, an acronym, an enumeration
    (
        "es",
        "La alianza recomienda ampliar los registros de comedores escolares de cada distrito.",
        "Hay que ampliar los registros de comedores escolares de cada distrito.",
    ),
    (
        "es",
        "Los ponentes recomendaron la creación del archivo de horarios de transbordadores.",
        "Hay que crear el archivo de horarios de transbordadores.",
    ),
    (
        "es",
        "Las panelistas coincidieron en que las oficinas de registro civil cierran demasiado "
        "pronto.",
        "Las oficinas de registro civil cierran demasiado pronto.",
    ),
    (
        "es",
        "El MAG señaló que las tarifas de los transbordadores suben cada verano.",
        "Las tarifas de los transbordadores suben cada verano.",
    ),
    (
        "es",
        "Sus recomendaciones son, en primer lugar, que los municipios publiquen los datos de "
        "lluvia y, en segundo lugar, que los ministerios financien los pluviómetros.",
        "Los municipios deberían publicar los datos de lluvia y los ministerios deberían "
        "financiar los pluviómetros.",
    ),
    # French
    (
        "fr",
        "L'alliance recommande d'étendre les registres de cantine et de publier leurs chiffres.",
        "Il faut étendre les registres de cantine et publier leurs chiffres.",
    ),
    (
        "fr",
        "Les orateurs ont préconisé la création d'une archive des horaires de bac et la "
        "mise en place d'un guichet unique.",
        "Il faut créer une archive des horaires de bac et mettre en place un guichet unique.",
    ),
    (
        "fr",
        "Les expertes sont convenues que les bureaux d'état civil ferment trop tôt.",
        "Les bureaux d'état civil ferment trop tôt.",
    ),
    (
        "fr",
        "La rapporteuse a résumé les échanges en rappelant que les tarifs des bacs doivent "
        "suivre le prix du carburant.",
        "Les tarifs des bacs doivent suivre le prix du carburant.",
    ),
    # Russian
    (
        "ru",
        "Альянс рекомендует расширить реестры школьного питания в каждом районе.",
        "Следует расширить реестры школьного питания в каждом районе.",
    ),
    (
        "ru",
        "Выступавшие напомнили, что загсы в сёлах закрываются в полдень.",
        "Загсы в сёлах закрываются в полдень.",
    ),
    (
        "ru",
        "Модератор подвёл итоги, сказав, что тарифы на паромы должны следовать за ценой топлива.",
        "Тарифы на паромы должны следовать за ценой топлива.",
    ),
    # Chinese
    ("zh", "联盟建议扩大各区学校供餐登记。", "应扩大各区学校供餐登记。"),
    ("zh", "MAG指出，乡镇户籍窗口中午就关门。", "乡镇户籍窗口中午就关门。"),
    (
        "zh",
        "其建议有二：一是各国政府公布降雨数据，二是捐助方资助雨量计。",
        "各国政府应公布降雨数据，捐助方应资助雨量计。",
    ),
    # Arabic: a verbal noun after a recommendation, a summary, a second clause after أنّ
    (
        "ar",
        "أوصى التحالف بتوسيع سجلات الوجبات المدرسية في كل حي.",
        "ينبغي توسيع سجلات الوجبات المدرسية في كل حي.",
    ),
    (
        "ar",
        "اختتم رئيس الجلسة النقاش بالقول إن أسعار العبارات تتبع أسعار الوقود.",
        "أسعار العبارات تتبع أسعار الوقود.",
    ),
    (
        "ar",
        "لاحظ المشاركون أن مكاتب السجل المدني تغلق ظهرا، وأن الطوابير تطول في أيام السوق.",
        "مكاتب السجل المدني تغلق ظهرا، والطوابير تطول في أيام السوق.",
    ),
]

KEPT = [
    # a recommendation as the subject, a verb outside the lists, a second action coordinated
    ("en", "The alliance's recommendation to expand school meals was never costed."),
    ("en", "The network recommends working with ferry companies on their timetables."),
    ("en", "The forum recommends expanding school meals and creating a registry of cooks."),
    ("en", "The alliance recommends the adoption of rainfall gauges, and the creation of a fund."),
    # agreeing on something is no frame without "that"
    ("en", "Speakers agreed on a shared format for ferry timetables."),
    (
        "es",
        "Los ponentes coincidieron en la necesidad de horarios comunes para los transbordadores.",
    ),
    # a passive agent in Spanish, a noun of action without an article in French
    ("es", "La alianza propone la adopción de pluviómetros por todas las cooperativas."),
    ("fr", "L'alliance préconise la création de registres dans chaque école."),
    ("fr", "Le forum recommande de meilleure qualité les registres."),
    # a noun that ends as an infinitive does; a session proposed by a body (a description)
    ("ru", "Форум рекомендует часть средств на паромы."),
    ("zh", "该场次由渡轮联盟提议设立，旨在讨论票价。"),
    # an Arabic sound plural after أنّ; a second clause whose subject would change case
    ("ar", "خلص المشاركون إلى أن المزارعين يحتاجون إلى بيانات المطر."),
    ("ar", "لاحظ المشاركون أن مكاتب السجل المدني تغلق ظهرا، وأن المزارعين ينتظرون طويلا."),
    ("ar", "اقترحت الحكومة إطارا جديدا للعبارات."),
]


@pytest.mark.parametrize(("lang", "said", "point"), REWRITTEN)
def test_the_frame_is_taken_off_the_text(lang: str, said: str, point: str) -> None:
    kind = classify(said, lang)
    assert voiced_text(kind.point, lang, kind.cuts) == point


@pytest.mark.parametrize(("lang", "said"), KEPT)
def test_sentences_that_stay_as_they_are(lang: str, said: str) -> None:
    kind, point, _ = sentence_kind(said, lang)
    if kind != "descriptive":
        assert voiced(point, lang) == point


def test_only_the_text_changes_not_the_kind() -> None:
    said = "El Foro recomienda ampliar los registros de comedores escolares de cada distrito."
    kind = classify(said, "es")
    assert (kind.kind, kind.point) == ("point", said)  # read and grouped as before
    assert clean_sentence(said, "es") == (
        "Hay que ampliar los registros de comedores escolares de cada distrito."
    )


def test_arabic_second_clauses() -> None:
    # "وأنّ" before a subject that stands without it becomes "و"
    assert (
        ar_point("لاحظ المشاركون أن ", "الأكشاك متعطلة وأن البلديات لا تصلحها.")
        == "الأكشاك متعطلة والبلديات لا تصلحها."
    )
    # "وأن <verb>" after a modal is the point's own
    rest = "الأكشاك يجب أن تُصلح سريعا، وأن تُموّل من البلديات."
    assert ar_point("أكد المشاركون أن ", rest) == rest
    # "وأن <verb>" with no modal before it, or a sound plural: the frame stays
    assert ar_point("لاحظ المشاركون أن ", "الأكشاك متعطلة، وأن تصلحها البلديات.") is None
    assert ar_point("لاحظ المشاركون أن ", "الأكشاك متعطلة وأن المزارعين ينتظرون.") is None


def test_a_verb_with_a_complement_is_not_made_passive() -> None:
    said = "The alliance recommends making ferry timetables available offline."
    assert voiced(said, "en") == said
