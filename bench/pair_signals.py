"""Signals for "this source makes its message's point", read on the messages before the
same-point check (docs/quality.md, step 19).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
takes each theme's message groups as they were before the same-point check took any source
out. Every pair a group's core (``point_check.core``) makes with another member, both
making a point, is labelled by the editor's answers (one point or not) and read by:

- ``cosine``, the shipped ``pair``, ``core`` and ``large`` models (``synth/same_point.py``);
- ``rare<=k``: how many content terms the two share (one language: terms are compared within
  one) that occur in at most ``k`` of the theme's statements: two sessions making one point
  share the point's own words, two points on one subject share the subject's common ones;
- ``margin``: the pair's cosine less the best cosine either has with a third statement of
  another session (how far the pair stands out from each member's next neighbour);
- ``others``: for a member of a group of three or more, the mean probability of the large
  model against the group's other members instead of its core;
- ``elsewhere``: how much nearer (cosine) the member is to a statement of another session in
  another theme than to its core (a statement put in the wrong theme has its partners there;
  its AUC is printed for the negated value, ``-elsewhere``).

Prints, for the groups of two and for the larger ones (same-language pairs in brackets), the
pairs, the wrong ones and each signal's AUC; then the AUC of a core model that also reads
``rare<=4`` (fitted on the development files' pairs as ``same_point.py`` fits, development
files scored out of fold); then what the check's rule (that model below a bar and the pair
model below ``PAIR_BAR``) would take out against the check as it is (the core model for
groups of two, the large model for larger ones), wrong / right, and which pairs differ.
Before that, for every statement in no message (left alone, or taken out by the check), the
message whose core the pair model gives it the highest probability (among those without its
session): how many would join at each bar, and how many of those to a core of their point.

    cd bench && ../.venv/bin/python pair_signals.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

from typing import Any

import numpy as np
from common import entry, file_name
from grouping_terms import auc, draft_with, grouper_params, grouper_run, theme_part
from same_point import DEV
from sklearn.linear_model import LogisticRegression

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.decide import decision_scores
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.point_check import core
from forum_messages.synth.same_point import PairFeatures, shipped_model

RARE = (3, 4, 5)  # document frequencies up to which a shared term counts as rare
PAIR_BAR = 0.4  # the check's pair-model bar (``grouping.PAIR_BAR``)
CORE_BAR = 0.5  # the check's core bar (``grouping.SAME_POINT``)
MODEL = ("cosine", "terms", "one_language", "rare<=4")  # the candidate core model's features
LONE_BARS = (0.8, 0.7, 0.6, 0.5)  # pair-model bars at which a statement alone would join


def record(
    name: str, path: str, embedder: Embedder, params: dict[str, Any], lone: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One row per (core, member) pair of the groups before the check, both making a point;
    ``lone`` gets one per statement left out of every message, making a point."""
    material = load_material(path)
    point = {k: a.point for k, a in material.answers.items()}
    pair_model = shipped_model()
    core_model, large_model = shipped_model(core=True), shipped_model(large=True)
    plain = grouping.ThresholdGrouper.run
    rows: list[dict[str, Any]] = []
    seen: list[tuple[Any, list[str]]] = []  # each theme's vectors and sessions

    def run(self: grouping.ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        # the theme's statements are read in the pipeline's method that calls the grouper
        r = theme_part()
        ids = [st.id for st in r.statements]
        result = plain(self, x, sessions, *rest)
        groups = result.before[0] if result.before is not None else result.groups
        after = {tuple(sorted(g)) for g in result.groups}
        evidence = TermEvidence(r.texts, r.langs)
        df: dict[tuple[str, str], int] = {}
        for terms in evidence.terms:
            for t in terms:
                df[t] = df.get(t, 0) + 1
        feats = PairFeatures(x, evidence, [st.kind for st in r.statements], r.attribution)
        sim = decision_scores(x, x)
        theme = len(seen)
        seen.append((np.asarray(x), list(sessions)))
        for g in groups:
            centre = core(x, g)
            members = [i for i in g if i != centre and point[ids[i]]]
            if len(g) < 2 or not point[ids[centre]] or not members:
                continue
            every = [(a, b) for a in g for b in g if a != b]
            f_all = feats.pairs(every)
            large_all = dict(zip(every, large_model.probability(f_all).tolist(), strict=True))
            f = feats.pairs([(centre, i) for i in members])
            probs = zip(
                pair_model.probability(f).tolist(),
                core_model.probability(f).tolist(),
                large_model.probability(f).tolist(),
                strict=True,
            )
            for i, fe, (p, c, la) in zip(members, f, probs, strict=True):
                shared = evidence.terms[centre] & evidence.terms[i]
                third = [
                    float(sim[a, k])
                    for a in (centre, i)
                    for k in range(len(ids))
                    if k not in (centre, i) and sessions[k] != sessions[a]
                ]
                others = [large_all[(o, i)] for o in g if o not in (centre, i)]
                rows.append(
                    {
                        "file": name,
                        "size": len(g),
                        "same": point[ids[centre]] == point[ids[i]],
                        "points": (point[ids[centre]], point[ids[i]]),
                        "one_language": bool(fe[4]),
                        "kept": tuple(sorted(g)) in after,
                        "cosine": float(fe[0]),
                        "terms": float(fe[3]),
                        "pair": p,
                        "core": c,
                        "large": la,
                        **{f"rare<={k}": sum(df[t] <= k for t in shared) for k in RARE},
                        "margin": round(float(fe[0]) - max(third, default=0.0), 6),
                        "others": float(np.mean(others)) if others else la,
                        "at": (theme, i),
                    }
                )
        # each statement left alone (or taken out by the check), against the core of the
        # message (after the check) without its session that the pair model likes best
        cores = [(core(x, g), g) for g in result.groups]
        for i in result.alone:
            near = [c for c, g in cores if all(sessions[o] != sessions[i] for o in g)]
            if not point[ids[i]] or not near:
                continue
            chance = pair_model.probability(feats.pairs([(c, i) for c in near])).tolist()
            best = max(range(len(near)), key=lambda k: (chance[k], -k))
            lone.append(
                {
                    "file": name,
                    "pair": chance[best],
                    "same": point[ids[i]] == point[ids[near[best]]],
                    "detached": i in result.detached,
                }
            )
        return result

    with grouper_run(run):
        draft_with(material, embedder, params)
    # how much nearer the member is to a statement of another session in another theme than
    # to its core (a statement the theme step put in the wrong theme has its partners there)
    for row in rows:
        theme, i = row.pop("at")
        x, sessions = seen[theme]
        elsewhere = [
            y[[k for k in range(len(y)) if other[k] != sessions[i]]]
            for t, (y, other) in enumerate(seen)
            if t != theme
        ]
        stacked = np.concatenate(elsewhere) if elsewhere else np.zeros((0, x.shape[1]))
        best = float(decision_scores(stacked, x[i]).max()) if len(stacked) else -1.0
        row["elsewhere"] = round(best - row["cosine"], 6)
    return rows


def _auc(rows: list[dict[str, Any]], score: Any) -> float:
    return auc([r["same"] for r in rows], [score(r) for r in rows])


def _fit(rows: list[dict[str, Any]]) -> Any:
    """A logistic regression over ``MODEL`` (standardised, as ``same_point.fit``): returns the
    probability function."""
    x = np.asarray([[r[n] for n in MODEL] for r in rows], dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=1.0, max_iter=2000).fit((x - mean) / scale, [r["same"] for r in rows])

    def prob(r: dict[str, Any]) -> float:
        z = (np.asarray([r[n] for n in MODEL], dtype=np.float64) - mean) / scale
        return round(float(lr.predict_proba(z[None, :])[0, 1]), 6)

    return prob


def main(spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    rows: list[dict[str, Any]] = []
    lone: list[dict[str, Any]] = []
    for path in paths:
        name = file_name(path)
        rows.extend(record(name, path, embedder, params, lone))
    sizes = (("groups of two", 2, 2), ("groups of three or more", 3, 10**9))
    signals = ["cosine", "pair", "core", "large", *(f"rare<={k}" for k in RARE), "margin"]
    signals.append("-elsewhere")
    for label, low, high in sizes:
        chosen = [r for r in rows if low <= r["size"] <= high]
        one = [r for r in chosen if r["one_language"]]
        print(
            f"{label}: {len(chosen)} core-member pairs ({len(one)} in one language), "
            f"{sum(not r['same'] for r in chosen)} ({sum(not r['same'] for r in one)}) wrong"
        )
        for s in signals + (["others"] if low > 2 else []):
            sign, key = (-1.0, s[1:]) if s.startswith("-") else (1.0, s)
            a = _auc(chosen, lambda r, k=key, m=sign: m * r[k])
            b = _auc(one, lambda r, k=key, m=sign: m * r[k])
            print(f"  AUC {s:10} {a:.3f} ({b:.3f})")
    print("\nstatements in no message, joined to the likeliest message by the pair model:")
    for bar in LONE_BARS:
        joined = [r for r in lone if r["pair"] >= bar]
        print(
            f"  at {bar} or more: {len(joined)} of {len(lone)}, "
            f"{sum(r['same'] for r in joined)} to a message of their point "
            f"({sum(r['detached'] for r in joined)} taken out by the check; wrong in: "
            + ", ".join(sorted({r["file"] for r in joined if not r["same"]}))
            + ")"
        )
    # the candidate core model: development files out of fold, the others by all of them
    dev = [n for n in DEV if any(r["file"] == n for r in rows)]
    full = _fit([r for r in rows if r["file"] in dev]) if dev else None
    prob: dict[int, float] = {}
    for name in dict.fromkeys(r["file"] for r in rows):
        model = _fit([r for r in rows if r["file"] in dev and r["file"] != name])
        model = model if name in dev else full
        for r in rows:
            if r["file"] == name and model is not None:
                prob[id(r)] = model(r)
    if not prob:
        return 0
    print(f"\ncore model reading {', '.join(MODEL)} (development files out of fold):")
    for label, low, high in sizes:
        chosen = [r for r in rows if low <= r["size"] <= high]
        now = _auc(chosen, lambda r: r["core"]), _auc(chosen, lambda r: r["large"])
        print(
            f"  {label}: AUC {_auc(chosen, lambda r: prob[id(r)]):.3f} against core "
            f"{now[0]:.3f}, large {now[1]:.3f}"
        )
    print(f"\ntaken out (wrong/right) with the pair model below {PAIR_BAR}:")
    for label, low, high in sizes:
        chosen = [r for r in rows if low <= r["size"] <= high]
        now_key = "core" if high == 2 else "large"
        now = [r for r in chosen if r[now_key] < CORE_BAR and r["pair"] < PAIR_BAR]
        for bar in (0.5, 0.6):
            new = [r for r in chosen if prob[id(r)] < bar and r["pair"] < PAIR_BAR]

            def count(s: list[dict[str, Any]]) -> str:
                return f"{sum(not r['same'] for r in s)}/{sum(r['same'] for r in s)}"

            def names(s: list[dict[str, Any]]) -> str:
                return ", ".join(
                    f"{'wrong' if not r['same'] else 'right'} {r['file']}:{r['points'][0]}"
                    for r in s
                )

            gained = [r for r in new if r not in now]
            lost = [r for r in now if r not in new]
            print(
                f"  {label}, below {bar}: {count(new)} against {count(now)} now"
                + (f"; also {names(gained)}" if gained else "")
                + (f"; no longer {names(lost)}" if lost else "")
            )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
