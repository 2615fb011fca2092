"""Sub-topics per theme against the editor's, on every evaluation document, and what taking
the sub-topics of one message away does.

    .venv/bin/python bench/subtopic_counts.py [--variant NAME]

For each realistic report file (``editions/evaluation/reports/*.yaml``) the pipeline drafts it
(multilingual USE, seed 0, as ``forum-messages evaluate``); printed per file: the sub-topic ARI
of the messages (``evaluate``'s row), the sub-topics of each theme (ours and the editor's),
how many messages each of ours holds and how many points each of the editor's, and how many
of ours hold one message. On the two documents (``eval-en.md``, ``eval-zh.md``) the sub-topic
step runs on each theme's bullets as ``evaluate`` runs it (its ARI, weighted by the theme's
bullets; the editor's four sub-topics a theme).

``--variant`` changes the sub-topic step (``topics.SilhouetteTopicFinder``) before drafting:

- ``merge``: a sub-topic of one message joins the sub-topic whose messages are nearest on
  average (average linkage), until none is left or two sub-topics are;
- ``fit:M``: as ``merge``, only when the message is no farther from that sub-topic than its
  own messages are from each other on average, plus ``M`` (cosine distance);
- ``grow``: more clusters cut from the same tree until as many sub-topics of two messages or
  more as before (or ceil(sqrt(n))) are found, the lone messages then merged;
- ``fixed``: the count ceil(sqrt(n)), no window;
- ``fewest``: of the window's counts, the one with fewest sub-topics of one message, then the
  best silhouette.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from held_out import is_held_out
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from forum_messages.documents.importer import import_messages
from forum_messages.documents.model import located_bullets
from forum_messages.evaluation.material import load_material
from forum_messages.evaluation.metrics import ari
from forum_messages.evaluation.realistic import draft_material, message_subtopics
from forum_messages.nlp.base import Vectors, hybrid, lexical_vectors
from forum_messages.nlp.cluster import cosine_distances, renumber, silhouette
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words
from forum_messages.synth import topics

ROOT = Path(__file__).resolve().parents[1] / "src/forum_messages/editions/evaluation"


class Variant(topics.SilhouetteTopicFinder):
    """The sub-topic step with the lone messages handled as ``variant`` says."""

    variant = "keep"

    def run(
        self,
        centroids: Vectors,
        texts: Sequence[str] | None = None,
        language: str = "en",
        k_range: tuple[int, int] | None = None,
    ) -> tuple[list[int], dict[int, float]]:
        n = len(centroids)
        if self.variant == "keep" or k_range is not None or n < 4:
            return super().run(centroids, texts, language, k_range)
        k_min, k_max = self.k_range(n)
        if self.variant == "fixed":
            return super().run(centroids, texts, language, (k_min, k_min))
        x = self._space(centroids, texts, language)
        dist = cosine_distances(x)
        tree = linkage(squareform(dist, checks=False), method="average")
        if self.variant == "fewest":
            found = []
            for k in range(k_min, min(k_max, n - 1) + 1):
                labels = fcluster(tree, t=k, criterion="maxclust")
                lone = sum(v == 1 for v in Counter(labels.tolist()).values())
                found.append((lone, -round(silhouette(dist, labels), 4), k, labels))
            found.sort(key=lambda f: f[:3])
            return renumber(found[0][3]).tolist(), {f[2]: -f[1] for f in found}
        labels, scores = super().run(centroids, texts, language, k_range)
        if self.variant == "merge" or self.variant.startswith("fit:"):
            margin = float(self.variant[4:]) if self.variant.startswith("fit:") else None
            return renumber(np.asarray(_merged(labels, dist, margin))).tolist(), scores
        assert self.variant == "grow"
        want = max(len(set(labels)), k_min)
        best = _merged(labels, dist, None)
        k = len(set(labels))
        while len(set(best)) < want and k < n - 1:
            k += 1
            cut = _merged(fcluster(tree, t=k, criterion="maxclust").tolist(), dist, None)
            if len(set(cut)) > len(set(best)):
                best = cut
        return renumber(np.asarray(best)).tolist(), scores

    def _space(self, centroids: Vectors, texts: Sequence[str] | None, language: str) -> Vectors:
        """The vectors ``run`` clusters (the centroids with the shared words' TF-IDF)."""
        if texts is None:
            return centroids
        stop = stopwords(language)

        def tokenize(text: str) -> list[str]:
            return [w for w in words(text, language) if len(w) > 1 and w not in stop]

        lexical = lexical_vectors(texts, tokenize, seed=self.seed)
        return hybrid(centroids, lexical, self.semantic_weight)


def _merged(labels: Sequence[int], dist: np.ndarray, margin: float | None) -> list[int]:
    """Each cluster of one point joined to the cluster nearest on average (first on a tie),
    while more than two are left; with ``margin``, only when that distance is at most the
    cluster's own mean distance between its points plus ``margin``."""
    out = [int(v) for v in labels]
    kept: set[int] = set()
    while True:
        sizes = Counter(out)
        lone = [c for c in dict.fromkeys(out) if sizes[c] == 1 and c not in kept]
        if not lone or len(sizes) <= 2:
            return out
        c = lone[0]
        i = out.index(c)
        best, best_d = -1, 9.0
        for other in dict.fromkeys(out):
            if other == c:
                continue
            members = [j for j, v in enumerate(out) if v == other]
            d = round(float(np.mean(dist[i, members])), 6)
            if d < best_d:
                best, best_d = other, d
        members = [j for j, v in enumerate(out) if v == best]
        if margin is not None:
            inner = dist[np.ix_(members, members)]
            spread = float(inner.sum()) / max(1, len(members) * (len(members) - 1))
            if best_d > spread + margin:
                kept.add(c)
                continue
        out[i] = best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--variant", default="keep")
    args = parser.parse_args()
    Variant.variant = args.variant
    topics.SilhouetteTopicFinder = Variant  # type: ignore[misc]
    from forum_messages.synth import components

    components.SilhouetteTopicFinder = Variant  # type: ignore[attr-defined]
    from forum_messages.nlp.use import USEEmbedder

    embedder = USEEmbedder()
    aris = []
    for path in sorted((ROOT / "reports").glob("*.yaml")):
        if is_held_out(path):
            continue
        material = load_material(path)
        draft = draft_material(material, embedder)
        ours_of, editor_of = message_subtopics(material, draft)
        score = ari(ours_of, editor_of) if ours_of else 0.0
        aris.append(score)
        cells = []
        lone = 0
        for theme in draft.themes:
            sizes = sorted((len(tp.messages) for tp in theme.topics), reverse=True)
            lone += sizes.count(1)
            points = Counter(p.subtopic for p in material.points.values() if p.theme == theme.key)
            editor = sorted(points.values(), reverse=True)
            cells.append(f"{theme.key}: {len(sizes)} {sizes} | {len(editor)} {editor}")
        print(f"{path.stem}: ARI {score:.3f}, {lone} sub-topics of one message")
        print("   " + "; ".join(cells))
    print(f"report files: mean ARI {float(np.mean(aris)):.3f}")
    for name in ("eval-en", "eval-zh"):
        doc = import_messages(ROOT / f"{name}.md")
        bullets = located_bullets(doc)
        said = [b.text for b in bullets]
        x = embedder.embed(said)
        finder = Variant(7, seed=0)
        total = weight = 0.0
        counts = []
        for t in range(len(doc.themes)):
            idx = [i for i, b in enumerate(bullets) if b.theme == t]
            truth = [bullets[i].topic for i in idx]
            labels, _ = finder.run(x[idx], [said[i] for i in idx], doc.language or "en")
            total += len(idx) * ari(labels, truth)
            weight += len(idx)
            counts.append(f"{len(set(labels))} {sorted(Counter(labels).values(), reverse=True)}")
        editor = [
            len({bullets[i].topic for i, b in enumerate(bullets) if b.theme == t})
            for t in range(len(doc.themes))
        ]
        print(f"{name}: ARI {total / weight:.3f}; ours {'; '.join(counts)} | editor {editor}")


if __name__ == "__main__":
    main()
