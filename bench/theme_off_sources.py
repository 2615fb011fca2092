"""The off-point sources that sit in a theme the editor gives another point, with what the theme
step saw of each, and the statements the session vote moved (docs/quality.md, themes step 29).

Drafts each realistic report file with the real pipeline (the theme step given the parameters
on the command line as JSON, as ``NearestThemeAssigner``'s keyword arguments; none: the
defaults) and records the theme step's scores before and after the session vote. Prints:

- every off-point source (``realistic.impure_messages``) whose editor's theme is not its
  message's point's: its theme scores before the vote (its own reading) and after, its
  session's size, its own margin (best less second, before the vote), and its likeliest
  same-point partners of other sessions over the whole run (the shipped pair model), each with
  the theme the draft gave it and the editor's;
- every statement the vote moved (own reading's theme not the draft's), by whether the editor
  puts it in its own reading's theme (the vote was wrong) or the draft's (right), with what
  ``partners`` (the pair model's likeliest partners of other sessions and their themes) read;
- the counts of a few rules that would move a statement to another theme (the vote's move
  undone, the likeliest partners' theme), each as the statements it mends (the editor's theme)
  and breaks (from the editor's), and of the pipeline's own step (``theme_partners``, at the
  command line's ``partner_bar``, ``partner_needed`` and ``partner_movers``; else 0.8, 2 and
  "declared").

    cd bench && ../.venv/bin/python theme_off_sources.py '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import numpy as np
from common import entry, file_name
from grouping_terms import draft_with

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import impure_messages
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.decide import best_rows
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import pipeline, themes
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import PairFeatures, shipped_model
from forum_messages.synth.theme_partners import partner_themes

TOP = 3


def record(material: Material, embedder: Any, params: dict[str, Any]) -> dict[str, Any]:
    """The draft, and what its theme step was given and gave."""
    seen: dict[str, Any] = {}
    plain_run = themes.NearestThemeAssigner.run
    plain_voted = themes.NearestThemeAssigner._voted
    plain_aside = pipeline.themes_and_set_aside

    def run(self: Any, x: Any, declared: Any, *args: Any, **kw: Any) -> Any:
        for k, v in params.items():
            setattr(self, k, v)
        seen.update(x=np.asarray(x).copy(), declared=list(declared), kw=kw)
        out = plain_run(self, x, declared, *args, **kw)
        seen["themed"] = out
        return out

    def voted(self: Any, sims: Any, *args: Any) -> Any:
        seen["pre"] = np.asarray(sims).copy()
        out = plain_voted(self, sims, *args)
        seen["post"] = np.asarray(out).copy()
        return out

    def aside(corpus: Any, edition: Any, c: Any, x: Any, texts: Any, kinds: Any, *rest: Any):  # type: ignore[no-untyped-def]
        out = plain_aside(corpus, edition, c, x, texts, kinds, *rest)
        seen.update(texts=list(texts), kinds=list(kinds), reason=dict(out[1]))
        return out

    themes.NearestThemeAssigner.run = run  # type: ignore[method-assign]
    themes.NearestThemeAssigner._voted = voted  # type: ignore[method-assign]
    pipeline.themes_and_set_aside = aside  # type: ignore[assignment]
    try:
        seen["draft"] = draft_with(material, embedder, {})
    finally:
        themes.NearestThemeAssigner.run = plain_run  # type: ignore[method-assign]
        themes.NearestThemeAssigner._voted = plain_voted  # type: ignore[method-assign]
        pipeline.themes_and_set_aside = plain_aside  # type: ignore[assignment]
    return seen


def partners(
    seen: dict[str, Any], material: Material, rows: list[int]
) -> dict[int, list[tuple[float, int]]]:
    """Each row's ``TOP`` likeliest same-point partners of other sessions (not set aside), over
    the whole run: (pair-model probability, row)."""
    st = material.corpus.statements
    langs = seen["kw"]["languages"]
    feats = PairFeatures(
        seen["x"],
        TermEvidence(seen["texts"], langs),
        [s.kind for s in st],
        [k.attribution for k in seen["kinds"]],
    )
    model = shipped_model()
    out: dict[int, list[tuple[float, int]]] = {}
    live = [j for j in range(len(st)) if j not in seen["reason"]]
    for i in rows:
        others = [j for j in live if st[j].session != st[i].session]
        probs = model.probability(feats.pairs([(i, j) for j in others])).tolist()
        ranked = sorted(zip(probs, others, strict=True), key=lambda p: (-round(p[0], 6), p[1]))
        out[i] = ranked[:TOP]
    return out


def fmt(scores: Any, keys: list[str]) -> str:
    return " ".join(f"{k[:6]}={v:.3f}" for k, v in zip(keys, scores, strict=True))


def main(spec: str, paths: list[str]) -> int:
    given = json.loads(spec) if spec.strip() else {}
    step = {k: v for k, v in given.items() if k.startswith("partner_")}
    params = {k: v for k, v in given.items() if not k.startswith("partner_")}
    embedder = memo_for(USEEmbedder())
    totals: dict[str, Counter[str]] = {}
    for path in paths:
        name = file_name(path)
        material = load_material(path)
        seen = record(material, embedder, params)
        keys = list(material.edition.theme_keys())
        st = material.corpus.statements
        row = {s.id: i for i, s in enumerate(st)}
        final = seen["themed"].theme
        pre = seen.get("pre")
        post = seen.get("post")
        if pre is None:
            pre = post = np.zeros((len(st), len(keys)))
        own = best_rows(pre)
        size = Counter(s.session for s in st)
        gold = [material.theme_of(s.id) for s in st]
        draft = seen["draft"]
        off: list[int] = []  # the off sources of another theme
        for m in impure_messages(material, draft):
            mtheme = material.points[m.point].theme if m.point in material.points else None
            for s in m.sources:
                if s.point in material.points and material.points[s.point].theme != mtheme:
                    off.append(row[s.statement])
        moved = [
            i
            for i in range(len(st))
            if seen["declared"][i] is None and keys[own[i]] != final[i] and i not in seen["reason"]
        ]
        live = [i for i in range(len(st)) if i not in seen["reason"] and gold[i] is not None]
        near = partners(seen, material, live)
        count: Counter[str] = Counter()
        print(f"== {name}: {len(off)} off-point sources in another theme")
        for m in impure_messages(material, draft):
            mtheme = material.points[m.point].theme if m.point in material.points else None
            ids = [row[s.statement] for s in m.sources]
            if not any(i in off for i in ids):
                continue
            print(f"  message of {len(ids)}, point {m.point} (editor {mtheme}): {m.text[:90]}")
            for i in ids:
                if i not in off:
                    continue
                # which side the theme step put where the editor does not: the off source, or
                # the statements making the message's point (its theme is the draft's)
                wrong = "source" if final[i] != gold[i] else "the message's point"
                if wrong == "source":
                    how = (
                        "declared"
                        if seen["declared"][i]
                        else ("moved by the vote" if keys[own[i]] != final[i] else "own reading")
                    )
                else:
                    mine = [j for j in ids if material.answers[st[j].id].point == m.point]
                    how = (
                        "declared"
                        if all(seen["declared"][j] for j in mine)
                        else (
                            "moved by the vote"
                            if any(
                                keys[own[j]] != final[j] and not seen["declared"][j] for j in mine
                            )
                            else "own reading"
                        )
                    )
                count[f"off source in another theme: {wrong} misplaced, {how}"] += 1
            for i in ids:
                s = st[i]
                ranked = sorted(pre[i], reverse=True)
                print(
                    f"   {'XX' if i in off else '  '} {s.id} [{seen['kw']['languages'][i]}] session"
                    f" {s.session} ({size[s.session]}) declared {seen['declared'][i]} draft"
                    f" {final[i]} editor {gold[i]} own {keys[own[i]]} margin"
                    f" {ranked[0] - ranked[1]:.3f}"
                )
                print(f"        {seen['texts'][i][:110]}")
                print(f"        before the vote {fmt(pre[i], keys)}")
                if seen["declared"][i] is None:
                    print(f"        after the vote  {fmt(post[i], keys)}")
                for p, j in near.get(i, []):
                    print(
                        f"        partner {p:.2f} draft {final[j]} editor {gold[j]}"
                        f" declared {seen['declared'][j]}: {seen['texts'][j][:60]}"
                    )
        print(f"-- {name}: {len(moved)} statements the vote moved")
        for i in moved:
            ranked = sorted(pre[i], reverse=True)
            verdict = (
                "vote wrong"
                if gold[i] == keys[own[i]]
                else ("vote right" if gold[i] == final[i] else "neither")
            )
            ps = near.get(i, [])
            best_theme = final[ps[0][1]] if ps else None
            in_own = sum(final[j] == keys[own[i]] for _, j in ps)
            in_final = sum(final[j] == final[i] for _, j in ps)
            count[f"moved: {verdict}"] += 1
            print(
                f"  {verdict:10} {st[i].id} ({size[st[i].session]}) own {keys[own[i]]}"
                f" margin {ranked[0] - ranked[1]:.3f} draft {final[i]} editor {gold[i]}"
                f" best partner {ps[0][0] if ps else 0:.2f} in {best_theme};"
                f" top{TOP} in own {in_own}, in draft's {in_final}"
                f" {'OFF-SOURCE' if i in off else ''}"
            )
            print(f"     {seen['texts'][i][:110]}")
        for i in live:
            ranked = sorted(pre[i], reverse=True)
            ps = near.get(i, [])
            for rule, target in rules(
                ps, final, keys, pre[i], final[i], seen["declared"][i], keys[own[i]]
            ).items():
                if target is None or target == final[i]:
                    continue
                if final[i] == gold[i]:
                    count[f"{rule}: breaks"] += 1
                elif target == gold[i]:
                    count[f"{rule}: mends"] += 1
                else:
                    count[f"{rule}: neither"] += 1
                if i in off:
                    count[f"{rule}: moves an off source"] += 1
        # the pipeline's own step (``theme_partners``) at the settings of the command line's
        # "partner_bar", "partner_needed", "partner_movers" (else 0.8, 2, "declared")
        moves = partner_themes(
            seen["x"],
            final,
            seen["declared"],
            [s.session for s in st],
            [i for i in range(len(st)) if i not in seen["reason"]],
            seen["texts"],
            seen["kw"]["languages"],
            [s.kind for s in st],
            [k.attribution for k in seen["kinds"]],
            bar=float(step.get("partner_bar", 0.8)),
            needed=int(step.get("partner_needed", 2)),
            movers=str(step.get("partner_movers", "declared")),
        )
        for i, (key, _p) in sorted(moves.items()):
            who = "undeclared" if seen["declared"][i] is None else "declared"
            if gold[i] is None:
                verdict = "descriptive"
            elif final[i] == gold[i]:
                verdict = "breaks"
            else:
                verdict = "mends" if key == gold[i] else "neither"
            count[f"step ({who}): {verdict}"] += 1
            if i in off:
                count["step: moves an off source"] += 1
        # every source of a message of two or more whose own reading (before the vote) puts
        # another theme above the message's by ``m`` or more: off / right its point
        index = {k: t for t, k in enumerate(keys)}
        for t in draft.themes:
            for tp in t.topics:
                for msg in tp.messages:
                    ids = [row[src.statement] for src in msg.sources]
                    if len(ids) < 2:
                        continue
                    labels = [material.answers[st[i].id].point or "-" for i in ids]
                    top = Counter(sorted(labels)).most_common(1)[0][0]
                    for i, label in zip(ids, labels, strict=True):
                        lead = round(float(max(pre[i]) - pre[i][index[t.key]]), 6)
                        for m in (0.0, 0.02, 0.05, 0.1):
                            if lead > m:
                                count[f"source's own theme above by > {m}: off"] += label != top
                                count[f"source's own theme above by > {m}: right"] += label == top
                    count["sources of messages of two or more: off"] += sum(
                        label != top for label in labels
                    )
                    count["sources of messages of two or more: all"] += len(labels)
        totals[name] = count
    names = list(totals)
    print("\nmoved by the vote, and the rules that would send back (vote wrong / right / neither)")
    labels = sorted({k for c in totals.values() for k in c})
    for k in labels:
        print(k.ljust(44) + "".join(str(totals[n][k]).rjust(10) for n in names))
    print("".ljust(44) + "".join(n[-9:].rjust(10) for n in names))
    return 0


def rules(
    ps: list[tuple[float, int]],
    final: list[str],
    keys: list[str],
    pre: Any,
    drafted: str,
    declared: str | None,
    own: str,
) -> dict[str, str | None]:
    """Rules moving a statement to another theme: the theme each sends it to (None: stays)."""
    out: dict[str, str | None] = {}
    best = final[ps[0][1]] if ps else None
    p0 = ps[0][0] if ps else 0.0
    score = dict(zip(keys, pre, strict=True))
    top = max(pre)
    for bar in (0.5, 0.6, 0.7, 0.8, 0.9):
        # the vote's move undone when the likeliest partner sits in the own reading's theme
        out[f"A undeclared, vote back, partner >= {bar}"] = (
            own if declared is None and own != drafted and p0 >= bar and best == own else None
        )
        # to the likeliest partner's theme when it is the own reading's best
        out[f"B undeclared, partner >= {bar} in own best"] = (
            best if declared is None and p0 >= bar and best == own else None
        )
        out[f"C any, partner >= {bar} in own best"] = best if p0 >= bar and best == own else None
        for d in (0.02, 0.05):
            out[f"D undeclared, partner >= {bar}, within {d} of own best"] = (
                best
                if declared is None and best is not None and p0 >= bar and top - score[best] <= d
                else None
            )
            out[f"E declared, partner >= {bar}, within {d} of own best"] = (
                best
                if declared is not None
                and best is not None
                and p0 >= bar
                and top - score[best] <= d
                else None
            )
    for bar in (0.6, 0.7, 0.8, 0.9):
        for who, mine in (("F undeclared", declared is None), ("G declared", declared is not None)):
            # to the likeliest partner's theme, whatever the own reading
            out[f"{who}, partner >= {bar} elsewhere"] = best if mine and p0 >= bar else None
            # two of the likeliest partners at the bar in one other theme
            strong = Counter(final[j] for p, j in ps if p >= bar)
            two = [t for t, k in strong.items() if k >= 2 and t != drafted]
            out[f"{who}, two partners >= {bar} elsewhere"] = two[0] if mine and two else None
    return out


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
