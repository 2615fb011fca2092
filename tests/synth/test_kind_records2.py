"""Records of hearings, boards, juries and panels describing themselves, and quoted words with
the one person who said them (``kind_cues_records2``), on sentences of our own beside points in
the same words."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_records2 import QUOTED
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kinds import Kind, classify

DESCRIPTIONS = [
    # a record's title before its meeting, with no date
    ("en", "Summary of the planning hearing, County Hall, on the proposed quarry at Millbeck."),
    (
        "en",
        "Harbour Users' Forum, Port Ellery: notes of the spring meeting, at which the harbour "
        "master showed the new mooring map.",
    ),
    ("es", "Acta de la sesión n.º 3 del consejo vecinal, celebrada en el centro cívico."),
    ("es", "Crónica de la audiencia pública sobre el nuevo trazado del tranvía de Ribera Alta."),
    ("fr", "Procès-verbal de la réunion du comité des fêtes de Saint-Aubin, tenue à la mairie."),
    ("zh", "听证会纪要：关于老城区停车收费调整方案，于周二下午在区政府二楼举行。"),
    # an officer named in apposition who presents a document
    (
        "en",
        "The Treasurer, Mr. Colm Dwyer, presented the draft budget for the new rowing season, "
        "including boat repairs and coaching fees.",
    ),
    (
        "es",
        "La secretaria de la cooperativa, doña Elvira Montaña, presentó el balance de la campaña "
        "de aceite y el calendario de pagos.",
    ),
    (
        "fr",
        "La trésorière de l'association, Mme Odile Lacaze, a présenté le bilan financier de "
        "l'année et le budget prévisionnel.",
    ),
    ("zh", "镇卫生院院长刘德明汇报了今年家庭医生签约服务的进展情况。"),
    # a body that heard parties in turn, or met for its sitting
    (
        "en",
        "The hearing opened at ten; the panel of two commissioners heard counsel for the "
        "operator and for the residents.",
    ),
    (
        "fr",
        "Les douze membres du comité, réunis à la médiathèque, ont entendu successivement "
        "l'architecte, le bailleur et deux locataires.",
    ),
    (
        "ru",
        "Члены комиссии, собравшиеся в библиотеке, заслушали представителей управляющей "
        "компании и жильцов.",
    ),
    ("ar", "استمع أعضاء اللجنة، في قاعة البلدية، إلى مهندس المشروع وإلى ممثلين عن التجار."),
    (
        "fr",
        "Le conseil des sages de Montbrun s'est réuni pour sa deuxième séance, consacrée au plan "
        "de circulation.",
    ),
    ("ru", "Общественный совет района провёл очередное заседание, посвящённое ремонту дворов."),
    # members trying a tool on devices
    (
        "en",
        "Committee members tried the new booking portal on laptops set up in the library.",
    ),
    (
        "es",
        "Los vecinos probaron la nueva aplicación de reciclaje en sus propios móviles durante "
        "veinte minutos.",
    ),
    # judgment reserved, materials sent later, a session organised on a subject
    ("en", "Judgment was reserved until the end of the month."),
    ("fr", "L'affaire a été mise en délibéré au 14 mai."),
    ("fr", "Les diaporamas seront mis en ligne sur le site de la chambre la semaine prochaine."),
    ("en", "The slides will be posted on the association's website by Friday."),
    (
        "fr",
        "La chambre d'agriculture a organisé une matinée sur l'irrigation au goutte-à-goutte, "
        "ouverte à tous les exploitants.",
    ),
]

POINTS = [
    # the same words with a finding, a call or a negation: points
    ("en", "A summary of the hearing would show that residents were never consulted."),
    (
        "en",
        "The Treasurer, Mr. Colm Dwyer, presented the draft budget, but the club cannot afford "
        "new boats.",
    ),
    ("fr", "Le comité ne s'est réuni pour sa première séance qu'après la fermeture de l'école."),
    (
        "en",
        "Committee members tried the new booking portal on laptops but could not find the "
        "cancel button.",
    ),
    ("es", "Los vecinos probaron la nueva aplicación en sus móviles, pero no entendieron nada."),
    (
        "fr",
        "Les membres du comité ont entendu des locataires dire que le chauffage ne marche plus.",
    ),
    ("en", "Slides should be posted before the meeting, not after it."),
    ("ru", "Комиссия так и не провела ни одного заседания, что говорит о её бесполезности."),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_records_describe_the_session(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_near_misses_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


ATTRIBUTIONS = [
    # quoted words, then a verb of saying and one person
    ("en", '"We drove four hours for a five-minute appointment," said our guest, a nurse.'),
    ("es", "«Aquí la cobertura llega solo al campanario», contó el párroco, Anselmo Ruiz."),
    ("zh", "“我们村的网一下雨就断，”在镇上开了十年小卖部的王大姐说。"),
    ("ar", "«لا يصل الإنترنت إلى مزرعتنا إلا ليلاً»، قال المزارع سالم العتيبي."),
    # a point, then a verb of saying and a named person; "according to" a role and a name
    (
        "es",
        "Las farmacias rurales cierran antes que las escuelas, advirtió doña Rosario Quintana, "
        "boticaria del pueblo.",
    ),
    (
        "en",
        "Ferries that skip the island in winter empty it of families, according to harbour "
        "pilot Agnes Moray, who has worked there since 1990.",
    ),
    # a role, a named person in apposition, a verb of saying
    (
        "en",
        "Counsel for the residents, Mr. Farouk Addo, argued that the quarry licence was issued "
        "without any noise survey.",
    ),
    (
        "es",
        "La abogada del sindicato, Sra. Maite Olabarria, sostuvo que el registro horario "
        "digital no puede sustituir al papel.",
    ),
    (
        "fr",
        "L'avocat des riverains, Me Yannick Le Goff, a soutenu que l'enquête publique avait été "
        "bâclée.",
    ),
]

NOT_ONE = [
    # many people after the verb, or no quotation at all
    ("en", '"We drove four hours for a short appointment," said participants from the north.'),
    ("es", "«Aquí la cobertura llega solo al campanario», dijeron los vecinos."),
    ("zh", "“我们村的网一下雨就断，”与会者们说。"),
]


@pytest.mark.parametrize(("lang", "text"), ATTRIBUTIONS)
def test_one_person_after_the_point(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert kind.attribution


@pytest.mark.parametrize(("lang", "text"), NOT_ONE)
def test_many_people_are_no_attribution(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution


def test_quoted_words_are_closed_to_the_model() -> None:
    quoted = '"We had nine seconds for each post," said our guest, who worked in Manila.'
    assert QUOTED.search(quoted)
    assert not DescriptiveModel.open_to_model(quoted, Kind("point", quoted, True))
    plain = "We had nine seconds for each post, and the queue never ended."
    assert not QUOTED.search(plain)
    assert DescriptiveModel.open_to_model(plain, Kind("point", plain, False))
