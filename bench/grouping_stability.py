"""How the message grouping of a theme moves when the theme's statements change
(docs/quality.md, step 19).

Drafts each realistic report file with the real pipeline, keeping what its message grouper is
given for each theme (vectors, sessions, texts, languages, kinds, attribution marks), then
groups each theme again:

- ``order``: the same statements in another order (four shuffles): the grouping should not
  depend on it;
- ``drop``: a twelfth of the theme's statements left out (four draws);
- ``add``: as many statements of the file's other themes put in (four draws), as when the
  theme step moves statements between themes.

For each, the messages of the reference grouping that hold none of the statements left out
(``drop``), and the new grouping's messages without the statements put in (``add``), are
compared: how many of them are not made again exactly, and the adjusted Rand index of the
messages on the statements both runs share (a statement in no message counts as its own
group). Each with the grouper as it is, without the same-point check (``same_point`` 0), and
without the split of sessions speaking twice as well (``siblings`` None); the grouper's
parameters on the command line as JSON are applied to all three.

    cd bench && ../.venv/bin/python grouping_stability.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np
from common import entry, file_name
from grouping_terms import draft_with, grouper_run, theme_part
from sklearn.metrics import adjusted_rand_score

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.settings import Settings

DRAWS = 4
SHARE = 12  # one statement in this many is left out or put in
VARIANTS = {
    "as it is": {},
    "no same-point check": {"same_point": 0},
    "no check, no split": {"same_point": 0, "siblings": None},
}
KEYS = ("sessions", "texts", "langs", "kinds", "attributions", "ids")


def themes(paths: list[str]) -> list[dict[str, Any]]:
    """Each theme's grouper inputs, as the pipeline gives them."""
    embedder = memo_for(USEEmbedder())
    out: list[dict[str, Any]] = []
    plain = grouping.ThresholdGrouper.run
    current = [""]

    def run(self: grouping.ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        r = theme_part()
        out.append(
            {
                "file": current[0],
                "x": np.array(x),
                "sessions": list(sessions),
                "texts": list(r.texts),
                "langs": list(r.langs),
                "kinds": [st.kind for st in r.statements],
                "attributions": list(r.attribution),
                "ids": [st.id for st in r.statements],
            }
        )
        return plain(self, x, sessions, *rest)

    with grouper_run(run):
        for path in paths:
            current[0] = file_name(path)
            draft_with(load_material(path), embedder, {})
    return out


def messages(t: dict[str, Any], rows: list[int], params: dict[str, Any]) -> list[frozenset[str]]:
    """The theme's messages (statement ids) when grouped on ``rows`` in that order."""
    s = Settings()
    g = grouping.ThresholdGrouper(
        s.message_distance, s.min_sessions, s.attach_similarity, seed=s.seed, **params
    )
    texts, langs = [t["texts"][i] for i in rows], [t["langs"][i] for i in rows]
    evidence = TermEvidence(texts, langs) if g.wants_terms(len(rows)) else None
    result = g.run(
        t["x"][rows],
        [t["sessions"][i] for i in rows],
        evidence,
        [t["kinds"][i] for i in rows],
        [t["attributions"][i] for i in rows],
    )
    return [frozenset(t["ids"][rows[i]] for i in group) for group in result.groups]


def _ari(a: list[frozenset[str]], b: list[frozenset[str]], shared: set[str]) -> float:
    """ARI of two groupings on ``shared`` (a statement in no message: a group of its own)."""
    order = sorted(shared)

    def labels(groups: list[frozenset[str]]) -> list[str]:
        where = {s: str(k) for k, g in enumerate(groups) for s in g}
        return [where.get(s, "alone " + s) for s in order]

    return float(adjusted_rand_score(labels(a), labels(b)))


def compare(
    base: list[frozenset[str]], got: list[frozenset[str]], left: set[str], put: set[str]
) -> tuple[int, int, float]:
    """Messages of ``base`` holding nothing of ``left`` that ``got`` (less ``put``) does not
    make again, how many were compared, and the ARI on the statements both share."""
    got = [g - put for g in got if g - put]
    untouched = [g for g in base if not g & left]
    again = set(got)
    shared = {s for g in base for s in g} | {s for g in got for s in g}
    return sum(g not in again for g in untouched), len(untouched), _ari(base, got, shared - left)


def main(spec: str, paths: list[str]) -> int:
    common = json.loads(spec) if spec.strip() else {}
    recorded = themes(paths)
    print(f"{len(recorded)} themes, {sum(len(t['ids']) for t in recorded)} statements")
    print("variant".ljust(22) + "".join(f"{p:>26}" for p in ("order", "drop", "add")))
    for variant, extra in VARIANTS.items():
        params = {**common, **extra}
        totals = {p: [0, 0, []] for p in ("order", "drop", "add")}
        for k, t in enumerate(recorded):
            n = len(t["ids"])
            every = list(range(n))
            base = messages(t, every, params)
            others = [
                (j, i)
                for j, u in enumerate(recorded)
                if u["file"] == t["file"] and j != k
                for i in range(len(u["ids"]))
            ]
            for draw in range(DRAWS):
                rng = np.random.default_rng(draw)
                size = max(1, n // SHARE)
                runs: dict[str, tuple[list[frozenset[str]], set[str], set[str]]] = {}
                shuffled = [int(i) for i in rng.permutation(n)]
                runs["order"] = (messages(t, shuffled, params), set(), set())
                left = {int(i) for i in rng.choice(n, size=size, replace=False)}
                kept = [i for i in every if i not in left]
                runs["drop"] = (messages(t, kept, params), {t["ids"][i] for i in left}, set())
                if others:
                    picked = [others[int(i)] for i in rng.choice(len(others), size=size)]
                    picked = list(dict.fromkeys(picked))
                    u = {
                        key: list(t[key]) + [recorded[j][key][i] for j, i in picked] for key in KEYS
                    }
                    u["x"] = np.concatenate(
                        [t["x"], *(recorded[j]["x"][i : i + 1] for j, i in picked)]
                    )
                    put = {recorded[j]["ids"][i] for j, i in picked}
                    runs["add"] = (messages(u, list(range(len(u["ids"]))), params), set(), put)
                for p, (got, gone, put) in runs.items():
                    changed, compared, ari = compare(base, got, gone, put)
                    totals[p][0] += changed
                    totals[p][1] += compared
                    totals[p][2].append(ari)
        cells = [
            f"{c}/{m} changed, ARI {np.mean(a):.3f}" if m else "-" for c, m, a in totals.values()
        ]
        print(variant.ljust(22) + "".join(f"{c:>26}" for c in cells))
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
