"""Where a draft first moves when more statements are set aside (docs/quality.md, "Themes,
messages and sub-topics, step by step", step 67).

Drafts a readable report file twice, as ``forum-messages evaluate`` drafts it (the real
encoder through the memo of fixed texts, so no theme is worked out in a child process): once
as shipped (or with the settings of ``--base``) and once with the settings given, and prints,
stage by stage, the first place where the two drafts differ, statement by statement:

- ``kinds``: each statement's kind, attribution mark and point (the kinds step's text);
- ``themes``: each statement's theme and confidence from the theme step, and its reason to be
  set aside (``set_aside.themes_and_set_aside``), then the themes after the message and
  source readings (``pipeline._message_read``, ``_sources_read``);
- ``room``: each theme's one-session room (``single_points.room_counts`` and
  ``salience.theme_share``);
- ``groups``: the grouper's message groups of each theme, its lone statements, those the
  same-point check took out and the groups before it (``_Run._grouping``);
- ``kept``: the one-session points kept beside the groups (``single_points.kept``, every
  call: the final choice and the choice the sub-topics are formed on);
- ``subtopics``: the groups the sub-topic step cuts and how it cuts them (``_Run._subtopics``);
- ``draft``: each message (by its sources) with its theme and sub-topic.

A stage that differs only because an earlier one did is still printed (each stage's
first difference), so the path through the draft reads top to bottom. Settings are
``module.NAME=value`` (a module of ``forum_messages.synth``; the value read as Python), or the
names ``compiled`` (``kind_cues_compiled.COMPILED`` with ``CHAIR``) and ``subject``
(``kind_cues_compiled.SUBJECT_FIRST``).

    PYTHONPATH=src:bench .venv/bin/python bench/set_aside_trace.py test-tromso compiled
    PYTHONPATH=src:bench .venv/bin/python bench/set_aside_trace.py test-global-tracks subject
    PYTHONPATH=src:bench .venv/bin/python bench/set_aside_trace.py test-tromso compiled \\
        --base single_points.ROOM='"described"'
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from common import evaluation_base, file_name
from held_out import is_held_out

#: the short names of the settings traced in step 67
NAMED = {
    "compiled": ["kind_cues_compiled.COMPILED=True", "kind_cues_compiled.CHAIR=True"],
    "subject": ["kind_cues_compiled.SUBJECT_FIRST=True"],
}

Event = tuple[str, Any]


def _settings(given: Sequence[str]) -> list[tuple[Any, str, Any]]:
    """(module, name, value) of each setting given."""
    out = []
    for item in given:
        for one in NAMED.get(item, [item]):
            target, _, value = one.partition("=")
            module, _, name = target.rpartition(".")
            mod = importlib.import_module(f"forum_messages.synth.{module}")
            if not hasattr(mod, name):
                raise SystemExit(f"no setting {target}")
            out.append((mod, name, ast.literal_eval(value)))
    return out


@contextmanager
def _set(settings: Sequence[tuple[Any, str, Any]]) -> Iterator[None]:
    from forum_messages.synth import kind_cues_compiled, kinds

    was = [(mod, name, getattr(mod, name)) for mod, name, _ in settings]
    for mod, name, value in settings:
        setattr(mod, name, value)
    kinds.clear_caches()
    kind_cues_compiled._described.cache_clear()
    try:
        yield
    finally:
        for mod, name, value in was:
            setattr(mod, name, value)
        kinds.clear_caches()
        kind_cues_compiled._described.cache_clear()


@contextmanager
def _wrapped(owner: Any, name: str, after: Callable[..., None]) -> Iterator[None]:
    """``owner.name`` calling ``after(result, *args, **kwargs)`` once it returns."""
    inner = getattr(owner, name)

    def call(*args: Any, **kwargs: Any) -> Any:
        out = inner(*args, **kwargs)
        after(out, *args, **kwargs)
        return out

    setattr(owner, name, call)
    try:
        yield
    finally:
        setattr(owner, name, inner)


def _ids(run: Any, groups: Sequence[Sequence[int]]) -> list[tuple[str, ...]]:
    """Groups of a run's rows as sorted tuples of statement ids, sorted."""
    return sorted(tuple(sorted(run.statements[i].id for i in g)) for g in groups)


