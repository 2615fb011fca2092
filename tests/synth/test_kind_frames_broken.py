"""Frame rewrites that would leave a broken sentence (the sixty-third round): a frame's second
part mended as its first was rewritten (``kind_cues_voice14.SECOND_HEADS``: "ينبغي X، وعلى
ضرورة Y" -> "ينبغي X، وينبغي Y", "X, y en que Y" -> "X, y Y", "X should A and to B" -> "X
should A and B"), and the Russian "То, что мы услышали ..." read as a frame only before a dash,
"это" or a colon (as a subject, "То, что мы услышали от X, было ...", it is the point). On
sentences of our own (bus shelters on rural roads, community radio licences), in the languages
where each shape exists; look-alikes stay as written."""

from __future__ import annotations

from typing import Any

import pytest

from forum_messages.synth import kind_cues_voice13 as voice13
from forum_messages.synth import kind_cues_voice14 as voice14
from forum_messages.synth import kinds

from .helpers import frame_reading_tests, stays_whole_test, voiced_point

SETTINGS = voice14.SETTINGS

#: (setting, language, sentence, the message text)
READ = [
    # Arabic: a necessity stressed twice, the second "على ضرورة" with the first rewritten
    (
        "SECOND_HEADS",
        "ar",
        "شدد المشاركون على ضرورة إنشاء مظلات في محطات الحافلات الريفية، وعلى ضرورة إنارتها ليلاً.",
        "ينبغي إنشاء مظلات في محطات الحافلات الريفية، وينبغي إنارتها ليلاً.",
    ),
    # ... its second part a verb after "على أن", with or without a space after "و"
    (
        "SECOND_HEADS",
        "ar",
        "شدد المشاركون على ضرورة إنشاء مظلات في محطات الحافلات، وعلى أن تتولى البلديات صيانتها.",
        "ينبغي إنشاء مظلات في محطات الحافلات، وينبغي أن تتولى البلديات صيانتها.",
    ),
    (
        "SECOND_HEADS",
        "ar",
        "شدد المشاركون على ضرورة إنشاء مظلات في محطات الحافلات، و على أن تتولى البلديات صيانتها.",
        "ينبغي إنشاء مظلات في محطات الحافلات، وينبغي أن تتولى البلديات صيانتها.",
    ),
    # ... a call "إلى ضرورة" twice
    (
        "SECOND_HEADS",
        "ar",
        "دعا المشاركون إلى ضرورة تبسيط تراخيص الإذاعات المجتمعية، وإلى ضرورة خفض رسومها.",
        "ينبغي تبسيط تراخيص الإذاعات المجتمعية، وينبغي خفض رسومها.",
    ),
    # ... a report's "على أن" clause, then a necessity
    (
        "SECOND_HEADS",
        "ar",
        "اتفق المشاركون على أن محطات الحافلات الريفية بلا مظلات، وعلى ضرورة بنائها قبل الشتاء.",
        "محطات الحافلات الريفية بلا مظلات، وينبغي بنائها قبل الشتاء.",
    ),
    # Spanish: "y en que" after a frame "coincidir en que"
    (
        "SECOND_HEADS",
        "es",
        "Se coincidió en que las licencias de las radios comunitarias cuestan demasiado, y en que "
        "tardan más de un año en llegar.",
        "Las licencias de las radios comunitarias cuestan demasiado, y tardan más de un año en "
        "llegar.",
    ),
    # French: a necessity's or a call's second infinitive kept its "de" / "à"
    (
        "SECOND_HEADS",
        "fr",
        "Les participants ont souligné la nécessité de réparer les abris des arrêts ruraux et de "
        "les éclairer la nuit.",
        "Il faut réparer les abris des arrêts ruraux et les éclairer la nuit.",
    ),
    (
        "SECOND_HEADS",
        "fr",
        "Le forum appelle les communes à réparer les abris des arrêts ruraux et à les éclairer "
        "la nuit.",
        "Les communes devraient réparer les abris des arrêts ruraux et les éclairer la nuit.",
    ),
    # Spanish: a necessity's second infinitive kept its "de"
    (
        "SECOND_HEADS",
        "es",
        "Los participantes subrayaron la necesidad de reparar los refugios de las paradas "
        "rurales y de iluminarlos de noche.",
        "Es necesario reparar los refugios de las paradas rurales y iluminarlos de noche.",
    ),
    # Russian: "и в том, что" / "и с тем, что" after the frame's "в том, что"
    (
        "SECOND_HEADS",
        "ru",
        "Участники сошлись в том, что остановок с навесами не хватает, и в том, что их никто "
        "не освещает.",
        "Остановок с навесами не хватает, и их никто не освещает.",
    ),
    (
        "SECOND_HEADS",
        "ru",
        "Участники согласились с тем, что остановок с навесами не хватает, и с тем, что их "
        "никто не освещает.",
        "Остановок с навесами не хватает, и их никто не освещает.",
    ),
    # English: a call's second infinitive
    (
        "SECOND_HEADS",
        "en",
        "Participants called on transport boards to build shelters at rural bus stops and to "
        "light them at night.",
        "Transport boards should build shelters at rural bus stops and light them at night.",
    ),
    (
        "SECOND_HEADS",
        "en",
        "We urge regulators to cut the fees for community radio licences and to decide each "
        "request within three months.",
        "Regulators should cut the fees for community radio licences and decide each request "
        "within three months.",
    ),
]

