"""Spoken frames, fillers and asides of summaries written from live captions
(``synth.kind_cues_spoken``), and a frame's second "that" clause (``synth.kinds``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import forum_messages as kinds_dir
from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth.kind_cues_spoken import unspoken
from forum_messages.synth.kinds import classify, sentence_kind


@pytest.mark.parametrize(
    ("lang", "text", "point"),
    [
        (
            "en",
            "The panel concluded that fibre matters, and that prices must fall.",
            "Fibre matters, and prices must fall.",
        ),
        (
            "en",
            "Participants agreed that regulators need budgets and that operators must share masts.",
            "Regulators need budgets and operators must share masts.",
        ),
        (
            "fr",
            "Les participants ont souligné que la fibre compte, et qu'il faut baisser les prix.",
            "La fibre compte, et il faut baisser les prix.",
        ),
        (
            "es",
            "Se concluyó que la fibra importa, y que los precios deben bajar.",
            "La fibra importa, y los precios deben bajar.",
        ),
        (
            "ru",
            "Участники подчеркнули, что оптоволокно важно, и что цены должны снизиться.",
            "Оптоволокно важно, и цены должны снизиться.",
        ),
        # Chinese frames take no second complementiser; Arabic keeps a frame ending in أن
        ("zh", "与会者认为，光纤很重要，并且价格必须下降。", "光纤很重要，并且价格必须下降。"),
        (
            "ar",
            "أكد المشاركون أن الألياف مهمة، وأن الأسعار يجب أن تنخفض.",
            "أكد المشاركون أن الألياف مهمة، وأن الأسعار يجب أن تنخفض.",
        ),
    ],
)
def test_a_frame_removed_takes_its_second_that_clause_with_it(
    lang: str, text: str, point: str
) -> None:
    kind = classify(text, lang)
    assert kind.kind == "framed"
    assert kind.point == point


def test_that_as_a_pronoun_after_and_stays() -> None:
    kind = classify(
        "Speakers noted that spectrum is scarce, and that is why sharing matters.", "en"
    )
    assert kind.point == "Spectrum is scarce, and that is why sharing matters."


@pytest.mark.parametrize(
    ("lang", "text", "point"),
    [
        (
            "en",
            "So what we heard, and this was a hard session, is that, you know, rural schools "
            "still pay three times the urban price for a connection.",
            "Rural schools still pay three times the urban price for a connection.",
        ),
        (
            "en",
            "So, and this came up again and again, um, regulators should publish spectrum maps.",
            "Regulators should publish spectrum maps.",
        ),
        (
            "en",
            "Well, the main takeaway for us is that small platforms cannot afford the same "
            "compliance teams as large ones.",
            "Small platforms cannot afford the same compliance teams as large ones.",
        ),
        (
            "fr",
            "Donc, euh, ce qu'on a entendu, c'est que les écoles rurales paient toujours leur "
            "connexion trois fois plus cher.",
            "Les écoles rurales paient toujours leur connexion trois fois plus cher.",
        ),
        (
            "es",
            "Pues, este, lo que escuchamos es que las radios comunitarias necesitan frecuencias "
            "reservadas.",
            "Las radios comunitarias necesitan frecuencias reservadas.",
        ),
        (
            "ru",
            "Ну, по сути, мы пришли к тому, что малым операторам нужен доступ к опорным сетям.",
            "Малым операторам нужен доступ к опорным сетям.",
        ),
        (
            "zh",
            "那么我们听到的是，嗯，乡村学校的宽带费用仍是城市的三倍。",
            "乡村学校的宽带费用仍是城市的三倍。",
        ),
        (
            "ar",
            "يعني، المدارس الريفية ما زالت تدفع ثلاثة أضعاف ثمن الاتصال في المدن.",
            "المدارس الريفية ما زالت تدفع ثلاثة أضعاف ثمن الاتصال في المدن.",
        ),
    ],
)
def test_a_spoken_frame_and_its_fillers_go_and_the_point_stays(
    lang: str, text: str, point: str
) -> None:
    kind = classify(text, lang)
    assert (kind.kind, kind.point) == ("framed", point)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # words that are fillers only in speech, used for what they mean
        ("en", "So many rural schools still lack a connection that targets must be revised."),
        ("en", "Platforms, like regulators, must publish what they remove and why."),
        ("en", "Spectrum is scarce, and it was auctioned at prices small operators cannot pay."),
        ("fr", "Les opérateurs doivent, enfin, publier leurs cartes de couverture réelles."),
        ("es", "Este año los reguladores deben publicar los mapas de cobertura."),
        ("ru", "Вот почему регуляторам нужны независимые бюджеты."),
        ("zh", "好的政策需要把乡村学校放在首位。"),
        ("zh", "金额较小的补贴也能帮助社区网络起步。"),
        ("ar", "يجب على الحكومات، في الواقع، نشر خرائط التغطية."),
    ],
)
def test_a_sentence_without_fillers_is_left_as_written(lang: str, text: str) -> None:
    assert unspoken(text, lang) == text
    kind, point, _ = sentence_kind(text, lang)
    assert (kind, point) == ("point", text)


def test_fillers_between_commas_go_in_the_middle_of_a_point() -> None:
    text = "Community networks, you know, need, um, spectrum they can afford."
    assert unspoken(text, "en") == "Community networks need spectrum they can afford."
    assert unspoken("社区网络，嗯，需要负担得起的频谱。", "zh") == "社区网络需要负担得起的频谱。"


def test_a_spoken_aside_goes_only_from_a_spoken_sentence() -> None:
    aside = "Prices fell, and this came up in every group, where operators shared towers."
    assert unspoken(aside, "en") == aside
    spoken = "So, prices fell, and this came up in every group, where operators shared towers."
    assert unspoken(spoken, "en") == "Prices fell, where operators shared towers."


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "So basically the session looked at three topics."),
        ("en", "Okay, um, the workshop was moderated by the youth coalition."),
        ("fr", "Donc en fait l'atelier a porté sur trois thèmes."),
        ("zh", "那么，嗯，本场会议主要讨论了三个议题。"),
    ],
)
def test_a_spoken_description_is_a_description(lang: str, text: str) -> None:
    assert classify(text, lang).kind == "descriptive"


def test_every_statement_of_the_spoken_development_set() -> None:
    """``kinds/dev-spoken.yaml``: each statement's kind, and the point an editor keeps."""
    path = Path(kinds_dir.__file__).parent / "editions/evaluation/kinds/dev-spoken.yaml"
    items = load_kind_set(path)
    assert {it.language for it in items} == {"en", "fr", "es", "ru", "zh", "ar"}
    for it in items:
        kind = classify(it.text, it.language)
        assert kind.kind == it.kind, it.text
        if it.kind == "framed":
            assert kind.point == it.point, it.text
        elif it.kind == "point":
            assert kind.point == it.text
