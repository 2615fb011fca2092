"""Where attribution recall is lost: the pattern layer's verdict on every labelled attribution.

Attribution is decided by the cue patterns alone (``synth.kinds.classify``; the learned model
only decides "descriptive"), so this reads ``classify`` on each statement of the development
statement sets and prints, per file and per language, the attributions found of those labelled
and the other statements marked (descriptions included: ``forum-messages evaluate`` leaves out
those the filter sets aside), and with ``--misses`` each attribution missed.

    .venv/bin/python bench/kind_attributions.py                 # every development set
    .venv/bin/python bench/kind_attributions.py kinds/dev11.yaml --misses
    .venv/bin/python bench/kind_attributions.py --presenters     # kind_cues_presenters turned on
    .venv/bin/python bench/kind_attributions.py --presenters --held-back   # and its held-back ones
    .venv/bin/python bench/kind_attributions.py --off            # kind_cues_presenters turned off

Held-out sets are refused.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from common import evaluation_base

from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth.kind_model import labelled_items
from forum_messages.synth.kinds import classify, clear_caches
from forum_messages.yamlsrc import load_yaml

DEVELOPMENT = tuple(
    f"kinds/{name}.yaml"
    for name in (
        "dev",
        "dev2",
        "dev3",
        "dev4",
        "dev5",
        "dev6",
        "dev7",
        "dev8",
        "dev9",
        "dev10",
        "dev11",
        "dev20",
        "dev24-attr",
        "test5",
        "test6",
        "test7",
        "test8",
        "test9",
        "test10",
    )
)
#: the held-out sets (test11 to test18 are spent: their looks are used, they are read now)
HELD_OUT = tuple(f"kinds/test{n}.yaml" for n in ("", 2, 3, 4, 19, 20, 21, 22, 23))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", default=list(DEVELOPMENT))
    ap.add_argument("--misses", action="store_true", help="print each attribution missed")
    ap.add_argument(
        "--presenters",
        action="store_true",
        help="turn on the attributions told by their grammar (kind_cues_presenters.ON)",
    )
    ap.add_argument(
        "--held-back",
        action="store_true",
        help="with --presenters, also the patterns held back (kind_cues_presenters.HELD_BACK_ON)",
    )
    ap.add_argument(
        "--off",
        action="store_true",
        help="turn the attributions told by their grammar off (kind_cues_presenters.ON = False)",
    )
    args = ap.parse_args()
    if args.presenters or args.off:
        presenters.ON = args.presenters and not args.off
        presenters.HELD_BACK_ON = args.held_back
        clear_caches()
    held = [name for name in args.files if name in HELD_OUT]
    if held:
        ap.error(f"held-out sets are never read here: {', '.join(held)}")
    base = evaluation_base()
    labelled, found, marked = Counter(), Counter(), Counter()
    for name in args.files:
        data = load_yaml((base / name).read_text(encoding="utf-8"))
        assert len(data) == len(labelled_items([name], base))
        for item in data:
            lang = str(item["lang"])
            said = classify(str(item["text"]), lang).attribution
            if item.get("attribution"):
                for key in ((name, lang), (name, "all"), ("all", lang), ("all", "all")):
                    labelled[key] += 1
                    found[key] += said
                if not said and args.misses:
                    print(f"missed {Path(name).stem} {lang}: {item['text']}")
            elif said:
                for key in ((name, lang), (name, "all"), ("all", lang), ("all", "all")):
                    marked[key] += 1
    for name in [*args.files, "all"]:
        cells = [
            f"{lang} {found[name, lang]}/{labelled[name, lang]} other {marked[name, lang]}"
            for lang in ("all", "ar", "en", "es", "fr", "ru", "zh")
            if labelled[name, lang] or marked[name, lang]
        ]
        print(f"{Path(name).stem}: " + "  ".join(cells))


if __name__ == "__main__":
    main()
