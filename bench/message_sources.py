"""Messages whose sources do not all make their point, with the editor's answers.

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
prints every message with a source that does not make the point of the statement its text is
taken from: its sources with their similarity to the message's centre, session, the editor's
point, "A" for an attribution and "*" for the source of the text; then, per file, how many
wrong sources fall in each class of ``realistic.WRONG_SOURCE`` (figures in docs/quality.md),
and how many of those wrong sources the editor puts in another theme than the message's point
("theme": a theme mistake, counted beside its class).

    .venv/bin/python bench/message_sources.py '' \\
        src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

from collections import Counter

from common import entry, file_name
from grouping_terms import draft_with, grouper_params

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.realistic import WRONG_SOURCE, impure_messages
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder


def main(spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    totals: dict[str, Counter[str]] = {}
    for path in paths:
        material = load_material(path)
        draft = draft_with(material, embedder, params)
        name = file_name(path)
        impure = impure_messages(material, draft)
        count = sum(len(tp.messages) for t in draft.themes for tp in t.topics)
        print(f"== {name}: {len(impure)} of {count} messages with a source off its point")
        classes: Counter[str] = Counter()
        points = material.points
        for m in impure:
            why = dict(m.why)
            classes.update(why.values())
            theme = points[m.point].theme if m.point in points else None
            classes["theme"] += sum(
                1
                for s in m.sources
                if s.statement in why and s.point in points and points[s.point].theme != theme
            )
            print(f"\n{m.message} ({m.point}): {m.text[:160]}")
            for s in m.sources:
                mark = ("A" if s.attribution else " ") + ("*" if s.shown else " ")
                reason = why.get(s.statement, "")
                print(
                    f"  {s.similarity:.3f} {s.session[:16]:16} {s.point[:28]:28} {mark}"
                    f" {reason:12} {s.text[:90]}"
                )
        totals[name] = classes
        print()
    columns = (*WRONG_SOURCE, "theme")
    print("file".ljust(20) + "".join(c.rjust(13) for c in columns))
    for name, classes in totals.items():
        print(name.ljust(20) + "".join(str(classes[c]).rjust(13) for c in columns))
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
