"""Fit and score the learned same-point check (``synth/same_point.py``; docs/quality.md).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults),
keeping what the grouper is given for each theme. Labelled pairs: two statements of one theme
from two sessions, both making a point, at an embedding similarity of ``FLOOR`` or more;
positive when the editor gives them one point. Prints, per file, the pairs and the AUC of the
plain cosine, the centred cosine and the model; the model is scored leave one file out on
the development files (fitted on the other two) and, fitted on all three, on the others.

    cd bench && ../.venv/bin/python same_point.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml

``--write`` (before the parameters) writes the models fitted on all development files to
``src/forum_messages/synth/same_point_weights.py``; ``--save DIR`` writes each development
file's out-of-fold models there as JSON (``grouping_terms.py`` takes them as ``point_model``,
``core_model`` and ``large_model``), and the models fitted on all development files as
``all.json``, ``all-core.json`` and ``all-large.json``; ``--also SETTINGS`` (repeatable)
adds the core pairs of the development drafts made with those grouper settings to the core
and large models' training (scores are still on the default drafts). ``--every`` takes
every file given as a development file (each scored leave one file out, by the models fitted
on all the others; not with ``--write``), and ``--pair-features a,b,...`` fits the pair
model on those features only (default: all of ``FEATURES``), ``--core-features a,b,...``
the core model (default: ``CORE_FEATURES``; the large model reads ``LARGE_FEATURES``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from common import entry, file_name
from grouping_terms import draft_with, grouper_run, theme_part
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from forum_messages.evaluation.material import Material, load_material
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import (
    CORE_FEATURES,
    FEATURES,
    LARGE_FEATURES,
    PairFeatures,
    PointModel,
)

FLOOR = 0.25
DEV = ("dev-en-summaries", "dev-es", "dev-fr")
SUFFIXES = ("", "-core", "-large")  # of each model's file, with --save
WEIGHTS = Path(__file__).parent.parent / "src/forum_messages/synth/same_point_weights.py"


@dataclass
class Pairs:
    features: list[np.ndarray] = field(default_factory=list)
    same: list[bool] = field(default_factory=list)
    # (core, member) pairs of the messages the grouper made (groups of two or more)
    core: list[np.ndarray] = field(default_factory=list)
    core_same: list[bool] = field(default_factory=list)


def record(material: Material, embedder: Embedder, params: dict[str, Any]) -> Pairs:
    """Labelled pairs of the statements the message grouper is given, theme by theme."""
    point = {k: a.point for k, a in material.answers.items()}
    out = Pairs()
    plain = grouping.ThresholdGrouper.run

    def run(self: grouping.ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        # the pipeline's theme step calls the grouper from a method whose ``self`` holds the
        # theme's statements: read them there
        r = theme_part()
        ids = [st.id for st in r.statements]
        unit = np.asarray(x, dtype=np.float64)
        sim = unit @ unit.T
        pairs = [
            (i, j)
            for i in range(len(ids))
            for j in range(i + 1, len(ids))
            if sessions[i] != sessions[j] and point[ids[i]] and point[ids[j]] and sim[i, j] >= FLOOR
        ]
        feats = PairFeatures(
            x, TermEvidence(r.texts, r.langs), [st.kind for st in r.statements], r.attribution
        )
        if pairs:
            out.features.append(feats.pairs(pairs))
            out.same.extend(point[ids[i]] == point[ids[j]] for i, j in pairs)
        result = plain(self, x, sessions, *rest)
        for rows in result.groups:
            rows = [i for i in rows if point[ids[i]]]
            if len(rows) < 2:
                continue
            s = sim[np.ix_(rows, rows)]
            core = rows[int(np.argmax(s.sum(axis=1)))]
            members = [(core, i) for i in rows if i != core]
            out.core.append(feats.pairs(members))
            out.core_same.extend(point[ids[i]] == point[ids[j]] for i, j in members)
        return result

    with grouper_run(run):
        draft_with(material, embedder, params)
    return out


def arrays(pairs: Pairs, core: bool = False) -> tuple[np.ndarray, np.ndarray]:
    feats, same = (pairs.core, pairs.core_same) if core else (pairs.features, pairs.same)
    x = np.vstack(feats) if feats else np.zeros((0, len(FEATURES)))
    return x, np.asarray(same, dtype=bool)


def fit(x: np.ndarray, y: np.ndarray, names: tuple[str, ...] = FEATURES) -> PointModel:
    """Logistic regression on the standardised ``names`` columns of ``x`` (rows of
    ``FEATURES``)."""
    x = x[:, [FEATURES.index(n) for n in names]]
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=1.0, max_iter=2000)
    lr.fit((x - mean) / scale, y)
    return PointModel(
        names,
        tuple(round(float(v), 6) for v in mean),
        tuple(round(float(v), 6) for v in scale),
        tuple(round(float(v), 6) for v in lr.coef_[0]),
        round(float(lr.intercept_[0]), 6),
    )


def auc(y: np.ndarray, score: np.ndarray) -> float:
    return float(roc_auc_score(y, score)) if 0 < y.sum() < len(y) else float("nan")


def write_weights(pair: PointModel, core: PointModel, large: PointModel, path: Path) -> None:
    """The three models as a Python module (``synth/same_point_weights.py``), formatted as ruff
    formats it."""

    def tup(v: tuple[Any, ...]) -> str:
        return "(\n" + "".join(f"    {json.dumps(e)},\n" for e in v) + ")"

    def spec(prefix: str, model: PointModel) -> str:
        return (
            f"{prefix}_NAMES = {tup(model.names)}\n"
            f"{prefix}_MEAN = {tup(model.mean)}\n"
            f"{prefix}_SCALE = {tup(model.scale)}\n"
            f"{prefix}_WEIGHTS = {tup(model.weights)}\n"
            f"{prefix}_BIAS = {model.bias!r}\n"
        )

    path.write_text(
        '"""Weights of the same-point models (``synth/same_point.py``), fitted on the\n'
        'development reports by ``bench/same_point.py --write``: do not edit by hand."""\n\n'
        + spec("PAIR", pair)
        + spec("CORE", core)
        + spec("LARGE", large),
        encoding="utf-8",
    )