taken_off, setting_off, kind_kept = frame_reading_tests(voice14, READ, SETTINGS)
test_taken_off = taken_off
test_setting_off = setting_off
test_kind_kept = kind_kept

#: (language, sentence): look-alikes whose text stays as written
STAY = [
    # Russian: what was heard as the sentence's subject, not a frame
    ("ru", "То, что мы услышали от министерства транспорта, было обещанием, а не планом."),
    ("ru", "То, что мы услышали от водителей, оказалось важнее любых отчётов."),
    ("ru", "Всё, что мы услышали о лицензиях, говорит о том, что радио никто не ждёт."),
    # French and Spanish: a second "de" / "à" whose first is still in the text
    ("fr", "Il faut tenir compte de la nuit et de la pluie aux arrêts ruraux."),
    ("es", "Hay que hablar de las paradas rurales y de iluminar los refugios."),
    # Spanish: the first "en que" still in the text
    (
        "es",
        "Las radios comunitarias dependen de la forma en que se reparten las frecuencias, y en "
        "que nadie revisa ese reparto.",
    ),
]

test_stays_whole = stays_whole_test(STAY)

#: (language, sentence, the message text): look-alikes of the mend, rewritten as before it
KEPT_AS_BEFORE = [
    # English: the second "to" has a first ("able to"), or is a preposition before a place
    (
        "en",
        "Participants agreed that drivers must be able to report a broken shelter and to see "
        "when it will be repaired.",
        "Drivers must be able to report a broken shelter and to see when it will be repaired.",
    ),
    (
        "en",
        "Participants called on transport boards to send buses to the villages and to the markets.",
        "Transport boards should send buses to the villages and to the markets.",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "text"), KEPT_AS_BEFORE)
def test_look_alike_as_before(
    fresh: None, monkeypatch: pytest.MonkeyPatch, lang: str, sentence: str, text: str
) -> None:
    assert voiced_point(sentence, lang) == text
    monkeypatch.setattr(voice14, "SECOND_HEADS", False)
    kinds.clear_caches()
    assert voiced_point(sentence, lang) == text


#: Arabic "وعلى أن" before a noun, a clause of report that no "ينبغي" takes: the sentence is
#: kept as written, where the older rule (``kind_cues_voice4``) or the group's necessity
#: (``kind_cues_voice13.AR_NEED``) would write "ينبغي X، وعلى أن ..." / "وينبغي أن المحطات ..."
AR_REPORT = [
    (
        "شدد المشاركون على ضرورة إنشاء مظلات في محطات الحافلات، وعلى أن المحطات الحالية بلا إنارة.",
        voice14,
        "SECOND_HEADS",
    ),
    (
        "أكد المتحدثون على ضرورة بناء مظلات في محطات الحافلات، وعلى أن المحطات الحالية بلا إنارة.",
        voice13,
        "SECOND_VERB",
    ),
    (
        "اتفق المشاركون على أن محطات الحافلات الريفية بلا مظلات، وعلى أن البلديات لا تملك ميزانية "
        "لها.",
        voice14,
        "SECOND_HEADS",
    ),
]


