"""Stitched message texts and their two statements: calls or not, shared rare words, the pair
model's probability of one point, the editor's points (figures in docs/quality.md, steps 31 and
68).

Drafts each realistic report file with the real pipeline and, for every message text made of the
representative statement and a sentence of another source (the extractive writer's companion),
prints whether each of the two reads as a call (``ask.read``), the cosine of their vectors, the
rarity-weighted cosine of their terms over the theme's statements (``TermEvidence.cosine``, what
the writer reads), the same-point pair model's probability that the two make one point (what
``text.COMPANION_POINT`` reads, over the writer's statements), whether the two come from one
session, and whether the editor gives the two one point or two; then, per kind of pair (two
calls, other), how many of each fall below ``--bar``, and how many below the pair model's
``--point``. ``--gate-off`` drafts with ``COMPANION_POINT`` 0 (the texts before step 68).
``demo`` instead of files reads the sample edition's draft (no answers: the label is "?").

    .venv/bin/python bench/stitched_calls.py \\
        $(ls src/forum_messages/editions/evaluation/reports/*.yaml)
    .venv/bin/python bench/stitched_calls.py demo
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any

from held_out import readable  # type: ignore[import-not-found]

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.realistic import draft_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import ask
from forum_messages.synth import text as text_module
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import PairFeatures, shipped_model

Pair = dict[str, Any]


def _recording(found: list[Pair]) -> Callable[..., Any]:
    """``ExtractiveWriter.write_all`` that also records, for each text with a sentence of a
    companion, the representative's text, the companion's and their features."""
    plain = text_module.ExtractiveWriter.write_all
    model = shipped_model()

    def write_all(self: Any, groups: Any, x: Any, texts: Any, langs: Any, *rest: Any) -> Any:
        written = plain(self, groups, x, texts, langs, *rest)
        terms = TermEvidence(texts, langs)
        avoid = rest[2] if len(rest) > 2 else None
        kinds = rest[5] if len(rest) > 5 else None
        statements = getattr(rest[3], "_statements", None) if len(rest) > 3 else None
        pairs = PairFeatures(x, terms, kinds, avoid)
        for g, w in zip(groups, written, strict=True):
            rep = w.representative
            own = self._sentences(texts[rep], langs[rep])
            for r in g:
                if r == rep or langs[r] != langs[rep]:
                    continue
                mine = self._sentences(texts[r], langs[r])
                if any(s and s in w.text and s not in own for s in mine):
                    found.append(
                        {
                            "rep": texts[rep],
                            "add": texts[r],
                            "calls": ask.read(texts[rep], langs[rep]).call
                            and ask.read(texts[r], langs[r]).call,
                            "cosine": round(float(x[rep] @ x[r]), 3),
                            "terms": terms.cosine(rep, r),
                            "pair": float(model.probability(pairs.pairs([(rep, r)]))[0]),
                            "session": statements is not None
                            and statements[rep].session == statements[r].session,
                        }
                    )
        return written

    return write_all


def _point(text: str, statements: Sequence[tuple[str, str | None]]) -> str | None:
    """The editor's point of the statement ``text`` was read from (frames may be cut off)."""
    best = max(statements, key=lambda s: (text in s[0], SequenceMatcher(None, text, s[0]).ratio()))
    return best[1]


def main(paths: Sequence[str], bar: float, point: float, gate_off: bool) -> int:
    found: list[Pair] = []
    if gate_off:
        text_module.COMPANION_POINT = 0.0
    text_module.ExtractiveWriter.write_all = _recording(found)  # type: ignore[method-assign]
    embedder = memo_for(USEEmbedder())
    totals: Counter[tuple[str, str]] = Counter()
    for path in readable(paths):  # never a held-out report file
        start = len(found)
        if path == "demo":
            from forum_messages.cli import main as cli
            from forum_messages.synth import sidebyside, theme_run

            # every text written in this process, where it is recorded
            theme_run.can_fork = sidebyside.can_fork = lambda *_: False  # type: ignore[assignment]
            with tempfile.TemporaryDirectory() as out:
                cli(["demo", "-o", out])
            points: Mapping[int, str] = {}
            name = "demo"
        else:
            material = load_material(path)
            draft_material(material, embedder)
            said = [(s.text, material.answers[s.id].point) for s in material.corpus.statements]
            points = {}
            for k in range(start, len(found)):
                a, b = _point(found[k]["rep"], said), _point(found[k]["add"], said)
                points[k] = "one" if a is not None and a == b else "two"
            name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        for k in range(start, len(found)):
            p = found[k]
            label = points.get(k, "?")
            kind = "two calls" if p["calls"] else "other"
            side = f"below {bar}" if p["terms"] < bar else f"{bar} or more"
            totals[(f"{kind}, {side}", label)] += 1
            below = f"pair below {point}" if p["pair"] < point else f"pair {point} or more"
            totals[(below, label)] += 1
            print(
                f"{name[:22]:22} {label:3} {kind:9} cos {p['cosine']:.3f} terms {p['terms']:.3f}"
                f" pair {p['pair']:.3f}{' one session' if p['session'] else ''}"
                f" | {p['rep'][:70]} || {p['add'][:70]}"
            )
    print()
    for (kind, label), n in sorted(totals.items()):
        print(f"{kind:28} {label:3} {n}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--bar", type=float, default=0.15)
    parser.add_argument("--point", type=float, default=0.65)
    parser.add_argument("--gate-off", action="store_true")
    args = parser.parse_args()
    raise SystemExit(main(args.paths, args.bar, args.point, args.gate_off))
