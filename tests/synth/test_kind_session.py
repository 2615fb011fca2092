"""A statement read against its session: one that names the session's own type of meeting
("The workshop heard ...", "El taller cerró ...", "Круглый стол выслушал ..."), anywhere in the
session's report, is set aside at a lower bar of the regression (``anywhere``), on by default;
a statement with a claim, one read without a session, or one in an NRI's report is read as
before."""

from __future__ import annotations

import numpy as np
import pytest

from forum_messages.synth.kind_model import ANYWHERE_THRESHOLD, DescriptiveModel
from forum_messages.synth.kind_session import own_word, session_places, stems
from forum_messages.synth.kinds import Kind, classify


def test_the_head_noun_of_a_session_s_type() -> None:
    assert own_word("Sesión de coordinación", "es") == "sesió"
    assert own_word("Taller #4", "es") == "talle"
    assert own_word("Table ronde", "fr") == "table"
    assert own_word("Open Forum", "en") == "forum"
    assert own_word("Lightning talk 12", "en") == "talk"
    assert own_word("Круглый стол", "ru") == "стол"
    assert own_word("Пленарное заседание", "ru") == "засед"
    assert own_word("ورشة", "ar") == "ورشة"
    assert own_word("12", "en") is None


def test_stems_cut_words_and_keep_arabic_words_whole() -> None:
    assert stems("The workshops covered licences", "en") == {"works", "cover", "licen"}
    # the article goes, a word's own first letter stays ("ورشة" is no "و" + "رشة")
    assert stems("الورشة ورشة", "ar") == {"ورشة"}


#: sessions of three languages: (code, type, language, NRI, statements in order)
SESSIONS = [
    (
        "WS4",
        "Workshop",
        "en",
        False,
        [
            "Licence fees for a satellite gateway are the same for a village as for an operator.",
            "The workshop heard from two village cooperatives that run their own gateways.",
            "A light licence tied to the number of users would let villages connect.",
            "The workshop covered gateways, spectrum fees and light licences.",
        ],
    ),
    (
        "T11",
        "Sesión de coordinación",
        "es",
        False,
        [
            "El coordinador del foro nacional contó que casi se suspende por falta de fondos.",
            "La sesión cerró con una ronda de preguntas del público.",
        ],
    ),
    (
        "KS3",
        "Круглый стол",
        "ru",
        False,
        [
            "Требования хранить данные внутри страны удорожают облачные услуги.",
            "За круглым столом выступили представители трёх облачных провайдеров.",
            "Шифрование защищает данные лучше, чем место их хранения.",
        ],
    ),
    (
        "IGF-PE",
        "national",
        "es",
        True,
        [
            "El foro nacional se realizó en Cusco y en línea.",
            "Los foros nacionales necesitan una secretaría permanente.",
        ],
    ),
]


def test_each_statement_s_place_in_its_session() -> None:
    texts, codes, langs, types, nri = [], [], [], [], []
    for code, kind, lang, is_nri, statements in SESSIONS:
        for text in statements:
            texts.append(text)
            codes.append(code)
            langs.append(lang)
            types.append(kind)
            nri.append(is_nri)
    places = session_places(texts, codes, langs, types, nri)
    assert [p.own for p in places] == [
        False,
        True,  # a workshop's report naming the workshop, in the middle of the session
        False,
        True,  # and at its end
        False,  # "coordinador" is no "sesión": the head noun of "Sesión de coordinación"
        True,  # a closing line
        False,
        True,  # "за круглым столом": the head noun "стол" in another case
        False,
        False,  # an NRI's report names its forum in its points: never read as its own type
        False,
    ]
    assert [p.first for p in places] == [1, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0]
    assert [p.last for p in places] == [0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1]
    assert all(0.0 <= p.breadth <= 1.0 for p in places)
    # the statements of a session may be interleaved with another session's
    mixed = session_places(
        texts[:2] + texts[4:6], ["A", "B", "A", "B"], ["en"] * 4, ["x"] * 4, [False] * 4
    )
    assert [p.first for p in mixed] == [True, True, False, False]
    assert [p.last for p in mixed] == [False, False, True, True]


