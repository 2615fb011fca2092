"""Key takeaways and calls to action drafted from a session's transcript, extractively.

Every item is a sentence a speaker said (reporting frames removed, opening fillers such as
"So," or "I think" dropped) and cites the turns it comes from: the speaker's own and those of
the other speakers who made the same point. The steps:

1. candidates: the sentences of every turn except the chair's (moderators open, introduce,
   give the floor and close), without questions, greetings, thanks and logistics, sentences
   that only describe the session (``kinds.sentence_kind``), and fragments too short or
   too long to stand as a takeaway;
2. the discussion is cut into segments of neighbouring sentences on one subject
   (``segmenting.SequentialSegmenter``);
3. candidates are grouped by meaning into points, and each scores how likely it states a point
   of the report the organisers would write (``WEIGHTS``, a logistic model fitted on the
   development transcripts by ``evaluation.takeaway_fit``): how many sentences made its point,
   how central it is to the whole discussion and to its point, whether it was said in the
   closing round, whether it is a call to action, and whether it speaks in the first person
   singular (a story or an opinion);
4. calls to action are the best candidates with a modal or imperative form ("should", "must",
   "we call on", "il faut", "hay que", "应当", "يجب", "необходимо" ...) that is not only part of
   a reported requirement or a denied obligation; takeaways the best of the rest; both without
   repeats (none too similar to another, one per speaker in a segment, at most two per
   speaker), and after the minimum only those at least half as likely as the best.

Every decision goes through ``nlp.decide``: the same transcript gives the same items, byte for
byte.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from forum_messages.ingest.transcript import Transcript
from forum_messages.nlp.base import Embedder
from forum_messages.nlp.cluster import threshold_groups
from forum_messages.nlp.decide import decision_scores, ranking
from forum_messages.nlp.segment import sentences
from forum_messages.synth.kinds import sentence_kind
from forum_messages.synth.procedural import ProceduralFilter
from forum_messages.synth.segmenting import SequentialSegmenter
from forum_messages.synth.takeaway_cues import (
    CHATTER,
    FILLER,
    FIRST_PERSON,
    INTRODUCTION,
    NUMBERED_LEAD,
    QUESTION,
    SIGNPOST,
    is_call,
)

_ZH = ("zh",)

#: The features of a candidate that its score weighs (``features``).
FEATURES = ("centrality", "point_size", "point_fit", "closing_round", "call", "first_person")
#: Log-odds that a candidate states a point of the organisers' report, per unit of each feature
#: and (``BIAS``) for none: fitted on the development transcripts (``evaluation.takeaway_fit``,
#: L2 penalty 2), never on the held-out ones.
WEIGHTS = {
    "centrality": 0.64,
    "point_size": 1.59,
    "point_fit": 0.36,
    "closing_round": 0.62,
    "call": 0.91,
    "first_person": -0.38,
}
BIAS = -4.97
#: The closing round: the turns after this share of the discussion.
CLOSING = 0.85


@dataclass(frozen=True)
class Cite:
    """A turn an item comes from: the speaker as captioned and the turn's position."""

    speaker: str
    turn: int


@dataclass(frozen=True)
class Item:
    text: str
    kind: str  # key_takeaway | call_to_action
    cites: tuple[Cite, ...]
    score: float


@dataclass(frozen=True)
class Candidate:
    text: str
    speaker: str  # '' in a summary
    turn: int
    order: int

    @property
    def source(self) -> str:
        """Who makes the point: the speaker, or the paragraph of a summary."""
        return self.speaker.casefold() or f"#{self.turn}"


def _length_ok(text: str, lang: str) -> bool:
    if lang in _ZH:
        return 15 <= len(text) <= 160
    n = len(text.split())
    return 8 <= n <= 60


def strip_filler(text: str) -> str:
    out = FILLER.sub("", text).strip()
    return out[:1].upper() + out[1:] if out else out


