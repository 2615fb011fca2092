"""A body's own voice taken off a message text (``kind_cues_voice2``, ``kinds.voiced``):
sentences of our own, and sentences that must stay as they are."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_voice2 import ES_SUBJUNCTIVE, FR_SUBJUNCTIVE, ar_point
from forum_messages.synth.kinds import classify, sentence_kind, voiced, voiced_text
from forum_messages.synth.text import clean_sentence

REWRITTEN = [
    # English: "recommends that X <base verb>", "invites X to", "we ask X to"
    (
        "en",
        "The working group recommends that port authorities share tide data with fishing "
        "cooperatives.",
        "Port authorities should share tide data with fishing cooperatives.",
    ),
    (
        "en",
        "It recommended that the archive be opened to researchers from the region.",
        "The archive should be opened to researchers from the region.",
    ),
    (
        "en",
        "The alliance further recommends that ministries not renew contracts without an audit.",
        "Ministries should not renew contracts without an audit.",
    ),
    (
        "en",
        "It invites municipalities to publish bus timetables as open data.",
        "Municipalities should publish bus timetables as open data.",
    ),
    (
        "en",
        "We ask telecom regulators to cap the price of text messages sent to emergency lines.",
        "Telecom regulators should cap the price of text messages sent to emergency lines.",
    ),
    # a frame in the middle, a view on a subject, a hedged finding
    (
        "en",
        "Solar kiosks, the task force observed, break down within two years without a "
        "repair budget.",
        "Solar kiosks break down within two years without a repair budget.",
    ),
    (
        "en",
        "On rural post offices, the panel's view, given with some hesitation, is that they "
        "make good places for public terminals.",
        "Rural post offices make good places for public terminals.",
    ),
    (
        "en",
        "It also found, though only in two provinces, that paper forms cost more to process.",
        "Paper forms cost more to process.",
    ),
    # Spanish and French: a subjunctive of the lists, a party and an infinitive
    (
        "es",
        "La alianza recomienda que los municipios publiquen los horarios de autobús como "
        "datos abiertos.",
        "Los municipios deberían publicar los horarios de autobús como datos abiertos.",
    ),
    (
        "es",
        "Pedimos a las autoridades portuarias que compartan los datos de mareas.",
        "Las autoridades portuarias deberían compartir los datos de mareas.",
    ),
    (
        "es",
        "Instamos al gobierno a reducir el precio de los mensajes a líneas de emergencia.",
        "El gobierno debería reducir el precio de los mensajes a líneas de emergencia.",
    ),
    (
        "fr",
        "Le groupe de travail recommande que les communes publient les horaires de bus.",
        "Les communes devraient publier les horaires de bus.",
    ),
    (
        "fr",
        "Nous demandons au ministère de réduire le prix des SMS vers les numéros d'urgence.",
        "Le ministère devrait réduire le prix des SMS vers les numéros d'urgence.",
    ),
    (
        "fr",
        "Nous invitons les mairies à ouvrir leurs archives et à publier leurs budgets.",
        "Les mairies devraient ouvrir leurs archives et publier leurs budgets.",
    ),
    # Russian, Chinese, Arabic
    (
        "ru",
        "Рабочая группа рекомендует портовым властям делиться данными о приливах.",
        "Портовым властям следует делиться данными о приливах.",
    ),
    (
        "ru",
        "Мы призываем муниципалитеты публиковать расписания автобусов.",
        "Муниципалитеты должны публиковать расписания автобусов.",
    ),
    ("zh", "我们呼吁地方政府每年公布公交时刻表。", "地方政府应每年公布公交时刻表。"),
    ("zh", "该工作组建议运营商降低紧急短信的价格。", "运营商应降低紧急短信的价格。"),
    (
        "ar",
        "ندعو البلديات إلى نشر جداول الحافلات بوصفها بيانات مفتوحة.",
        "يجب على البلديات نشر جداول الحافلات بوصفها بيانات مفتوحة.",
    ),
    (
        "ar",
        "أوصى الفريق بأن تنشر البلديات جداول الحافلات كل عام.",
        "ينبغي أن تنشر البلديات جداول الحافلات كل عام.",
    ),
    (
        "ar",
        "خلص المشاركون إلى أن الأكشاك الشمسية تتعطل خلال عامين.",
        "الأكشاك الشمسية تتعطل خلال عامين.",
    ),
    # "between" after the first noun is no accusative ending
    (
        "ar",
        "أكد المشاركون أن التنسيق بين البلديات والمشغلين ما زال ضعيفا.",
        "التنسيق بين البلديات والمشغلين ما زال ضعيفا.",
    ),
    # an impersonal recommendation ("se recomienda que")
    (
        "es",
        "Se recomienda que la red de bibliotecas cuente con un presupuesto propio para la "
        "conectividad.",
        "La red de bibliotecas debería contar con un presupuesto propio para la conectividad.",
    ),
    (
        "es",
        "Se propuso que los municipios publiquen el mapa de puntos de acceso cada semestre.",
        "Los municipios deberían publicar el mapa de puntos de acceso cada semestre.",
    ),
]

KEPT = [
    # no party, or a verb not in the lists: the frame stays rather than a wrong rewrite
    ("en", "The working group recommends that the review process include farmers."),
    ("en", "The alliance recommends that ministries, and in particular finance, fund repairs."),
    ("en", "The network recommends that regulators publish maps and that operators share them."),
    ("es", "La alianza recomienda que los municipios se abstengan de vender los datos."),
    ("fr", "Le groupe recommande que la forme du rapport change."),
    # impersonal, a verb outside the lists or a reflexive one; "se sabe que" is no request
    ("es", "Se recomienda que el informe se traduzca al aimara."),
    ("es", "Se sabe que los municipios publican poco."),
    # the audience invited, a session's conduct: not a party to a recommendation
    ("en", "The workshop invited participants to share their own experiences of repair."),
    ("en", "It invited the audience to vote on three scenarios."),
    # first person plural that calls on no one, a recommendation as a noun
    ("en", "We still have no figures on how many kiosks work."),
    ("es", "Necesitamos más datos sobre los quioscos solares."),
    ("fr", "Nous ne savons pas combien de kiosques fonctionnent."),
    ("ru", "Мы не знаем, сколько киосков работает."),
    ("zh", "我们需要更多关于太阳能亭的数据。"),
    ("zh", "监管机构应要求运营商公布价格。"),
    ("en", "Recommendations without a budget are rarely followed."),
    # Arabic: the subject after أنّ in a sound plural or an indefinite accusative would have
    # to change case; a verbal noun after بأن is no verb
    ("ar", "خلص المشاركون إلى أن المزارعين يحتاجون إلى بيانات الطقس."),
    ("ar", "لاحظ المشاركون أن عددا كبيرا من الأكشاك متعطل."),
    ("ar", "أوصى الفريق بأن تمويل الأكشاك مسؤولية البلديات."),
]


@pytest.mark.parametrize(("lang", "said", "point"), REWRITTEN)
def test_a_bodys_voice_is_taken_off_the_text(lang: str, said: str, point: str) -> None:
    kind = classify(said, lang)
    assert voiced_text(kind.point, lang, kind.cuts) == point


@pytest.mark.parametrize(("lang", "said"), KEPT)
def test_sentences_that_stay_as_they_are(lang: str, said: str) -> None:
    _kind, point, _ = sentence_kind(said, lang)
    assert voiced(point, lang) == point


def test_only_the_text_changes_not_the_kind() -> None:
    said = "We ask telecom regulators to cap the price of text messages sent to emergency lines."
    kind = classify(said, "en")
    assert (kind.kind, kind.point) == ("point", said)  # read and grouped as before
    assert clean_sentence(said, "en") == (
        "Telecom regulators should cap the price of text messages sent to emergency lines."
    )


def test_subjunctive_forms() -> None:
    assert ES_SUBJUNCTIVE["publiquen"] == "publicar" and ES_SUBJUNCTIVE["garantice"] == "garantizar"
    assert ES_SUBJUNCTIVE["incluyan"] == "incluir" and ES_SUBJUNCTIVE["ofrezca"] == "ofrecer"
    assert ES_SUBJUNCTIVE["den"] == "dar" and ES_SUBJUNCTIVE["protejan"] == "proteger"
    assert FR_SUBJUNCTIVE["protègent"] == "protéger" and FR_SUBJUNCTIVE["fassent"] == "faire"
    assert FR_SUBJUNCTIVE["garantisse"] == "garantir" and FR_SUBJUNCTIVE["publient"] == "publier"


def test_arabic_point_after_a_frame() -> None:
    # a label of a principle; not any colon
    assert ar_point("المبدأ الثاني: ", "ينبغي نشر البيانات.") == "ينبغي نشر البيانات."
    assert ar_point("حدد الفريق أولوية واحدة: ", "التشغيل البيني.") is None
    # a second clause of the frame's whose subject would change case stays framed (one that
    # stands without "أنّ" is made part of the point: ``test_kind_voice3``)
    assert ar_point("لاحظ المشاركون أن ", "الأكشاك متعطلة وأن المزارعين لا يصلحونها.") is None
    assert ar_point("لاحظ المشاركون أن ", "معظم الأكشاك متعطلة.") == "معظم الأكشاك متعطلة."
