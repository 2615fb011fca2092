"""How much a statement's place in its report tells about whether it only describes.

Reads the report files that are not held out (``REPORTS``: the development files,
``dev-ru-mid`` among them, and the test files scored after every change for many rounds, now
development material; the held-out files of ``held_out.REPORTS`` are never read): each session's
statements in the order the organisers gave them, ``key_takeaways`` then ``calls_to_action``
then ``messages``, with the editor's answers. It prints, against the base rate, the share of
descriptions among statements by their place: first of the session or not, the field they came
from, first of their field, last of their field, the previous statement of the session
descriptive or not, the session's type, the only statement of its session, its length among
the session's statements. Each cell gives descriptions / statements, the share and a 95 %
Wilson interval, and the likelihood ratio of the place (how much it multiplies the odds).

With ``--oof`` (the ``--dump`` of ``bench/kind_model.py --by-file --shipped-gates --score``
with the seven test report files: every file scored by a regression not fitted on it and a vote
whose bank holds none of its statements), it also recomputes the whole filter's verdicts
(patterns, the regression's gates, the second look) as ``--by-file`` makes them, lists, file by
file, the misses and false alarms with their place, and measures readings of the place, each
file's ratios, bar or fit from the *other* report files only (the previous statement's kind is
the filter's verdict, as it would be at run time): a prior (the regression's odds multiplied by
the place's likelihood ratio, to a power), a rule (the first statement of its session, open to
the model, with words of a meeting, set aside at a lower bar of the regression; its bar chosen
on the other files; ``DescriptiveModel(opening=OPENING_THRESHOLD)`` as the pipeline reads it),
a lower second-look gate for first statements, and the place *beside* the text (a
class-balanced logistic regression over the regression's logit and the place, raising only).
Each is printed file by file beside the shipped filter (found, gained, lost, false alarms
added), then ranked free of calibration (the descriptions ranked above the 1st, 3rd, 6th and
11th false alarm among the statements the patterns leave to the model). ``--without-patterns``
measures the learned part alone (every statement open to it): the patterns were written from
these very files, so the whole filter misses few of their descriptions.

    .venv/bin/python bench/kind_model.py --by-file --shipped-gates --cache /tmp/emb.npz \
        --dump /tmp/oof.npz --score reports/test-ar.yaml reports/test-asia-transcripts.yaml \
        reports/test-en-main.yaml reports/test-es-national.yaml reports/test-fr-ar-mixed.yaml \
        reports/test-ru.yaml reports/test-zh.yaml reports/dev-ru-mid.yaml
    .venv/bin/python bench/kind_context.py [--oof /tmp/oof.npz [--without-patterns]]
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from common import evaluation_base
from held_out import REPORTS as HELD_OUT_REPORTS  # type: ignore[import-not-found]

from forum_messages.synth.kind_cues_model import EVENT_CUES, GATE_CUES
from forum_messages.synth.kind_model import (
    MIX,
    OPENING_THRESHOLD,
    RECORD_GATE,
    SECOND_GATE,
    DescriptiveModel,
)
from forum_messages.synth.kinds import Kind, classify
from forum_messages.yamlsrc import load_yaml

#: the report files that are not held out: the development files and the test files scored
#: after every change for many rounds, now development material (the regression and the second
#: look's bank never hold the test files; ``held_out.REPORTS`` are never read here)
REPORTS = (
    "reports/dev-en-summaries.yaml",
    "reports/dev-fr.yaml",
    "reports/dev-es.yaml",
    "reports/test-ar.yaml",
    "reports/test-asia-transcripts.yaml",
    "reports/test-en-main.yaml",
    "reports/test-es-national.yaml",
    "reports/test-fr-ar-mixed.yaml",
    "reports/test-ru.yaml",
    "reports/test-zh.yaml",
    "reports/test-global-tracks.yaml",
    "reports/test-cartagena.yaml",
    # descriptions in the middle and at the end of sessions (docs/quality.md, "a thirtieth
    # round"); trained on by nothing, in no bank
    "reports/dev-ru-mid.yaml",
    # held out until the fifty-fifth round, development material since (docs/quality.md, "Two
    # more held-out files spent"): scored, trained on by nothing, in no bank
    "reports/test-tallinn.yaml",
    "reports/test-tangier.yaml",
    # held out until the fifty-eighth round, development material since (docs/quality.md, "A
    # held-out file spent: test-colon"): scored, trained on by nothing, in no bank
    "reports/test-colon.yaml",
    # held out until the sixty-first round, development material since (docs/quality.md, "A
    # held-out file spent: test-samarkand"): scored, trained on by nothing, in no bank
    "reports/test-samarkand.yaml",
    # held out until the sixty-sixth round, development material since (docs/quality.md, "A
    # held-out file spent: test-tromso"): scored, trained on by nothing, in no bank
    "reports/test-tromso.yaml",
    # held out until the seventieth round, development material since (docs/quality.md, "A
    # held-out file spent: test-doha"): scored, trained on by nothing, in no bank
    "reports/test-doha.yaml",
)
HELD_OUT = HELD_OUT_REPORTS
FIELDS = ("key_takeaways", "calls_to_action", "messages")


@dataclass(frozen=True)
class Placed:
    """One statement and its place in its report."""

    file: str
    session: int
    text: str
    lang: str
    descriptive: bool
    field: str
    index: int  # place in the session (all fields, in order)
    in_field: int  # place in its field
    field_size: int
    session_type: str
    session_size: int = 1  # statements of the session, all fields
    longer: float = 0.5  # the share of the session's other statements this one is longer than
    title: str = ""  # the session's title
    organisers: tuple[str, ...] = ()  # the names of its organisers


def placed(base: Path, names: Sequence[str] = REPORTS) -> list[Placed]:
    """Every statement of the report files, in the order ``labelled_items`` reads them."""
    held = [name for name in names if name in HELD_OUT]
    if held:
        raise SystemExit(f"held-out report files are never read here: {', '.join(held)}")
    out: list[Placed] = []
    for name in names:
        data = load_yaml((base / name).read_text(encoding="utf-8"))
        for s, report in enumerate(data.get("sessions") or []):
            start = len(out)
            lang = str(report.get("language") or data.get("language") or "en")
            kind = str(report.get("type") or report.get("kind") or "?")
            title = str(report.get("title") or report.get("session") or report.get("nri") or "")
            names = tuple(
                str(o.get("name", "") if isinstance(o, dict) else o)
                for o in report.get("organisers") or []
            )
            index = 0
            for field in FIELDS:
                items = report.get(field) or []
                for j, item in enumerate(items):
                    out.append(
                        Placed(
                            name,
                            s,
                            str(item["text"]),
                            lang,
                            bool(item.get("descriptive")),
                            field,
                            index,
                            j,
                            len(items),
                            kind,
                            title=title,
                            organisers=names,
                        )
                    )
                    index += 1
            mine = out[start:]
            sizes = [len(it.text) for it in mine]
            for k, it in enumerate(mine):
                others = [n for j, n in enumerate(sizes) if j != k]
                share = sum(n < sizes[k] for n in others) / len(others) if others else 0.5
                out[start + k] = replace(it, session_size=len(mine), longer=round(share, 4))
    return out


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson interval of a share k / n."""
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (round(c - h, 2), round(c + h, 2))


