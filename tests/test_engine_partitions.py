"""Partitioned stages give what the one-process path gives (an in-process engine that
pickles every task, as a cluster would)."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import pytest

from forum_messages.engine import chunks, tapered, tasks
from forum_messages.engine.tasks import Shipped
from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.ingest import campaigns
from forum_messages.ingest.campaigns import load_consultation
from forum_messages.model import Location, Statement
from forum_messages.nlp import cluster
from forum_messages.nlp.base import HashEmbedder, normalise_rows
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth import reading
from forum_messages.synth.kinds import classify
from forum_messages.synth.pipeline import detect_languages, embed_all, read_statements

R = TypeVar("R")
COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


class PicklingEngine:
    """Runs each partition here, but only after a pickle round trip of the task and its
    result, and counts the partitions."""

    name = "pickling"

    def __init__(self) -> None:
        self.parts = 0

    def map(self, fn: Callable[..., R], parts: Iterable[tuple[Any, ...]]) -> Iterator[R]:
        for part in parts:
            self.parts += 1
            call, args = pickle.loads(pickle.dumps((fn, part)))
            yield pickle.loads(pickle.dumps(call(*args)))

    def ship(self, component: Any) -> Any:
        return Shipped(component)

    def close(self) -> None:
        return None


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def test_campaigns_found_from_partitioned_profiles_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = write_csv(tmp_path / "export.csv", generate(300, 0.6, 4, seed=11))
    with export.open("a", encoding="utf-8") as fh:  # a reject and an empty response
        fh.write(",Individual,,Africa,no id,\nR-empty,Individual,,Africa,,\n")
    local = load_consultation([export], COLUMNS, {})
    monkeypatch.setattr(campaigns, "PROFILE_CHUNK", 17)
    monkeypatch.setattr(campaigns, "ADDITION_CHUNK", 3)
    engine = PicklingEngine()
    parted = load_consultation([export], COLUMNS, {}, engine)
    edited = sum(len({*camp.additions.values()}) for camp in local.campaigns)
    assert edited >= 6  # copies with additions of their own, in several addition partitions
    assert engine.parts >= 300 * 1.3 // 17 + edited // 3
    assert parted.corpus == local.corpus
    assert parted.campaigns == local.campaigns and len(local.campaigns) >= 4
    assert parted.placed == local.placed
    assert (parted.rejects, parted.empty, parted.answers) == (
        local.rejects,
        local.empty,
        local.answers,
    )


def test_campaigns_found_while_a_cluster_starts_are_the_same(tmp_path: Path) -> None:
    """Until the cluster is up the driver works the profiles out itself, then the workers do,
    from wherever the reading is: the same campaigns."""
    export = write_csv(tmp_path / "export.csv", generate(300, 0.6, 4, seed=11))
    local = load_consultation([export], COLUMNS, {})

    class Starting(PicklingEngine):
        def __init__(self) -> None:
            super().__init__()
            self.asked = 0

        def ready(self) -> bool:
            self.asked += 1
            return self.asked > 100  # up after 100 responses

    engine = Starting()
    parted = load_consultation([export], COLUMNS, {}, engine)
    assert engine.asked == 101 and engine.parts >= 2
    assert parted.corpus == local.corpus
    assert parted.campaigns == local.campaigns and len(local.campaigns) >= 4
    assert parted.placed == local.placed


def test_languages_and_vectors_from_partitions_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    export_texts = [row["Q1"] for row in generate(120, 0.3, 2, seed=2)]
    statements = [
        Statement(f"s{i}", "S", "comment", i, text, "fr" if i % 5 else None, None, Location("f"))
        for i, text in enumerate(export_texts)
    ]
    detector = UNLanguageDetector()
    local = detect_languages(statements, detector, _no_progress)
    local_kinds = [
        classify(strip_numbering(st.text), lang)
        for st, lang in zip(statements, local[0], strict=True)
    ]
    monkeypatch.setattr(reading, "LANGUAGE_CHUNK", 25)
    engine = PicklingEngine()
    assert detect_languages(statements, detector, _no_progress, engine) == local
    assert engine.parts == 5
    engine = PicklingEngine()
    assert read_statements(statements, detector, _no_progress, engine) == (*local, local_kinds)
    assert engine.parts == 5
    embedder = HashEmbedder()
    monkeypatch.setattr(reading, "EMBED_CHUNK", 16)
    monkeypatch.setattr(reading, "EMBED_CHUNKS_PER_PART", 3)
    x_local = embed_all(export_texts, embedder, _no_progress)
    engine = PicklingEngine()
    x_parted = embed_all(export_texts, embedder, _no_progress, engine)
    assert engine.parts == 3 and np.array_equal(x_local, x_parted)


def test_a_shipped_component_travels_without_its_model_and_loads_once() -> None:
    detector = UNLanguageDetector()
    detector.detect("Une phrase en français pour charger le modèle.")
    assert "_latin" in vars(detector)  # loaded here
    payload = pickle.dumps(Shipped(detector))
    assert len(payload) < 1000  # the model stays behind
    tasks._LOADED.clear()
    first = pickle.loads(payload).get()
    assert "_latin" not in vars(first)
    assert first.detect("Una frase en español, nada más.")[0] == "es"
    assert pickle.loads(payload).get() is first  # the next partition finds it loaded


def test_clustering_partitions_give_the_same_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(4)
    centres = rng.normal(size=(12, 32))
    x = normalise_rows(centres[rng.integers(0, 12, size=400)] + 0.3 * rng.normal(size=(400, 32)))
    monkeypatch.setattr(cluster, "MAX_EXACT", 60)
    monkeypatch.setattr(cluster, "MAX_LINKED", 60)  # 400 distinct rows: the k-means cut
    local = cluster.threshold_groups(x, 0.4, seed=3)
    engine = PicklingEngine()
    parted = cluster.threshold_groups(x, 0.4, seed=3, engine=engine)
    assert engine.parts >= 400 // 60 and np.array_equal(local, parted)
    assert len(set(local.tolist())) >= 12


def test_distinct_rows_linked_in_one_piece_give_the_same_labels_on_every_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Copies of a text share its vector: a set of at most ``MAX_LINKED`` distinct rows is
    linked in one piece, one task for the engine, the same labels on every engine."""
    rng = np.random.default_rng(5)
    centres = rng.normal(size=(10, 32))
    base = normalise_rows(centres[rng.integers(0, 10, size=300)] + 0.3 * rng.normal(size=(300, 32)))
    x = base[rng.integers(0, 300, size=900)].astype(np.float32)
    monkeypatch.setattr(cluster, "MAX_EXACT", 60)
    local = cluster.threshold_groups(x, 0.4, seed=3)
    engine = PicklingEngine()
    parted = cluster.threshold_groups(x, 0.4, seed=3, engine=engine)
    assert engine.parts == 1 and np.array_equal(local, parted)
    assert len(set(local.tolist())) >= 10


