"""What the statement kinds' matching engine (``kinds.AnyOf``) saves ``classify``.

Classifies the statements of a synthetic edition (``bench/synthetic.py``, seed 0) with the cue
patterns of each list tried together (the engine) and one by one (the plain matching),
alternately, the pattern and sentence caches cleared before every run (so that each run
compiles what it uses, as a cold draft does), and prints each run's CPU time, the best of
each, and whether both gave the same kinds, points and attributions.

    .venv/bin/python bench/kind_engine.py              # 3,000 statements, 4 rounds
    .venv/bin/python bench/kind_engine.py --n 10000 --rounds 6
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import rounds_corpus, runs_ms

from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth import kinds


def _run(items: list[tuple[str, str]]) -> tuple[float, list[kinds.Kind]]:
    kinds.clear_caches()
    re.purge()
    start = time.process_time()
    out = [kinds.classify(text, lang) for text, lang in items]
    return time.process_time() - start, out


def main() -> None:
    args, corpus = rounds_corpus(3000, 4, __doc__)
    items = [(strip_numbering(st.text), st.language or "en") for st in corpus.statements]
    kinds.classify("你好。", "zh")  # the Chinese tagger loaded once, outside the runs
    engines = {"together": kinds.AnyOf, "one by one": kinds.OneByOne}
    times: dict[str, list[float]] = {name: [] for name in engines}
    found: dict[str, list[kinds.Kind]] = {}
    for _ in range(args.rounds):
        for name, engine in engines.items():
            kinds.AnyOf = engine  # type: ignore[misc]
            seconds, found[name] = _run(items)
            times[name].append(seconds)
    kinds.AnyOf = engines["together"]  # type: ignore[misc]
    for name, runs in times.items():
        print(f"{name:10} {runs_ms(runs)} CPU")
    same = found["together"] == found["one by one"]
    print(f"{len(items)} statements: {'the same kinds' if same else 'KINDS DIFFER'}")


if __name__ == "__main__":
    main()
