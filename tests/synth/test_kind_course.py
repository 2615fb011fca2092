"""How the talk went without what it concluded (``synth.kind_cues_course``), frames that name
a priority before a colon, and one person introduced by a participle clause: real behaviour of
``classify`` in each language, and the points that look like them."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # subjects named, no outcome
        (
            "en",
            "The panel moved from data localisation to cloud contracts and then to export "
            "controls without reaching a shared position.",
        ),
        ("en", "The speakers could not agree on a common line."),
        (
            "fr",
            "Les intervenants ont évoqué la fiscalité, les câbles et les satellites sans "
            "parvenir à une position commune.",
        ),
        (
            "es",
            "Se habló de tarifas, de espectro y de torres sin llegar a un consenso.",
        ),
        (
            "ru",
            "Эксперты говорили о тарифах, спектре и спутниках, так и не выработав единой позиции.",
        ),
        ("ru", "Общей позиции по налогу на цифровые услуги выработать так и не удалось."),
        ("zh", "与会者围绕数字税、频谱拍卖和卫星准入各抒己见，最终未能达成共识。"),
        (
            "ar",
            "تحدث المشاركون عن الضرائب والطيف الترددي والأقمار الصناعية دون التوصل إلى موقف موحد.",
        ),
        # how the time was used
        ("en", "Most of the afternoon was spent on definitions before any case was discussed."),
        ("en", "Each panellist had four minutes for an opening statement."),
        ("fr", "La majeure partie de la séance a été consacrée aux questions de la salle."),
        ("fr", "Chaque intervenant disposait de cinq minutes."),
        ("es", "La mayor parte de la sesión se dedicó a las preguntas del público."),
        ("es", "Cada panelista tuvo siete minutos para su exposición."),
        ("ru", "Большая часть встречи ушла на обсуждение регламента."),
        ("ru", "Каждому докладчику отводилось по семь минут."),
        ("zh", "本场对话的大部分时间都用在了回答线上观众的提问上。"),
        ("zh", "每位嘉宾的发言时间为六分钟。"),
        ("ar", "استغرق معظم وقت الجلسة تعريف المفاهيم الأساسية."),
        ("ar", "خُصص لكل متحدث سبع دقائق."),
        # joining remotely, views exchanged, the notes behind the report
        ("zh", "三位专家通过视频连线参加了讨论，其中一位中途掉线。"),
        ("zh", "与会者围绕平台问责交换了各自的看法。"),
        ("zh", "讨论依照查塔姆规则进行。"),
        ("zh", "两名志愿者做了会议记录，据此整理成本报告。"),
        ("en", "Two volunteers took notes, which were merged into this report."),
        ("fr", "Deux bénévoles ont pris des notes, rassemblées ensuite dans ce compte rendu."),
        ("es", "Dos voluntarias tomaron notas que luego se unieron en este informe."),
        ("ru", "Двое волонтёров вели записи, из которых и сложился этот отчёт."),
        ("ar", "دوّنت متطوعتان الملاحظات التي جُمعت في هذا التقرير."),
    ],
)
def test_the_course_of_the_talk_is_a_description(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive", text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lack of common position as a finding about the world, not about the talk
        ("en", "Without a common position, small states lose every negotiation on spectrum."),
        ("fr", "Sans position commune, les petits États perdent toutes les négociations."),
        ("es", "Sin una posición común, los países pequeños pierden en cada negociación."),
        ("zh", "如果各国没有形成统一立场，小国在谈判中就会吃亏。"),
        # time as the subject of a point, or a time rule with a call
        ("fr", "Chaque intervenant disposait de cinq minutes, ce qui ne suffit pas."),
        ("zh", "每位发言人只有五分钟，这样的安排让复杂议题无法展开，今后应当改进。"),
        ("zh", "农民把大部分时间花在去镇上办手续的路上，数字服务能省下这些时间。"),
        ("en", "Most of a nurse's shift is spent on paperwork that a shared record would remove."),
        # remote participation as a point
        ("zh", "偏远地区的代表无法远程参会，应当为他们提供补贴。"),
        ("en", "Notes taken by volunteers should be checked by the speakers before publication."),
    ],
)
def test_points_near_the_course_constructions_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive", text


@pytest.mark.parametrize(
    ("lang", "text", "point"),
    [
        (
            "en",
            "The youth caucus set one priority: free public Wi-Fi in every secondary school.",
            "Free public Wi-Fi in every secondary school.",
        ),
        (
            "fr",
            "La table sur l'éducation a retenu deux priorités : des tablettes pour les écoles "
            "rurales et la formation des enseignants.",
            "Des tablettes pour les écoles rurales et la formation des enseignants.",
        ),
        (
            "es",
            "La mesa de juventudes fijó una prioridad: wifi gratuito en los colegios públicos.",
            "Wifi gratuito en los colegios públicos.",
        ),
        (
            "ru",
            "Секция по образованию определила один приоритет: бесплатный Wi-Fi во всех школах.",
            "Бесплатный Wi-Fi во всех школах.",
        ),
        (
            "zh",
            "教育分组确定了一项优先事项：为每所乡村学校接入免费无线网络。",
            "为每所乡村学校接入免费无线网络。",
        ),
    ],
)
def test_a_priority_before_a_colon_is_a_framed_point(lang: str, text: str, point: str) -> None:
    kind = classify(text, lang)
    assert (kind.kind, kind.point) == ("framed", point)


def test_arabic_priority_before_a_colon_is_framed_and_keeps_its_frame() -> None:
    text = "حدد فريق التعليم أولوية واحدة: ربط كل مدرسة ريفية بالإنترنت مجانًا."
    kind = classify(text, "ar")
    assert kind.kind == "framed" and kind.point == text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Representing the fishers' union, Mr Tomasi Vuki warned that coastal towers go "
            "dark for days after every cyclone.",
        ),
        (
            "en",
            "Opening the second day, Minister Grace Achieng said the tower levy will be halved.",
        ),
        ("en", "A hospital volunteer described carrying paper records between two clinics."),
        (
            "fr",
            "Intervenant au nom des radios communautaires, Mme Awa Ndiaye a soutenu que les "
            "fréquences sont mal réparties.",
        ),
        (
            "es",
            "Tomando la palabra en nombre de los cafeteros, Julián Rojas sostuvo que el "
            "precio de los datos frena las ventas en línea.",
        ),
        (
            "ru",
            "Представляя ассоциацию библиотек, Ольга Петрова настаивала, что сельским "
            "библиотекам нужен отдельный тариф.",
        ),
        (
            "ar",
            "أخذت الكلمة باسم الإذاعات المجتمعية السيدة عائشة بلقاسم، فأكدت أن الترددات "
            "موزعة بشكل غير عادل.",
        ),
    ],
)
def test_a_participle_clause_before_one_person_is_an_attribution(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive" and kind.attribution, text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the chair summing up gives the room's view, not one person's
        (
            "en",
            "Summing up, the chair noted that every group had asked for cheaper devices.",
        ),
        ("ru", "Подводя итоги, председатель отметил, что все группы просили дешёвые устройства."),
        # a participle clause before a group
        (
            "en",
            "Speaking for the youth track, participants argued that school fees now include data.",
        ),
    ],
)
def test_summing_up_or_a_group_after_a_participle_is_no_attribution(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution, text
