"""The cost of telling apart the attributions that only a reading held back gives
(``held_marks.text_only``, ``READS`` "text": each statement the kinds step marks is read once
more without ``kind_cues_presenters.MORE_HELD_BACK`` and ``kind_turns.TURNS``), beside the
kinds step itself, on every readable report file's statements (held-out files skipped). Caches
are emptied before each run; the best of the runs of each is printed, with how many statements
are marked and how many of them by the readings held back alone.

    PYTHONPATH=src .venv/bin/python bench/held_marks_cost.py [runs]
"""

from __future__ import annotations

import sys
import time

from common import evaluation_base
from held_out import readable

from forum_messages.evaluation.material import load_material
from forum_messages.model import Statement
from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth import held_marks, kinds
from forum_messages.synth.kinds import Kind


def _statements() -> list[Statement]:
    base = evaluation_base() / "reports"
    paths = readable(sorted(str(p) for p in base.glob("*.yaml")))
    return [st for path in paths for st in load_material(path).corpus.statements]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    statements = _statements()
    langs = [st.language or "en" for st in statements]
    texts = [strip_numbering(st.text) for st in statements]
    if held_marks.READS != "text" or not held_marks.any_on():
        raise SystemExit("held_marks.READS must be 'text' with a reading held back on")
    best_kinds = best_held = best_cues = float("inf")
    found: list[Kind] = []
    rows: list[int] = []
    for _ in range(runs):
        kinds.clear_caches()
        start = time.perf_counter()
        found = [kinds.classify(t, g) for t, g in zip(texts, langs, strict=True)]
        best_kinds = min(best_kinds, time.perf_counter() - start)
        marked = list(found)
        start = time.perf_counter()
        for lang in ("ar", "en", "es", "fr", "ru", "zh"):  # the patterns without them, compiled
            kinds._cues(lang, False)
        best_cues = min(best_cues, time.perf_counter() - start)
        kinds._cues.cache_clear()
        start = time.perf_counter()
        rows = held_marks.text_only(statements, langs, marked)
        best_held = min(best_held, time.perf_counter() - start)
    said = sum(k.attribution for k in found)
    print(f"statements: {len(statements)}, marked as attributions: {said}")
    print(f"  by a reading held back alone: {len(rows)}")
    print(f"kinds step: {best_kinds:.3f} s")
    share = 100 * best_held / best_kinds
    print(f"read again without the readings held back: {best_held:.3f} s ({share:.1f} %)")
    print(f"  of which the patterns without them compiled (six languages): {best_cues:.3f} s")


if __name__ == "__main__":
    main()
