"""A timeline of one cold ``forum-messages draft``, stage by stage (``docs/benchmarks.md``).

Runs the command line in this process with a clock around the pipeline's stages and prints,
for each stage, when it started (seconds after this script started), its wall time, the CPU
time of the whole process meanwhile (all threads), of the calling thread alone and of the
forked children that ended meanwhile (``forks``), and how often it ran; then the CPU time
of all forked children (theme fronts, message texts, keyphrases, JSON). On a shared
machine the CPU columns are the comparable ones; the gap between the process's and the
thread's CPU is the work of the encoder's and loaders' threads. The models' unpacked
copies come from a folder of this interpreter's own, filled before the clock starts
(``bench/modelcopies.py``). In the row "language, kinds (parts)" (the statements read while
the first ones are encoded), the process's CPU beyond the thread's is the encoder's worker
threads' meanwhile: about twice the thread's when nothing holds them back; when the encoder
works in a forked child (``stream._EncoderChild``, editions of 500 to 50,000 statements on
more than one core), its CPU is counted in ``forks`` of the row "vectors from the child",
whose wall time is how long this process waited for it.

    .venv/bin/python bench/synthetic.py 3000 --write edition-3000.jsonl
    .venv/bin/python bench/stages.py draft -e igf2025 edition-3000.jsonl -o out
    .venv/bin/python bench/stages.py draft -e igf2025 edition-3000.jsonl -o out --each

``--each`` lists every timed call in the order they started, before the totals (the themes
one after the other, each theme's stages inside it). ``--grouper JSON`` gives the message
grouper these keywords too (``ThresholdGrouper``'s options, as ``grouping_terms.py`` takes
them), to time an option that is off by default, or the draft without one that is on (the
same-point check: ``{"same_point": 0}``):

    FORUM_MESSAGES_THREADS=1 .venv/bin/python bench/stages.py draft -e igf2025 \
        edition-3000.jsonl -o out --grouper '{"same_point": 0}'
"""

from __future__ import annotations

import functools
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

T0 = time.perf_counter()
ROWS: list[tuple[str, float, float, float, float, float]] = []


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(owner: Any, attr: str, label: str) -> None:
    """Replace ``owner.attr`` by a copy that records each call's times under ``label``
    (nothing when there is no such stage: an older source tree, through ``PYTHONPATH``)."""
    fn: Callable[..., Any] | None = getattr(owner, attr, None)
    if fn is None:
        return

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        wall, cpu, mine = time.perf_counter(), time.process_time(), time.thread_time()
        kids = _children()
        try:
            return fn(*args, **kwargs)
        finally:
            ROWS.append(
                (
                    label,
                    wall - T0,
                    time.perf_counter() - wall,
                    time.process_time() - cpu,
                    time.thread_time() - mine,
                    _children() - kids,
                )
            )

    setattr(owner, attr, wrapper)


def _with_options(cls: Any, options: dict[str, Any]) -> None:
    """Every ``cls`` made from now on is given ``options`` as keywords too."""
    made = cls.__init__

    @functools.wraps(made)
    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **{**kwargs, **options})

    cls.__init__ = init


def _renderers(export: Any) -> None:
    """Each output format's rendering timed as a stage of its own."""
    import dataclasses

    for name, renderer in list(export.RENDERERS.items()):
        holder = type("Holder", (), {"render": staticmethod(renderer.render)})
        timed(holder, "render", f"export: render {name}")
        changes: dict[str, Any] = {"render": holder.render}
        if renderer.stream is not None:
            stream = renderer.stream

            def whole(draft: Any, stream: Any = stream) -> list[str]:
                return list(stream(draft))  # pieces made at once here, to be timed

            streamer = type("Holder", (), {"stream": staticmethod(whole)})
            timed(streamer, "stream", f"export: render {name}")
            changes["stream"] = streamer.stream
        export.RENDERERS[name] = dataclasses.replace(renderer, **changes)


