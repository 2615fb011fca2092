"""Message scores with shared-term evidence in message grouping (figures in docs/quality.md).

Drafts each realistic report file with the real pipeline, its message grouper given the
parameters on the command line (``ThresholdGrouper`` keywords as JSON; none: the defaults;
a ``seed`` key sets the run's seed instead, to see how much the scores move with it alone;
``point_model``, ``core_model`` and ``large_model`` keys name same-point models saved by
``same_point.py --save``),
and prints the message, theme and sub-topic rows of ``forum-messages evaluate`` per file.

    .venv/bin/python bench/grouping_terms.py \\
        '{"term_mix": 0.3, "mixed_distance": 0.7, "term_weight": 0.9, "agreement": 0.15}' \\
        src/forum_messages/editions/evaluation/reports/*.yaml
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from common import entry, file_name
from sklearn.metrics import roc_auc_score

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import score_draft
from forum_messages.model import Draft
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.grouping import Grouping, ThresholdGrouper
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.point_check import core
from forum_messages.synth.same_point import PairFeatures, PointModel
from forum_messages.synth.settings import Settings

ROWS = (
    "all sources make its point",
    "sources making its point",
    "pair precision",
    "pair recall",
    "text from a description or attribution",
    "accuracy",
    "ARI of messages",
    "reflected",
)


def draft_with(material: Material, embedder: Embedder, params: dict[str, Any]) -> Draft:
    """The material's draft by the real pipeline, its message grouper given ``params``."""
    params = dict(params)
    for key in ("point_model", "core_model", "large_model"):  # models saved by same_point.py --save
        if isinstance(params.get(key), str):
            saved = json.loads(Path(params[key]).read_text(encoding="utf-8"))
            params[key] = PointModel(
                **{k: tuple(v) if isinstance(v, list) else v for k, v in saved.items()}
            )
    settings = Settings(language=material.language, seed=int(params.pop("seed", 0)))
    grouper = ThresholdGrouper(
        settings.message_distance,
        settings.min_sessions,
        settings.attach_similarity,
        seed=settings.seed,
        **params,
    )
    components = Components(embedder=embedder, detector=UNLanguageDetector(), grouper=grouper)
    return run_pipeline(material.corpus, material.edition, settings, components=components)


@contextmanager
def replaced(owner: Any, name: str, by: Any) -> Iterator[None]:
    """``owner.name`` (a module's function, a class's method) replaced by ``by`` while the
    block runs, put back after it however it ends."""
    plain = getattr(owner, name)
    setattr(owner, name, by)
    try:
        yield
    finally:
        setattr(owner, name, plain)


def grouper_run(run: Callable[..., Any]) -> AbstractContextManager[None]:
    """``ThresholdGrouper.run`` replaced by ``run`` while the block runs (``run`` calls the
    method it replaces itself): how the benches record what each theme's grouper is given."""
    return replaced(grouping.ThresholdGrouper, "run", run)


def each_theme(
    material: Material,
    embedder: Embedder,
    params: dict[str, Any],
    look: Callable[[Any, list[str], Any, Any, Grouping], None],
) -> Draft:
    """The material's draft as ``draft_with`` makes it, ``look(part, ids, x, sessions,
    result)`` called after each theme's grouper run: the theme step (``theme_part``), its
    statements' ids, the vectors and sessions the grouper was given, and what it returned."""
    plain = grouping.ThresholdGrouper.run

    def run(self: ThresholdGrouper, x: Any, sessions: Any, *rest: Any) -> Any:
        part = theme_part()
        result = plain(self, x, sessions, *rest)
        look(part, [st.id for st in part.statements], x, sessions, result)
        return result

    with grouper_run(run):
        return draft_with(material, embedder, params)


def theme_part() -> Any:
    """Inside a replaced ``run``: the pipeline's theme step that called it (its statements,
    texts, languages and attributions), read from the caller's frame."""
    return sys._getframe(2).f_locals["self"]


def pair_features(part: Any, x: Any) -> PairFeatures:
    """The same-point check's pair features over a theme's statements (``part``: the theme
    step, as ``theme_part`` reads it; ``x``: their vectors)."""
    kinds = [st.kind for st in part.statements]
    return PairFeatures(x, TermEvidence(part.texts, part.langs), kinds, part.attribution)


def core_pairs(x: Any, group: list[int], labelled: Callable[[int], bool]) -> list[tuple[int, int]]:
    """A message's (core, source) pairs, the core as the same-point check finds it, of the
    sources ``labelled`` holds (the editor gives them a point); none when the message has one
    source or its core is not labelled."""
    centre = core(x, group)
    if len(group) < 2 or not labelled(centre):
        return []
    return [(centre, i) for i in group if i != centre and labelled(i)]


def majority(material: Material, ids: Iterable[str]) -> tuple[dict[str, str], str]:
    """Each statement's point as the editor gives it (``(descriptive)`` for a description)
    and the point most of them make (on a tie, the first in the order of their ids)."""
    labels = {i: material.answers[i].point or "(descriptive)" for i in ids}
    return labels, Counter(labels[i] for i in sorted(labels)).most_common(1)[0][0]


def before_check(result: Grouping) -> list[list[int]]:
    """The grouper's messages as they were before the same-point check (its result's groups
    when the check did not run)."""
    return result.before[0] if result.before is not None else result.groups


def grouper_params(spec: str) -> dict[str, Any]:
    """The grouper parameters given as JSON on a bench's command line (blank: none)."""
    return json.loads(spec) if spec.strip() else {}


def by_file(
    spec: str, paths: Sequence[str], record: Callable[[Material, Embedder, dict[str, Any]], Any]
) -> dict[str, Any]:
    """``record(material, embedder, params)`` of each report file by its name: the grouper
    parameters ``spec`` gives, the real encoder (its vectors kept for the run)."""
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    return {file_name(path): record(load_material(path), embedder, params) for path in paths}


def auc(same: Sequence[bool], scores: Sequence[float]) -> float:
    """The ROC AUC of ``scores`` for telling ``same`` pairs; NaN when one class is absent."""
    if not 0 < sum(same) < len(same):
        return float("nan")
    return float(roc_auc_score(list(same), list(scores)))


def main(spec: str, paths: list[str]) -> int:
    params = grouper_params(spec)
    embedder = memo_for(USEEmbedder())
    print("file".ljust(20) + "".join(name[:12].rjust(13) for name in ROWS))
    for path in paths:
        material = load_material(path)
        draft = draft_with(material, embedder, params)
        scores = {row.metric: row.ours for row in score_draft(material, draft, embedder).rows}
        cells = "".join(f"{scores.get(r, float('nan')):13.3f}" for r in ROWS)
        print(file_name(path).ljust(20) + cells)
    return 0


if __name__ == "__main__":
    entry(main, __doc__, fixed=1)