def candidates(transcript: Transcript, lang: str) -> list[Candidate]:
    """The sentences that could be an item, in the order they were said."""
    out: list[Candidate] = []
    for turn in transcript.turns:
        if turn.chair:
            continue
        for sent in sentences(turn.text, lang):
            if QUESTION.search(sent) or CHATTER.search(sent) or SIGNPOST.search(sent):
                continue
            if INTRODUCTION.search(strip_filler(sent)):
                continue
            kind, point, _ = sentence_kind(strip_filler(NUMBERED_LEAD.sub("", sent)), lang)
            point = strip_filler(point)
            if kind == "descriptive" or not _length_ok(point, lang):
                continue
            out.append(Candidate(point, turn.speaker, turn.position, len(out)))
    return out


def _standard(values: np.ndarray) -> np.ndarray:
    """Zero mean and unit spread within the transcript (all zero when the values are equal)."""
    spread = float(values.std())
    return (values - values.mean()) / spread if spread > 1e-9 else np.zeros_like(values)


def features(cands: list[Candidate], sims: np.ndarray, groups: list[int]) -> dict[str, np.ndarray]:
    """Per candidate, the ``FEATURES``: its mean similarity to all candidates and to the rest
    of its point (both standardised within the transcript), the log of the number of sentences
    making its point, whether it was said in the closing round, whether it has a call's modal
    or imperative form, and whether it speaks in the first person singular."""
    n = len(cands)
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    size, fit = np.zeros(n), np.zeros(n)
    for idx in members.values():
        block = sims[np.ix_(idx, idx)]
        inner = (block.sum(axis=1) - 1.0) / max(len(idx) - 1, 1)
        for k, i in enumerate(idx):
            size[i], fit[i] = np.log1p(len(idx)), inner[k] if len(idx) > 1 else 0.0
    turns = sorted({c.turn for c in cands})
    last = turns[int(CLOSING * (len(turns) - 1))] if turns else 0
    return {
        "centrality": _standard(sims.mean(axis=1)),
        "point_size": size,
        "point_fit": _standard(fit),
        "closing_round": np.array([float(c.turn >= last) for c in cands]),
        "call": np.array([float(is_call(c.text)) for c in cands]),
        "first_person": np.array([float(bool(FIRST_PERSON.search(c.text))) for c in cands]),
    }


def likelihood(feats: dict[str, np.ndarray], weights: dict[str, float], bias: float) -> np.ndarray:
    """The logistic model's probability for each candidate."""
    logit = bias + sum(weights[k] * feats[k] for k in weights)
    return np.asarray(1.0 / (1.0 + np.exp(-logit)), dtype=np.float64)


@dataclass(frozen=True)
class Drafted:
    takeaways: tuple[Item, ...]
    calls: tuple[Item, ...]
    candidates: int
    segments: int


