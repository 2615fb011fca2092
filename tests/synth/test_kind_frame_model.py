"""Where a frame ends, read by the learned model (``synth/kind_frame_model.py``): the places a
frame may end at, the fit, the shipped weights and the hook in ``kinds.voiced`` (the real
multilingual encoder on the real path)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest

from forum_messages.synth import kind_frame_model as fm
from forum_messages.synth import kinds, shipped


def _cands(sentence: str, lang: str) -> list[tuple[str, str, str]]:
    at = list(range(len(sentence) + 1))
    return [(c.place, c.cut, c.point) for c in fm.candidates(sentence, sentence, at, lang)]


def test_a_frame_before_the_point_ends_at_the_complementiser() -> None:
    found = _cands("The audience left convinced that village clinics lack night nurses.", "en")
    assert ("lead", "that", "Village clinics lack night nurses.") in found


def test_a_frame_after_the_point_and_inside_it() -> None:
    found = _cands("Village clinics lack night nurses, the room kept repeating.", "en")
    assert ("trail", "comma", "Village clinics lack night nurses.") in found
    inside = _cands(
        "Les cliniques rurales, ont convenu les intervenants, manquent d'infirmières.", "fr"
    )
    assert ("inside", "comma", "Les cliniques rurales manquent d'infirmières.") in inside


def test_chinese_and_russian_cuts() -> None:
    assert ("lead", "comma", "农村诊所缺少夜班护士和司机。") in _cands(
        "与会者普遍感到，农村诊所缺少夜班护士和司机。", "zh"
    )
    found = _cands(
        "Зал пришёл к общему ощущению, что сельским клиникам не хватает медсестёр.", "ru"
    )
    assert ("lead", "that", "Сельским клиникам не хватает медсестёр.") in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        # a call (a modal), a negation, a verb of will: never a frame to cut
        ("Governments must ensure that village clinics have night nurses.", "en"),
        ("Speakers did not agree that village clinics lack night nurses.", "en"),
        ("Los participantes pidieron que las clínicas rurales contraten enfermeras.", "es"),
        # hearsay with a recipient, one person by role
        ("On dit aux agriculteurs que les nouveaux compteurs réduiront leurs factures.", "fr"),
        ("The minister explained that village clinics lack night nurses.", "en"),
    ],
)
def test_no_lead_cut_on_calls_hearsay_or_one_person(sentence: str, lang: str) -> None:
    assert not [c for c in _cands(sentence, lang) if c[0] == "lead" and c[1] == "that"]


def test_fit_is_deterministic_and_learns() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(200, 5))
    y = (x[:, 0] - x[:, 2] > 0).astype(np.float64)
    w1, b1 = fm.fit(x, y, steps=300)
    w2, b2 = fm.fit(x, y, steps=300)
    assert np.array_equal(w1, w2) and b1 == b2
    p = fm.probabilities(x, w1, b1)
    assert ((p >= 0.5) == y.astype(bool)).mean() > 0.95
    assert np.array_equal(p, np.round(p, 4))


def _shipped() -> tuple[np.ndarray, float]:
    """The shipped weights, whatever material they were fitted on (a set added since leaves
    them as they are: the model then reads nothing until they are fitted again)."""
    key = shipped.frame_weights_key()
    assert key is not None
    weights = shipped.load_frame_weights(key)
    assert weights is not None
    return weights


def test_shipped_weights_are_keyed() -> None:
    key = shipped.frame_weights_key()
    assert key is not None
    # the key names the material's digest and the fit's sizes; another key reads nothing
    assert key.split("|", 1)[1] == fm.weights_key().split("|", 1)[1]
    w, _b = _shipped()
    assert w.shape == (512 + fm.SKELETON_DIM + len(fm.HAND),)
    assert shipped.load_frame_weights(key + "x") is None


def test_training_names_hold_no_held_out_file() -> None:
    names = fm.training_names()
    held = {f"kinds/test{n}.yaml" for n in ("", 2, 3, 4, *range(18, 30))}
    assert not held & set(names)
    spent = {"reports/test-global-tracks.yaml", "reports/test-cartagena.yaml"}
    assert {n for n in names if n.startswith("reports/test-")} == spent
    assert "kinds/dev.yaml" in names and "kinds/test17.yaml" in names


@pytest.fixture
def model_on(use_embedder, monkeypatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    saved = fm.ON
    fm.ON = True
    monkeypatch.setattr(fm, "_weights", _shipped)
    kinds.clear_caches()
    try:
        yield
    finally:
        fm.ON = saved
        kinds.clear_caches()


#: frames in wordings no rule reads, the point as the model leaves it
NEW_FRAMES = [
    (
        "ar",
        "وخرج الحاضرون بقناعة بأن المكتبات الريفية تغلق أبوابها مبكراً.",
        "المكتبات الريفية تغلق أبوابها مبكراً.",
    ),
]


def _best(sentence: str, lang: str) -> tuple[fm.Candidate, float]:
    weights = _shipped()
    at = list(range(len(sentence) + 1))
    found = fm.best(sentence, sentence, at, lang, weights[0], weights[1], fm._embedder().embed)
    assert found is not None
    return found


@pytest.mark.parametrize(("lang", "sentence", "point"), NEW_FRAMES)
def test_the_real_model_cuts_a_frame_no_rule_reads(  # type: ignore[no-untyped-def]
    model_on, lang: str, sentence: str, point: str
) -> None:
    fm.ON = False
    kinds.clear_caches()
    assert kinds.voiced(sentence, lang) == sentence  # every rule leaves it
    fm.ON = True
    kinds.clear_caches()
    cand, p = _best(sentence, lang)
    assert (cand.place, cand.cut, cand.point) == ("lead", "that", point)
    assert p >= fm.BAR
    assert kinds.voiced(sentence, lang) == point
    # the kind and the point grouped by do not change: only the message text
    assert kinds.classify(sentence, lang) == kinds.Kind("point", sentence, False)


def test_below_the_bar_the_sentence_stays(model_on, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sentence = "The working group came away persuaded that ferry timetables change without notice."
    cand, p = _best(sentence, "en")
    assert cand.point == "Ferry timetables change without notice."
    assert p < fm.BAR
    assert kinds.voiced(sentence, "en") == sentence
    monkeypatch.setattr(fm, "BAR", round(p - 0.01, 4))
    kinds.clear_caches()
    assert kinds.voiced(sentence, "en") == cand.point


def test_off_leaves_the_text(model_on) -> None:  # type: ignore[no-untyped-def]
    fm.ON = False
    kinds.clear_caches()
    sentence, lang = NEW_FRAMES[0][:2]
    assert kinds.voiced(sentence, lang) == sentence


PLAIN = [
    ("en", "In the northern districts, ferry timetables change without notice to islanders."),
    ("es", "Las bibliotecas rurales, sin personal estable, cierran a las tres de la tarde."),
    ("zh", "在北部地区，渡轮时刻表经常在不通知岛民的情况下更改。"),
]


@pytest.mark.parametrize(("lang", "sentence"), PLAIN)
def test_the_real_model_leaves_plain_points(model_on, lang: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert kinds.voiced(sentence, lang) == sentence


def test_the_bench_reads_a_cut_within_two_words(bench_module) -> None:  # type: ignore[no-untyped-def]
    bench = bench_module("kind_frame_model")
    assert bench.near("Rural clinics lack nurses.", "Rural clinics lack nurses")
    assert bench.near(
        "Les cliniques manquent encore d'infirmières.", "Les cliniques manquent d'infirmières."
    )
    assert not bench.near(
        "Participants said rural clinics lack nurses.", "Rural clinics lack nurses.", 1
    )
    assert bench.near("农村诊所缺少护士。", "农村诊所缺少护士")
