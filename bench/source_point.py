"""Each message's sources read against the message's point: what tells a source off the point
from one that makes it (docs/quality.md, step 41).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults),
records each theme's statements, vectors and the shipped pair model's features, and reads
every source of every message of two or more sources but the one its text is taken from (the
*shown* source: the message's visible text is that statement's, less any frame). A source is
*off* when the editor gives it another point than the shown source (as
``realistic.impure_messages`` counts), *right* otherwise. For each source:

- ``shown``: the pair model's probability with the shown source (the visible text);
- ``mean``: its mean probability with every other source of the message;
- ``cos``: the cosine of its vector with the mean of the other sources' vectors;
- ``next`` / ``next_cos``: the same two read against each other message of two or more of
  its theme, the highest of each (0 and -1 with none), and the margins ``mean - next`` and
  ``cos - next_cos``;
- ``terms``: the rarity-weighted term cosine with the shown source, and ``shared``: whether
  it shares a content term with any other source of the message in its language;
- ``shown_core`` / ``shown_large``: the check's model and the large model with the shown
  source (the models that detach sources of messages of two, and of three or more);
- ``topics apart``: whether the vocabulary's policy topics (``topic_vocab.topics_found``) are
  found in it and in the shown source and none in both (``point_check.off_topics`` reads it
  against the core);
- ``lang``: whether another source is in its language; ``sibling``: whether its session has
  another statement among the sources.

With ``--list`` every off source is printed with its message's text and its siblings (the
development files are the ones to read: the others' misses are scored, not tuned on; with
``SOURCE_POINT_DUMP`` set, every reading is written there as JSON). Then,
for each reading, the area under the ROC curve (off against right; 0.5 is chance) and the
sources a bar would take, off / right, per file; for each reading the bar below which no
right source of the development files (``dev-*``) lies, and what it takes on the other files;
and a logistic regression on every reading, fitted on the development files' sources and
read on the others: the sources it ranks most likely off, off / right, as its bar goes down.

    cd bench && ../.venv/bin/python source_point.py '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml --list
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import numpy as np
from common import entry, file_name, row, write_json
from grouping_terms import auc, each_theme, pair_features

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import _source_of_text
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.same_point import PairFeatures, shipped_model

DECIMALS = 6

# (name, reading): readings where an off source should read lower
READINGS = (
    ("shown", "shown"),
    ("mean", "mean"),
    ("shown, the check's model", "shown_core"),
    ("shown, the large model", "shown_large"),
    ("cos", "cos"),
    ("margin (mean - next)", "margin"),
    ("margin (cos - next_cos)", "margin_cos"),
    ("terms with the shown", "terms"),
)
#: what the fitted combination reads: every reading, then three yes-or-no ones
FITTED = tuple(key for _, key in READINGS)
FLAGS = ("large", "lang", "sibling")
#: how many sources the combination's bar takes on the development files, in turn
TOP = (1, 2, 3, 4, 5, 6, 8, 10)

# (label, test): the rules whose off / right counts are printed
RULES: tuple[tuple[str, Callable[[dict[str, Any]], bool]], ...] = (
    ("shown < 0.5", lambda r: r["shown"] < 0.5),
    ("shown < 0.3", lambda r: r["shown"] < 0.3),
    ("margin < 0", lambda r: r["margin"] < 0),
    ("margin < -0.1", lambda r: r["margin"] < -0.1),
    ("margin < -0.2", lambda r: r["margin"] < -0.2),
    ("margin_cos < 0", lambda r: r["margin_cos"] < 0),
    ("margin_cos < -0.05", lambda r: r["margin_cos"] < -0.05),
    ("margin < 0 and shown < 0.5", lambda r: r["margin"] < 0 and r["shown"] < 0.5),
    ("margin_cos < 0 and shown < 0.5", lambda r: r["margin_cos"] < 0 and r["shown"] < 0.5),
    ("no shared term and shown < 0.5", lambda r: not r["shared"] and r["shown"] < 0.5),
    ("topics apart", lambda r: r["topics_apart"]),
    ("topics apart and shown < 0.5", lambda r: r["topics_apart"] and r["shown"] < 0.5),
    ("topics apart and shown < 0.3", lambda r: r["topics_apart"] and r["shown"] < 0.3),
    ("topics apart and large < 0.5", lambda r: r["topics_apart"] and r["shown_large"] < 0.5),
    ("3+, margin < 0", lambda r: r["size"] >= 3 and r["margin"] < 0),
    (
        "3+, terms < 0.12 and mean < 0.5",
        lambda r: r["size"] >= 3 and r["terms"] < 0.12 and r["mean"] < 0.5,
    ),
    (
        "2, terms < 0.12 and shown < 0.7",
        lambda r: r["size"] == 2 and r["terms"] < 0.12 and r["shown"] < 0.7,
    ),
)


def _unit_mean(x: Any, rows: list[int]) -> Any:
    """The mean of ``rows`` of ``x``, scaled to unit length (a message's direction)."""
    v = np.asarray(x[rows], dtype=np.float64).mean(axis=0)
    n = float(np.linalg.norm(v))
    return v / n if n else v


def source_reading(
    prob: dict[str, float], shown: str, cos: float, elsewhere: list[tuple[float, float]]
) -> dict[str, float]:
    """A source's readings from the pair model's probability with each other source of its
    message (``prob``, by statement; ``shown`` among them), its cosine with the others' mean
    direction (``cos``), and, for each other message of its theme, its mean probability with
    that message's sources and its cosine with their direction (``elsewhere``). With no other
    message the next is 0 for the mean and -1 for the cosine (the margins are then as large as
    they can be)."""
    mean = round(float(np.mean(list(prob.values()))), DECIMALS)
    nxt = max((p for p, _ in elsewhere), default=0.0)
    nxt_cos = max((c for _, c in elsewhere), default=-1.0)
    return {
        "shown": round(prob[shown], DECIMALS),
        "mean": mean,
        "cos": round(cos, DECIMALS),
        "next": nxt,
        "next_cos": nxt_cos,
        "margin": round(mean - nxt, DECIMALS),
        "margin_cos": round(cos - nxt_cos, DECIMALS),
    }


def topics(text: str) -> frozenset[int]:
    """The vocabulary's policy topics found in ``text``."""
    from forum_messages.synth.topic_match import prepare
    from forum_messages.synth.topic_vocab import topics_found

    return frozenset(topics_found(prepare(text)))


def read_file(
    material: Material, embedder: Embedder, params: dict[str, Any]
) -> list[dict[str, Any]]:
    """One reading (a dict) per source but the shown one of each message of two or more
    sources of the material's draft (the messages whose sources the grouper of one theme
    read)."""
    model = shipped_model()
    check, large = shipped_model(core=True), shipped_model(large=True)
    where: dict[str, tuple[int, int]] = {}  # statement -> (theme's capture, row)
    captures: list[tuple[Any, PairFeatures]] = []  # each theme's vectors and pair features

    def look(part: Any, ids: list[str], x: Any, sessions: Any, result: Any) -> None:
        for i, sid in enumerate(ids):
            where[sid] = (len(captures), i)
        captures.append((x, pair_features(part, x)))

    draft = each_theme(material, embedder, params, look)
    answers = material.answers
    texts = {st.id: st.text for st in material.corpus.statements}
    sess = {st.id: st.session for st in material.corpus.statements}
    messages = [m for t in draft.themes for tp in t.topics for m in tp.messages]
    read = [[r.statement for r in m.sources] for m in messages]
    theme = [
        where[ids[0]][0]
        if all(i in where for i in ids) and len({where[i][0] for i in ids}) == 1
        else None
        for ids in read
    ]
    out: list[dict[str, Any]] = []
    for m, ids, k in zip(messages, read, theme, strict=True):
        if len(ids) < 2 or k is None:
            continue
        x, feats = captures[k]
        ev = feats.evidence
        at = {i: where[i][1] for i in ids}
        shown = _source_of_text(m, texts)
        point = answers[shown].point or "(descriptive)"
        others = [
            [where[i][1] for i in o]
            for o, j in zip(read, theme, strict=True)
            if j == k and len(o) >= 2 and o is not ids
        ]
        for s in ids:
            if s == shown:
                continue
            rest = [i for i in ids if i != s]
            prob = model.probability(feats.pairs([(at[s], at[o]) for o in rest])).tolist()
            elsewhere = [
                (
                    round(
                        float(np.mean(model.probability(feats.pairs([(at[s], o) for o in g])))),
                        DECIMALS,
                    ),
                    round(float(np.dot(x[at[s]], _unit_mean(x, g))), DECIMALS),
                )
                for g in others
            ]
            cos = float(np.dot(x[at[s]], _unit_mean(x, [at[o] for o in rest])))
            to_shown = feats.pairs([(at[shown], at[s])], check.names + large.names)
            own = answers[s].point or "(descriptive)"
            lang = ev.languages[at[s]]
            mine, theirs = topics(texts[s]), topics(texts[shown])
            out.append(
                {
                    "message": m.id,
                    "text": m.text,
                    "source": texts[s],
                    "off": own != point or point == "(descriptive)",
                    "point": point,
                    "own": own,
                    "size": len(ids),
                    **source_reading(dict(zip(rest, prob, strict=True)), shown, cos, elsewhere),
                    "shown_core": round(float(check.probability(to_shown)[0]), DECIMALS),
                    "shown_large": round(float(large.probability(to_shown)[0]), DECIMALS),
                    "terms": ev.cosine(at[s], at[shown]),
                    "shared": any(ev.terms[at[s]] & ev.terms[at[o]] for o in rest),
                    "topics_apart": bool(mine and theirs and not mine & theirs),
                    "large": len(ids) >= 3,
                    "lang": any(ev.languages[at[o]] == lang for o in rest),
                    "sibling": any(sess[o] == sess[s] for o in rest),
                    "siblings": [(round(p, 3), texts[o]) for o, p in zip(rest, prob, strict=True)],
                }
            )
    return out


def taken(rows: list[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> str:
    """The sources ``test`` takes, as "off/right"."""
    got = [r for r in rows if test(r)]
    off = sum(r["off"] for r in got)
    return f"{off}/{len(got) - off}"


def clean_bar(rows: list[dict[str, Any]], key: str) -> float | None:
    """The highest value of reading ``key`` at or below which no right source of ``rows``
    lies (None: the lowest value is a right source's)."""
    right = {r[key] for r in rows if not r["off"]}
    bar = None
    for value in sorted({r[key] for r in rows}):
        if value in right:
            break
        bar = value
    return bar


def every_source(r: dict[str, Any]) -> bool:
    """Every source (the rule that counts them all)."""
    return True


def fitted_ranking(
    train: list[dict[str, Any]], held: list[dict[str, Any]], tops: tuple[int, ...] = TOP
) -> tuple[float, list[tuple[int, str, str]]]:
    """A logistic regression on ``FITTED`` and ``FLAGS`` fitted on ``train`` (off against
    right); its area under the ROC curve on ``held``, and for each of ``tops``, the bar that
    takes that many of ``train``'s sources: what it takes there and on ``held``, off/right."""
    from sklearn.linear_model import LogisticRegression

    def features(rows: list[dict[str, Any]]) -> Any:
        return np.asarray(
            [[float(r[k]) for k in FITTED] + [float(r[k]) for k in FLAGS] for r in rows]
        )

    fit = LogisticRegression(max_iter=1000).fit(features(train), [r["off"] for r in train])
    own = np.round(fit.predict_proba(features(train))[:, 1], DECIMALS)
    other = np.round(fit.predict_proba(features(held))[:, 1], DECIMALS)
    score = auc([r["off"] for r in held], other.tolist())
    out = []
    order = np.sort(own)[::-1]
    for top in tops:
        bar = float(order[min(top, len(order)) - 1])
        mine = [r for r, p in zip(train, own, strict=True) if p >= bar]
        theirs = [r for r, p in zip(held, other, strict=True) if p >= bar]
        out.append((top, taken(mine, every_source), taken(theirs, every_source)))
    return score, out


def _listing(r: dict[str, Any]) -> None:
    print(f"\n  {r['message']} size {r['size']} point {r['point']} / source {r['own']}")
    print(f"    text: {r['text'][:150]}")
    print(
        f"    OFF  shown {r['shown']:.2f} (check {r['shown_core']:.2f}, large "
        f"{r['shown_large']:.2f}) mean {r['mean']:.2f} cos {r['cos']:.2f} next {r['next']:.2f} "
        f"margin {r['margin']:+.2f} margin_cos {r['margin_cos']:+.2f} terms {r['terms']:.2f} "
        f"lang {int(r['lang'])} sibling {int(r['sibling'])}: {r['source'][:150]}"
    )
    for p, t in r["siblings"]:
        print(f"         {p:.2f} {t[:150]}")


def main(spec: str, paths: list[str], listing: bool) -> int:
    params = json.loads(spec) if spec.strip() else {}
    embedder = memo_for(USEEmbedder())
    rows: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        name = file_name(path)
        rows[name] = read = read_file(load_material(path), embedder, params)
        off = [r for r in read if r["off"]]
        print(f"== {name}: {len(off)} off of {len(read)} sources read")
        for r in off if listing else ():
            _listing(r)
    dump = os.environ.get("SOURCE_POINT_DUMP")
    if dump:
        write_json(dump, rows, ascii_only=False)
    names = list(rows)
    every = [r for n in names for r in rows[n]]
    dev = [r for n in names if n.startswith("dev-") for r in rows[n]]
    other = [r for n in names if not n.startswith("dev-") for r in rows[n]]
    cell = 12
    print("\nreading (AUC, off against right; 0.5: chance)")
    row("", [n[:10] for n in names] + ["all"], 36, cell)
    for label, key in READINGS:
        cells = []
        for got in [*(rows[n] for n in names), every]:
            score = auc([r["off"] for r in got], [-r[key] for r in got])
            cells.append("-" if score != score else f"{score:.2f}")
        row(label, cells, 36, cell)
    print()
    row("rule, off / right taken", [n[:10] for n in names] + ["all"], 36, cell)
    for label, test in RULES:
        row(label, [taken(rows[n], test) for n in names] + [taken(every, test)], 36, cell)
    row(
        "off, of all read",
        [taken(rows[n], every_source) for n in names] + [taken(every, every_source)],
        36,
        cell,
    )
    if not dev or not other or not 0 < sum(r["off"] for r in dev) < len(dev):
        return 0
    print("\nthe bar below which no right source of the development files lies, and what it")
    print("takes on the development files / the others, off/right:")
    for label, key in READINGS:
        bar = clean_bar(dev, key)
        if bar is None:
            print(f"  {label}: none (the lowest is a right source's)")
            continue
        kept = taken(dev, lambda r, k=key, b=bar: r[k] <= b)
        print(f"  {label}: {bar:.3f}, {kept} / {taken(other, lambda r, k=key, b=bar: r[k] <= b)}")
    score, table = fitted_ranking(dev, other)
    print(f"\nevery reading together, fitted on the development files (others' AUC {score:.2f});")
    print("the bar taking the top k development sources, off/right there / on the others:")
    for top, mine, theirs in table:
        print(f"  top {top}: {mine} / {theirs}")
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("--list",))