def _previous(items: Sequence[Placed], said: Sequence[bool]) -> list[str]:
    """The previous statement of the same session: 'none', 'descriptive' or 'point', by
    ``said`` (the answers or the filter's verdicts)."""
    out = []
    for i, it in enumerate(items):
        if it.index == 0:
            out.append("none")
        else:
            out.append("descriptive" if said[i - 1] else "point")
    return out


#: the places measured: a name and a function of (statement, previous statement's kind)
PLACES: tuple[tuple[str, Callable[[Placed, str], str]], ...] = (
    ("first of its session", lambda it, _: "yes" if it.index == 0 else "no"),
    ("field", lambda it, _: it.field),
    ("first of its field", lambda it, _: "yes" if it.in_field == 0 else "no"),
    ("last of its field", lambda it, _: "yes" if it.in_field == it.field_size - 1 else "no"),
    ("previous statement", lambda _, prev: prev),
    (
        "first takeaway / previous",
        lambda it, prev: (
            "first of session"
            if it.index == 0
            else ("after a description" if prev == "descriptive" else "after a point")
        ),
    ),
    ("session type", lambda it, _: it.session_type),
    (
        "only statement of its session",
        lambda it, _: "yes" if it.session_size == 1 else "no",
    ),
    (
        "length among the session's statements",
        lambda it, _: (
            "alone"
            if it.session_size == 1
            else ("longest" if it.longer == 1 else ("shortest" if it.longer == 0 else "between"))
        ),
    ),
    (
        "first of its session / length",
        lambda it, _: (
            ("first, " if it.index == 0 else "not first, ")
            + ("longer than half" if it.longer > 0.5 else "not longer than half")
        ),
    ),
)


