"""How the filter reads the framed points of the development material, out of fold.

Reads the probabilities and votes that ``bench/kind_model.py --by-file --dump FILE`` keeps (each
file scored by a regression not fitted on it and a vote whose bank holds none of its
statements) and, for every statement labelled ``framed`` in the development statement sets,
prints per language whether the whole filter (a) sets it aside as descriptive (the patterns, or
the model and its second look), (b) keeps it whole, frame and all (read as a plain point), or
(c) strips it to its point. ``--show b`` prints the statements of one reading (a, b or c) with
the point kept.

    .venv/bin/python bench/kind_model.py --by-file --shipped-gates --dump /tmp/oof.npz
    .venv/bin/python bench/kind_framed.py /tmp/oof.npz [--show b]

Held-out sets are never read (the dump holds only the development material).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import numpy as np
from common import evaluation_base

from forum_messages.synth.kind_model import (
    MIX,
    RECORD_GATE,
    SECOND_GATE,
    DescriptiveModel,
    labelled_items,
)
from forum_messages.synth.kinds import classify
from forum_messages.yamlsrc import load_yaml

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
READINGS = {"a": "descriptive", "b": "kept whole", "c": "stripped"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", help="the .npz that bench/kind_model.py --by-file --dump wrote")
    ap.add_argument("--show", choices=sorted(READINGS), help="print the statements of a reading")
    args = ap.parse_args()
    data = np.load(args.dump, allow_pickle=False)
    base = evaluation_base()
    names = list(dict.fromkeys(str(s) for s in data["source"]))
    items = labelled_items(names, base)
    if len(items) != len(data["points"]):
        raise SystemExit(f"{args.dump}: not a dump of the development material as it is now")
    labels: list[str] = []
    for name in names:
        loaded = load_yaml((base / name).read_text(encoding="utf-8"))
        if isinstance(loaded, list):
            labels.extend(str(it["kind"]) for it in loaded)
        else:  # a report file: its statements are points or descriptions, never "framed"
            labels.extend(
                "report"
                for report in loaded.get("sessions") or []
                for key in ("key_takeaways", "calls_to_action", "messages")
                for _ in report.get(key) or []
            )
    prob, share, record = data["prob"], data["share"], data["record"]
    model = DescriptiveModel()
    count: Counter[tuple[str, str]] = Counter()
    for i, (text, lang, _, source) in enumerate(items):
        if labels[i] != "framed":
            continue
        kind = classify(text, lang)
        point = kind.point or text
        if kind.kind == "descriptive":
            reading = "a"
        else:
            gate = RECORD_GATE if record[i] else SECOND_GATE
            mixed = round(MIX * float(prob[i]) + (1 - MIX) * float(share[i]), 4)
            learned = model.decide(prob[i : i + 1], [point], [kind])[0] or (
                model.open_to_model(point, kind) and mixed > gate
            )
            reading = "a" if learned else "b" if kind.kind == "point" else "c"
        for group in ("all", lang):
            count[group, reading] += 1
            count[group, "n"] += 1
        if args.show == reading:
            print(f"{Path(source).stem} {lang} | {text}\n    -> {kind.point}")
    for group in ("all", *LANGUAGES):
        cells = "  ".join(f"({r}) {READINGS[r]} {count[group, r]}" for r in READINGS)
        print(f"{group}: {count[group, 'n']} framed  {cells}")


if __name__ == "__main__":
    main()
