"""Sources put in a message from another theme: readings that would take them out (docs/quality.md,
step 40).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``off_point_origin.py``; none: the defaults) and,
for every source of every message of two or more sources but the one its text is taken from,
records what the draft knows at run time of the source's theme:

- its own theme reading (each statement's theme scores before the session vote,
  ``ThemeResult.reading``): its best theme other than the message's and how far that theme
  reads above the message's (``lead``);
- the same two themes read by the message's core (the statement its text is taken from):
  how far the core reads the message's theme above the source's best one (``core_lead``), so
  ``cross = lead + core_lead`` says how much more the source leans away than the core does;
- whether its session declared the theme, whether the session vote moved it (its own reading
  names another theme), and the pair model's probability with the core.

Each source is then *right* (the editor gives it the message's point), *off, theme class* (the
editor gives it a point of another theme: step 39's theme class) or *off, other*; and for the
theme class, whether the source's best other theme is the editor's. The rules read are counted
as taken out: off (theme class, other) / right, with the theme class's sources that would land
in the editor's theme.

    cd bench && ../.venv/bin/python theme_class_sources.py '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml

Keys of the JSON named ``message_themes.NAME`` set that module's settings for the run (the
step's own rule: ``{"message_themes.SOURCE_LEAD": -0.02}``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from typing import Any

import numpy as np
from common import entry
from off_point_origin import record

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import _source_of_text
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import message_themes, pipeline
from forum_messages.synth.themes import ThemeResult

RULES: tuple[tuple[str, Callable[[dict[str, Any]], bool]], ...] = (
    ("lead > 0", lambda r: r["lead"] > 0),
    ("lead > 0.02", lambda r: r["lead"] > 0.02),
    ("lead > 0.05", lambda r: r["lead"] > 0.05),
    ("cross > 0.1", lambda r: r["cross"] > 0.1),
    ("cross > 0.15", lambda r: r["cross"] > 0.15),
    ("cross > 0.2", lambda r: r["cross"] > 0.2),
    ("cross > 0.25", lambda r: r["cross"] > 0.25),
    ("lead > 0, cross > 0.1", lambda r: r["lead"] > 0 and r["cross"] > 0.1),
    ("lead > 0, cross > 0.15", lambda r: r["lead"] > 0 and r["cross"] > 0.15),
    ("lead > 0, core < 0.5", lambda r: r["lead"] > 0 and r["core"] < 0.5),
    ("lead > 0, core < 0.3", lambda r: r["lead"] > 0 and r["core"] < 0.3),
    ("cross > 0.1, core < 0.5", lambda r: r["cross"] > 0.1 and r["core"] < 0.5),
    ("cross > 0.1, core < 0.3", lambda r: r["cross"] > 0.1 and r["core"] < 0.3),
    ("lead > 0, undeclared", lambda r: r["lead"] > 0 and not r["declared"]),
    ("voted (undeclared, own reading elsewhere)", lambda r: r["voted"]),
    ("voted, core < 0.5", lambda r: r["voted"] and r["core"] < 0.5),
    ("voted, cross > 0.1", lambda r: r["voted"] and r["cross"] > 0.1),
    (
        "lead > 0, undeclared, core declared",
        lambda r: r["lead"] > 0 and not r["declared"] and r["core_declared"],
    ),
)


def sources(
    material: Material, embedder: Embedder, params: dict[str, Any]
) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """The draft's off sources by class (``theme``, ``other``) and its right ones (every
    source but the text's own of its messages of two or more sources), and every source but
    the core of each message group the step reads (``pipeline._sources_read``: the grouper's
    first groups, each with its core and the pair model's probability with it), with its
    readings (module docstring) and whether it makes the core's point."""
    captured: dict[str, Any] = {}
    plain_read, plain_leaves = pipeline._sources_read, pipeline.source_leaves

    def sources_read(themed: ThemeResult, run: Any, theme_rows: Any) -> Any:
        captured["themed"], captured["ids"] = themed, [st.id for st in run.statements]
        captured["langs"] = list(run.langs)
        captured["sessions"] = [st.session for st in run.statements]
        return plain_read(themed, run, theme_rows)

    def source_leaves(groups: Any, *args: Any) -> Any:
        captured["groups"] = list(groups)
        return plain_leaves(groups, *args)

    pipeline._sources_read = sources_read  # type: ignore[assignment]
    pipeline.source_leaves = source_leaves  # type: ignore[assignment]
    reads = message_themes.SOURCE_LEAD is None
    if reads:  # read every group, take none out: the draft is the default's
        message_themes.SOURCE_LEAD = 99.0
    try:
        draft, _seen = record(material, embedder, params)
    finally:
        pipeline._sources_read = plain_read  # type: ignore[assignment]
        pipeline.source_leaves = plain_leaves  # type: ignore[assignment]
        if reads:
            message_themes.SOURCE_LEAD = None
    answers, points = material.answers, material.points
    texts = {st.id: st.text for st in material.corpus.statements}
    counts = {"theme": 0, "other": 0, "right": 0}
    for t in draft.themes:
        for tp in t.topics:
            for m in tp.messages:
                if len(m.sources) < 2:
                    continue
                shown = _source_of_text(m, texts)
                point = answers[shown].point
                for r in m.sources:
                    if r.statement == shown:
                        continue
                    sp = answers[r.statement].point
                    if sp is not None and sp == point:
                        counts["right"] += 1
                    elif (
                        sp in points and point in points and points[sp].theme != points[point].theme
                    ):
                        counts["theme"] += 1
                    else:
                        counts["other"] += 1
    themed, ids = captured["themed"], captured["ids"]
    langs, sess = captured["langs"], captured["sessions"]
    keys = list(material.edition.theme_keys())
    column = {k: t for t, k in enumerate(keys)}
    reading = np.round(themed.reading, 6)
    out: list[dict[str, Any]] = []
    for rows, core, with_core in captured["groups"]:  # (rows of the run)
        here = column[themed.theme[core]]
        point = answers[ids[core]].point
        for i in rows:
            if i == core:
                continue
            own = reading[i].copy()
            own[here] = -np.inf
            best = int(np.argmax(own))
            lead = round(float(reading[i, best] - reading[i, here]), 6)
            core_lead = round(float(reading[core, here] - reading[core, best]), 6)
            sp = answers[ids[i]].point
            editor = points[sp].theme if sp in points else None
            right = sp is not None and sp == point
            # step 39's theme class: the editor's theme of the source's point is not that of
            # the core's point (either may be the one misplaced)
            theme_class = (
                not right
                and editor is not None
                and point in points
                and editor != points[point].theme
            )
            out.append(
                {
                    "right": right,
                    "theme": theme_class,
                    "lands": theme_class and editor == keys[best],
                    "misplaced": theme_class and editor != keys[here],
                    "lead": lead,
                    "core_lead": core_lead,
                    "cross": round(lead + core_lead, 6),
                    "declared": not themed.inferred[i],
                    "core_declared": not themed.inferred[core],
                    "voted": bool(themed.inferred[i] and int(np.argmax(reading[i])) != here),
                    "core": with_core[i],
                    "size": len(rows),
                    # the classes of step 39 read at run time: no other source in its
                    # language; its session has another statement among the sources
                    "lang_alone": all(langs[j] != langs[i] for j in rows if j != i),
                    "same_session": any(sess[j] == sess[i] for j in rows if j != i),
                }
            )
    return counts, out


#: A file the rows are appended to, one JSON line a report file (unset: none).
DUMP = os.environ.get("THEME_CLASS_DUMP", "")


def main(spec: str, paths: list[str]) -> int:
    params = json.loads(spec) if spec.strip() else {}
    for key in [k for k in params if k.startswith("message_themes.")]:  # the step's settings
        setattr(message_themes, key.split(".", 1)[1], params.pop(key))
    embedder = memo_for(USEEmbedder())
    rows: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        counts, found = sources(load_material(path), embedder, params)
        rows[name] = found
        if DUMP:
            with open(DUMP, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"file": name, "draft": counts, "rows": found}) + "\n")
        theme = sum(r["theme"] for r in found)
        other = sum(not r["right"] and not r["theme"] for r in found)
        print(
            f"{name}: the draft's sources off its point, theme class {counts['theme']}, "
            f"other {counts['other']}, right {counts['right']}; the groups read: {len(found)} "
            f"sources, theme class {theme}, other {other}"
        )
    names = list(rows)
    print("\nrule: theme class (lands in the editor's) / off other / right, per file and all")
    for label, rule in RULES:
        cells, tot = [], [0, 0, 0, 0]
        for n in names:
            hit = [r for r in rows[n] if rule(r)]
            th = sum(r["theme"] for r in hit)
            la = sum(r["lands"] for r in hit)
            ot = sum(not r["right"] and not r["theme"] for r in hit)
            ri = sum(r["right"] for r in hit)
            tot = [tot[0] + th, tot[1] + la, tot[2] + ot, tot[3] + ri]
            cells.append(f"{th}({la})/{ot}/{ri}")
        print(
            label[:34].ljust(35)
            + "".join(c.rjust(12) for c in cells)
            + f"  all {tot[0]}({tot[1]})/{tot[2]}/{tot[3]}"
        )
    tot_t = sum(r["theme"] for n in names for r in rows[n])
    tot_r = sum(r["right"] for n in names for r in rows[n])
    print(f"all sources: theme class {tot_t}, right {tot_r}")
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
