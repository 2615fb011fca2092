"""What rapporteurs write about their session beside its points (``synth.kind_rapporteurs``):
who the session gathered, a session page's announcement (descriptions), one named person's view
"for" them (an attribution); and a chair's turn that only sets the time or says where the
written statements go (``kind_turns.CONDUCT_MORE``); with the look-alike points that must stay
points.

Sentences of our own (not ``kinds/dev34.yaml``'s nor test-colon's): sessions on weather radio
for fishers, e-books in public libraries, bus passes, vaccination records, sign language on
television and seed banks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_messages.synth import kind_rapporteurs as rapporteurs
from forum_messages.synth import kind_turns as turns
from forum_messages.synth import kinds
from forum_messages.synth.kind_rapporteurs import shape_of
from forum_messages.synth.kinds import classify

from .helpers import dev_set_found, set_aside

SETTINGS = ("ROSTER", "ANNOUNCED", "VIEW")

GATHERED = [
    (
        "en",
        "The closing plenary, moderated by the journalist Tomás Reyes, brought together two "
        "harbour masters, a weather forecaster and three skippers.",
    ),
    (
        "en",
        "The third workshop looked at e-book lending in small libraries, with the participation "
        "of a publisher, a librarians' association and a reading club.",
    ),
    (
        "es",
        "El segundo taller, coordinado por la bibliotecaria Ana Solís, reunió a editoriales "
        "independientes, lectores y tres alcaldías.",
    ),
    (
        "es",
        "La sesión plenaria trató los abonos de autobús para estudiantes, con la participación de "
        "una empresa de transporte y dos federaciones estudiantiles.",
    ),
    (
        "fr",
        "Cette table ronde, présidée par le docteur Paul Mbarga, a réuni des infirmières, un "
        "éditeur de logiciel et une association de parents.",
    ),
    (
        "ru",
        "Круглый стол, который вёл врач Олег Титов, собрал представителей поликлиник, "
        "разработчиков и родительских чатов.",
    ),
    (
        "zh",
        "本场研讨会由手语翻译王敏主持，汇聚了电视台编辑、聋人协会代表和两位研究人员。",
    ),
    (
        "ar",
        "جمعت الندوة الثانية، التي أدارها المهندس سامي الحداد، مزارعين وباحثين في بنوك البذور.",
    ),
    (
        "es",
        "Resumen de la presidencia. La sesión, presidida por la senadora Marta Gil, reunió a "
        "legisladores de cinco países.",
    ),
]

ANNOUNCEMENTS = [
    (
        "en",
        "During this session we will map where fishers lose the weather radio signal. "
        "Participants are invited to bring a printed chart of their fishing grounds.",
    ),
    ("es", "En esta charla veremos cómo se prestan libros electrónicos en las bibliotecas."),
    ("fr", "Dans cette séance, nous présenterons le nouveau carnet de vaccination en ligne."),
    ("ru", "На этой встрече мы обсудим, как продлить проездной через приложение."),
    ("zh", "在本场工作坊上，我们将演示如何为电视新闻配上手语。"),
    ("ar", "سنعرض في هذه الجلسة طرق حفظ البذور المحلية."),
]

POINTS = [
    # a body, not a session, gathered people
    (
        "en",
        "The port authority brought together skippers and forecasters, and its storm warnings "
        "now reach boats two hours earlier.",
    ),
    ("es", "El ministerio reunió a las bibliotecas y compró una sola licencia para todo el país."),
    ("ru", "Мэрия собрала перевозчиков, и проездной теперь действует во всех автобусах."),
    ("ar", "جمعت البلدية المزارعين في تعاونية واحدة لحفظ البذور."),
    # participation asked for in a claim
    (
        "fr",
        "Le carnet de vaccination en ligne doit être conçu avec la participation des infirmières.",
    ),
    ("zh", "电视手语新闻的标准应当在聋人参与下制定。"),
    # a future of need, with no session
    ("en", "Within five years we will need a weather radio relay on every headland."),
    ("es", "En la próxima década necesitaremos el doble de bibliotecarios en las zonas rurales."),
    # a call inviting governments
    ("en", "Governments are invited to fund sign language on every public news bulletin."),
    ("es", "Se invita a los gobiernos a publicar los datos de vacunación por municipio."),
    # a session whose claim follows the verb
    (
        "en",
        "The workshop brought together evidence that libraries must be allowed to buy e-books at "
        "fair prices.",
    ),
]

VIEWS = [
    (
        "en",
        "For the skipper Joseph Mwangi, a forecast that arrives after the boats leave is no "
        "forecast at all.",
    ),
    (
        "es",
        "Para la bibliotecaria Clara Ibáñez, un libro electrónico que caduca a los dos años no es "
        "un libro de la biblioteca.",
    ),
    (
        "fr",
        "Pour l'infirmière Awa Diallo, un carnet en ligne sans version papier exclut les "
        "familles sans téléphone.",
    ),
    ("ru", "Для водителя Сергея Орлова проездной в приложении удобен, только если есть связь."),
    ("zh", "在律师张海燕看来，没有手语的紧急新闻就是把聋人排除在外。"),
    ("ar", "بالنسبة إلى الباحثة ريم السعدي، فإن بنك البذور الذي لا يفتح للمزارعين لا فائدة منه."),
]

NO_ONES_VIEW = [
    ("en", "For small fishing villages, a radio relay costs more than a new boat."),
    ("es", "Para las bibliotecas rurales, cada licencia cuesta lo mismo que diez libros impresos."),
    ("fr", "Pour les petites communes, un carnet en ligne demande un agent de plus."),
    ("ru", "Для небольших городов электронный проездной пока слишком дорог."),
    ("zh", "在很多人看来，手语新闻只是一种形式。"),
    ("ar", "بالنسبة إلى التعاونيات الصغيرة، يكلف حفظ البذور أكثر مما تربحه."),
]

TIME_TURNS = [
    (
        "en",
        "Chair: Welcome, everyone. We have forty minutes and six speakers, so I will ask you to "
        "keep to five minutes each.",
    ),
    ("en", "Moderator: We are over time. Remarks sent in writing will be annexed to the record."),
    ("es", "Moderador: Tenemos cuarenta minutos, así que pido que nadie pase de cinco minutos."),
    (
        "fr",
        "Président de séance : Nous avons dépassé le temps. Les questions reçues par écrit "
        "seront annexées au compte rendu.",
    ),
    ("ru", "Ведущий: У нас сорок минут. Вопросы в письменном виде будут приложены к отчёту."),
    ("zh", "主持人：我们已经超时了。书面发言将附在会议纪要中。"),
    ("ar", "مدير الجلسة: لقد تجاوزنا الوقت. سترفق الأسئلة المكتوبة بالمحضر."),
]

CHAIR_ON_TIME_WITH_A_POINT = [
    ("en", "Chair: We are over time. Weather radio must stay free for every fisher."),
    ("es", "Moderador: Tenemos cuarenta minutos. Hay que traducir las noticias a lengua de señas."),
    ("ru", "Ведущий: У нас сорок минут. Проездной должен работать без интернета."),
    ("zh", "主持人：我们已经超时了。疫苗记录必须对本人开放。"),
]


@pytest.fixture
def shipped() -> Iterator[None]:
    """The settings as shipped, then back."""
    before = {name: getattr(rapporteurs, name) for name in SETTINGS}
    more = turns.CONDUCT_MORE
    yield
    for name, value in before.items():
        setattr(rapporteurs, name, value)
    turns.CONDUCT_MORE = more
    kinds.clear_caches()


def _turn(on: bool) -> None:
    for name in SETTINGS:
        setattr(rapporteurs, name, on)
    turns.CONDUCT_MORE = on
    kinds.clear_caches()


@pytest.mark.parametrize(("lang", "text"), GATHERED)
def test_who_the_session_gathered_is_a_description(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), ANNOUNCEMENTS)
def test_a_session_pages_announcement_is_a_description(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind == "descriptive"


def test_without_the_settings_fewer_are_read(shipped: None) -> None:
    rows = [*GATHERED, *ANNOUNCEMENTS, *TIME_TURNS]
    found = {}
    for on in (False, True):
        _turn(on)
        found[on] = sum(classify(t, lang).kind == "descriptive" for lang, t in rows)
    assert found[True] == len(rows)
    assert found[False] < len(rows) - 5


@pytest.mark.parametrize(("lang", "text"), POINTS + NO_ONES_VIEW)
def test_the_look_alikes_stay_points(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert not kind.attribution or (lang, text) in POINTS


@pytest.mark.parametrize(("lang", "text"), VIEWS)
def test_one_named_persons_view_is_an_attribution(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    kind = classify(text, lang)
    assert kind.attribution and kind.kind != "descriptive"
    assert shape_of(text, lang) == "view"


@pytest.mark.parametrize(("lang", "text"), NO_ONES_VIEW)
def test_a_view_for_a_group_is_no_ones_words(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert not classify(text, lang).attribution
    assert shape_of(text, lang) != "view"


@pytest.mark.parametrize(("lang", "text"), TIME_TURNS)
def test_a_chairs_turn_of_time_and_written_statements_is_a_description(
    lang: str, text: str, shipped: None
) -> None:
    _turn(True)
    assert turns.conduct_turn(text, lang)
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), CHAIR_ON_TIME_WITH_A_POINT)
def test_a_chairs_turn_that_goes_on_to_a_point_stays_a_point(
    lang: str, text: str, shipped: None
) -> None:
    _turn(True)
    assert not turns.conduct_turn(text, lang)
    assert classify(text, lang).kind != "descriptive"


def test_off_nothing_of_the_module_runs(shipped: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the settings off (those of the sixty-first and sixty-fifth rounds too), the module
    adds no pattern: a statement it reads keeps the kind the other cues give it."""
    for name in ("PRESENTED", "SUBJECT", "OTHERWISE", "ARRANGED", "TERSE"):
        monkeypatch.setattr(rapporteurs, name, False)
    _turn(False)
    assert rapporteurs.descriptions("es") == [] and rapporteurs.attributions("es") == []
    lang, text = VIEWS[1]
    assert not classify(text, lang).attribution


