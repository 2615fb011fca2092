"""The running of a meeting as records tell it (``synth.kind_cues_proceedings``): the time
left, the speaking queue and the chat, a summary that is not the official record, a forum held
in hybrid format, the panel moving on to its next question, a review "without firm
conclusions"; in each language, with the points that look like them. And two Arabic clauses
that are not descriptions: "ما كانت" in a relative clause, "بالقول إن" after a closing verb.
Real behaviour of ``classify``."""

from __future__ import annotations

import pytest

from forum_messages.synth.kinds import classify

DESCRIPTIONS = [
    ("en", "We have about five minutes left, so let me ask for one last comment from the floor."),
    ("en", "Please use the speaking queue to take the floor, or type your name in the chat."),
    ("en", "Disclaimer: this report was generated automatically and is not the official record."),
    ("en", "The regional forum was held for the first time in hybrid format, with two hubs."),
    ("en", "The discussion then moved on to the third question, on funding for local content."),
    ("en", "The panel compared three licensing models without reaching firm conclusions."),
    ("fr", "Il nous reste cinq minutes ; je donne la parole à la salle."),
    ("fr", "Merci d'utiliser la file d'attente ou d'écrire votre nom dans le chat."),
    ("fr", "Ce résumé ne constitue pas le compte rendu officiel de la séance."),
    ("fr", "La rencontre s'est tenue cette année en format hybride, avec deux sites distants."),
    ("fr", "Le débat s'est ensuite tourné vers la question suivante, celle du financement."),
    ("fr", "Ont participé au débat une députée, un chercheur et le président d'une association."),
    ("fr", "Le panel a comparé trois modèles de licences sans tirer de conclusions fermes."),
    ("es", "Nos quedan cinco minutos, así que paso la palabra a la sala."),
    ("es", "Por favor, escriban su nombre en el chat si desean intervenir."),
    ("es", "Este resumen no es el registro oficial de la sesión."),
    ("es", "El encuentro se celebró este año en formato híbrido, con dos sedes remotas."),
    ("es", "La mesa comparó tres modelos de licencias, sin llegar a conclusiones claras."),
    ("ru", "У нас осталось пять минут, поэтому дадим слово залу."),
    ("ru", "Просим записываться в очередь выступающих через чат."),
    ("ru", "Этот обзор не является официальным протоколом заседания."),
    ("ru", "Форум впервые прошёл в гибридном формате с двумя удалёнными площадками."),
    ("ru", "Эксперты сравнили три модели лицензирования, не придя к однозначным выводам."),
    ("zh", "我们还剩五分钟，请现场观众提最后一个问题。"),
    ("zh", "如需发言，请在聊天区留下姓名。"),
    ("zh", "本纪要由志愿者整理，并非会议的正式记录。"),
    ("zh", "今年的区域论坛首次以线上线下相结合的方式举行。"),
    ("zh", "嘉宾们比较了三种许可模式，未形成明确结论。"),
    ("ar", "بقيت لدينا خمس دقائق، لذا نفتح الباب لسؤال أخير من القاعة."),
    ("ar", "يرجى كتابة أسمائكم في نافذة الدردشة لطلب الكلمة."),
    ("ar", "هذا الملخص لا يُعدّ المحضر الرسمي للجلسة."),
    ("ar", "عُقد المنتدى الإقليمي هذا العام بصيغة هجينة مع مركزين للمشاركة عن بعد."),
    ("ar", "قارنت الجلسة ثلاثة نماذج للترخيص من دون التوصل إلى استنتاجات واضحة."),
]

POINTS = [
    ("en", "We have ten minutes left to decide whether the cable fund survives, so act now."),
    ("en", "Meetings held in hybrid format should give remote participants equal speaking time."),
    ("en", "Please make sure that remote participants can use the chat in their own language."),
    ("fr", "Les réunions en format hybride doivent donner le même temps de parole à distance."),
    ("es", "Las reuniones en formato híbrido deben dar igual tiempo a quien participa en línea."),
    ("ru", "Встречи в гибридном формате должны давать удалённым участникам равное время."),
    ("zh", "研究尚未形成明确结论，因此监管机构应当谨慎行事。"),
    ("ar", "يجب أن تُعقد الاجتماعات بصيغة هجينة حتى يشارك الجميع."),
    # a relative clause, not a description of the forum
    ("ar", "ولفت عدد من المتحدثين إلى أن المنتدى أصبح منصة أساسية لفئات ما كانت لتلتقي لولاه."),
    # what the moderator said when closing, not how the session closed
    ("ar", "واختتم مدير الجلسة بالقول إن المساءلة في المشتريات العامة تبقى وعداً على الورق."),
]


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_the_running_of_the_meeting_is_descriptive(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_that_look_like_it_are_not(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


def test_the_arabic_closing_verb_still_describes_without_a_saying() -> None:
    assert classify("واختتم مدير الجلسة النقاش بشكر المتحدثين.", "ar").kind == "descriptive"
    assert classify("الجلسة كانت مخصصة لبحث أمن الشبكات.", "ar").kind == "descriptive"


def test_the_gate_words_let_a_likely_description_through_below_sure() -> None:
    """Between the threshold (0.65) and ``sure`` (0.75) a statement is set aside only with a
    word of a meeting: a committee's proceedings and a webinar now count as one."""
    import numpy as np

    from forum_messages.synth.kind_cues_model import EVENT_CUES, GATE_CUES
    from forum_messages.synth.kind_model import DescriptiveModel

    texts = [
        "Two other drafts were adopted today without a vote.",
        # without a figure: "одобрил 48 проектов" is a pattern's (``kind_cues_minutes``)
        "Комитет одобрил проекты резолюций и пять решений.",
        "研讨揭示了各地在推进适老化改造方面的不同做法。",
        "نوقشت في اليوم الأول قضايا النفاذ والموارد الحرجة.",
        "Cheap satellite terminals are still taxed as luxury goods.",
    ]
    assert not any(EVENT_CUES.search(t) for t in texts)
    assert [bool(GATE_CUES.search(t)) for t in texts] == [True, True, True, True, False]
    langs = ["en", "ru", "zh", "ar", "en"]
    kinds = [classify(t, lang) for t, lang in zip(texts, langs, strict=True)]
    model = DescriptiveModel()
    assert model.decide(np.full(5, 0.7), texts, kinds) == [True, True, True, True, False]
    assert model.decide(np.full(5, 0.6), texts, kinds) == [False] * 5
    assert model.decide(np.full(5, 0.8), texts, kinds) == [True] * 5


def test_weights_of_one_fit_as_no_weights() -> None:
    import numpy as np

    from forum_messages.synth.kind_model import DescriptiveModel

    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 6))
    y = (x[:, 0] + 0.3 * rng.normal(size=40) > 0).astype(np.float64)
    model = DescriptiveModel(steps=200, skeleton=False)
    w, b = model.fit_arrays(x, y)
    w1, b1 = model.fit_arrays(x, y, np.ones(40))
    assert np.array_equal(w, w1) and b == b1
    # a half of the statements weighing more moves the fit
    w2, _ = model.fit_arrays(x, y, np.where(np.arange(40) < 20, 3.0, 1.0))
    assert not np.array_equal(w, w2)