def _ratio(k: int, n: int, desc: int, total: int) -> float:
    """Likelihood ratio of a place: P(place | descriptive) / P(place | not), add-one smoothed."""
    return ((k + 0.5) / (desc + 1)) / ((n - k + 0.5) / (total - desc + 1))


def table(items: Sequence[Placed]) -> None:
    truth = [it.descriptive for it in items]
    prev = _previous(items, truth)
    desc, total = sum(truth), len(items)
    lo, hi = wilson(desc, total)
    print(f"base rate: {desc}/{total} = {desc / total:.3f} [{lo}, {hi}]")
    by_file = {
        f: [it for it in items if it.file == f] for f in dict.fromkeys(it.file for it in items)
    }
    for f, rows in by_file.items():
        d = sum(it.descriptive for it in rows)
        first = [it for it in rows if it.index == 0]
        df = sum(it.descriptive for it in first)
        rest, others = d - df, len(rows) - len(first)
        print(
            f"  {Path(f).stem}: {d}/{len(rows)} = {d / len(rows):.3f}; first of its session"
            f" {df}/{len(first)} = {df / len(first):.3f}; the others {rest}/{others}"
            f" = {rest / others:.3f}"
        )
    print()
    print("| place | value | descriptive / statements | share | 95 % interval | likelihood ratio |")
    print("|---|---|---|---|---|---|")
    for name, of in PLACES:
        cells: dict[str, list[int]] = {}
        for it, p in zip(items, prev, strict=True):
            cell = cells.setdefault(of(it, p), [0, 0])
            cell[0] += it.descriptive
            cell[1] += 1
        for value in sorted(cells):
            k, n = cells[value]
            lo, hi = wilson(k, n)
            lr = _ratio(k, n, desc, total)
            print(f"| {name} | {value} | {k} / {n} | {k / n:.3f} | {lo}-{hi} | {lr:.2f} |")


def _context(it: Placed, prev: str) -> str:
    return PLACES[5][1](it, prev)


def _where(it: Placed, prev: str) -> str:
    """A statement's place in words: its rank in its session, its field, what came before."""
    first = "first" if it.index == 0 else f"{it.index + 1}th"
    before = "" if it.index == 0 else f", after a {prev}"
    return (
        f"{first} of {it.session_size} ({it.field}[{it.in_field}]{before};"
        f" longer than {it.longer:.2f} of the others)"
    )


@dataclass(frozen=True)
class Verdicts:
    """The whole filter's verdicts on the report statements (out of fold) and what it reads."""

    items: Sequence[Placed]
    kinds: Sequence[Kind]
    points: Sequence[str]
    prob: np.ndarray
    share: np.ndarray
    record: np.ndarray
    is_open: np.ndarray
    event: np.ndarray

    def said(
        self,
        prob: np.ndarray,
        gates: np.ndarray | None = None,
        model: DescriptiveModel | None = None,
        first: Sequence[bool] | None = None,
        own: Sequence[bool] | None = None,
    ) -> list[bool]:
        """The filter's verdicts with ``prob`` as the regression's probabilities; ``gates``
        (per statement) in place of the second look's gates where given; ``model``, ``first``
        (the first statement of each session) and ``own`` (the statements naming their
        session's own type) as ``DescriptiveModel.decide`` reads them."""
        model = model or DescriptiveModel()
        learned = model.decide(prob, self.points, self.kinds, first, own)
        gate = np.where(self.record, RECORD_GATE, SECOND_GATE) if gates is None else gates
        mixed = np.round(MIX * prob + (1 - MIX) * self.share, 4)
        looked = self.is_open & (mixed > gate)
        return [
            k.kind == "descriptive" or bool(f) or bool(g)
            for k, f, g in zip(self.kinds, learned, looked, strict=True)
        ]


