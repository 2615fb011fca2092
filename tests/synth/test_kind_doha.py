"""The shapes of ``synth.kind_cues_doha``: a chair's turn that only keeps the session going (the
captions or the interpretation stopping and coming back, the first speaker, the time run out,
phones and lunch), a body's record of its membership, a session named as a meal or a gathering
with no verb, and a transcript turn opened by a full name in capitals; each beside the
look-alike points that must stay points.

Sentences of our own (not ``kinds/dev44.yaml``'s nor a report file's): meetings on tide gauges,
school gardens, night buses, hearing aids, village cold stores and community Wi-Fi.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import kind_cues_doha as doha
from forum_messages.synth import kinds

SWITCHES = ("CHAIR", "MEMBERSHIP", "GATHERING", "CAPS_TURN")


@pytest.fixture
def shipped() -> Iterator[None]:
    """The module's settings as shipped after the test."""
    before = {name: getattr(doha, name) for name in SWITCHES}
    yield
    for name, value in before.items():
        setattr(doha, name, value)
    kinds.clear_caches()


def _turn(name: str, on: bool) -> None:
    setattr(doha, name, on)
    kinds.clear_caches()


CHAIR_TURNS = [
    ("es", "MODERADOR: Perdón, se cortó la interpretación al francés... Ya volvió. Siga, Teresa."),
    ("es", "PRESIDENTA: Nos quedamos sin tiempo. Gracias a todos y el café se sirve afuera."),
    ("zh", "主持人：不好意思，字幕卡住了……技术同事正在看。好，恢复了，请继续。"),
    ("zh", "主持人：大家下午好。请把手机调成静音。我们先请第一位发言人。"),
    ("en", "CHAIR: Sorry, one moment, the captions have dropped... They're back. Go on, Malik."),
    ("fr", "MODÉRATEUR : Pardon, le son vient de couper... C'est revenu. Continuez, Awa."),
    ("ru", "ВЕДУЩАЯ: Извините, пропал звук... Всё, появился. Продолжайте."),
    ("ar", "الميسر: عذراً، انقطعت الترجمة... عادت الآن. تفضلي، أكملي."),
]
CHAIR_POINTS = [
    (
        "es",
        "MODERADOR: Se cortó la interpretación otra vez; los organizadores deben tener un "
        "intérprete de reserva.",
    ),
    ("zh", "主持人：字幕又卡住了，主办方应当准备人工速记。"),
    ("en", "CHAIR: The captions dropped again, and events must have a human captioner on call."),
    (
        "en",
        "When the captions drop, deaf listeners lose the debate, so organisers must keep a "
        "human captioner on call.",
    ),
]

MEMBERS = [
    (
        "en",
        "The alliance's membership grew this year to 74 community networks; the full list of "
        "members is appended to the report.",
    ),
    (
        "es",
        "La red sumó este año 18 huertos escolares y llegó a 95 escuelas; la lista completa de "
        "miembros figura en el anexo.",
    ),
    (
        "fr",
        "Le réseau compte désormais 51 écoles ; la liste des membres figure en annexe.",
    ),
    ("zh", "本联盟今年新增成员单位十五家；成员名单附在报告之后。"),
]
MEMBER_POINTS = [
    ("en", "Membership of the alliance should be open to every community network."),
    (
        "en",
        "The alliance's membership grew this year to 74 community networks, so the regulator "
        "must give them spectrum.",
    ),
    ("es", "La red de huertos escolares debe estar abierta a cualquier escuela rural."),
    ("zh", "联盟成员越来越多，说明地方政府应当提供场地。"),
]

GATHERINGS = [
    ("en", "An informal lunch for night-bus drivers and the dispatchers of three cities."),
    ("es", "Un desayuno informal para técnicas de audífonos de la región andina."),
    ("fr", "Un petit-déjeuner informel pour les gérants de chambres froides villageoises."),
    ("ru", "Неформальный завтрак для операторов сельских сетей Wi-Fi."),
    ("zh", "面向社区无线网络志愿者的非正式早餐交流会。"),
    ("ar", "إفطار غير رسمي لمشغلي شبكات الإنترنت المجتمعية."),
]
GATHERING_POINTS = [
    ("en", "A free lunch for every pupil in the school garden would do more than new tablets."),
    ("es", "Un desayuno gratuito para cada alumno vale más que otra tableta."),
    ("fr", "Un déjeuner gratuit pour chaque élève coûte moins qu'une journée d'école perdue."),
]