def test_the_last_partitions_are_single_chunks_so_the_workers_finish_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one worker: partitions of ``per_part`` chunks, as ``chunks`` cuts them
    assert list(tapered(23, 2, 3, 1)) == list(chunks(23, 6))
    # two workers: the last 2 x 3 chunks one a partition, the boundaries still chunk ones
    cut = list(tapered(23, 2, 3, 2))
    assert cut == [(0, 6), (6, 12), (12, 14), (14, 16), (16, 18), (18, 20), (20, 22), (22, 23)]
    assert list(tapered(5, 2, 3, 2)) == [(0, 2), (2, 4), (4, 5)]
    assert list(tapered(0, 2, 3, 2)) == []

    # the encoder still gets the same batches on an engine of two workers
    class Recording(HashEmbedder):
        def __init__(self) -> None:
            super().__init__()
            self.calls: list[int] = []

        def embed(self, texts: Sequence[str]) -> Any:
            self.calls.append(len(texts))
            return super().embed(texts)

    class TwoWorkers(PicklingEngine):
        workers = 2

        def ship(self, component: Any) -> Any:
            return component  # the recording stays here

        def map(self, fn: Callable[..., R], parts: Iterable[tuple[Any, ...]]) -> Iterator[R]:
            for part in parts:
                self.parts += 1
                yield fn(*part)

    texts = [f"text number {i}" for i in range(150)]
    monkeypatch.setattr(reading, "EMBED_CHUNK", 16)
    monkeypatch.setattr(reading, "EMBED_CHUNKS_PER_PART", 3)
    alone = Recording()
    x_local = embed_all(texts, alone, _no_progress)
    spread, engine = Recording(), TwoWorkers()
    x_parted = embed_all(texts, spread, _no_progress, engine)
    assert alone.calls == spread.calls == [16] * 9 + [6]
    assert engine.parts == 2 + 6 and np.array_equal(x_local, x_parted)
