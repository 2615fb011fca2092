"""The cost of stating the development statement sets' points as message texts
(``kinds.voiced_text``), with the frames of the forty-first round (``kind_frame_shape.GENERAL``,
``ANONYMOUS``, ``LONG_PREAMBLE``, ``kind_cues_voice6.ON``) off and on, alternately, caches
emptied before each run; the best of the runs of each is printed. With ``--calls``, only the
forty-fourth round's calls, warnings and split frames (``kind_cues_voice7.ON``, ``ASIDE``) are
turned off and on, every other setting as shipped; with ``--spent``, only the forty-sixth
round's (``kind_cues_voice8``: ``CALLS``, ``ADVERB``, ``BODIES``, ``LIST_ASIDE``, ``LEADS``,
``COURTESY``); with ``--speakers``, only the forty-eighth round's (``kind_cues_voice9``:
``SPEAKER``, ``AFTER``, ``GROUPS``, ``SUPPORT``, ``CALLS_LEFT``); with ``--kept``, only the
fifty-sixth round's (``kind_cues_voice11``: ``MATTER``, ``AGAIN``, ``SOURCE``, ``CALLERS``,
``AR_SUBJECT``, ``ASIDE_AND_THAT``); with ``--colon``, only the fifty-ninth round's
(``kind_cues_voice12``: ``AFTER_GROUP``, ``BODY_CALL``, ``NOTE_HEDGE``, ``ROUND_SAME``,
``ON_RECORD``, ``ASIDE_IMPERSONAL``, ``QUALIFIED``).

    PYTHONPATH=src .venv/bin/python bench/voiced_cost.py [runs] \
        [--calls | --spent | --speakers | --kept | --colon]

Only the development sets are read (``kinds/dev*.yaml``).
"""

from __future__ import annotations

import sys
import time

from common import evaluation_base

from forum_messages.evaluation.material import load_kind_set
from forum_messages.synth import (
    kind_cues_voice6,
    kind_cues_voice7,
    kind_cues_voice8,
    kind_cues_voice9,
    kind_cues_voice11,
    kind_cues_voice12,
    kind_frame_shape,
    kinds,
)

#: the forty-sixth round's settings (``--spent``)
SPENT = ("CALLS", "ADVERB", "BODIES", "LIST_ASIDE", "LEADS", "COURTESY")
#: the forty-eighth round's settings (``--speakers``)
SPEAKERS = ("SPEAKER", "AFTER", "GROUPS", "SUPPORT", "CALLS_LEFT")
#: the fifty-sixth round's settings (``--kept``)
KEPT = kind_cues_voice11.SETTINGS
#: the fifty-ninth round's settings (``--colon``)
COLON = kind_cues_voice12.SETTINGS


def _set(
    on: bool,
    calls: bool = False,
    spent: bool = False,
    speakers: bool = False,
    kept: bool = False,
    colon: bool = False,
) -> None:
    if colon:
        for name in COLON:
            setattr(kind_cues_voice12, name, on)
        return
    if kept:
        for name in KEPT:
            setattr(kind_cues_voice11, name, on)
        return
    if speakers:
        for name in SPEAKERS:
            setattr(kind_cues_voice9, name, on)
        return
    if spent:
        for name in SPENT:
            setattr(kind_cues_voice8, name, on)
        return
    kind_cues_voice7.ON = kind_cues_voice7.ASIDE = on
    if calls:
        return
    kind_frame_shape.GENERAL = kind_frame_shape.ANONYMOUS = on
    kind_frame_shape.LONG_PREAMBLE = kind_cues_voice6.ON = on


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    calls = "--calls" in sys.argv[1:]
    spent = "--spent" in sys.argv[1:]
    speakers = "--speakers" in sys.argv[1:]
    kept = "--kept" in sys.argv[1:]
    colon = "--colon" in sys.argv[1:]
    runs = int(args[0]) if args else 3
    paths = sorted((evaluation_base() / "kinds").glob("dev*.yaml"))
    items = [it for path in paths for it in load_kind_set(path)]
    read = [(kinds.classify(it.text, it.language), it.language) for it in items]
    points = [(kind.point, lang, kind.cuts) for kind, lang in read if kind.point]
    best = {False: float("inf"), True: float("inf")}
    for _ in range(runs):
        for on in (False, True):
            _set(on, calls, spent, speakers, kept, colon)
            kinds.clear_caches()
            for point, lang, cuts in points[:60]:  # the patterns compiled before the clock starts
                kinds.voiced_text(point, lang, cuts)
            kinds.voiced.cache_clear()
            start = time.perf_counter()
            for point, lang, cuts in points:
                kinds.voiced_text(point, lang, cuts)
            best[on] = min(best[on], time.perf_counter() - start)
    _set(True, colon=colon)
    _set(True, kept=kept)
    _set(True, speakers=speakers)
    _set(True, spent=spent)
    _set(True)
    kinds.clear_caches()
    print(f"{len(points)} points of {len(paths)} development sets, best of {runs} runs")
    print(f"off: {best[False]:.3f} s")
    print(f"on:  {best[True]:.3f} s")


if __name__ == "__main__":
    main()
