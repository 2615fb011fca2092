"""Descriptions told by their form: headings of the meeting's frame, aims, thanks, open
questions (``synth.kind_cues_labels``), and the points that look like them."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "• Facilitator: Tomás Rivera (Digital Rights Hub)"),
        ("en", "- Languages: English, Portuguese; Interpretation: provided"),
        ("fr", "Modératrice : Mme Awa Ndiaye, Université Gaston-Berger"),
        ("es", "• Duración: 60 minutos • Formato: mesa redonda"),
        ("ru", "- Модератор: Айгерим Садыкова (Ассоциация интернет-пользователей)"),
        ("zh", "主持人：陈思远（亚太青年网络）"),
        ("ar", "• المدة: 75 دقيقة • الصيغة: حلقة نقاش"),
        ("en", "The purpose of the workshop was to compare national approaches to spam."),
        ("fr", "L'atelier visait à comparer les approches nationales du spam."),
        ("es", "El objetivo del taller era comparar los enfoques nacionales sobre el spam."),
        ("ru", "Цель семинара состояла в сравнении национальных подходов к спаму."),
        ("zh", "本次研讨会的目的是比较各国应对垃圾邮件的做法。"),
        ("ar", "كان الهدف من الورشة مقارنة المقاربات الوطنية لمكافحة الرسائل المزعجة."),
        ("en", "Many thanks to the hosts for the venue and the coffee."),
        ("es", "Un agradecimiento especial al equipo técnico de la sede."),
        ("ru", "Отдельная благодарность техническим службам площадки."),
        ("zh", "特别感谢会场的技术团队。"),
        ("en", "Questions that were left open: who audits the auditors, and at what cost."),
        ("ru", "Открытыми остались вопросы финансирования и подотчётности."),
    ],
)
def test_headings_aims_thanks_and_open_questions_describe_the_meeting(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a heading followed by a call is a point
        ("en", "Facilitator: platforms should fund independent moderators' training."),
        (
            "fr",
            "Langues : les services publics en ligne doivent exister dans les langues nationales.",
        ),
        # "thanks to" is a cause
        ("en", "Thanks to community networks, three villages now have a clinic online."),
        # an aim that is not the meeting's
        ("en", "The aim of data protection law is to give people control over their data."),
        ("zh", "数据保护法的目的是让人们掌控自己的数据。"),
        ("ru", "Цель регулирования — защитить пользователей, а не платформы."),
    ],
)
def test_calls_causes_and_aims_of_other_things_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "This panel will bring together mayors and operators to compare tariffs."),
        ("fr", "Il s'agira de comparer les tarifs pratiqués dans la sous-région."),
        ("es", "Se buscará comparar las tarifas de la subregión."),
        ("ru", "Предполагается обсудить тарифы в субрегионе."),
        ("en", "Coffee will be served on the terrace after the second panel."),
        ("ru", "Фоторепортаж с форума молодых разработчиков."),
        ("fr", "Retour en images sur la journée des jeunes développeurs."),
        ("en", "Attendance was higher than expected despite the rain."),
        ("en", "The two-hour discussion explored how cities buy software."),
        ("ru", "В течение часа речь шла о закупках программного обеспечения."),
        ("zh", "讨论主要集中在城市如何采购软件。"),
        ("zh", "本届区域论坛于5月3日在昆明举行。"),
    ],
)
def test_the_programme_around_a_session_is_described(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Cities will need open procurement rules to buy software fairly."),
        ("fr", "Les tarifs de la sous-région restent deux fois plus élevés qu'ailleurs."),
        ("zh", "选举期间断网会让数百万人无法获得信息。"),
        ("en", "Attendance at school drops when families cannot pay for data."),
    ],
)
def test_points_near_the_programme_forms_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"
