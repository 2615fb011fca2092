"""How much a statement's place in its report tells about whether it only describes.

Reads the development report files (``reports/dev-*.yaml``: each session's statements in the
order the organisers gave them, ``key_takeaways`` then ``calls_to_action`` then ``messages``,
with the editor's answers) and prints, against the base rate, the share of descriptions among
statements by their place: first of the session or not, the field they came from, first of
their field, last of their field, the previous statement of the session descriptive or not,
the session's type. Each cell gives descriptions / statements, the share and a 95 % Wilson
interval, and the likelihood ratio of the place (how much it multiplies the odds).

With ``--oof`` (the ``--dump`` of ``bench/kind_model.py --by-file --shipped-gates``: every
file scored by a regression not fitted on it and a vote whose bank holds none of its
statements), it also recomputes the whole filter's verdicts (patterns, the regression's gates,
the second look) as ``--by-file`` makes them, lists where the filter's misses and false alarms
sit, and measures what a prior read from the place could do: the regression's probability's
odds multiplied by the place's likelihood ratio (taken from the *other* report files, so no
file's own answers make its prior; the previous statement's kind is the filter's verdict, as it
would be at run time), the same gates applied, and the descriptions gained and false alarms
added counted (``lift only``: a place only raises the odds, never lowers them). Then the
place *beside* the text: a class-balanced logistic regression over the regression's logit and
the place, each file fitted on the other report files; as it is calibrated anew, each score is
also compared by ranking (the descriptions ranked above the 1st, 3rd, 6th and 11th false
alarm among the statements the patterns leave to the model). ``--without-patterns`` measures
the learned part alone (every statement open to it): the patterns were written from these
very files, so the whole filter misses none of their descriptions.

    .venv/bin/python bench/kind_model.py --by-file --shipped-gates --cache /tmp/emb.npz \
        --dump /tmp/oof.npz
    .venv/bin/python bench/kind_context.py [--oof /tmp/oof.npz [--without-patterns]]
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

import numpy as np

from forum_messages.synth.kind_model import MIX, SECOND_GATE, DescriptiveModel
from forum_messages.synth.kinds import classify
from forum_messages.yamlsrc import load_yaml

REPORTS = (
    "reports/dev-en-summaries.yaml",
    "reports/dev-fr.yaml",
    "reports/dev-es.yaml",
)
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


def placed(base: Path, names: Sequence[str] = REPORTS) -> list[Placed]:
    """Every statement of the report files, in the order ``labelled_items`` reads them."""
    out: list[Placed] = []
    for name in names:
        data = load_yaml((base / name).read_text(encoding="utf-8"))
        for s, report in enumerate(data.get("sessions") or []):
            lang = str(report.get("language") or data.get("language") or "en")
            kind = str(report.get("type") or report.get("kind") or "?")
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
                        )
                    )
                    index += 1
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


def oof(items: Sequence[Placed], dump: str, patterns: bool = True) -> None:
    data = np.load(dump, allow_pickle=False)
    src = data["source"]
    rows = np.flatnonzero(np.isin(src, list(REPORTS)))
    prob = data["prob"][rows]
    share = data["share"][rows]
    points_dump = [str(p) for p in data["points"][rows]]
    kinds = [classify(it.text, it.lang) for it in items]
    points = [k.point or it.text for k, it in zip(kinds, items, strict=True)]
    if points != points_dump or [str(s) for s in src[rows]] != [it.file for it in items]:
        raise SystemExit(f"{dump}: its report rows are not the statements of {REPORTS}")
    if not patterns:
        # the learned part alone: what the patterns set aside is open to the model instead
        kinds = [replace(k, kind="point") if k.kind == "descriptive" else k for k in kinds]
    gate = DescriptiveModel()
    is_open = [DescriptiveModel.open_to_model(t, k) for t, k in zip(points, kinds, strict=True)]

    def verdicts(p: np.ndarray) -> list[bool]:
        learned = gate.decide(p, points, kinds)
        looked = np.array(is_open) & (np.round(MIX * p + (1 - MIX) * share, 4) > SECOND_GATE)
        return [
            k.kind == "descriptive" or bool(f) or bool(g)
            for k, f, g in zip(kinds, learned, looked, strict=True)
        ]

    said = verdicts(prob)
    truth = [it.descriptive for it in items]
    truth_prev = _previous(items, truth)
    said_prev = _previous(items, said)
    found = sum(s and t for s, t in zip(said, truth, strict=True))
    fa = sum(s and not t for s, t in zip(said, truth, strict=True))
    what = "the filter" if patterns else "the regression and the second look alone (no patterns)"
    print(f"\n{what} out of fold: {found}/{sum(truth)} found, {fa} false alarms")
    for i, (s, t) in enumerate(zip(said, truth, strict=True)):
        if s != t:
            it = items[i]
            what = "missed" if t else "false alarm"
            print(
                f"  {what}: {Path(it.file).stem} session {it.session} {it.field}[{it.in_field}]"
                f" (previous: {truth_prev[i]}; by the filter {said_prev[i]}) p={prob[i]:.3f}"
            )
    # a prior from the place: the context's likelihood ratio from the other files only
    print("\na prior from the place (first of session / after a description / after a point),")
    print("each file's ratios from the other report files, the previous kind by the filter:")
    print("| scale | found | false alarms | gained | lost | added false alarms |")
    print("|---|---|---|---|---|---|")
    ratio = np.ones(len(items))
    for f in dict.fromkeys(it.file for it in items):
        others = [j for j, it in enumerate(items) if it.file != f]
        desc = sum(truth[j] for j in others)
        cells: dict[str, list[int]] = {}
        for j in others:
            c = cells.setdefault(_context(items[j], truth_prev[j]), [0, 0])
            c[0] += truth[j]
            c[1] += 1
        for j, it in enumerate(items):
            if it.file == f:
                k, n = cells.get(_context(it, said_prev[j]), [0, 0])
                ratio[j] = _ratio(k, n, desc, len(others))
    priors: dict[str, np.ndarray] = {}
    settings = [(s, False) for s in (0.25, 0.5, 1.0)] + [(s, True) for s in (0.5, 1.0)]
    for scale, lift in settings:
        p = np.clip(prob, 1e-6, 1 - 1e-6)
        odds = p / (1 - p) * (np.maximum(ratio, 1.0) if lift else ratio) ** scale
        shifted = np.round(odds / (1 + odds), 4)
        priors[f"prior, ratio ^{scale}{', raising only' if lift else ''}"] = shifted
        now = verdicts(shifted)
        f2 = sum(s and t for s, t in zip(now, truth, strict=True))
        a2 = sum(s and not t for s, t in zip(now, truth, strict=True))
        gained = sum(n and not s and t for n, s, t in zip(now, said, truth, strict=True))
        lost = sum(s and not n and t for n, s, t in zip(now, said, truth, strict=True))
        added = sum(n and not s and not t for n, s, t in zip(now, said, truth, strict=True))
        name = f"{scale}{' lift only' if lift else ''}"
        print(f"| {name} | {f2}/{sum(truth)} | {a2} | {gained} | {lost} | {added} |")
    # the place as a feature beside the text: a logistic regression over the regression's
    # logit and the place, fitted on the other report files' statements (class-balanced)
    print("\nthe place beside the text (a regression over the logit and the place, each file")
    print("fitted on the other report files), the same gates:")
    print("| features | found | false alarms | gained | lost | added false alarms |")
    print("|---|---|---|---|---|---|")
    p = np.clip(prob, 1e-6, 1 - 1e-6)
    logit = np.log(p / (1 - p))
    first = np.array([it.index == 0 for it in items], dtype=np.float64)
    after = np.array([v == "descriptive" for v in said_prev], dtype=np.float64)
    calls = np.array([it.field == "calls_to_action" for it in items], dtype=np.float64)
    y = np.array(truth, dtype=np.float64)
    ranked: dict[str, np.ndarray] = {"the regression's probability (shipped)": prob, **priors}
    for name, columns in (
        ("logit alone (recalibrated)", [logit]),
        ("logit + first of session", [logit, first]),
        ("logit + first + after a description + a call", [logit, first, after, calls]),
    ):
        x = np.column_stack(columns)
        stacked = prob.copy()
        for f in dict.fromkeys(it.file for it in items):
            mine = np.array([it.file == f for it in items])
            rows = np.flatnonzero(~mine)
            w, b = _fit(x[rows], y[rows])
            stacked[mine] = np.round(1.0 / (1.0 + np.exp(-(x[mine] @ w + b))), 4)
        ranked[name] = stacked
        now = verdicts(stacked)
        f2 = sum(s and t for s, t in zip(now, truth, strict=True))
        a2 = sum(s and not t for s, t in zip(now, truth, strict=True))
        gained = sum(n and not s and t for n, s, t in zip(now, said, truth, strict=True))
        lost = sum(s and not n and t for n, s, t in zip(now, said, truth, strict=True))
        added = sum(n and not s and not t for n, s, t in zip(now, said, truth, strict=True))
        print(f"| {name} | {f2}/{sum(truth)} | {a2} | {gained} | {lost} | {added} |")
    # free of calibration: the statements the patterns leave to the model ranked by each score,
    # the descriptions above the k-th false alarm
    left = [i for i, k in enumerate(kinds) if k.kind != "descriptive" and is_open[i]]
    todo = sum(truth[i] for i in left)
    print(f"\nranked (the {len(left)} statements open to the model, {todo} descriptions among")
    print("them): descriptions ranked above the 1st, 3rd, 6th and 11th false alarm")
    print("| score | fa 0 | fa 2 | fa 5 | fa 10 |")
    print("|---|---|---|---|---|")
    for name, score in ranked.items():
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
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation"))
    items = placed(base)
    table(items)
    if args.oof:
        oof(items, args.oof, patterns=not args.without_patterns)


if __name__ == "__main__":
    main()
