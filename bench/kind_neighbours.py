"""What the description model's second look (the neighbours' vote) costs a draft.

Classifies the statements of a synthetic edition (``bench/synthetic.py``, seed 0), embeds the
points with the multilingual encoder (outside the timing), then times
``DescriptiveModel.descriptive`` with and without the second look, and with the register of a
record read (``kind_model.record_register``, each language one input, timed with the call),
alternately (the shipped weights and bank read once, before the runs), and prints each run's
CPU time, the best of each per 10,000 statements, how many statements are open to the model,
and how many more the second look (and the register) sets aside.

    .venv/bin/python bench/kind_neighbours.py                   # 10,000 statements, 3 rounds
    .venv/bin/python bench/kind_neighbours.py --n 3000 --rounds 5
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from common import rounds_corpus, runs_ms

from forum_messages.nlp.segment import strip_numbering
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import kinds
from forum_messages.synth.kind_model import DescriptiveModel, neighbour_bank, record_register


def main() -> None:
    args, corpus = rounds_corpus(10000, 3, __doc__)
    items = [(strip_numbering(st.text), st.language or "en") for st in corpus.statements]
    found = [kinds.classify(t, g) for t, g in items]
    texts = [k.point or t for k, (t, _) in zip(found, items, strict=True)]
    embedder = USEEmbedder()
    x = np.asarray(embedder.embed(texts))
    models = {
        "regression alone": DescriptiveModel(neighbours=False),
        "with second look": DescriptiveModel(),
        "register read": DescriptiveModel(),
    }
    langs = [g for _, g in items]
    models["regression alone"].fit(embedder)
    neighbour_bank(embedder)
    times: dict[str, list[float]] = {name: [] for name in models}
    said: dict[str, list[bool]] = {}
    for _ in range(args.rounds):
        for name, model in models.items():
            start = time.process_time()
            record = record_register(texts, langs).tolist() if name == "register read" else None
            said[name] = model.descriptive(x, texts, found, embedder, record)
            times[name].append(time.process_time() - start)
    per = 10000 / len(texts)
    for name, runs in times.items():
        print(f"{name:17} {runs_ms(runs, per, 'ms per 10k')} CPU")
    is_open = sum(DescriptiveModel.open_to_model(t, k) for t, k in zip(texts, found, strict=True))
    pairs = list(zip(said["regression alone"], said["with second look"], strict=True))
    extra = sum(b and not a for a, b in pairs)
    lost = sum(a and not b for a, b in pairs)
    print(f"{len(texts)} statements, {is_open} open to the model")
    print(f"set aside by the second look only: {extra}; by the regression only: {lost}")
    marked = int(record_register(texts, langs).sum())
    pairs = list(zip(said["with second look"], said["register read"], strict=True))
    more = sum(b and not a for a, b in pairs)
    print(f"in the register of a record: {marked} statements; set aside by its gate only: {more}")


if __name__ == "__main__":
    main()