def traced(material: Any, embedder: Any) -> dict[str, list[Event]]:
    """Each stage's events while ``material`` is drafted, and (stage ``rows``) the rows
    ``forum-messages evaluate`` gives the draft."""
    from forum_messages.evaluation.realistic import draft_material, score_draft
    from forum_messages.synth import pipeline, single_points
    from forum_messages.synth.theme_run import _Run

    ev: dict[str, list[Event]] = {
        s: [] for s in ("kinds", "themes", "room", "groups", "kept", "subtopics", "draft")
    }
    ids = [st.id for st in material.corpus.statements]
    where = {"theme": "before the themes' messages"}

    def themed(out: Any, *args: Any, **_k: Any) -> None:
        # the kinds as the theme step leaves them (the learned attributions added in place)
        texts, kinds = args[4], args[5]
        for i, k in enumerate(kinds):
            ev["kinds"].append((ids[i], (k.kind, k.attribution, texts[i])))
        result, reason, _fixed = out
        for i, key in enumerate(result.theme):
            ev["themes"].append((ids[i], (key, result.confidence[i], reason.get(i, ""))))

    def moved(label: str) -> Callable[..., None]:
        def after(out: Any, *_a: Any, **_k: Any) -> None:
            ev["themes"].append((label, tuple(out.theme)))

        return after

    def room(out: Any, run: Any) -> None:
        ev["room"].append((where["theme"], out))

    def share(out: Any, *args: Any) -> None:
        ev["room"].append((where["theme"], ("share", args[1:], out)))

    def front(out: Any, run: Any, spec: Any) -> None:
        ev["draft"].append((spec.key, len(out.groups)))

    def grouping(out: Any, run: Any) -> None:
        found = out[0]
        before = found.before
        ev["groups"].append(
            (
                where["theme"],
                {
                    "groups": _ids(run, found.groups),
                    "single": _ids(run, found.single),
                    "detached": sorted(run.statements[i].id for i in found.detached),
                    "before": None
                    if before is None
                    else (_ids(run, before[0]), _ids(run, before[1])),
                },
            )
        )

    def kept(out: Any, run: Any, single: Any, groups: Any, *rest: Any, **kw: Any) -> None:
        campaigns, salient = out
        ev["kept"].append(
            (
                where["theme"],
                {
                    "size": rest[0] if rest else kw.get("size"),
                    "readings": kw.get("readings", rest[1] if len(rest) > 1 else True),
                    "candidates": _ids(run, single),
                    "kept": _ids(run, campaigns) + [tuple(g) for g in _ids(run, salient)],
                },
            )
        )

    def subtopics(out: Any, run: Any, groups: Any, _centres: Any) -> None:
        cut = sorted((path, tuple(sorted(_ids(run, [groups[g] for g in gs])))) for path, gs in out)
        ev["subtopics"].append((where["theme"], {"groups": _ids(run, groups), "cut": cut}))

    inner_front = _Run._front

    def traced_front(run: Any, spec: Any) -> Any:
        where["theme"] = spec.key
        try:
            return inner_front(run, spec)
        finally:
            where["theme"] = "after the fronts"

    with (
        _wrapped(pipeline, "themes_and_set_aside", themed),
        _wrapped(pipeline, "_message_read", moved("themes after the message reading")),
        _wrapped(pipeline, "_sources_read", moved("themes after the source reading")),
        _wrapped(single_points, "room_counts", room),
        _wrapped(single_points, "theme_share", share),
        _wrapped(_Run, "_grouping", grouping),
        _wrapped(single_points, "kept", kept),
        _wrapped(_Run, "_subtopics", subtopics),
    ):
        _Run._front = traced_front  # type: ignore[method-assign]
        try:
            draft = draft_material(material, embedder)
        finally:
            _Run._front = inner_front  # type: ignore[method-assign]
    for th in draft.themes:
        for tp in th.topics:
            for m in tp.messages:
                ev["draft"].append((th.key, (tp.id, tuple(sorted(s.statement for s in m.sources)))))
    ev["draft"] = sorted(ev["draft"], key=repr)
    ev["rows"] = [
        (f"{r.task}: {r.metric}", r.ours) for r in score_draft(material, draft, embedder).rows
    ]
    return ev


def _first(a: list[Event], b: list[Event]) -> tuple[int, Event | None, Event | None] | None:
    for k in range(max(len(a), len(b))):
        x = a[k] if k < len(a) else None
        y = b[k] if k < len(b) else None
        if x != y:
            return k, x, y
    return None


