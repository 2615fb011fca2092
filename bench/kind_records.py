"""What the record-and-attendance cue family (``synth.kind_cues_records``) costs ``classify``.

Classifies the statements of a synthetic edition (``bench/synthetic.py``, seed 0) with the
family switched off and on, alternately, the pattern caches cleared before every run, and
prints each run's time, the best of each, and how many statements each setting calls
descriptive.

    .venv/bin/python bench/kind_records.py              # 3,000 statements, 4 rounds
    .venv/bin/python bench/kind_records.py --n 10000 --rounds 6
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import rounds_corpus, runs_ms

from forum_messages.synth import kinds
from forum_messages.synth.kind_cues_records import RECORDS


def _run(items: list[tuple[str, str]]) -> tuple[float, int]:
    kinds.clear_caches()
    start = time.perf_counter()
    out = [kinds.classify(text, lang) for text, lang in items]
    return time.perf_counter() - start, sum(k.kind == "descriptive" for k in out)


def main() -> None:
    args, corpus = rounds_corpus(3000, 4, __doc__)
    items = [(st.text, st.language or "en") for st in corpus.statements]
    shipped = {lang: list(patterns) for lang, patterns in RECORDS.items()}
    times: dict[str, list[float]] = {"without": [], "with": []}
    found: dict[str, int] = {}
    for _ in range(args.rounds):
        for setting in ("without", "with"):
            for lang, patterns in RECORDS.items():
                patterns[:] = [] if setting == "without" else shipped[lang]
            seconds, found[setting] = _run(items)
            times[setting].append(seconds)
    for setting, runs in times.items():
        print(f"{setting:8} {runs_ms(runs)}  descriptive {found[setting]} of {len(items)}")


if __name__ == "__main__":
    main()
