"""``--engine dask``: the same draft as the local engine, on a cluster of two processes."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from forum_messages.cli import main
from forum_messages.edition import load_edition
from forum_messages.engine import QUIET_CLUSTER, DaskEngine, Engine, LocalEngine, vectors
from forum_messages.engine.texts import TextColumn
from forum_messages.evaluation.consultations import generate, write_csv
from forum_messages.export import write_outputs
from forum_messages.export.consultation import stage_consultation
from forum_messages.ingest import campaigns
from forum_messages.ingest.campaigns import load_consultation
from forum_messages.nlp import base, cluster, decide, forked
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth import reading, sidebyside, themes
from forum_messages.synth.pipeline import Components, run_pipeline

COLUMNS = "id=ResponseID,text=Q1,Q2,group=RespondentType,organisation=Organisation,region=Region"


@pytest.fixture(scope="module")
def dask_engine() -> Iterator[DaskEngine]:
    engine = DaskEngine(workers=2, background=True)  # as ``draft`` starts it: in a thread
    yield engine
    engine.close()


def _draft(export: Path, out: Path, engine: Engine, embedder: object) -> dict[str, bytes]:
    edition = load_edition("igf2025")
    # answers of two points or more cut, as the edition file asks
    consultation = load_consultation([export], COLUMNS, {"answer_points": 2}, engine)
    comps = Components(embedder=embedder, detector=UNLanguageDetector(), engine=engine)  # type: ignore[arg-type]
    draft = run_pipeline(consultation.corpus, edition, components=comps)
    paths = write_outputs(
        draft, out, ("json", "md"), staged=lambda: stage_consultation(consultation, draft, out)
    )
    return {p.name: p.read_bytes() for p in paths}


@pytest.mark.slow
def test_dask_and_local_engines_write_the_same_draft(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dask_engine: DaskEngine, use_embedder: object
) -> None:
    # small partitions, so that every stage is cut into several on the cluster
    monkeypatch.setattr(campaigns, "PROFILE_CHUNK", 40)
    monkeypatch.setattr(reading, "LANGUAGE_CHUNK", 50)
    monkeypatch.setattr(reading, "EMBED_CHUNK", 32)
    monkeypatch.setattr(reading, "EMBED_CHUNKS_PER_PART", 2)
    monkeypatch.setattr(cluster, "MAX_EXACT", 30)
    export = write_csv(tmp_path / "export.csv", generate(150, 0.5, 3, seed=7))
    local = _draft(export, tmp_path / "local", LocalEngine(), use_embedder)
    seen = dict(dask_engine.client.run(lambda: 1))  # both workers are up
    assert len(seen) == 2
    # and on the cluster, every vector array and the statements' points in a temporary
    # file and every score, centroid and unit row worked out over blocks of rows, as for a
    # large input
    monkeypatch.setattr(vectors, "SPILL_BYTES", 0)
    columns: list[Sequence[str]] = []
    column = reading.text_column
    monkeypatch.setattr(
        reading, "text_column", lambda t, n: columns.append(column(t, n)) or columns[-1]
    )
    for module in (decide, themes, sidebyside):
        monkeypatch.setattr(module, "SCORE_ROWS", 64)
    monkeypatch.setattr(base, "NORMALISE_ROWS", 64)
    # and with the driver's cores lent while the workers wait (as ``draft`` does on this
    # engine): message texts, keyphrases and the JSON made in forked children
    monkeypatch.setenv("FORUM_MESSAGES_THREADS", "1")
    monkeypatch.setattr(forked, "MIN_WEIGHT", 0)
    spawned: list[int] = []
    spawn = forked._spawn
    monkeypatch.setattr(forked, "_spawn", lambda make: spawned.append(1) or spawn(make))
    with forked.cores_lent():
        on_dask = _draft(export, tmp_path / "dask", dask_engine, use_embedder)
    if hasattr(os, "fork") and (os.cpu_count() or 1) > 1:  # texts, keyphrases, the JSON
        assert len(spawned) >= 3, spawned
    assert (
        set(local)
        == {"messages.json", "messages.md", "rejects.jsonl", "responses.jsonl", "campaigns.json"}
        == set(on_dask)
    )
    for name, data in local.items():
        assert on_dask[name] == data, name
    assert columns and all(isinstance(c, TextColumn) for c in columns)
    # every response id is accounted for: in a message (its own statement's or its
    # campaign's), or not reflected with the reason
    lines = [json.loads(x) for x in on_dask["responses.jsonl"].decode("utf-8").splitlines()]
    with export.open(encoding="utf-8") as fh:
        ids = {row["ResponseID"] for row in csv.DictReader(fh)}
    assert {line["id"] for line in lines} == ids and len(ids) == 150
    answers = [(line["id"], line["column"]) for line in lines]
    assert len(answers) == len(set(answers))  # each answer once
    assert answers == sorted(answers)
    # (each point of a campaign's text, said once in campaigns.json, or of an answer cut
    # into points)
    summary = json.loads(on_dask["campaigns.json"].decode("utf-8"))
    by_id = {c["id"]: c for c in summary["campaigns"]}
    for line in lines:
        entry = by_id[line["campaign"]] if "campaign" in line else line
        for said in entry.get("points", [entry]):
            assert said.get("message") or said.get("not_reflected"), line
    assert any(line.get("campaign") for line in lines)
    assert any("points" in line and "campaign" not in line for line in lines)
    # the workers did the work: each loaded the encoder once, for all its partitions
    loaded = dask_engine.client.run(_models_loaded)
    assert list(loaded.values()) == [1, 1], loaded


def _models_loaded() -> int:
    from forum_messages.engine import tasks

    return sum(1 for c in tasks._LOADED.values() if "_model" in vars(c))


def test_workers_and_scheduler_need_the_dask_engine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = write_csv(tmp_path / "export.csv", generate(5, 0.0, 1, seed=1))
    args = [
        "draft",
        str(export),
        "-e",
        "igf2025",
        "-o",
        str(tmp_path / "out"),
        "--columns",
        COLUMNS,
    ]
    assert main([*args, "--workers", "2"]) == 1
    assert "--scheduler and --workers need --engine dask" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def _column_sums(x: object, scale: float) -> list[float]:
    import numpy as np

    return [float(v) for v in np.asarray(x).sum(axis=0)[:4] * scale]


@pytest.mark.slow
def test_large_arguments_go_to_the_workers_apart_from_the_graph(dask_engine: DaskEngine) -> None:
    import warnings

    import numpy as np

    rng = np.random.default_rng(3)
    parts = [(rng.random((6144, 512), dtype=np.float32), 2.0) for _ in range(3)]  # 12 MB each
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the scheduler's "large graph" warning would raise
        got = list(dask_engine.map(_column_sums, parts))
    assert got == [_column_sums(x, s) for x, s in parts]


def _lengths(texts: list[str]) -> list[int]:
    return [len(t) for t in texts]


@pytest.mark.slow
def test_a_large_list_of_texts_goes_to_the_workers_as_one_piece(dask_engine: DaskEngine) -> None:
    from distributed import Future

    from forum_messages.engine import SCATTER_BYTES

    words = ["consulta pública", "обсуждение", "公众咨询", "consultation publique", "مشاورة"]
    texts = [f"{words[i % 5]} {i}: " + "texte " * 60 for i in range(4096)]
    assert sum(map(len, texts)) >= SCATTER_BYTES
    sent = dask_engine._large(texts)
    # one key for the whole list, not one a text (what ``scatter`` of a list would make)
    assert isinstance(sent, Future)
    assert sent.result() == texts
    assert dask_engine.client.run_on_scheduler(_scheduler_keys) <= 2  # this one, and no more
    del sent
    got = list(dask_engine.map(_lengths, [(texts,), (texts[:10],), (texts[::-1],)]))
    assert got == [_lengths(texts), _lengths(texts[:10]), _lengths(texts[::-1])]


def _scheduler_keys(dask_scheduler: object) -> int:
    return len(dask_scheduler.tasks)  # type: ignore[attr-defined]


def test_the_local_cluster_serves_nothing_on_the_dashboard_port(dask_engine: DaskEngine) -> None:
    # the scheduler's small web server listens on a free loopback port: two drafts (or a
    # draft and a Dask dashboard) on one machine do not fight over 8787
    dask_engine.client  # noqa: B018 - the cluster starts in the background: wait for it
    server = dask_engine._cluster.scheduler.http_server
    hosts = {sock.getsockname()[:2] for sock in server._sockets.values()}
    assert hosts and all(host == "127.0.0.1" and port != 8787 for host, port in hosts)


def _worker_settings() -> tuple[object, ...]:
    import dask

    return tuple(dask.config.get(k) for k in QUIET_CLUSTER)


def test_the_local_clusters_workers_run_without_profiler_or_fast_monitors(
    dask_engine: DaskEngine,
) -> None:
    settings = dask_engine.client.run(_worker_settings)
    assert len(settings) == 2
    assert all(s == tuple(QUIET_CLUSTER.values()) for s in settings.values()), settings
    assert QUIET_CLUSTER["distributed.worker.profile.enabled"] is False
    # the settings were the cluster's own: this process's configuration is left as it was
    import dask

    assert dask.config.get("distributed.worker.profile.enabled") is True


def test_a_cluster_that_fails_to_start_in_the_background_says_so_on_first_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from forum_messages.errors import ConfigError

    def fail(self: DaskEngine, scheduler: str | None, workers: int | None) -> None:
        raise ConfigError("cannot start a local cluster: no ports left")

    monkeypatch.setattr(DaskEngine, "_start", fail)
    engine = DaskEngine(workers=2, background=True)
    try:
        with pytest.raises(ConfigError, match="no ports left"):
            _ = engine.client
        assert engine.ready()
        with pytest.raises(ConfigError, match="no ports left"):
            list(engine.map(_worker_settings, [()]))
    finally:
        engine.close()


class CountingDetector(UNLanguageDetector):
    """The real detector, counting the texts it is asked about (in this process)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def detect(self, text: str) -> tuple[str, float]:
        self.asked.append(text)
        return super().detect(text)


