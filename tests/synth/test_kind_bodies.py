"""A track's, a consultation's or a meeting's own account of itself (``kind_cues_bodies``), on
sentences of our own beside points and attributions of the same words."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_bodies import ANECDOTES
from forum_messages.synth.kind_model import DescriptiveModel
from forum_messages.synth.kinds import classify

DESCRIPTIONS = [
    # a body, a consultation or a webinar presenting or discussing
    (
        "en",
        "The Dynamic Coalition on Flood Warnings presented its first report on sirens, "
        "SMS alerts and community radio.",
    ),
    ("en", "The regional consultation for the Sahel discussed cross-border roaming charges."),
    (
        "es",
        "La consulta nacional sobre archivos digitales abordó la conservación de los "
        "expedientes judiciales y el acceso de los investigadores.",
    ),
    (
        "fr",
        "Le groupe de travail sur les cartes ouvertes a présenté son inventaire des données "
        "cadastrales publiées par les communes.",
    ),
    (
        "ru",
        "Коалиция по открытым картам представила обзор кадастровых данных, которые публикуют "
        "муниципалитеты.",
    ),
    ("zh", "开放地图动态联盟发布了其关于市政地籍数据的盘点报告。"),
    ("zh", "本次网络研讨会讨论了跨境漫游资费问题。"),
    (
        "ar",
        "ناقش التحالف الدينامي المعني بالخرائط المفتوحة بيانات السجل العقاري التي تنشرها البلديات.",
    ),
    ("ar", "عرضت الشبكة خطتها لجمع بيانات الإنذار المبكر من الفيضانات."),
    # head counts
    (
        "en",
        "The Open Maps Summit, hosted over three days in Accra, brought together some 200 "
        "mappers, surveyors and city officials.",
    ),
    (
        "es",
        "La jornada del Día 0 reunió a más de 150 archivistas, juezas y programadores "
        "de la región.",
    ),
    (
        "fr",
        "La rencontre des cartographes a rassemblé près de 200 bénévoles venus de douze villes.",
    ),
    ("ru", "Форум картографов собрал более 200 волонтёров из двенадцати городов."),
    ("zh", "开放地图峰会为期三天，汇聚了来自十二个城市的约200名志愿者。"),
    ("ar", "جمعت قمة الخرائط المفتوحة على مدى ثلاثة أيام أكثر من 200 متطوع من اثنتي عشرة مدينة."),
    # a declaration read out, bills shared, a closing thanks
    ("en", "The mappers' charter was read out by three volunteers from Accra, Lomé and Cotonou."),
    ("es", "El manifiesto de las archivistas fue leído por dos estudiantes de Cusco."),
    ("fr", "La charte des cartographes a été lue par trois bénévoles d'Abidjan."),
    ("ru", "Хартию картографов зачитали три волонтёра из Алматы."),
    ("zh", "制图者宪章由来自阿克拉的三名志愿者宣读。"),
    ("ar", "تلت ميثاق رسامي الخرائط ثلاث متطوعات من صفاقس."),
    (
        "en",
        "Legislators from Peru and Kenya shared the draft laws on flood insurance they have "
        "tabled this year.",
    ),
    (
        "es",
        "Diputadas de Perú y Ecuador presentaron las iniciativas sobre seguros contra "
        "inundaciones que han registrado este año.",
    ),
    ("zh", "来自秘鲁和肯尼亚的议员介绍了他们今年提交的洪水保险法案。"),
    ("ar", "تبادل برلمانيون من الأردن ولبنان مشاريع القوانين المتعلقة بالتأمين ضد الفيضانات."),
    ("en", "The chair closed the meeting by thanking the volunteers and the city of Accra."),
    ("es", "Para cerrar, el moderador agradeció a las voluntarias y a la alcaldía de Cusco."),
    ("ar", "وشكرت المنسقة في الختام المتطوعين وبلدية صفاقس."),
    # verbless descriptions
    ("en", "A lightning talk by a women-led mapping group on tracing footpaths from drone images."),
    (
        "en",
        "A conversation between archivists and judges, moderated by a law student, about "
        "which court records should go online.",
    ),
    (
        "es",
        "Una charla relámpago de un colectivo de cartógrafas sobre el trazado de senderos con "
        "imágenes de drones.",
    ),
    (
        "fr",
        "Une présentation éclair d'un collectif de cartographes sur le relevé des sentiers "
        "par drone.",
    ),
    ("ru", "Блиц-доклад группы картографов о съёмке троп с помощью дронов."),
    ("zh", "一个女性制图团体所作的闪电演讲，介绍如何利用无人机影像绘制步道。"),
    ("ar", "عرض خاطف لمجموعة رسامات خرائط حول رسم الممرات بصور الطائرات المسيرة."),
]

POINTS = [
    # a body's report that shows a figure: a framed point
    ("en", "The coalition's report shows that only one district in five has a working siren."),
    # calls and claims in the words of the descriptions
    ("en", "Legislators should share their draft laws on flood insurance with insurers early."),
    ("en", "A conversation between archivists and judges is overdue in most countries."),
    ("en", "The coalition should also look at warnings in sign language."),
    (
        "es",
        "Las consultas nacionales deberían abordar también los archivos de los pueblos indígenas.",
    ),
    ("fr", "Un échange entre archivistes et juges est indispensable avant toute numérisation."),
    ("ru", "Диалог архивистов и судей нужен до начала оцифровки."),
    ("zh", "议员应当尽早与保险公司分享洪水保险法案草案。"),
    ("ar", "ينبغي أن تناقش المشاورات الإقليمية أيضا أرشيفات الشعوب الأصلية."),
    # a presenter's results told with their finding (attributions that carry a point)
    (
        "en",
        "Ms Efua Mensah presented a survey of 400 flood-prone households, fewer than half of "
        "which had ever received an alert.",
    ),
    (
        "ru",
        "Доктор Олег Панов представил результаты опроса 400 семей: лишь треть когда-либо "
        "получала предупреждение.",
    ),
    (
        "ar",
        "قدمت الدكتورة نوال القاسم نتائج مسح شمل 400 أسرة، لم يتلق سوى ثلثها أي إنذار.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_a_body_or_meeting_accounting_for_itself_is_a_description(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_in_the_same_words_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


def test_a_presenter_without_a_finding_is_still_a_description() -> None:
    # the finding, not the presenter, makes it a point
    assert classify("Ms Efua Mensah presented a survey of flood-prone households.", "en").kind == (
        "descriptive"
    )
    assert classify("قدمت الدكتورة نوال القاسم نتائج مسح الأسر.", "ar").kind == "descriptive"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A farmer from Tamale spoke of a neighbour who lost his whole harvest to a flood."),
        ("es", "Una maestra de Piura habló de una alumna que perdió su casa en la crecida."),
        ("fr", "Un pêcheur de Mopti a parlé d'un voisin qui a tout perdu dans la crue."),
        ("ru", "Учительница из Читы рассказала о соседке, которая потеряла дом при паводке."),
        ("zh", "一位来自南宁的教师讲述了同事在洪水中失去房屋的经历。"),
        ("ar", "تحدث مزارع من دير الزور عن جار له فقد محصوله كله في الفيضان."),
        (
            "fr",
            "La chercheuse a présenté une enquête auprès de 300 ménages dont seul un sur quatre "
            "avait reçu une alerte.",
        ),
        ("ar", "قدّم المهندس نتائج اختبار 50 صفارة، لا يعمل منها سوى عشر."),
    ],
)
def test_anecdotes_and_findings_are_closed_to_the_model(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind == "point"
    assert not DescriptiveModel.open_to_model(text, kind)


def test_the_model_still_reads_other_points() -> None:
    for text in (
        "The session presented the toolkit, followed by questions from the floor.",
        "A farmer from Tamale spoke about the harvest and the rains.",
    ):
        assert not ANECDOTES.search(text)
