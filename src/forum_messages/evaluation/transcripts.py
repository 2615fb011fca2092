"""Scoring takeaways drafted from transcripts against the reports their organisers wrote.

The material is a folder (``editions/evaluation/transcripts/``) of transcripts with their
sidecars, an ``answers.yaml`` holding the report written for each transcript, and a
``pairs.yaml`` of statement pairs, across languages, known to make the same point or not::

    transcripts:
      - file: en-ws41-community-networks.txt
        key_takeaways: ["..."]
        calls_to_action: ["..."]
      - file: es-of12-ia-trabajo.txt       # the same session, its report written in English
        note: report in English
        key_takeaways: ["..."]

    pairs:
      - {a: "...", b: "...", same: true}

A written item is **matched** when a drafted item (takeaway or call to action) is at least
``threshold`` similar to it (cosine similarity of multilingual sentence embeddings); a drafted
item is **unmatched** when no written item is. The threshold is calibrated on the pairs: the
value that classifies most of them right (the middle of the best interval). Baselines get the
same number of items as the drafted list, from the same candidate sentences: the first
sentence of each speaker in order of speaking, and the most central sentences (highest mean
similarity to all the others). Reports noted ``held out`` (written for transcripts kept out of
the method's development) are also totalled apart from the others.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from forum_messages.errors import Problem, ValidationError
from forum_messages.evaluation.benchmark import Evaluation, Row
from forum_messages.evaluation.material import read_yaml_file
from forum_messages.ingest.transcript import read_transcript, with_chairs
from forum_messages.ingest.transcript_meta import find_meta
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.decide import decision_scores, ranking
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.synth.takeaways import candidates
from forum_messages.synth.transcript_records import draft_transcripts
from forum_messages.yamlsrc import line_of

ANSWERS = "answers.yaml"
PAIRS = "pairs.yaml"
METHODS = ("drafted", "first_sentences", "central")
DEVELOPMENT = "development transcripts"
HELD_OUT = "held-out transcripts"
PARTS = ("all transcripts", DEVELOPMENT, HELD_OUT)


@dataclass(frozen=True)
class Written:
    file: Path
    items: tuple[str, ...]
    note: str = ""  # e.g. "report in English", for a report not in the transcript's language

    @property
    def held_out(self) -> bool:
        """Written for a transcript kept out of the method's development ("held out")."""
        return "held out" in self.note


def is_transcript_material(path: str | Path) -> bool:
    path = Path(path)
    return (path / ANSWERS).is_file() if path.is_dir() else path.name == ANSWERS


def _entries(path: Path, key: str, shape: str) -> list[tuple[int, Mapping[str, Any]]]:
    """The mappings listed under ``key`` in the YAML file at ``path``, with their lines;
    ValidationError naming the file, line and field when it is not so."""
    name = str(path)
    data = read_yaml_file(path)
    listed = data.get(key) if isinstance(data, Mapping) else None
    if not isinstance(listed, list):
        raise ValidationError([Problem(name, 1, key, f"needs a list '{key}:' of {shape}")])
    problems = [
        Problem(name, line_of(listed, i) or 1, f"{key}[{i}]", f"must be {shape}")
        for i, item in enumerate(listed)
        if not isinstance(item, Mapping)
    ]
    if problems:
        raise ValidationError(problems)
    return [(line_of(listed, i) or 1, item) for i, item in enumerate(listed)]


def load_written(folder: Path) -> list[Written]:
    path = folder / ANSWERS
    out: list[Written] = []
    problems: list[Problem] = []
    for line, entry in _entries(path, "transcripts", "mappings with a 'file:'"):
        items = [*(entry.get("key_takeaways") or []), *(entry.get("calls_to_action") or [])]
        file = entry.get("file")
        if not isinstance(file, str) or not file.strip():
            problems.append(Problem(str(path), line, "file", "names no transcript file"))
            continue
        note = str(entry.get("note", ""))
        out.append(Written(folder / file, tuple(str(i) for i in items), note))
    if problems:
        raise ValidationError(problems)
    return out


def calibrate(pairs: Sequence[tuple[str, str, bool]], embedder: Embedder) -> tuple[float, float]:
    """(threshold, accuracy on the pairs): the middle of the best-classifying interval."""
    a = embedder.embed([p[0] for p in pairs])
    b = embedder.embed([p[1] for p in pairs])
    sims = np.round((np.asarray(a, np.float64) * np.asarray(b, np.float64)).sum(axis=1), 6)
    labels = np.array([p[2] for p in pairs])
    cuts = np.unique(sims)
    best_acc, best_lo, best_hi = -1.0, 0.0, 0.0
    for lo, hi in itertools.pairwise(cuts.tolist()):
        thr = (lo + hi) / 2
        acc = float(((sims >= thr) == labels).mean())
        if acc > best_acc + 1e-9:
            best_acc, best_lo, best_hi = acc, lo, hi
        elif abs(acc - best_acc) <= 1e-9 and lo == best_hi:
            best_hi = hi  # the same accuracy continues: widen the interval
    return round(float(best_lo + best_hi) / 2, 3), round(best_acc, 3)


