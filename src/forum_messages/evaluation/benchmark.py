"""The structure-recovery benchmark: hide a published document's structure, rebuild it, score.

Four tasks, each scored for our pipeline's components and for baselines computed in the same
run (the baselines are allowed to peek at things ours is not told, such as the true number of
groups):

- themes:      every bullet as a statement without a theme; themes from the document's own
               titles and descriptions. Accuracy.
- sub-topics:  inside each theme, bullets clustered into sub-topics. ARI and NMI, averaged
               over themes weighted by their number of bullets.
- regrouping:  bullets split into sentences, each sentence a statement; how well sentences are
               put back together into their bullets (inside each theme). ARI and pairwise
               precision / recall.
- frameworks:  our per-theme framework line against the document's. Precision and recall
               per framework.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from forum_messages.documents.model import MessagesDocument, located_bullets
from forum_messages.evaluation.metrics import (
    PairCounts,
    SetScore,
    accuracy,
    ari,
    nmi,
    pair_counts,
    set_score,
)
from forum_messages.model import FRAMEWORKS, Edition, GlobalSouth, ThemeSpec
from forum_messages.nlp.base import Embedder, Vectors, memo_for, normalise_rows
from forum_messages.nlp.cluster import average_linkage
from forum_messages.nlp.decide import best_rows, centroid, decision_scores, ranking
from forum_messages.nlp.hclust import fcluster
from forum_messages.nlp.segment import sentences
from forum_messages.synth.grouping import ThresholdGrouper
from forum_messages.synth.segmenting import SequentialSegmenter
from forum_messages.synth.settings import Settings
from forum_messages.synth.tags import FrameworkTagger
from forum_messages.synth.themes import NearestThemeAssigner, theme_profiles
from forum_messages.synth.topics import SilhouetteTopicFinder
from forum_messages.taxonomy import load_taxonomies

RANDOM = "random"
NEAREST = "nearest theme"
LINKAGE = "linkage, true k"
UNORDERED = "ours, unordered"


@dataclass(frozen=True)
class Row:
    task: str
    metric: str
    ours: float
    baselines: dict[str, float]
    note: str = ""


@dataclass(frozen=True)
class Evaluation:
    document: str
    language: str
    counts: dict[str, int]
    rows: tuple[Row, ...]
    params: dict[str, object] = field(default_factory=dict)

    def row(self, task: str, metric: str) -> Row:
        return next(r for r in self.rows if r.task == task and r.metric == metric)


def document_edition(doc: MessagesDocument) -> Edition:
    """An edition whose themes are the document's own titles and descriptions."""
    lang = doc.language or "en"
    themes = tuple(
        ThemeSpec(
            key=f"t{i + 1}",
            title={lang: th.title},
            description={lang: th.description} if th.description else {},
            issue_areas={lang: th.issue_areas} if th.issue_areas else {},
        )
        for i, th in enumerate(doc.themes)
    )
    return Edition(
        name={lang: doc.title}, year=0, language=lang, themes=themes, global_south=GlobalSouth()
    )


def enriched_profiles(doc: MessagesDocument, embedder: Embedder, weight: float = 0.3) -> Vectors:
    """Theme profiles from title and description, pulled towards the framework items the
    theme's framework line names (their names, descriptions and keywords)."""
    base = theme_profiles(document_edition(doc), embedder)
    taxes = load_taxonomies()
    tagger = FrameworkTagger(embedder)
    index = {(it.framework, it.id): n for n, it in enumerate(tagger.items)}
    rows = []
    for t, th in enumerate(doc.themes):
        ids = []
        if th.frameworks is not None:
            for fw in FRAMEWORKS:
                ids += [index[(fw, i)] for i in getattr(th.frameworks, fw) if (fw, i) in index]
        if ids and taxes:
            items = centroid(tagger.vectors[ids])
            rows.append((1 - weight) * base[t] + weight * items)
        else:
            rows.append(base[t])
    return normalise_rows(np.stack(rows))


def _random_mean(truth: Sequence[int], k: int, score: object, draws: int, seed: int) -> float:
    rng = np.random.default_rng(seed)
    values = [
        score(rng.integers(0, max(k, 1), size=len(truth)).tolist(), truth)  # type: ignore[operator]
        for _ in range(draws)
    ]
    return float(np.mean(values)) if values else 0.0


def _linkage_k(x: Vectors, k: int) -> list[int]:
    if len(x) < 2 or k < 2:
        return [0] * len(x)
    return [int(v) for v in fcluster(average_linkage(x), t=k, criterion="maxclust")]


