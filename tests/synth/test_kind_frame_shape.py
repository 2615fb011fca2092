"""Frames read by their shape (``synth/kind_frame_shape.py``): a frame in words no cue list
has is taken off the message text, and a source of the view before the point; calls, one
person's words, evidence and points that only look like a frame stay whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_messages.synth import kind_cues_voice8 as voice8
from forum_messages.synth import kind_cues_voice9 as voice9
from forum_messages.synth import kind_cues_voice11 as voice11
from forum_messages.synth import kind_frame_model as frame_model
from forum_messages.synth import kind_frame_shape as shape
from forum_messages.synth import kinds

from .helpers import voiced_point


def _flag(name: str) -> Iterator[None]:
    """One of the module's switches off while a test runs, caches emptied before and after."""
    setattr(shape, name, False)
    kinds.clear_caches()
    try:
        yield
    finally:
        setattr(shape, name, True)
        kinds.clear_caches()


@pytest.fixture
def off() -> Iterator[None]:
    """The shape off (the rules as they were; the learned frame model off too)."""
    saved = frame_model.ON
    frame_model.ON = False
    try:
        yield from _flag("ON")
    finally:
        frame_model.ON = saved


TAKEN_OFF = [
    (
        "en",
        "The hackathon showed that volunteer mappers update flood maps faster than the agency.",
        "Volunteer mappers update flood maps faster than the agency.",
    ),
    (
        "en",
        "Most of the librarians we spoke to agreed that lending hotspots brings back readers.",
        "Lending hotspots brings back readers.",
    ),
    (
        "fr",
        "Les bibliothécaires de la région ont constaté que les prêts de tablettes ont doublé.",
        "Les prêts de tablettes ont doublé.",
    ),
    (
        "es",
        "Los alcaldes coincidieron en que los puntos de acceso comunitarios necesitan un técnico.",
        "Los puntos de acceso comunitarios necesitan un técnico.",
    ),
    (
        "es",
        "La encuesta a los docentes mostró que los alumnos comparten un teléfono entre tres.",
        "Los alumnos comparten un teléfono entre tres.",
    ),
    (
        "ru",
        "Библиотекари района пришли к выводу, что читатели чаще берут планшеты, чем книги.",
        "Читатели чаще берут планшеты, чем книги.",
    ),
    ("zh", "从村民的反馈来看，夜间的公交班次太少。", "夜间的公交班次太少。"),
    (
        "ar",
        "ويتضح من رسائل المستمعين أن الإذاعة المحلية هي المصدر الأول للأخبار.",
        "الإذاعة المحلية هي المصدر الأول للأخبار.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "point"), TAKEN_OFF)
def test_a_frame_read_by_its_shape_is_taken_off(lang: str, sentence: str, point: str) -> None:
    assert voiced_point(sentence, lang) == point


@pytest.mark.parametrize(("lang", "sentence", "point"), TAKEN_OFF)
def test_the_rules_without_the_shape_left_them_whole(
    off: None, lang: str, sentence: str, point: str
) -> None:
    assert voiced_point(sentence, lang) == sentence


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a call: its subject an actor of the world, with a modal
        ("en", "Governments must ensure that rural schools are connected by 2030."),
        # a copula whose subject is no meeting, no people, no words of theirs
        ("en", "One of the biggest problems is that spare parts take months to arrive."),
        ("fr", "L'une des difficultés est que les coopératives n'ont pas de compte commun."),
        # a relative clause after a noun of will, no frame at all
        ("fr", "Les recommandations que personne ne finance restent lettre morte."),
        # the clause's subject a pronoun that stood for the frame's
        ("en", "The hackathon showed that they need more volunteers on weekends."),
        # Arabic whose clause would not stand without "أنّ" (an accusative subject)
        ("ar", "يتبين من زيارات المدارس أن المعلمين يحتاجون إلى تدريب على الأجهزة."),
    ],
)
def test_calls_and_points_that_look_like_frames_stay_whole(lang: str, sentence: str) -> None:
    assert voiced_point(sentence, lang) == sentence


