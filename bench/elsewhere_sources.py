"""Sources of larger messages read against their likeliest partner outside the message
(docs/quality.md, step 61).

Drafts each readable report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults; the
held-out files are skipped, never drafted) and reads every source but the core of every
message of three sources or more the grouper returns (``off_point_sources.record``): the
shipped pair model's probability with the core (``core``), its mean with every other source
(``mean``), and the highest with a statement of the theme outside the message from another
session (``away``). A source is *off* when the editor gives it another point than the core
(a description is off whatever the core's). Prints the off / right sources the rule of
``grouping.ELSEWHERE_BAR`` would take (below the bar with the core and on its mean, ``away``
the margin or more above the mean; ``point_check.off_elsewhere``), per file, at a few bars
and margins, and beside it the mean alone (``grouping.SUPPORT_BAR``'s reading, step 39);
with ``--list``, every source the rule takes at a margin of 0.1 and the highest bar, with
its text and the core's.

    cd bench && ../.venv/bin/python elsewhere_sources.py '' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml [--list]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from common import entry, row
from held_out import readable

#: The bars (the pair model with the core and on the mean) and margins the rule is read at.
BARS = (0.5, 0.55, 0.6, 0.65)
MARGINS = (0.0, 0.1, 0.2)


def readings(
    groups: Iterable[tuple[list[str], str, dict[tuple[str, str], float], dict[str, float]]],
    point: Callable[[str], str | None],
) -> list[dict[str, Any]]:
    """Every source but the core of each message of three or more (``groups``: its statements'
    ids, its core, the pair model's probability of each ordered pair and each statement's
    likeliest partner outside the message): ``core``, ``mean``, ``away`` (rounded to three
    places) and ``off`` (``point``: the editor's point, None for a description)."""
    out: list[dict[str, Any]] = []
    for ids, core, pair, away in groups:
        if len(ids) < 3:
            continue
        for s in ids:
            if s == core:
                continue
            others = [o for o in ids if o != s]
            mine, theirs = point(s), point(core)
            out.append(
                {
                    "id": s,
                    "core_id": core,
                    "size": len(ids),
                    "core": round(pair[(core, s)], 3),
                    "mean": round(sum(pair[(s, o)] for o in others) / len(others), 3),
                    "away": round(away[s], 3),
                    "off": mine is None or mine != theirs,
                }
            )
    return out


def elsewhere(bar: float, margin: float) -> Callable[[dict[str, Any]], bool]:
    """The rule of ``point_check.off_elsewhere`` on one reading (before any other source of
    its message is taken out)."""
    return lambda r: (
        r["core"] < bar and r["mean"] < bar and round(r["away"] - r["mean"], 3) >= margin
    )


def mean_only(bar: float) -> Callable[[dict[str, Any]], bool]:
    """The mean alone below the bar (``point_check.off_support``'s reading)."""
    return lambda r: r["mean"] < bar


def taken(rows: Iterable[dict[str, Any]], test: Callable[[dict[str, Any]], bool]) -> str:
    """``off/right`` of the readings ``test`` takes."""
    c = Counter("off" if r["off"] else "right" for r in rows if test(r))
    return f"{c['off']}/{c['right']}"


def _record(material: Any, embedder: Any, params: dict[str, Any]) -> list[dict[str, Any]]:
    from off_point_sources import record

    seen = record(material, embedder, params)
    seen.pop("__draft__")  # type: ignore[call-overload]
    groups = [(sorted(ids), info["core"], info["pair"], info["away"]) for ids, info in seen.items()]
    answers = material.answers
    rows = readings(groups, lambda s: answers[s].point)
    texts = {st.id: st.text for st in material.corpus.statements}
    for r in rows:
        r["text"], r["core_text"] = texts[r["id"]], texts[r["core_id"]]
    return rows


def main(spec: str, paths: list[str], listing: bool) -> int:
    from grouping_terms import by_file

    files = by_file(spec, readable(paths), _record)
    names = list(files)
    every = [r for rows in files.values() for r in rows]
    cell = 9
    print(f"sources of messages of three or more: {len(every)}, off {sum(r['off'] for r in every)}")
    row("off / right taken", [n[:cell] for n in names] + ["all"], 44, cell)
    rules = [(f"mean < {b}", mean_only(b)) for b in BARS]
    rules += [
        (f"core and mean < {b}, away >= mean + {m}", elsewhere(b, m)) for b in BARS for m in MARGINS
    ]
    for label, test in rules:
        row(label, [taken(files[n], test) for n in names] + [taken(every, test)], 44, cell)
    if listing:
        test = elsewhere(max(BARS), 0.1)
        print()
        for name in names:
            for r in files[name]:
                if test(r):
                    print(
                        f"{name[:16]:16} {'off' if r['off'] else 'right':5} size {r['size']}"
                        f" core {r['core']:.2f} mean {r['mean']:.2f} away {r['away']:.2f}"
                        f" | {r['text'][:70]} | {r['core_text'][:50]}"
                    )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("--list",))
