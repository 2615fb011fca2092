"""One person's words in forms of reported speech: a question and its answer, a name and an
apposition, an occupation before a name, a pronoun, a view after a colon, a document quoting
one person (``synth.kind_cues_attributed``)."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify

ONE_PERSON = [
    # a question and its answer
    (
        "en",
        "Asked what the ministry would fund first, planner Joana Ferraz said that rural "
        "schools come before anything else.",
    ),
    (
        "fr",
        "Interrogé sur le calendrier, le juriste Paul Mendy a répondu que la loi ne sera "
        "pas prête avant deux ans.",
    ),
    (
        "fr",
        "Quand on lui demande ce qui bloque, Mariam Coulibaly répond : le prix des "
        "terminaux, pas celui du forfait.",
    ),
    (
        "es",
        "Cuando le preguntamos por el presupuesto, Lucía Ferreyra responde que las "
        "bibliotecas rurales siguen sin conexión.",
    ),
    (
        "ru",
        "На вопрос модератора о сроках инженер Дарья Полякова ответила, что сеть в "
        "горных районах достроят только через три года.",
    ),
    (
        "ar",
        "وردا على سؤال عن التمويل، قالت الباحثة هدى الشامي إن المكتبات العامة تحتاج إلى "
        "ميزانية ثابتة للاتصال.",
    ),
    ("zh", "问他最担心什么，刘志强回答：偏远学校的网络维护没人负责。"),
    # a name, an apposition, a verb of speech (past or present of reportage)
    (
        "en",
        "Tomás Rieger, a volunteer at the village network, said the batteries fail every "
        "second winter.",
    ),
    (
        "fr",
        "Céline Obame, trésorière de l'association, rappelle que les dons couvrent à peine "
        "la moitié des frais.",
    ),
    (
        "es",
        "Ramiro Zárate, técnico de la cooperativa, recuerda que las antenas se instalaron "
        "sin permiso municipal.",
    ),
    ("ar", "قال سامي الحلبي، أحد مؤسسي الشبكة المحلية، إن البطاريات تتعطل كل شتاء."),
    # an occupation or a title before a name, after an opening phrase
    (
        "en",
        "In the interview, economist Lerato Dube argued that spectrum fees should fall "
        "for rural operators.",
    ),
    ("fr", "À la tribune, la députée Awa Ndiaye a promis que le texte serait voté cette année."),
    (
        "es",
        "Desde el estrado, la ministra Irene Salcedo prometió que el plan llegará a las "
        "escuelas indígenas.",
    ),
    (
        "ru",
        "В интервью аналитик Пётр Громов утверждал, что тарифы на спутниковую связь упадут вдвое.",
    ),
    ("zh", "交通部长在记者会上宣布，高速公路服务区将全部覆盖免费无线网络。"),
    # a pronoun, the person named before
    ("en", "She added that the pilot will be extended to two more provinces."),
    ("fr", "Elle a ajouté que le projet pilote sera étendu à deux autres régions."),
    ("es", "Añadió que el piloto se ampliará a otras dos provincias."),
    ("ru", "Она добавила, что пилотный проект распространят ещё на две области."),
    ("zh", "她补充说，试点将扩大到另外两个省份。"),
    ("ar", "وأضافت أن المشروع التجريبي سيشمل محافظتين أخريين."),
    # a view after a colon, a document quoting one person, closing words
    (
        "fr",
        "Dans sa lettre aux membres, la présidente dresse un bilan : selon elle, le "
        "réseau doit recruter des bénévoles plus jeunes.",
    ),
    (
        "es",
        "En su informe anual, el tesorero hace cuentas: a su juicio, la red necesita "
        "cuotas más altas.",
    ),
    ("zh", "秘书长在年度报告中回顾了这一年：他认为，网络需要更多年轻志愿者。"),
    (
        "en",
        "The embassy's newsletter quotes the ambassador as saying that visas for "
        "researchers will be processed within a week.",
    ),
    (
        "ru",
        "В пресс-релизе агентства приводятся слова директора о том, что очереди на "
        "подключение исчезнут к лету.",
    ),
    ("ar", "اختتم المدرب الرئيسي كمال العطار اللقاء بقوله إن التدريب العملي أهم من المحاضرات."),
    (
        "en",
        "The newsletter records the treasurer, Ms Hanne Vik, as warning that the budget will "
        "not last the year.",
    ),
    ("en", "The farmers' union's spokesperson said that rural tariffs doubled in a year."),
    ("fr", "Selon la Défenseure, Margaux Lefort, la moitié des plaintes concernent les impôts."),
    (
        "fr",
        "Le rapporteur Didier Ouattara a présenté la réforme comme la fin des guichets "
        "fermés le samedi.",
    ),
    ("es", "Según el Contralor, Hernán Ibarra, la mitad de las quejas se refiere a impuestos."),
    (
        "es",
        "Cuando se le pregunta por las cifras, el auditor Hernán Ibarra lo resume así: faltan "
        "técnicos.",
    ),
    ("ru", "Согласно протоколу, докладчик Вера Лаптева отдельно отметила, что проверка запоздала."),
    ("zh", "被问到审计为何拖延时，审计员郑海波用一句话概括：人手不够。"),
    ("ar", "يسجل المحضر أن الرئيسة الدكتورة ليلى حداد شددت على أن التدقيق تأخر كثيرا."),
]

# many people, a group or a document: not one person
MANY = [
    ("en", "Asked about the cost, participants said that licences were too expensive."),
    ("en", "They noted that the budget had been cut twice."),
    (
        "fr",
        "Interrogé sur le coût, les participants ont répondu que les licences sont trop chères.",
    ),
    ("fr", "Ils ont ajouté que le budget avait été réduit deux fois."),
    ("es", "Añadieron que el presupuesto se había recortado dos veces."),
    ("ru", "Они добавили, что бюджет сокращали дважды."),
    ("zh", "问他们最担心什么，与会者普遍认为是维护经费。"),
    ("ar", "قال المشاركون إن الرسوم مرتفعة جدا."),
    # a chair's closing words are one person's since the twenty-fifth round (test_kind_minutes)
    ("zh", "主持人在总结讨论时指出，审计需要独立的预算。"),
]


@pytest.mark.parametrize(("lang", "text"), ONE_PERSON)
def test_one_persons_reported_words_are_an_attribution(lang: str, text: str) -> None:
    got = classify(text, lang)
    assert got.kind != "descriptive", text
    assert got.attribution, text


@pytest.mark.parametrize(("lang", "text"), MANY)
def test_many_people_or_a_document_are_no_attribution(lang: str, text: str) -> None:
    got = classify(text, lang)
    assert got.kind != "descriptive", text
    assert not got.attribution, text


# Forms of reported speech in French, Spanish and Chinese that are general to the language
# (not to one set's subjects): "Comme l'a rappelé X", a name and its organisation in brackets,
# a title and a name before a verb in the present, "s'est dite convaincue", "se mostró
# convencida", verbs of advocacy ("abogó", "calificó de"), a country's delegate ("乌拉圭代表
# 表示") and one body's office-holder ("程序委员会主席认为").
MORE_FORMS = [
    (
        "fr",
        "Comme l'a rappelé Sophie Marchal, les données de santé exigent un consentement exprès.",
    ),
    ("fr", "Comme l'a souligné la ministre du Numérique, aucune école ne doit rester sans réseau."),
    (
        "fr",
        "Marc Levasseur (Association des fournisseurs) juge que les obligations de transparence "
        "sont disproportionnées.",
    ),
    ("fr", "La professeure Anne Vidalie estime que la formation des enseignants passe d'abord."),
    (
        "fr",
        "La vice-présidente du conseil s'est dite convaincue que l'interopérabilité est la clé.",
    ),
    (
        "es",
        "Javier Castañeda (Cámara de Proveedores) considera que las obligaciones de "
        "transparencia son desproporcionadas.",
    ),
    ("es", "La profesora Marta Gilabert opina que la formación docente va antes que los equipos."),
    (
        "es",
        "La vicepresidenta del consejo se mostró convencida de que la interoperabilidad es clave.",
    ),
    ("es", "El delegado de Paraguay abogó por un fondo común de conectividad para la región."),
    ("es", "El ministro calificó de inaceptable que las zonas rurales paguen más por megabyte."),
    ("zh", "乌拉圭代表表示，案文应当在各方关切之间更加平衡。"),
    ("zh", "肯尼亚代表在发言中强调，移动支付改变了农村经济。"),
    ("zh", "程序委员会主席认为，小组研讨应当成为常态，而不是例外。"),
]

NOT_ONE = [
    (
        "fr",
        "Comme l'ont rappelé plusieurs intervenants, les données de santé exigent un consentement.",
    ),
    ("fr", "Les délégués se sont dits convaincus que l'interopérabilité est la clé."),
    ("es", "Los delegados abogaron por un fondo común de conectividad para la región."),
    ("es", "Las organizaciones se mostraron convencidas de que la interoperabilidad es clave."),
    ("zh", "与会代表表示，案文应当更加平衡。"),
    ("zh", "各国代表指出，发展中国家需要更多的技术援助。"),
    ("zh", "东道国代表表示，下一届会议将在春季举行。"),
    ("zh", "青年代表们认为，应当保留发言机会。"),
    ("zh", "各工作组主席认为，时间安排过紧。"),
]


@pytest.mark.parametrize(("lang", "text"), MORE_FORMS)
def test_more_forms_of_one_persons_words_are_an_attribution(lang: str, text: str) -> None:
    assert classify(text, lang).attribution, text


@pytest.mark.parametrize(("lang", "text"), NOT_ONE)
def test_the_same_forms_with_many_speakers_are_no_attribution(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution, text


# The speaker after the point, as news reports write it: "..., selon X, chercheuse à ...",
# "«...», declaró la ministra", "..., sostiene X"; "Tal como señaló X, ...".
AFTER_THE_POINT = [
    (
        "fr",
        "Le réseau doit rester neutre, selon Hélène Castagne, chercheuse à l'université de Liège.",
    ),
    ("fr", "Les tarifs de gros doivent être publiés, d'après la directrice de l'autorité."),
    ("es", "«Ninguna escuela debe quedar desconectada», declaró la ministra."),
    ("es", "Las pequeñas plataformas no pueden absorber esos costos, sostiene Pablo Girón."),
    ("es", "Tal como señaló Ana Torrente, los datos de salud requieren consentimiento expreso."),
    (
        "es",
        "La red debe seguir siendo neutral, según Elena Costales, investigadora de la "
        "Universidad de Lima.",
    ),
]

NO_ONE_AFTER = [
    ("fr", "Le réseau doit rester neutre, selon les participants."),
    ("fr", "Le réseau doit rester neutre, selon le rapport publié l'an dernier."),
    ("es", "La red debe seguir siendo neutral, según los participantes."),
    ("es", "La red debe seguir siendo neutral, según el informe del año pasado."),
    ("es", "La conectividad es un derecho y no un lujo, afirmaron varios participantes."),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_THE_POINT)
def test_one_person_named_after_the_point_is_an_attribution(lang: str, text: str) -> None:
    assert classify(text, lang).attribution, text


@pytest.mark.parametrize(("lang", "text"), NO_ONE_AFTER)
def test_many_people_or_a_document_after_the_point_are_no_attribution(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution, text


#: verbs of one person's speech the lists lacked, a role with a name in apposition, a role or
#: a name that "s'est inquiétée / se mostró", a pronoun and a verb with its preposition
VERBS_AND_ROLES = [
    ("fr", "Inès Barry, de l'Université de Conakry, a mis en avant le rôle des bibliothèques."),
    ("fr", "La ministre des Postes, Awa Touré, a annoncé un plan pour les zones blanches."),
    ("fr", "Lors de son passage, le maire de Kayes s'est inquiété du coût des antennes."),
    ("fr", "Elle a également plaidé pour des formations en langues nationales."),
    ("fr", "Le professeur Yao Kouamé tient à rappeler que la fibre ne suffit pas."),
    ("es", "Inés Bravo, de la Universidad de Cuenca, puso el acento en las bibliotecas."),
    ("es", "La ministra de Correos, Ana Torres, anunció un plan para las zonas sin cobertura."),
    ("es", "También advirtió contra el cierre de los telecentros rurales."),
    ("es", "El profesor Diego Vela cree que la fibra no basta."),
    ("es", "La conectividad rural exige subsidios, recalcó la senadora Pilar Ruiz."),
]
MANY_OR_A_BODY = [
    ("fr", "Les participants ont mis en avant le rôle des bibliothèques."),
    ("fr", "Le ministre et la maire de Kayes se sont inquiétés du coût des antennes."),
    ("fr", "L'agence a plaidé pour des formations en langues nationales."),
    ("es", "Las delegaciones pusieron el acento en las bibliotecas."),
    ("es", "Advirtieron contra el cierre de los telecentros rurales."),
    ("es", "El ministro y la alcaldesa anunciaron un plan para las zonas sin cobertura."),
]


@pytest.mark.parametrize(("lang", "text"), VERBS_AND_ROLES)
def test_more_verbs_and_roles_of_one_person(lang: str, text: str) -> None:
    assert classify(text, lang).attribution


@pytest.mark.parametrize(("lang", "text"), MANY_OR_A_BODY)
def test_the_same_verbs_with_many_people_or_a_body(lang: str, text: str) -> None:
    assert not classify(text, lang).attribution
