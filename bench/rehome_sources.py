"""Members the clustering joined to one message read against the theme's other messages
(docs/quality.md, step 64).

Drafts each readable report file with the real pipeline (the held-out files are skipped,
never drafted) and reads, at the stage where the clustering and the lone statements'
attachment have made a theme's messages and before any check takes a source out, every
member of every message (``point_check.member_reads``): the shipped pair model's mean
probability with its own message's other members (``inside``) and the highest such mean with
another message's members (``outside``). A member is *off* when the editor gives it another
point than most of its message (a description is off whatever they make); a move *lands*
when the editor gives it the point most of the other message make. Prints, per file and at a
few bars and margins, what ``grouping.REHOME_BAR``'s rule would move (``point_check.rehome``:
``outside`` at least the bar and the margin or more above ``inside``, the message left on two
sessions; before the one-move-per-message order): off and landing / off elsewhere / right;
beside it, the lone statements attached after the clustering to the nearest message read
the same way by their likeliest partner (``point_check.attach_reads``: the highest
probability with a member of the nearest message, ``near``, and of any other, ``away``; other
sessions' members only): what ``grouping.ATTACH_AWAY``'s rule would send elsewhere
(``point_check.attach_elsewhere``: ``away`` at least the bar and the margin or more above
``near``); with ``--list``, every member moved and every row redirected at the lowest bar and
margin, with its text.

    cd bench && ../.venv/bin/python rehome_sources.py \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml [--list]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from common import entry, row
from held_out import readable

#: The bars (the mean with the other message) and margins (above the mean inside).
BARS = (0.5, 0.6, 0.7)
MARGINS = (0.1, 0.2, 0.3)


def majority(points: Sequence[str]) -> str:
    """The point most of a message's members make (the first in sorted order on a tie)."""
    counts = Counter(points)
    top = max(counts.values())
    return min(p for p, c in counts.items() if c == top)


def readings(
    themes: Sequence[tuple[list[list[str]], list[tuple[int, str, float, int, float]]]],
    point: Callable[[str], str],
    session: Callable[[str], str],
) -> list[dict[str, Any]]:
    """Each member of each message of each theme (``themes``: its messages by statement id and
    ``member_reads``' rows over them): its readings, whether it is off its message's majority
    point, whether moving it lands on the other message's, and whether its message rests on
    two sessions without it."""
    out: list[dict[str, Any]] = []
    for groups, reads in themes:
        tops = [majority([point(s) for s in g]) for g in groups]
        for g, sid, inside, away, outside in reads:
            own = point(sid)
            rest = [s for s in groups[g] if s != sid]
            out.append(
                {
                    "id": sid,
                    "inside": inside,
                    "outside": outside,
                    "off": own == "(descriptive)" or own != tops[g],
                    "lands": away >= 0 and own != "(descriptive)" and own == tops[away],
                    "leaves": len({session(s) for s in rest}) >= 2,
                }
            )
    return out


def attach_readings(
    themes: Sequence[tuple[list[list[str]], list[tuple[str, int, float, int, float]]]],
    point: Callable[[str], str],
) -> list[dict[str, Any]]:
    """Each lone row attached to the nearest message (``themes``: the messages by statement
    id and ``attach_reads``' rows over them): ``inside`` its likeliest partner there,
    ``outside`` in another message, whether it is off the nearest message's majority point and
    whether it makes the other message's; ``leaves`` always (nothing is left behind)."""
    out: list[dict[str, Any]] = []
    for groups, reads in themes:
        tops = [majority([point(s) for s in g]) for g in groups]
        for sid, g, near, away, outside in reads:
            own = point(sid)
            out.append(
                {
                    "id": sid,
                    "inside": near,
                    "outside": outside,
                    "off": own == "(descriptive)" or own != tops[g],
                    "lands": away >= 0 and own != "(descriptive)" and own == tops[away],
                    "leaves": True,
                }
            )
    return out


def moved(reads: Sequence[dict[str, Any]], bar: float, margin: float) -> list[dict[str, Any]]:
    """The members the rule would move at ``bar`` and ``margin`` (each read alone)."""
    return [
        r
        for r in reads
        if r["leaves"] and r["outside"] >= bar and round(r["outside"] - r["inside"], 6) >= margin
    ]


def tally(reads: Sequence[dict[str, Any]], bar: float, margin: float) -> str:
    """Off and landing / off elsewhere / right, of what the rule would move."""
    hit = moved(reads, bar, margin)
    good = sum(r["off"] and r["lands"] for r in hit)
    off = sum(r["off"] for r in hit)
    return f"{good}/{off - good}/{len(hit) - off}"


