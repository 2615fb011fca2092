"""Frames read by their shape (``synth/kind_frame_shape.py``), measured leave one set out.

The predicate lexicon is read from the labelled statement sets (``derive``): every framed
statement whose shape the module reads gives its predicate word (for a set that gives the
point without its frame, only when the cut point no longer holds the frame), every plain
point of the same shape counts against its word; a word is kept when framed statements give
it more than twice as often as points. Each readable set is then scored with a lexicon read
from all the *other* sets (leave one set out), the sentence read as the message text states
it (``kinds.voiced_text`` on ``kinds.classify``'s point), with the shape off and on:

- framed statements left whole by the present rules, and how many the shape takes off;
- for the sets that give the point: "frame kept" (``evaluation.frame_kept``) off -> on;
- points the shape changes (a point cut wrongly: damage), beside those the present rules
  change.

The sets scored only (never read for the lexicon) are scored with the lexicon of all the
readable sets (``kinds/test18.yaml`` among them, spent after the lexicon was read). The sets
are named one by one: a newer held-out set (``test19.yaml`` on) is never opened.

With ``--leads`` the step measured is the source before the point (``lead_point``: "According
to participants, X", "По мнению участников, X", "在与会者看来，X", "委员们一致认为X"): the
shape on without it, then with it; the same counts (the lexicon still read leave one set out,
which the Chinese frames with no comma use).

    .venv/bin/python bench/kind_frame_shape.py            # the table
    .venv/bin/python bench/kind_frame_shape.py --leads    # the sources before the point
    .venv/bin/python bench/kind_frame_shape.py --show     # every change the shape makes
    .venv/bin/python bench/kind_frame_shape.py --lexicon  # the lexicon from every readable set

The statements the learned filter would set aside as descriptive are not left out here (no
embedder is run): a framed statement counts when ``classify`` does not read it descriptive.
"""

from __future__ import annotations

import argparse
from collections import Counter
from importlib import resources
from pathlib import Path

from forum_messages.evaluation.frame_kept import keeps_frame
from forum_messages.evaluation.material import KindItem, load_kind_set
from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import kind_frame_shape as shape
from forum_messages.synth import kinds

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
#: a predicate is kept when framed statements of this many sets give it
MIN_SETS = 2
#: the readable sets the lexicon is read from (development sets, spent held-out sets), named
#: one by one: a newer held-out set is never listed, so never opened
READABLE = (
    "dev.yaml",
    "dev-spoken.yaml",
    *(f"dev{i}.yaml" for i in range(2, 19)),
    *(f"test{i}.yaml" for i in range(10, 18)),
)
#: sets scored with the full lexicon, never read for it: those of the common evaluation, and
#: test18 (spent after the lexicon was read)
SCORED_ONLY = ("test.yaml", *(f"test{i}.yaml" for i in range(2, 10)), "test18.yaml")


def _plain(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".。!！?？؟ ")


def _matched(text: str, lang: str) -> str:
    return arabic_plain(text) if lang == "ar" else text


def _cut(item: KindItem, key: str) -> str | None:
    s = _matched(item.text, item.language)
    at = list(range(len(item.text) + 1))
    if item.language == "ar":
        at = [i for i, ch in enumerate(item.text) if arabic_plain(ch)] + [len(item.text)]
    return shape.shape_point(item.text, s, at, item.language, {item.language: frozenset({key})})


def derive(sets: dict[str, list[KindItem]]) -> dict[str, frozenset[str]]:
    """The predicates of each language, from framed statements and points of the same shape:
    a word given by framed statements of two sets or more, more than twice as often as by
    points, and no verb of will (``kind_frame_shape.WILL``)."""
    framed: Counter[tuple[str, str]] = Counter()
    points: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], set[str]] = {}
    for name, it in ((n, it) for n, items in sets.items() for it in items):
        if it.kind == "descriptive" or it.language not in LANGUAGES:
            continue
        found = shape.read(_matched(it.text, it.language), it.language)
        if found is None:
            continue
        key = (it.language, found.predicate)
        if it.kind == "point":
            points[key] += 1
        elif it.point:
            cut = _cut(it, found.predicate)
            if cut and keeps_frame(cut, it.text, it.point) is False:
                framed[key] += 1
                where.setdefault(key, set()).add(name)
        else:
            framed[key] += 1
            where.setdefault(key, set()).add(name)
    out: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
    for (lang, word), n in framed.items():
        strong = (len(where[lang, word]) >= MIN_SETS or n >= 2) and n > 2 * points[lang, word]
        if strong and not shape.WILL[lang].search(word):
            out[lang].add(word)
    return {lang: frozenset(words) for lang, words in out.items()}


