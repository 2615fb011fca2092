"""Points split over several messages, with the editor's answers, and why (figures in
docs/quality.md, step 22).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
counts, for each of the editor's points, the messages that carry it as their own point (most
of their sources make it; each tied point on a tie). A point carried by two messages or more
is *split*; each extra message is classed by the first that fits of: it or the point's first
message carries the point only on a tie with another ("mixed"); another theme than the
point's first message ("two themes"); sources in other languages only ("two languages"); a
session among both messages' sources ("one session twice"); a message resting on one session
(kept by salience, "one-session message"); else the grouping's distance bar ("distance").
With ``-v`` each split point is listed with its messages' sources.

    .venv/bin/python bench/split_points.py '' \\
        src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

from collections import Counter

from common import entry, file_name
from grouping_terms import draft_with, grouper_params

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder

CLASSES = (
    "mixed",
    "two themes",
    "two languages",
    "one session twice",
    "one-session message",
    "distance",
)


def main(spec: str, paths: list[str], verbose: bool = False) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    header = ["file", "points", "messages", "own", "split", "in msgs", *CLASSES]
    print("".join(h[:13].rjust(13 if i else 20) for i, h in enumerate(header)))
    for path in paths:
        material = load_material(path)
        draft = draft_with(material, embedder, params)
        answers = material.answers
        lang = {a.id: a.language for a in draft.statements}
        texts = {st.id: st.text for st in material.corpus.statements}
        carriers: dict[str, list[tuple[str, object]]] = {}
        count = 0
        mixed: set[str] = set()  # messages carrying their point only on a tie
        for t in draft.themes:
            for tp in t.topics:
                for m in tp.messages:
                    count += 1
                    points = Counter(answers[r.statement].point or "" for r in m.sources)
                    top = points.most_common(1)[0][1]
                    tied = sum(n == top for n in points.values()) > 1
                    for p, n in sorted(points.items()):
                        if p and n == top:
                            carriers.setdefault(p, []).append((t.key, m))
                            if tied:
                                mixed.add(m.id)
        classes: Counter[str] = Counter()
        split = 0
        for p, ms in sorted(carriers.items()):
            if len(ms) < 2:
                continue
            split += 1
            theme0, first = ms[0]
            langs0 = {lang[r.statement] for r in first.sources}  # type: ignore[attr-defined]
            sess0 = {r.session for r in first.sources}  # type: ignore[attr-defined]
            for theme, m in ms[1:]:
                langs = {lang[r.statement] for r in m.sources}  # type: ignore[attr-defined]
                sess = {r.session for r in m.sources}  # type: ignore[attr-defined]
                if m.id in mixed or first.id in mixed:  # type: ignore[attr-defined]
                    why = "mixed"
                elif theme != theme0:
                    why = "two themes"
                elif not langs & langs0:
                    why = "two languages"
                elif sess & sess0:
                    why = "one session twice"
                elif len(sess) == 1 or len(sess0) == 1:
                    why = "one-session message"
                else:
                    why = "distance"
                classes[why] += 1
            if verbose:
                print(f"  {p} ({material.points[p].theme}):")
                for theme, m in ms:
                    print(f"    [{theme}] {m.id}")  # type: ignore[attr-defined]
                    for r in m.sources:  # type: ignore[attr-defined]
                        print(
                            f"      {r.session[:14]:14} {lang[r.statement]} "
                            f"{(answers[r.statement].point or '-')[:22]:22} "
                            f"{texts[r.statement][:80]}"
                        )
        name = file_name(path)
        row = [len(material.points), count, len(carriers), split]
        row.append(sum(len(ms) for ms in carriers.values() if len(ms) > 1))
        row.extend(classes[c] for c in CLASSES)
        print(name[:19].ljust(20) + "".join(str(v).rjust(13) for v in row))
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1, flags=("-v",))
