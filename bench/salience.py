"""What the draft of each realistic report file keeps and leaves (figures in docs/quality.md).

For each file: sessions, messages (resting on several sessions / on one), the annex's counts by
reason, and per theme the messages and the statements left as ``single_session``. With
``--answers`` (development files only: the held-out answers are for scoring, not for reading)
it also lists the editor's points no message reflects, with the annex reason of each of their
statements.

    .venv/bin/python bench/salience.py src/forum_messages/editions/evaluation/reports/test-*.yaml
    .venv/bin/python bench/salience.py --answers \\
        src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

from collections import Counter

from common import entry

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import draft_material
from forum_messages.model import Draft
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder


def figures(material: Material, draft: Draft) -> list[str]:
    """The draft's counts: messages by sessions behind them, annex reasons, per theme."""
    reasons = Counter(nr.reason for nr in draft.not_reflected)
    messages = [m for t in draft.themes for tp in t.topics for m in tp.messages]
    one = sum(len({r.session for r in m.sources}) == 1 for m in messages)
    lines = [
        f"sessions {len(material.corpus.sessions)}, statements {len(material.corpus.statements)}, "
        f"messages {len(messages)} ({len(messages) - one} on several sessions, {one} on one)",
        "annex: " + ", ".join(f"{k} {v}" for k, v in sorted(reasons.items())),
    ]
    for t in draft.themes:
        ms = [m for tp in t.topics for m in tp.messages]
        single = sum(len({r.session for r in m.sources}) == 1 for m in ms)
        left = sum(
            nr.theme == t.key and nr.reason == "single_session" for nr in draft.not_reflected
        )
        lines.append(
            f"  {t.key}: {len(ms)} messages ({single} on one session), "
            f"{len(t.topics)} sub-topics, {left} statements left as single_session"
        )
    return lines


def unreflected(material: Material, draft: Draft) -> list[str]:
    """The editor's points in no message, with the annex reason of each of their statements."""
    answers = material.answers
    reason = {nr.statement: nr.reason for nr in draft.not_reflected}
    in_message = {
        r.statement for t in draft.themes for tp in t.topics for m in tp.messages for r in m.sources
    }
    reflected = {answers[s].point for s in in_message if answers[s].point}
    by_point: dict[str, list[str]] = {}
    for st in material.corpus.statements:
        point = answers[st.id].point
        if point:
            by_point.setdefault(point, []).append(st.id)
    lines = []
    for point in sorted(set(by_point) - reflected):
        sessions = {s.session for s in material.corpus.statements if s.id in by_point[point]}
        why = Counter(reason.get(s, "?") for s in by_point[point])
        mark = " (salient)" if material.points[point].salient else ""
        lines.append(
            f"  {point}{mark}: {len(sessions)} session(s); "
            + ", ".join(f"{k} {v}" for k, v in sorted(why.items()))
        )
    return lines


def main(paths: list[str], answers: bool) -> int:
    embedder = memo_for(USEEmbedder())
    for path in paths:
        material = load_material(path)
        draft = draft_material(material, embedder)
        print(path.rsplit("/", 1)[-1])
        print("\n".join(figures(material, draft)))
        if answers:
            print("points no message reflects:")
            print("\n".join(unreflected(material, draft)) or "  none")
    return 0


if __name__ == "__main__":
    entry(main, __doc__, flags=("--answers",))