def verdicts(items: Sequence[Placed], dump: str, patterns: bool = True) -> Verdicts:
    data = np.load(dump, allow_pickle=False)
    src = data["source"]
    names = list(dict.fromkeys(it.file for it in items))
    rows = np.concatenate([np.flatnonzero(src == f) for f in names])
    kinds = [classify(it.text, it.lang) for it in items]
    points = [k.point or it.text for k, it in zip(kinds, items, strict=True)]
    if [str(p) for p in data["points"][rows]] != points:
        raise SystemExit(f"{dump}: its report rows are not the statements of {names}")
    if not patterns:
        # the learned part alone: what the patterns set aside is open to the model instead
        kinds = [replace(k, kind="point") if k.kind == "descriptive" else k for k in kinds]
    return Verdicts(
        items,
        kinds,
        points,
        data["prob"][rows],
        data["share"][rows],
        data["record"][rows].astype(bool),
        np.array(
            [DescriptiveModel.open_to_model(t, k) for t, k in zip(points, kinds, strict=True)]
        ),
        np.array([bool(EVENT_CUES.search(t) or GATE_CUES.search(t)) for t in points]),
    )


def _first_ratio(items: Sequence[Placed], truth: Sequence[bool], f: str) -> float:
    """The likelihood ratio of "first of its session" read from the report files other than
    ``f``."""
    others = [j for j, it in enumerate(items) if it.file != f]
    desc = sum(truth[j] for j in others)
    k = sum(truth[j] for j in others if items[j].index == 0)
    n = sum(1 for j in others if items[j].index == 0)
    return _ratio(k, n, desc, len(others))


