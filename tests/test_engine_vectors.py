"""Many vectors live in a temporary file mapped into memory, with the same draft."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import psutil
import pytest

from forum_messages.engine import vectors
from forum_messages.engine.vectors import release, spilled, take_rows, vector_array
from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.export.jsondoc import render_json
from forum_messages.ingest.campaigns import load_consultation
from forum_messages.model import Edition
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.pipeline import Components, run_pipeline

COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


def test_small_arrays_stay_in_memory_and_large_ones_are_mapped_from_a_file() -> None:
    assert spilled(vector_array(10, 4)) is None
    x = vector_array(10, 4, spill_bytes=0)
    assert spilled(x) is not None and spilled(x[2:5]) is not None
    assert x.dtype == np.float32 and x.shape == (10, 4)
    x[:] = np.arange(40, dtype=np.float32).reshape(10, 4)
    release(x)  # the values stay in the file and come back when read
    assert np.array_equal(x, np.arange(40, dtype=np.float32).reshape(10, 4))
    release(np.zeros(3))  # nothing to hand back for an array of the process's own memory
    assert vector_array(0, 512, spill_bytes=0).shape == (0, 512)


def test_released_pages_leave_the_process() -> None:
    process = psutil.Process()
    x = vector_array(64 * 1024, 512, spill_bytes=0)  # 128 MB
    before = process.memory_info().rss
    x[:] = 1.0
    filled = process.memory_info().rss
    release(x)
    after = process.memory_info().rss
    assert filled - before > 100e6
    assert filled - after > 100e6
    assert float(x[-1].sum()) == 512.0


def test_a_draft_from_file_mapped_vectors_is_the_same(
    tmp_path: Path, small_edition: Edition, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_csv(tmp_path / "export.csv", generate(150, 0.5, 3, seed=5))
    corpus = load_consultation([export], COLUMNS, {}).corpus

    def draft() -> str:
        comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
        return render_json(run_pipeline(corpus, small_edition, components=comps))

    in_memory = draft()
    made: list[bool] = []
    original = vectors.vector_array

    def every_array_spilled(rows: int, dim: int, spill_bytes: int | None = None) -> np.ndarray:
        out = original(rows, dim, spill_bytes=0)
        made.append(spilled(out) is not None)
        return out

    monkeypatch.setattr(vectors, "vector_array", every_array_spilled)
    monkeypatch.setattr("forum_messages.synth.reading.vector_array", every_array_spilled)
    monkeypatch.setattr("forum_messages.synth.themes.vector_array", every_array_spilled)
    assert draft() == in_memory
    # every array made in this process was a file: the centred vectors of the themes stage
    # and each theme's own rows (some taken twice: once for the theme's front, made here or
    # in a forked child, once to finish it)
    themes = len(small_edition.themes)
    assert all(made) and len(made) >= 1 + themes and themes > 1


def test_rows_taken_out_are_the_same_in_an_array_of_their_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(2)
    x = vector_array(300, 8, spill_bytes=0)
    x[:] = rng.normal(size=(300, 8)).astype(np.float32)
    rows = sorted(rng.choice(300, size=120, replace=False).tolist())
    monkeypatch.setattr(vectors, "TAKE_ROWS", 7)  # 18 blocks, the last one ragged
    monkeypatch.setattr(vectors, "SPILL_BYTES", 0)
    taken = take_rows(x, rows)
    assert spilled(taken) is not None and spilled(taken) is not spilled(x)
    assert taken.dtype == np.float32 and np.array_equal(taken, x[rows])
    monkeypatch.setattr(vectors, "SPILL_BYTES", 64 << 20)
    small = take_rows(x, rows[:5])
    assert spilled(small) is None and np.array_equal(small, x[rows[:5]])
    assert take_rows(x, []).shape == (0, 8)


@pytest.mark.parametrize("in_a_file", [False, True])
def test_distinct_rows_finds_each_row_s_first_copy(
    in_a_file: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows equal bit for bit point to the first of them (a row differing in one value, or
    in its last bit, is a row of its own); read a block at a time, from a file or not."""
    monkeypatch.setattr(vectors, "TAKE_ROWS", 3)
    rng = np.random.default_rng(2)
    base = rng.normal(size=(5, 8)).astype(np.float32)
    near = base[1].copy()
    near[4] = np.nextafter(near[4], np.float32(np.inf))
    given = np.vstack([base, base[3], base[0], near, base[3], base[4]])
    x = vector_array(len(given), 8, spill_bytes=0 if in_a_file else None)
    x[:] = given
    assert (spilled(x) is not None) == in_a_file
    found = vectors.distinct_rows(x)
    assert found is not None
    firsts, of_row = found
    assert firsts.tolist() == [0, 1, 2, 3, 4, 7]
    assert of_row.tolist() == [0, 1, 2, 3, 4, 3, 0, 5, 3, 4]
    assert np.array_equal(x[firsts[of_row]], given)
    assert vectors.distinct_rows(base) is None and vectors.distinct_rows(base[:1]) is None


def test_distinct_rows_tells_apart_different_rows_of_equal_hash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vectors, "hash", lambda data: 7, raising=False)
    rows = np.eye(3, dtype=np.float32)
    found = vectors.distinct_rows(rows[[1, 0, 1, 2, 0, 0]])
    assert found is not None
    assert [f.tolist() for f in found] == [[0, 1, 3], [0, 1, 0, 2, 1, 1]]
    assert vectors.distinct_rows(rows) is None