def main(args: list[str]) -> int:
    write = "--write" in args
    every = "--every" in args
    if write and every:
        raise SystemExit("--write fits on the development files only: not with --every")
    args = [a for a in args if a not in ("--write", "--every")]
    chosen = {"--pair-features": FEATURES, "--core-features": CORE_FEATURES}
    for option in chosen:
        if option in args:
            k = args.index(option)
            chosen[option] = tuple(args[k + 1].split(","))
            unknown = [n for n in chosen[option] if n not in FEATURES]
            if unknown:
                raise SystemExit(f"{option}: unknown feature(s) {', '.join(unknown)}")
            del args[k : k + 2]
    pair_names, core_names = chosen["--pair-features"], chosen["--core-features"]
    also: list[dict[str, Any]] = []  # other grouper settings whose messages train the core model
    while "--also" in args:
        k = args.index("--also")
        also.append(json.loads(args[k + 1]))
        del args[k : k + 2]
    save: Path | None = None
    if "--save" in args:
        k = args.index("--save")
        save = Path(args[k + 1])
        del args[k : k + 2]
    params = json.loads(args[0]) if args[0].strip() else {}
    embedder = memo_for(USEEmbedder())
    data: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    cores: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    extras: dict[str, list[tuple[np.ndarray, np.ndarray]]] = {}
    names = [file_name(path) for path in args[1:]]
    development = set(names) if every else set(DEV)
    for path, name in zip(args[1:], names, strict=True):
        recorded = record(load_material(path), embedder, params)
        data[name] = arrays(recorded)
        cores[name] = arrays(recorded, core=True)
        if name in development:
            for extra in also:
                more = arrays(record(load_material(path), embedder, extra), core=True)
                extras.setdefault(name, []).append(more)
    dev = [n for n in data if n in development]

    def fitted(names: list[str]) -> tuple[PointModel, PointModel, PointModel]:
        """The pair model, the core model and the large model fitted on the files
        ``names``."""
        x = np.vstack([data[n][0] for n in names])
        y = np.concatenate([data[n][1] for n in names])
        core = [cores[n] for n in names] + [e for n in names for e in extras.get(n, [])]
        xc = np.vstack([c[0] for c in core])
        yc = np.concatenate([c[1] for c in core])
        return fit(x, y, pair_names), fit(xc, yc, core_names), fit(xc, yc, LARGE_FEATURES)

    full = fitted(dev) if dev else None
    print(
        "file".ljust(24)
        + "pairs".rjust(6)
        + "same".rjust(6)
        + "  cosine centred   pair   core  large"
    )
    for name in data:
        if name in development:
            models = fitted([n for n in dev if n != name])
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                for model, suffix in zip(models, SUFFIXES, strict=True):
                    text = json.dumps(model.__dict__)
                    (save / f"{name}{suffix}.json").write_text(text, encoding="utf-8")
        else:
            assert full is not None
            models = full
        for label, (xs, ys) in (("", data[name]), (" messages", cores[name])):
            cells = [auc(ys, xs[:, 0]), auc(ys, xs[:, 1])]
            cells += [auc(ys, m.probability(xs)) for m in models]
            print(
                (name + label).ljust(24)
                + f"{len(ys):6d}{int(ys.sum()):6d}  "
                + "  ".join(f"{c:.3f}" for c in cells)
            )
    if full is not None and save is not None:  # the models a held-out file is drafted with
        for model, suffix in zip(full, SUFFIXES, strict=True):
            (save / f"all{suffix}.json").write_text(json.dumps(model.__dict__), encoding="utf-8")
    if full is not None:
        for model, what in zip(full, ("pair", "core", "large"), strict=True):
            print(f"{what} model weights (all development files):")
            for f, w in zip(model.names, model.weights, strict=True):
                print(f"  {f:14} {w:+.3f}")
        if write:
            write_weights(*full, WEIGHTS)
            print(f"written to {WEIGHTS}")
    return 0


if __name__ == "__main__":
    entry(main, __doc__, rest=2)
