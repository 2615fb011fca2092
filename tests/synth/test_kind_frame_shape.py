"""Frames read by their shape (``synth/kind_frame_shape.py``): a frame in words no cue list
has is taken off the message text; calls, one person's words and points that only look like
a frame stay whole."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_messages.synth import kind_frame_shape as shape
from forum_messages.synth import kinds


def _text(sentence: str, lang: str) -> str:
    kind = kinds.classify(sentence, lang)
    return kinds.voiced_text(kind.point, lang)


@pytest.fixture
def off() -> Iterator[None]:
    """The shape off (the rules as they were), caches emptied before and after."""
    shape.ON = False
    kinds.clear_caches()
    try:
        yield
    finally:
        shape.ON = True
        kinds.clear_caches()


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
    assert _text(sentence, lang) == point


@pytest.mark.parametrize(("lang", "sentence", "point"), TAKEN_OFF)
def test_the_rules_without_the_shape_left_them_whole(
    off: None, lang: str, sentence: str, point: str
) -> None:
    assert _text(sentence, lang) == sentence


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        # a call: its subject an actor of the world, with a modal
        ("en", "Governments must ensure that rural schools are connected by 2030."),
        # a copula whose subject is no meeting, no people, no words of theirs
        ("en", "One of the biggest problems is that spare parts take months to arrive."),
        ("fr", "L'une des difficultés est que les coopératives n'ont pas de compte commun."),
        # one person's words (an attribution) keep their speaker
        ("fr", "La représentante du Bénin a souligné que les opérateurs doivent partager."),
        ("en", "She noted that the new portal had doubled the number of applications."),
        # a relative clause after a noun of will, no frame at all
        ("fr", "Les recommandations que personne ne finance restent lettre morte."),
        # a call: "asked that" + subjunctive
        ("es", "Los participantes pidieron que los gobiernos publiquen sus contratos."),
        # the clause's subject a pronoun that stood for the frame's
        ("en", "The hackathon showed that they need more volunteers on weekends."),
        # Arabic whose clause would not stand without "أنّ" (an accusative subject)
        ("ar", "يتبين من زيارات المدارس أن المعلمين يحتاجون إلى تدريب على الأجهزة."),
    ],
)
def test_calls_and_points_that_look_like_frames_stay_whole(lang: str, sentence: str) -> None:
    assert _text(sentence, lang) == sentence


def test_a_frame_with_a_predicate_outside_the_lexicon_stays() -> None:
    sentence = "The villagers grumbled that the bus comes only twice a week."
    found = shape.read(sentence, "en")
    assert found is not None and found.predicate == "grumbl"
    assert found.predicate not in shape.PREDICATES["en"]
    assert _text(sentence, "en") == sentence
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
