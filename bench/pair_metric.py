"""A learned weighting of the embedding's dimensions for "one point", against the plain
cosine (docs/quality.md, step 19).

Drafts each realistic report file with the real pipeline, keeping what its message grouper is
given for each theme (``grouping_stability.themes``), and takes every pair of a theme's
statements from two sessions, both making a point, at a cosine of ``FLOOR`` or more, and every
pair a message's core makes with another member before the same-point check. A logistic
regression over the element-wise product of the two unit vectors and their cosine (a
diagonal metric: which dimensions agree when two statements make one point rather than share a
subject) is fitted leave one file out at several strengths ``C``; the AUC of each, and of the
cosine, on all those pairs, on the core-member pairs of messages of two and on those of larger
messages.

    cd bench && ../.venv/bin/python pair_metric.py \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

from typing import Any

import numpy as np
from common import entry
from grouping_stability import themes
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from forum_messages.evaluation.material import load_material
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.point_check import core
from forum_messages.synth.settings import Settings

FLOOR = 0.25
STRENGTHS = (0.1, 1.0, 10.0)
SCALE = 10.0  # the products are small: scaled before the fit


def pairs(recorded: list[dict[str, Any]], point: dict[str, str | None]) -> list[dict[str, Any]]:
    """The labelled pairs of every theme (see the module's docstring)."""
    s = Settings()
    out: list[dict[str, Any]] = []
    for t in recorded:
        x = np.asarray(t["x"], dtype=np.float64)
        result = ThresholdGrouper(s.message_distance, s.min_sessions, s.attach_similarity).run(
            t["x"],
            t["sessions"],
            TermEvidence(t["texts"], t["langs"]),
            t["kinds"],
            t["attributions"],
        )
        groups = result.before[0] if result.before is not None else result.groups
        size: dict[tuple[int, int], int] = {}
        for g in groups:
            c = core(t["x"], g)
            size.update(((min(c, i), max(c, i)), len(g)) for i in g if i != c)
        said = [point.get(i) for i in t["ids"]]
        for a in range(len(x)):
            for b in range(a + 1, len(x)):
                if t["sessions"][a] == t["sessions"][b] or not said[a] or not said[b]:
                    continue
                cos = float(x[a] @ x[b])
                if cos < FLOOR and (a, b) not in size:
                    continue
                out.append(
                    {
                        "file": t["file"],
                        "x": np.concatenate([x[a] * x[b], [cos]]),
                        "same": said[a] == said[b],
                        "size": size.get((a, b), 0),
                    }
                )
    return out


def main(paths: list[str]) -> int:
    recorded = themes(paths)
    point = {k: a.point for p in paths for k, a in load_material(p).answers.items()}
    rows = pairs(recorded, point)
    files = list(dict.fromkeys(r["file"] for r in rows))
    sets = {
        "similar pairs of a theme": rows,
        "core-member, messages of two": [r for r in rows if r["size"] == 2],
        "core-member, larger messages": [r for r in rows if r["size"] > 2],
    }
    print("pairs".ljust(30) + "count".rjust(7) + "wrong".rjust(7) + "cosine".rjust(8), end="")
    print("".join(f"C={c}".rjust(9) for c in STRENGTHS))
    scores: dict[float, dict[int, float]] = {}
    for c in STRENGTHS:
        scores[c] = {}
        for name in files:
            train = [r for r in rows if r["file"] != name]
            test = [r for r in rows if r["file"] == name]
            lr = LogisticRegression(C=c, max_iter=3000)
            lr.fit(np.stack([r["x"] for r in train]) * SCALE, [r["same"] for r in train])
            got = lr.predict_proba(np.stack([r["x"] for r in test]) * SCALE)[:, 1]
            scores[c].update((id(r), float(p)) for r, p in zip(test, got, strict=True))
    for label, chosen in sets.items():
        y = [r["same"] for r in chosen]
        cells = [roc_auc_score(y, [r["x"][-1] for r in chosen])]
        cells += [roc_auc_score(y, [scores[c][id(r)] for r in chosen]) for c in STRENGTHS]
        print(
            label.ljust(30)
            + f"{len(chosen):7d}{sum(not v for v in y):7d}"
            + "".join(f"{v:9.3f}" if i else f"{v:8.3f}" for i, v in enumerate(cells))
        )
    return 0


if __name__ == "__main__":
    entry(main, __doc__)