CAPS_TURNS = [
    (
        "es",
        "TERESA MAMANI (Red de Huertos Escolares): Gracias. Sin agua en la escuela, el huerto "
        "se seca en enero.",
    ),
    ("en", "MALIK OSEI: I drive the night bus, and the app shows buses that never come."),
    (
        "fr",
        "AWA KONÉ (Coopérative des chambres froides) : Merci. Sans courant la nuit, le poisson "
        "se perd.",
    ),
    ("ru", "НИНА ОРЛОВА (Союз слабослышащих): Слуховые аппараты стоят как три пенсии."),
]
CAPS_POINTS = [
    ("en", "KEY FINDING: hearing aids cost more than three months of a pension."),
    ("en", "MODERATOR: Hearing aids should be paid for by the health fund."),
    ("es", "CONCLUSIÓN PRINCIPAL: los huertos escolares necesitan agua todo el año."),
    ("fr", "NOTE AUX RÉDACTIONS : les chambres froides villageoises manquent de courant."),
    ("ru", "ГЛАВНЫЙ ВЫВОД: слуховые аппараты должны оплачиваться из бюджета."),
]


def test_shipped_settings() -> None:
    assert doha.CAPS_TURN is True
    # off: each moves test-doha's grouping (docs/quality.md, "a seventieth round")
    assert doha.CHAIR is False
    assert doha.MEMBERSHIP is False
    assert doha.GATHERING is False


@pytest.mark.parametrize(("lang", "text"), CHAIR_TURNS)
def test_chair_keeping_the_session_going_is_a_description(
    lang: str, text: str, shipped: None
) -> None:
    _turn("CHAIR", False)
    assert kinds.classify(text, lang).kind != "descriptive"
    _turn("CHAIR", True)
    assert kinds.classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), CHAIR_POINTS)
def test_chair_or_anyone_making_a_point_stays_a_point(lang: str, text: str, shipped: None) -> None:
    _turn("CHAIR", True)
    assert kinds.classify(text, lang).kind != "descriptive"


@pytest.mark.parametrize(("lang", "text"), MEMBERS)
def test_membership_record_is_a_description(lang: str, text: str, shipped: None) -> None:
    _turn("MEMBERSHIP", False)
    assert kinds.classify(text, lang).kind != "descriptive"
    _turn("MEMBERSHIP", True)
    assert kinds.classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), MEMBER_POINTS)
def test_membership_as_a_claim_stays_a_point(lang: str, text: str, shipped: None) -> None:
    _turn("MEMBERSHIP", True)
    assert kinds.classify(text, lang).kind != "descriptive"
    assert not doha.membership(text, lang)


@pytest.mark.parametrize(("lang", "text"), GATHERINGS)
def test_meal_with_no_verb_is_a_description(lang: str, text: str, shipped: None) -> None:
    _turn("GATHERING", False)
    assert kinds.classify(text, lang).kind != "descriptive"
    _turn("GATHERING", True)
    assert kinds.classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), GATHERING_POINTS)
def test_meal_with_a_verb_stays_a_point(lang: str, text: str, shipped: None) -> None:
    _turn("GATHERING", True)
    assert kinds.classify(text, lang).kind != "descriptive"
    assert not doha.gathering(text, lang)


@pytest.mark.parametrize(("lang", "text"), CAPS_TURNS)
def test_turn_on_a_name_in_capitals_is_an_attribution(lang: str, text: str, shipped: None) -> None:
    _turn("CAPS_TURN", False)
    assert not kinds.classify(text, lang).attribution
    _turn("CAPS_TURN", True)
    found = kinds.classify(text, lang)
    assert found.attribution
    assert found.kind != "descriptive"


@pytest.mark.parametrize(("lang", "text"), CAPS_POINTS)
def test_heading_or_role_in_capitals_names_no_one(lang: str, text: str, shipped: None) -> None:
    _turn("CAPS_TURN", True)
    assert not kinds.classify(text, lang).attribution


def test_off_the_module_reads_nothing(shipped: None) -> None:
    for name in SWITCHES:
        _turn(name, False)
    assert doha.attributions("es") == []
    assert not doha.describes(MEMBERS[0][1], MEMBERS[0][0])
    assert not doha.describes(GATHERINGS[0][1], GATHERINGS[0][0])


def test_on_dev44_nothing_is_set_aside_or_marked_against_its_label(shipped: None) -> None:
    """On kinds/dev44.yaml, every statement the module moves moves towards its label, and the
    module finds most of the set's descriptions and attributions the cues missed."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / "dev44.yaml")
    for name in SWITCHES:
        _turn(name, False)
    before = [kinds.classify(it.text, it.language) for it in items]
    for name in SWITCHES:
        _turn(name, True)
    after = [kinds.classify(it.text, it.language) for it in items]
    gained = 0
    for it, old, new in zip(items, before, after, strict=True):
        was = (old.kind == "descriptive", old.attribution and old.kind != "descriptive")
        now = (new.kind == "descriptive", new.attribution and new.kind != "descriptive")
        truth = (it.kind == "descriptive", bool(it.attribution) and it.kind != "descriptive")
        for w, n, t in zip(was, now, truth, strict=True):
            if w != n:
                assert n == t, it.text
                gained += 1
    assert gained >= 24