def oof(items: Sequence[Placed], dump: str, patterns: bool = True) -> None:
    v = verdicts(items, dump, patterns)
    prob = v.prob
    said = v.said(prob)
    truth = [it.descriptive for it in items]
    truth_prev = _previous(items, truth)
    said_prev = _previous(items, said)
    files = list(dict.fromkeys(it.file for it in items))
    found = sum(s and t for s, t in zip(said, truth, strict=True))
    fa = sum(s and not t for s, t in zip(said, truth, strict=True))
    what = "the filter" if patterns else "the regression and the second look alone (no patterns)"
    print(f"\n{what} out of fold: {found}/{sum(truth)} found, {fa} false alarms")
    print(
        "| file | descriptions | found | missed (first of their session) |"
        " false alarms (first of their session) |"
    )
    print("|---|---|---|---|---|")
    for f in files:
        idx = [i for i, it in enumerate(items) if it.file == f]
        miss = [i for i in idx if truth[i] and not said[i]]
        fas = [i for i in idx if said[i] and not truth[i]]
        print(
            f"| {Path(f).stem} | {sum(truth[i] for i in idx)}"
            f" | {sum(truth[i] and said[i] for i in idx)}"
            f" | {len(miss)} ({sum(items[i].index == 0 for i in miss)})"
            f" | {len(fas)} ({sum(items[i].index == 0 for i in fas)}) |"
        )
    for i, (s, t) in enumerate(zip(said, truth, strict=True)):
        if s != t:
            it = items[i]
            kind = "missed" if t else "false alarm"
            print(
                f"  {kind}: {Path(it.file).stem} session {it.session}"
                f" {_where(it, said_prev[i])} p={prob[i]:.3f} vote={v.share[i]:.3f}"
                f" open={bool(v.is_open[i])} words of a meeting={bool(v.event[i])}"
                f" kind={v.kinds[i].kind}: {it.text[:110]}"
            )
    # the readings measured, each file's ratios or fit from the other report files only
    first = np.array([it.index == 0 for it in items])
    ratio_first = np.ones(len(items))
    ratio = np.ones(len(items))
    for f in files:
        others = [j for j, it in enumerate(items) if it.file != f]
        desc = sum(truth[j] for j in others)
        cells: dict[str, list[int]] = {}
        for j in others:
            c = cells.setdefault(_context(items[j], truth_prev[j]), [0, 0])
            c[0] += truth[j]
            c[1] += 1
        r = _first_ratio(items, truth, f)
        for j, it in enumerate(items):
            if it.file == f:
                k, n = cells.get(_context(it, said_prev[j]), [0, 0])
                ratio[j] = _ratio(k, n, desc, len(others))
                ratio_first[j] = r
    p = np.clip(prob, 1e-6, 1 - 1e-6)
    odds = p / (1 - p)
    readings: dict[str, list[bool]] = {}
    scores: dict[str, np.ndarray] = {"the regression's probability (shipped)": prob}
    for scale in (0.25, 0.5, 0.75, 1.0):
        lifted = odds * np.where(first, ratio_first, 1.0) ** scale
        shifted = np.round(lifted / (1 + lifted), 4)
        readings[f"first of its session: odds x ratio^{scale}"] = v.said(shifted)
        scores[f"first: odds x ratio^{scale}"] = shifted
    for scale in (0.5, 1.0):
        lifted = odds * np.maximum(ratio, 1.0) ** scale
        shifted = np.round(lifted / (1 + lifted), 4)
        readings[f"first / after a description / after a point: ^{scale}, raising only"] = v.said(
            shifted
        )
    # a rule: the first statement of its session, open to the model, set aside at a lower bar
    # of the regression (with words of a meeting) or of the second look
    for bar in (0.3, 0.4, 0.45, 0.5, 0.55):
        rule = first & v.is_open & v.event & (prob > bar)
        readings[f"rule: first, words of a meeting, p > {bar}"] = [
            s or bool(r) for s, r in zip(said, rule, strict=True)
        ]
    for bar in (0.6, 0.65, 0.7):
        rule = first & v.is_open & (prob > bar)
        readings[f"rule: first, any words, p > {bar}"] = [
            s or bool(r) for s, r in zip(said, rule, strict=True)
        ]
    # the same rule with its bar chosen, for each file, on the other report files only: the
    # most descriptions gained with no false alarm added there (the higher bar on a tie)
    bars = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6)  # the higher bar on a tie
    truth_a = np.array(truth)
    chosen: dict[str, float] = {}
    rule_oof = np.zeros(len(items), dtype=bool)
    base = np.array(said)
    for f in files:
        mine = np.array([it.file == f for it in items])
        best = (0, -1.0)
        for bar in bars:
            new = first & v.is_open & v.event & (prob > bar) & ~base & ~mine
            if (new & ~truth_a).sum() == 0:
                best = max(best, (int((new & truth_a).sum()), bar))
        chosen[Path(f).stem] = best[1]
        if best[1] > 0:
            rule_oof |= mine & first & v.is_open & v.event & (prob > best[1])
    print(f"\nthe rule's bar chosen on the other files: {chosen}")
    # the rule as the pipeline reads it (``DescriptiveModel(opening=OPENING_THRESHOLD)``)
    readings[f"DescriptiveModel(opening={OPENING_THRESHOLD})"] = v.said(
        prob, model=DescriptiveModel(opening=OPENING_THRESHOLD), first=first.tolist()
    )
    readings["rule: first, words of a meeting, bar chosen on the other files"] = [
        s or bool(r) for s, r in zip(said, rule_oof, strict=True)
    ]
    for bar in (0.6, 0.65, 0.7):
        gates = np.where(first, bar, np.where(v.record, RECORD_GATE, SECOND_GATE))
        readings[f"rule: first, the second look's gate {bar}"] = v.said(prob, gates)
    # the place beside the text: a class-balanced logistic regression over the logit and the
    # place, each file fitted on the other report files; raising only
    logit = np.log(odds)
    after = np.array([x == "descriptive" for x in said_prev], dtype=np.float64)
    calls = np.array([it.field == "calls_to_action" for it in items], dtype=np.float64)
    alone = np.array([it.session_size == 1 for it in items], dtype=np.float64)
    longer = np.array([it.longer for it in items])
    y = np.array(truth, dtype=np.float64)
    for name, columns in (
        ("logit + first", [logit, first.astype(np.float64)]),
        (
            "logit + first + alone + after a description + a call + length",
            [logit, first.astype(np.float64), alone, after, calls, longer],
        ),
    ):
        x = np.column_stack(columns)
        stacked = prob.copy()
        for f in files:
            mine = np.array([it.file == f for it in items])
            w, b = _fit(x[~mine], y[~mine])
            stacked[mine] = np.round(1.0 / (1.0 + np.exp(-(x[mine] @ w + b))), 4)
        scores[name] = stacked
        readings[f"stacked {name}, raising only"] = v.said(np.maximum(prob, stacked))
    print("\neach reading beside the shipped filter, file by file: found (+gained -lost),")
    print("false alarms (+added); each file's ratios or fit from the other report files")
    print("| reading | " + " | ".join(Path(f).stem for f in files) + " | all |")
    print("|---|" + "---|" * (len(files) + 1))
    for name, now in (("shipped", said), *readings.items()):
        cells = []
        for f in [*files, None]:
            idx = [i for i, it in enumerate(items) if f in (None, it.file)]
            f2 = sum(now[i] and truth[i] for i in idx)
            a2 = sum(now[i] and not truth[i] for i in idx)
            gained = sum(now[i] and not said[i] and truth[i] for i in idx)
            lost = sum(said[i] and not now[i] and truth[i] for i in idx)
            added = sum(now[i] and not said[i] and not truth[i] for i in idx)
            change = f" +{gained} -{lost}, fa +{added}" if name != "shipped" else ""
            cells.append(f"{f2}/{sum(truth[i] for i in idx)} fa {a2}{change}")
        print(f"| {name} | {' | '.join(cells)} |")
    for name, now in readings.items():
        moved = [i for i in range(len(items)) if now[i] != said[i]]
        if moved and len(moved) <= 12:
            print(f"  {name}:")
            for i in moved:
                it = items[i]
                kind = "found" if truth[i] else "FALSE ALARM" if now[i] else "lost"
                print(f"    {kind}: {Path(it.file).stem} p={prob[i]:.3f}: {it.text[:90]}")
    # free of calibration: the statements the patterns leave to the model ranked by each score,
    # the descriptions above the k-th false alarm
    left = [i for i, k in enumerate(v.kinds) if k.kind != "descriptive" and v.is_open[i]]
    todo = sum(truth[i] for i in left)
    print(f"\nranked (the {len(left)} statements open to the model, {todo} descriptions among")
    print("them): descriptions ranked above the 1st, 3rd, 6th and 11th false alarm")
    print("| score | fa 0 | fa 2 | fa 5 | fa 10 |")
    print("|---|---|---|---|---|")
    for name, score in scores.items():
        # stable: ties broken by the file's order
        order = sorted(left, key=lambda i: (-round(float(score[i]), 4), i))
        cells = []
        for limit in (0, 2, 5, 10):
            found = fa = 0
            for i in order:
                if truth[i]:
                    found += 1
                else:
                    fa += 1
                    if fa > limit:
                        break
            cells.append(str(found))
        print(f"| {name} | {' | '.join(cells)} |")


def _fit(
    x: np.ndarray, y: np.ndarray, steps: int = 3000, rate: float = 0.5
) -> tuple[np.ndarray, float]:
    """Logistic regression with balanced class weights (as the shipped regression) by
    full-batch gradient descent in float64 (fixed steps, zero start, a little L2;
    deterministic)."""
    pos = max(float(y.sum()), 1.0)
    weight = np.where(y == 1, len(y) / (2 * pos), len(y) / (2 * max(len(y) - pos, 1.0)))
    w = np.zeros(x.shape[1])
    b = 0.0
    for _ in range(steps):
        q = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (q - y) * weight
        w -= rate * (x.T @ g / len(y) + 1e-3 * w)
        b -= rate * float(g.mean())
    return w, b


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--oof", help="the --dump of bench/kind_model.py --by-file --shipped-gates")
    ap.add_argument(
        "--without-patterns",
        action="store_true",
        help="with --oof: the learned part alone (the patterns were written from these files)",
    )
    args = ap.parse_args()
    base = evaluation_base()
    items = placed(base)
    table(items)
    if args.oof:
        oof(items, args.oof, patterns=not args.without_patterns)


if __name__ == "__main__":
    main()
