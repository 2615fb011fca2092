"""What the source check sees of every message, saved for ``claim_contrast.py`` (docs/quality.md,
step 34).

Drafts each realistic report file with the real pipeline (its message grouper given the
parameters on the command line as JSON, as ``grouping_terms.py``; none: the defaults) and
saves, for each message of two sources or more as the check left it, its core
(``point_check.core``), the shipped pair and check models' probabilities of each source with
the core, each statement's text as the grouper reads it, language, session and kind, the
theme's texts (for words' rarity) and the editor's point of each statement; and which
statement each draft message's text is taken from. One JSON file per report file in the
folder given first.

    cd bench && ../.venv/bin/python claim_dump.py /tmp/claims '' \\
        ../src/forum_messages/editions/evaluation/reports/dev-*.yaml
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from common import entry, file_name
from grouping_terms import draft_with, grouper_params, grouper_run, theme_part

from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.realistic import _source_of_text, impure_messages
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.point_check import core
from forum_messages.synth.same_point import PairFeatures, shipped_model


def main(folder: str, spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    pair_model = shipped_model()
    core_model, large_model = shipped_model(core=True), shipped_model(large=True)
    plain = grouping.ThresholdGrouper.run
    Path(folder).mkdir(parents=True, exist_ok=True)
    for path in paths:
        name = file_name(path)
        material = load_material(path)
        groups: list[dict[str, Any]] = []

        def run(
            self: grouping.ThresholdGrouper,
            x: Any,
            sessions: Any,
            *rest: Any,
            groups: list[dict[str, Any]] = groups,
        ) -> Any:
            r = theme_part()
            result = plain(self, x, sessions, *rest)
            ids = [st.id for st in r.statements]
            feats = PairFeatures(
                x, TermEvidence(r.texts, r.langs), [st.kind for st in r.statements], r.attribution
            )
            theme = [[ids[i], r.texts[i], r.langs[i]] for i in range(len(ids))]
            for g in result.groups:
                if len(g) < 2:
                    continue
                centre = core(x, g)
                pairs = [(centre, b) for b in g if b != centre]
                f = feats.pairs(pairs)
                judge = large_model if len(g) > 2 else core_model
                groups.append(
                    {
                        "core": ids[centre],
                        "members": [
                            {
                                "id": ids[i],
                                "text": r.texts[i],
                                "lang": r.langs[i],
                                "session": sessions[i],
                                "kind": r.statements[i].kind,
                            }
                            for i in g
                        ],
                        "pair": dict(
                            zip(
                                [ids[b] for _, b in pairs],
                                pair_model.probability(f).tolist(),
                                strict=True,
                            )
                        ),
                        "check": dict(
                            zip(
                                [ids[b] for _, b in pairs],
                                judge.probability(f).tolist(),
                                strict=True,
                            )
                        ),
                        "theme": theme,
                    }
                )
            return result

        with grouper_run(run):
            draft = draft_with(material, embedder, params)
        answers = material.answers
        texts = {st.id: st.text for st in material.corpus.statements}
        shown: dict[str, str] = {}
        for t in draft.themes:
            for tp in t.topics:
                for m in tp.messages:
                    key = "|".join(sorted(r.statement for r in m.sources))
                    shown[key] = _source_of_text(m, texts)
        impure = {
            "|".join(sorted(s.statement for s in m.sources)): m.point
            for m in impure_messages(material, draft)
        }
        out = {
            "groups": groups,
            "shown": shown,
            "impure": impure,
            "points": {
                sid: {
                    "point": a.point or "(descriptive)",
                    "descriptive": a.descriptive,
                    "attribution": a.attribution,
                }
                for sid, a in answers.items()
            },
            "themes": {k: p.theme for k, p in material.points.items()},
        }
        Path(folder, f"{name}.json").write_text(json.dumps(out, ensure_ascii=False), "utf-8")
        print(name, len(groups), "groups,", len(impure), "impure")
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=2)