def test_a_call_in_a_clause_is_no_frame_of_the_shape(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "asked that" + subjunctive is a call: the shape leaves it whole (it would leave "Los
    gobiernos publiquen ..."); ``kind_cues_voice8.CALLS`` reads it as a call
    (tests/synth/test_kind_frames_spent.py)."""
    monkeypatch.setattr(voice8, "CALLS", False)
    kinds.clear_caches()
    sentence = "Los participantes pidieron que los gobiernos publiquen sus contratos."
    assert voiced_point(sentence, "es") == sentence


def test_a_frame_with_a_predicate_outside_the_lexicon_stays() -> None:
    sentence = "The villagers grumbled that the bus comes only twice a week."
    found = shape.read(sentence, "en")
    assert found is not None and found.predicate == "grumbl"
    assert found.predicate not in shape.PREDICATES["en"]
    assert voiced_point(sentence, "en") == sentence
    at = list(range(len(sentence) + 1))
    lexicon = {"en": frozenset({"grumbl"})}
    assert shape.shape_point(sentence, sentence, at, "en", lexicon) == (
        "the bus comes only twice a week."
    )


def test_predicates_are_read_by_their_first_letters() -> None:
    for said in ("stressed", "stresses"):
        found = shape.read(f"The mayors {said} that buses need ramps at every stop.", "en")
        assert found is not None and found.predicate == "stress"
    found = shape.read("Депутаты подчеркнули, что автобусам нужны пандусы.", "ru")
    assert found is not None and found.predicate in shape.PREDICATES["ru"]


def test_no_predicate_of_will_in_the_lexicon() -> None:
    for lang, words in shape.PREDICATES.items():
        assert not any(shape.WILL[lang].search(w) for w in words), lang


# ------------------------------------------------------------ a source before the point
# (``lead_point``): "According to participants, X", "По мнению участников, X", "在与会者看来，X",
# "委员们一致认为X" give X; one person's view, evidence and plain points stay whole.


@pytest.fixture
def no_leads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shape on, the sources before the point off (the fifty-sixth round's sources of a
    common view too, ``kind_cues_voice11.SOURCE``); caches emptied before and after."""
    monkeypatch.setattr(voice11, "SOURCE", False)
    yield from _flag("LEADS")


TAKEN_OFF = [
    (
        "en",
        "In the eyes of most panellists, fishing villages hear storm warnings on the radio first.",
        "Fishing villages hear storm warnings on the radio first.",
    ),
    (
        "en",
        "As the delegates from small islands noted, repair ships for cables are booked for months.",
        "Repair ships for cables are booked for months.",
    ),
    (
        "fr",
        "De l'avis des intervenants, les radios locales restent le premier canal d'alerte.",
        "Les radios locales restent le premier canal d'alerte.",
    ),
    (
        "es",
        "A juicio de los ponentes, las bibliotecas rurales prestan más módems que libros.",
        "Las bibliotecas rurales prestan más módems que libros.",
    ),
    (
        "ru",
        "По мнению большинства экспертов, сельские библиотеки выдают модемы чаще, чем книги.",
        "Сельские библиотеки выдают модемы чаще, чем книги.",
    ),
    (
        "ru",
        "Как подчеркнули участники, ремонтные суда для кабелей заняты на месяцы вперёд.",
        "Ремонтные суда для кабелей заняты на месяцы вперёд.",
    ),
    (
        "ar",
        "بحسب المشاركين، فإن معظم أعطال الكابلات الأرضية سببها أعمال الحفر.",
        "معظم أعطال الكابلات الأرضية سببها أعمال الحفر.",
    ),
    (
        "ar",
        "وفقا للخبراء، تحتاج الإذاعات المحلية إلى ترددات مجانية كي تستمر.",
        "تحتاج الإذاعات المحلية إلى ترددات مجانية كي تستمر.",
    ),
    (
        "zh",
        "在与会专家看来，乡村图书馆借出的无线网卡比图书还多。",
        "乡村图书馆借出的无线网卡比图书还多。",
    ),
    ("zh", "经过讨论，代表们一致认为海底光缆维修船严重不足。", "海底光缆维修船严重不足。"),
    (
        "zh",
        "嘉宾们回顾了各地的做法，认为社区广播仍是最快的预警渠道。",
        "社区广播仍是最快的预警渠道。",
    ),
    (
        "zh",
        "会上，代表们反复强调一点：维修船是全地区的单一故障点。",
        "维修船是全地区的单一故障点。",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "point"), TAKEN_OFF)
def test_a_source_before_the_point_is_taken_off(lang: str, sentence: str, point: str) -> None:
    assert voiced_point(sentence, lang) == point


@pytest.mark.parametrize(("lang", "sentence", "point"), TAKEN_OFF)
def test_without_the_sources_they_stayed_whole(
    no_leads: None, lang: str, sentence: str, point: str
) -> None:
    assert voiced_point(sentence, lang) != point


KEPT = [
    # one person's view: an attribution, left to the caller (``kind_cues_voice9`` reads
    # neither: a role it does not list, an Arabic source)
    ("es", "Según la investigadora Carmen Ortiz, el 40 % de las escuelas no tiene conexión."),
    ("ar", "بحسب المهندس طارق العمري، فإن معظم أعطال الكابلات سببها أعمال الحفر."),
    # evidence, not a frame
    ("fr", "Selon le recensement de 2023, un ménage rural sur quatre n'a aucune connexion."),
    ("es", "Según una encuesta a los participantes, la mitad se conecta desde el teléfono."),
    ("ru", "По данным опроса участников, половина подключается с телефона."),
    ("zh", "据与会者调查，一半的村庄没有网络。"),
    # a group that is what the point is about, not who holds the view
    ("en", "For small businesses, the cost of a security audit is out of reach."),
    ("es", "Para exportar, las pequeñas empresas necesitan pagos en línea baratos."),
    # no clause of its own after the source
    ("en", "In the view of participants, they need more of it."),
    ("zh", "在与会者看来，这很重要。"),
    # Chinese: no group subject, a noun before "的", a verb with an object
    ("zh", "闭门会议的结论也应当向公众说明。"),
    ("zh", "论坛的讨论发现了很多问题。"),
    ("zh", "研究人员认为数字鸿沟正在扩大。"),
]


@pytest.mark.parametrize(("lang", "sentence"), KEPT)
def test_one_person_evidence_and_plain_points_stay_whole(lang: str, sentence: str) -> None:
    assert voiced_point(sentence, lang) == sentence


def test_the_chinese_frame_without_a_comma_needs_a_known_predicate() -> None:
    sentence = "委员们一致认为平台上的少儿节目都应免注册观看。"
    at = list(range(len(sentence) + 1))
    assert shape.lead_point(sentence, sentence, at, "zh", frozenset({"认为"})) == (
        "平台上的少儿节目都应免注册观看。"
    )
    assert shape.lead_point(sentence, sentence, at, "zh", frozenset({"强调"})) is None


def test_an_arabic_predicate_is_read_without_the_feminine_t() -> None:
    sentence = "أجمعت المتحدثات على أن الفجوة الرقمية بين الجنسين لم تعد تتعلق بالنفاذ فقط."
    point = "الفجوة الرقمية بين الجنسين لم تعد تتعلق بالنفاذ فقط."
    assert voiced_point(sentence, "ar") == point
    flag = _flag("FEMININE")
    next(flag)
    general = _flag("GENERAL")  # the closed class of heads reads "أجمعت" on its own
    next(general)
    try:
        assert voiced_point(sentence, "ar") == sentence  # "أجمعت" is no predicate of the lexicon
    finally:
        next(general, None)
        next(flag, None)


#: one person's words (an attribution): the shape keeps their speaker; the forty-eighth
#: round's ``kind_cues_voice9.SPEAKER`` takes the speaker off the text
#: (tests/synth/test_kind_voice_speakers.py)
ONE_PERSON = [
    (
        "fr",
        "La représentante du Bénin a souligné que les opérateurs doivent partager.",
        "Les opérateurs doivent partager.",
    ),
    (
        "en",
        "She noted that the new portal had doubled the number of applications.",
        "The new portal had doubled the number of applications.",
    ),
    (
        "en",
        "In the view of Ms Maria Lopez of the Digital Rights Lab, most appeals go unanswered.",
        "Most appeals go unanswered.",
    ),
    (
        "fr",
        "Selon Mme Awa Diallo, la plupart des conditions d'utilisation restent illisibles.",
        "La plupart des conditions d'utilisation restent illisibles.",
    ),
    (
        "ru",
        "По словам представителя оператора, вышки подешевели на треть.",
        "Вышки подешевели на треть.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "text"), ONE_PERSON)
def test_one_persons_words_keep_their_speaker_in_the_shape(
    monkeypatch: pytest.MonkeyPatch, lang: str, sentence: str, text: str
) -> None:
    kinds.clear_caches()
    assert voiced_point(sentence, lang) == text
    monkeypatch.setattr(voice9, "SPEAKER", False)
    kinds.clear_caches()
    try:
        assert voiced_point(sentence, lang) == sentence
    finally:
        kinds.clear_caches()
