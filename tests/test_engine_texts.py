"""Many statements' points live in a temporary file, read back when asked for, with the same
draft."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from forum_messages.engine import texts, vectors
from forum_messages.engine.texts import TextColumn, text_column
from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.export.jsondoc import render_json
from forum_messages.ingest.campaigns import load_consultation
from forum_messages.model import Edition
from forum_messages.nlp.base import HashEmbedder
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import reading
from forum_messages.synth.pipeline import Components, run_pipeline

COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"

WORDS = [
    "Affordable access needs community networks in rural areas.",
    "",
    "Les réseaux communautaires ont besoin de spectre à faible coût.",
    "应当加强发展中国家的网络安全能力建设。",
    "يجب أن تشارك المجتمعات المحلية في حوكمة البيانات.",
    "Необходимо расширять доступ к цифровым навыкам.",
    "Emoji and lone halves stay as they were: 🌍 \ud800 end",
    "Los datos abiertos deben publicarse en formatos reutilizables.",
]


def test_a_column_reads_back_the_texts_it_was_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(texts, "READ_ROWS", 3)  # passes over it read several blocks
    kept = WORDS * 5
    column = TextColumn(iter(kept))
    assert len(column) == len(kept)
    assert [column[i] for i in range(len(kept))] == kept
    assert column[-1] == kept[-1] and column[-len(kept)] == kept[0]
    assert list(column) == kept
    for piece in (slice(2, 9), slice(0, 40), slice(7, 3), slice(None, None, 3), slice(-5, None)):
        assert column[piece] == kept[piece], piece
    with pytest.raises(IndexError):
        column[len(kept)]
    with pytest.raises(IndexError):
        column[-len(kept) - 1]
    assert list(TextColumn([])) == [] and TextColumn([])[0:5] == []


def test_few_texts_stay_a_list_and_many_go_to_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    small = text_column(iter(WORDS), len(WORDS))
    assert isinstance(small, list) and small == WORDS
    monkeypatch.setattr(vectors, "SPILL_BYTES", texts.ROW_BYTES * (len(WORDS) - 1))
    large = text_column(WORDS, len(WORDS))
    assert isinstance(large, TextColumn) and list(large) == WORDS


def test_a_draft_with_its_points_in_a_file_is_the_same(
    tmp_path: Path, small_edition: Edition, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_csv(tmp_path / "export.csv", generate(150, 0.5, 3, seed=5))
    corpus = load_consultation([export], COLUMNS, {}).corpus

    def draft() -> str:
        comps = Components(embedder=HashEmbedder(), detector=UNLanguageDetector())
        return render_json(run_pipeline(corpus, small_edition, components=comps))

    in_memory = draft()
    made: list[Sequence[str]] = []

    def in_a_file(given: Iterable[str], rows: int) -> Sequence[str]:
        out = given if isinstance(given, TextColumn) else TextColumn(given)
        made.append(out)
        return out

    monkeypatch.setattr(reading, "text_column", in_a_file)
    assert draft() == in_memory
    n = len(corpus.statements)
    assert made and all(isinstance(m, TextColumn) and len(m) == n for m in made)


def _expected(given: Sequence[str]) -> tuple[list[int], list[int]]:
    firsts: list[int] = []
    number: dict[str, int] = {}
    of_row = []
    for i, text in enumerate(given):
        if text not in number:
            number[text] = len(firsts)
            firsts.append(i)
        of_row.append(number[text])
    return firsts, of_row


@pytest.mark.parametrize("in_a_file", [False, True])
def test_distinct_finds_each_text_s_first_row(in_a_file: bool) -> None:
    """Rows of the same text (whole strings: case, spaces and scripts count) point to the
    first of them; a column with no text twice gives None."""
    given = [
        *WORDS,
        WORDS[0],
        WORDS[3],
        "affordable access needs community networks in rural areas.",
    ]
    given += [WORDS[0] + " ", WORDS[1], WORDS[6], WORDS[3]]
    column: Sequence[str] = TextColumn(given) if in_a_file else given
    found = texts.distinct(column)
    assert found is not None
    firsts, of_row = found
    want_firsts, want_rows = _expected(given)
    assert firsts.tolist() == want_firsts and of_row.tolist() == want_rows
    assert [given[firsts[k]] for k in of_row] == given
    assert texts.distinct(WORDS) is None and texts.distinct([]) is None
    assert texts.distinct(["one"]) is None


def test_distinct_tells_apart_different_texts_of_equal_hash(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Texts whose hashes are equal are compared before one stands for another: with every
    hash the same, each text still has its own first row."""
    monkeypatch.setattr(texts, "hash", lambda text: 7, raising=False)
    given = ["b", "a", "b", "c", "a", "a"]
    found = texts.distinct(given)
    assert found is not None
    assert [f.tolist() for f in found] == [[0, 1, 3], [0, 1, 0, 2, 1, 1]]
    assert texts.distinct(["x", "y", "z"]) is None
