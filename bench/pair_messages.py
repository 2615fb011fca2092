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

from typing import Any

from common import entry
from grouping_terms import auc, before_check, by_file, core_pairs, each_theme, pair_features

from forum_messages.evaluation.material import Material
from forum_messages.nlp.base import Embedder
from forum_messages.synth.same_point import shipped_model

PAIR_BARS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
CORE_BAR = 0.5  # the check's core bar (``grouping.SAME_POINT``)


def record(material: Material, embedder: Embedder, params: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per (core, member) pair of the groups before the check."""
    point = {k: a.point for k, a in material.answers.items()}
    pair_model, core_model = shipped_model(), shipped_model(core=True)
    rows: list[dict[str, Any]] = []

    def look(r: Any, ids: list[str], x: Any, sessions: Any, result: Any) -> None:
        feats = pair_features(r, x)
        groups = before_check(result)
        for g in groups:
            members = core_pairs(x, g, lambda i: bool(point[ids[i]]))
            if not members:
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

    each_theme(material, embedder, params, look)
    return rows


def _auc(rows: list[dict[str, Any]], key: str) -> float:
    return auc([r["same"] for r in rows], [r[key] for r in rows])


def main(spec: str, paths: list[str]) -> int:
    per_file: dict[str, list[dict[str, Any]]] = by_file(spec, paths, record)
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
    entry(main, __doc__, fixed=1)
