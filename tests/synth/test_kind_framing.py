"""Reporting frames in French, Spanish, English, Russian and Chinese and a record's housekeeping
(``kind_cues_framing``, ``kind_cues_upkeep``), on sentences of our own."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify

FRAMED = [
    (
        "fr",
        "Il ressort clairement des débats que les petites radios n'ont pas accès aux fréquences.",
        "Les petites radios n'ont pas accès aux fréquences.",
    ),
    (
        "fr",
        "À l'issue de la matinée, il est apparu que les écoles rurales manquent de techniciens.",
        "Les écoles rurales manquent de techniciens.",
    ),
    (
        "fr",
        "Les contributions écrites ont fait apparaître que les tarifs restent opaques.",
        "Les tarifs restent opaques.",
    ),
    (
        "fr",
        "Le groupe de travail sur la santé estime que les dossiers doivent rester chiffrés.",
        "Les dossiers doivent rester chiffrés.",
    ),
    (
        "fr",
        "La principale leçon de ces deux jours est que les données locales valent de l'or.",
        "Les données locales valent de l'or.",
    ),
    (
        "fr",
        "Ce que l'on retiendra de la plénière, c'est que la connectivité ne suffit pas.",
        "La connectivité ne suffit pas.",
    ),
    (
        "fr",
        "Une conviction partagée par tous : le forum national a besoin d'un budget stable.",
        "Le forum national a besoin d'un budget stable.",
    ),
    (
        "fr",
        "De l'avis général, les amendes sont trop faibles pour dissuader les plateformes.",
        "Les amendes sont trop faibles pour dissuader les plateformes.",
    ),
    (
        "es",
        "Del taller se desprende que las cooperativas eléctricas pueden llevar fibra al campo.",
        "Las cooperativas eléctricas pueden llevar fibra al campo.",
    ),
    (
        "es",
        "Quedó de manifiesto que los municipios no tienen personal de ciberseguridad.",
        "Los municipios no tienen personal de ciberseguridad.",
    ),
    (
        "es",
        "Las personas participantes coincidieron en que el acceso a internet es un derecho.",
        "El acceso a internet es un derecho.",
    ),
    (
        "es",
        "El resultado principal del sondeo es que la mitad de los hogares comparte un teléfono.",
        "La mitad de los hogares comparte un teléfono.",
    ),
    (
        "es",
        "Hubo unanimidad en un diagnóstico: sin electricidad no hay conectividad.",
        "Sin electricidad no hay conectividad.",
    ),
    (
        "es",
        "En opinión de la mayoría, los datos públicos deben publicarse en formatos abiertos.",
        "Los datos públicos deben publicarse en formatos abiertos.",
    ),
    (
        "en",
        "It emerged from the debate that rural clinics cannot keep their records online.",
        "Rural clinics cannot keep their records online.",
    ),
    (
        "en",
        "What became clear during the afternoon was that local languages are missing online.",
        "Local languages are missing online.",
    ),
    (
        "en",
        "The main lesson of the pilot was that peer trainers reach older users best.",
        "Peer trainers reach older users best.",
    ),
    (
        "en",
        "The audit found that half of the ministries have no incident plan.",
        "Half of the ministries have no incident plan.",
    ),
    (
        "en",
        "By the end of the day, most participants came round to the view that fees are too high.",
        "Fees are too high.",
    ),
    (
        "en",
        "One conviction was shared by everyone: the national forum needs its own budget.",
        "The national forum needs its own budget.",
    ),
    (
        "ru",
        "По итогам круглого стола эксперты сошлись во мнении, что сельским школам нужны техники.",
        "Сельским школам нужны техники.",
    ),
    (
        "ru",
        "Из обсуждения выяснилось, что половина больниц не делает резервных копий.",
        "Половина больниц не делает резервных копий.",
    ),
    (
        "ru",
        "Опрос показал, что пожилые люди чаще учатся у соседей, чем на курсах.",
        "Пожилые люди чаще учатся у соседей, чем на курсах.",
    ),
    (
        "ru",
        "Главный вывод семинара: без электричества нет и связи.",
        "Без электричества нет и связи.",
    ),
    ("zh", "工作坊形成的共识是，乡村学校需要专职的网络管理员。", "乡村学校需要专职的网络管理员。"),
    ("zh", "访谈结果表明，老年人更愿意向邻居学习使用手机。", "老年人更愿意向邻居学习使用手机。"),
    ("zh", "会上，与会者普遍认为，频谱费用过高。", "频谱费用过高。"),
    ("zh", "几乎每位发言者都提到同一点：没有电就没有网络。", "没有电就没有网络。"),
    # a description of the meeting, then a frame and its point: only the point stays
    (
        "zh",
        "讨论主要围绕基础设施展开，与会者认为，农村光纤的维护费用被严重低估。",
        "农村光纤的维护费用被严重低估。",
    ),
]

#: frames whose clause is in the subjunctive, a body that "presents": the sentence stays as
#: it is
KEPT = [
    ("fr", "Le forum recommande que la politique du numérique soit révisée avec les régions."),
    ("es", "Los participantes pidieron que los trámites en línea no dejen atrás a nadie."),
    (
        "es",
        "El taller presentó encuestas que mostraron que la mitad de las escuelas no tiene red.",
    ),
    ("es", "Numerosas delegaciones insistieron en que el texto mencione a los pueblos indígenas."),
    ("en", "The main recommendation was that every school be connected by 2030."),
    ("en", "The recommendations fall into three groups: funding, skills and rules."),
    (
        "fr",
        "Les recommandations se répartissent en trois groupes : financement, compétences, règles.",
    ),
]

DESCRIPTIVE = [
    ("fr", "Pour vous désinscrire de cette lettre, cliquez sur le lien en bas du message."),
    ("fr", "Merci de remplir le formulaire d'évaluation avant vendredi."),
    ("fr", "Note de la rédaction : les chiffres cités sont ceux de l'année précédente."),
    ("fr", "Les réponses reçues ont été anonymisées avant leur publication."),
    ("fr", "L'association remercie la mairie pour le prêt de la salle."),
    ("fr", "Ont pris la parole une juriste, un ingénieur et deux étudiantes."),
    ("fr", "Après la pause, les participants se sont répartis en trois groupes."),
    ("fr", "Chaque délégation a présenté en cinq minutes sa feuille de route."),
    ("es", "Para dejar de recibir este boletín, responda con la palabra BAJA."),
    ("es", "Nota de la relatora: se omiten los nombres de los participantes."),
    ("es", "Las acreditaciones estarán disponibles en el vestíbulo desde las ocho."),
    ("es", "La sede es totalmente accesible para personas con movilidad reducida."),
    ("es", "La red agradece a las bibliotecas que prestaron sus salas."),
    ("es", "Tomaron la palabra una diputada, un empresario y una estudiante."),
    ("es", "Cada panelista expuso durante diez minutos la experiencia de su país."),
    ("es", "El programa completo se publicará en la web del foro la próxima semana."),
    (
        "fr",
        "Le débat a porté sur les réseaux communautaires et sur la place qu'ils devraient occuper.",
    ),
    ("es", "La sesión se centró en las radios locales y en el papel que deberían tener."),
    ("fr", "Les trois ateliers ont réuni 450 participants venus de douze pays."),
    ("es", "Las jornadas sumaron 1 300 asistentes, la mitad de ellos en línea."),
    ("fr", "2019 : premier forum ; 2021 : charte adoptée ; 2024 : forum des jeunes."),
    ("es", "Re: acta de la reunión — Pedro pide corregir la lista de asistentes."),
    ("fr", "La motion débattue portait sur l'interdiction des téléphones à l'école."),
    ("es", "Luego, el Dr. Tomás Rivas presentó el mapa de cobertura de su provincia."),
]

POINTS = [
    ("fr", "Les lieux de réunion doivent être accessibles aux personnes en fauteuil roulant."),
    ("fr", "Les programmes de formation restent concentrés dans les grandes villes."),
    ("es", "Los gobiernos deben agradecer y apoyar el trabajo voluntario de las bibliotecas."),
    ("es", "Las credenciales digitales deben ser gratuitas para la ciudadanía."),
    ("fr", "Les programmes de formation ont touché des milliers de jeunes sans diplôme."),
    ("es", "El 40 % de los hogares rurales no tiene conexión fija."),
]


@pytest.mark.parametrize(("lang", "text", "point"), FRAMED)
def test_frames_are_removed_and_the_point_kept(lang: str, text: str, point: str) -> None:
    kind = classify(text, lang)
    assert (kind.kind, kind.point) == ("framed", point)


@pytest.mark.parametrize(("lang", "text"), KEPT)
def test_these_frames_are_kept(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind == "point"
    assert kind.point == text


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIVE)
def test_a_records_housekeeping_is_descriptive(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_about_venues_and_thanks_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "point"
