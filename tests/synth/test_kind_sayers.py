"""Who said it, told by the grammar of each language (``synth.kind_cues_sayers``): a
transcript's turn, one person told by a role alone, one of a group set apart, a person who
testifies or tells of a case, a pronoun taking up a person, "according to" a person. Beside
each form, the same words that must stay a point: a heading in brackets, a plural, a document
or a meeting as the subject, a census "according to" which a figure is given."""

from __future__ import annotations

import pytest

from forum_messages.synth.kind_cues_sayers import SAYERS
from forum_messages.synth.kinds import AnyOf, classify

ONE_PERSON = [
    # a transcript's turn: a name, a body in brackets, a colon, words in the first person
    (
        "en",
        "Priya Ramaswamy (Coastal Schools Trust): We gave every pupil a tablet and "
        "half of them had nowhere to charge it.",
    ),
    (
        "fr",
        "Jeanne Kaboré (Union des radios rurales) : nous diffusons les alertes en trois "
        "langues, mais personne ne nous paie pour cela.",
    ),
    (
        "es",
        "Emilio Sandoval (Red de Telecentros del Chaco): nuestros telecentros cierran a las "
        "seis porque no hay quien pague la luz.",
    ),
    (
        "ru",
        "Тимур Бекмуратов (Союз фермеров Чуйской долины): мы продаём молоко через чат, "
        "потому что до рынка сто километров.",
    ),
    ("zh", "张海燕（滨海渔业合作社）：我们的渔船出海以后，基本就收不到任何信号了。"),
    (
        "ar",
        "مريم الصالح (اتحاد المزارعين الشباب): نحن نبيع الزيتون عبر المجموعات الهاتفية "
        "لأن السوق بعيد.",
    ),
    # one person told by a role alone
    (
        "en",
        "A midwife from the northern hills argued that voice messages reach more mothers "
        "than any app.",
    ),
    (
        "fr",
        "Une bibliothécaire de Ziguinchor a expliqué que les tablettes prêtées reviennent "
        "rarement chargées.",
    ),
    (
        "es",
        "Una maestra rural de Jujuy explicó que sus alumnos hacen las tareas con el "
        "teléfono de sus padres.",
    ),
    (
        "ru",
        "Пенсионерка из Бреста рассказала, что оплачивает счета только в отделении, "
        "потому что боится мошенников.",
    ),
    (
        "ar",
        "أوضحت مزارعة من جنين أنها تبيع محصولها عبر الهاتف لأن الطريق إلى السوق مغلق.",
    ),
    # one of a group, set apart by an apposition
    (
        "ru",
        "Один из слушателей, водитель автобуса из Гомеля, признался, что ни разу не "
        "получал предупреждений о шторме.",
    ),
    (
        "es",
        "Una de las asistentes, enfermera en un hospital de Salta, sostuvo que las "
        "recetas electrónicas fallan cada vez que se corta la red.",
    ),
    # a person who testifies or tells of a case; a pronoun taking up a person
    (
        "fr",
        "Le journaliste Moussa Traoré a témoigné de ses trois semaines de garde à vue "
        "après un article sur les mines.",
    ),
    (
        "fr",
        "Elle a aussi raconté que son fils avait perdu son emploi après une fausse annonce.",
    ),
    ("es", "Después contó que su madre perdió sus ahorros por una llamada falsa del banco."),
    (
        "en",
        "Mr Karel Dvorak testified about the week his village spent without a phone line "
        "after the flood.",
    ),
    (
        "ar",
        "تدير شابة من الخليل متجراً صغيراً على الإنترنت، وقالت إن شركات الشحن ترفض "
        "الوصول إلى قريتها.",
    ),
    (
        "ar",
        "وفقاً للمحامية نادية سعيد، فإن معظم ضحايا الابتزاز لا يبلغون الشرطة.",
    ),
    # a role, a name and a title before a verb of speech; a foreign name's middle dot
    ("zh", "研究中心主任高明教授表示，牧区的语音数据必须先征得说话人本人的同意。"),
    ("zh", "议员安娜·科瓦奇主张，网络安全预算应单独列出。"),
    # a turn that is a short reply; a role, then a name with a title's full stop
    ("ru", "Марина Лебедева (Союз библиотек Поволжья): Поддерживаю."),
    (
        "fr",
        "Le secrétaire général du syndicat, M. Henri Dubreuil, a rappelé que les "
        "livreurs n'ont aucun accès aux données de l'application.",
    ),
    (
        "es",
        "La investigadora, Dra. Rocío Benavente, opinó que los datos del censo llegan "
        "demasiado tarde para planificar.",
    ),
    # an answer to a question, a gerund's clause before the speaker
    (
        "ru",
        "Отвечая на вопрос о бюджете, библиотекарь сообщила, что планшеты купили на "
        "пожертвования читателей.",
    ),
    (
        "ar",
        "وردا على سؤال عن الموعد، أوضحت المتحدثة باسم الوزارة أن المنصة ستعمل قبل نهاية العام.",
    ),
]

