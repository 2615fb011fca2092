"""Records of meetings describing themselves (``kind_cues_minutes``), on sentences of our own
beside points in the same words, and one person's closing words told by a role alone."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify

DESCRIPTIONS = [
    # a meeting held, lasting or convened somewhere
    (
        "fr",
        "La réunion publique sur le captage d'eau s'est tenue à la salle des fêtes, en présence "
        "du maire et d'une quarantaine d'habitants.",
    ),
    ("ru", "Отчётное собрание кооператива рыбаков прошло в клубе посёлка в субботу."),
    ("ru", "Заседание школьного совета продолжалось около двух часов."),
    ("ar", "انعقد الاجتماع السنوي لتعاونية الصيادين في قاعة البلدية بحضور نحو ستين عضوا."),
    ("zh", "上周五，区水务局在街道活动中心召开居民听证会，说明二次供水改造方案。"),
    ("zh", "听证会持续约三个小时。"),
    (
        "es",
        "La cooperativa de apicultores convocó la asamblea extraordinaria en el salón parroquial "
        "para votar el nuevo reglamento.",
    ),
    # a head count by a verb of attending
    (
        "ru",
        "В работе семинара приняли участие около сорока учителей информатики из шести районов.",
    ),
    ("ru", "Встреча прошла в Zoom; подключились более семидесяти родителей."),
    ("zh", "到会的有街道办负责人、居民代表约六十人和水务局的四名技术人员。"),
    # an officer, a team or a committee reporting on its work or reading out a report
    (
        "en",
        "The membership secretary reported on the renewals received since March and on the "
        "new rules for junior members.",
    ),
    (
        "es",
        "La comisión de cuentas informó sobre los gastos del trimestre y el saldo de la caja "
        "común.",
    ),
    ("es", "La secretaria dio lectura al acta de la sesión anterior, que fue aprobada."),
    ("fr", "Le trésorier a présenté le bilan financier de l'exercice écoulé."),
    ("ru", "Председатель правления отчитался о работе кооператива за первое полугодие."),
    ("ru", "На собрании заслушали доклад ревизионной комиссии."),
    ("zh", "财务小组通报了本季度会费收缴和场地租金支出情况。"),
    ("zh", "会议听取了理事会的年度工作汇报。"),
    ("ar", "قدمت أمينة الصندوق كشفا بالمصاريف والمداخيل خلال السنة."),
    # procedure: adjournment, suspension
    (
        "en",
        "The applicant's counsel asked for a short adjournment to read the new evidence, and the "
        "tribunal granted it.",
    ),
    ("es", "La sesión se suspendió durante veinte minutos por un corte de luz."),
    ("zh", "主持人宣布休会十分钟，随后继续讨论。"),
    ("ru", "Председатель объявил перерыв на пятнадцать минут."),
    # a part of the meeting given to something; a review told with its time
    ("ru", "Вторую половину дня посвятили разбору учебной тревоги в общежитии."),
    (
        "en",
        "At Monday's debrief the volunteers went back over the evacuation drill, room by room.",
    ),
    (
        "es",
        "En la reunión del lunes, el equipo de voluntarios revisó el simulacro de evacuación "
        "piso por piso.",
    ),
    ("zh", "在周一的总结会中，志愿者团队回顾了疏散演练的全过程。"),
    ("zh", "培训上半场聚焦急救知识，下半场转向消防器材的使用。"),
    # how the record was made
    ("es", "Tomamos estas notas durante la reunión, sin grabación."),
    ("zh", "以上记录根据两名志愿者的笔记整理，未经发言人审阅。"),
    ("ru", "Доклады печатаются в авторской редакции."),
    (
        "fr",
        "Les contributions paraissent dans la langue choisie par leurs auteurs, sans traduction.",
    ),
    # who took part in writing only; interpreters; a presenter showing on screen
    (
        "fr",
        "Faute de micro, plusieurs parents n'ont pu intervenir que par écrit dans le chat.",
    ),
    ("ar", "تعذر على عدد من الأولياء المشاركة بالصوت، فاكتفوا بالكتابة."),
    ("fr", "Une interprète en langue des signes traduisait les échanges pour deux participants."),
    ("ru", "Инженер шаг за шагом показал на экране, как настроить резервное копирование."),
    ("ru", "Ведущая напомнила правила: вопросы только в чате, камеры по желанию."),
    ("fr", "La présidente a rappelé l'ordre du jour : cotisations, fête du quartier, divers."),
    ("es", "El moderador recordó las reglas: tres minutos por persona y preguntas por escrito."),
    # the next meeting, a motion adopted, the venue, interpretation, joining online
    ("ru", "Следующее заседание совета состоится 14 ноября в актовом зале."),
    ("ru", "Проект бюджета клуба был принят единогласно."),
    ("ru", "Зал оборудован для посетителей на колясках."),
    ("ru", "Перевод на жестовый язык обеспечивается на всех занятиях."),
    ("zh", "预算草案获全票通过。"),
    ("zh", "一位理事因病未能到场，改为视频连线参会。"),
    ("zh", "会议记录由秘书处两名工作人员负责。"),
    ("zh", "收到的意见均已作匿名处理。"),
    # a record's heading with a date
    (
        "en",
        "Meeting notes, Riverside Allotment Society, 12 May: the committee met in the "
        "pavilion at 7 pm.",
    ),
    ("zh", "会议纪要：5月12日晚，社区花园协会在凉亭召开月度例会。"),
    ("es", "Sesión del 12 de mayo, Sala de Plenos n.º 3: se abrió la sesión a las 10:00."),
]

POINTS = [
    # a call to hold a meeting, a meeting that should last, a finding counted by attendance
    ("fr", "Une réunion publique devrait se tenir avant chaque nouveau forage dans la commune."),
    ("ru", "Собрания кооператива должны проходить в посёлке, а не в районном центре."),
    ("ru", "В выборах участвовали менее 40 процентов жителей, что говорит о недоверии."),
    ("zh", "水务局应当在每次改造前召开居民听证会。"),
    ("zh", "听证会持续时间太短，居民根本来不及提问。"),
    (
        "es",
        "Las cooperativas deberían convocar la asamblea en un horario en que puedan asistir "
        "las mujeres.",
    ),
    ("ar", "يجب أن ينعقد الاجتماع السنوي للتعاونية في القرية نفسها."),
    ("ru", "Заседания совета должны проходить вечером, чтобы могли прийти работающие родители."),
    ("zh", "预算获得通过后，理事会必须每月公开开支。"),
    ("ru", "Перевод на жестовый язык должен обеспечиваться на всех занятиях."),
    # a report with what it found; a request that something be reported
    (
        "en",
        "The membership secretary reported that renewals halve when fees rise by more than "
        "ten percent.",
    ),
    ("es", "La comisión de cuentas informó que la caja común no alcanza para el próximo año."),
    (
        "ru",
        "Председатель правления отчитался, что кооператив впервые за пять лет вышел в плюс.",
    ),
    ("zh", "财务小组应当每季度通报会费收缴情况。"),
    ("ar", "يجب أن تقدم أمينة الصندوق كشفا بالمصاريف كل شهر."),
    # adjournments as a subject of a claim
    ("en", "Courts should not grant an adjournment just because the prosecution is unprepared."),
    ("es", "Las audiencias no deberían suspenderse por falta de peritos."),
    # notes, texts and the chat as a subject of a claim
    ("es", "Las actas deben publicarse en la página del ayuntamiento en un plazo de una semana."),
    ("fr", "Les textes devraient paraître dans la langue des communautés concernées."),
    (
        "ru",
        "Доклады нужно публиковать в авторской редакции, иначе теряется голос автора.",
    ),
    ("fr", "Les parents qui n'interviennent que par écrit sont souvent ignorés par l'école."),
    # a debrief's lesson and interpreters as subjects of a claim
    (
        "en",
        "At every debrief, volunteers should go back over what went wrong before what went well.",
    ),
    ("fr", "Les interprètes en langue des signes devraient être payés comme les autres."),
    (
        "fr",
        "La présidente a rappelé que l'ordre du jour doit parvenir aux membres une semaine avant.",
    ),
]

ATTRIBUTED = [
    (
        "en",
        "The chair closed by saying that no drill is worth anything if nobody reads its report.",
    ),
    (
        "en",
        "Concluding the session, the moderator noted that volunteers need training more than "
        "equipment.",
    ),
    (
        "es",
        "La moderadora cerró diciendo que ningún simulacro sirve si nadie lee el informe.",
    ),
    (
        "es",
        "A modo de cierre, el presidente recordó que los voluntarios necesitan formación antes "
        "que equipos.",
    ),
    (
        "fr",
        "Le modérateur a conclu en disant qu'aucun exercice ne sert si personne ne lit le rapport.",
    ),
    (
        "ru",
        "В заключение председатель подчеркнул, что учения бесполезны, если их отчёт никто не "
        "читает.",
    ),
    ("zh", "主持人在结束时表示，如果没人读报告，任何演练都没有意义。"),
    ("ar", "واختتمت مديرة الجلسة بالقول إن أي تمرين لا قيمة له إذا لم يقرأ أحد تقريره."),
]

NAMED_AFTER = [
    (
        "en",
        "Most drills are never written up, according to a fire officer who has run forty of them.",
    ),
    (
        "en",
        "Opening the debrief, the school's safety officer, Maria Lund, said that the alarm was "
        "not heard in the gym.",
    ),
    (
        "fr",
        "La moitié des exercices ne donnent lieu à aucun rapport, selon la secrétaire du comité, "
        "Odile Marchand.",
    ),
    ("fr", "D'après le trésorier Paul Girard, la cotisation suffira jusqu'en juin."),
    (
        "ru",
        "Половина учений проходит без письменного отчёта, по словам инструктора Павла Гончарова.",
    ),
    ("zh", "演练结束时，学校安全主任李海涛表示，体育馆里根本听不到警报。"),
    ("ar", "وفي ختام التمرين، شدد المهندس كريم العلي على أن صفارة الإنذار لم تسمع في القاعة."),
    ("ar", "«لم يسمع أحد صفارة الإنذار في القاعة»، قالت المنسقة سعاد الراشد."),
    ("ar", "نصف التمارين لا يكتب عنها أي تقرير، وفقا لمنسق اللجنة سامي حداد."),
]

NOT_ONE_PERSON = [
    # a chair, a moderator or a rapporteur summing up the debate speaks for the session
    (
        "en",
        "Summing up the debate, the moderator noted that volunteers need training more than "
        "equipment.",
    ),
    ("en", "The chair summed up by saying that drills without reports teach nothing."),
    (
        "es",
        "A modo de síntesis, la moderadora sostuvo que sin informe el simulacro no enseña nada.",
    ),
    (
        "fr",
        "Le rapporteur a résumé le débat en disant qu'un exercice sans rapport n'apprend rien.",
    ),
    ("ru", "Подводя итоги дискуссии, председатель отметил, что учения без отчёта ничему не учат."),
    ("zh", "主持人总结说，如果没人读报告，任何演练都没有意义。"),
    ("en", "Most drills are never written up, according to the annual report."),
    ("fr", "La moitié des exercices ne donnent lieu à aucun rapport, selon les participants."),
    ("ru", "Половина учений проходит без отчёта, по словам участников."),
    ("zh", "演练结束时，与会者一致认为，体育馆里根本听不到警报。"),
    ("ar", "«لم يسمع أحد صفارة الإنذار في القاعة»، قال المشاركون."),
    ("en", "Summing up the debate, participants agreed that volunteers need training first."),
    ("es", "Al cierre, los participantes coincidieron en que hace falta formación."),
    ("ru", "Подводя итоги, участники сошлись во мнении, что учениям нужен отчёт."),
    ("zh", "与会者总结说，如果没人读报告，任何演练都没有意义。"),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_a_record_of_a_meeting_describing_it_is_a_description(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_in_the_same_words_stay_points(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


@pytest.mark.parametrize(("lang", "text"), ATTRIBUTED)
def test_a_role_closing_or_summing_up_is_one_persons_words(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert kind.attribution


@pytest.mark.parametrize(("lang", "text"), NAMED_AFTER)
def test_one_person_named_after_the_point_or_a_time_is_an_attribution(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert kind.attribution


@pytest.mark.parametrize(("lang", "text"), NOT_ONE_PERSON)
def test_many_people_or_a_summing_up_are_no_attribution(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert not kind.attribution
