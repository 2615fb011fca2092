"""Notices and announcements of forum records (``synth.kind_cues_notices``): the event
announced with its date and place, a transcript that is not the record, the captioning it
comes from, interpretation offered, what will be done with the recommendations, a session
that revealed a range of views; in each language, with the points that look like them.
Framed points and one person's words that earlier patterns took for descriptions, and one
person's view told by a pronoun or by one country's delegate (``synth.kind_cues_voice``).
Real behaviour of ``classify``."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify

DESCRIPTIONS = [
    # the event announced
    (
        "en",
        "On 4 October, the fifth Caribbean Youth IGF, hosted by a national university, took "
        "place in Bridgetown.",
    ),
    ("en", "From 9-11 June 2025, the annual school on internet governance was held in Lusaka."),
    (
        "fr",
        "Le 8 avril, la deuxième édition du forum national, organisée par l'autorité de "
        "régulation, s'est tenue à Lomé.",
    ),
    (
        "es",
        "El 21 de agosto, el foro regional de jóvenes, organizado por dos universidades, se "
        "celebró en Tegucigalpa.",
    ),
    ("ru", "5 октября в Бишкеке прошла вторая национальная конференция по цифровым правам."),
    ("zh", "9月5日，由省网信协会主办的第二届数字治理青年论坛在昆明举行。"),
    (
        "ar",
        "انعقدت الدورة الثالثة لمنتدى الشباب الرقمي يوم 8 أكتوبر في الرباط بتنظيم من جمعية محلية.",
    ),
    # not the record; the captioning it comes from
    (
        "en",
        "This transcript is provided for convenience and should not be cited as an "
        "official record of the meeting.",
    ),
    ("en", "What follows is produced from live captioning and may contain errors and omissions."),
    ("fr", "Ce texte ne doit pas être considéré comme un compte rendu officiel de la séance."),
    ("es", "Esta transcripción no debe tomarse como un registro oficial de la reunión."),
    ("ru", "Текст не следует рассматривать как официальную стенограмму заседания."),
    ("zh", "本文字稿根据录音整理，不应被视为会议的正式纪要。"),
    ("ar", "لا ينبغي اعتباره محضرا رسميا للاجتماع."),
    # interpretation offered
    ("en", "Interpretation will be provided in English, Portuguese and Tetum."),
    ("en", "Live interpretation into French and International Sign."),
    ("fr", "Une interprétation simultanée sera assurée en wolof et en anglais."),
    ("es", "Se ofrecerá interpretación simultánea en quechua y en inglés."),
    ("ru", "Обеспечивался синхронный перевод на казахский и английский языки."),
    ("ar", "تتوفر ترجمة فورية إلى الإنجليزية والفرنسية طوال أيام المنتدى."),
    # what will be done with the recommendations
    (
        "en",
        "The outcomes of the three breakout groups will be compiled into a single report "
        "for the national multistakeholder committee.",
    ),
    ("fr", "Les conclusions des groupes de travail seront remises au comité de pilotage en juin."),
    ("es", "Los mensajes clave de la jornada serán publicados en el sitio del foro en julio."),
    ("ru", "Рекомендации круглого стола будут направлены в оргкомитет национального форума."),
    ("zh", "各分论坛形成的建议将于下月提交给大会秘书处。"),
    ("ar", "سترسل توصيات الورشة إلى اللجنة التوجيهية للمنتدى في الشهر المقبل."),
    # a range of views
    ("en", "The debate showed a broad diversity of views on the licensing of satellite services."),
    ("fr", "Le débat a révélé une grande variété de points de vue sur les licences satellitaires."),
    ("es", "El debate mostró una amplia variedad de opiniones sobre las licencias satelitales."),
    ("ru", "Дискуссия показала разнообразие подходов к лицензированию спутниковой связи."),
    ("zh", "讨论中呈现出各异的观点，涉及卫星业务许可的多个方面。"),
    ("ar", "أظهرت النقاشات تباينا واضحا في وجهات النظر حول ترخيص خدمات الأقمار الصناعية."),
]

POINTS = [
    ("en", "On 4 October the regulator must publish its spectrum plan, or the auction will slip."),
    ("en", "Interpretation into local languages is what lets a global forum reach villages."),
    ("en", "Simultaneous interpretation into sign language makes the sessions open to all."),
    ("en", "The recommendations will be sent to ministries, but they should also reach towns."),
    ("en", "The session revealed a range of views, but everyone agreed that fees are too high."),
    (
        "fr",
        "L'interprétation simultanée vers les langues nationales est ce qui rend le forum utile.",
    ),
    ("fr", "Les recommandations seront transmises au ministère, mais elles doivent être suivies."),
    ("es", "Las recomendaciones se enviarán al ministerio, pero deben tener seguimiento."),
    ("ru", "Рекомендации будут направлены в министерство, но они должны исполняться."),
    ("zh", "志愿者的笔记不应视为正式记录，因此秘书处应当公开原始录音。"),
    ("ar", "الترجمة الفورية إلى اللغات المحلية هي ما يجعل المنتدى مفتوحا للجميع."),
]

# framed points: what a debate found or recommended, after a description-like opening
FRAMED = [
    ("zh", "问答环节得出的结论是：社区网络需要稳定的频谱使用许可。", "社区网络"),
    ("zh", "论坛在一种紧迫感中落幕：数字鸿沟正在拉大。", "数字鸿沟"),
    (
        "fr",
        "Les échanges ont permis de dégager une priorité : traduire les lois en langues locales.",
        "Traduire",
    ),
    ("ar", "في ختام الورشة، دعا المشاركون إلى إنشاء مرصد وطني للحقوق الرقمية.", "دعا"),
]

# one person's words or view
ONE_PERSON = [
    ("en", "In her welcome address, Minister Ana Soares announced a fund for rural libraries."),
    ("en", "In her view, licences for community networks should cost nothing."),
    ("en", "Brazil's representative said the draft ignores the cost of connectivity."),
    ("en", "The delegate of Senegal warned that the timeline leaves no room for consultation."),
    ("fr", "Selon elle, les licences des réseaux communautaires devraient être gratuites."),
    ("fr", "Le représentant du Sénégal a annoncé un fonds pour les bibliothèques rurales."),
    ("es", "A su juicio, las licencias de redes comunitarias deberían ser gratuitas."),
    ("es", "La embajadora de Chile recordó que el proyecto no prevé financiación."),
    ("ru", "По её мнению, лицензии для сетей сообществ должны быть бесплатными."),
    ("ar", "وترى أن على الدولة أن تمول الشبكات المجتمعية."),
    ("ar", "أعلنت ممثلة الهيئة عن صندوق لدعم المكتبات الريفية."),
    ("ar", "باسم جمعية الطلبة، طالبت الآنسة سلمى بن علي بمقعد للشباب في اللجنة."),
]

# many people are not one person
MANY = [
    ("en", "In their view, licences for community networks should cost nothing."),
    ("fr", "Selon eux, les licences des réseaux communautaires devraient être gratuites."),
    ("es", "Los delegados de varios países recordaron que el proyecto no prevé financiación."),
    ("ar", "أعلن ممثلو الهيئات عن صندوق لدعم المكتبات الريفية."),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_notices_and_announcements_are_descriptive(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive", text


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_that_look_like_them_are_not(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive", text


@pytest.mark.parametrize(("lang", "text", "kept"), FRAMED)
def test_a_finding_after_a_description_like_opening_is_framed(
    lang: str, text: str, kept: str
) -> None:
    got = classify(text, lang)
    assert got.kind == "framed", text
    assert kept in got.point


@pytest.mark.parametrize(("lang", "text"), ONE_PERSON)
def test_one_person_by_pronoun_or_delegate_is_an_attribution(lang: str, text: str) -> None:
    got = classify(text, lang)
    assert got.kind != "descriptive", text
    assert got.attribution, text


@pytest.mark.parametrize(("lang", "text"), MANY)
def test_many_people_are_no_attribution(lang: str, text: str) -> None:
    got = classify(text, lang)
    assert got.kind != "descriptive", text
    assert not got.attribution, text