NO_ONE = [
    # a heading in brackets, with a year
    ("en", "Telecentre closures (2021-2024): forty of the region's ninety have shut."),
    ("fr", "Radios rurales (bilan 2023) : trois stations sur quatre diffusent les alertes."),
    ("ru", "Фермерские чаты (итоги 2024 года): половина молока продаётся через мессенджеры."),
    ("zh", "渔船通信（2023年统计）：一半的渔船出海后没有信号。"),
    # a plural, a document or a meeting as the subject
    ("en", "Midwives from the northern hills argued that voice messages reach more mothers."),
    ("en", "A survey of 300 pupils found that half of them had nowhere to charge a tablet."),
    (
        "fr",
        "Les bibliothécaires ont expliqué que les tablettes prêtées reviennent rarement chargées.",
    ),
    ("fr", "Le rapport a souligné que les tablettes prêtées reviennent rarement chargées."),
    ("es", "Las maestras rurales explicaron que los alumnos usan el teléfono de sus padres."),
    ("ru", "Пенсионеры рассказали, что оплачивают счета только в отделении."),
    ("ru", "Исследование показало, что пенсионеры боятся мошенников."),
    ("ar", "أوضح المزارعون أنهم يبيعون محاصيلهم عبر الهاتف."),
    ("ar", "ذكر التقرير أن معظم ضحايا الابتزاز لا يبلغون الشرطة."),
    ("ar", "يبيع مزارعون كثيرون الزيتون عبر الهاتف، وقالوا إن السوق بعيد."),
    # "according to" a census or a survey; "one of the main ..."
    ("ar", "وفقاً لإحصاء عام 2023، لا تصل الكهرباء إلى عُشر القرى."),
    ("es", "Una de las principales barreras es que los telecentros no tienen presupuesto propio."),
    ("ru", "Один из главных рисков — мошенничество с банковскими картами."),
    # a role that did something other than say a point ("recalled the objectives")
    ("fr", "Le rapporteur a noté une forte participation des jeunes cette année."),
    ("es", "El moderador recordó los objetivos antes de dar la palabra a los ponentes."),
    # a summing up speaks for the session; a turn's words with neither a first person nor a
    # short reply
    ("ru", "Подводя итоги, модератор сказал, что без данных переговоры невозможны."),
    ("en", "Digital Public Goods (Global Overview): most countries still lack a registry."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_PERSON)
def test_one_person_told_by_grammar_is_an_attribution(lang: str, text: str) -> None:
    got = classify(text, lang)
    assert got.kind != "descriptive", text
    assert got.attribution, text


@pytest.mark.parametrize(("lang", "text"), ONE_PERSON)
def test_the_sayers_cues_read_each_form(lang: str, text: str) -> None:
    """Each sentence above is one these cues read (not only one another module reads)."""
    from forum_messages.nlp.segment import arabic_plain

    plain = arabic_plain(text) if lang == "ar" else text
    assert AnyOf(SAYERS[lang]).match(plain), text


@pytest.mark.parametrize(("lang", "text"), NO_ONE)
def test_the_same_words_without_one_person_are_no_attribution(lang: str, text: str) -> None:
    got = classify(text, lang)
    assert not (got.attribution and got.kind != "descriptive"), text