def _show(value: Any, other: Any) -> str:
    """A value, and for dicts only the keys whose values differ from ``other``'s."""
    if isinstance(value, dict) and isinstance(other, dict):
        keys = [k for k in value if value.get(k) != other.get(k)]
        parts = []
        for k in keys:
            mine, theirs = value.get(k), other.get(k)
            if isinstance(mine, list) and isinstance(theirs, list):
                only = [v for v in mine if v not in theirs]
                parts.append(f"{k}: only here {only}")
            else:
                parts.append(f"{k}: {mine}")
        return "; ".join(parts) or "(same)"
    return repr(value)


def compare(a: dict[str, list[Event]], b: dict[str, list[Event]], text: dict[str, str]) -> None:
    for stage in a:
        if stage == "rows":
            was, now = dict(a[stage]), dict(b[stage])
            names = list(dict.fromkeys([*was, *now]))
            moved = [n for n in names if was.get(n) != now.get(n)]
            print(f"[rows] {len(moved)} row(s) of the evaluation move")
            for n in moved:
                print(f"  {n}: {was.get(n)} -> {now.get(n)}")
            continue
        if stage == "kinds":
            moved = [(x, y) for x, y in zip(a[stage], b[stage], strict=True) if x != y]
            print(f"[kinds] {len(moved)} statement(s) read otherwise")
            for (sid, was), (_sid, now) in moved:
                print(f"  {sid}: {was[:2]} -> {now[:2]}; text: {text[sid][:110]!r}")
                if was[2] != now[2]:
                    print(f"    point {was[2][:90]!r} -> {now[2][:90]!r}")
            continue
        if stage == "themes":
            moved = [
                (x, y)
                for x, y in zip(a[stage], b[stage], strict=False)
                if x != y and not x[0].startswith("themes after")
            ]
            print(f"[themes] {len(moved)} statement(s) with another theme, confidence or reason")
            other = [(x, y) for x, y in moved if x[1][0] != y[1][0]]
            print(f"  of them {len(other)} with another theme:")
            for (sid, was), (_sid, now) in other:
                print(f"  {sid}: {was} -> {now}; {text.get(sid, '')[:80]!r}")
            for (sid, was), (_sid, now) in moved[:12]:
                print(f"  {sid}: {was} -> {now}; {text.get(sid, '')[:80]!r}")
            later = [
                (x[0], [ids for ids in zip(x[1], y[1], strict=True) if ids[0] != ids[1]])
                for x, y in zip(a[stage], b[stage], strict=False)
                if x[0].startswith("themes after") and x != y
            ]
            for label, pairs in later:
                print(f"  {label}: {len(pairs)} themes differ (rows counted as read)")
            continue
        first = _first(a[stage], b[stage])
        if first is None:
            print(f"[{stage}] the same ({len(a[stage])} events)")
            continue
        k, x, y = first
        print(f"[{stage}] first difference at event {k} of {len(a[stage])} / {len(b[stage])}")
        if x is not None and y is not None and x[0] == y[0]:
            print(f"  where: {x[0]}")
            print(f"  off: {_show(x[1], y[1])}")
            print(f"  on:  {_show(y[1], x[1])}")
        else:
            print(f"  off: {x!r}"[:400])
            print(f"  on:  {y!r}"[:400])
        if stage != "draft" and len(a[stage]) == len(b[stage]):
            where = [x[0] for x, y in zip(a[stage], b[stage], strict=True) if x != y]
            print(f"  every event that differs, by theme: {where}")
        if stage == "draft":
            placed_a, placed_b = set(a[stage]), set(b[stage])
            only_off, only_on = len(placed_a - placed_b), len(placed_b - placed_a)
            print(f"  messages only off: {only_off}, only on: {only_on}")


def main(argv: Sequence[str]) -> int:
    args = list(argv)
    base: list[str] = []
    while "--base" in args:
        k = args.index("--base")
        base.append(args[k + 1])
        del args[k : k + 2]
    if len(args) < 2:
        print(__doc__)
        return 2
    name, given = args[0], args[1:]
    path = evaluation_base() / "reports" / f"{file_name(name)}.yaml"
    if is_held_out(path):
        print(f"{path.name} is held out: not drafted here")
        return 2
    from forum_messages.evaluation.material import load_material
    from forum_messages.nlp.base import memo_for
    from forum_messages.nlp.use import USEEmbedder

    material = load_material(str(path))
    embedder = memo_for(USEEmbedder())
    text = {st.id: st.text for st in material.corpus.statements}
    with _set(_settings(base)):
        off = traced(material, embedder)
    with _set(_settings(base + given)):
        on = traced(material, embedder)
    print(f"{path.name}: {' '.join(base) or 'as shipped'} against that with {' '.join(given)}")
    compare(off, on, text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