def record(path: str) -> tuple[list[Any], list[Any], Any]:
    """The themes' messages and readings of one report file's draft (the members', the
    attached rows'), and its material."""
    from grouping_terms import draft_with

    from forum_messages.evaluation.material import load_material
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth import grouping, point_check

    material = load_material(path)
    plain_run = grouping.ThresholdGrouper.run
    plain_reads = point_check.member_reads
    plain_attach = point_check.attach_reads
    themes: list[Any] = []
    lone: list[Any] = []
    current: list[list[str]] = []

    def run(self: Any, x: Any, sessions: Any, *rest: Any) -> Any:
        from grouping_terms import theme_part

        current[:] = [[st.id for st in theme_part().statements]]
        return plain_run(self, x, sessions, *rest)

    def reads(model: Any, points: Any, groups: Any) -> Any:
        out = plain_reads(model, points, groups)
        ids = current[0]
        themes.append(
            ([[ids[i] for i in g] for g in groups], [(g, ids[r], a, h, b) for g, r, a, h, b in out])
        )
        return out

    def attach(model: Any, points: Any, groups: Any, attached: Any, sessions: Any) -> Any:
        out = plain_attach(model, points, groups, attached, sessions)
        ids = current[0]
        lone.append(
            ([[ids[i] for i in g] for g in groups], [(ids[r], g, a, h, b) for r, g, a, h, b in out])
        )
        return out

    grouping.ThresholdGrouper.run = run  # type: ignore[method-assign]
    point_check.member_reads = reads  # type: ignore[assignment]
    point_check.attach_reads = attach  # type: ignore[assignment]
    try:
        # bars no reading reaches: every member and attached row is read, none moved
        draft_with(material, memo_for(USEEmbedder()), {"rehome_bar": 2.0, "attach_away": 2.0})
    finally:
        grouping.ThresholdGrouper.run = plain_run  # type: ignore[method-assign]
        point_check.member_reads = plain_reads  # type: ignore[assignment]
        point_check.attach_reads = plain_attach  # type: ignore[assignment]
    return themes, lone, material


def main(paths: list[str], listing: bool) -> int:
    names: list[str] = []
    per: dict[str, list[dict[str, Any]]] = {}
    per_lone: dict[str, list[dict[str, Any]]] = {}
    texts: dict[str, str] = {}
    for path in readable(paths):
        themes, lone, material = record(path)
        name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        answers = material.answers
        sessions = {st.id: st.session for st in material.corpus.statements}
        texts.update({st.id: st.text for st in material.corpus.statements})
        names.append(name)
        point = lambda s, a=answers: a[s].point or "(descriptive)"  # noqa: E731
        per[name] = readings(themes, point, sessions.__getitem__)
        per_lone[name] = attach_readings(lone, point)
    print("moved by the rule: off and landing / off elsewhere / right")
    row("bar, margin", [n[:12] for n in names] + ["all"], 14, 16)
    for bar in BARS:
        for margin in MARGINS:
            cells = [tally(per[n], bar, margin) for n in names]
            cells.append(tally([r for n in names for r in per[n]], bar, margin))
            row(f"{bar}, {margin}", cells, 14, 16)
    cells = [tally(per[n], 0.0, 0.000001) for n in names]
    cells.append(tally([r for n in names for r in per[n]], 0.0, 0.000001))
    row("any bar, outside above", cells, 14, 16)
    off = [sum(r["off"] for r in per[n]) for n in names]
    row("off, of all", [f"{o}/{len(per[n])}" for o, n in zip(off, names, strict=True)], 14, 16)
    print("\nattached rows sent elsewhere: off and landing / off elsewhere / right")
    for bar in BARS:
        for margin in MARGINS:
            cells = [tally(per_lone[n], bar, margin) for n in names]
            cells.append(tally([r for n in names for r in per_lone[n]], bar, margin))
            row(f"{bar}, {margin}", cells, 14, 16)
    cells = [f"{sum(r['off'] for r in per_lone[n])}/{len(per_lone[n])}" for n in names]
    row("off, of all", cells, 14, 16)
    if listing:
        for n in names:
            for r in moved(per[n], BARS[0], MARGINS[0]) + moved(per_lone[n], BARS[0], MARGINS[0]):
                what = "off, lands" if r["off"] and r["lands"] else "off" if r["off"] else "right"
                print(
                    f"{n[:14]:14} {what:10} in {r['inside']:.2f} out {r['outside']:.2f} "
                    f"{texts[r['id']][:80]}"
                )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, flags=("--list",))
