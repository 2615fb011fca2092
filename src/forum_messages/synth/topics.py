"""Sub-topics inside a theme: message groups clustered by their centroids.

How many: people make about as many sub-topics as the square root of a theme's messages (the
editor's answers in ``editions/evaluation/reports``: 8-9 points in three sub-topics, 10-13 in
four, 19 in five), never one for three messages or more and at most ``max_topics``. The
average-linkage clusters of the group centroids are scored by silhouette for that number and
the next; a number outside that window is taken only when the data clearly say so (its
silhouette higher by ``CLEAR``), as when the messages fall into a few tight subjects.

Which messages go together is a function of the statements, not of the draft's output
language: the words a message adds to the similarity are its statements' own, each statement
read with its own language's word splitter and stop words, with the policy topics its text
names in any language (``message_words``), so a draft in French and one in English have the
same sub-topics (``bench/topics_language.py``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np

from forum_messages.nlp.base import Vectors, hybrid, lexical_vectors, normalise_rows
from forum_messages.nlp.cluster import choose_k, choose_k_on
from forum_messages.nlp.decide import best, centroid, decision_scores
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.nlp.segment import words
from forum_messages.synth.topic_match import prepare
from forum_messages.synth.topic_vocab import message_topics, policy_topics, topics_found

CLEAR = 0.1
"""Silhouette margin by which a number of sub-topics outside the size window must win."""
SESSION_WEIGHT = 0.25
#: Most cells (messages times sessions) of the table of sessions' counts ``with_sessions``
#: holds (80 MB of float32); beyond it the messages are clustered on their centroids alone.
SESSION_CELLS = 20_000_000
"""Share of two messages' similarity that their sessions in common make (``with_sessions``)."""


Pieces = tuple[tuple[str, str], ...]
"""A message's statements as (text, its language) pairs."""
TopicText = str | Pieces
"""What a message says for the sub-topics' shared words: one text (its words read in the
language ``run`` is given) or its statements' ``Pieces``, each read in its own language."""


@cache
def _stop(language: str) -> frozenset[str]:
    return stopwords(language)


def own_words(text: str, language: str) -> list[str]:
    """The content words of a text, read in its own language: its word splitter (Chinese
    segmented, Arabic marks dropped) and its stop words; one-letter words left out."""
    stop = _stop(language)
    return [w for w in words(text, language) if len(w) > 1 and w not in stop]


#: How many times each policy topic of the vocabulary found in a statement counts among its
#: words (``topic_terms``): 2 was best on the development files (docs/quality.md, step 26;
#: 1 lower, 3 and 4 the same on dev-en and lower on eval-en).
TOPIC_TERMS = 2
#: Most statements of a message whose words count for its sub-topic (its policy topics are
#: read in the first ``topic_vocab.MAX_TEXTS``).
WORD_TEXTS = 20


def topic_terms(found: Iterable[int]) -> list[str]:
    """Policy topics (numbers in ``policy_topics()``, found by ``synth/topic_vocab.py``'s
    wordings in any language) as terms no word can be (a NUL character and the topic's
    number): a French statement on "chiffrement" and an English one on "encryption" share
    one, which their words cannot. Umbrella topics (``broad``: "Artificial intelligence") are
    left out: they link messages of different sub-topics (measured in docs/quality.md, step
    26)."""
    topics = policy_topics()
    return [f"\x00{t}" for t in sorted(found) if not topics[t].broad]


def text_terms(text: str) -> list[str]:
    """``topic_terms`` of the policy topics a text names."""
    return topic_terms(topics_found(prepare(text)))


def message_words(pieces: Iterable[tuple[str, str]], topics: int | None = None) -> list[str]:
    """The terms of a message's statements ((text, language) pairs): the content words of the
    first ``WORD_TEXTS``, each read in its own language, in the statements' order, then
    (``topics`` times each, ``TOPIC_TERMS`` unless given) the policy topics the message names
    (``topic_vocab.message_topics``: its texts read together, as for its title), each once."""
    topics = TOPIC_TERMS if topics is None else topics
    pieces = tuple(pieces)
    out = [w for text, language in pieces[:WORD_TEXTS] for w in own_words(text, language)]
    return out + topic_terms(message_topics([text for text, _ in pieces])) * topics


def shared_topics(terms: Sequence[list[str]]) -> list[list[str]]:
    """Each message's terms without the policy topics no other message names: a topic of
    one message links it to none and only sets it apart (the demo's lone "Ransomware"
    message beside a sub-topic of 17 on cybersecurity; docs/quality.md, step 26)."""
    seen = Counter(t for ts in terms for t in set(ts) if t.startswith("\x00"))
    return [[t for t in ts if not t.startswith("\x00") or seen[t] > 1] for ts in terms]


