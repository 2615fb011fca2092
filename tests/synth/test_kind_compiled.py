"""The readings of the sixty-sixth round of statement kinds (``kind_cues_compiled``): one person
named by an occupation and a full name, an attribution (as the subject of a verb of saying,
after "according to", after the point, after a clause on the question put to them), and a
compiled report's notes beside its points, descriptions (who drew the takeaways from what, a
forum's standing blurb and its edition's focus, an exercise with cards, the chair's
housekeeping and the session's question, a youth forum telling how it met); with the
look-alikes that must stay as they were.

Sentences of our own (not ``kinds/dev40.yaml``'s nor a report file's): sessions on avalanche
warnings, river ferries, seed libraries, village Wi-Fi, rural post offices and reindeer
herding apps."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import kind_cues_compiled as compiled
from forum_messages.synth import kinds
from forum_messages.synth.kind_cues_compiled import shape_of
from forum_messages.synth.kinds import classify

from .helpers import set_aside

SPEAKERS = [
    ("en", "Avalanche forecaster Lena Brauer warned that the text alerts reach hikers too late."),
    ("en", "Postmaster Ola Haugen recalled how the village lost its counter in a single week."),
    (
        "en",
        "The river pilot Jonas Ek said that the ferry app shows sailings that were cancelled.",
    ),
    ("en", "According to seed librarian Maya Oduya, half the borrowed seeds never come back."),
    (
        "en",
        "The Wi-Fi in the square goes down every evening, said shop owner Rafael Pinto, when "
        "the school closes.",
    ),
    (
        "en",
        "Asked about the costs, the village clerk, Anke Vos, said that the mast is paid from "
        "the snow-clearing budget.",
    ),
    (
        "es",
        "La cartera rural Inés Manríquez contó que entrega las pensiones en mano porque el "
        "pueblo no tiene cajero.",
    ),
    ("es", "Según el pastor trashumante Hernán Ocampo, la aplicación no funciona sin cobertura."),
    (
        "es",
        "El wifi de la plaza se corta cada noche, explicó la almacenera Dora Quispe, cuando "
        "cierra la escuela.",
    ),
    (
        "es",
        "Preguntada por el precio, la secretaria municipal Olga Fuentes respondió que la antena "
        "se paga con el presupuesto de caminos.",
    ),
    (
        "fr",
        "Le pisteur-secouriste Loïc Berthier a expliqué que les alertes arrivent après la "
        "fermeture des pistes.",
    ),
    (
        "fr",
        "Selon la bibliothécaire Salomé Fabre, la moitié des graines prêtées ne reviennent pas.",
    ),
    (
        "fr",
        "Le bac ne prend plus de réservations par téléphone, regrette le batelier Hervé Masson, "
        "et les anciens restent à quai.",
    ),
    (
        "fr",
        "Interrogé sur le coût, le secrétaire de mairie Rémi Caron a répondu que la borne est "
        "payée par le budget du déneigement.",
    ),
    ("ru", "Оленевод Пётр Канев рассказал, что приложение не работает без связи."),
    (
        "ru",
        "Отвечая на вопрос о цене, почтальон Мария Ветрова сказала, что пенсию приносит сама.",
    ),
    ("ar", "وبحسب الراعي يوسف البدري، لا يعمل التطبيق من دون تغطية."),
    ("zh", "在回答关于费用的提问时，村文书王丽娟表示，信号塔由扫雪预算支付。"),
]
SPEAKER_LOOK_ALIKES = [
    ("en", "According to the 2025 village survey, half the households have no fixed line."),
    ("en", "According to the Mountain Safety Act, alerts must reach every hiker."),
    ("en", "Asked about the costs, most villagers said that the mast should be free."),
    (
        "en",
        "The Wi-Fi in the square goes down every evening, as the council's own log shows.",
    ),
    ("es", "Según el programa Pueblos Conectados, la antena llegará el próximo año."),
    ("fr", "Selon la loi Martin-Dubois, le bac doit rester joignable par téléphone."),
    ("ru", "По данным программы «Связь в сёлах», антенн не хватает."),
    ("ar", "وبحسب قانون الاتصالات، يجب أن تصل الخدمة إلى كل قرية."),
]
NOTES = [
    ("en", "Key takeaways compiled from the workshop recording by the secretariat."),
    (
        "en",
        "The Valley IGF is an open and multistakeholder forum that brings together each year "
        "farmers, schools and the municipality.",
    ),
    ("en", "This edition focuses on the high pastures."),
    (
        "en",
        "At the end, each participant wrote on a card which service they miss most; the cards "
        "were pinned to a board.",
    ),
    ("en", "MODERATOR: Thanks to our speakers, and lunch is served in the foyer."),
    (
        "en",
        "The question for this session is short: who pays for the last kilometre of fibre?",
    ),
    (
        "en",
        "We, thirty pupils from the valley schools, gathered for a day in Lillby to draft "
        "these recommendations.",
    ),
    ("es", "Conclusiones elaboradas por la relatora a partir de las notas del taller."),
    (
        "es",
        "El Foro del Valle es un espacio abierto que reúne cada año a pastores, escuelas y al "
        "municipio.",
    ),
    ("es", "Esta edición pone el foco en los pastos de altura."),
    ("fr", "Messages rédigés par le secrétariat à partir de la transcription de l'atelier."),
    (
        "fr",
        "Pour conclure, chaque participante a écrit sur une fiche le service qui lui manque le "
        "plus.",
    ),
    ("ru", "Тезисы составлены модератором по записи семинара."),
    ("zh", "本纪要由秘书处根据研讨会录音整理。"),
]
NOTE_LOOK_ALIKES = [
    ("en", "Data taken from the post office ledgers show that counters close in winter first."),
    (
        "en",
        "A valley forum that brings together farmers each year should be paid for by the region.",
    ),
    ("en", "Each participant in the pilot should get a card with the helpline number."),
    ("en", "CHAIR: Thank you all; the villages must keep their post office counters."),
    ("en", "We, the pupils of the valley, want the bus to wait for the last class."),
    ("es", "Cada participante del programa debería recibir una tarjeta con el número de ayuda."),
    ("fr", "Un forum qui réunit chaque année les éleveurs devrait être financé par la région."),
]


@pytest.fixture
def shipped() -> Iterator[None]:
    """The settings as shipped, then back."""
    names = ("OCCUPATION", "SUBJECT_FIRST", "ASKED", "COMPILED", "CHAIR")
    before = [getattr(compiled, name) for name in names]
    yield
    for name, value in zip(names, before, strict=True):
        setattr(compiled, name, value)
    kinds.clear_caches()


def _turn(on: bool) -> None:
    """Every reading of the module on (or the two settings off)."""
    compiled.OCCUPATION = compiled.COMPILED = on
    compiled.SUBJECT_FIRST = compiled.ASKED = compiled.CHAIR = True
    kinds.clear_caches()


def test_the_settings_as_shipped() -> None:
    """On: the speaker after "according to" and after the point; off: the speaker as the
    subject, after a clause on the question, and the notes (docs/quality.md, "a sixty-sixth
    round")."""
    assert compiled.OCCUPATION
    assert not compiled.SUBJECT_FIRST
    assert not compiled.ASKED
    assert not compiled.COMPILED


def test_as_shipped_only_the_speaker_after_according_to_or_the_point(shipped: None) -> None:
    """As shipped, "according to" and the speaker after the point are read; the subject and
    the clause on the question are not."""
    kinds.clear_caches()
    read = [classify(text, lang).attribution for lang, text in SPEAKERS]
    assert read[3] and read[4]  # "According to seed librarian ...", "..., said shop owner ..."
    compiled.SUBJECT_FIRST = compiled.ASKED = True
    kinds.clear_caches()
    assert compiled.attributions("en") == compiled._OCCUPATION["en"]
    compiled.SUBJECT_FIRST = compiled.ASKED = False
    kinds.clear_caches()
    assert len(compiled.attributions("en")) == len(compiled._OCCUPATION["en"]) - 2
    assert compiled.attributions("zh") == []


@pytest.mark.parametrize(("lang", "text"), SPEAKERS)
def test_one_person_by_occupation_and_name_is_an_attribution(
    lang: str, text: str, shipped: None
) -> None:
    _turn(True)
    kind = classify(text, lang)
    assert kind.kind != "descriptive"
    assert kind.attribution


@pytest.mark.parametrize(("lang", "text"), SPEAKER_LOOK_ALIKES)
def test_a_document_a_programme_or_a_group_is_no_speaker(
    lang: str, text: str, shipped: None
) -> None:
    _turn(True)
    assert not classify(text, lang).attribution
    assert shape_of(text, lang) != "occupation"


@pytest.mark.parametrize(("lang", "text"), NOTES)
def test_a_compiled_reports_notes_are_descriptions(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind == "descriptive"


@pytest.mark.parametrize(("lang", "text"), NOTE_LOOK_ALIKES)
def test_the_note_look_alikes_stay_points(lang: str, text: str, shipped: None) -> None:
    _turn(True)
    assert classify(text, lang).kind != "descriptive"
    assert shape_of(text, lang) != "compiled"


def test_off_the_readings_add_nothing(shipped: None) -> None:
    """With the settings off the module gives no pattern, and a statement only these readings
    read keeps the other cues' kind."""
    _turn(False)
    for lang in ("ar", "en", "es", "fr", "ru", "zh"):
        assert compiled.attributions(lang) == []
        assert compiled.descriptions(lang) == []
    lang, text = SPEAKERS[0]
    assert shape_of(text, lang) == "occupation"
    assert not classify(text, lang).attribution
    lang, text = NOTES[0]
    assert shape_of(text, lang) == "compiled"
    assert classify(text, lang).kind != "descriptive"


def test_the_development_set(shipped: None) -> None:
    """On kinds/dev40.yaml the readings set aside no statement labelled otherwise, mark no
    statement that is no attribution, and read more of its descriptions and attributions than
    without."""
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = load_kind_set(base / "kinds" / "dev40.yaml")
    found: dict[bool, int] = {}
    for on in (False, True):
        _turn(on)
        read = [classify(it.text, it.language) for it in items]
        aside = [k.kind == "descriptive" for k in read]
        marked = [k.attribution and not a for k, a in zip(read, aside, strict=True)]
        pairs = list(zip(items, aside, marked, strict=True))
        assert not any(a and it.kind != "descriptive" for it, a, _ in pairs)
        assert not any(m and not it.attribution for it, _, m in pairs)
        found[on] = sum(a for it, a, _ in pairs if it.kind == "descriptive") + sum(
            m for it, _, m in pairs if it.attribution
        )
    assert found[True] > found[False]


def test_the_real_model_with_the_readings(use_embedder, shipped) -> None:  # type: ignore[no-untyped-def]
    """With the real embedder and the shipped model, every note read here is set aside as the
    pipeline reads it (cue, then model), and the readings set aside none of the look-alike
    points that the shipped filter does not."""
    cases = NOTES + NOTE_LOOK_ALIKES + SPEAKERS
    said = {}
    for on in (False, True):
        _turn(on)
        said[on] = set_aside(use_embedder, cases)
    assert all(said[True][: len(NOTES)])
    assert said[True][len(NOTES) :] == said[False][len(NOTES) :]
