"""Attributions in a forum's own register (``synth.kind_cues_speakers2``): a transcript turn
opening on a titled name, an office presenting a study, figures, an initiative or a pilot, one
person's words opened by "as ... put it", one person speaking on behalf of a group; and the
look-alike points where an office is only the topic."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.synth import kind_cues_speakers2 as speakers2
from forum_messages.synth import kinds
from forum_messages.synth.kinds import classify
from forum_messages.yamlsrc import load_yaml

ONE_SPEAKER = [
    # a transcript turn
    ("en", "Prof Selma Varga: half of the schools we visited had a router but no electricity."),
    ("fr", "Mme Odile Marchand : les bibliothèques rurales prêtent déjà des tablettes."),
    ("es", "Dra. Paula Ibáñez: las clínicas móviles llevan meses sin conexión estable."),
    ("ru", "Тимур Асланов: половина школ района до сих пор без стабильной связи."),
    ("ar", "السيدة ليلى حداد: نصف المكتبات الريفية بلا اتصال ثابت."),
    ("zh", "刘建华教授：一半的乡村诊所仍然没有稳定的网络。"),
    # an office presenting a study, figures, an initiative or a pilot
    (
        "en",
        "In his remarks, the state minister for health introduced the results of a telemedicine "
        "pilot in two provinces.",
    ),
    (
        "fr",
        "La vice-ministre de l'Éducation a fait part des leçons du plan de formation des "
        "enseignants au numérique.",
    ),
    (
        "es",
        "Al cerrar el panel, la senadora Rosa Quintero compartió las lecciones de la ley de "
        "firma electrónica.",
    ),
    (
        "ru",
        "В своём докладе депутат Тамара Елисеева озвучила цифры опроса сельских учителей о "
        "цифровых учебниках.",
    ),
    # one person's words opened by "as ... put it", one person on behalf of a group
    ("en", "As one parliamentarian from the coast put it, a law nobody enforces is a wish list."),
    ("ru", "Как выразилась юрисконсульт союза потребителей, закон без надзора — пожелание."),
    ("ar", "وكما أوضح ممثل النقابة، فإن القانون الذي لا يطبق مجرد أمنية."),
    ("ar", "وتحدث يوسف منصور باسم جمعية المكتبات، فطالب بتمويل ثابت للربط الريفي."),
]

LOOK_ALIKES = [
    ("en", "Ministers of health should publish the results of every telemedicine pilot."),
    ("en", "The minister's pilot, launched in two provinces, has not reached the islands."),
    ("en", "Digital Inclusion: half of the schools have a router but no electricity."),
    ("fr", "Les députés doivent pouvoir consulter les résultats des études commandées."),
    ("es", "Las senadoras necesitan datos desagregados por género para legislar."),
    ("ru", "Министрам следует публиковать результаты пилотных проектов."),
    ("ru", "Цифровая грамотность: половина учителей не проходила обучение."),
    ("ar", "ينبغي للوزراء نشر نتائج المشاريع التجريبية."),
    ("zh", "部长们应当公开每个试点项目的结果。"),
]


@pytest.fixture
def switch() -> Iterator[None]:
    """The patterns as shipped, then back."""
    shipped = speakers2.ON
    yield
    speakers2.ON = shipped
    kinds.clear_caches()


def _turn(on: bool) -> None:
    speakers2.ON = on
    kinds.clear_caches()


def test_shipped_on() -> None:
    assert speakers2.ON is True


@pytest.mark.parametrize(("lang", "text"), ONE_SPEAKER)
def test_one_speaker_in_the_forum_register(lang: str, text: str, switch: None) -> None:
    _turn(True)
    assert classify(text, lang).attribution
    _turn(False)
    assert not classify(text, lang).attribution


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_an_office_as_the_topic_is_no_attribution(lang: str, text: str, switch: None) -> None:
    _turn(True)
    assert not classify(text, lang).attribution


def test_the_development_set_look_alikes_stay_unmarked(switch: None) -> None:
    """On kinds/dev31-attr.yaml the patterns mark none of the statements labelled no
    attribution, and read more of the attributions than the cues without them."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_yaml((base / "kinds/dev31-attr.yaml").read_text(encoding="utf-8"))
    found = {}
    for on in (False, True):
        _turn(on)
        said = [classify(str(it["text"]), str(it["lang"])).attribution for it in items]
        assert not any(s for s, it in zip(said, items, strict=True) if not it.get("attribution"))
        found[on] = sum(s for s, it in zip(said, items, strict=True) if it.get("attribution"))
    assert found[True] > found[False]
