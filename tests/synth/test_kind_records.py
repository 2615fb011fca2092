"""How a meeting was recorded and attended (``synth.kind_cues_records``), one person or one
body by its article or classifier, and frames after a phrase of time: real behaviour of
``classify`` in each language, and the points that look like them."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # breakdowns under a heading that splits
        (
            "en",
            "Participants by region: 41% Africa, 27% Asia-Pacific, 19% Europe and 13% Americas.",
        ),
        ("fr", "Répartition des répondants : 45 % société civile, 30 % secteur privé, 25 % État."),
        (
            "es",
            "Asistentes por sector: academia 35%, gobierno 25%, empresas 22% y sociedad civil 18%.",
        ),
        ("ru", "Участники по регионам: Сибирь — 40%, Урал — 35%, Поволжье — 25%."),
        ("zh", "按地区划分的参会者：华东45%，西南30%，东北25%。"),
        ("ar", "توزيع المشاركين حسب الفئة: الشباب 50%، الحكومة 30%، القطاع الخاص 20%."),
        # registration
        ("en", "Registration closed two weeks early because the room held only sixty people."),
        ("es", "Las inscripciones se cerraron en apenas cuatro días."),
        ("ru", "Регистрация закрылась за неделю до начала форума."),
        ("ar", "أغلق باب التسجيل قبل الموعد بأسبوع لامتلاء القاعة."),
        # the record on itself
        ("en", "Our notes from the second breakout are partial, as the note-taker left early."),
        ("fr", "Les notes de la deuxième table sont incomplètes, faute de rapporteur."),
        ("es", "La relatoría de la tarde quedó incompleta por un corte de luz."),
        ("ru", "Протокол второго дня неполный: часть записей утеряна."),
        ("zh", "下午分组讨论的记录并不完整，部分发言没有记下。"),
        ("ar", "تلخص هذه الوثيقة النقاشات التي دارت في الورشة الثانية."),
        # what the record recaps, and that it is not exhaustive
        ("en", "In this note we go over the highlights of the two days in Kigali."),
        ("en", "What follows does not claim to be exhaustive."),
        ("fr", "La synthèse suivante retrace les grandes lignes du débat de l'après-midi."),
        ("es", "En esta crónica recogemos lo más destacado del foro de Cochabamba."),
        ("ru", "Данный обзор передаёт основные тезисы выступлений, но не претендует на полноту."),
        ("zh", "本文简要梳理了青年论坛两天的主要内容。"),
        ("ar", "هذا الملخص لا يدعي الإحاطة بكل ما قيل في الجلسة."),
        # working methods named at the start
        ("en", "A quick poll at the start asked the room which harms worried them most."),
        ("fr", "Un sondage en direct a ouvert la séance sur les priorités du public."),
        ("es", "Un breve juego de roles puso a los asistentes en el lugar de una fiscal."),
        ("ru", "Блиц-опрос в начале показал, какие темы волнуют зал."),
        ("zh", "现场投票环节中，大家选出了最关心的三个问题。"),
        # introductions
        ("en", "The morning began with a round of introductions by all twenty participants."),
        ("zh", "会议开始时，与会者依次作了自我介绍。"),
        # a named forum held, or gathering people; who attended
        ("en", "The Malawi Youth IGF was held in Lilongwe with about 200 students."),
        ("es", "El IGF Paraguay 2025 se celebró en Asunción con modalidad híbrida."),
        ("es", "La mesa reunió a cooperativas, municipios y proveedores de la región andina."),
        ("es", "A la jornada asistieron docentes, estudiantes y funcionarios municipales."),
        (
            "es",
            "En el conversatorio se identificaron diversos retos y oportunidades para la región.",
        ),
        # topics named, not discussed
        ("zh", "本次会议涉及的议题包括数据跨境、平台治理和数字税。"),
        (
            "en",
            "Panelists from Peru, Kenya and Viet Nam compared how their regulators license radio.",
        ),
    ],
)
def test_records_of_the_meeting_describe_it(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # figures without a heading that splits, or a share that makes a point
        ("en", "Key finding: 41% of rural women, 27% of men and 19% of youth lack a bank account."),
        ("zh", "调查显示：45%的农村学校、30%的县城学校和25%的城市学校缺少网络安全课程。"),
        # a report's subject is not the record's own making
        ("en", "National reports are incomplete without the voices of rural users."),
        ("es", "Las relatorías nacionales deberían publicarse en lenguas originarias."),
        # a forum that should do something
        ("en", "The Malawi IGF should meet twice a year to keep momentum."),
        ("es", "La mesa de diálogo nacional debe incluir a las comunidades indígenas."),
        # a method or a report that should be used
        ("en", "Role-play exercises should be part of every regulator's training."),
        ("fr", "Un sondage en ligne devrait précéder chaque consultation publique."),
        # topics with their point
        ("es", "Se identificaron varios retos que exigen una respuesta regional coordinada."),
    ],
)
def test_points_about_reports_and_forums_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "一位县城的药剂师告诉我们，处方系统一断网就无法开药。"),
        ("zh", "边远地区的网络覆盖仍然不足，一家做物流的企业说，每月因此损失上万元。"),
        ("zh", "演讲者以一所乡村小学为例，讲述了网课设备如何被反复借用。"),
        (
            "es",
            "Según un responsable de una cooperativa, la mitad de los cortes son por robo.",
        ),
        (
            "es",
            "En nombre de las radios comunitarias, la señora Rosa Quispe pidió frecuencias.",
        ),
        (
            "es",
            "Una docente rural, que viajó desde Potosí, contó que sus alumnos comparten un móvil.",
        ),
        (
            "en",
            "One of the volunteers, Ms Alma Reyes, recalled that the shelter had no signal at all.",
        ),
    ],
)
def test_one_person_or_one_body_is_an_attribution(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert kind.attribution


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a thing by its classifier, not a body that speaks
        ("zh", "一个拿不出任何建议的论坛，会失去与会者的信任。"),
        ("zh", "数据本地化的成本很高，一个好的办法是区域共建数据中心。"),
        # a study, not a person
        (
            "es",
            "Un estudio de la universidad, publicado este año, mostró que el acceso se estancó.",
        ),
    ],
)
def test_things_by_their_classifier_or_article_are_no_attribution(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution


@pytest.mark.parametrize(
    ("lang", "text", "point"),
    [
        (
            "es",
            "Al cierre del taller se recordó que las bibliotecas necesitan conectividad estable.",
            "Las bibliotecas necesitan conectividad estable.",
        ),
        (
            "zh",
            "主席在总结讨论时指出，农村学校需要稳定的网络连接。",
            None,
        ),
    ],
)
def test_a_frame_after_a_phrase_of_time_keeps_its_point(
    lang: str, text: str, point: str | None
) -> None:
    kind = classify(text, lang)
    assert kind.kind == "framed"
    if point is not None:
        assert kind.point == point
