"""Where each off-point source joined its message, and what splitting a message would do
(docs/quality.md, step 39).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
records, for every theme, the grouper's messages and how each member got in:

- *clustered*: the average-linkage cluster made it a member;
- *attached*: a statement alone after the clustering that joined the nearest message
  (``attach_similarity``);
- *rejoined*: a part of a message split because one session spoke twice in it
  (``siblings.rejoin``) that joined another part again.

Each message of the draft with a source off its point (the editor gives the source another
point than the statement the message's text is taken from, as ``realistic.impure_messages``
counts) is listed with its sources, and every off source is classed by the first that fits:

- *theme*: the editor puts the source in another theme than the message's point (the theme
  step's mistake, not the grouping's);
- *description or attribution*: the kinds step let it through as a point;
- *one session*: a one-session message kept by salience (the grouper made no message of it);
- *attached* / *rejoined*: it joined after the clustering, as above;
- *two languages*: no other source in its language;
- *same session*: its session has another statement among the sources;
- *two*: a message of two sessions (the other half of a pair on one subject);
- *three or more, apart*: a larger message in whose dendrogram (average linkage on the
  message's own members, the grouper's similarity) the source and the core sit in the two
  parts of the last merge: the clustering joined two sub-groups;
- *three or more, with the core*: the source sits in the core's part of that last merge.

Each off source is also placed by where its own point is in the draft (``PLACES``, the first
that fits; quality step 64): a message of two sources or more whose text is taken from a
statement of that point, a message of one source, other messages holding that point's
statements without making it, or no message (statements of other sessions left out of the
draft, or none); a description has no point.

Then, for every message of three or more, the readings of step 39 (``point_check.split_two``):
the two parts of the last merge, the pair model's mean probability across them and within
them, and whether the editor's answers part the message the same way (each part's majority
point differs, and the smaller part holds no statement of the larger part's point).

    cd bench && ../.venv/bin/python off_point_origin.py '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any

import numpy as np
from grouping_terms import draft_with, grouper_run, theme_part

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import _source_of_text, impure_messages
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping, point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import PairFeatures, shipped_model

CLASSES = (
    "theme",
    "description or attribution",
    "one session",
    "attached",
    "rejoined",
    "two languages",
    "same session",
    "two",
    "three or more, apart",
    "three or more, with the core",
)

#: Where an off source's own point is in the draft (``place``).
PLACES = (
    "its point's message, two sources or more",
    "its point's message, one source",
    "its point's statements in other messages",
    "no message, other sessions left out",
    "no message, no other session",
    "a description",
)


def place(
    material: Material, made: dict[str, list[list[str]]], sid: str, message: list[str]
) -> str:
    """The first of ``PLACES`` that fits the off source ``sid`` of ``message`` (its
    statements' ids); ``made``: each point the draft's messages make (the point of the
    statement each text is taken from) -> those messages' statements."""
    own = material.answers[sid].point
    if not own:
        return PLACES[5]
    there = [m for m in made.get(own, []) if sorted(m) != sorted(message)]
    if there:
        return PLACES[0] if max(len(m) for m in there) > 1 else PLACES[1]
    sess = {st.id: st.session for st in material.corpus.statements}
    placed = {i for ms in made.values() for m in ms for i in m}
    mates = [i for i, a in material.answers.items() if a.point == own and i != sid]
    if any(i in placed and i not in message for i in mates):
        return PLACES[2]
    if any(i not in placed and sess[i] != sess[sid] for i in mates):
        return PLACES[3]
    return PLACES[4]


def record(
    material: Material, embedder: Embedder, params: dict[str, Any]
) -> tuple[Any, dict[frozenset[str], dict[str, Any]]]:
    """The draft, and each message of two or more the grouper returned (by its statements'
    ids): how each member got in, its core, the pair model's probabilities, the last merge."""
    pair_model = shipped_model()
    plain = grouping.ThresholdGrouper.run
    plain_rejoin = grouping.rejoin
    seen: dict[frozenset[str], dict[str, Any]] = {}

    def run(self: grouping.ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        r = theme_part()
        ids = [st.id for st in r.statements]
        rejoined: set[int] = set()

        def rejoin(xd: Any, part: list[int], *args: Any) -> Any:
            k = plain_rejoin(xd, part, *args)
            if k is not None:
                rejoined.update(part)
            return k

        grouping.rejoin = rejoin  # type: ignore[assignment]
        try:
            result = plain(self, x, sessions, *rest)
        finally:
            grouping.rejoin = plain_rejoin  # type: ignore[assignment]
        feats = PairFeatures(
            x, TermEvidence(r.texts, r.langs), [st.kind for st in r.statements], r.attribution
        )
        for g in result.groups:
            if len(g) < 2:
                continue
            centre = point_check.core(x, g)
            pairs = [(a, b) for a in g for b in g if a != b]
            pp = dict(zip(pairs, pair_model.probability(feats.pairs(pairs)).tolist(), strict=True))
            parts = point_check.last_merge(x, g) if len(g) > 2 else ([g[0]], [g[1]])
            seen[frozenset(ids[i] for i in g)] = {
                "core": ids[centre],
                "pair": {(ids[a], ids[b]): p for (a, b), p in pp.items()},
                "origin": {
                    ids[i]: "attached"
                    if i in result.attached
                    else "rejoined"
                    if i in rejoined
                    else "clustered"
                    for i in g
                },
                "parts": tuple([ids[i] for i in p] for p in parts),
                "lang": {ids[i]: r.langs[i] for i in g},
            }
        return result

    with grouper_run(run):
        draft = draft_with(material, embedder, params)
    return draft, seen


def classify(
    material: Material, info: dict[str, Any] | None, sid: str, ids: list[str], theme_off: bool
) -> str:
    """The first class of ``CLASSES`` that fits the off source ``sid`` of a message ``ids``."""
    a = material.answers[sid]
    if theme_off:
        return "theme"
    if a.descriptive or a.attribution:
        return "description or attribution"
    if info is None:
        return "one session"
    origin = info["origin"][sid]
    if origin != "clustered":
        return origin
    others = [o for o in ids if o != sid]
    if all(info["lang"][o] != info["lang"][sid] for o in others):
        return "two languages"
    sess = {st.id: st.session for st in material.corpus.statements}
    if any(sess[o] == sess[sid] for o in others):
        return "same session"
    if len(ids) == 2:
        return "two"
    small, large = info["parts"]
    core_side = small if info["core"] in small else large
    return "three or more, with the core" if sid in core_side else "three or more, apart"


def split_readings(material: Material, seen: dict[frozenset[str], dict[str, Any]]) -> list[dict]:
    """Each message of three or more: its last merge's two parts, the pair model across and
    within them, and whether the editor parts it there."""
    answers = material.answers
    sess = {st.id: st.session for st in material.corpus.statements}
    out = []
    for ids, info in seen.items():
        if len(ids) < 3:
            continue
        a, b = info["parts"]
        p = info["pair"]
        across = float(np.mean([p[(i, j)] for i in a for j in b]))
        within = [p[(i, j)] for part in (a, b) for i in part for j in part if i < j]
        point = {i: answers[i].point or "(descriptive)" for i in ids}
        top = [Counter(point[i] for i in sorted(part)).most_common(1)[0][0] for part in (a, b)]
        editor = top[0] != top[1] and not {point[i] for i in a} & {point[i] for i in b}
        whole = Counter(point[i] for i in sorted(ids)).most_common(1)[0][0]
        out.append(
            {
                "across": round(across, 3),
                "within": round(min(within), 3) if within else 1.0,
                "sessions": tuple(len({sess[i] for i in part}) for part in (a, b)),
                "sizes": (len(a), len(b)),
                "editor": editor,
                "impure": any(point[i] != whole for i in ids),
            }
        )
    return out


def support_readings(
    material: Material, seen: dict[frozenset[str], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each source but the core of each message of three or more: whether it is off the
    message's majority point, its mean pair-model probability with the other sources
    (``mean``), with the core (``core``), and whether it is the least supported source."""
    answers = material.answers
    out: list[dict[str, Any]] = []
    for ids, info in seen.items():
        if len(ids) < 3:
            continue
        point = {i: answers[i].point or "(descriptive)" for i in ids}
        top = Counter(point[i] for i in sorted(ids)).most_common(1)[0][0]
        p, c = info["pair"], info["core"]
        means = {s: round(float(np.mean([p[(s, o)] for o in ids if o != s])), 6) for s in ids}
        least = min((means[s], s) for s in sorted(ids) if s != c)[1]
        for s in sorted(ids - {c}):
            out.append(
                {
                    "wrong": point[s] != top,
                    "mean": means[s],
                    "core": p[(c, s)],
                    "least": s == least,
                    "size": len(ids),
                }
            )
    return out


def sibling_readings(
    material: Material, seen: dict[frozenset[str], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each source of a message whose session has another statement among the sources (a
    session's takeaway beside its call): whether it is off the message's majority point, its
    highest and mean pair-model probability with the other sessions' sources, and whether it
    is the less supported (by that mean) of its session's statements there."""
    answers = material.answers
    sess = {st.id: st.session for st in material.corpus.statements}
    out: list[dict[str, Any]] = []
    for ids, info in seen.items():
        point = {i: answers[i].point or "(descriptive)" for i in ids}
        top = Counter(point[i] for i in sorted(ids)).most_common(1)[0][0]
        p = info["pair"]
        by: dict[str, list[str]] = {}
        for i in sorted(ids):
            by.setdefault(sess[i], []).append(i)
        for own in by.values():
            if len(own) < 2:
                continue
            read = {}
            for s in own:
                others = [o for o in ids if sess[o] != sess[s]]
                read[s] = (
                    round(float(np.mean([p[(s, o)] for o in others])), 6),
                    max(p[(s, o)] for o in others),
                )
            least = min((read[s][0], s) for s in own)[1]
            for s in own:
                out.append(
                    {
                        "wrong": point[s] != top,
                        "mean": read[s][0],
                        "best": read[s][1],
                        "least": s == least,
                        "core": s == info["core"],
                    }
                )
    return out


def main(spec: str, paths: list[str]) -> int:
    params = json.loads(spec) if spec.strip() else {}
    embedder = memo_for(USEEmbedder())
    table: dict[str, Counter[str]] = {}
    places: dict[str, Counter[str]] = {}
    splits: dict[str, list[dict]] = {}
    support: dict[str, list[dict[str, Any]]] = {}
    siblings: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        material = load_material(path)
        draft, seen = record(material, embedder, params)
        points = material.points
        counts: Counter[str] = Counter()
        where: Counter[str] = Counter()
        texts = {st.id: st.text for st in material.corpus.statements}
        made: dict[str, list[list[str]]] = {}
        for t in draft.themes:
            for tp in t.topics:
                for msg in tp.messages:
                    shown = material.answers[_source_of_text(msg, texts)].point
                    if shown:
                        made.setdefault(shown, []).append([r.statement for r in msg.sources])
        impure = impure_messages(material, draft)
        count = sum(len(tp.messages) for t in draft.themes for tp in t.topics)
        print(f"== {name}: {len(impure)} of {count} messages with a source off its point")
        for m in impure:
            ids = [s.statement for s in m.sources]
            info = seen.get(frozenset(ids))
            theme = points[m.point].theme if m.point in points else None
            parts = (
                ""
                if info is None
                else " parts "
                + " | ".join(",".join(str(ids.index(i)) for i in part) for part in info["parts"])
            )
            print(f"\n{m.message} size {len(ids)}{parts} point {m.point}: {m.text[:100]}")
            for k, s in enumerate(m.sources):
                wrong = s.point != m.point or s.point == "(descriptive)"
                cls = ""
                if wrong:
                    off_theme = s.point in points and points[s.point].theme != theme
                    cls = classify(material, info, s.statement, ids, off_theme)
                    counts[cls] += 1
                    where[place(material, made, s.statement, ids)] += 1
                origin = "-" if info is None else info["origin"][s.statement][:4]
                core = info is not None and info["core"] == s.statement
                pair = (
                    ""
                    if info is None
                    else " ".join(
                        f"{info['pair'][(s.statement, o)]:.2f}" for o in ids if o != s.statement
                    )
                )
                print(
                    f"  {'XX' if wrong else '  '} {k} {'core' if core else origin:5} "
                    f"{s.session[:12]:12} pair {pair:15} {cls:28} {s.point[:22]:22} {s.text[:70]}"
                )
        table[name] = counts
        places[name] = where
        splits[name] = split_readings(material, seen)
        support[name] = support_readings(material, seen)
        siblings[name] = sibling_readings(material, seen)
        print()
    names = list(table)
    print(
        "off-point sources by class".ljust(30)
        + "".join(n[:12].rjust(14) for n in names)
        + "all".rjust(6)
    )
    for c in CLASSES:
        row = [table[n][c] for n in names]
        print(c.ljust(30) + "".join(str(v).rjust(14) for v in row) + str(sum(row)).rjust(6))
    total = [sum(table[n].values()) for n in names]
    print("all".ljust(30) + "".join(str(v).rjust(14) for v in total) + str(sum(total)).rjust(6))
    print("\noff-point sources by where their own point is:")
    for c in PLACES:
        row = [places[n][c] for n in names]
        print(c[:40].ljust(42) + "".join(str(v).rjust(14) for v in row) + str(sum(row)).rjust(6))
    print("\nmessages of three or more, the last merge's parts (editor parts them there / not):")
    for bar in (0.1, 0.2, 0.3, 0.4):
        for need in (1, 2):
            cells = []
            for n in names:
                hit = [r for r in splits[n] if r["across"] < bar and min(r["sessions"]) >= need]
                e = sum(r["editor"] for r in hit)
                cells.append(f"{e}/{len(hit) - e}")
            label = f"across < {bar}, parts of {need}+ sessions"
            print(label.ljust(30) + "".join(c.rjust(14) for c in cells))
    cells = [f"{sum(r['editor'] for r in splits[n])}/{len(splits[n])}" for n in names]
    print("editor parts there, of all".ljust(30) + "".join(c.rjust(14) for c in cells))
    print("\nmessages of three or more, the least supported source (mean pair model with the")
    print("others) taken out, off / right the message's majority point:")
    for bar in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
        for core_floor in (0.0, 0.4):
            cells = []
            for n in names:
                hit = [
                    r
                    for r in support[n]
                    if r["least"] and r["mean"] < bar and r["core"] >= core_floor
                ]
                w = sum(r["wrong"] for r in hit)
                cells.append(f"{w}/{len(hit) - w}")
            label = f"mean < {bar}" + (f", core >= {core_floor}" if core_floor else "")
            print(label.ljust(30) + "".join(c.rjust(14) for c in cells))
    cells = [f"{sum(r['wrong'] for r in support[n])}/{len(support[n])}" for n in names]
    print("off the point, of all".ljust(30) + "".join(c.rjust(14) for c in cells))
    print("\na session's statements in one message, the less supported by the other sessions")
    print("(mean pair model; not the core) taken out, off / right the majority point:")
    for bar in (0.2, 0.3, 0.4, 0.5, 0.6):
        for key in ("mean", "best"):
            cells = []
            for n in names:
                hit = [r for r in siblings[n] if r["least"] and not r["core"] and r[key] < bar]
                w = sum(r["wrong"] for r in hit)
                cells.append(f"{w}/{len(hit) - w}")
            print(f"{key} < {bar}".ljust(30) + "".join(c.rjust(14) for c in cells))
    cells = [f"{sum(r['wrong'] for r in siblings[n])}/{len(siblings[n])}" for n in names]
    print("off the point, of all".ljust(30) + "".join(c.rjust(14) for c in cells))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1], sys.argv[2:]))
