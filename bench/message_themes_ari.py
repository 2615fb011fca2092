"""The sub-topic ARI on the messages two drafts share, with the theme read at the message level
and without (docs/quality.md, themes step 31; the sub-topic step re-cuts a theme when a few of
its messages change, "What is weak").

Drafts each realistic report file with the defaults and with ``message_themes``' settings
given as JSON (its module constants: ``MESSAGE_MARGIN``, ``READING``, ``MOVERS``, ...), and
prints per file the messages, the ARI on every placed message and on the messages both drafts
share (the same sources), as ``same_point_topics.py`` does.

    cd bench && ../.venv/bin/python message_themes_ari.py \\
        '{"MESSAGE_MARGIN": 0.1, "READING": "core", "MOVERS": "all"}' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

import json

from common import entry, file_name
from grouping_terms import draft_with
from same_point_topics import _ari, _messages, placed

from forum_messages.evaluation.material import load_material
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import message_themes


def main(spec: str, paths: list[str]) -> int:
    settings = json.loads(spec)
    plain = {k: getattr(message_themes, k) for k in settings}
    embedder = memo_for(USEEmbedder())
    for path in paths:
        material = load_material(path)
        name = file_name(path)
        before = draft_with(material, embedder, {})
        for k, v in settings.items():
            setattr(message_themes, k, v)
        try:
            after = draft_with(material, embedder, {})
        finally:
            for k, v in plain.items():
                setattr(message_themes, k, v)
        p0, p1 = placed(material, before), placed(material, after)
        shared = sorted(set(p0) & set(p1), key=sorted)
        print(
            f"{name}: messages {len(_messages(before))} → {len(_messages(after))}; ARI"
            f" {_ari(list(p0.values())):.3f} → {_ari(list(p1.values())):.3f}; shared"
            f" {len(shared)}: {_ari([p0[k] for k in shared]):.3f} →"
            f" {_ari([p1[k] for k in shared]):.3f}"
        )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