#: (text, declared language) of consultation answers, copies of a text among them: the same
#: text declared the same, declared otherwise and not declared at all.
SAID = [
    ("Participants agreed that small firms need affordable cybersecurity support.", "en"),
    ("Les participants ont souligné que l'accès à Internet doit rester abordable.", "fr"),
    ("Los gobiernos deberían publicar cada año un informe sobre la brecha digital.", "es"),
    ("Participants agreed that small firms need affordable cybersecurity support.", "en"),
    ("Участники отметили, что данные граждан должны храниться под их контролем.", None),
    ("Internet", "fr"),
    ("与会者强调，发展中国家需要更多的数字技能培训。", "zh"),
    ("Internet", None),
    ("1. Los gobiernos deberían publicar cada año un informe sobre la brecha digital.", "es"),
    ("Les participants ont souligné que l'accès à Internet doit rester abordable.", "fr"),
    ("يجب أن تكون البيانات المفتوحة متاحة بجميع اللغات الرسمية.", "ar"),
    ("Internet", "fr"),
    ("Участники отметили, что данные граждан должны храниться под их контролем.", None),
    ("Participants agreed that small firms need affordable cybersecurity support.", "es"),
]


def test_a_copy_is_read_once_and_given_its_first_copys_language_and_kind(
    monkeypatch: pytest.MonkeyPatch, dask_engine: DaskEngine, use_embedder: object
) -> None:
    """Language, confidence and kind depend on a statement's text and declared language
    alone: a copy of both is not read again but given its first copy's; a copy declared
    otherwise is read on its own. The same on the local and Dask engines, in partitions of
    distinct statements, in the one pass of ``synth/stream.py``, and as each statement read
    on its own."""
    from forum_messages.engine.tasks import detect_part
    from forum_messages.model import Location, Statement
    from forum_messages.synth import stream

    statements = [
        Statement(f"c{i}", "C", "comment", i, text, lang, None, Location("answers.csv", i + 2))
        for i, (text, lang) in enumerate(SAID)
    ]
    each = detect_part(UNLanguageDetector(), [t for t, _ in SAID], [g for _, g in SAID], True)
    # the declaration matters: "Internet" declared French is French, not declared it is not
    assert each[0][5] == "fr" and each[0][7] != "fr"
    monkeypatch.setattr(reading, "LANGUAGE_CHUNK", 3)  # copies in other partitions
    quiet = reading._no_progress
    detector = CountingDetector()
    local = reading.read_statements(statements, detector, quiet, LocalEngine())
    assert local == each
    assert len(detector.asked) == len(set(SAID)) == 10  # each (text, declaration) once
    langs, confs, kinds = local
    firsts: dict[tuple[str, str | None], int] = {}
    for i, said in enumerate(SAID):
        first = firsts.setdefault(said, i)
        assert kinds[i] is kinds[first]  # the first copy's own reading
        assert (langs[i], confs[i]) == (langs[first], confs[first])
    assert kinds[13] is not kinds[0] and kinds[13] == kinds[0]  # read again: declared "es"
    assert reading.read_statements(statements, UNLanguageDetector(), quiet, dask_engine) == each
    assert reading.detect_languages(statements, UNLanguageDetector(), quiet, dask_engine) == (
        each[0],
        each[1],
    )
    # the one pass of the local engine: in runs of 12, then 64 statements
    monkeypatch.setattr(stream, "FIRST", 4)
    detector = CountingDetector()
    got = stream.read_and_embed(statements, detector, use_embedder, quiet, 50)
    assert (got[0], got[1], got[2]) == each
    assert len(detector.asked) == 10
    assert got[2][12] is got[2][4] and got[2][3] is got[2][0]