def test_the_development_set_look_alikes_stay_points(shipped: None) -> None:
    """On kinds/dev34.yaml the readings set no statement labelled a point aside and mark no
    statement labelled no attribution; they read more of the rest than without."""
    found = dev_set_found("dev34.yaml", _turn)
    assert found[True] > found[False]


def test_the_real_model_sets_aside_who_the_session_gathered(use_embedder, shipped) -> None:  # type: ignore[no-untyped-def]
    """With the real embedder and the shipped model, the descriptions read here are set aside
    as the pipeline reads them (cue, then model); of the look-alike points, the readings set
    none aside that the shipped filter does not (the learned part alone reads two of them, a
    body gathering people, as descriptions with the readings on or off)."""
    rows = [*GATHERED[:6], *ANNOUNCEMENTS[:4], *TIME_TURNS[:3]]
    points = [*POINTS[:6], *NO_ONES_VIEW[:3]]
    said = {}
    for on in (False, True):
        _turn(on)
        said[on] = set_aside(use_embedder, rows + points)
    assert all(said[True][: len(rows)])
    assert not all(said[False][: len(rows)])
    assert said[True][len(rows) :] == said[False][len(rows) :]


def test_the_settings_as_shipped() -> None:
    """The announcement, one named person's view, the chair's turn of time and who the session
    gathered are on (the last since single_points.AGREE keeps the ransomware workshop's point
    as a message: docs/quality.md steps 57 and 59)."""
    assert rapporteurs.ANNOUNCED and rapporteurs.VIEW and turns.CONDUCT_MORE
    assert rapporteurs.ROSTER