def load_pairs(folder: Path) -> list[tuple[str, str, bool]]:
    path = folder / PAIRS
    out: list[tuple[str, str, bool]] = []
    problems: list[Problem] = []
    for line, p in _entries(path, "pairs", "mappings {a: ..., b: ..., same: true|false}"):
        if not isinstance(p.get("same"), bool) or not p.get("a") or not p.get("b"):
            problems.append(
                Problem(str(path), line, "pairs", "needs a, b and same (true or false)")
            )
            continue
        out.append((str(p["a"]), str(p["b"]), p["same"]))
    if problems:
        raise ValidationError(problems)
    return out


def match(
    drafted: Sequence[str], written: Sequence[str], embedder: Embedder, threshold: float
) -> tuple[float, float]:
    """(share of written items matched, share of drafted items matching nothing)."""
    if not drafted or not written:
        return 0.0, 1.0 if drafted else 0.0
    sims = decision_scores(embedder.embed(list(drafted)), embedder.embed(list(written)))
    hits = sims >= threshold
    return float(hits.any(axis=0).mean()), float((~hits.any(axis=1)).mean())


def baselines(file: Path, lang: str, k: int, embedder: Embedder) -> dict[str, list[str]]:
    problems: list[Problem] = []
    meta = find_meta(file, None, problems)
    transcript = read_transcript(file)
    if meta is not None:
        transcript = with_chairs(transcript, meta.chairs)
    cands = candidates(transcript, lang)
    first: dict[str, str] = {}
    for c in cands:
        first.setdefault(c.source, c.text)
    texts = [c.text for c in cands]
    central: list[str] = []
    if texts:
        x = embedder.embed(texts)
        order = ranking(decision_scores(x, x).mean(axis=1))
        central = [texts[i] for i in order[:k]]
    return {"first_sentences": list(first.values())[:k], "central": central}


def evaluate_transcripts(folder: str | Path, embedder: Embedder) -> Evaluation:
    folder = Path(folder)
    if folder.is_file():
        folder = folder.parent
    fixed = memo_for(embedder)
    threshold, accuracy = calibrate(load_pairs(folder), fixed)
    written = load_written(folder)
    outcome = draft_transcripts([w.file for w in written], fixed, UNLanguageDetector())
    if outcome.problems:
        raise ValidationError(outcome.problems)
    rows: list[Row] = []
    # per part (all, development, held out) and method: matched, unmatched, written, drafted
    totals = {part: {m: [0.0, 0.0, 0, 0] for m in METHODS} for part in PARTS}
    for w, record in zip(written, outcome.records, strict=True):
        drafted = [*record["key_takeaways"], *record["calls_to_action"]]
        lists = {"drafted": drafted} | baselines(w.file, record["language"], len(drafted), fixed)
        scores = {m: match(items, w.items, fixed, threshold) for m, items in lists.items()}
        for part in ("all transcripts", HELD_OUT if w.held_out else DEVELOPMENT):
            for m, (got, stray) in scores.items():
                totals[part][m][0] += got * len(w.items)
                totals[part][m][1] += stray * len(lists[m])
                totals[part][m][2] += len(w.items)
                totals[part][m][3] += len(lists[m])
        unit = "characters" if record["language"] == "zh" else "words"
        task = f"{w.file.stem} ({record['language']}, {transcript_words(w.file):,} {unit})"
        task += f"; {w.note}" if w.note else ""
        rows += _rows(task, scores)
    both = totals[HELD_OUT]["drafted"][2] and totals[DEVELOPMENT]["drafted"][2]
    parts: tuple[str, ...] = PARTS if both else ("all transcripts",)
    for part in parts:
        rows += _rows(part, {m: _shares(t) for m, t in totals[part].items()})
    return Evaluation(
        document=str(folder),
        language="+".join(sorted({r["language"] for r in outcome.records})),
        counts={
            "transcripts": len({w.file for w in written}),
            "reports": len(written),
            "written_items": int(totals["all transcripts"]["drafted"][2]),
        },
        rows=tuple(rows),
        params={"threshold": threshold, "calibration_accuracy": accuracy},
    )


def _shares(total: list[float]) -> tuple[float, float]:
    """(written matched, drafted unmatched) from summed matched, unmatched, written, drafted."""
    matched, unmatched, n_written, n_drafted = total
    return matched / n_written, unmatched / n_drafted if n_drafted else 0.0


def transcript_words(file: Path) -> int:
    return read_transcript(file).words


def _rows(task: str, scores: dict[str, tuple[float, float]]) -> list[Row]:
    base = [m for m in METHODS if m != "drafted"]
    return [
        Row(
            task,
            "written matched (higher is better)",
            round(scores["drafted"][0], 3),
            {m: round(scores[m][0], 3) for m in base},
        ),
        Row(
            task,
            "drafted unmatched (lower is better)",
            round(scores["drafted"][1], 3),
            {m: round(scores[m][1], 3) for m in base},
        ),
    ]
