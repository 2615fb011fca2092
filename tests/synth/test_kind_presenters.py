"""Attributions told by their grammar: one person presenting, reporting or showing something,
the passive with the person after "by", a person taking the room through something, one
person's view opening a point, a quotation with its speaker after it
(``synth.kind_cues_presenters``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth import kinds
from forum_messages.synth.kinds import classify

ONE_PERSON = [
    # a person presents, reports or shows something
    (
        "es",
        "El tesorero de la cooperativa, Ramón Ugarte, anunció la subida de la cuota de la leche.",
    ),
    (
        "fr",
        "La garde forestière de la commune, Claire Besson, a fait le point sur les coupes "
        "prévues cet automne.",
    ),
    ("ru", "Казначей кооператива Ольга Дёмина представила смету на ремонт коровника."),
    ("ar", "اصطحب فنيّ المحطة الزوار في جولة على الأرصفة الجديدة."),
    ("zh", "合作社技术员王海燕通报了今年春季奶牛疫苗接种的进度。"),
    # the passive, the person after "by"
    (
        "en",
        "The plans for the new pier were presented by the harbour's chief engineer before lunch.",
    ),
    ("es", "El calendario de obras fue presentado por el jefe de mantenimiento de la línea."),
    ("fr", "Les chiffres de fréquentation ont été détaillés par la directrice du musée."),
    ("ru", "Отчёт о ремонте моста был подготовлен главным инженером района."),
    ("ar", "شُرحت أسعار التذاكر الجديدة من قِبل فنيّ المحطة."),
    ("zh", "新的票价方案由乘客委员会秘书作了说明。"),
    # a person takes the room through something
    ("en", "One of the rangers took the visitors through the map of the new trails."),
    ("es", "Una de las guías repasó con los asistentes el recorrido de la nueva ruta."),
    ("ru", "Инженер депо провела собравшихся по новому цеху ремонта вагонов."),
    # one person's view opening a point
    (
        "en",
        "In the view of the harbour's engineer, the channel is too narrow for two ferries at once.",
    ),
    ("es", "Para la concejala de Aguasvivas, el puerto necesita un muelle solo para pescadores."),
    ("fr", "D'après la gérante de la fromagerie, le lait d'été donne un fromage plus fragile."),
    ("ru", "По данным инспектора рыбнадзора, улов сига за пять лет упал вдвое."),
    ("ar", "ووفقاً لفنيّ المحطة، فإن الجسر القديم لا يتحمل مرور الشاحنات الثقيلة."),
    ("zh", "在渔船船长看来，新航道对两艘渡轮同时通行来说太窄了。"),
    # a quotation, the speaker after it
    (
        "en",
        '"We rowed out at dawn and came back with nothing for a week," a fisherman from the '
        "bay said.",
    ),
    (
        "fr",
        "« Nous avons fermé la fromagerie trois semaines faute de lait », a confié une "
        "productrice.",
    ),
    (
        "ru",
        "«Паром не ходил всю неделю, и дети не попали в школу», — пожаловалась жительница острова.",
    ),
    ("ar", "«انتظرنا القطار ساعتين في البرد»، روى أحد الركاب."),
    ("zh", "“那一周我们每天天不亮就出海，结果什么也没打到，”一位老渔民说道。"),
]

NO_ONE = [
    # a body or a plural is no one person
    ("en", "The committee agreed that the ferry timetable should be published a month ahead."),
    ("es", "Los vecinos del puerto presentaron sus quejas sobre el ruido de las grúas."),
    ("fr", "Selon les participants, le lait d'été donne un fromage plus fragile."),
    ("ru", "По мнению участников, паром должен ходить и по воскресеньям."),
    ("zh", "随后由各组代表汇报了讨论情况。"),
    # a call whose point is kept, and a point in the first person
    ("en", "Dairy farmers in the valley need a second collection round in summer."),
    ("fr", "Nous devons ouvrir la halte toute l'année, pas seulement l'été."),
]


@pytest.fixture
def switch() -> Iterator[None]:
    """The patterns turned on (they ship off), then back as shipped."""
    presenters.ON = True
    kinds.clear_caches()
    yield
    presenters.ON = False
    presenters.SUBJECT_FIRST_EN = False
    kinds.clear_caches()


@pytest.mark.parametrize(("lang", "text"), ONE_PERSON)
def test_one_person_presenting_or_saying_is_an_attribution(
    lang: str, text: str, switch: None
) -> None:
    kind = classify(text, lang)
    assert kind.attribution, (lang, text, kind)
    presenters.ON = False
    kinds.clear_caches()
    assert not classify(text, lang).attribution, (lang, text)


@pytest.mark.parametrize(("lang", "text"), NO_ONE)
def test_a_body_a_plural_or_a_plain_point_is_no_attribution(
    lang: str, text: str, switch: None
) -> None:
    kind = classify(text, lang)
    assert not kind.attribution, (lang, text, kind)


def test_english_with_the_person_first_is_read_only_when_turned_on(switch: None) -> None:
    text = (
        "The ferry company's manager insisted that the winter crossings cost more than they earn."
    )
    assert not classify(text, "en").attribution
    presenters.SUBJECT_FIRST_EN = True
    kinds.clear_caches()
    assert classify(text, "en").attribution


def test_the_patterns_ship_off() -> None:
    text = "Для пассажиров расписание было представлено начальником станции."
    assert not presenters.ON
    assert not classify(text, "ru").attribution


CALLS = [
    ("en", "The mayor called on the region to fund a second ferry."),
    ("fr", "La maire a appelé la région à financer un second bac."),
    ("es", "El alcalde pidió a la región que financie un segundo ferry."),
    ("ru", "Глава района призвал область выделить деньги на второй паром."),
]


@pytest.mark.parametrize(("lang", "text"), CALLS)
def test_a_call_with_its_caller_reads_as_it_did(lang: str, text: str, switch: None) -> None:
    on = classify(text, lang)
    presenters.ON = False
    kinds.clear_caches()
    off = classify(text, lang)
    assert on == off and on.kind == "point" and on.point == text
