"""Attributions in a rapporteur's grammar (``synth.kind_cues_reportgrammar``): whose words or
view a phrase names before one person, a verb of saying before its subject, the speaker between
dashes after the point, one person judging plainly before a colon or giving an example, a first
name alone going on from words given before, a chamber of commerce as the speaker; and the
look-alike points that name no speaker."""

from __future__ import annotations

from forum_messages.synth import kind_cues_reportgrammar as reportgrammar

from .helpers import attribution_switch_tests, dev_set_found

ONE_SPEAKER = [
    (
        "es",
        "Tal como lo planteó la coordinadora del censo agrario, las parcelas sin título quedan "
        "fuera de los créditos.",
    ),
    ("es", "Como bien señaló el economista Julián Prado, el seguro de cosecha llega tarde."),
    ("es", "En opinión del vicegobernador, los mapas de riesgo deben ser públicos."),
    (
        "es",
        "Subrayó el gobernador de Tierra Alta que los caminos rurales siguen sin mantenimiento.",
    ),
    (
        "es",
        "Los puertos pequeños no tienen báscula electrónica —precisó el representante de la "
        "cofradía de pescadores—.",
    ),
    ("es", "La alcaldesa fue tajante: no habrá recortes en las bibliotecas de barrio."),
    ("es", "La directora del hospital puso como ejemplo la consulta por vídeo en las islas."),
    ("es", "Beatriz agregó que los pescadores jóvenes ya venden por mensajería."),
    ("en", "In the ombudsman's view, the appeals process is too slow for farmers."),
    ("en", "Dr Ruth Mensah's point was that rainfall data must be shared across borders."),
    ("en", "The regional governor was frank: the ferry timetable is not enforced."),
    (
        "en",
        "The port director gave the example of a boat that lost its licence over a broken scale.",
    ),
    ("en", "In the port director's words, the scales break every winter."),
    ("en", "Ingrid added that fishers lose a day's catch each time the scale breaks."),
    ("fr", "Tel que l'a résumé la directrice du port, les balances tombent en panne chaque hiver."),
    ("fr", "De l'avis de l'urbaniste, les cartes de crue doivent être publiques."),
    (
        "fr",
        "Les petits ports n'ont pas de balance électronique — a précisé le représentant des "
        "pêcheurs —.",
    ),
    ("ru", "Малые порты до сих пор без электронных весов — пояснила начальница порта."),
    ("ar", "وبحسب تعبير رئيس نقابة الصيادين، فإن الموازين تتعطل كل شتاء."),
    ("zh", "在城市规划师周敏看来，电子秤每年冬天都会出故障。"),
    ("zh", "南湾商会提醒说，渔民每次称重都要排很久的队。"),
]

LOOK_ALIKES = [
    ("es", "La Ley Montalvo de pesca artesanal obliga a pesar cada captura."),
    ("es", "Según el censo agrario, la mitad de las parcelas no tiene título."),
    ("es", "De acuerdo con el reglamento, las básculas se revisan cada año."),
    ("es", "En palabras sencillas, el seguro debe pagar en un mes."),
    ("es", "Tal como está escrito, el reglamento excluye a los pescadores a pie."),
    ("es", "Para las pescadoras jóvenes, hace falta crédito sin aval."),
    ("es", "Los alcaldes deben publicar los mapas de riesgo de cada municipio."),
    ("en", "In the view of many fishers, the scales are rigged."),
    ("en", 'The slogan "Every catch counted" should open the campaign.'),
    ("en", "Participants added that the ferry timetable is not enforced."),
    ("en", "Put simply, the insurance must pay within a month."),
    ("fr", "La loi Morel sur la pêche impose de peser chaque prise."),
    ("ru", "Закон Орлова о рыболовстве требует взвешивать каждый улов."),
    ("ar", "يجب توفير موازين إلكترونية في الموانئ الصغيرة."),
    ("zh", "根据渔业法，每次捕捞都必须称重。"),
]


(
    switch,
    _turn,
    test_shipped_on,
    test_one_speaker_in_report_grammar,
    test_no_speaker_is_no_attribution,
) = attribution_switch_tests(reportgrammar, ONE_SPEAKER, LOOK_ALIKES)


def test_the_development_set_look_alikes_stay_unmarked(switch: None) -> None:
    """On kinds/dev38-attr.yaml the patterns mark none of the statements labelled no
    attribution, and read more of the attributions than the cues without them."""
    found = dev_set_found("dev38-attr.yaml", _turn)
    assert found[True] > found[False]
