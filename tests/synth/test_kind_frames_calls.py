"""Calls and warnings whose object is a noun phrase, and frames split by an aside
(``synth/kind_cues_voice7.py``): sentences of our own (schools, rivers, markets; not
``kinds/dev26-frames.yaml``'s), the frame taken off in every language as a Messages bullet
would put the point, and sentences that only look like a call, a warning or a split frame
left whole; and a call that closes a session or a unanimous view (``synth/kind_cues_closing.py``)
kept as a framed point."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_closing as closing
from forum_messages.synth import kind_cues_voice7 as voice7
from forum_messages.synth import kinds

from .helpers import voiced_point

CALLS = [
    # a call on a noun phrase: what is called for is needed
    (
        "en",
        "Most participants asked for safer crossings near village schools.",
        "Safer crossings near village schools are needed.",
    ),
    (
        "en",
        "Several delegates urged more teachers for the river villages.",
        "More teachers for the river villages are needed.",
    ),
    (
        "en",
        "Many speakers called for the market rules to be posted at every gate.",
        "The market rules should be posted at every gate.",
    ),
    (
        "fr",
        "Les participants ont plaidé pour une cantine dans chaque école rurale.",
        "Il faut une cantine dans chaque école rurale.",
    ),
    (
        "es",
        "Los delegados pidieron más maestros para las aldeas del río.",
        "Se necesitan más maestros para las aldeas del río.",
    ),
    (
        "es",
        "Varios ponentes reclamaron un mercado cubierto en cada distrito.",
        "Se necesita un mercado cubierto en cada distrito.",
    ),
    (
        "ru",
        "Участники призвали к строительству пешеходного моста у школы.",
        "Необходимо строительство пешеходного моста у школы.",
    ),
    ("zh", "与会者呼吁加强河边学校的安全管理。", "应加强河边学校的安全管理。"),
    ("zh", "代表们要求在每个集市设立公共厕所。", "应在每个集市设立公共厕所。"),
    (
        "ar",
        "ودعا المشاركون إلى مزيد من المعلمين في قرى النهر.",
        "هناك حاجة إلى مزيد من المعلمين في قرى النهر.",
    ),
    (
        "ar",
        "وطالب المندوبون بتوسيع الأسواق المغطاة في الأحياء.",
        "ينبغي توسيع الأسواق المغطاة في الأحياء.",
    ),
    # a warning against a noun phrase: it should be avoided
    (
        "en",
        "Several speakers warned against fees for school meals in poor districts.",
        "Fees for school meals in poor districts should be avoided.",
    ),
    (
        "fr",
        "Plusieurs intervenants ont mis en garde contre la fermeture des petits marchés.",
        "Il faut éviter la fermeture des petits marchés.",
    ),
    (
        "es",
        "Los participantes advirtieron contra el cierre de las escuelas rurales.",
        "Debe evitarse el cierre de las escuelas rurales.",
    ),
    (
        "ru",
        "Участники предостерегли от закрытия сельских рынков.",
        "Следует избегать закрытия сельских рынков.",
    ),
    ("zh", "几位发言者警告不要在河边修建新的市场。", "不应在河边修建新的市场。"),
    (
        "ar",
        "وحذر المشاركون من إغلاق الأسواق الصغيرة في القرى.",
        "ينبغي تجنب إغلاق الأسواق الصغيرة في القرى.",
    ),
]

FEELINGS = [
    # a feeling of no one before the clause, a Chinese objection to an action
    (
        "en",
        "There was a strong sense in the hall that river schools close too often.",
        "River schools close too often.",
    ),
    (
        "es",
        "Hubo una sensación generalizada de que los mercados del río cierran demasiado pronto.",
        "Los mercados del río cierran demasiado pronto.",
    ),
    ("zh", "会场上普遍的感受是，河边学校关闭得太频繁。", "河边学校关闭得太频繁。"),
    ("zh", "与会者反对在河边修建新的市场。", "不应在河边修建新的市场。"),
]

ASIDES = [
    (
        "en",
        "Participants agreed, after a short debate, that river schools flood every spring.",
        "River schools flood every spring.",
    ),
    (
        "fr",
        "Les participants ont estimé, après un court débat, que les écoles du fleuve sont "
        "inondées chaque printemps.",
        "Les écoles du fleuve sont inondées chaque printemps.",
    ),
    (
        "es",
        "Se señaló, más de una vez, que los mercados del río cierran demasiado pronto.",
        "Los mercados del río cierran demasiado pronto.",
    ),
    (
        "ru",
        "Участники, в том числе три директора школ, отметили, что школы у реки затапливает "
        "каждую весну.",
        "Школы у реки затапливает каждую весну.",
    ),
    (
        "zh",
        "多位发言者，包括三位校长，都强调，河边学校每年春天都会被淹。",
        "河边学校每年春天都会被淹。",
    ),
    (
        "ar",
        "واتفق المشاركون، بعد نقاش قصير، على أن مدارس النهر تغمرها المياه كل ربيع.",
        "مدارس النهر تغمرها المياه كل ربيع.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "point"), CALLS + FEELINGS + ASIDES)
def test_the_call_warning_or_split_frame_is_taken_off(
    fresh: None, lang: str, sentence: str, point: str
) -> None:
    assert voiced_point(sentence, lang) == point


def test_the_settings_off_leave_them_as_before(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(voice7, "ON", False)
    monkeypatch.setattr(voice7, "ASIDE", False)
    kinds.clear_caches()
    for lang, sentence, point in CALLS + FEELINGS + ASIDES:
        assert voiced_point(sentence, lang) != point, sentence
    monkeypatch.setattr(voice7, "ON", True)
    kinds.clear_caches()
    for lang, sentence, point in ASIDES:  # the asides need their own setting
        assert voiced_point(sentence, lang) != point, sentence


STAY = [
    # a call or a warning of no one in the meeting, people warned as the object
    ("en", "The new school code calls for a register of every pupil."),
    ("en", "A call for proposals for river schools opens in June."),
    ("en", "Families on the river bank were warned against the flood a day early."),
    ("fr", "Le nouveau code scolaire appelle à un registre de chaque élève."),
    ("fr", "Les familles ont été mises en garde contre la crue la veille."),
    ("es", "El nuevo código escolar exige un registro de cada alumno."),
    ("ru", "Новый школьный кодекс призывает к ведению реестра учеников."),
    ("ar", "ويدعو القانون المدرسي الجديد إلى سجل لكل تلميذ."),
    # a party called on, something asked as a question, an action of its own
    ("en", "Parents asked for help by phone when the bridge closed."),
    ("fr", "Les délégués ont demandé des précisions sur le calendrier."),
    ("es", "Los participantes pidieron la palabra al final de la sesión."),
    ("en", "Several speakers warned against schools that open without teachers."),
    # a Chinese sentence with its own predicate, a noun first
    ("zh", "加强河边学校的管理比新建学校更省钱。"),
    ("zh", "开放数据必须配有清晰的许可证。"),
    # an objection to a plan named by a noun, a feeling that is the point's own
    ("zh", "与会者反对这项计划。"),
    ("en", "There was a general feeling of relief when the bridge reopened."),
    # a Russian dative with a verb of its own
    ("ru", "К строительству моста приступили в мае."),
    # an aside in a point, an aside with a name, one person's frame around an aside
    ("en", "Teachers, most of them volunteers, waited a year for their pay."),
    ("fr", "Les marchands, pour la plupart âgés, ouvrent à l'aube."),
    (
        "fr",
        "Mme Claire Dubois, directrice d'une école rurale, a expliqué que son école a perdu "
        "ses archives.",
    ),
    (
        "fr",
        "Le principal constat de l'enquête est que, dans les villages, les écoles manquent de "
        "livres.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence"), STAY)
def test_what_only_looks_like_a_call_or_a_split_frame_stays(
    fresh: None, lang: str, sentence: str
) -> None:
    kind = kinds.classify(sentence, lang)
    assert kinds.voiced_text(kind.point, lang, kind.cuts) == kind.point


def test_the_kind_and_the_point_stay(fresh: None) -> None:
    sentence = "Участники предостерегли от закрытия сельских рынков."
    point = kinds.classify(sentence, "ru").point
    assert kinds.voiced(sentence, "ru") == "Следует избегать закрытия сельских рынков."
    kinds.clear_caches()
    assert kinds.classify(sentence, "ru").point == point  # grouped by the same point


# A call that closes a session and a unanimous view (``synth/kind_cues_closing.py``): the
# call's object or the view's content is the point, not a description of the session.
CLOSING = [
    (
        "en",
        "The session concluded with a call for a shared register of ferry timetables.",
        "There is a need for a shared register of ferry timetables.",
    ),
    (
        "en",
        "The meeting ended with an appeal to publish seed bank stock lists online.",
        "There is a need to publish seed bank stock lists online.",
    ),
    (
        "en",
        "Participants were unanimous that rent caps slow evictions.",
        "Rent caps slow evictions.",
    ),
    (
        "en",
        "Participants were unanimous in calling for night ferries in winter.",
        "There is a need for night ferries in winter.",
    ),
    (
        "fr",
        "La séance s'est achevée sur un appel à publier les tarifs des ferries en ligne.",
        "Il faut publier les tarifs des ferries en ligne.",
    ),
    (
        "es",
        "La reunión terminó con un llamamiento a crear un registro único de inquilinos.",
        "Es necesario crear un registro único de inquilinos.",
    ),
    (
        "ru",
        "Участники завершили обсуждение призывом создать единый реестр очередников.",
        "Следует создать единый реестр очередников.",
    ),
    (
        "ru",
        "Заседание завершилось призывом сохранить ночные паромы зимой.",
        "Следует сохранить ночные паромы зимой.",
    ),
    (
        "ar",
        "واختتمت الجلسة بدعوة إلى إنشاء سجل موحد لقوائم انتظار السكن الاجتماعي.",
        "ينبغي إنشاء سجل موحد لقوائم انتظار السكن الاجتماعي.",
    ),
]

#: A session that ended with no point of the meeting's after it stays a description.
CLOSING_DESCRIPTIVE = [
    ("en", "The session concluded with closing remarks from the chair."),
    ("en", "The session concluded with a call for questions from the floor."),
    ("en", "Participants were unanimous in their praise of the organisers."),
    ("fr", "La séance s'est conclue par les remerciements du président."),
    ("es", "La sesión concluyó con las palabras de clausura de la presidenta."),
    ("ru", "Заседание завершилось заключительным словом председателя."),
    ("zh", "会议最后由主席致闭幕词。"),
    ("ar", "واختتمت الجلسة بكلمة ختامية لرئيس الجلسة."),
]


@pytest.mark.parametrize(("lang", "sentence", "point"), CLOSING)
def test_a_closing_call_or_a_unanimous_view_is_a_framed_point(
    fresh: None, lang: str, sentence: str, point: str
) -> None:
    kind = kinds.classify(sentence, lang)
    assert (kind.kind, kind.point) == ("framed", point)


@pytest.mark.parametrize(("lang", "sentence"), CLOSING_DESCRIPTIVE)
def test_a_session_that_ended_with_no_point_stays_a_description(
    fresh: None, lang: str, sentence: str
) -> None:
    assert kinds.classify(sentence, lang).kind == "descriptive"


def test_the_closing_setting_off_sets_them_aside_as_before(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(closing, "ON", False)
    kinds.clear_caches()
    assert kinds.classify(CLOSING[0][1], "en").kind == "descriptive"
    assert kinds.classify(CLOSING[8][1], "ar").kind == "descriptive"
