"""Every source off its message's point, classed by the reading of the same-point check that
kept it, and the check's messages of two by the pair model's band (docs/quality.md, step 50).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults; the
held-out files are skipped) and reads what the check saw of each message
(``off_point_sources.record``). A source is *off its point* when the editor gives it another
point than the statement the message's text is taken from (``realistic.impure_messages``).
Each off source is classed by the first of ``CLASSES`` that fits (``held``): the kinds step
let it through (a description or an attribution), the editor puts it in another theme, its
session has another statement among the sources, it is the message's core itself (the text
is taken from another source), it is in another language than the core (the check's core
and large models put such a source at 0.95 or more whatever it says), or, in one language, the
pair model puts it below its bar with the core while the core model (messages of two) or the
large model (three or more) keeps it, or both models keep it. A message joined after the check
(a one-session point merged, a description kept) is counted apart.

Then every message of two in one language the check kept, by the pair model's probability
(off / right: the editor gives the two statements two points / one), and, below the pair bar,
those whose two statements are calls whose asks share no stem (``ask.overlap`` 0: the reach
of the ask rule taken below the pair bar, ``grouping.ASK_FLOOR``).

    cd bench && ../.venv/bin/python kept_sources.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from common import counts_table, entry, file_name
from grouping_terms import grouper_params, majority
from held_out import readable
from off_point_sources import record

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import impure_messages
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.ask import overlap

CLASSES = (
    "description or attribution",
    "another theme",
    "same session",
    "the core itself",
    "another language than the core",
    "two: pair model below its bar, core model keeps",
    "two: both models keep",
    "three or more: pair model below its bar, large model keeps",
    "three or more: both models keep",
)
JOINED = "joined after the check"
#: The pair model's bands for the messages of two (each band from its bar up).
BANDS = (0.0, grouping.PAIR_BAR, grouping.ASK_BAR)


def held(info: dict[str, Any], material: Material, sid: str, others: list[str], point: str) -> str:
    """The class of ``CLASSES`` of the off source ``sid`` of a message (``others``: its other
    sources; ``point``: the point of the statement the text is taken from), by what the check
    saw of the message (``info``: its core, languages and pair-model probabilities)."""
    answers, points = material.answers, material.points
    if answers[sid].descriptive or answers[sid].attribution:
        return CLASSES[0]
    theme = points[point].theme if point in points else None
    mine = answers[sid].point
    if mine in points and points[mine].theme != theme:
        return CLASSES[1]
    session = {st.id: st.session for st in material.corpus.statements}
    if any(session[o] == session[sid] for o in others):
        return CLASSES[2]
    core = info["core"]
    if sid == core:
        return CLASSES[3]
    if info["lang"][sid] != info["lang"][core]:
        return CLASSES[4]
    below = info["pair"][(core, sid)] < grouping.PAIR_BAR
    if not others[1:]:
        return CLASSES[5] if below else CLASSES[6]
    return CLASSES[7] if below else CLASSES[8]


def band(p: float) -> str:
    """The band of ``BANDS`` a pair-model probability is in."""
    low = max(b for b in BANDS if p >= b)
    higher = [b for b in BANDS if b > low]
    return f"{low:.1f} to {higher[0]:.1f}" if higher else f"{low:.1f} or more"


def twos(material: Material, seen: dict[frozenset[str], dict[str, Any]]) -> Counter[str]:
    """The check's messages of two in one language: off / right counts (``<band> off``,
    ``<band> right``) by the pair model's band, and below the pair bar the pairs of calls
    whose asks share no stem (``two asks off`` / ``two asks right``)."""
    out: Counter[str] = Counter()
    for ids, info in seen.items():
        if len(ids) != 2:
            continue
        a, b = sorted(ids)
        if info["lang"][a] != info["lang"][b]:
            continue
        labels, _top = majority(material, ids)
        off = labels[a] != labels[b] or labels[a] == "(descriptive)"
        p = info["pair"][(a, b)]
        what = "off" if off else "right"
        out[f"{band(p)} {what}"] += 1
        if p < grouping.PAIR_BAR and overlap(info["ask"][a], info["ask"][b]) == 0:
            out[f"two asks {what}"] += 1
    return out


def main(spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    table: dict[str, Counter[str]] = {}
    pairs: dict[str, Counter[str]] = {}
    for path in readable(paths):
        name = file_name(path)
        material = load_material(path)
        seen = record(material, embedder, params)
        draft = seen.pop("__draft__")["draft"]  # type: ignore[call-overload]
        counts: Counter[str] = Counter()
        impure = impure_messages(material, draft)
        print(f"== {name}: {len(impure)} messages with a source off its point")
        for m in impure:
            ids = [s.statement for s in m.sources]
            info = seen.get(frozenset(ids))
            for s in m.sources:
                if s.point == m.point and s.point != "(descriptive)":
                    continue
                if info is None:
                    cls = JOINED
                else:
                    others = [i for i in ids if i != s.statement]
                    cls = held(info, material, s.statement, others, m.point)
                counts[cls] += 1
                p = (
                    ""
                    if info is None or s.statement == info["core"]
                    else (
                        f"pair {info['pair'][(info['core'], s.statement)]:.2f}"
                        f" check {info['check'][s.statement]:.2f}"
                    )
                )
                print(f"  {m.message} size {len(ids)} {p:22} {cls:40} {s.text[:70]}")
        table[name] = counts
        pairs[name] = twos(material, seen)
    print()
    counts_table("off sources by what kept them", table, [*CLASSES, JOINED], 58, 11)
    print()
    keys = [f"{band(b)} {w}" for b in BANDS for w in ("off", "right")]
    bands = {n: Counter({k: c[k] for k in keys}) for n, c in pairs.items()}
    counts_table("messages of two in one language, pair model", bands, keys, 58, 11)
    print()
    asks = {
        n: Counter({k: c[k] for k in ("two asks off", "two asks right")}) for n, c in pairs.items()
    }
    counts_table(
        "of them below the pair bar, two asks", asks, ["two asks off", "two asks right"], 58, 11
    )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
