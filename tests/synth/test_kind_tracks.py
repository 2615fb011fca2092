"""An intersessional body, its report or its work as the subject, and a body's own voice as a
frame (``kind_cues_tracks``), on sentences of our own beside points of the same words."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify

DESCRIPTIONS = [
    (
        "en",
        "The Policy Network on Public Wi-Fi's 2025 work examined hotspot funding, "
        "municipal tenders and the upkeep of outdoor access points.",
    ),
    (
        "en",
        "Last year the dynamic coalition's report mapped accessibility clauses in "
        "twenty procurement laws.",
    ),
    (
        "en",
        "The Dynamic Coalition on Repairable Devices was founded in 2021 and now counts "
        "repair cafés in nine countries.",
    ),
    ("en", "The parliamentary track brings together legislators from the regional assemblies."),
    (
        "es",
        "En 2025, la Red de Políticas sobre Wi-Fi Público estudió la financiación de los "
        "puntos de acceso y el mantenimiento de las antenas.",
    ),
    (
        "es",
        "La coalición dinámica sobre dispositivos reparables se fundó en 2021 con talleres "
        "de reparación de nueve países.",
    ),
    (
        "fr",
        "Les travaux du groupe de travail sur le wi-fi public ont porté sur le financement "
        "des bornes et leur entretien.",
    ),
    (
        "fr",
        "La coalition dynamique sur les appareils réparables a été fondée en 2021 par des "
        "ateliers de neuf pays.",
    ),
    (
        "ru",
        "В этом году коалиция по ремонтопригодным устройствам изучала гарантийные условия "
        "и доступ к запчастям.",
    ),
    ("ru", "Динамическая коалиция по ремонтопригодным устройствам была основана в 2021 году."),
    ("zh", "可维修设备动态联盟2025年的工作梳理了保修条款和零部件供应问题。"),
    ("zh", "可维修设备动态联盟成立于2021年，成员来自九个国家的维修咖啡馆。"),
    (
        "ar",
        "تناول عمل الائتلاف الدينامي المعني بالأجهزة القابلة للإصلاح شروط الضمان وتوفر قطع الغيار.",
    ),
]

FRAMED = [
    (
        "en",
        "It also found that outdoor access points fail most often in the rainy season.",
        "Outdoor access points fail most often in the rainy season.",
    ),
    (
        "en",
        "The coalition's mapping of twenty laws concluded that few require spare parts.",
        "Few require spare parts.",
    ),
    (
        "en",
        "Principle 5: spare parts should be sold for at least seven years.",
        "Spare parts should be sold for at least seven years.",
    ),
    (
        "en",
        "We, the repair cafés of the region, call on manufacturers to publish manuals.",
        "Manufacturers should publish manuals.",
    ),
    (
        "es",
        "Además, comprobó que los puntos de acceso exteriores fallan sobre todo en la "
        "estación de lluvias.",
        "Los puntos de acceso exteriores fallan sobre todo en la estación de lluvias.",
    ),
    (
        "es",
        "Según las conclusiones de la red, los repuestos cuestan más que el teléfono.",
        "Los repuestos cuestan más que el teléfono.",
    ),
    (
        "es",
        "Principio 5: los repuestos deben venderse durante al menos siete años.",
        "Los repuestos deben venderse durante al menos siete años.",
    ),
    (
        "fr",
        "Elle a aussi constaté que les bornes extérieures tombent surtout en panne à la "
        "saison des pluies.",
        "Les bornes extérieures tombent surtout en panne à la saison des pluies.",
    ),
    (
        "fr",
        "Principe 5 : les pièces détachées doivent être vendues pendant au moins sept ans.",
        "Les pièces détachées doivent être vendues pendant au moins sept ans.",
    ),
    (
        "ru",
        "Коалиция также установила, что запчасти для большинства телефонов не продаются.",
        "Запчасти для большинства телефонов не продаются.",
    ),
    ("zh", "它还发现，室外接入点在雨季最容易出故障。", "室外接入点在雨季最容易出故障。"),
    ("zh", "原则五：零部件应至少供应七年。", "零部件应至少供应七年。"),
]

POINTS = [
    ("en", "Intersessional work only matters if its recommendations reach the bodies that decide."),
    ("en", "A dynamic coalition without a budget cannot keep its members for long."),
    (
        "en",
        "Policy networks should publish their reports in the languages of the countries "
        "they survey.",
    ),
    ("es", "Las redes comunitarias necesitan repuestos baratos y manuales de reparación."),
    ("fr", "Les coalitions dynamiques devraient publier leurs comptes chaque année."),
    ("ru", "Местным сетям нужны дешёвые запчасти и открытые инструкции по ремонту."),
    ("zh", "动态联盟应当公开每年的经费来源。"),
    ("ar", "ينبغي أن تنشر شبكات السياسات تقاريرها بلغات البلدان التي تدرسها."),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_a_body_or_its_work_as_the_subject_is_a_description(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text", "point"), FRAMED)
def test_a_bodys_own_voice_is_a_frame_around_its_point(lang: str, text: str, point: str) -> None:
    kind = classify(text, lang)
    assert (kind.kind, kind.point) == ("framed", point)


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_a_point_about_a_body_stays_a_point(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert (kind.kind, kind.point) == ("point", text)


def test_a_satisfaction_survey_about_the_session_keeps_its_frame() -> None:
    text = "Según la encuesta de satisfacción, ocho de cada diez asistentes volverían al taller."
    assert classify(text, "es").point.startswith("Según la encuesta")


def test_a_body_that_recommends_keeps_its_frame() -> None:
    # the clause is in the subjunctive: stripped, it would not say "should"
    text = "The coalition recommends that manufacturers publish repair manuals."
    assert classify(text, "en").point == text
