"""The obligations and calls as writers write them beyond the modals
(``kind_cues_model._WRITTEN``, read by ``POLICY_CUES`` for the languages ``WRITTEN_CALLS``
names), in the six languages, with the look-alikes they must leave alone. Real behaviour of the
patterns."""

from __future__ import annotations

import pytest

from forum_messages.synth import kind_cues_model
from forum_messages.synth.kind_cues_model import POLICY_CUES

CALLS = [
    # an Arabic obligation at a sentence's head, with "أن" or a verbal noun, and "we call"
    "على هيئات الاتصالات أن تنشر خرائط التغطية الفعلية كل عام.",
    "وعلى البلديات إتاحة بيانات النقل العام بصيغ مفتوحة.",
    "تراجعت الأسعار قليلاً. على المشغلين أن يخفضوا رسوم التجوال أيضاً.",
    "ندعو المصارف المركزية إلى نشر تكلفة التحويلات المالية كاملة.",
    "من الضروري تمويل صيانة الشبكات المجتمعية بعد انتهاء المشاريع.",
    # Spanish
    "Que los reguladores publiquen cada año el mapa del espectro sin usar.",
    "Las escuelas rurales tienen que recibir conectividad con mantenimiento incluido.",
    "Pedimos a los ministerios que publiquen el costo de cada apagón de internet.",
    "La coalición recomienda que las bibliotecas abran sus catálogos como datos abiertos.",
    "Es indispensable financiar a los equipos de respuesta con un presupuesto propio.",
    # French
    "Il convient de publier les tarifs de gros de la fibre dans chaque région.",
    "Il est urgent de former les juges aux preuves numériques.",
    "Les États sont invités à interdire la revente des données de localisation.",
    "Nous demandons aux plateformes un canal de signalement en wolof.",
    # English
    "The network recommends that ministries budget for repairing school laptops.",
    "We ask regulators to publish the cost of every shutdown they order.",
    "The coalition urges universities to keep their repositories open.",
    "There is a need for two technicians per hundred solar pumps.",
    "It is essential that cable repair ships can enter territorial waters without delay.",
    # Russian
    "Общинным сетям нужны бесплатные частоты в сельских районах.",
    "Молодёжный совет призывает включать молодых людей в программный комитет.",
    "Операторы обязаны сообщать о каждом отключении в течение суток.",
    "Отключать интернет во время экзаменов нельзя.",
    # Chinese
    "各地务必在汛期前完成基站备用电源的检查。",
    "有必要为农村老人保留线下办理渠道。",
    "平台不得在未经同意的情况下出售用户的位置数据。",
]

LOOK_ALIKES = [
    # Arabic: adverbial heads, a source, "على" inside a sentence, an invitation to attend
    "على الرغم من التحديات، شارك أكثر من مئة شخص في الورشة.",
    "على مدى ثلاث ساعات ناقش المشاركون مستقبل الكابلات البحرية.",
    "على هامش المنتدى، عُرض فيلم قصير عن الشبكات المجتمعية.",
    "وعلى ذمّة المنظمين، حضر الجلسة مئتا شخص.",
    "ركزت الجلسة على أن الشبكات المجتمعية تحتاج إلى ترددات.",
    "ندعو أولياء الأمور إلى حضور معرض أعمال التلاميذ يوم الخميس.",
    # Spanish: "tener que ver", an apology, "que" not at the head
    "La mitad de las reclamaciones tienen que ver con la facturación.",
    "Pedimos disculpas por el ruido de fondo de los primeros minutos.",
    "La sesión mostró que los reguladores publican poco.",
    # French: bring a phone, take part
    "Les participants sont invités à apporter leur téléphone.",
    "Les délégués sont invités à participer à la visite du port.",
    # English: the session urged people to register; a past recommendation with no "that"
    "The session urged participants to register for the field visit.",
    "The ministry recommended in 2019 a review of the licensing fees.",
    "The moderator asked whether regulators were ready.",
    # Russian: a question, an indirect question, no registration needed
    "Участники обсудили, нужна ли единая платформа.",
    "Эксперты обсудят, какие институты нужны для координации работы сети.",
    "Сессия открыта для всех; регистрация не требуется.",
    # Chinese: whether it is necessary, had to
    "与会者讨论了是否有必要设立区域基金。",
    "一位护士说，医护人员不得不连续三周使用纸质病历。",
]


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kind_cues_model, "WRITTEN_CALLS", frozenset(kind_cues_model._WRITTEN))


@pytest.mark.parametrize("text", CALLS)
def test_written_calls_are_marked_when_on(written: None, text: str) -> None:
    assert POLICY_CUES.search(text), text


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_marked(written: None, text: str) -> None:
    assert not POLICY_CUES.search(text), text


def test_off_keeps_the_modals_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kind_cues_model, "WRITTEN_CALLS", frozenset())
    # none of the written forms is read with the setting off, and the modals still are
    assert not any(POLICY_CUES.search(text) for text in CALLS)
    assert POLICY_CUES.search("Governments should publish spectrum maps.")
    assert POLICY_CUES.search("يجب على الحكومات نشر خرائط الطيف.")
    assert POLICY_CUES.pattern == kind_cues_model._POLICY_MODALS.pattern


def test_the_skeleton_reads_the_modals_alone(written: None) -> None:
    # ``match`` (read word by word by the grammar skeleton) keeps to the modals either way
    assert POLICY_CUES.match("should")
    assert not POLICY_CUES.match("urges")
    assert not POLICY_CUES.match("务必")
    assert "_WRITTEN" not in POLICY_CUES.pattern and "务必" in POLICY_CUES.pattern


def test_each_language_s_forms_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # the setting names languages: the Arabic head alone leaves the Russian "нужны" unread
    monkeypatch.setattr(kind_cues_model, "WRITTEN_CALLS", frozenset({"ar"}))
    assert POLICY_CUES.search("على المشغلين أن يخفضوا رسوم التجوال.")
    assert not POLICY_CUES.search("Общинным сетям нужны бесплатные частоты.")
    monkeypatch.setattr(kind_cues_model, "WRITTEN_CALLS", frozenset({"ru"}))
    assert not POLICY_CUES.search("على المشغلين أن يخفضوا رسوم التجوال.")
    assert POLICY_CUES.search("Общинным сетям нужны бесплатные частоты.")
