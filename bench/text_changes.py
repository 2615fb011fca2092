"""The message texts two versions of the code write differently, side by side.

``draft`` drafts each readable report file as ``evaluate`` does (held-out files are skipped)
and keeps every message's id, text and source statements in a JSON file; ``--off=NAME`` turns
a setting off first (``NAME``: a module under ``forum_messages`` and its setting, e.g.
``synth.kind_rapporteurs.SUBJECT``; repeatable), ``--set=NAME=VALUE`` gives one a value ("true"
and "false" as such, any other a string: ``--set=synth.text.REPORTED_CLAUSE=said``). ``pair``
pairs the messages of two such files by their sources (most shared sources first, the same
text on a tie) and lists every message whose text changed, came or went. Run ``draft`` once
with each version's ``src`` on the path:

    R=src/forum_messages/editions/evaluation/reports
    PYTHONPATH=<old>/src python bench/text_changes.py draft /tmp/old.json $R/*.yaml
    PYTHONPATH=src python bench/text_changes.py draft /tmp/new.json $R/*.yaml
    python bench/text_changes.py pair /tmp/old.json /tmp/new.json
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from common import entry, file_name
from held_out import readable

Kept = dict[str, list[dict[str, Any]]]


def turn_off(name: str, value: object = False) -> None:
    """Set ``forum_messages.<module>.<SETTING>`` to ``value`` (False: off); an unknown one is
    an error."""
    module, _, setting = name.rpartition(".")
    found = importlib.import_module(f"forum_messages.{module}")
    if not hasattr(found, setting):
        raise SystemExit(f"no setting {setting!r} in forum_messages.{module}")
    setattr(found, setting, value)


def given(assignment: str) -> tuple[str, object]:
    """``NAME=VALUE`` of ``--set``: "true" and "false" as booleans, any other value a string."""
    name, sep, value = assignment.partition("=")
    if not sep:
        raise SystemExit(f"--set wants NAME=VALUE: {assignment!r}")
    return name, {"true": True, "false": False}.get(value.casefold(), value)


def draft(out: str, paths: Sequence[str], off: Sequence[str]) -> Kept:
    from forum_messages.evaluation.material import load_material
    from forum_messages.evaluation.realistic import draft_material
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder

    for name in off:
        if name.startswith("--set="):
            turn_off(*given(name.removeprefix("--set=")))
        else:
            turn_off(name)
    embedder = memo_for(USEEmbedder())
    kept: Kept = {}
    for path in readable(paths):
        made = draft_material(load_material(path), embedder)
        kept[file_name(path)] = [
            {"id": m.id, "text": m.text, "sources": sorted(r.statement for r in m.sources)}
            for m in made.messages()
        ]
        print(f"{file_name(path)}: {len(kept[file_name(path)])} messages", flush=True)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(kept, f, ensure_ascii=False, indent=1)
    return kept


def pair(
    old: Sequence[Mapping[str, Any]], new: Sequence[Mapping[str, Any]]
) -> tuple[int, list[tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]]]:
    """The number of messages whose text stayed, and the (old, new) pairs that changed: a
    message that went is (old, None), one that came (None, new)."""
    taken: set[int] = set()
    same = 0
    changed: list[tuple[Mapping[str, Any] | None, Mapping[str, Any] | None]] = []
    for m in old:
        mine = set(m["sources"])
        best, best_shared = -1, 0.0
        for j, n in enumerate(new):
            if j in taken:
                continue
            theirs = set(n["sources"])
            shared = round(len(mine & theirs) / len(mine | theirs), 6)
            tie = shared == best_shared and n["text"] == m["text"]
            if shared > 0 and (shared > best_shared or tie):
                best, best_shared = j, shared
        if best < 0:
            changed.append((m, None))
            continue
        taken.add(best)
        if new[best]["text"] == m["text"]:
            same += 1
        else:
            changed.append((m, new[best]))
    changed.extend((None, n) for j, n in enumerate(new) if j not in taken)
    return same, changed


def show(before: Kept, after: Kept) -> None:
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name, []), after.get(name, [])
        same, changed = pair(old, new)
        print(f"== {name}: {len(old)} -> {len(new)} messages, {same} texts the same")
        for a, b in changed:
            how = "went" if b is None else "came" if a is None else "changed"
            print(f"  {(a or b or {})['id']}: {how}")
            if a is not None:
                print(f"    old: {a['text']}")
            if b is not None:
                print(f"    new: {b['text']}")


def main(mode: str, args: list[str]) -> int:
    off = [a.removeprefix("--off=") for a in args if a.startswith(("--off=", "--set="))]
    rest = [a for a in args if not a.startswith(("--off=", "--set="))]
    if mode == "draft" and len(rest) >= 2:
        draft(rest[0], rest[1:], off)
        return 0
    if mode == "pair" and len(rest) == 2 and not off:
        with open(rest[0], encoding="utf-8") as f, open(rest[1], encoding="utf-8") as g:
            show(json.load(f), json.load(g))
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, rest=1)
