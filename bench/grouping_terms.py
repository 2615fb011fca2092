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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sklearn.metrics import roc_auc_score

from forum_messages.evaluation.material import Material, load_material
from forum_messages.evaluation.realistic import score_draft
from forum_messages.model import Draft
from forum_messages.nlp.base import Embedder, memo_for
from forum_messages.nlp.language import UNLanguageDetector
from forum_messages.nlp.use import USEEmbedder
from forum_messages.synth import grouping
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.pipeline import Components, run_pipeline
from forum_messages.synth.same_point import PointModel
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
def grouper_run(run: Callable[..., Any]) -> Iterator[None]:
    """``ThresholdGrouper.run`` replaced by ``run`` while the block runs (``run`` calls the
    method it replaces itself): how the benches record what each theme's grouper is given."""
    plain = grouping.ThresholdGrouper.run
    grouping.ThresholdGrouper.run = run  # type: ignore[method-assign]
    try:
        yield
    finally:
        grouping.ThresholdGrouper.run = plain  # type: ignore[method-assign]


def theme_part() -> Any:
    """Inside a replaced ``run``: the pipeline's theme step that called it (its statements,
    texts, languages and attributions), read from the caller's frame."""
    return sys._getframe(2).f_locals["self"]


def auc(same: Sequence[bool], scores: Sequence[float]) -> float:
    """The ROC AUC of ``scores`` for telling ``same`` pairs; NaN when one class is absent."""
    if not 0 < sum(same) < len(same):
        return float("nan")
    return float(roc_auc_score(list(same), list(scores)))


def main(spec: str, paths: list[str]) -> int:
    params = json.loads(spec) if spec.strip() else {}
    embedder = memo_for(USEEmbedder())
    print("file".ljust(20) + "".join(name[:12].rjust(13) for name in ROWS))
    for path in paths:
        material = load_material(path)
        draft = draft_with(material, embedder, params)
        scores = {row.metric: row.ours for row in score_draft(material, draft, embedder).rows}
        name = path.rsplit("/", 1)[-1].removesuffix(".yaml")
        print(name.ljust(20) + "".join(f"{scores.get(r, float('nan')):13.3f}" for r in ROWS))
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        raise SystemExit(2)
    raise SystemExit(main(sys.argv[1], sys.argv[2:]))
