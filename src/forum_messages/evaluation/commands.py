"""``forum-messages evaluate DOC``: the structure-recovery benchmark on one document."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table

from forum_messages.atomic import write_file
from forum_messages.errors import InputError
from forum_messages.terminal import shown

if TYPE_CHECKING:
    from forum_messages.evaluation.benchmark import Evaluation
    from forum_messages.nlp.base import Embedder


def register(sub: Any) -> dict[str, Any]:
    p = sub.add_parser(
        "evaluate",
        help="hide a Messages document's structure, rebuild it, score against baselines",
    )
    p.add_argument(
        "documents",
        nargs="+",
        help="published Messages documents (md, txt, docx), evaluation material "
        "(reports with answers, .yaml), statement-kind sets (.yaml) or a folder of "
        "transcripts with the reports written for them (answers.yaml)",
    )
    p.add_argument("--json", dest="json_out", help="also write the scores as JSON here")
    p.add_argument("--seed", type=int, default=0, help="seed of the random baselines")
    return {"evaluate": run}


def table(ev: Evaluation) -> Table:
    baselines = sorted({name for r in ev.rows for name in r.baselines})
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in ev.counts.items())
    out = Table(title=f"{ev.document} ({ev.language}; {counts})")
    out.add_column("task")
    out.add_column("metric")
    out.add_column("ours", justify="right", style="bold")
    for name in baselines:
        out.add_column(name, justify="right")
    for r in ev.rows:
        cells = [f"{r.baselines[b]:.3f}" if b in r.baselines else "" for b in baselines]
        out.add_row(r.task, r.metric, f"{r.ours:.3f}", *cells)
    return out


def evaluate_kinds(path: str, embedder: Embedder) -> dict[str, dict[str, float]]:
    """Precision and recall of descriptive statements on a labelled set, per language."""
    from forum_messages.evaluation.frame_kept import keeps_frame
    from forum_messages.evaluation.material import load_kind_set
    from forum_messages.evaluation.realistic import kind_scores
    from forum_messages.nlp.base import memo_for
    from forum_messages.synth.kind_model import record_register
    from forum_messages.synth.kinds import DescriptiveModel, classify, voiced_text

    items = load_kind_set(path)
    kinds = [classify(it.text, it.language) for it in items]
    texts = [k.point or it.text for k, it in zip(kinds, items, strict=True)]
    fixed = memo_for(embedder)
    langs = [it.language for it in items]
    record = record_register(texts, langs).tolist()
    learned = DescriptiveModel().descriptive(
        fixed.embed(texts), texts, kinds, fixed, record, langs=langs
    )
    predicted = ["descriptive" if flag else k.kind for k, flag in zip(kinds, learned, strict=True)]
    from forum_messages.synth import kind_attr_model

    if kind_attr_model.ON:  # the learned reading of attributions, as the pipeline reads them
        kinds = kind_attr_model.read_attributions(
            fixed.embed(texts), [it.text for it in items], kinds, learned, fixed
        )
    marked = [k.attribution and p != "descriptive" for k, p in zip(kinds, predicted, strict=True)]
    labelled = [it.attribution for it in items]
    kept: list[bool | None] = []
    given: list[bool | None] = []
    for k, it, p in zip(kinds, items, predicted, strict=True):
        frame = None
        shown = voiced_text(k.point, it.language, k.cuts)  # as a message text states it
        if it.kind == "framed" and it.point and p != "descriptive":
            frame = keeps_frame(shown or it.text, it.text, it.point)
        kept.append(frame)
        given.append(None if frame is None else _plain(shown) == _plain(it.point))
    return kind_scores(
        predicted,
        [it.kind for it in items],
        [it.language for it in items],
        (marked, labelled) if any(labelled) else None,
        (kept, given) if any(f is not None for f in kept) else None,
    )


def _plain(text: str | None) -> str:
    """A point as compared with the given one: casefolded, spaces collapsed, no final stop."""
    return " ".join((text or "").casefold().split()).rstrip(".。!！?？؟ ")


def kinds_table(path: str, scores: dict[str, dict[str, float]]) -> Table:
    out = Table(title=f"{path}: statements that only describe the session")
    attributions = any("attribution recall" in s for s in scores.values())
    points = any("frame kept" in s for s in scores.values())
    columns = ["language", "statements", "precision", "recall", "kind accuracy"]
    if attributions:
        columns += ["attribution precision", "attribution recall"]
    if points:
        columns += ["frame kept", "point as given"]
    for col in columns:
        out.add_column(col, justify="left" if col == "language" else "right")
    for lang, s in scores.items():
        keys = ["precision", "recall", "accuracy"]
        if attributions:
            keys += ["attribution precision", "attribution recall"]
        if points:
            keys += ["frame kept", "point as given"]
        out.add_row(lang, str(int(s["n"])), *(f"{s[k]:.3f}" if k in s else "" for k in keys))
    return out


def run(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.documents.importer import import_messages
    from forum_messages.evaluation.benchmark import evaluate
    from forum_messages.evaluation.material import (
        is_kind_set,
        is_material,
        load_material,
        read_yaml_file,
    )
    from forum_messages.evaluation.realistic import evaluate_material
    from forum_messages.evaluation.transcripts import evaluate_transcripts, is_transcript_material
    from forum_messages.nlp.use import USEEmbedder

    embedder = USEEmbedder()
    results: list[dict[str, Any]] = []
    for path in args.documents:
        if is_kind_set(path):
            scores = evaluate_kinds(path, embedder)
            console.print(kinds_table(path, scores))
            results.append({"document": path, "kinds": scores})
            continue
        if is_transcript_material(path):
            ev = evaluate_transcripts(path, embedder)
        elif is_material(path):
            ev = evaluate_material(load_material(path), embedder)
        elif Path(path).suffix.lower() in (".yaml", ".yml"):
            read_yaml_file(path)  # a file that cannot be read says so first
            raise InputError(
                f"{path}: a YAML file given to evaluate is evaluation material (with "
                "'sessions:' and 'points:') or a statement-kind set (a list of "
                "'- {lang: ..., kind: ..., text: ...}'); this file is neither"
            )
        else:
            ev = evaluate(import_messages(path), embedder, seed=args.seed)
        console.print(table(ev))
        results.append(asdict(ev))
    if args.json_out:
        text = json.dumps(results, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        write_file(args.json_out, text)
        console.print(f"wrote {shown(args.json_out)}", soft_wrap=True)
    return 0