def evaluate(
    doc: MessagesDocument,
    embedder: Embedder,
    settings: Settings | None = None,
    *,
    seed: int = 0,
    draws: int = 20,
    refine: int = 1,
) -> Evaluation:
    settings = settings or Settings()
    fixed = memo_for(embedder)
    bullets = located_bullets(doc)
    lang = doc.language or "en"
    texts = [b.text for b in bullets]
    x = embedder.embed(texts)
    theme_truth = [b.theme for b in bullets]
    n_themes = len(doc.themes)
    rows: list[Row] = []

    # --- themes
    edition = document_edition(doc)
    nearest = best_rows(decision_scores(x, theme_profiles(edition, fixed))).tolist()
    assigner = NearestThemeAssigner(refine=refine, blend=0.3)
    profiles = enriched_profiles(doc, fixed)
    ours = assigner.run(x, [None] * len(x), edition, fixed, profiles, [lang] * len(x), texts=texts)
    ours_idx = [int(k[1:]) - 1 for k in ours.theme]
    rows.append(
        Row(
            "themes",
            "accuracy",
            accuracy(ours_idx, theme_truth),
            {
                RANDOM: _random_mean(theme_truth, n_themes, accuracy, draws, seed),
                NEAREST: accuracy(nearest, theme_truth),
            },
        )
    )

    # --- sub-topics inside each theme
    finder = SilhouetteTopicFinder(settings.max_topics, seed=settings.seed)
    totals: dict[str, dict[str, float]] = {"ari": {}, "nmi": {}}
    weight_sum = 0
    for t in range(n_themes):
        idx = [i for i, b in enumerate(bullets) if b.theme == t]
        truth = [bullets[i].topic for i in idx]
        k = len(set(truth))
        if k < 2 or len(idx) < 4:
            continue
        labels, _ = finder.run(x[idx], [texts[i] for i in idx], lang)
        link = _linkage_k(x[idx], k)
        w = len(idx)
        weight_sum += w
        for name, fn in (("ari", ari), ("nmi", nmi)):
            acc = totals[name]
            acc["ours"] = acc.get("ours", 0.0) + w * fn(labels, truth)
            acc[RANDOM] = acc.get(RANDOM, 0.0) + w * _random_mean(truth, k, fn, draws, seed)
            acc[LINKAGE] = acc.get(LINKAGE, 0.0) + w * fn(link, truth)
    for name in ("ari", "nmi"):
        acc = totals[name]
        div = weight_sum or 1
        rows.append(
            Row(
                "sub-topics",
                name,
                acc.get("ours", 0.0) / div,
                {RANDOM: acc.get(RANDOM, 0.0) / div, LINKAGE: acc.get(LINKAGE, 0.0) / div},
                note="number of sub-topics from the theme size and the data",
            )
        )

    # --- regrouping sentences into bullets, inside each theme
    sent_texts: list[str] = []
    sent_bullet: list[int] = []
    sent_theme: list[int] = []
    for i, b in enumerate(bullets):
        for s in sentences(b.text, lang) or [b.text]:
            sent_texts.append(s)
            sent_bullet.append(i)
            sent_theme.append(b.theme)
    xs = embedder.embed(sent_texts)
    grouper = ThresholdGrouper(settings.message_distance, 1, 2.0, seed=settings.seed)
    segmenter = SequentialSegmenter()
    unordered_lab: list[tuple[int, int]] = [(0, 0)] * len(sent_texts)
    ours_lab: list[tuple[int, int]] = [(0, 0)] * len(sent_texts)
    link_lab: list[tuple[int, int]] = [(0, 0)] * len(sent_texts)
    for t in range(n_themes):
        idx = [i for i, th in enumerate(sent_theme) if th == t]
        if not idx:
            continue
        runs = segmenter.run(xs[idx], [sent_texts[i] for i in idx])
        for j, run in enumerate(runs):
            ours_lab[idx[j]] = (t, run)
        grouping = grouper.run(xs[idx], [str(i) for i in idx])
        for g_no, g in enumerate(grouping.groups):
            for j in g:
                unordered_lab[idx[j]] = (t, g_no)
        k = len({sent_bullet[i] for i in idx})
        for j, lab_k in enumerate(_linkage_k(xs[idx], k) if len(idx) > 1 else [0]):
            link_lab[idx[j]] = (t, lab_k)
    truth_lab = [(sent_theme[i], sent_bullet[i]) for i in range(len(sent_texts))]
    random_labels = [
        [(sent_theme[i], v) for i, v in enumerate(drawn)]
        for drawn in _theme_random_labels(sent_theme, sent_bullet, draws, seed)
    ]
    rand_ari = float(np.mean([ari(lab, truth_lab) for lab in random_labels]))
    rand_pairs = PairCounts(0, 0, 0)
    for drawn_lab in random_labels:
        rand_pairs += pair_counts(drawn_lab, truth_lab)
    ours_pairs = pair_counts(ours_lab, truth_lab)
    link_pairs = pair_counts(link_lab, truth_lab)
    rows.append(
        Row(
            "regrouping",
            "ari",
            ari(ours_lab, truth_lab),
            {
                RANDOM: rand_ari,
                LINKAGE: ari(link_lab, truth_lab),
                UNORDERED: ari(unordered_lab, truth_lab),
            },
            note=f"{len(sent_texts)} sentences from {len(bullets)} bullets, in document order",
        )
    )
    for metric in ("precision", "recall"):
        rows.append(
            Row(
                "regrouping",
                f"pair {metric}",
                getattr(ours_pairs, metric),
                {
                    RANDOM: getattr(rand_pairs, metric),
                    LINKAGE: getattr(link_pairs, metric),
                    UNORDERED: getattr(pair_counts(unordered_lab, truth_lab), metric),
                },
            )
        )

    # --- framework lines per theme
    tagger = FrameworkTagger(fixed, max_tags=settings.max_tags)
    ours_fw: dict[str, SetScore] = {fw: SetScore(0, 0, 0) for fw in FRAMEWORKS}
    near_fw: dict[str, SetScore] = {fw: SetScore(0, 0, 0) for fw in FRAMEWORKS}
    rand_fw: dict[str, SetScore] = {fw: SetScore(0, 0, 0) for fw in FRAMEWORKS}
    rng = np.random.default_rng(seed)
    for t, th in enumerate(doc.themes):
        if th.frameworks is None:
            continue
        idx = [i for i, b in enumerate(bullets) if b.theme == t]
        if not idx:
            continue
        tagged = [(tagger.tag(x[i], [texts[i]]), 1) for i in idx]
        line = tagger.theme_line(tagged)
        sims = decision_scores(tagger.vectors, centroid(x[idx]))
        for fw in FRAMEWORKS:
            gold = [str(v) for v in getattr(th.frameworks, fw)]
            ours_fw[fw] += set_score(list(getattr(line, fw)), gold)
            items = [n for n, it in enumerate(tagger.items) if it.framework == fw]
            top = [items[j] for j in ranking(sims[items])][: len(gold)]
            near_fw[fw] += set_score([tagger.items[n].id for n in top], gold)
            pick = rng.choice(items, size=min(len(gold), len(items)), replace=False)
            rand_fw[fw] += set_score([tagger.items[int(n)].id for n in pick], gold)
    for fw in FRAMEWORKS:
        for metric in ("precision", "recall"):
            rows.append(
                Row(
                    "frameworks",
                    f"{fw} {metric}",
                    getattr(ours_fw[fw], metric),
                    {
                        RANDOM: getattr(rand_fw[fw], metric),
                        "nearest items, true k": getattr(near_fw[fw], metric),
                    },
                )
            )

    return Evaluation(
        document=doc.source or doc.title,
        language=lang,
        counts={
            "themes": n_themes,
            "sub_topics": sum(len(th.topics) for th in doc.themes),
            "bullets": len(bullets),
            "sentences": len(sent_texts),
        },
        rows=tuple(rows),
        params={
            "embedder": embedder.name,
            "themes": assigner.params(),
            "topics": finder.params(),
            "grouping": grouper.params(),
            "regrouping": segmenter.params(),
            "tags": tagger.params(),
            "seed": seed,
            "random_draws": draws,
        },
    )


def _theme_random_labels(
    themes: Sequence[int], bullets: Sequence[int], draws: int, seed: int
) -> list[list[int]]:
    """Random groupings with, inside each theme, the true number of bullets as groups."""
    rng = np.random.default_rng(seed)
    out = []
    k_of = {t: len({b for th, b in zip(themes, bullets, strict=True) if th == t}) for t in themes}
    for _ in range(draws):
        out.append([int(rng.integers(0, k_of[t])) for t in themes])
    return out
