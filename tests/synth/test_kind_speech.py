"""Attributions told by the grammar of reported speech (``synth.kind_cues_speech``): the speaker
and the verb between commas inside the point, after the point or the quotation, the passive
and the noun of saying, the dash and the colon, the verbs of a lexicon the other cues lack and
the Arabic verb or office first; and the look-alike points that name no speaker (a group, a
document, an addressee, studies, a title with a colon)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import kind_cues_speech as speech
from forum_messages.synth import kinds

FAMILIES = speech.NAMES

# Sessions on rural libraries, school meals and bus routes; each case is read by its family
# alone.
ONE_SPEAKER = [
    (
        "MIDDLE",
        "en",
        "Mobile libraries, the county librarian observed, reach more adults than children.",
    ),
    (
        "MIDDLE",
        "en",
        "Bus fares, the transport planner remarked, rose faster than wages.",
    ),
    (
        "MIDDLE",
        "fr",
        "La cantine, a fait valoir la gestionnaire de l'école, "
        "ferme trop tôt pour les élèves du soir.",
    ),
    (
        "MIDDLE",
        "fr",
        "Les prêts de livres, selon la trésorière de l'association, ont doublé en un an.",
    ),
    ("MIDDLE", "ar", "المكتبات المتنقلة، كما أوضحت مديرة المكتبة، تصل إلى الكبار أكثر من الصغار."),
    (
        "MIDDLE",
        "es",
        "Los comedores, subrayó el defensor de los estudiantes, cierran en vacaciones.",
    ),
    ("MIDDLE", "ru", "Школьные автобусы, подчеркнул районный омбудсмен, ходят без расписания."),
    (
        "AFTER",
        "en",
        "Half of the rural bus stops have no timetable posted, "
        "warned a spokeswoman for the parents' union.",
    ),
    (
        "AFTER",
        "fr",
        "La moitié des arrêts de bus ruraux n'affichent aucun horaire, a "
        "déploré le président de l'association des usagers.",
    ),
    (
        "AFTER",
        "ar",
        "نصف محطات الحافلات الريفية لا تعرض أي جدول للمواعيد، على حد قول رئيس نقابة السائقين.",
    ),
    (
        "NOMINAL",
        "en",
        "It was pointed out by the county librarian that the book bus has not run since March.",
    ),
    (
        "NOMINAL",
        "en",
        "Mr Okoro's warning that the meal budget ends in October was repeated twice.",
    ),
    ("NOMINAL", "en", "The head teacher of Ruwa put it simply: a hungry child cannot read."),
    (
        "NOMINAL",
        "fr",
        "Il a été souligné par la directrice de l'école que la cantine ferme pendant les examens.",
    ),
    (
        "NOMINAL",
        "fr",
        "La mise en garde de Mme Koffi selon laquelle le budget des "
        "repas s'arrête en octobre a marqué la salle.",
    ),
    ("NOMINAL", "ar", "لقيت ملاحظة المديرة بأن المكتبة تغلق يوم السوق ترحيباً واسعاً."),
    (
        "LEAD_EN",
        "en",
        "The transport officer of the district reckons that one bus in three leaves late.",
    ),
    (
        "LEAD",
        "fr",
        "La bibliothécaire du canton estime que les prêts ont doublé depuis l'arrivée du bus.",
    ),
    ("LEAD_AR", "ar", "نبّه اتحاد أولياء التلاميذ إلى أن الوجبات المدرسية تتوقف في الامتحانات."),
    (
        "LEAD_AR",
        "ar",
        "وتقول سعاد المرزوقي، معلمة في مدرسة القرية، إن الأطفال الجائعين لا يتعلمون.",
    ),
    ("OFFICE_AR", "ar", "عمدة البلدة تقول إن الحافلات المدرسية تتأخر كل صباح."),
    ("SOURCE_AR", "ar", "ومن وجهة نظر مديرة المدرسة، فإن الوجبة المدرسية أرخص سياسة للحضور."),
]

# Points that name no speaker: a group, a document, an addressee, studies, a title, a census.
LOOK_ALIKES = [
    ("en", "Mobile libraries, several participants observed, reach more adults than children."),
    ("en", "It was noted by participants that the book bus has not run since March."),
    ("en", "The ministry should explain why the meal budget ends in October."),
    ("en", "Studies show that school meals raise attendance in rural districts."),
    ("en", "The Okoro report's warning that the meal budget ends in October went unheeded."),
    ("en", "School meals for all: why the budget must not end in October."),
    (
        "fr",
        "Les cantines scolaires, selon le recensement de 2022, nourrissent un enfant sur trois.",
    ),
    (
        "fr",
        "Plusieurs participants ont déploré que la moitié des arrêts n'affichent aucun horaire.",
    ),
    ("fr", "Le ministère devrait dire pourquoi le budget des repas s'arrête en octobre."),
    ("ar", "نصف محطات الحافلات الريفية لا تعرض أي جدول للمواعيد، كما لاحظ المشاركون."),
    ("ar", "يقول المعلمون إن الأطفال الجائعين لا يتعلمون."),
    ("ar", "وفقاً لتعداد عام 2022، يتناول طفل من كل ثلاثة وجبته في المدرسة."),
    ("ar", "على الوزارة أن تقول لماذا تتوقف الوجبات في الامتحانات."),
    ("es", "Los comedores escolares, señaló la red, cuestan menos que el abandono."),
    ("ru", "Школьное питание, отметили участники, обходится дешевле прогулов."),
]


def test_shipped_settings() -> None:
    """Each family on but three (docs/quality.md, "a seventy-second round"): the speaker after
    the point (``AFTER``: one new mark on a readable set), the English verb after one speaker
    (``LEAD_EN``: the shape ``kind_cues_presenters.SUBJECT_FIRST_EN`` holds off) and the Arabic
    verb first (``LEAD_AR``: one statement of a held-out file that is no attribution)."""
    shipped = {name: getattr(speech, name) for name in FAMILIES}
    off = dict.fromkeys(("AFTER", "LEAD_EN", "LEAD_AR"), False)
    assert shipped == {**dict.fromkeys(FAMILIES, True), **off}


def _turn(**on: bool) -> None:
    for name in FAMILIES:
        setattr(speech, name, on.get(name, getattr(speech, name)))
    kinds.clear_caches()


@pytest.fixture
def switches() -> Iterator[None]:
    shipped = {name: getattr(speech, name) for name in FAMILIES}
    yield
    _turn(**shipped)


@pytest.mark.parametrize(("family", "lang", "text"), ONE_SPEAKER)
def test_one_speaker_read_by_its_family(family: str, lang: str, text: str, switches: None) -> None:
    _turn(**dict.fromkeys(FAMILIES, True))
    assert kinds.classify(text, lang).attribution
    _turn(**{family: False})
    assert not kinds.classify(text, lang).attribution


@pytest.mark.parametrize(("lang", "text"), LOOK_ALIKES)
def test_no_speaker_is_no_attribution(lang: str, text: str, switches: None) -> None:
    _turn(**dict.fromkeys(FAMILIES, True))
    assert not kinds.classify(text, lang).attribution


def test_the_kinds_do_not_move(switches: None) -> None:
    """Only the attribution flag is read: the kind and the point stay as they were."""
    for lang, text in [(lang, text) for _, lang, text in ONE_SPEAKER] + LOOK_ALIKES:
        _turn(**dict.fromkeys(FAMILIES, False))
        before = kinds.classify(text, lang)
        _turn(**dict.fromkeys(FAMILIES, True))
        after = kinds.classify(text, lang)
        assert (after.kind, after.point) == (before.kind, before.point)


def test_the_development_set_gains_and_marks_no_look_alike(switches: None) -> None:
    """On kinds/dev46-attr.yaml the families newly mark none of the statements labelled no
    attribution, and read more of the attributions than the cues without them."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / "dev46-attr.yaml")
    said = {}
    for on in (False, True):
        _turn(**dict.fromkeys(FAMILIES, on))
        said[on] = [kinds.classify(it.text, it.language).attribution for it in items]
    added = [it for it, a, b in zip(items, said[False], said[True], strict=True) if b and not a]
    assert len(added) >= 25
    assert all(it.attribution for it in added)
    assert not [it for it, a, b in zip(items, said[False], said[True], strict=True) if a and not b]
