"""The reading of the sixty-fifth round of statement kinds (``kind_rapporteurs.ARRANGED``): a
session's arrangements as organisers' forms and reporting services write them (what the
questions from the floor focused on, what the session's format allowed its people to do, a poll
run during the session, a terse note on the questions), descriptions; with the look-alike
points that must stay points.

Sentences of our own (not ``kinds/dev39.yaml``'s nor a report file's): sessions on seed banks,
night buses, school meals, flood maps, street lighting and public libraries."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import kind_rapporteurs as rapporteurs
from forum_messages.synth import kinds
from forum_messages.synth.kind_rapporteurs import shape_of
from forum_messages.synth.kinds import classify

from .helpers import set_aside

ARRANGEMENTS = [
    ("en", "Comments from the audience mostly centred on how farmers would get the seeds back."),
    ("en", "The online format enabled librarians from six provinces to join the discussion."),
    ("en", "A quick anonymous survey was conducted at the start of the workshop."),
    ("en", "Questions were brief. Two questions from the room, on fares."),
    (
        "es",
        "Las intervenciones de los asistentes giraron en torno al horario de los autobuses "
        "nocturnos.",
    ),
    ("es", "El formato virtual permitió a cocineras escolares de tres regiones participar."),
    ("fr", "Les questions de la salle ont surtout porté sur les cartes des zones inondables."),
    ("fr", "Un court sondage en ligne a été réalisé au début de la séance."),
    ("ru", "Вопросы участников касались ремонта уличных фонарей в сёлах."),
    ("ru", "Смешанный формат позволил библиотекарям из районов подключиться к обсуждению."),
    ("zh", "观众提问主要集中在种子库的保存期限上。"),
    ("zh", "会议期间，主持人发起了一次在线投票。"),
    ("ar", "انصبت مداخلات الجمهور على مواعيد الحافلات الليلية."),
    ("ar", "أتاح الشكل الافتراضي لمعلمات من القرى المتابعة والمشاركة."),
]
POINTS = [
    ("en", "Comments from the audience on seed prices must reach the ministry."),
    ("en", "The online format should be kept for every future consultation on night buses."),
    ("en", "A quick survey run at the start of the workshop showed that most parents skip lunch."),
    ("en", "Two questions from the room show that nobody reads the flood maps."),
    ("en", "Breakout groups need a facilitator who speaks the local language."),
    ("es", "Las preguntas del público sobre la iluminación deben recibir respuesta por escrito."),
    ("fr", "Le format des concertations doit changer pour que les usagers soient entendus."),
    ("ru", "На вопросы жителей о тарифах мэрия должна ответить письменно."),
    ("zh", "学校午餐的投票结果应当向家长公开。"),
    ("ar", "يجب أن يتغير شكل المشاورات حتى تسمع أصوات سكان القرى."),
]


@pytest.fixture
def shipped() -> Iterator[None]:
    """The setting as shipped, then back."""
    before = (rapporteurs.ARRANGED, rapporteurs.TERSE)
    yield
    rapporteurs.ARRANGED, rapporteurs.TERSE = before
    kinds.clear_caches()


def _turn(on: bool, terse: bool | None = None) -> None:
    rapporteurs.ARRANGED = on
    rapporteurs.TERSE = on if terse is None else terse
    kinds.clear_caches()


@pytest.mark.parametrize(("lang", "text"), ARRANGEMENTS)
def test_the_session_arrangements_are_descriptions(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_the_look_alikes_stay_points(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind != "descriptive"
    assert shape_of(text, lang) != "arranged"


def test_off_the_reading_adds_nothing(shipped: None) -> None:
    """With the setting off, the module's description patterns are the earlier rounds' alone
    and a statement only this reading reads keeps the other cues' kind."""
    _turn(False)
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):
        assert not set(rapporteurs._arranged(lang)) & set(rapporteurs.descriptions(lang))
    lang, text = ARRANGEMENTS[1]
    assert shape_of(text, lang) == "arranged"
    assert classify(text, lang).kind != "descriptive"


def test_the_terse_note_has_its_own_setting(shipped: None) -> None:
    """A terse note on the questions is read only with ``TERSE`` on; the other arrangements
    do not need it."""
    lang, text = ARRANGEMENTS[3]
    _turn(True, terse=False)
    assert classify(text, lang).kind != "descriptive"
    assert classify(*reversed(ARRANGEMENTS[2])).kind == "descriptive"
    _turn(True, terse=True)
    assert classify(text, lang).kind == "descriptive"


def test_the_settings_as_shipped() -> None:
    """The arrangements are on, the terse note off (docs/quality.md, "a sixty-fifth round")."""
    assert rapporteurs.ARRANGED
    assert not rapporteurs.TERSE


def test_the_development_set_look_alikes_stay_points(shipped: None) -> None:
    """On kinds/dev39.yaml the reading sets aside no statement labelled a point and reads more
    of its descriptions than without."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / "dev39.yaml")
    found: dict[bool, int] = {}
    for on in (False, True):
        _turn(on)
        said = [classify(it.text, it.language).kind == "descriptive" for it in items]
        assert not any(s and it.kind != "descriptive" for s, it in zip(said, items, strict=True))
        found[on] = sum(s for s, it in zip(said, items, strict=True) if it.kind == "descriptive")
    assert found[True] > found[False]


def test_the_real_model_with_the_reading(use_embedder, shipped) -> None:  # type: ignore[no-untyped-def]
    """With the real embedder and the shipped model, every arrangement read here is set aside
    as the pipeline reads it (cue, then model), and the reading sets aside none of the
    look-alike points that the shipped filter does not."""
    said = {}
    for on in (False, True):
        _turn(on)
        said[on] = set_aside(use_embedder, ARRANGEMENTS + POINTS)
    assert all(said[True][: len(ARRANGEMENTS)])
    assert said[True][len(ARRANGEMENTS) :] == said[False][len(ARRANGEMENTS) :]
