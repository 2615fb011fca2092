"""Every source off its message's point, with what the check could read of it (docs/quality.md,
step 27).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and, for
each message of two sources or more, records what the same-point check sees: the message's
core (``point_check.core``), the shipped pair model's probability of every pair of its
sources, the core (or, from three sources, the large) model's probability of each source
against the core, and each statement's ask (``synth.ask``). A source is *off its point* when
the editor gives it another point than the statement the message's text is taken from (as
``realistic.impure_messages`` counts). Prints:

- every off-point source: the message's size, the kinds of its sources (``C`` a call: a call
  to action or a statement with a call form; ``F`` a finding: a point with no call form;
  ``O`` other: a description or an attribution), the source's language, its pair-model
  probability to the core and to each other source, the check's model against the core, and
  how many ask stems it shares with each other source (``-``: not both calls in one language);
- a table of classes and counts, each off-point source classed by the first that fits:
  *theme* (the editor puts it in another theme), *other* (a description or an attribution),
  *two languages* (no other source in its language), *same session*, then by size (*two* or
  *three or more*) and what meets (*call+call*, *finding+call*, *finding+finding*);
- for messages of three or more, every source (right and wrong) by its *leave-one-out*
  reading: its highest pair-model probability to any other source, and whether its ask shares
  a stem with any other's, and the *rest* reading (``point_check.off_rest``): the off / right
  counts of those rules at a few bars, and of the sources the draft's own ``rest_off`` rule
  took out;
- for every source of every message, how far its likeliest partner outside the message (the
  pair model, another session's statement of the theme) beats its likeliest inside;
- for messages of two of a call and a finding, how many of the call's ask stems the finding
  uses, one point against two.

    cd bench && ../.venv/bin/python off_point_sources.py '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from common import counts_table, entry, file_name, row
from grouping_terms import each_theme, grouper_params, majority, pair_features, replaced

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import impure_messages
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping, point_check
from forum_messages.synth.ask import overlap, read
from forum_messages.synth.evidence import content_terms
from forum_messages.synth.point_check import core
from forum_messages.synth.same_point import shipped_model


def _kind(call: bool, kind: str, descriptive: bool, attribution: bool) -> str:
    if descriptive or attribution:
        return "O"
    return "C" if call or kind == "call_to_action" else "F"


def record(
    material: Material, embedder: Embedder, params: dict[str, Any]
) -> dict[frozenset[str], dict[str, Any]]:
    """What the check sees of each message of two sources or more, by its statements' ids."""
    pair_model = shipped_model()
    core_model, large_model = shipped_model(core=True), shipped_model(large=True)
    seen: dict[frozenset[str], dict[str, Any]] = {}
    taken: list[tuple[list[str], list[str]]] = []  # by the rest rule: (message, taken out)
    rows_taken: list[tuple[list[int], list[int]]] = []  # the same in the theme being grouped
    plain_rest = point_check.off_rest

    def off_rest(rows: list[int], *args: Any) -> list[int]:
        was = list(rows)
        out = plain_rest(rows, *args)
        if out:
            rows_taken.append((was, out))
        return out

    def look(r: Any, ids: list[str], x: Any, sessions: Any, result: Any) -> None:
        taken.extend(([ids[i] for i in was], [ids[i] for i in out]) for was, out in rows_taken)
        rows_taken.clear()
        feats = pair_features(r, x)
        for g in result.groups:
            if len(g) < 2:
                continue
            centre = core(x, g)
            pairs = [(a, b) for a in g for b in g if a != b]
            f = feats.pairs(pairs)
            pp = dict(zip(pairs, pair_model.probability(f).tolist(), strict=True))
            judge = large_model if len(g) > 2 else core_model
            cp = dict(zip(pairs, judge.probability(f).tolist(), strict=True))
            lp = dict(zip(pairs, large_model.probability(f).tolist(), strict=True))
            kp = dict(zip(pairs, core_model.probability(f).tolist(), strict=True))
            # each member's likeliest partner outside the message (another session's)
            away: dict[str, float] = {}
            for m in g:
                out = [(m, j) for j in range(len(ids)) if j not in g and sessions[j] != sessions[m]]
                probs = pair_model.probability(feats.pairs(out)).tolist() if out else [0.0]
                away[ids[m]] = max(probs)
            seen[frozenset(ids[i] for i in g)] = {
                "core": ids[centre],
                "pair": {(ids[a], ids[b]): p for (a, b), p in pp.items()},
                "check": {ids[b]: cp[(centre, b)] for b in g if b != centre},
                "large": {(ids[a], ids[b]): p for (a, b), p in lp.items()},
                "core_model": {(ids[a], ids[b]): p for (a, b), p in kp.items()},
                "ask": {ids[i]: read(r.texts[i], r.langs[i]) for i in g},
                "lang": {ids[i]: r.langs[i] for i in g},
                "kind": {ids[i]: r.statements[i].kind for i in g},
                "away": away,
                "terms": {ids[i]: content_terms(r.texts[i], r.langs[i]) for i in g},
            }

    with replaced(point_check, "off_rest", off_rest):  # only the grouper calls it
        draft = each_theme(material, embedder, params, look)
    seen["__draft__"] = {"draft": draft, "taken": taken}  # type: ignore[index]
    return seen