def with_sessions(
    centroids: Vectors, sessions: Sequence[Sequence[str]], weight: float = SESSION_WEIGHT
) -> Vectors:
    """Message centroids extended so that messages sharing sessions are closer: the cosine of
    two extended rows is ``1 - weight`` times that of the centroids plus ``weight`` times that
    of their sessions' counts. A session's points mostly share a subject, so two messages
    drawing on one session mostly belong in one sub-topic (measured in docs/quality.md)."""
    codes = {code: k for k, code in enumerate(sorted({c for ss in sessions for c in ss}))}
    if len(sessions) * len(codes) > SESSION_CELLS:  # a table too big to hold: as before
        return centroids
    counts = np.zeros((len(sessions), len(codes)), dtype=np.float32)
    for row, ss in enumerate(sessions):
        for code in ss:
            counts[row, codes[code]] += 1.0
    counts = normalise_rows(counts)
    scale = np.float32(math.sqrt(weight)), np.float32(math.sqrt(1.0 - weight))
    return np.hstack([scale[1] * np.asarray(centroids, dtype=np.float32), scale[0] * counts])


def _cosines(rows: np.ndarray) -> np.ndarray:
    """Square matrix of the rows' dot products (unit rows: cosines), rounded."""
    return decision_scores(rows, rows)


def _session_rows(sessions: Sequence[Sequence[str]]) -> np.ndarray:
    codes = {code: k for k, code in enumerate(sorted({c for ss in sessions for c in ss}))}
    counts = np.zeros((len(sessions), max(1, len(codes))), dtype=np.float32)
    for row, ss in enumerate(sessions):
        for code in ss:
            counts[row, codes[code]] += 1.0
    return normalise_rows(counts)


def _languages(texts: Sequence[Pieces]) -> list[str]:
    """Each message's language: that of most of its statements (the first on a tie)."""
    out = []
    for pieces in texts:
        found = Counter(language for _text, language in pieces)
        out.append(min(found, key=lambda lang: (-found[lang], lang)) if found else "")
    return out


#: The features ``pair_features`` reads.
PAIR_FEATURES = ("centroid", "sessions", "terms", "words", "topics", "language", "step")


def pair_features(
    centroids: Vectors,
    texts: Sequence[Pieces],
    sessions: Sequence[Sequence[str]] | None,
    semantic_weight: float = 0.7,
    seed: int = 0,
    wanted: Iterable[str] = PAIR_FEATURES,
) -> dict[str, np.ndarray]:
    """What may say two messages of a theme share a sub-topic, for every pair (square
    matrices, rounded; only those ``wanted``): the cosine of their centroids (``centroid``),
    of their sessions' counts (``sessions``, 0 for a consultation), of their terms
    (``terms``: content words read in each statement's language and the policy topics two
    messages or more name, as ``SilhouetteTopicFinder.space``; ``words``: the words alone),
    the policy topics they both name (``topics``, at most 3), whether most of their
    statements are in one language (``language``), and the step's own similarity (``step``:
    the space's cosine)."""
    wanted = set(wanted)
    n = len(centroids)
    zero = np.zeros((n, n))
    terms = [message_words(t) for t in texts]
    lexical = lexical_vectors(shared_topics(terms), list, seed=seed)
    out: dict[str, np.ndarray] = {}
    if "centroid" in wanted:
        out["centroid"] = _cosines(np.asarray(centroids, dtype=np.float32))
    if "sessions" in wanted:
        out["sessions"] = _cosines(_session_rows(sessions)) if sessions else zero
    if "terms" in wanted:
        out["terms"] = _cosines(lexical) if lexical.shape[1] > 1 else zero
    if "words" in wanted:
        plain = lexical_vectors([message_words(t, topics=0) for t in texts], list, seed=seed)
        out["words"] = _cosines(plain) if plain.shape[1] > 1 else zero
    if "topics" in wanted:
        named = [sorted({t for t in ts if t.startswith("\x00")}) for ts in terms]
        codes = {t: k for k, t in enumerate(sorted({t for ts in named for t in ts}))}
        table = np.zeros((n, max(1, len(codes))))
        for row, ts in enumerate(named):
            table[row, [codes[t] for t in ts]] = 1.0
        shared = np.minimum(table @ table.T, 3.0)
        np.fill_diagonal(shared, 0.0)
        out["topics"] = shared
    if "language" in wanted:
        langs = np.array(_languages(texts))
        out["language"] = (langs[:, None] == langs[None, :]).astype(np.float64)
    if "step" in wanted:
        shaped = with_sessions(centroids, sessions) if sessions else centroids
        out["step"] = _cosines(hybrid(shaped, lexical, semantic_weight))
    return out


