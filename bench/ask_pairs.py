"""Whether "what a statement asks of whom" (``synth.ask``) tells statements of one point from
statements of two points on one subject (docs/quality.md, step 24).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and, in
each theme the pipeline made, reads the ask of every statement making a point. Two sets of
pairs, labelled by the editor's answers (one point or not):

- *theme pairs*: every pair of one theme from two sessions in one language at a cosine of
  ``FLOOR`` or more (statements on one subject);
- *check pairs*: a message's core (``point_check.core``) and each other member, in the groups
  as they were before the same-point check (where the check decides).

Prints, for each set, how the pairs fall in the ask's three answers (same / other / unknown)
and in the actor groups' (shared / disjoint / unknown) and call forms' (both calls / one / none),
one point against two; the AUC of the shipped pair model, of the ask alone and of the pair
model with the ask added (``p + w * ask``); then, per file, at the check's pairs with the pair
model below a few bars, how many wrong and right pairs the ask calls "other".

    cd bench && ../.venv/bin/python ask_pairs.py '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml
    cd bench && ../.venv/bin/python ask_pairs.py -v '' ...   # lists the check's pairs
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from common import entry
from grouping_terms import auc, before_check, by_file, core_pairs, each_theme, pair_features

from forum_messages.evaluation.material import Material
from forum_messages.nlp.base import Embedder
from forum_messages.synth import grouping
from forum_messages.synth.ask import OTHER, SAME, UNKNOWN, compare, overlap, read
from forum_messages.synth.evidence import content_terms
from forum_messages.synth.same_point import shipped_model

FLOOR = 0.35  # the cosine from which two statements of a theme are "on one subject"
WEIGHTS = (0.05, 0.1, 0.2)
BARS = (0.3, 0.4, 0.5, 0.6, 0.7)
PAIR_BAR = grouping.PAIR_BAR  # below it the check's own rule decides


def _actors(a: Any, b: Any) -> int:
    if not a.actors or not b.actors or a.language != b.language:
        return UNKNOWN
    return SAME if a.actors & b.actors else OTHER


def _cross(a: Any, b: Any, ta: frozenset[str], tb: frozenset[str]) -> int | None:
    """How many of each call's span stems the other statement uses anywhere (the larger of
    the two counts); None when neither is a call (or two languages)."""
    if a.language != b.language or not (a.call or b.call):
        return None
    return max(len(set(a.span) & tb), len(set(b.span) & ta))


def _form(a: Any, b: Any) -> int:
    return int(a.call) + int(b.call)


def record(material: Material, embedder: Embedder, params: dict[str, Any]) -> list[dict[str, Any]]:
    point = {k: a.point for k, a in material.answers.items()}
    pair_model, core_model = shipped_model(), shipped_model(core=True)
    rows: list[dict[str, Any]] = []

    def look(r: Any, ids: list[str], x: Any, sessions: Any, result: Any) -> None:
        groups = before_check(result)
        feats = pair_features(r, x)
        asks = [read(t, lang) for t, lang in zip(r.texts, r.langs, strict=True)]
        terms = [content_terms(t, lang) for t, lang in zip(r.texts, r.langs, strict=True)]
        unit = np.asarray(x, dtype=np.float64)
        sim = np.round(unit @ unit.T, 6)
        wanted: list[tuple[int, int, str, int]] = []
        for g in groups:
            pairs = core_pairs(x, g, lambda i: bool(point[ids[i]]))
            wanted.extend(("check", a, b, len(g)) for a, b in pairs)
        n = len(ids)
        for i in range(n):
            for j in range(i + 1, n):
                if not (point[ids[i]] and point[ids[j]]) or sessions[i] == sessions[j]:
                    continue
                if r.langs[i] == r.langs[j] and sim[i, j] >= FLOOR:
                    wanted.append(("theme", i, j, 0))
        if not wanted:
            return
        f = feats.pairs([(a, b) for _, a, b, _ in wanted])
        pp = pair_model.probability(f).tolist()
        cp = core_model.probability(f).tolist()
        for (kind, a, b, size), p, c in zip(wanted, pp, cp, strict=True):
            rows.append(
                {
                    "set": kind,
                    "size": size,
                    "same": point[ids[a]] == point[ids[b]],
                    "pair": p,
                    "core": c,
                    "ask": compare(asks[a], asks[b]),
                    "actors": _actors(asks[a], asks[b]),
                    "form": _form(asks[a], asks[b]),
                    "ov3": overlap(asks[a], asks[b], 3),
                    "ov6": overlap(asks[a], asks[b], 6),
                    "cross": _cross(asks[a], asks[b], terms[a], terms[b]),
                    "texts": (r.texts[a], r.texts[b]),
                    "read": (asks[a], asks[b]),
                    "points": (point[ids[a]], point[ids[b]]),
                }
            )

    each_theme(material, embedder, params, look)
    return rows


def _auc(rows: list[dict[str, Any]], score: Any) -> float:
    return auc([r["same"] for r in rows], [score(r) for r in rows])


def _split(rows: list[dict[str, Any]], key: str, values: dict[int, str]) -> str:
    cells = []
    for v, label in values.items():
        chosen = [r for r in rows if r[key] == v]
        same = sum(r["same"] for r in chosen)
        cells.append(f"{label} {same}/{len(chosen) - same}")
    return ", ".join(cells)


def main(spec: str, paths: list[str], verbose: bool) -> int:
    per_file: dict[str, list[dict[str, Any]]] = by_file(spec, paths, record)
    everything = [r for rows in per_file.values() for r in rows]
    asks = {SAME: "same", OTHER: "other", UNKNOWN: "unknown"}
    forms = {2: "both calls", 1: "one call", 0: "no call"}
    for label, chosen in (
        ("theme pairs", [r for r in everything if r["set"] == "theme"]),
        (
            "check pairs, messages of two",
            [r for r in everything if r["set"] == "check" and r["size"] == 2],
        ),
        (
            "check pairs, three or more",
            [r for r in everything if r["set"] == "check" and r["size"] > 2],
        ),
    ):
        wrong = sum(not r["same"] for r in chosen)
        print(f"== {label}: {len(chosen)} pairs, {wrong} of two points (one point/two points)")
        print(f"  ask: {_split(chosen, 'ask', asks)}")
        print(f"  actors: {_split(chosen, 'actors', asks)}")
        print(f"  form: {_split(chosen, 'form', forms)}")
        line = f"  AUC pair model {_auc(chosen, lambda r: r['pair']):.3f}, ask alone "
        line += f"{_auc(chosen, lambda r: r['ask']):.3f}, actors alone "
        line += f"{_auc(chosen, lambda r: r['actors']):.3f}"
        for w in WEIGHTS:
            line += f", pair + {w} ask {_auc(chosen, lambda r, w=w: r['pair'] + w * r['ask']):.3f}"
        print(line)
        for key in ("ov3", "ov6", "cross"):
            known = [r for r in chosen if r[key] is not None]
            zero = [r for r in known if r[key] == 0]
            zs = sum(r["same"] for r in zero)
            ks = sum(r["same"] for r in known)
            print(
                f"  {key}: read on {ks}/{len(known) - ks}, none shared {zs}/{len(zero) - zs}, "
                f"AUC where read {_auc(known, lambda r, k=key: r[k]):.3f} (pair model there "
                f"{_auc(known, lambda r: r['pair']):.3f}), pair + 0.1 * min(it, 2) "
                f"{_auc(known, lambda r, k=key: r['pair'] + 0.1 * min(r[k], 2)):.3f}"
            )
    rules = {
        "ask other": lambda r: r["ask"] == OTHER,
        "spans share none": lambda r: r["ov6"] == 0,
        "spans share none, two": lambda r: r["ov6"] == 0 and r["size"] == 2,
        "spans share none, two, pair model at the check's pair bar or more (the rule)": (
            lambda r: r["ov6"] == 0 and r["size"] == 2 and r["pair"] >= PAIR_BAR
        ),
    }
    for rule, test in rules.items():
        print(f"\ncheck pairs where {rule}, wrong/right, per file (pair model below the bar):")
        print("bar".ljust(12) + "".join(n[:14].rjust(16) for n in per_file) + "all".rjust(8))
        _rule_table(per_file, test)
    _verbose(per_file, verbose)
    counts = Counter(r["set"] for r in everything)
    print(f"\n{counts['theme']} theme pairs, {counts['check']} check pairs")
    return 0


def _rule_table(per_file: dict[str, list[dict[str, Any]]], test: Any) -> None:
    for bar in BARS:
        cells = []
        total = [0, 0]
        for rows in per_file.values():
            hit = [r for r in rows if r["set"] == "check" and r["pair"] < bar and test(r)]
            w = sum(not r["same"] for r in hit)
            total[0] += w
            total[1] += len(hit) - w
            cells.append(f"{w}/{len(hit) - w}")
        print(
            f"< {bar}".ljust(12)
            + "".join(c.rjust(16) for c in cells)
            + f"{total[0]}/{total[1]}".rjust(8)
        )


def _verbose(per_file: dict[str, list[dict[str, Any]]], verbose: bool) -> None:
    asks = {SAME: "same", OTHER: "other", UNKNOWN: "unknown"}
    if verbose:
        for name, rows in per_file.items():
            print(f"\n== {name}")
            for r in rows:
                if r["set"] != "check":
                    continue
                a, b = r["read"]
                mark = "  " if r["same"] else "XX"
                print(
                    f"{mark} size {r['size']} pair {r['pair']:.2f} core {r['core']:.2f} "
                    f"ask {asks[r['ask']]:7} spans share {r['ov6']} "
                    f"| {r['points'][0][:22]} / {r['points'][1][:22]}"
                )
                for t, k in zip(r["texts"], (a, b), strict=True):
                    print(
                        f"     [{'call' if k.call else '----'} {','.join(sorted(k.actors)):18}"
                        f" {k.action} / {k.object}] {t[:100]}"
                    )


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("-v",))