def _shown(it: KindItem) -> str | None:
    k = kinds.classify(it.text, it.language)
    return None if k.kind == "descriptive" else kinds.voiced_text(k.point, it.language, k.cuts)


def score(
    items: list[KindItem], lexicon: dict[str, frozenset[str]], show: str = "", leads: bool = False
) -> Counter:
    """Counts, per language and "all", with the shape off and on (with ``lexicon``); with
    ``leads``, the shape on without and with the sources before the point
    (``kind_frame_shape.LEADS``)."""
    saved_on, saved_leads, saved = shape.ON, shape.LEADS, shape.PREDICATES
    shape.PREDICATES = lexicon
    shape.predicates.cache_clear()
    try:
        shape.ON, shape.LEADS = leads, False
        kinds.clear_caches()
        before = [_shown(it) for it in items]
        shape.ON, shape.LEADS = True, leads
        kinds.clear_caches()
        after = [_shown(it) for it in items]
    finally:
        shape.ON, shape.LEADS, shape.PREDICATES = saved_on, saved_leads, saved
        shape.predicates.cache_clear()
        kinds.clear_caches()
    c: Counter = Counter()
    for it, b, a in zip(items, before, after, strict=True):
        if b is None or it.kind == "descriptive":
            continue
        changed = _plain(a or "") != _plain(b)
        whole = _plain(b) == _plain(it.text)
        for g in ("all", it.language):
            if it.kind == "framed":
                c[g, "framed"] += 1
                c[g, "whole"] += whole
                c[g, "taken off"] += whole and changed
                if it.point:
                    kb = keeps_frame(b, it.text, it.point)
                    ka = keeps_frame(a or b, it.text, it.point)
                    if kb is not None:
                        c[g, "pointed"] += 1
                        c[g, "kept before"] += kb
                        c[g, "kept after"] += bool(ka)
                        c[g, "given before"] += _plain(b) == _plain(it.point)
                        c[g, "given after"] += _plain(a or b) == _plain(it.point)
            else:
                c[g, "points"] += 1
                c[g, "points changed"] += not whole
                c[g, "damaged"] += changed
        if changed and show:
            print(f"{show} {it.language} {it.kind} | {it.text}\n    -> {a}")
    return c


def _row(name: str, c: Counter, group: str = "all") -> str:
    kept = (
        f"{c[group, 'kept before']}/{c[group, 'pointed']} -> {c[group, 'kept after']}; "
        f"as given {c[group, 'given before']} -> {c[group, 'given after']}"
        if c[group, "pointed"]
        else "-"
    )
    return (
        f"| {name} | {c[group, 'framed']} | {c[group, 'whole']} | {c[group, 'taken off']} | "
        f"{kept} | {c[group, 'points changed']}/{c[group, 'points']} | {c[group, 'damaged']} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="print every change the shape makes")
    ap.add_argument("--lexicon", action="store_true", help="print the lexicon of every set")
    ap.add_argument(
        "--leads", action="store_true", help="the sources before the point: shape on, off -> on"
    )
    args = ap.parse_args()
    base = Path(str(resources.files("forum_messages") / "editions" / "evaluation" / "kinds"))
    sets = {n: load_kind_set(base / n) for n in (*READABLE, *SCORED_ONLY)}
    readable = list(READABLE)
    full = derive({n: sets[n] for n in readable})
    if args.lexicon:
        for lang in LANGUAGES:
            lines, line = [], ""
            for word in sorted(full[lang]):
                if line and len(line) + len(word) > 72:
                    lines.append(f'        "{line}|"')
                    line = ""
                line = f"{line}|{word}" if line else word
            lines.append(f'        "{line}"')
            print(f'    "{lang}": _words(\n' + "\n".join(lines) + "\n    ),")
        return
    header = (
        "| set | framed | left whole | taken off | frame kept, point as given: off -> on | "
        "points changed now | points the shape changes |\n|---|---|---|---|---|---|---|"
    )
    total: Counter = Counter()
    print("leave one set out (lexicon without the set):\n" + header)
    for n in readable:
        lexicon = derive({m: sets[m] for m in readable if m != n})
        c = score(sets[n], lexicon, n if args.show else "", args.leads)
        total.update(c)
        print(_row(n, c))
    print(_row("**all readable**", total))
    scored: Counter = Counter()
    print("\nsets never read for the lexicon (full lexicon):\n" + header)
    for n in SCORED_ONLY:
        c = score(sets[n], full, n if args.show else "", args.leads)
        scored.update(c)
        print(_row(n, c))
    print(_row("**all**", scored))
    print("\nper language (readable out of fold | never read):\n" + header)
    for lang in LANGUAGES:
        print(_row(f"{lang} readable", total, lang))
        print(_row(f"{lang} never read", scored, lang))


if __name__ == "__main__":
    main()