def learned_distances(features: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """``1 - p`` for every pair of messages, ``p`` the logistic of the ``weights``' sum of
    their ``features`` (``""``: the intercept), rounded to 6 places (zero diagonal); without
    an intercept, 1 minus that sum (a weighted mean of similarities, read as the step's)."""
    shape = next(iter(features.values())).shape
    z: np.ndarray = np.full(shape, weights.get("", 0.0), dtype=np.float64)
    for name, w in weights.items():
        if name:
            z = z + w * np.asarray(features[name], dtype=np.float64)
    dist: np.ndarray
    if "" in weights:
        dist = np.round(1.0 - 1.0 / (1.0 + np.exp(-z)), 6)
    else:  # a weighted mean of similarities: its distance as the step's
        dist = np.round(np.clip(1.0 - z, 0.0, 2.0), 6)
    dist = np.minimum(dist, dist.T)
    np.fill_diagonal(dist, 0.0)
    return dist


def cut_distances(
    dist: np.ndarray,
    target: int,
    max_topics: int = 7,
    clear: float = CLEAR,
    k_range: tuple[int, int] | None = None,
) -> list[int]:
    """``SilhouetteTopicFinder.run``'s count rule on a matrix of distances: the best
    silhouette in the window ``[target, target + 1]``, a count from 2 to ``max_topics``
    outside it only when its silhouette is ``clear`` higher (``k_range``: that range and no
    other)."""
    n = len(dist)
    if k_range is None and (target < 2 or n < 3):
        return [0] * n
    k_min, k_max = k_range or (target, min(max_topics, target + 1, n - 1))
    labels, scores = choose_k_on(dist, k_min, k_max)
    wide_max = min(max_topics, n - 1)
    if k_range is None and scores and (k_min > 2 or k_max < wide_max):
        wide, wide_scores = choose_k_on(dist, 2, wide_max)
        if max(wide_scores.values()) > max(scores.values()) + clear:
            labels = wide
    return [int(v) for v in np.asarray(labels).tolist()]


def topic_target(n_groups: int, max_topics: int = 7) -> int:
    """Sub-topics people would make for ``n_groups`` messages: ceil(sqrt(n)), 2 to
    ``max_topics`` (1 for fewer than three messages)."""
    if n_groups < 3:
        return 1
    return max(1, min(max_topics, max(2, math.ceil(math.sqrt(n_groups)))))


#: The "same sub-topic" model of ``similarity="learned"``: a logistic over ``pair_features``
#: ("" the intercept), fitted on every pair of placed messages of a theme of the readable
#: report files (``bench/subtopic_pairs.py --refit``), rounded to two places. Off by default:
#: fitted leaving one file out it lowers the sub-topic ARI of more files than it raises
#: (docs/quality.md, step 38).
LEARNED = {"centroid": 1.62, "sessions": 3.26, "terms": 1.04, "topics": 0.59, "": -2.21}
#: Most messages of a theme cut on the learned similarity (its pairs' features are square
#: tables); a larger theme is cut in the step's own space.
LEARNED_MESSAGES = 1500
#: How two messages' similarity is read: "step" (the space of ``space``: centroids, sessions
#: and shared terms) or "learned" (``LEARNED``).
SIMILARITY = "step"


class SilhouetteTopicFinder:
    name = "average-linkage-silhouette"

    def __init__(
        self,
        max_topics: int = 7,
        seed: int = 0,
        semantic_weight: float = 0.7,
        similarity: str | None = None,
    ):
        self.semantic_weight = semantic_weight
        self.max_topics = max_topics
        self.seed = seed
        self.similarity = similarity or SIMILARITY
        if self.similarity not in ("step", "learned"):
            raise ValueError(f"similarity must be step or learned, not {self.similarity!r}")

    @property
    def learned(self) -> bool:
        """Whether messages are cut on the learned similarity (``LEARNED``)."""
        return self.similarity == "learned"

    def params(self) -> dict[str, object]:
        out: dict[str, object] = {
            "max_topics": self.max_topics,
            "k_range": "[t, t + 1], t = ceil(sqrt(groups)) in [2, max_topics]; "
            f"outside it only with a silhouette {CLEAR} higher",
            "score": "silhouette (cosine)",
            "similarity": f"{self.semantic_weight} embedding + "
            f"{round(1 - self.semantic_weight, 4)} word TF-IDF",
        }
        if self.learned:
            out["similarity"] = f"learned: 1 - logistic({LEARNED})"
        return out

    def k_range(self, n_groups: int) -> tuple[int, int]:
        """The window of sub-topic counts that follows the theme's size."""
        target = topic_target(n_groups, self.max_topics)
        if target < 2:
            return 1, 1
        return target, min(self.max_topics, target + 1, n_groups - 1)

    def space(self, centroids: Vectors, texts: Sequence[TopicText], language: str) -> Vectors:
        """The message centroids with the similarity of their shared terms added."""
        terms = [
            message_words(((text, language),) if isinstance(text, str) else text) for text in texts
        ]
        return hybrid(
            centroids,
            lexical_vectors(shared_topics(terms), list, seed=self.seed),
            self.semantic_weight,
        )

    def run(
        self,
        centroids: Vectors,
        texts: Sequence[TopicText] | None = None,
        language: str = "en",
        k_range: tuple[int, int] | None = None,
        features: dict[str, np.ndarray] | None = None,
    ) -> tuple[list[int], dict[int, float]]:
        """Topic index of each group, and the silhouette of each k tried.

        ``texts`` (what each group says: a text read in ``language``, or its statements'
        ``Pieces``, each read in its own) add the similarity of shared terms to the
        embeddings: words, and the policy topics two groups or more name (``shared_topics``);
        ``k_range`` replaces the range worked out from the number of groups. ``features``
        (``pair_features`` of the groups, given when ``learned``): the groups are cut on
        the distance ``1 - p`` of ``LEARNED`` instead, by the same count rule (no
        silhouettes returned).
        """
        n = len(centroids)
        k_min, k_max = k_range or self.k_range(n)
        if k_max < 2:
            return [0] * n, {}
        if features is not None and n >= 4:
            dist = learned_distances(features, LEARNED)
            target = topic_target(n, self.max_topics)
            return cut_distances(dist, target, self.max_topics, k_range=k_range), {}
        if texts is not None and n >= 4:
            centroids = self.space(centroids, texts, language)
        labels, scores = choose_k(centroids, k_min, k_max, seed=self.seed)
        wide_max = min(self.max_topics, n - 1)
        if k_range is None and scores and (k_min > 2 or k_max < wide_max):
            wide, wide_scores = choose_k(centroids, 2, wide_max, seed=self.seed)
            if max(wide_scores.values()) > max(scores.values()) + CLEAR:
                labels, scores = wide, wide_scores
        return [int(v) for v in np.asarray(labels).tolist()], scores


#: Most messages a sub-topic should hold: a theme with more than ``max_topics`` times this
#: many gets a level of topics above its sub-topics (and so on, a level more each time the
#: messages outgrow the levels below).
SUBTOPIC_MESSAGES = 30
#: Most levels of topics above the sub-topics (headings stay within six levels).
MAX_LEVELS = 3
#: Whether a theme's sub-topics are formed on its messages as they were before a reading of
#: what a message says took it out or moved it (a one-session point read as a description
#: or an account, ``single_points.salient``; a message resting on accounts alone,
#: ``single_points.resting_on_accounts``) and carried over to the messages left (``carried``):
#: a message that leaves is only dropped from its sub-topic, one that joins another message
#: leaves that message's sub-topic as it was, and a point that takes the room of one that
#: left goes to the nearest sub-topic. Off: the sub-topics are formed on the messages left,
#: which one message more or less re-cuts (docs/quality.md, step 32). On: of the common
#: evaluation only a score-only file moves, its sub-topic ARI up (docs/quality.md, step 62).
FORMED_FIRST = True

Path = tuple[int, ...]


def learned_features(
    finder: SilhouetteTopicFinder,
    centroids: Vectors,
    texts: Sequence[Pieces],
    sessions: Sequence[Sequence[str]] | None,
) -> dict[str, np.ndarray] | None:
    """``pair_features`` of a theme's messages when ``finder`` cuts them on the learned
    similarity (at least four messages, at most ``LEARNED_MESSAGES``), else None."""
    if not finder.learned or not 4 <= len(centroids) <= LEARNED_MESSAGES:
        return None
    wanted = [name for name in LEARNED if name]
    return pair_features(
        centroids, texts, sessions, finder.semantic_weight, finder.seed, wanted=wanted
    )


def hierarchy(
    finder: SilhouetteTopicFinder,
    centroids: Vectors,
    texts: Sequence[TopicText],
    language: str,
    path: Path = (),
    features: dict[str, np.ndarray] | None = None,
) -> list[tuple[Path, list[int]]]:
    """Sub-topics of a theme's message groups, with the levels of topics above them.

    Each sub-topic comes as (its path: the number of its topic at each level above it, the
    groups it holds). Up to ``max_topics * SUBTOPIC_MESSAGES`` groups there is no level above
    (the sub-topics of ``finder.run``, as always); above that the groups are first cut into
    ``ceil(n / that)`` to ``max_topics`` topics (best silhouette), each cut again the same way,
    down to ``MAX_LEVELS`` levels. ``features``: the groups' ``learned_features``, when
    they are cut on the learned similarity.
    """
    n = len(centroids)
    per_level = finder.max_topics * SUBTOPIC_MESSAGES
    if n <= per_level or finder.max_topics < 2 or len(path) >= MAX_LEVELS:
        labels, _scores = finder.run(centroids, texts, language, features=features)
        return _leaves(labels, path)
    k = min(math.ceil(n / per_level), finder.max_topics)
    labels, _scores = finder.run(
        centroids, texts, language, (k, finder.max_topics), features=features
    )
    out: list[tuple[Path, list[int]]] = []
    for number, members in enumerate(_members(labels)):
        if len(members) == n:  # no cut found: no level gained
            return _leaves(finder.run(centroids, texts, language, features=features)[0], path)
        within = (
            None
            if features is None
            else {name: v[np.ix_(members, members)] for name, v in features.items()}
        )
        below = hierarchy(
            finder,
            centroids[members],
            [texts[i] for i in members],
            language,
            (*path, number),
            within,
        )
        out += [(p, [members[i] for i in groups]) for p, groups in below]
    return out


def _members(labels: Sequence[int]) -> list[list[int]]:
    """Positions holding each label, labels in order of first appearance."""
    found: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        found.setdefault(label, []).append(i)
    return list(found.values())


def _leaves(labels: Sequence[int], path: Path) -> list[tuple[Path, list[int]]]:
    return [(path, members) for members in _members(labels)]


def carried(
    leaves: list[tuple[Path, list[int]]],
    reference: Sequence[Sequence[int]],
    reference_centres: Vectors,
    groups: Sequence[Sequence[int]],
    centres: Vectors,
    own: Sequence[int] = (),
    lesser: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[Path, list[int]]]:
    """The sub-topics ``leaves`` found on the ``reference`` groups, carried over to ``groups``
    (the same rows after some sources were taken out of their groups): a group goes to the
    sub-topic of the reference groups holding most of its rows (the first sub-topic on a tie),
    a group with no row in any to the sub-topic whose reference groups' mean centre is
    nearest to its centre. A sub-topic left with no group is dropped. So a message the
    change left alone keeps its sub-topic, and a statement taken out of a message keeps the
    sub-topic of the message it was in. The groups of ``own`` (indices into ``groups``, none
    of their rows in the reference) go instead to the sub-topic of the nearest reference group
    that still holds a row (by centre; the first on a tie): a point of its own, placed by its
    own reading and not by the message it was parted from. A row of ``lesser`` (one that
    joined a message from a reference group of its own) counts only for a group holding no
    other row of the reference: the message it joined keeps its sub-topic."""
    if not leaves:
        return []
    leaf_of: dict[int, int] = {}
    group_leaf: dict[int, int] = {}
    for k, (_path, gs) in enumerate(leaves):
        for g in gs:
            group_leaf[g] = k
            for row in reference[g]:
                leaf_of[row] = k
    means = np.stack([centroid(reference_centres[gs]) for _path, gs in leaves])
    holding = sorted(g for g in group_leaf if reference[g])
    mine = set(own)
    out: list[list[int]] = [[] for _ in leaves]
    for g, rows in enumerate(groups):
        counts = Counter(leaf_of[row] for row in rows if row in leaf_of and row not in lesser)
        if not counts:
            counts = Counter(leaf_of[row] for row in rows if row in leaf_of)
        if g in mine and not counts and holding:
            near = decision_scores(centres[g : g + 1], reference_centres[holding])[0]
            k = group_leaf[holding[best(near)]]
        elif counts:
            k = min(counts, key=lambda leaf: (-counts[leaf], leaf))
        else:
            k = best(decision_scores(centres[g : g + 1], means)[0])
        out[k].append(g)
    return [(path, gs) for (path, _), gs in zip(leaves, out, strict=True) if gs]