def test_the_lower_bar_needs_the_session_s_own_type_named() -> None:
    # the decision itself, probabilities given (the opening rule off: this reads ``anywhere``)
    model = DescriptiveModel(opening=None, anywhere=ANYWHERE_THRESHOLD)
    texts = [
        "The workshop heard from two village cooperatives that run their own gateways.",
        "The workshop heard from two village cooperatives that run their own gateways.",
        "The workshop heard from two cooperatives, and regulators should license them.",
        "The workshop heard from two village cooperatives that run their own gateways.",
    ]
    kinds = [Kind("point", t) for t in texts]
    prob = np.array([0.6, 0.6, 0.6, 0.4])
    own = [True, False, True, True]
    # named and above the lower bar: set aside; not named, a claim (a call's words) or below
    # the lower bar: as before
    assert model.decide(prob, texts, kinds, None, own) == [True, False, False, False]
    assert model.decide(prob, texts, kinds) == [False] * 4  # no session: as before
    # not first of its session: as with no marks; first: left to ``opening`` (off)
    assert model.decide(prob, texts, kinds, [False] * 4, own) == [True, False, False, False]
    assert model.decide(prob, texts, kinds, [True] * 4, own) == [False] * 4
    off = DescriptiveModel(anywhere=None)
    assert off.decide(prob, texts, kinds, None, own) == [False] * 4  # turned off
    framed = [Kind("framed", "two cooperatives run their own gateways") for t in texts]
    assert model.decide(prob, texts, framed, None, own) == [False] * 4
    assert "anywhere" not in off.params()
    assert model.params()["anywhere"] == ANYWHERE_THRESHOLD
    assert DescriptiveModel().params()["anywhere"] == ANYWHERE_THRESHOLD  # on by default


#: statements naming their session's own type, in the middle or at the end of a session: the
#: patterns read them as points and the regression scores them between ``ANYWHERE_THRESHOLD``
#: and the threshold (type, language, text)
NAMED = [
    (
        "Сессия",
        "ru",
        "Сессия также выслушала двух фермеров, которые пользуются общей спутниковой антенной.",
    ),
    (
        "Workshop",
        "en",
        "The workshop heard from two village cooperatives that run their own satellite gateways.",
    ),
    (
        "Taller",
        "es",
        "El taller cerró con cada cooperativa nombrando lo que necesita del regulador.",
    ),
    (
        "Круглый стол",
        "ru",
        "Круглый стол выслушал директоров двух сельских школ об их компьютерных классах.",
    ),
]


def _read(
    use_embedder: object,
    own: list[bool] | None,
    anywhere: float | None,
    first: list[bool] | None = None,
) -> tuple[list[bool], np.ndarray]:
    kinds = [classify(t, g) for _, g, t in NAMED]
    texts = [k.point or t for k, (_, _, t) in zip(kinds, NAMED, strict=True)]
    x = np.asarray(use_embedder.embed(texts))  # type: ignore[attr-defined]
    model = DescriptiveModel(opening=None, anywhere=anywhere)
    said = model.descriptive(x, texts, kinds, use_embedder, None, first, own)  # type: ignore[arg-type]
    w, b = model.fit(use_embedder)  # type: ignore[arg-type]
    prob = np.round(1.0 / (1.0 + np.exp(-model.scores(x, texts, w, b))), 6)
    return said, prob


@pytest.mark.slow
def test_a_description_in_the_middle_or_at_the_end_of_a_session_is_set_aside(use_embedder) -> None:  # type: ignore[no-untyped-def]
    n = len(NAMED)
    # each in a session of its own, after a point (none first)
    texts = [t for _, _, t in NAMED]
    places = session_places(
        [x for t in texts for x in ("A point.", t)],
        [f"S{i}" for i in range(n) for _ in range(2)],
        [g for _, g, _ in NAMED for _ in range(2)],
        [k for k, _, _ in NAMED for _ in range(2)],
        [False] * (2 * n),
    )[1::2]
    own = [p.own for p in places]
    assert own == [True] * n and not any(p.first for p in places)
    alone, prob = _read(use_embedder, None, None)
    assert all(classify(t, g).kind == "point" for _, g, t in NAMED)
    assert ((prob > ANYWHERE_THRESHOLD) & (prob <= DescriptiveModel().threshold)).all(), prob
    assert alone == [False] * n
    found, _ = _read(use_embedder, own, ANYWHERE_THRESHOLD, [False] * n)
    assert found == [True] * n
    # the first statement of a session is the opening rule's to read (off here)
    opening, _ = _read(use_embedder, own, ANYWHERE_THRESHOLD, [True] * n)
    assert opening == [False] * n
    assert len({g for _, g, _ in NAMED}) >= 3
    # read without a session (a statement set), or with the reading off: as before
    without, _ = _read(use_embedder, None, ANYWHERE_THRESHOLD)
    assert without == [False] * n
    off, _ = _read(use_embedder, own, None)
    assert off == [False] * n
