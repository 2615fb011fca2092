"""The readings across languages, the out-of-fold fit and the tallies of
bench/across_refit.py on hand-written statements and pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture
def bench(bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """bench/across_refit.py, which imports its neighbours across_sources.py, common.py and
    held_out.py."""
    monkeypatch.syspath_prepend(str(BENCH))
    return bench_module("across_refit")


def test_anchors_are_numbers_codes_and_latin_words_in_other_scripts(bench: ModuleType) -> None:
    en = bench.anchors("The ITU should fund 5G towers in 12 districts by 2030.", "en")
    assert en == frozenset({"itu", "5g", "12", "2030"})  # "The", "towers": plain words
    zh = bench.anchors("国际电联应在2030年前为12个地区的5G基站提供资金，并支持Starlink试点。", "zh")
    assert zh == frozenset({"2030", "12", "5g", "starlink"})
    ru = bench.anchors("Операторы Kcell и Beeline делят вышки в 40 сёлах.", "ru")
    assert ru == frozenset({"kcell", "beeline", "40"})
    assert bench.anchors("Los jóvenes piden un asiento en el comité nacional.", "es") == frozenset()


def test_readings_across_languages_are_zero_in_one_language(bench: ModuleType) -> None:
    a, b = frozenset({"itu", "2030"}), frozenset({"2030"})
    one = bench.across_readings(0.71, False, 0.4, a, b, 0.8)
    assert one == dict.fromkeys(bench.ACROSS, 0.0)
    two = bench.across_readings(0.71, True, 0.4, a, b, 0.8)
    assert two == {
        "two_cosine": 0.71,
        "two_relative": 0.31,
        "two_anchors": 1.0,
        "two_translated": 0.8875,
    }
    apart = bench.across_readings(0.45, True, 0.5, a, frozenset({"5g"}))
    assert apart["two_anchors"] == -1.0 and apart["two_relative"] == -0.05
    assert apart["two_translated"] == 0.45  # no translation's cosine given: the cosine
    assert bench.across_readings(0.45, True, 0.5, a, frozenset())["two_anchors"] == 0.0


def test_a_translations_cosine_for_each_pair_of_languages(bench: ModuleType) -> None:
    # two statements: in "en" and "fr" the same vectors, in "zh" the first turned a quarter
    e1, e2 = np.array([1.0, 0.0, 0.0]), np.array([0.0, 1.0, 0.0])
    vectors = {
        "fr": np.stack([e1, e2]),
        "en": np.stack([e1, e2]),
        "zh": np.stack([np.array([0.0, 0.0, 1.0]), e2]),
    }
    got = bench.translation_cosines(vectors)
    assert got == {"en-fr": 1.0, "en-zh": 0.5, "fr-zh": 0.5}
    assert bench.pair_key("zh", "en") == "en-zh" == bench.pair_key("en", "zh")
    # every language of the bench's statements holds as many of them
    assert {len(v) for v in bench.TRANSLATIONS.values()} == {4}
    assert sorted(bench.TRANSLATIONS) == ["ar", "en", "es", "fr", "ru", "zh"]


def _rows(name: str, flip: bool) -> list[dict[str, object]]:
    # right pairs high on ``x``, off pairs low; ``flip`` turns the file's labels round
    out: list[dict[str, object]] = []
    for k in range(10):
        off = k < 4
        out.append({"file": name, "x": float(k), "off": (not off) if flip else off})
    return out


def test_each_development_file_is_scored_by_a_model_that_never_saw_it(bench: ModuleType) -> None:
    rows = _rows("a", False) + _rows("b", False) + _rows("c", True) + _rows("d", False)
    scores, full = bench.out_of_fold(rows, ["x"], ["a", "b", "c"])
    x = np.asarray([[r["x"]] for r in rows])
    # c's labels run the other way: fitted without it, the model still ranks by x upwards
    c = slice(20, 30)
    assert np.all(np.diff(scores[c]) > 0)
    # a, b and c fitted together, d (not a development file) scored by that model
    d = slice(30, 40)
    assert np.array_equal(scores[d], bench.predict(full, x[d]))
    # a's model, fitted on b and c, which disagree, ranks nothing; the full one, which saw
    # a, ranks a's pairs right
    assert bench.auc(rows[0:10], scores[0:10]) == "0.500"
    assert bench.auc(rows[0:10], bench.predict(full, x[0:10])) == "1.000"
    assert bench.auc(rows[20:30], scores[20:30]) == "0.000"
    assert bench.auc(rows[0:3], scores[0:3]) == "-"  # one class only


def test_taken_counts_off_and_right(bench: ModuleType) -> None:
    rows = [{"off": True, "p": 0.2}, {"off": False, "p": 0.3}, {"off": False, "p": 0.9}]
    assert bench.taken(rows, lambda r: r["p"] < 0.5) == "1/1"
    assert bench.taken(rows, lambda r: r["p"] < 0.1) == "0/0"
