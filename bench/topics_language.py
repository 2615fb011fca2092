"""Does a draft's structure depend on its output language? (figures in docs/quality.md)

Drafts the bundled sample edition and each realistic report file given in each output
language listed, with the real pipeline and embedder, and compares each draft with the first
language's (English by default):

- messages: message sets (a message is the set of its source statements) not in the first
  language's draft;
- sub-topics: sub-topics (a theme and the set of its messages' statements) not in the first
  language's draft, of all the draft's sub-topics;
- ARI: the adjusted Rand index of the messages' sub-topics between the two drafts, over the
  messages both have (1.00: the same partition).

Only titles and message texts may differ between languages: which statements go together,
in which messages and sub-topics, is a function of the statements.

    .venv/bin/python bench/topics_language.py \
        src/forum_messages/editions/evaluation/reports/*.yaml --demo --languages en,fr,es,ru,zh,ar
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from common import draft_of

from forum_messages.model import Corpus, Draft, Edition


def structure(draft: Draft) -> tuple[set[frozenset[str]], dict[frozenset[str], int], int]:
    """(the draft's messages, each its source statements; each message's sub-topic number;
    the number of sub-topics). Sub-topics are numbered in the draft's order: the ARI between
    two drafts does not depend on the numbers, only on which messages share one."""
    messages: set[frozenset[str]] = set()
    topics: list[tuple[str, frozenset[frozenset[str]]]] = []
    for theme in draft.themes:
        for topic in theme.topics:
            held = frozenset(frozenset(ref.statement for ref in m.sources) for m in topic.messages)
            messages |= held
            topics.append((theme.key, held))
    of: dict[frozenset[str], int] = {}
    for k, (_key, held) in enumerate(topics):
        for m in held:
            of[m] = k
    return messages, of, len(topics)


def topic_sets(draft: Draft) -> set[tuple[str, frozenset[frozenset[str]]]]:
    return {
        (theme.key, frozenset(frozenset(r.statement for r in m.sources) for m in topic.messages))
        for theme in draft.themes
        for topic in theme.topics
    }


def compare(first: Draft, other: Draft) -> tuple[int, int, int, int, float]:
    """(messages not in ``first``, messages, sub-topics not in ``first``, sub-topics, ARI of
    the shared messages' sub-topics)."""
    from sklearn.metrics import adjusted_rand_score

    a_msgs, a_of, _ = structure(first)
    b_msgs, b_of, _ = structure(other)
    a_topics, b_topics = topic_sets(first), topic_sets(other)
    shared = sorted(a_msgs & b_msgs, key=sorted)
    ari = (
        float(adjusted_rand_score([a_of[m] for m in shared], [b_of[m] for m in shared]))
        if len(shared) > 1
        else 1.0
    )
    return len(b_msgs - a_msgs), len(b_msgs), len(b_topics - a_topics), len(b_topics), ari


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="realistic report files (evaluation/reports)")
    parser.add_argument("--demo", action="store_true", help="the bundled sample edition too")
    parser.add_argument("--languages", default="en,fr,es,ru,zh,ar")
    args = parser.parse_args(argv)

    from forum_messages.cli import sample_paths
    from forum_messages.edition import load_edition
    from forum_messages.evaluation.material import load_material
    from forum_messages.ingest import validate_reports
    from forum_messages.nlp.use import USEEmbedder

    embedder = USEEmbedder()
    languages = args.languages.split(",")
    inputs: list[tuple[str, Corpus, Edition]] = []
    if args.demo:
        edition = load_edition("igf2025")
        corpus = validate_reports([str(p) for p in sample_paths()], edition).corpus
        inputs.append(("demo", corpus, edition))
    for path in args.files:
        material = load_material(path)
        inputs.append((Path(path).stem, material.corpus, material.edition))
    rows: list[tuple[str, list[tuple[int, int, int, int, float]]]] = []
    for name, corpus, edition in inputs:
        drafts = [draft_of(corpus, edition, language, embedder) for language in languages]
        found = [compare(drafts[0], d) for d in drafts[1:]]
        rows.append((name, found))
        for language, (dm, m, dt, t, ari) in zip(languages[1:], found, strict=True):
            print(
                f"{name} {language}: messages {dm} of {m} differ, "
                f"sub-topics {dt} of {t} differ, ARI {ari:.2f}",
                flush=True,
            )
    print(
        f"\nsub-topics (and messages) not in the {languages[0]} draft, of the draft's; "
        "ARI of the shared messages' sub-topics"
    )
    print(f"\n| file | {' | '.join(languages[1:])} |")
    print(f"|---|{'---|' * (len(languages) - 1)}")
    total_t = total_dt = total_dm = 0
    for name, found in rows:
        cells = []
        for dm, _m, dt, t, ari in found:
            cells.append(f"{dt} of {t}" + (f" ({dm} msg)" if dm else "") + f", {ari:.2f}")
            total_t += t
            total_dt += dt
            total_dm += dm
        print(f"| {name} | {' | '.join(cells)} |")
    print(f"\nall: {total_dt} of {total_t} sub-topics differ, {total_dm} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
