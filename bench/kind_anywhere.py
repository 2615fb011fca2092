"""Descriptions anywhere in a session: each statement read against its session's other statements.

Reads the report files that are not held out (``kind_context.REPORTS``) with the out-of-fold
probabilities and votes of ``bench/kind_model.py --by-file --shipped-gates --dump`` (as
``bench/kind_context.py --oof`` does) and measures what a statement's session tells beside the
text (``synth.kind_session.session_places``: first or last of its session, it names the
session's own type of meeting, the share of the session's other statements that share a content
word with it) and the filter's verdicts on the statements before and after it.

It prints the whole filter's misses and false alarms file by file and by place (first / middle
/ last of the session), each feature's likelihood ratio among the statements that do not open
their session, and readings of the context, every file's bar or fit taken from the *other*
files only (leave one file out): a rule (a statement open to the model that names the session's
own type, or has words of a meeting and touches most of the session's statements, set aside at
a lower bar of the regression) and a class-balanced logistic layer over the regression's logit
and the context features, raising only. Each reading is printed file by file beside the shipped
filter and beside round 27's opening rule (``DescriptiveModel(opening=...)``).

    .venv/bin/python bench/kind_model.py --by-file --shipped-gates --cache /tmp/emb.npz \\
        --dump /tmp/oof.npz --score reports/test-ar.yaml reports/test-asia-transcripts.yaml \\
        reports/test-en-main.yaml reports/test-es-national.yaml reports/test-fr-ar-mixed.yaml \\
        reports/test-ru.yaml reports/test-zh.yaml reports/dev-ru-mid.yaml
    .venv/bin/python bench/kind_anywhere.py --oof /tmp/oof.npz [--without-patterns]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from common import evaluation_base
from kind_context import _fit, _ratio, placed, verdicts  # type: ignore[import-not-found]

from forum_messages.synth.kind_model import (
    ANYWHERE_THRESHOLD,
    OPENING_THRESHOLD,
    DescriptiveModel,
)
from forum_messages.synth.kind_session import Place, session_places

NRI_KINDS = ("national", "regional", "youth")
BARS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def _where(place: Place) -> str:
    return "first" if place.first else ("last" if place.last else "middle")


def places_of(items: Sequence, texts: Sequence[str]) -> list[Place]:
    """Each statement's place, read from ``texts`` (the statements without their frames, as the
    pipeline reads them)."""
    return session_places(
        texts,
        [f"{it.file}#{it.session}" for it in items],
        [it.lang for it in items],
        [it.session_type for it in items],
        [it.session_type in NRI_KINDS for it in items],
    )


def _neighbours(items: Sequence, said: Sequence[bool]) -> tuple[np.ndarray, np.ndarray]:
    """Whether the previous and the next statement of the same session were set aside."""
    prev = np.zeros(len(items))
    nxt = np.zeros(len(items))
    for i, it in enumerate(items):
        if i > 0 and items[i - 1].file == it.file and items[i - 1].session == it.session:
            prev[i] = said[i - 1]
        if (
            i + 1 < len(items)
            and items[i + 1].file == it.file
            and items[i + 1].session == it.session
        ):
            nxt[i] = said[i + 1]
    return prev, nxt


def _count(now: Sequence[bool], truth: Sequence[bool], idx: Sequence[int]) -> tuple[int, int]:
    return (
        sum(now[i] and truth[i] for i in idx),
        sum(now[i] and not truth[i] for i in idx),
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oof", required=True)
    ap.add_argument("--without-patterns", action="store_true")
    ap.add_argument("--list", action="store_true", help="print every miss and false alarm")
    args = ap.parse_args()
    base = evaluation_base()
    items = placed(base)
    v = verdicts(items, args.oof, patterns=not args.without_patterns)
    prob = v.prob
    truth = np.array([it.descriptive for it in items])
    first = np.array([it.index == 0 for it in items])
    shipped = np.array(v.said(prob))
    opening = np.array(
        v.said(prob, model=DescriptiveModel(opening=OPENING_THRESHOLD), first=first.tolist())
    )
    pl = places_of(items, v.points)
    where = [_where(p) for p in pl]
    files = list(dict.fromkeys(it.file for it in items))
    what = "the whole filter" if not args.without_patterns else "the learned part alone"
    found, fa = _count(shipped.tolist(), truth.tolist(), range(len(items)))
    print(f"{what}, out of fold: {found}/{truth.sum()} found, {fa} false alarms\n")
    print(
        "| file | descriptions (first / middle / last) | missed (first / middle / last) |"
        " false alarms (first / middle / last) |"
    )
    print("|---|---|---|---|")
    for f in [*files, None]:
        idx = [i for i, it in enumerate(items) if f in (None, it.file)]
        cells = []
        for sel in (truth, truth & ~shipped, shipped & ~truth):
            by = [
                sum(bool(sel[i]) for i in idx if where[i] == w) for w in ("first", "middle", "last")
            ]
            cells.append(f"{sum(by)} ({' / '.join(map(str, by))})")
        name = Path(f).stem if f else "all"
        print(f"| {name} | {' | '.join(cells)} |")
    if args.list:
        for i, it in enumerate(items):
            if shipped[i] != truth[i]:
                kind = "missed" if truth[i] else "false alarm"
                p = pl[i]
                print(
                    f"  {kind}: {Path(it.file).stem} {where[i]} p={prob[i]:.3f} own={p.own}"
                    f" breadth={p.breadth:.2f} event={bool(v.event[i])}"
                    f" open={bool(v.is_open[i])}: {it.text[:100]}"
                )
    # each feature's likelihood ratio among the statements that do not open their session
    own = np.array([p.own for p in pl])
    last = np.array([p.last for p in pl])
    breadth = np.array([p.breadth for p in pl])
    prev, nxt = _neighbours(items, shipped.tolist())
    rest = ~first
    desc, total = int(truth[rest].sum()), int(rest.sum())
    print(f"\nnot first of their session: {desc} descriptions of {total} statements")
    print("| feature | descriptions / statements | share | likelihood ratio |")
    print("|---|---|---|---|")
    feats = {
        "last of its session": last,
        "names its session's own type": own,
        "words of a meeting": v.event,
        "touches half or more of the session's statements": breadth >= 0.5,
        "touches none": breadth == 0,
        "previous statement set aside": prev > 0,
        "next statement set aside": nxt > 0,
        "open to the model": v.is_open,
        "own type, open to the model": own & v.is_open,
        "words of a meeting, open, p > 0.3": v.event & v.is_open & (prob > 0.3),
    }
    for name, feat in feats.items():
        k = int((feat & truth & rest).sum())
        n = int((feat & rest).sum())
        lr = _ratio(k, n, desc, total)
        print(f"| {name} | {k} / {n} | {k / max(n, 1):.3f} | {lr:.2f} |")
    # readings, every file's bar chosen on the others
    readings: dict[str, np.ndarray] = {}

    def rule_oof(cond: np.ndarray, name: str, start: np.ndarray) -> None:
        out = start.copy()
        chosen = {}
        for f in files:
            mine = np.array([it.file == f for it in items])
            best = (0, -1.0)
            for bar in BARS:
                new = cond & v.is_open & (prob > bar) & ~start & ~mine
                if (new & ~truth).sum() == 0:
                    best = max(best, (int((new & truth).sum()), bar))
            chosen[Path(f).stem] = best[1]
            if best[1] > 0:
                out |= mine & cond & v.is_open & (prob > best[1])
        print(f"  {name}: bars chosen {sorted(set(chosen.values()))}")
        readings[name] = out
        for bar in (0.4, 0.5):
            readings[f"{name}, bar {bar} everywhere"] = start | (cond & v.is_open & (prob > bar))

    print("\nreadings (bars chosen on the other files, the most gained with no false alarm):")
    rule_oof(own, "own type named", shipped)
    rule_oof(
        own | (v.event & (breadth >= 0.5)), "own type, or words of a meeting and breadth", shipped
    )
    rule_oof(v.event & ~first, "words of a meeting, not first", shipped)
    rule_oof(own & ~first, "own type, not first", shipped)
    rule_oof(own, "own type named, with the opening rule", opening)
    rule_oof(own & ~first, "own type, not first, with the opening rule", opening)
    # the readings as the pipeline makes them (``DescriptiveModel.decide``)
    for name, model in (
        (
            f"DescriptiveModel(anywhere={ANYWHERE_THRESHOLD})",
            DescriptiveModel(anywhere=ANYWHERE_THRESHOLD),
        ),
        (
            f"DescriptiveModel(opening={OPENING_THRESHOLD}, anywhere={ANYWHERE_THRESHOLD})",
            DescriptiveModel(opening=OPENING_THRESHOLD, anywhere=ANYWHERE_THRESHOLD),
        ),
    ):
        readings[name] = np.array(v.said(prob, model=model, first=first.tolist(), own=own.tolist()))
    rule_oof(
        own | (v.event & (breadth >= 0.5)),
        "own / meeting and breadth, with the opening rule",
        opening,
    )
    # a fitted layer over the logit and the context, raising only
    p = np.clip(prob, 1e-6, 1 - 1e-6)
    logit = np.log(p / (1 - p))
    x = np.column_stack([logit, first, last, own, v.event, breadth, prev, nxt]).astype(np.float64)
    y = truth.astype(np.float64)
    stacked = prob.copy()
    for f in files:
        mine = np.array([it.file == f for it in items])
        w, b = _fit(x[~mine], y[~mine])
        stacked[mine] = np.round(1.0 / (1.0 + np.exp(-(x[mine] @ w + b))), 4)
    for gate in (0.5, 0.7, 0.9):
        readings[f"fitted layer, open, > {gate}, raising only"] = shipped | (
            v.is_open & (stacked > gate)
        )
    print("\neach reading file by file: found (+gained), false alarms (+added) beside shipped")
    print("| reading | " + " | ".join(Path(f).stem for f in files) + " | all |")
    print("|---|" + "---|" * (len(files) + 1))
    for name, now in (("shipped", shipped), ("opening rule 0.5", opening), *readings.items()):
        cells = []
        for f in [*files, None]:
            idx = [i for i, it in enumerate(items) if f in (None, it.file)]
            f2, a2 = _count(now.tolist(), truth.tolist(), idx)
            g = sum(bool(now[i] and not shipped[i] and truth[i]) for i in idx)
            a = sum(bool(now[i] and not shipped[i] and not truth[i]) for i in idx)
            cells.append(
                f"{f2}/{int(truth[idx].sum())} fa {a2}" + (f" (+{g}, +{a})" if g or a else "")
            )
        print(f"| {name} | {' | '.join(cells)} |")
    for name, now in readings.items():
        moved = [i for i in range(len(items)) if now[i] != shipped[i]]
        if moved and len(moved) <= 40 and "everywhere" not in name:
            print(f"  {name}:")
            for i in moved:
                kind = "found" if truth[i] else "FALSE ALARM"
                print(
                    f"    {kind}: {Path(items[i].file).stem} {where[i]} p={prob[i]:.3f}:"
                    f" {items[i].text[:90]}"
                )


if __name__ == "__main__":
    main()
