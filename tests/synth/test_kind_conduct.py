"""How the meeting was run: descriptions told by construction, and one person's phrasing."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from forum_messages.nlp.base import HashEmbedder
from forum_messages.synth.kinds import DescriptiveModel, Kind, classify

CONDUCT = [
    ("en", "Okay, I think we are nearly out of time, so the last question goes to the gentleman."),
    ("en", "Live captioning and the slides will be posted on the session page."),
    ("en", "The panel was the second in a series organised by the regional registry."),
    ("en", "Mr Ivo Marin shared several slides on the uptake of IPv6 in schools."),
    ("en", "Many valuable ideas and concerns were voiced throughout the session."),
    ("en", "The remaining minutes were used for a group photograph."),
    ("fr", "Merci beaucoup, je passe le micro à notre prochaine intervenante en ligne."),
    ("fr", "La séance a commencé avec dix minutes de retard."),
    ("fr", "Les avis restaient partagés sur le calendrier."),
    ("es", "Bueno, nos quedan cinco minutos; pasamos a la última pregunta del chat."),
    ("es", "La sesión comenzó con quince minutos de retraso."),
    ("es", "El debate fue intenso y por momentos tenso."),
    ("ru", "Спасибо, коллеги, переходим к последнему вопросу из чата."),
    ("ru", "Один из докладчиков не смог подключиться, и его выступление перенесли."),
    ("ru", "Мнения участников по этому поводу разделились."),
    ("zh", "好的，还剩五分钟，请最后一位提问者发言。"),
    ("zh", "会议提供了同声传译和实时字幕。"),
    ("zh", "剩余时间留给了现场提问。"),
    ("ar", "شكرًا، ننتقل إلى السؤال الأخير من القاعة."),
    ("ar", "انقسمت الآراء بشأن الجدول الزمني."),
    ("ar", "وفرت ترجمة فورية إلى الفرنسية طوال الجلسة."),
    # the rules and makeup of the room
    ("en", "The Chatham House Rule was observed throughout the workshop."),
    ("fr", "Tous les orateurs parlaient à titre personnel."),
    ("es", "El panel fue paritario en cuanto a género."),
    ("ru", "Обсуждение велось по правилу Чатем-хауса."),
    ("zh", "本纪要并未涵盖所有现场提问。"),
    ("ar", "تحدث الخبراء بصفتهم الشخصية لا باسم مؤسساتهم."),
]


@pytest.mark.parametrize(("lang", "text"), CONDUCT)
def test_how_the_meeting_was_run_is_a_description(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


NEAR_MISSES = [
    # a finding behind the material shown, a point whose subject is meetings, a point after a
    # chair's thanks: not descriptions
    ("en", "Mr Ivo Marin shared slides showing that half of the schools still lack IPv6."),
    ("en", "Meetings held without interpretation exclude most of the region's civil society."),
    ("en", "Thank you, Chair. Our regulators need budgets, not more rules."),
    ("fr", "Les réunions tenues sans interprétation excluent la société civile de la région."),
    ("es", "Las plataformas deben publicar sus criterios de moderación en lenguas locales."),
    ("ru", "Спасибо. Регуляторам нужны бюджеты, а не новые правила."),
    ("zh", "只提供英文材料的会议会把基层组织挡在门外。"),
    ("ar", "يجب أن تُتاح الترجمة الفورية في كل الاجتماعات الإقليمية."),
]


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_points_near_the_conduct_constructions_are_kept(lang: str, text: str) -> None:
    assert classify(text, lang).kind != "descriptive"


PHRASED = [
    ("en", "The ombudsman, Ms Nora Lind, put it simply: complaints go nowhere without a deadline."),
    ("fr", "Selon les mots de Mme Inès Barry, une loi sans décret reste lettre morte."),
    ("es", "Como señaló la jueza Marta Ruiz, las pruebas digitales se pierden en pocos días."),
    ("ru", "Как выразился инженер Пётр Смолин, сеть без резерва — это лотерея."),
    ("zh", "用一位社区网络负责人的话说，没有维护经费，网络撑不过两年。"),
    ("ar", "قالها المهندس سامي عواد بوضوح: الشبكة بلا صيانة لا تدوم."),
]


@pytest.mark.parametrize(("lang", "text"), PHRASED)
def test_one_persons_phrasing_is_an_attribution(lang: str, text: str) -> None:
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert kind.attribution


class _Fixed(DescriptiveModel):
    """The model with given weights, to isolate the rule that reads its probabilities."""

    def __init__(self, w: np.ndarray, b: float) -> None:
        # the input is the logit alone; the second look (a vote over embeddings) left out
        super().__init__(skeleton=False, neighbours=False)
        self._wb = (w, b)

    def fit(self, embedder: object) -> tuple[np.ndarray, float]:  # type: ignore[override]
        return self._wb


def test_a_sure_model_needs_no_event_word_but_an_unsure_one_does() -> None:
    # one feature, the logit itself: the statement's probability is sigmoid(x)
    model = _Fixed(np.array([1.0]), 0.0)
    texts = [
        "Interpretation into Portuguese was arranged for everyone.",  # no event word
        "Interpretation into Portuguese was arranged for everyone.",
        "The session relied on interpretation into Portuguese.",  # an event word
    ]
    logits = np.array([[2.5], [1.0], [1.0]])  # 0.92, 0.73, 0.73
    kinds = [Kind("point", t) for t in texts]
    flags = model.descriptive(logits, texts, kinds, HashEmbedder())
    assert flags == [True, False, True]
    assert model.sure == 0.75 and model.threshold == 0.65


@pytest.mark.parametrize(
    "text",
    [
        "It was proposed to set up a regional observatory of connectivity prices.",
        "Se propuso crear una red de laboratorios ciudadanos.",
        "Les participants recommandent la création d'un fonds pour les réseaux communautaires.",
        "Было предложено создать общий реестр уязвимостей.",
        "Развивать сеть общественных точек доступа в сёлах.",
        "建议设立面向农村学校的网络安全课程。",
        "وأوصى المشاركون بإنشاء مرصد إقليمي للأسعار.",
    ],
)
def test_the_model_never_sets_aside_a_proposal_or_a_call(text: str) -> None:
    model = _Fixed(np.array([1.0]), 0.0)
    logits = np.array([[6.0]])  # 0.998: sure, and with an event word or not
    assert model.descriptive(logits, [text], [Kind("point", text)], HashEmbedder()) == [False]


def test_words_of_an_offer_or_a_thing_proposed_are_no_call() -> None:
    model = _Fixed(np.array([1.0]), 0.0)
    texts = [
        "The workshop had been proposed by a coalition of disability rights groups.",
        "Каждый из гостей предложил свой взгляд на непростую тему.",
        "与会者在共享在线白板上对各项建议进行了排序。",
        "Стоимость участия покрыли организаторы сессии.",
    ]
    logits = np.full((len(texts), 1), 6.0)
    flags = model.descriptive(logits, texts, [Kind("point", t) for t in texts], HashEmbedder())
    assert flags == [True] * len(texts)


def test_only_statements_open_to_the_model_are_scored() -> None:
    seen: list[str] = []

    class _Counting(_Fixed):
        def features(self, x: np.ndarray, texts: Sequence[str]) -> np.ndarray:
            seen.extend(texts)
            return np.asarray(x, dtype=np.float64)

    model = _Counting(np.array([1.0]), 0.0)
    texts = [
        "The session gathered forty people in the main hall.",  # open, an event word
        "Governments should fund community networks.",  # a call: never set aside
        "This workshop focused on cables.",  # the patterns' description
    ]
    kinds = [Kind("point", texts[0]), Kind("point", texts[1]), Kind("descriptive", "")]
    flags = model.descriptive(np.full((3, 1), 3.0), texts, kinds, HashEmbedder())
    assert seen == [texts[0]]
    assert flags == [True, False, False]  # the patterns' own description is not the model's
