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

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build_corpus, generate_reports

from forum_messages.nlp.segment import strip_numbering
from forum_messages.synth import kinds


def _run(items: list[tuple[str, str]]) -> tuple[float, list[kinds.Kind]]:
    kinds.clear_caches()
    re.purge()
    start = time.process_time()
    out = [kinds.classify(text, lang) for text, lang in items]
    return time.process_time() - start, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=4)
    args = ap.parse_args()
    corpus = build_corpus(generate_reports(args.n, seed=0))
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
        shown = " ".join(f"{1000 * s:.0f}" for s in runs)
        print(f"{name:10} best {1000 * min(runs):.0f} ms  runs {shown} ms CPU")
    same = found["together"] == found["one by one"]
    print(f"{len(items)} statements: {'the same kinds' if same else 'KINDS DIFFER'}")


if __name__ == "__main__":
    main()
