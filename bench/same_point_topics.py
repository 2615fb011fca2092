"""Why the sub-topic ARI moves when the same-point check is on (docs/quality.md, item 13).

Drafts each realistic report file twice with the real pipeline, with the message grouper's
defaults (the same-point check on since step 15 of docs/quality.md: ``{"same_point": 0}``
as settings compares the defaults with the draft without it) and with the settings given as JSON
(``ThresholdGrouper`` keywords, as ``grouping_terms.py`` takes them; a development file's
``core_model`` may be a directory holding the out-of-fold models of ``same_point.py
--save``: ``<dir>/<file>-core.json``; with ``"check": "both"``, both models), and prints per
file (``"carry": false`` in the settings: the sub-topics found on the messages
after the check, as before the sub-topics were carried over):

- the rows of ``forum-messages evaluate`` that the landing rule reads, before → after, and
  one statement's worth of each on the first draft (``worth``);
- the sub-topic ARI on every message, and on the messages both drafts share (the same
  sources): if the ARI falls on the shared ones too, the sub-topic step places the same
  messages differently; if not, the fall comes from the messages that changed;
- how the shared messages' sub-topics agree between the two drafts (ARI of one draft's
  sub-topics against the other's), how many messages each draft has alone, and what became
  of the statements of the messages the second draft no longer has (in another message, a
  one-session message, or out).

    cd bench && ../.venv/bin/python same_point_topics.py \\
        '{"same_point": 0.6, "point_pairs": true, "core_model": "/tmp/models"}' \\
        ../src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from common import entry, file_name
from grouping_terms import draft_with

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.metrics import ari, pair_counts
from forum_messages.evaluation.realistic import score_draft
from forum_messages.model import Draft, Message
from forum_messages.nlp.base import memo_for
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth.grouping import Grouping, ThresholdGrouper

ROWS = (
    "all sources make its point",
    "pair precision",
    "reflected",
    "salient one-session points reflected",
    "ARI of messages",
    "count per theme (ours | editor)",
)


PLAIN = ThresholdGrouper.run


def _uncarried(self: ThresholdGrouper, *args: Any, **kw: Any) -> Grouping:
    """The grouping without the groups before the same-point check."""
    return replace(PLAIN(self, *args, **kw), before=None)


def placed(material: Material, draft: Draft) -> dict[frozenset[str], tuple[str, str]]:
    """Each message the editor's answers place, by its sources: (our sub-topic, the editor's
    sub-topic of its majority point), as ``evaluate`` pairs them for the ARI."""
    label = {k: a.point or "(descriptive)" for k, a in material.answers.items()}
    out: dict[frozenset[str], tuple[str, str]] = {}
    for theme in draft.themes:
        for topic in theme.topics:
            for m in topic.messages:
                top = Counter(label[r.statement] for r in m.sources).most_common(1)[0][0]
                if top in material.points:
                    out[frozenset(r.statement for r in m.sources)] = (
                        topic.id,
                        material.points[top].subtopic,
                    )
    return out


def _ari(pairs: list[tuple[str, str]]) -> float:
    return ari([p[0] for p in pairs], [p[1] for p in pairs]) if pairs else float("nan")


def _messages(draft: Draft) -> list[Message]:
    return [m for t in draft.themes for tp in t.topics for m in tp.messages]


def where_gone(before: Draft, after: Draft) -> Counter[str]:
    """What became of the statements of the messages ``before`` has and ``after`` has not."""
    kept = {frozenset(r.statement for r in m.sources) for m in _messages(after)}
    sessions: dict[str, int] = {}
    for m in _messages(after):
        for r in m.sources:
            sessions[r.statement] = len({s.session for s in m.sources})
    out: Counter[str] = Counter()
    for m in _messages(before):
        if frozenset(r.statement for r in m.sources) in kept:
            continue
        for r in m.sources:
            if r.statement not in sessions:
                out["out"] += 1
            elif sessions[r.statement] == 1:
                out["one-session message"] += 1
            else:
                out["another message"] += 1
    return out


def worth(material: Material, draft: Draft) -> tuple[float, float]:
    """One statement's worth on ``draft``, for the landing rule: the largest fall of pair
    precision when one statement that makes a point is taken out of its message (left alone),
    and the largest fall of the sub-topic ARI when one placed message is left out."""
    answers = material.answers
    label = {k: a.point or "(descriptive)" for k, a in answers.items()}
    pointed = [st.id for st in material.corpus.statements if answers[st.id].point]
    in_message = {r.statement: m.id for m in _messages(draft) for r in m.sources}

    def precision(alone: str | None) -> float:
        ours = [f"alone:{s}" if s == alone else in_message.get(s, f"alone:{s}") for s in pointed]
        return pair_counts(ours, [label[s] for s in pointed]).precision

    base = precision(None)
    p_fall = max((base - precision(s) for s in pointed if s in in_message), default=0.0)
    pairs = list(placed(material, draft).values())
    whole = _ari(pairs)
    a_fall = max((whole - _ari(pairs[:k] + pairs[k + 1 :]) for k in range(len(pairs))), default=0.0)
    return max(p_fall, 0.0), max(a_fall, 0.0)


def params_for(spec: dict[str, Any], name: str) -> dict[str, Any]:
    """The grouper's settings for the file ``name``: a ``core_model`` directory gives a
    development file its out-of-fold model (``<name>-core.json``; with ``"check": "pair"``
    the pair model, ``<name>.json``) and a held-out file the one fitted on all development
    files (the shipped one; with ``"check": "pair"``, ``all-pair.json`` in the directory);
    with ``"check": "both"`` both models so (the pair model as ``point_model``; a held-out
    file the directory's ``all.json`` and ``all-core.json`` when it has them)."""
    params = dict(spec)
    pair = params.get("check", "core") == "pair"
    folder = params.get("core_model")
    if isinstance(folder, str) and Path(folder).is_dir() and params.get("check") == "both":
        own = Path(folder) / f"{name}.json"
        fitted = Path(folder) / "all.json"
        if own.exists():  # both out of fold
            params["point_model"] = str(own)
            params["core_model"] = str(Path(folder) / f"{name}-core.json")
        elif fitted.exists():  # a held-out file: the models fitted on all development files
            params["point_model"] = str(fitted)
            params["core_model"] = str(Path(folder) / "all-core.json")
        else:  # a held-out file: both shipped
            del params["core_model"]
        return params
    if isinstance(folder, str) and Path(folder).is_dir():
        own = Path(folder) / (f"{name}.json" if pair else f"{name}-core.json")
        if own.exists():
            params["core_model"] = str(own)
        elif pair:
            params["core_model"] = str(Path(folder) / "all-pair.json")
        else:
            del params["core_model"]  # a held-out file: the shipped model
    return params


def main(spec: str, paths: list[str]) -> int:
    settings = json.loads(spec) if spec.strip() else {}
    embedder = memo_for(USEEmbedder())
    for path in paths:
        material = load_material(path)
        name = file_name(path)
        before = draft_with(material, embedder, {})
        params = params_for(settings, name)
        if not params.pop("carry", True):  # the sub-topics found after the check, as before
            ThresholdGrouper.run = _uncarried  # type: ignore[method-assign]
            try:
                after = draft_with(material, embedder, params)
            finally:
                ThresholdGrouper.run = PLAIN  # type: ignore[method-assign]
        else:
            after = draft_with(material, embedder, params)
        e0 = score_draft(material, before, embedder)
        s0 = {r.metric: r.ours for r in e0.rows}
        s1 = {r.metric: r.ours for r in score_draft(material, after, embedder).rows}
        p0, p1 = placed(material, before), placed(material, after)
        shared = sorted(set(p0) & set(p1), key=sorted)
        print(f"== {name}: {len(_messages(before))} → {len(_messages(after))} messages")
        print("  " + "; ".join(f"{r} {s0[r]:.3f} → {s1[r]:.3f}" for r in ROWS))
        p_worth, a_worth = worth(material, before)
        print(
            f"  one statement's worth: points {1 / max(e0.counts['points'], 1):.3f}, "
            f"pair precision {p_worth:.3f}, ARI {a_worth:.3f}"
        )
        print(
            f"  placed {len(p0)} → {len(p1)}, shared {len(shared)}: ARI on shared "
            f"{_ari([p0[k] for k in shared]):.3f} → {_ari([p1[k] for k in shared]):.3f}; "
            "shared sub-topics, one draft against the other "
            f"{ari([p0[k][0] for k in shared], [p1[k][0] for k in shared]):.3f}"
        )
        only0 = [p0[k] for k in p0 if k not in p1]
        only1 = [p1[k] for k in p1 if k not in p0]
        print(
            f"  only before {len(only0)}, only after {len(only1)}; their statements after: "
            + ", ".join(f"{k} {v}" for k, v in sorted(where_gone(before, after).items()))
        )
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
