"""Messages of two: how well the same-point signals tell a pair making one point from two
sessions making two points on one subject (docs/quality.md, step 16).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
takes each theme's message groups as they were before the same-point check took any source
out. For every group, the pairs its core (``point_check.core``) makes with each other member
that makes a point are labelled by the editor's answers (one point or not) and scored by the
plain cosine, the shipped pair model and the shipped core model. Prints, for the groups of
two and for the larger ones, the pairs, the wrong ones and each signal's AUC, then, for the
groups of two, how many wrong and right pairs each bar of the pair model alone and of both
models (the check's rule) would dissolve, per file.

    cd bench && ../.venv/bin/python pair_messages.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import json
import sys
from typing import Any

from grouping_terms import auc, draft_with, grouper_run, theme_part

from forum_messages.evaluation.material import Material, load_material
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.point_check import core
from forum_messages.synth.same_point import PairFeatures, shipped_model

PAIR_BARS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
CORE_BAR = 0.5  # the check's core bar (``grouping.SAME_POINT``)


def record(material: Material, embedder: Embedder, params: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (core, member) pair of the groups before the check."""
    point = {k: a.point for k, a in material.answers.items()}
    pair_model, core_model = shipped_model(), shipped_model(core=True)
    plain = grouping.ThresholdGrouper.run
    rows: list[dict[str, Any]] = []

    def run(self: grouping.ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        # the theme's statements are read in the pipeline's method that calls the grouper
        r = theme_part()
        ids = [st.id for st in r.statements]
        result = plain(self, x, sessions, *rest)
        groups = result.before[0] if result.before is not None else result.groups
        feats = PairFeatures(
            x, TermEvidence(r.texts, r.langs), [st.kind for st in r.statements], r.attribution
        )
        for g in groups:
            centre = core(x, g)
            members = [(centre, i) for i in g if i != centre and point[ids[i]]]
            if len(g) < 2 or not point[ids[centre]] or not members:
                continue
            f = feats.pairs(members)
            for (a, b), fe, p, c in zip(
                members,
                f,
                pair_model.probability(f).tolist(),
                core_model.probability(f).tolist(),
                strict=True,
            ):
                rows.append(
                    {
                        "size": len(g),
                        "same": point[ids[a]] == point[ids[b]],
                        "cosine": float(fe[0]),
                        "pair": p,
                        "core": c,
                    }
                )
        return result

    with grouper_run(run):
        draft_with(material, embedder, params)
    return rows


def _auc(rows: list[dict[str, Any]], key: str) -> float:
    return auc([r["same"] for r in rows], [r[key] for r in rows])


def main(spec: str, paths: list[str]) -> int:
    params = json.loads(spec) if spec.strip() else {}
    embedder = memo_for(USEEmbedder())
    per_file: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        per_file[name] = record(load_material(path), embedder, params)
    everything = [r for rows in per_file.values() for r in rows]
    for label, chosen in (
        ("messages of two", [r for r in everything if r["size"] == 2]),
        ("messages of three or more", [r for r in everything if r["size"] > 2]),
    ):
        wrong = sum(not r["same"] for r in chosen)
        print(
            f"{label}: {len(chosen)} core-member pairs, {wrong} wrong; AUC cosine "
            f"{_auc(chosen, 'cosine'):.3f}, pair model {_auc(chosen, 'pair'):.3f}, "
            f"core model {_auc(chosen, 'core'):.3f}"
        )
    print("\nmessages of two dissolved (wrong/right pairs), per file:")
    print("rule".ljust(26) + "".join(n[:12].rjust(13) for n in per_file) + "all".rjust(8))

    def line(label: str, test: Any) -> None:
        cells = []
        total = [0, 0]
        for rows in per_file.values():
            two = [r for r in rows if r["size"] == 2 and test(r)]
            w = sum(not r["same"] for r in two)
            total[0] += w
            total[1] += len(two) - w
            cells.append(f"{w}/{len(two) - w}")
        print(
            label.ljust(26)
            + "".join(c.rjust(13) for c in cells)
            + f"{total[0]}/{total[1]}".rjust(8)
        )

    line("both (pair < 0.4)", lambda r: r["pair"] < 0.4 and r["core"] < CORE_BAR)
    for bar in PAIR_BARS:
        line(f"pair model < {bar}", lambda r, b=bar: r["pair"] < b)
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1], sys.argv[2:]))
