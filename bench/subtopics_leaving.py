"""How the sub-topics of a draft's other messages move when a reading takes a message out,
puts one in or joins one to another (docs/quality.md, "Themes, messages and sub-topics, step
by step", step 62).

Each readable report file is drafted as ``evaluate`` drafts it, with a variant of step 60 off
and on (``topics.FORMED_FIRST`` as shipped, or off with ``--off``). For each theme: its
messages and sub-topics off and on, the messages only one draft holds, and the pairs of
messages both hold that share a sub-topic in one draft only (``moved``; each message of such
a theme is then listed with its sub-topic off and on). Then the file's sub-topic ARI (as
``evaluate`` computes it) off, on, and over the messages both drafts hold, off and on: when
these two are equal, the whole change of the ARI is the messages that left or came.

    R=../src/forum_messages/editions/evaluation/reports
    cd bench && ../.venv/bin/python subtopics_leaving.py VARIANT $R/*.yaml [--off]

VARIANT: question, room (question with the room kept), account, annex, annex8 (floor 0.8),
join8 ("join", 0.3, floor 0.8).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import combinations
from typing import Any

from common import entry, file_name
from held_out import readable

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.metrics import ari
from forum_messages.evaluation.realistic import draft_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import single_points, soft_kinds, topics

VARIANTS: dict[str, list[tuple[Any, str, object]]] = {
    "question": [(soft_kinds, "DESCRIBED_QUESTION", True)],
    "room": [(soft_kinds, "DESCRIBED_QUESTION", True), (single_points, "DESCRIBED_ROOM", True)],
    "account": [(single_points, "ACCOUNT", "main")],
    "annex": [(single_points, "ACCOUNTS_ONLY", "annex")],
    "annex8": [
        (single_points, "ACCOUNTS_ONLY", "annex"),
        (single_points, "ACCOUNTS_ONLY_FLOOR", 0.8),
    ],
    "join8": [
        (single_points, "ACCOUNTS_ONLY", "join"),
        (single_points, "ACCOUNTS_JOIN", 0.3),
        (single_points, "ACCOUNTS_ONLY_FLOOR", 0.8),
    ],
}

#: a message (its sources), its theme, its sub-topic, the start of its text, and the editor's
#: sub-topic of its majority point (None: a point the editor did not place)
Placed = dict[frozenset[str], tuple[str, str, str, str | None]]


@contextmanager
def settings(values: list[tuple[Any, str, object]]) -> Iterator[None]:
    saved = [(module, name, getattr(module, name)) for module, name, _ in values]
    for module, name, value in values:
        setattr(module, name, value)
    try:
        yield
    finally:
        for module, name, value in saved:
            setattr(module, name, value)


def placed(material: Material, embedder: Any) -> Placed:
    label = {k: a.point or "(descriptive)" for k, a in material.answers.items()}
    draft = draft_material(material, embedder)
    out: Placed = {}
    for th in draft.themes:
        for tp in th.topics:
            for m in tp.messages:
                top = Counter(label[r.statement] for r in m.sources).most_common(1)[0][0]
                editor = material.points[top].subtopic if top in material.points else None
                key = frozenset(r.statement for r in m.sources)
                out[key] = (th.key, tp.id, m.text[:70], editor)
    return out


def file_ari(found: Placed, keys: list[frozenset[str]]) -> float:
    keys = [k for k in keys if found[k][3] is not None]
    return round(ari([found[k][1] for k in keys], [found[k][3] for k in keys]), 4)


def one_file(path: str, variant: str, embedder: Any) -> None:
    material = load_material(path)
    off = placed(material, embedder)
    with settings(VARIANTS[variant]):
        on = placed(material, embedder)
    print(f"== {file_name(path)}")
    for theme in sorted({v[0] for v in off.values()}):
        a = {k: v for k, v in off.items() if v[0] == theme}
        b = {k: v for k, v in on.items() if v[0] == theme}
        both = sorted(set(a) & set(b), key=sorted)
        moved = sum((a[m][1] == a[n][1]) != (b[m][1] == b[n][1]) for m, n in combinations(both, 2))
        subs = len({v[1] for v in a.values()}), len({v[1] for v in b.values()})
        if len(both) == len(a) == len(b) and not moved:
            continue
        print(
            f"  {theme}: messages {len(a)} -> {len(b)},"
            f" sub-topics {subs[0]} -> {subs[1]}, moved {moved}"
        )
        for k in sorted(set(a) - set(b), key=sorted):
            print(f"    off only: {a[k][2]!r}")
        for k in sorted(set(b) - set(a), key=sorted):
            print(f"    on only: {b[k][2]!r}")
        if moved:
            number_a = {t: i for i, t in enumerate(dict.fromkeys(a[k][1] for k in both))}
            number_b = {t: i for i, t in enumerate(dict.fromkeys(b[k][1] for k in both))}
            for k in both:
                print(f"    {number_a[a[k][1]]} -> {number_b[b[k][1]]}  {a[k][2]!r}")
    both = [k for k in off if k in on]
    print(
        f"  ARI off {file_ari(off, list(off))} on {file_ari(on, list(on))};"
        f" over the {len(both)} messages both hold: off {file_ari(off, both)}"
        f" on {file_ari(on, both)}",
        flush=True,
    )


def main(variant: str, paths: list[str], off: bool) -> int:
    if variant not in VARIANTS:
        print(__doc__)
        return 2
    embedder = memo_for(USEEmbedder())
    with settings([(topics, "FORMED_FIRST", not off)]):
        for path in readable(paths):
            one_file(path, variant, embedder)
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("--off",))