@pytest.mark.parametrize(("sentence", "module", "setting"), AR_REPORT)
def test_ar_report_clause_kept_whole(
    fresh: None, monkeypatch: pytest.MonkeyPatch, sentence: str, module: Any, setting: str
) -> None:
    assert voiced_point(sentence, "ar") == sentence
    monkeypatch.setattr(module, setting, False)
    kinds.clear_caches()
    assert voiced_point(sentence, "ar") != sentence


def test_ar_need_second_part_after_a_space(fresh: None) -> None:
    """The group's necessity (``AR_NEED``) reads its second "و على أن" written with a space."""
    sentence = (
        "أكد المتحدثون على ضرورة بناء مظلات في محطات الحافلات، و على أن تتولى البلديات صيانتها."
    )
    text = "لا بد من بناء مظلات في محطات الحافلات، وينبغي أن تتولى البلديات صيانتها."
    assert voiced_point(sentence, "ar") == text


#: (sentence, the message text): the Russian frame of what was heard, still read
RU_HEARD = [
    (
        "То, что мы услышали, — это просьба о деньгах на ремонт остановок.",
        "Просьба о деньгах на ремонт остановок.",
    ),
    (
        "То, что мы услышали сегодня, — это то, что остановки зимой никто не чистит.",
        "Остановки зимой никто не чистит.",
    ),
    ("То, что мы услышали: остановки зимой никто не чистит.", "Остановки зимой никто не чистит."),
]


@pytest.mark.parametrize(("sentence", "text"), RU_HEARD)
def test_ru_heard_frame_read(fresh: None, sentence: str, text: str) -> None:
    assert kinds.classify(sentence, "ru").kind == "framed"
    assert voiced_point(sentence, "ru") == text


def test_ru_heard_subject_is_a_point(fresh: None) -> None:
    sentence = "То, что мы услышали от министерства транспорта, было обещанием, а не планом."
    assert kinds.classify(sentence, "ru").kind == "point"


#: (sentence, the message text): a Russian frame of calling or necessity the kinds step cuts
#: before a bare infinitive, the modal given (``RU_INFINITIVE``; the point changes with it)
RU_INFINITIVE = [
    (
        "Участники призвали построить навесы на сельских остановках и осветить их ночью.",
        "Необходимо построить навесы на сельских остановках и осветить их ночью.",
    ),
    (
        "Участники подчеркнули необходимость упростить лицензии для общинных радиостанций.",
        "Необходимо упростить лицензии для общинных радиостанций.",
    ),
    (
        "Участники рекомендовали провести опрос водителей сельских автобусов.",
        "Следует провести опрос водителей сельских автобусов.",
    ),
]


@pytest.mark.parametrize(("sentence", "text"), RU_INFINITIVE)
def test_ru_bare_infinitive_given_its_modal(
    fresh: None, monkeypatch: pytest.MonkeyPatch, sentence: str, text: str
) -> None:
    assert kinds.classify(sentence, "ru").kind == "framed"
    assert voiced_point(sentence, "ru") == text
    monkeypatch.setattr(voice14, "RU_INFINITIVE", False)
    kinds.clear_caches()
    assert kinds.classify(sentence, "ru").kind == "framed"
    assert voiced_point(sentence, "ru") == text.split(" ", 1)[1].capitalize()


#: a party before the infinitive (a noun in "-ти" among them) or a verbal noun after "к": not
#: a bare infinitive, no modal added here
RU_NOT_BARE = [
    "Участники призвали власти ввести ночные рейсы на сельских линиях.",
    "Участники призвали сети общинного радио открыть свои архивы.",
]


@pytest.mark.parametrize("sentence", RU_NOT_BARE)
def test_ru_party_not_a_bare_infinitive(
    fresh: None, monkeypatch: pytest.MonkeyPatch, sentence: str
) -> None:
    on = voiced_point(sentence, "ru")
    assert not on.startswith(("Необходимо", "Следует"))
    monkeypatch.setattr(voice14, "RU_INFINITIVE", False)
    kinds.clear_caches()
    assert voiced_point(sentence, "ru") == on
