"""Do sub-topic titles fit more than one of their messages? (figures in docs/quality.md)

Drafts each realistic report file with the real pipeline and, for every sub-topic of two or
more messages, counts the messages among whose sources' texts the title's words occur (a
title joined with "and" counts each part). Prints every such title and the number that fit
at most one message.

    .venv/bin/python bench/titles.py src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import re
import sys

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.realistic import draft_material
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.labels import AND


def parts(title: str) -> list[str]:
    """The phrases a title is made of: split on the word "and" of any output language."""
    spaced = "|".join(re.escape(f" {word} ") for word in AND.values() if word != "و")
    return [p.strip() for p in re.split(f"{spaced}|与", title) if p.strip()]


def main(paths: list[str]) -> int:
    embedder = USEEmbedder()
    weak = total = 0
    for path in paths:
        material = load_material(path)
        texts = {st.id: st.text.casefold() for st in material.corpus.statements}
        draft = draft_material(material, embedder)
        for theme in draft.themes:
            for topic in theme.topics:
                if len(topic.messages) < 2:
                    continue
                words = [p.casefold() for p in parts(topic.title)]
                fit = sum(
                    any(w in texts[ref.statement] for ref in m.sources for w in words)
                    for m in topic.messages
                )
                total += 1
                weak += fit <= 1
                print(f"{material.name[:40]:40}  {fit}/{len(topic.messages)}  {topic.title}")
    print(f"titles fitting at most one message by their words: {weak} of {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