def main(argv: list[str]) -> int:
    global T0
    each = "--each" in argv  # every call in time order, not the totals of each stage
    argv = [a for a in argv if a != "--each"]
    options: dict[str, Any] = {}
    if "--grouper" in argv:
        k = argv.index("--grouper")
        options = json.loads(argv[k + 1])
        del argv[k : k + 2]
    from modelcopies import prepare

    prepare()  # the models' copies of this interpreter, written now if missing
    T0 = time.perf_counter()
    wall, cpu, mine = time.perf_counter(), time.process_time(), time.thread_time()
    from forum_messages import cli, export, ingest
    from forum_messages.export import consultation as consultation_export
    from forum_messages.ingest import campaigns
    from forum_messages.nlp import base, forked, preload
    from forum_messages.synth import (
        grouping,
        kinds,
        labels,
        pipeline,
        procedural,
        reading,
        single_points,
        stream,
        tags,
        theme_run,
        themes,
    )

    ROWS.append(
        (
            "imports",
            wall - T0,
            time.perf_counter() - wall,
            time.process_time() - cpu,
            time.thread_time() - mine,
            0.0,
        )
    )
    for owner, attr, label in (
        (ingest, "validate_reports", "read the reports"),
        (campaigns, "load_consultation", "read the consultation"),
        (campaigns.CampaignFinder, "finish", "campaign additions"),
        (kinds, "prepare_while", "cue patterns, models loading"),
        (preload.Preload, "wait", "wait for the models"),
        (pipeline, "run_pipeline", "pipeline (all of it)"),
        (reading, "read_and_embed", "language, kinds, embedding"),
        (reading, "read_statements", "language, kinds"),
        (stream, "detect_part", "language, kinds (parts)"),
        (reading, "embed_all", "embedding"),
        (getattr(stream, "_EncoderChild", None), "finish", "vectors from the child"),
        (reading, "before_vectors", "loads before the vectors"),
        (themes.NearestThemeAssigner, "run", "themes"),
        (procedural.ProceduralFilter, "run", "procedural statements"),
        (kinds.DescriptiveModel, "descriptive", "descriptive statements"),
        (grouping.ThresholdGrouper, "run", "message groups"),
        (theme_run, "hierarchy", "sub-topics"),
        (labels.KeyphraseLabeller, "run", "titles"),
        (theme_run._Run, "_messages", "messages (texts joined)"),
        (theme_run._Run, "theme", "a theme (all of it)"),
        (pipeline, "theme_fronts", "theme fronts (2 processes)"),
        (theme_run._Run, "front", "a theme's front"),
        (theme_run._Run, "finish", "a theme's titles, messages"),
        (single_points, "salient", "salient single points"),
        (theme_run._Run, "_write", "texts and tags: start"),
        (theme_run._Run, "_levels", "topics above sub-topics"),
        (theme_run._Run, "_topic_texts", "sub-topic texts"),
        (theme_run._Run, "_topics", "sub-topics made"),
        (theme_run, "build_ledger", "ledgers"),
        (pipeline, "retitle", "distinct titles"),
        (pipeline, "AssignmentTable", "assignment table"),
        (pipeline, "load_taxonomies", "taxonomies"),
        (pipeline, "Draft", "the draft record"),
        (tags.FrameworkTagger, "theme_line", "theme frameworks"),
        (forked.Background, "result", "waiting for a child"),
        (labels, "map_halves", "titles: keyphrases"),
        (labels, "evidence", "titles: topic evidence"),
        (labels, "choose", "titles: vocabulary choice"),
        (base.MemoEmbedder, "embed", "embedding fixed texts"),
        (export, "write_outputs", "export"),
        (export, "write_temp", "export: write a file"),
        (consultation_export, "stage_consultation", "export the consultation"),
    ):
        timed(owner, attr, label)
    _renderers(export)
    if options:
        _with_options(grouping.ThresholdGrouper, options)
    code = cli.main(argv)
    head = f"{'start':>6} {'wall':>6} {'CPU':>6} {'thread':>6} {'forks':>6}"
    if each:
        print(f"{'call':<28} {head}", file=sys.stderr)
        for label, start, took, process, thread, kids in sorted(ROWS, key=lambda r: r[1]):
            print(
                f"{label:<28} {start:6.2f} {took:6.2f} {process:6.2f} {thread:6.2f} {kids:6.2f}",
                file=sys.stderr,
            )
    totals: dict[str, list[float]] = {}
    for label, start, took, process, thread, kids in ROWS:
        row = totals.setdefault(label, [start, 0.0, 0.0, 0.0, 0.0, 0.0])
        row[1] += took
        row[2] += process
        row[3] += thread
        row[4] += kids
        row[5] += 1
    print(f"{'stage':<28} {head} calls", file=sys.stderr)
    for label, (start, took, process, thread, kids, calls) in sorted(
        totals.items(), key=lambda kv: kv[1][0]
    ):
        print(
            f"{label:<28} {start:6.2f} {took:6.2f} {process:6.2f} {thread:6.2f} {kids:6.2f} "
            f"{calls:5.0f}",
            file=sys.stderr,
        )
    print(
        f"until the command returned: {time.perf_counter() - T0:.2f} s wall, "
        f"{time.process_time():.2f} s CPU here, {_children():.2f} s CPU in forked children",
        file=sys.stderr,
    )
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