def classify(info: dict[str, Any], material: Material, sid: str, others: list[str]) -> str:
    answers = material.answers
    a = answers[sid]
    if a.descriptive or a.attribution:
        return "other"
    lang = info["lang"]
    if all(lang[o] != lang[sid] for o in others):
        return "two languages"
    sess = {st.id: st.session for st in material.corpus.statements}
    if any(sess[o] == sess[sid] for o in others):
        return "same session"
    size = "two" if len(others) == 1 else "three or more"
    mine = _kind(info["ask"][sid].call, info["kind"][sid], False, False)
    theirs = {
        _kind(info["ask"][o].call, info["kind"][o], answers[o].descriptive, answers[o].attribution)
        for o in others
    }
    if mine == "C" and theirs <= {"C", "O"}:
        what = "call+call"
    elif mine == "F" and theirs <= {"F", "O"}:
        what = "finding+finding"
    else:
        what = "finding+call"
    return f"{size}, {what}"


#: Rules for the sources of messages of three or more, each over a source's leave-one-out
#: reading (``_leave_one_out``): the pair model's probability with the core (``core``), its
#: highest with any other source (``best``), the lowest of the other sources' with the core
#: (``tie``), whether its ask shares a stem with another's (``stem``), whether the rest rests
#: on two sessions (``sessions``).
RULES: dict[str, Any] = {
    **{
        f"best < {b}, no stem": (lambda r, b=b: r["best"] < b and not r["stem"])
        for b in (0.3, 0.4, 0.5, 0.6)
    },
    **{
        f"rest: tie >= {t}, off < {o}": (
            lambda r, t=t, o=o: (
                r["core"] >= PAIR_BAR and r["tie"] >= t and r["off"] < o and r["sessions"]
            )
        )
        for t, o in ((0.8, 0.2), (0.8, 0.25), (0.8, 0.3), (0.7, 0.25), (0.9, 0.25))
    },
}
PAIR_BAR = grouping.PAIR_BAR


