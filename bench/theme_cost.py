"""What the theme step's items and shared words cost, by the number of statements.

    FORUM_MESSAGES_THREADS=1 .venv/bin/python bench/theme_cost.py [N ...]
    .venv/bin/python bench/theme_cost.py --memory N

Statements: the texts of the nine realistic report files (``editions/evaluation/reports``,
six languages) repeated to N, each with its session's language; random unit vectors of 256
float32 (the hash embedder's size) stand in for their embeddings (the cost does not depend
on what they say); the bundled ``igf2025`` edition (four themes, titles, descriptions, issue
areas and seeds in six languages: 234 items). Times the theme step (``NearestThemeAssigner.run``, no
declared themes, no sessions) as it was before step 18 (no items, no words), with the items
alone, the words alone, and both (the default), and the embedding of the edition's items by
the real encoder, once (a draft embeds them once: the memo keeps them). CPU seconds of this
process, best of two runs. With ``--memory``: the peak memory that ``tracemalloc`` sees
while the shared words (``theme_terms.term_scores``) score N statements, above its start.
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

from forum_messages.edition import load_edition
from forum_messages.evaluation.material import load_material
from forum_messages.nlp.base import HashEmbedder, memo_for
from forum_messages.synth.themes import NearestThemeAssigner, theme_items

ROOT = Path(__file__).resolve().parents[1] / "src/forum_messages/editions/evaluation/reports"


def statements(n: int) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    langs: list[str] = []
    for path in sorted(ROOT.glob("*.yaml")):
        material = load_material(path)
        lang = {s.code: s.language or material.language for s in material.corpus.sessions}
        for st in material.corpus.statements:
            texts.append(st.text)
            langs.append(lang[st.session] or "en")
    reps = -(-n // len(texts))
    return (texts * reps)[:n], (langs * reps)[:n]


def cpu(work: object) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        work()  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    return best


def memory(n: int) -> None:
    """The peak of ``term_scores`` over ``n`` statements, above its start."""
    from forum_messages.synth.theme_terms import term_scores

    edition = load_edition("igf2025")
    texts, langs = statements(n)
    term_scores(texts[:50], langs[:50], edition)  # stop words and jieba loaded
    tracemalloc.start()
    start = tracemalloc.get_traced_memory()[0]
    out = term_scores(texts, langs, edition)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"{n:,} statements: the shared words' peak {(peak - start) / 1e6:.1f} MB "
        f"above the start (the result {out.nbytes / 1e6:.1f} MB)"
    )


def main() -> None:
    if sys.argv[1:2] == ["--memory"]:
        memory(int(sys.argv[2]))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [10_000, 100_000]
    edition = load_edition("igf2025")
    fixed = memo_for(HashEmbedder())
    from forum_messages.nlp.use import USEEmbedder

    use = USEEmbedder()
    use.load()
    items = [text for t in edition.themes for _lang, text in theme_items(t, cut=False)]
    start = time.process_time()
    use.embed(items)
    print(
        f"the edition's {len(items)} items embedded by the encoder: "
        f"{time.process_time() - start:.2f} s CPU"
    )
    rng = np.random.default_rng(0)
    for n in sizes:
        texts, langs = statements(n)
        x = rng.normal(size=(n, 256)).astype(np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        row = []
        for name, params in (
            ("before", {"items": 0.0, "terms": 0.0}),
            ("items", {"terms": 0.0}),
            ("words", {"items": 0.0}),
            ("both", {}),
        ):
            a = NearestThemeAssigner(**params)  # type: ignore[arg-type]
            a.run(x[:10], [None] * 10, edition, fixed, languages=langs[:10], texts=texts[:10])

            def work(
                a: NearestThemeAssigner = a,
                x: np.ndarray = x,
                langs: list[str] = langs,
                texts: list[str] = texts,
            ) -> None:
                a.run(x, [None] * len(x), edition, fixed, languages=langs, texts=texts)

            row.append(f"{name} {cpu(work):.2f} s")
        print(f"{n:,} statements: " + ", ".join(row))


if __name__ == "__main__":
    main()
