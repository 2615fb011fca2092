"""The reading of the sixty-eighth round of statement kinds (``kind_claims``): a sentence in the
event's vocabulary (the questions from the floor, a poll, a part of the session, the session
and its participants) that makes a claim of its own stays a point, and the descriptions written
alike stay descriptions.

Sentences of our own (not ``kinds/dev42.yaml``'s nor a report file's): meetings on cycle lanes,
fishing quotas, forest fires, snow clearing, shared bicycles and date growers."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import kind_claims, kinds
from forum_messages.synth.kinds import classify

from .helpers import set_aside

#: points that the description cues read without the reading
POINTS = [
    (
        "en",
        "Questions from the floor about cycle lane closures must be answered by the transport "
        "department.",
    ),
    ("en", "The Q&A made clear that cyclists no longer trust the city's accident figures."),
    ("en", "The first half of the session should be left to the riders themselves."),
    (
        "en",
        "The workshop was attended by only two delivery riders, which shows that the city never "
        "reached them.",
    ),
    (
        "en",
        "The session brought together planners and cycling clubs, but such meetings must happen "
        "before the roads are built.",
    ),
    (
        "en",
        "Participants shared their experiences and called on the city to light the cycle paths.",
    ),
    ("en", "A quick poll at a public meeting is no substitute for asking riders in the street."),
    ("es", "Una encuesta rápida mostró que la mayoría de los pescadores no conoce su cuota."),
    (
        "es",
        "La ronda de preguntas dejó claro que los pescadores artesanales no confían en las cifras "
        "oficiales.",
    ),
    ("fr", "Un sondage éclair a montré que les pompiers volontaires manquent de radios."),
    (
        "fr",
        "L'atelier s'est tenu uniquement en français, ce qui a exclu les bergers qui parlent "
        "basque.",
    ),
    (
        "fr",
        "La session a réuni des pompiers et des maires, mais ces rencontres doivent avoir lieu "
        "avant l'été.",
    ),
    (
        "ru",
        "Вопросы из зала касались уборки снега во дворах, и управа обязана на них ответить.",
    ),
    ("ru", "Вопросы слушателей о вывозе снега требуют письменного ответа мэрии."),
    ("ru", "Онлайн-опрос показал, что большинство жителей ждут уборки до семи утра."),
    ("zh", "现场投票显示，多数市民希望共享单车停放点离地铁站更近。"),
    ("zh", "问答环节应当优先留给骑手。"),
    ("ar", "عقدت الورشة بالفصحى فقط، مما أقصى المزارعين الذين لا يقرؤونها."),
]
#: points the cues already leave alone (they stay so)
STILL_POINTS = [
    (
        "es",
        "Las preguntas del público sobre las cuotas de pesca deben ser respondidas por la "
        "autoridad marítima.",
    ),
    ("ar", "تركزت أسئلة الحضور على أسعار التمور، لكن الوزارة يجب أن تجيب عنها كتابياً."),
    ("ar", "عرض المزارعون تجاربهم وطالبوا بتخزين مبرد للتمور في كل قرية."),
]
#: descriptions written alike: a modal inside what was asked or looked at, no claim
DESCRIPTIONS = [
    (
        "en",
        "Questions from the floor focused on what the city should do about cycle lane closures.",
    ),
    ("en", "A quick poll was run on whether cycle paths should be lit at night."),
    ("en", "The workshop was attended by about forty riders, half of them online."),
    ("en", "Participants shared their experiences of riding to work in winter."),
    ("en", "The first half of the session was given to short presentations."),
    ("es", "La ronda de preguntas se centró en el precio del combustible."),
    ("fr", "Les questions de la salle ont porté sur les radios des pompiers volontaires."),
    (
        "fr",
        "Un court sondage en ligne a été réalisé au début de la séance sur les feux de forêt.",
    ),
    ("ru", "Вопросы из зала касались того, кто должен убирать снег во дворах."),
    ("ru", "Вопросы из зала касались графика уборки снега."),
    ("zh", "现场提问主要集中在共享单车应当停放在哪里。"),
    ("zh", "会上进行了一次现场投票。"),
    ("ar", "تركزت أسئلة الحضور على أسعار التمور."),
    ("ar", "عقدت الورشة في قاعة البلدية بحضور ممثلي التعاونيات."),
]


@pytest.fixture
def shipped() -> Iterator[None]:
    """The setting as shipped, then back."""
    before = kind_claims.ON
    yield
    kind_claims.ON = before
    kinds.clear_caches()


def _turn(on: bool) -> None:
    kind_claims.ON = on
    kinds.clear_caches()


@pytest.mark.parametrize(("lang", "text"), POINTS)
def test_points_in_the_event_vocabulary_stay_points(lang: str, text: str, shipped: None) -> None:
    _turn(False)
    assert classify(text, lang).kind == "descriptive"
    _turn(True)
    assert classify(text, lang).kind == "point"
    assert kind_claims.claims(text, lang)


@pytest.mark.parametrize(("lang", "text"), STILL_POINTS)
def test_points_the_cues_left_alone_stay_points(lang: str, text: str, shipped: None) -> None:
    for on in (False, True):
        _turn(on)
        assert classify(text, lang).kind != "descriptive"


@pytest.mark.parametrize(("lang", "text"), DESCRIPTIONS)
def test_descriptions_written_alike_stay_descriptions(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind == "descriptive"
    assert not kind_claims.claims(text, lang)


def test_a_frame_around_the_claim_keeps_it_a_point(shipped: None) -> None:
    """Behind a reporting frame the claim is read as well (the frame's rest is no description)."""
    text = (
        "It was noted that questions from the floor about cycle lane closures must be answered "
        "by the transport department."
    )
    _turn(False)
    assert classify(text, "en").kind == "descriptive"
    _turn(True)
    assert classify(text, "en").kind == "framed"


def test_a_housekeeping_notice_stays_a_description(shipped: None) -> None:
    """A modal after a semicolon in a notice is no claim ("...; helmets must be left at the
    door")."""
    _turn(True)
    text = "Coffee will be served in the hall; helmets must be left at the cloakroom."
    assert not kind_claims.claims(text, "en")


def test_the_setting_as_shipped() -> None:
    """On (docs/quality.md, "a sixty-eighth round")."""
    assert kind_claims.ON


def test_the_development_set(shipped: None) -> None:
    """On kinds/dev42.yaml the reading loses no description the cues read and sets aside fewer
    statements labelled points."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / "dev42.yaml")
    said: dict[bool, list[bool]] = {}
    for on in (False, True):
        _turn(on)
        said[on] = [classify(it.text, it.language).kind == "descriptive" for it in items]
    for before, after, it in zip(said[False], said[True], items, strict=True):
        if it.kind == "descriptive":
            assert after == before
    alarms = {
        on: sum(s and it.kind != "descriptive" for s, it in zip(said[on], items, strict=True))
        for on in (False, True)
    }
    assert alarms[True] < alarms[False]


def test_the_real_model_with_the_reading(use_embedder, shipped) -> None:  # type: ignore[no-untyped-def]
    """With the real embedder and the shipped model (cue, then model), the reading sets aside
    fewer of the points and every description written alike as before."""
    rows = POINTS + DESCRIPTIONS
    said = {}
    for on in (False, True):
        _turn(on)
        said[on] = set_aside(use_embedder, rows)
    assert all(said[False][: len(POINTS)])
    assert sum(said[True][: len(POINTS)]) < len(POINTS)
    assert said[True][len(POINTS) :] == said[False][len(POINTS) :]