class TakeawayDrafter:
    """Drafts 3-6 key takeaways and 1-3 calls to action from a transcript."""

    name = "transcript-takeaways"

    def __init__(
        self,
        embedder: Embedder,
        *,
        support: float = 0.5,
        redundancy: float = 0.7,
        min_takeaways: int = 3,
        max_takeaways: int = 6,
        max_calls: int = 3,
        per_speaker: int = 2,
        point_distance: float = 0.6,
        weights: dict[str, float] | None = None,
        bias: float = BIAS,
    ) -> None:
        self.embedder = embedder
        self.support = support
        self.redundancy = redundancy
        self.min_takeaways = min_takeaways
        self.max_takeaways = max_takeaways
        self.max_calls = max_calls
        self.per_speaker = per_speaker
        self.point_distance = point_distance
        self.weights = dict(WEIGHTS if weights is None else weights)
        self.bias = bias
        self.segmenter = SequentialSegmenter()
        self.procedural = ProceduralFilter()

    def params(self) -> dict[str, object]:
        return {
            "support": self.support,
            "redundancy": self.redundancy,
            "takeaways": [self.min_takeaways, self.max_takeaways],
            "max_calls": self.max_calls,
            "per_speaker": self.per_speaker,
            "point_distance": self.point_distance,
            "weights": self.weights,
            "bias": self.bias,
            "embedder": self.embedder.name,
        }

    def draft(self, transcript: Transcript, lang: str) -> Drafted:
        cands = candidates(transcript, lang)
        if not cands:
            return Drafted((), (), 0, 0)
        texts = [c.text for c in cands]
        x = self.embedder.embed(texts)
        sims = decision_scores(x, x)
        centre = sims.mean(axis=1)
        logistics = self.procedural.run(x, centre[:, None], self.embedder)
        segments = self.segmenter.run(x, texts)
        groups = threshold_groups(x, self.point_distance).tolist()
        supporters = self._supporters(cands, sims, groups)
        feats = features(cands, sims, groups)
        score = np.round(likelihood(feats, self.weights, self.bias) - 10.0 * logistics, 6)
        order = ranking(score, [c.order for c in cands])
        is_call = [bool(flag) for flag in feats["call"]]
        taken: list[int] = []
        calls = self._pick(
            [i for i in order if is_call[i] and not logistics[i]],
            self.max_calls,
            1,
            score,
            sims,
            (segments, groups),
            cands,
            taken,
        )
        takeaways = self._pick(
            [i for i in order if not is_call[i] and not logistics[i]],
            self.max_takeaways,
            self.min_takeaways,
            score,
            sims,
            (segments, groups),
            cands,
            taken,
        )
        if len(takeaways) < self.min_takeaways:  # a short discussion: any point not repeated
            more = [i for i in order if i not in taken and not logistics[i]]
            takeaways += self._pick(
                more,
                self.min_takeaways - len(takeaways),
                0,
                score,
                sims,
                (list(range(len(cands))), list(range(len(cands)))),  # only no repeats
                cands,
                taken,
            )
        return Drafted(
            takeaways=tuple(
                self._item(i, "key_takeaway", cands, supporters, score) for i in sorted(takeaways)
            ),
            calls=tuple(
                self._item(i, "call_to_action", cands, supporters, score) for i in sorted(calls)
            ),
            candidates=len(cands),
            segments=len(set(segments)),
        )

    def _supporters(
        self, cands: list[Candidate], sims: np.ndarray, groups: list[int]
    ) -> list[dict[str, int]]:
        """For each candidate: the other sources making the same point (in its group, or at
        least ``support`` similar) -> their closest sentence."""
        out: list[dict[str, int]] = []
        for i, c in enumerate(cands):
            found: dict[str, tuple[float, int]] = {}
            for j, other in enumerate(cands):
                if other.source == c.source:
                    continue
                if groups[j] != groups[i] and sims[i, j] < self.support:
                    continue
                value = float(sims[i, j])
                if other.source not in found or value > found[other.source][0] + 1e-4:
                    found[other.source] = (value, j)
            out.append({k: j for k, (_, j) in found.items()})
        return out

    def _pick(
        self,
        pool: list[int],
        most: int,
        least: int,
        score: np.ndarray,
        sims: np.ndarray,
        parts: tuple[list[int], list[int]],
        cands: list[Candidate],
        taken: list[int],
    ) -> list[int]:
        """Greedy choice in ranking order: no repeats, one per speaker and segment, a few per
        speaker;
        after ``least`` items, only those scoring at least half the best."""
        segments, groups = parts
        chosen: list[int] = []
        if not pool:
            return chosen
        top = float(score[pool[0]])
        for i in pool:
            if len(chosen) >= most:
                break
            if len(chosen) >= least and float(score[i]) < top / 2:
                break
            if any(
                sims[i, j] >= self.redundancy
                or groups[i] == groups[j]
                or (segments[i] == segments[j] and cands[i].source == cands[j].source)
                for j in taken
            ):
                continue
            if sum(1 for j in taken if cands[j].source == cands[i].source) >= self.per_speaker:
                continue
            chosen.append(i)
            taken.append(i)
        return chosen

    def _item(
        self,
        i: int,
        kind: str,
        cands: list[Candidate],
        supporters: list[dict[str, int]],
        score: np.ndarray,
    ) -> Item:
        own = cands[i]
        others = sorted(supporters[i].values(), key=lambda j: cands[j].order)[:3]
        cites = [Cite(own.speaker, own.turn)] + [
            Cite(cands[j].speaker, cands[j].turn) for j in others
        ]
        unique = tuple(dict.fromkeys(sorted(cites, key=lambda c: c.turn)))
        return Item(own.text, kind, unique, float(score[i]))
