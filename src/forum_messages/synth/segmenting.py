"""Grouping of statements that come in order (sentences of a document or of a transcript).

When input has an order, the statements that belong together are neighbours. The best split
of the sequence into runs is found by dynamic programming: a run scores the similarity of each
pair of its members above ``tau``, plus a bonus for each member that opens with a word that
points back ("This", "These", "However", "此外", "однако" ...), so a run is cut where the
text moves on. Runs are at most ``max_len`` statements long.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from forum_messages.nlp.base import Vectors
from forum_messages.nlp.decide import beats, decision_scores

# Openings that continue the previous sentence, in the six languages.
_CONTINUATION = re.compile(
    r"^(?:this|these|that|those|such|it|they|their|its|however|moreover|in particular"
    r"|in addition|at the same time|otherwise|for example|for instance|also|yet|but"
    r"|as a result|to that end|ce|cet|cette|ces|cela|il|elle|ils|elles|toutefois|de plus"
    r"|en outre|par ailleurs|ainsi|este|esta|estos|estas|esto|ello|sin embargo|además"
    r"|asimismo|por ello|это|эти|этот|эта|однако|кроме того|при этом|поэтому|هذا|هذه|ذلك"
    r"|لكن|كما|لذلك|ومع ذلك)\b"
    r"|^(?:这|此外|同时|但|然而|因此|为此|其|否则|例如|对此|上述|该)",
    re.IGNORECASE,
)


def continues(sentence: str) -> bool:
    """Does the sentence open with a word that points back to the one before?"""
    return bool(_CONTINUATION.match(sentence.strip()))


class SequentialSegmenter:
    name = "ordered-dp-segmentation"

    def __init__(self, tau: float = 0.25, continuation_bonus: float = 0.3, max_len: int = 6):
        self.tau = tau
        self.continuation_bonus = continuation_bonus
        self.max_len = max_len

    def params(self) -> dict[str, object]:
        return {
            "tau": self.tau,
            "continuation_bonus": self.continuation_bonus,
            "max_len": self.max_len,
        }

    def run(self, x: Vectors, texts: Sequence[str]) -> list[int]:
        """Run number of each statement (0, 0, 1, 2, 2, ...), in input order."""
        n = len(x)
        if n == 0:
            return []
        sims = decision_scores(x, x)
        cont = np.array([continues(t) for t in texts], dtype=np.float64)
        best = np.full(n + 1, -np.inf)
        best[0] = 0.0
        back = np.zeros(n + 1, dtype=np.int64)
        for j in range(1, n + 1):
            for length in range(1, min(self.max_len, j) + 1):
                i = j - length
                block = sims[i:j, i:j]
                pairs = (block.sum() - np.trace(block)) / 2
                score = pairs - self.tau * length * (length - 1) / 2
                score += self.continuation_bonus * cont[i + 1 : j].sum()
                if beats(best[i] + score, best[j]):
                    best[j] = best[i] + score
                    back[j] = i
        cuts = []
        j = n
        while j > 0:
            cuts.append((int(back[j]), j))
            j = int(back[j])
        labels = [0] * n
        for run, (i, j) in enumerate(reversed(cuts)):
            for k in range(i, j):
                labels[k] = run
        return labels
