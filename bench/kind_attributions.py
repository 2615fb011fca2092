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
    .venv/bin/python bench/kind_attributions.py --families [--held-back]   # pattern by pattern
    .venv/bin/python bench/kind_attributions.py --more   # and MORE_HELD_BACK turned on
    .venv/bin/python bench/kind_attributions.py --speakers2-off   # kind_cues_speakers2 turned off

Held-out sets are refused.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from common import evaluation_base
from held_out import KIND_SETS  # type: ignore[import-not-found]

from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth import kind_cues_speakers2 as speakers2
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
        "dev27",
        "dev31-attr",
        "dev32",
        "dev34",
        "dev36",
        "dev38-attr",
        "dev40",
        "dev43-attr",
        "dev44",
        "dev46-attr",
        "test5",
        "test6",
        "test7",
        "test8",
        "test9",
        "test10",
    )
)
#: the held-out sets (test11 to test18 are spent: their looks are used, they are read now)
HELD_OUT = KIND_SETS


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
        "--more",
        action="store_true",
        help="turn on the patterns held back in the forty-seventh round "
        "(kind_cues_presenters.MORE_HELD_BACK_ON)",
    )
    ap.add_argument(
        "--speakers2-off",
        action="store_true",
        help="turn off the attributions in a forum's own register (kind_cues_speakers2.ON)",
    )
    ap.add_argument(
        "--off",
        action="store_true",
        help="turn the attributions told by their grammar off (kind_cues_presenters.ON = False)",
    )
    ap.add_argument(
        "--families",
        action="store_true",
        help="for each pattern of kind_cues_presenters (on, and held back with --held-back): the "
        "attributions it adds to those the other cues find, and the other statements it marks",
    )
    args = ap.parse_args()
    if args.families:
        held = [name for name in args.files if name in HELD_OUT]
        if held:
            ap.error(f"held-out sets are never read here: {', '.join(held)}")
        families(args.files, args.held_back)
        return
    if args.presenters or args.off:
        presenters.ON = args.presenters and not args.off
        presenters.HELD_BACK_ON = args.held_back
        clear_caches()
    if args.more:
        presenters.MORE_ON, presenters.MORE_HELD_BACK_ON = True, True
        clear_caches()
    if args.speakers2_off:
        speakers2.ON = False
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


def _set(patterns: dict[str, list[str]], held_back: dict[str, list[str]]) -> None:
    presenters.ON, presenters.HELD_BACK_ON = True, True
    presenters.PRESENTERS, presenters.HELD_BACK = patterns, held_back
    clear_caches()


def families(files: list[str], with_held_back: bool) -> None:
    """Per file, for each pattern (``on 3`` for ``PRESENTERS[lang][3]``, ``held 0`` for
    ``HELD_BACK[lang][0]``): the labelled attributions it marks that the cues without this
    module miss ("found") and the other statements it marks that they leave ("other")."""
    shipped = (presenters.ON, presenters.HELD_BACK_ON, presenters.PRESENTERS, presenters.HELD_BACK)
    named = {
        (lang, f"{tag} {i}"): pattern
        for tag, table in (("on", shipped[2]), ("held", shipped[3] if with_held_back else {}))
        for lang, patterns in table.items()
        for i, pattern in enumerate(patterns)
    }
    base = evaluation_base()
    try:
        for name in files:
            items = [
                (str(it["text"]), str(it["lang"]), bool(it.get("attribution")))
                for it in load_yaml((base / name).read_text(encoding="utf-8"))
            ]
            _set({}, {})
            before = [classify(text, lang).attribution for text, lang, _ in items]
            counts: Counter[tuple[str, str, str]] = Counter()
            for (lang, family), pattern in named.items():
                _set({lang: [pattern]}, {})
                for (text, item_lang, labelled), was in zip(items, before, strict=True):
                    if item_lang == lang and not was and classify(text, lang).attribution:
                        counts[lang, family, "found" if labelled else "other"] += 1
            cells = [
                f"{lang} {family} {what} {n}" for (lang, family, what), n in sorted(counts.items())
            ]
            print(f"{Path(name).stem}: " + ("  ".join(cells) or "nothing added"))
    finally:
        presenters.ON, presenters.HELD_BACK_ON = shipped[0], shipped[1]
        presenters.PRESENTERS, presenters.HELD_BACK = shipped[2], shipped[3]
        clear_caches()


if __name__ == "__main__":
    main()
