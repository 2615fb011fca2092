"""Out-of-fold calibration of the learned description model (``synth.kinds.DescriptiveModel``).

The development material (the statement sets and the development reports) is split into five
folds; each fold is scored by a model fitted on the other four, so no statement is scored by a
model that saw it. The cue patterns are applied as the pipeline applies them. Prints, per
setting and language, the descriptions found and the false alarms of the whole filter
(patterns and model), on all the material and on one file alone (``--focus``, by default the
newest statement set, whose wordings no pattern was written from).

    .venv/bin/python bench/kind_model.py                      # the shipped settings
    .venv/bin/python bench/kind_model.py --grid               # thresholds and feature sets
    .venv/bin/python bench/kind_model.py --without kinds/dev3.yaml   # train as before
    .venv/bin/python bench/kind_model.py --skeleton --new-file       # dev3 as new wordings
    .venv/bin/python bench/kind_model.py --by-file    # each file by a model not fitted on it

``--by-file`` scores every development file (statement sets and reports) by a model fitted on
the training material without that file (files never trained on by one fitted on all of it),
and prints, for a grid of the two gates (``threshold``, ``sure``), the descriptions found and
the false alarms per file and per language, then what the shipped gates hold back between 0.5
and 0.75 and two other gates (a lower ``sure`` for short statements; the model let past the
words of a call or a policy).

Held-out files (``test.yaml`` to ``test4.yaml``, ``test19.yaml`` to ``test26.yaml``) are never read
(``test11.yaml`` to ``test18.yaml``, spent, are scored with ``--score``);
``test7.yaml`` to ``test10.yaml`` (development material since the next held-out set was
written, or its looks were used), ``dev2.yaml``, ``dev6.yaml``, ``dev7.yaml`` and
``dev8.yaml``, ``dev9.yaml`` are scored, not trained on
(``--with kinds/test8.yaml`` trains on it too). ``--weight kinds/dev8.yaml=0.5`` makes each
statement of a file weigh less (or more) in the fit.

``--bank kinds/test15.yaml`` puts scored files in the second look's bank (as ``NEIGHBOURS``
would; each file is still scored without its own statements).

``--score kinds/dev10.yaml`` adds a statement set that is in no training set and not in the
second look's bank: it is scored (by the fit on all the training material, its neighbours drawn
from the bank as shipped) and never trained on unless ``--with`` names it too.

``--by-file`` applies the second look (``kind_model.second_look``: the regression mixed with
the vote of the nearest labelled statements of ``kind_model.NEIGHBOURS``, the scored file's
own statements out of the bank) as the pipeline does; ``--no-second-look`` leaves it out,
``--mix 0.5 --second-gate 0.8`` measures another mixing and gate, ``--record-gate 0.82`` the
second look without the lower gate for a file's language written as a record
(``kind_model.record_register``: each file's statements in one language are one input).
``--learner`` measures other models in the regression's place (``knn``, ``lr+knn``, ``mlp``,
``lr+mlp``, ``gb``, ``lr+gb``: probabilities averaged), ``--file-balance`` weighs every
training file the same, ``--shipped-gates`` prints the shipped gates only, ``--dump`` keeps
the probabilities and the votes.

    .venv/bin/python bench/kind_model.py --by-file --shipped-gates --with kinds/dev9.yaml
    .venv/bin/python bench/kind_model.py --by-file --shipped-gates --score kinds/dev10.yaml
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
from held_out import KIND_SETS  # type: ignore[import-not-found]

from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.kind_cues_model import EVENT_CUES
from forum_messages.synth.kind_model import (
    MIX,
    NEIGHBOURS,
    RECORD_GATE,
    SECOND_GATE,
    TRAINING,
    DescriptiveModel,
    bank_rows,
    labelled_items,
    neighbour_share,
    record_register,
)
from forum_messages.synth.kinds import Kind, classify

# the shipped training and every other development statement set (test5 and test6 have been
# development material since test7 was written)
DEVELOPMENT = (
    "kinds/dev3.yaml",
    "kinds/dev4.yaml",
    "kinds/dev5.yaml",
    "kinds/test5.yaml",
    "kinds/test6.yaml",
)
TRAIN = tuple(dict.fromkeys((*TRAINING, *DEVELOPMENT)))
#: development sets scored but not trained on unless ``--with`` names them: those of the
#: second look's bank the regression is not trained on
SCORED = tuple(name for name in NEIGHBOURS if name not in TRAIN)
POOL = (*TRAIN, *SCORED)
#: the held-out sets, which ``--score`` refuses (``held_out.KIND_SETS``)
HELD_OUT = KIND_SETS


def _folds(n: int, k: int) -> list[np.ndarray]:
    order = np.random.default_rng(0).permutation(n)
    return [order[i::k] for i in range(k)]


def _scores(
    name: str,
    said: Sequence[bool],
    truth: Sequence[bool],
    langs: Sequence[str],
    rows: Sequence[int],
) -> str:
    out = [name]
    for lang in ["all", *sorted({langs[i] for i in rows})]:
        idx = [i for i in rows if lang in ("all", langs[i])]
        tp = sum(said[i] and truth[i] for i in idx)
        fa = sum(said[i] and not truth[i] for i in idx)
        real = sum(truth[i] for i in idx)
        out.append(f"{lang} {tp}/{real}={tp / max(real, 1):.2f} fa {fa}")
    return "  ".join(out)


def _embedded(
    texts: list[str], points: list[str], cache: str | None
) -> tuple[np.ndarray, np.ndarray]:
    """The embeddings of the texts and of their points (read from ``cache`` if it holds them)."""
    if cache and Path(cache).exists():
        data = np.load(cache, allow_pickle=False)
        if list(data["texts"]) == texts + points:
            x = data["x"]
            return x[: len(texts)], x[len(texts) :]
    x = np.asarray(USEEmbedder().embed(texts + points), dtype=np.float64)
    if cache:
        np.savez(cache, texts=np.array(texts + points), x=x)
    return x[: len(texts)], x[len(texts) :]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--focus", default="kinds/dev3.yaml")
    ap.add_argument("--without", nargs="*", default=[], help="training files left out")
    ap.add_argument("--with", dest="also", nargs="*", default=[], help="scored files trained on")
    ap.add_argument(
        "--bank",
        nargs="*",
        default=[],
        help="with --by-file: scored files added to the second look's bank (as NEIGHBOURS)",
    )
    ap.add_argument(
        "--score",
        nargs="*",
        default=[],
        help="statement sets outside the bank scored too (never trained on unless --with)",
    )
    ap.add_argument("--cache", help="keep the embeddings in this .npz between runs")
    ap.add_argument(
        "--weight",
        nargs="*",
        default=[],
        help="FILE=W: each statement of FILE weighs W in the fit (1 otherwise)",
    )
    ap.add_argument("--only-model", action="store_true", help="score the model, patterns aside")
    ap.add_argument(
        "--new-file",
        action="store_true",
        help="never train on the --focus file: it is scored as new wordings are",
    )
    ap.add_argument("--skeleton", action="store_true", help="the grid with and without skeleton")
    ap.add_argument(
        "--by-file",
        action="store_true",
        help="each file scored by a model not fitted on it; a grid of the two gates",
    )
    ap.add_argument(
        "--learner",
        default="lr",
        choices=LEARNERS,
        help="with --by-file: the model whose probabilities the gates read",
    )
    ap.add_argument(
        "--file-balance",
        action="store_true",
        help="each training file weighs the same in the fit, whatever its size",
    )
    ap.add_argument(
        "--no-second-look",
        action="store_true",
        help="with --by-file: the regression alone, as before the neighbour vote",
    )
    ap.add_argument("--dump", help="with --by-file: save the probabilities in this .npz")
    ap.add_argument(
        "--mix",
        type=float,
        default=MIX,
        help="with --by-file: the regression's share of the second look's mixed probability",
    )
    ap.add_argument(
        "--second-gate",
        type=float,
        default=SECOND_GATE,
        help="with --by-file: what the mixed probability must pass",
    )
    ap.add_argument(
        "--record-gate",
        type=float,
        default=RECORD_GATE,
        help="with --by-file: the second look's gate for a file's language read as a record"
        " (kind_model.record_register; the --second-gate to read none as one)",
    )
    ap.add_argument(
        "--shipped-gates",
        action="store_true",
        help="with --by-file: print the shipped gates only",
    )
    ap.add_argument(
        "--open-only",
        action="store_true",
        help="train only on statements the model decides (open to it), as it scores them",
    )
    args = ap.parse_args()

    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    held = [name for name in args.score if name in HELD_OUT]
    if held:
        ap.error(f"held-out sets are never scored here: {', '.join(held)}")
    items = labelled_items(tuple(dict.fromkeys((*POOL, *args.score))), base)
    texts = [t for t, _, _, _ in items]
    langs = [g for _, g, _, _ in items]
    truth = [d for _, _, d, _ in items]
    source = [s for _, _, _, s in items]
    kinds: list[Kind] = [classify(t, g) for t, g in zip(texts, langs, strict=True)]
    points = [k.point or t for k, t in zip(kinds, texts, strict=True)]
    x_train, x_score = _embedded(texts, points, args.cache)
    left_out = {*args.without, *([args.focus] if args.new_file else [])}
    trained = {*TRAIN, *args.also}
    trainable = np.array([s in trained and s not in left_out for s in source])
    if args.open_only:
        trainable &= np.array(
            [DescriptiveModel.open_to_model(p, k) for p, k in zip(points, kinds, strict=True)]
        )
        x_train = x_score
    y = np.array(truth, dtype=np.float64)
    train_texts = points if args.open_only else texts

    factor = {name: float(w) for name, w in (a.split("=") for a in args.weight)}
    sample = np.array([factor.get(s, 1.0) for s in source]) if factor else None
    if args.file_balance:
        # every file weighs as much as the mean file: its statements share that weight
        sizes = {f: sum(1 for s in source if s == f) for f in set(source)}
        mean = len(source) / len(sizes)
        balance = np.array([mean / sizes[s] for s in source])
        sample = balance if sample is None else sample * balance
    if args.by_file:
        _by_file(
            x_train,
            x_score,
            train_texts,
            points,
            y,
            trainable,
            source,
            kinds,
            truth,
            langs,
            sample,
            learner=args.learner,
            gates=((0.65, 0.75),) if args.shipped_gates else GATES,
            dump=args.dump,
            second=not args.no_second_look,
            mix=args.mix,
            second_gate=args.second_gate,
            record_gate=args.record_gate,
            bank=(*NEIGHBOURS, *args.bank),
        )
        return
    settings = [DescriptiveModel()]
    if args.grid:
        settings = [
            DescriptiveModel(threshold=t, sure=s, cues=c)
            for t, s, c in itertools.product((0.55, 0.65, 0.75), (0.75, 0.85, 1.01), (False, True))
        ]
    if args.skeleton:
        settings = [
            DescriptiveModel(threshold=t, sure=s, skeleton=k)
            for k, t, s in itertools.product(
                (False, True), (0.55, 0.65, 0.75, 0.85), (0.75, 0.85, 0.95, 1.01)
            )
        ]
    folds = _folds(len(texts), 5)
    probs: dict[tuple[bool, bool, float], np.ndarray] = {}  # one fit per fold and feature set
    for model in settings:
        key = (model.cues, model.skeleton, model.l2)
        if key not in probs:
            prob = np.zeros(len(texts))
            for fold in folds:
                train = np.ones(len(texts), dtype=bool)
                train[fold] = False
                train &= trainable
                rows = np.flatnonzero(train)
                w, b = model.fit_arrays(
                    model.features(x_train[rows], [train_texts[i] for i in rows]), y[rows]
                )
                xf = model.features(x_score[fold], [points[i] for i in fold])
                prob[fold] = 1.0 / (1.0 + np.exp(-(xf @ w + b)))
            probs[key] = prob
        learned = model.decide(probs[key], points, kinds)
        if args.only_model:
            said = learned
        else:
            said = [k.kind == "descriptive" or f for k, f in zip(kinds, learned, strict=True)]
        everything = list(range(len(texts)))
        focus = [i for i in everything if source[i] == args.focus]
        print(model.params())
        print("  " + _scores("pool ", said, truth, langs, everything))
        print("  " + _scores("focus", said, truth, langs, focus), flush=True)


#: the gates measured by ``--by-file``: the threshold every statement must pass, and ``sure``,
#: the one a statement without a word of a meeting must pass (1.01: never without one)
GATES = tuple(
    itertools.product((0.5, 0.55, 0.6, 0.65, 0.7), (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 1.01))
)


def _by_file(
    x_train: np.ndarray,
    x_score: np.ndarray,
    train_texts: Sequence[str],
    points: Sequence[str],
    y: np.ndarray,
    trainable: np.ndarray,
    source: Sequence[str],
    kinds: Sequence[Kind],
    truth: Sequence[bool],
    langs: Sequence[str],
    sample: np.ndarray | None = None,
    learner: str = "lr",
    gates: Sequence[tuple[float, float]] = GATES,
    dump: str | None = None,
    second: bool = True,
    mix: float = MIX,
    second_gate: float = SECOND_GATE,
    record_gate: float = RECORD_GATE,
    bank: Sequence[str] = NEIGHBOURS,
) -> None:
    """Every file scored by a model fitted on the training material without it (one fit per
    training file, one for the files never trained on), then each pair of gates: per file and
    per language, the descriptions found and the false alarms of the whole filter."""
    src = np.array(source)
    prob = np.zeros(len(points))
    fits: dict[bytes, np.ndarray] = {}
    for name in dict.fromkeys(source):
        rows = np.flatnonzero(trainable & (src != name))
        fold = np.flatnonzero(src == name)
        key = rows.tobytes()
        if key not in fits:  # the files never trained on share one fit
            fits[key] = _learned(
                learner,
                x_train[rows],
                [train_texts[i] for i in rows],
                y[rows],
                None if sample is None else sample[rows],
                x_score,
                points,
            )
        # rounded, so that no verdict rides on the last bits of the sum
        prob[fold] = np.round(fits[key][fold], 4)
    # the second look: the regression mixed with the vote of the labelled statements nearest
    # (every development file but the one scored)
    looked = np.zeros(len(points), dtype=bool)
    record = np.zeros(len(points), dtype=bool)
    share = np.zeros(len(points))
    if second:
        in_bank = np.isin(src, list(bank))
        for name in dict.fromkeys(source):
            rows = np.flatnonzero(in_bank & (src != name))
            fold = np.flatnonzero(src == name)
            bank = bank_rows(x_train[rows])
            share[fold] = neighbour_share(x_score[fold], bank, y[rows] == 1)
        is_open = np.array(
            [DescriptiveModel.open_to_model(t, k) for t, k in zip(points, kinds, strict=True)]
        )
        # as ``kind_model.second_look``, with the mixing and the gates given; each file's
        # language is one input whose register is read (``kind_model.record_register``)
        record = record_register(points, list(zip(source, langs, strict=True)))
        gate = np.where(record, record_gate, second_gate)
        looked = is_open & (np.round(mix * prob + (1 - mix) * share, 4) > gate)
    if dump:
        np.savez(
            dump,
            prob=prob,
            share=share,
            source=src,
            record=record,
            truth=np.array(truth),
            points=np.array(points),
        )
    files = [
        f for f in dict.fromkeys(source) if any(truth[i] for i in range(len(src)) if src[i] == f)
    ]
    for threshold, sure in gates:
        gate = DescriptiveModel(threshold=threshold, sure=sure)
        learned = gate.decide(prob, points, kinds)
        said = [
            k.kind == "descriptive" or f or bool(g)
            for k, f, g in zip(kinds, learned, looked, strict=True)
        ]
        cells = []
        for group in [*files, *sorted(set(langs))]:
            idx = [i for i in range(len(src)) if group in (source[i], langs[i])]
            tp = sum(said[i] and truth[i] for i in idx)
            fa = sum(said[i] and not truth[i] for i in idx)
            cells.append(f"{Path(group).stem} {tp}/{sum(truth[i] for i in idx)} fa {fa}")
        tp = sum(s and t for s, t in zip(said, truth, strict=True))
        fa = sum(s and not t for s, t in zip(said, truth, strict=True))
        print(f"threshold {threshold} sure {sure}: all {tp}/{sum(truth)} fa {fa}")
        print("  " + "  ".join(cells), flush=True)
    if len(gates) > 1:
        _other_gates(prob, points, kinds, truth, langs, source, files)


#: the learners ``--by-file`` can measure: the shipped logistic regression (``lr``), a
#: k-nearest-neighbour vote over the embeddings beside it (``lr+knn``), a small multilayer
#: perceptron over the same features (``mlp``) and beside the regression (``lr+mlp``), gradient
#: boosted trees over the embeddings (``gb``) and beside the regression (``lr+gb``)
LEARNERS = ("lr", "knn", "lr+knn", "mlp", "lr+mlp", "gb", "lr+gb")


def _learned(
    learner: str,
    x: np.ndarray,
    texts: Sequence[str],
    y: np.ndarray,
    sample: np.ndarray | None,
    x_score: np.ndarray,
    points: Sequence[str],
) -> np.ndarray:
    """The probability, for every statement of ``x_score``, of the learner fitted on ``x``."""
    model = DescriptiveModel()
    parts: list[np.ndarray] = []
    if "lr" in learner.split("+"):
        w, b = model.fit_arrays(model.features(x, texts), y, sample)
        z = model.features(x_score, points) @ w + b
        parts.append(1.0 / (1.0 + np.exp(-np.asarray(z))))
    if "knn" in learner.split("+"):
        parts.append(_knn(x, y, x_score))
    if "mlp" in learner.split("+"):
        from sklearn.neural_network import MLPClassifier

        net = MLPClassifier(
            hidden_layer_sizes=(64,), alpha=1e-2, max_iter=300, random_state=0, early_stopping=False
        )
        # class balance by resampling weights is not offered: the positives are repeated instead
        reps = np.where(y == 1, max(1, round((y == 0).sum() / max((y == 1).sum(), 1))), 1)
        idx = np.repeat(np.arange(len(y)), reps)
        net.fit(model.features(x, texts)[idx], y[idx])
        parts.append(net.predict_proba(model.features(x_score, points))[:, 1])
    if "gb" in learner.split("+"):
        from sklearn.ensemble import HistGradientBoostingClassifier

        trees = HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.1, class_weight="balanced", random_state=0
        )
        trees.fit(np.round(x, 5), y, sample_weight=sample)
        parts.append(trees.predict_proba(np.round(x_score, 5))[:, 1])
    return np.mean(parts, axis=0)


def _knn(x: np.ndarray, y: np.ndarray, x_score: np.ndarray) -> np.ndarray:
    """The neighbours' vote (``kind_model.neighbour_share``) with ``x`` as the bank."""
    return neighbour_share(x_score, bank_rows(x), y == 1)