def _leave_one_out(
    material: Material, seen: dict[frozenset[str], dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each source (not the core) of each message of three or more, as the check left them:
    whether it is off the message's majority point, and what the rules of ``RULES`` read."""
    session = {st.id: st.session for st in material.corpus.statements}
    out: list[dict[str, Any]] = []
    for ids, info in seen.items():
        if len(ids) < 3:
            continue
        labels, top = majority(material, ids)
        c = info["core"]
        p = info["pair"]
        for sid in sorted(ids - {c}):
            others = sorted(ids - {sid})
            rest = [a for a in others if a != c]
            out.append(
                {
                    "wrong": labels[sid] != top,
                    "core": p[(c, sid)],
                    "best": max(p[(sid, o)] for o in others),
                    "tie": min(p[(c, a)] for a in rest),
                    "off": max(p[(sid, a)] for a in rest),
                    "stem": any(
                        (overlap(info["ask"][sid], info["ask"][o]) or 0) > 0 for o in others
                    ),
                    "sessions": len({session[o] for o in others}) >= 2,
                }
            )
    return out


def _finding_call(material: Material, seen: dict[frozenset[str], dict[str, Any]]) -> Counter[str]:
    """Messages of two, a call and a finding in one language: how many stems of the call's
    ask (``ask.read``'s span) the finding uses, by whether the two make one point."""
    answers = material.answers
    out: Counter[str] = Counter()
    for ids, info in seen.items():
        if len(ids) != 2:
            continue
        a, b = sorted(ids)
        kinds = {
            i: _kind(
                info["ask"][i].call, info["kind"][i], answers[i].descriptive, answers[i].attribution
            )
            for i in (a, b)
        }
        if sorted(kinds.values()) != ["C", "F"] or info["lang"][a] != info["lang"][b]:
            continue
        call = a if kinds[a] == "C" else b
        finding = b if call == a else a
        used = len(set(info["ask"][call].span) & info["terms"][finding])
        same = "one point" if answers[a].point == answers[b].point else "two points"
        out[f"{same}, {min(used, 3)}{'+' if used >= 3 else ''}"] += 1
    return out


def _margins(
    material: Material, seen: dict[frozenset[str], dict[str, Any]]
) -> list[tuple[float, bool]]:
    """Each source of each message: its likeliest partner outside the message (the pair
    model, another session's statement of the theme) less its likeliest inside, and whether it
    is off the message's majority point."""
    out: list[tuple[float, bool]] = []
    for ids, info in seen.items():
        labels, top = majority(material, ids)
        for sid in sorted(ids):
            inside = max(info["pair"][(sid, o)] for o in ids if o != sid)
            out.append((round(info["away"][sid] - inside, 6), labels[sid] != top))
    return out


def main(spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    table: dict[str, Counter[str]] = {}
    loo: dict[str, list[dict[str, Any]]] = {}
    taken: dict[str, tuple[int, int]] = {}
    pairs: dict[str, Counter[str]] = {}
    margins: dict[str, list[tuple[float, bool]]] = {}
    for path in paths:
        name = file_name(path)
        material = load_material(path)
        seen = record(material, embedder, params)
        extra = seen.pop("__draft__")  # type: ignore[call-overload]
        draft = extra["draft"]
        answers = material.answers
        wrong_taken = right_taken = 0
        for was, out in extra["taken"]:
            left = Counter(answers[i].point for i in was if i not in out).most_common(1)[0][0]
            wrong_taken += sum(answers[i].point != left for i in out)
            right_taken += sum(answers[i].point == left for i in out)
        taken[name] = (wrong_taken, right_taken)
        impure = impure_messages(material, draft)
        counts: Counter[str] = Counter()
        count = sum(len(tp.messages) for t in draft.themes for tp in t.topics)
        print(f"== {name}: {len(impure)} of {count} messages with a source off its point")
        for m in impure:
            ids = [s.statement for s in m.sources]
            info = seen.get(frozenset(ids))
            if info is None:
                print(f"  {m.message}: not a group of the check (joined after it)")
                continue
            _show(m, ids, info, material, counts)
        table[name] = counts
        loo[name] = _leave_one_out(material, seen)
        pairs[name] = _finding_call(material, seen)
        margins[name] = _margins(material, seen)
        print()
    names = list(table)
    classes = sorted({c for counts in table.values() for c in counts})
    counts_table("off-point sources by class", table, classes, 32, 16)
    print("\nsources of messages of three or more a rule would take out, off/right the point:")
    for rule, test in RULES.items():
        cells = []
        for n in names:
            hit = [r for r in loo[n] if test(r)]
            w = sum(r["wrong"] for r in hit)
            cells.append(f"{w}/{len(hit) - w}")
        row(rule, cells, 32, 16)
    off = (f"{sum(r['wrong'] for r in loo[n])}/{len(loo[n])}" for n in names)
    row("off the point, of all", off, 32, 16)
    row("taken out by the draft's rest", (f"{taken[n][0]}/{taken[n][1]}" for n in names), 32, 16)
    print("\nsources whose likeliest partner outside the message beats the likeliest inside by:")
    for bar in (0.0, 0.1, 0.2, 0.3):
        cells = []
        for n in names:
            hit = [w for d, w in margins[n] if d > bar]
            cells.append(f"{sum(hit)}/{len(hit) - sum(hit)}")
        row(f"more than {bar}", cells, 32, 16)
    off = (f"{sum(w for _, w in margins[n])}/{len(margins[n])}" for n in names)
    row("off the point, of all", off, 32, 16)
    print("\nmessages of two, a call and a finding: the call's ask stems the finding uses")
    for key in sorted({k for c in pairs.values() for k in c}):
        row(key, (pairs[n][key] for n in names), 32, 16)
    return 0


def _show(
    m: Any,
    ids: list[str],
    info: dict[str, Any],
    material: Material,
    counts: Counter[str],
) -> None:
    """One message with a source off its point, each source on a line; counts the classes."""
    answers, points = material.answers, material.points
    theme = points[m.point].theme if m.point in points else None
    kinds = "".join(
        _kind(info["ask"][i].call, info["kind"][i], answers[i].descriptive, answers[i].attribution)
        for i in ids
    )
    print(f"\n{m.message} size {len(ids)} kinds {kinds} point {m.point}: {m.text[:110]}")
    for s in m.sources:
        sid = s.statement
        others = [o for o in ids if o != sid]
        wrong = s.point != m.point or s.point == "(descriptive)"
        a = info["ask"][sid]
        stems = [overlap(a, info["ask"][o]) for o in others]
        pair = [info["pair"][(sid, o)] for o in others]
        cls = ""
        if wrong:
            cls = classify(info, material, sid, others)
            if s.point in points and points[s.point].theme != theme:
                cls = "theme"
            counts[cls] += 1
        mark = "XX" if wrong else "  "
        role = "core" if sid == info["core"] else f"{info['check'][sid]:.2f}"
        k = _kind(a.call, info["kind"][sid], answers[sid].descriptive, s.attribution)
        print(
            f"  {mark} {k} {info['lang'][sid]} check {role:5} pair "
            + " ".join(f"{p:.2f}" for p in pair)
            + " stems "
            + " ".join("-" if v is None else str(v) for v in stems)
            + f" {cls:22} {s.point[:24]:24} {s.text[:80]}"
        )


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