def _other_gates(
    prob: np.ndarray,
    points: Sequence[str],
    kinds: Sequence[Kind],
    truth: Sequence[bool],
    langs: Sequence[str],
    source: Sequence[str],
    files: Sequence[str],
) -> None:
    """What the shipped gates hold back, per file, and two other gates: a lower ``sure`` for
    short statements, and the model let past the words of a call or a policy when it is sure."""
    shipped = DescriptiveModel()
    event = np.array([bool(EVENT_CUES.search(t)) for t in points])
    is_open = np.array([shipped.open_to_model(t, k) for t, k in zip(points, kinds, strict=True)])
    said = np.array(shipped.decide(prob, points, kinds)) | np.array(
        [k.kind == "descriptive" for k in kinds]
    )
    y = np.array(truth, dtype=bool)
    src = np.array(source)
    print("held back between 0.5 and 0.75 (descriptions / other statements):")
    band = is_open & (prob > 0.5) & (prob <= 0.75) & ~said
    for name in files:
        m = band & (src == name)
        print(
            f"  {Path(name).stem}: with a word of a meeting {int((m & event & y).sum())}"
            f" / {int((m & event & ~y).sum())}, without {int((m & ~event & y).sum())}"
            f" / {int((m & ~event & ~y).sum())}"
        )

    def per_file(verdict: np.ndarray) -> str:
        worse = [
            Path(f).stem
            for f in files
            if ((verdict & ~y & (src == f)).sum() > (said & ~y & (src == f)).sum())
            or ((verdict & y & (src == f)).sum() < (said & y & (src == f)).sum())
        ]
        return (
            f"found {int((verdict & y).sum())} fa {int((verdict & ~y).sum())}"
            f" (files worse: {', '.join(worse) or 'none'})"
        )

    # words counted roughly: characters / 6, characters / 2 in Chinese
    size = np.array(
        [len(t) / (2.0 if g == "zh" else 6.0) for t, g in zip(points, langs, strict=True)]
    )
    for words, sure in itertools.product((8, 12, 16, 20), (0.55, 0.65, 0.7)):
        gate = np.where(size < words, sure, shipped.sure)
        verdict = said | (is_open & (prob > shipped.threshold) & (event | (prob > gate)))
        print(f"sure {sure} under {words} words: {per_file(verdict)}")
    closed = np.array([k.kind == "point" for k in kinds]) & ~is_open
    print(
        f"closed by the words of a call or a policy: {int(closed.sum())},"
        f" {int((closed & y).sum())} descriptions"
    )
    for sure in (0.75, 0.85, 0.95):
        print(f"  opened above {sure}: {per_file(said | (closed & (prob > sure)))}")


if __name__ == "__main__":
    main()
