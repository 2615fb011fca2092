"""Group statements that say the same thing into message groups, inside one theme.

Average-linkage clustering over cosine distance, cut at ``message_distance``: a statement and
its translation sit close together in the multilingual embedding space, so they fall in the
same group. A group must rest on ``min_sessions`` different sessions; a lone statement joins
the nearest such group when it is similar enough, otherwise it is not reflected. Members far
from the others are detached, and a group whose every member tells who said or presented what
(anecdotes only) is dissolved.

A group holding two statements of one kind from one session (two key takeaways of one
workshop) is split so that no part does (``siblings.split_siblings``): a session's list states
different points, and the sibling tends to pull its session's other point in.

A source that the learned same-point models (``synth.same_point``) both say does not make its
message's point is taken out (``same_point``, ``check="both"``, ``pair_bar``; a message of two
they both reject is dissolved, ``point_pairs``): the core model, on the source and the
message's core, below ``same_point``, and the pair model below ``pair_bar``. Its statements go
back to the one-session candidates (reason ``detached`` if they stay out). The sources of a
message of three or more are judged by the large model instead of the core model (``large``;
it also reads how many content terms the two share, which tells a neighbour glued in by the
clustering from a source making the point; docs/quality.md, step 17). Optional (off;
measured in docs/quality.md, step 16): ``halves``, a message of two the check dissolves keeps
its room for the statement its text would have been taken from, as a one-session message;
``two_bar``, a message of two is also dissolved when the pair model alone puts it below
this (inside a message of two the core is half of the pair, so the core model rejects little
there).

Optional (all off by default; measured in docs/quality.md): shared content terms
(``evidence.TermEvidence``) weighed into the detach and join decisions or mixed into the
clustering similarity, the theme's common part taken out of the embeddings first, and a
member that shares its message with another statement of the same kind from its own session
checked against the other sessions' members only (``session_support``), a floor for
messages of two (``pair_support``), and more uses of the learned same-point model
(``synth.point_check``: ``point_join`` joins lone statements, ``point_mix`` mixes its
probability into the clustering; ``support_bar`` takes out a source of a message of three or
more that most of the message does not back, docs/quality.md step 39; ``rehome_bar`` moves a
member to another message the model puts it with, ``attach_away`` sends a lone statement to
the message of its likeliest partner instead of the nearest, docs/quality.md step 64).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from forum_messages.engine import Engine
from forum_messages.nlp.base import Vectors, normalise_rows
from forum_messages.nlp.cluster import MAX_EXACT, Labels, renumber, threshold_groups
from forum_messages.nlp.decide import (
    Scores,
    best,
    centroid,
    decision_scores,
    leave_one_out_scores,
)
from forum_messages.nlp.hclust import fcluster, linkage, squareform
from forum_messages.synth import point_check
from forum_messages.synth.evidence import TermEvidence
from forum_messages.synth.same_point import PairFeatures, PointModel, shipped_model
from forum_messages.synth.siblings import has_siblings, rejoin, split_siblings

#: Weight of shared terms in a member's support (0: the embedding alone decides, as before).
TERM_WEIGHT = 0.0
#: Support a member needs when term evidence counts.
AGREEMENT = 0.3
#: Weight of shared terms when a lone statement joins a group (0: similarity alone).
ATTACH_WEIGHT = 0.0
#: Mixed similarity and term share a lone statement needs to join a group.
ATTACH_AGREEMENT = 0.4
#: Mean similarity down to which the parts of a group where one session speaks twice are
#: joined again (``siblings.split_siblings``; None: such groups are not split).
SIBLINGS = 0.45
#: Mean similarity to the other sessions' statements at which a part split off rejoins.
SIBLING_REJOIN = 0.5
#: The core model's probability of making the message's core point below which a source is
#: taken out (0: no same-point check), and whether a message of two below it is dissolved.
SAME_POINT = 0.5
POINT_PAIRS = True
#: Which model judges a message's sources: "core", "pair" or "both" (both must reject).
CHECK = "both"
#: With ``check="both"``: the pair model's probability below which a source the core model
#: rejects is taken out.
PAIR_BAR = 0.4
#: The pair model's probability below which a message of two is dissolved whatever the core
#: model says (0: only when both reject it).
TWO_BAR = 0.0
#: Whether a message of two the check dissolves keeps its room for the statement its text is
#: taken from, as a one-session message (``Grouping.halves``), instead of both going back to
#: the one-session candidates.
HALVES = False
#: A message of two whose statements are calls asking two things (``synth.ask``: their asks
#: share no stem) is dissolved when the pair model is unsure: below this bar and at
#: ``pair_bar`` or more (below it the check's own rule decides); each of its statements is
#: then kept as a one-session message (0: off; step 24 of docs/quality.md).
ASK_BAR = 0.6
#: The lower bound of that band (None: ``pair_bar``, below which the check's own rule
#: decides). Below the pair bar a message of two is kept when the core model puts it at
#: ``SAME_POINT`` or more; with a lower bound under the pair bar, two calls whose whole asks
#: (every content word after the call form, not the first ``ask.SPAN``) share no stem are
#: parted there too, each a one-session message placed in the sub-topic of the nearest
#: message left (``Grouping.placed``; step 50 of docs/quality.md).
ASK_FLOOR: float | None = 0.0
#: Whether the two statements of every pair the ask rule parts (in the band from the pair bar
#: up too) are placed by their own reading, as those parted below it are, instead of keeping
#: the sub-topic of the message they were in (step 50 of docs/quality.md).
ASK_PLACE = False
#: A source of a message of three or more is taken out when the rest of the message holds
#: the point without it: the pair model puts every other source at ``REST_TIE`` or more with
#: the message's core and the source below ``REST_OFF`` with each of them, while it puts the
#: source at ``pair_bar`` or more with the core (``point_check.off_rest``); the source is then
#: kept as a one-session message (0: off; step 27 of docs/quality.md).
REST_TIE = 0.8
REST_OFF = 0.0
#: With ``REST_OFF``: the bar the large model (``LARGE``; else the core model) must put the
#: source below with each other source too (0: the pair model alone decides).
REST_SECOND = 0.0
#: A message of two in one language is dissolved when the pair model puts it at
#: ``pair_bar`` or more and below ``CLAIM_TOP`` and each statement says ``CLAIM_BAR`` or more
#: of its rarity-weighted term weight in words the other does not use
#: (``TermEvidence.unshared``: two claims on one subject); each statement is then kept as a
#: one-session message (0: off; step 34 of docs/quality.md: it parts as many right pairs as
#: wrong ones).
CLAIM_BAR = 0.0
CLAIM_TOP = 0.7
#: The same (below ``CLAIM_TOP``) when the two statements, their local subject taken out
#: (``point_check.subject_apart``: each vector without its component along the mean of the
#: theme's statements nearest the pair), are ``SUBJECT_BAR`` or more apart (0: off; step 36
#: of docs/quality.md: it parts more right pairs than wrong ones, 8 / 3 at 0.75).
SUBJECT_BAR = 0.0
#: A source of a message of three or more whose mean pair-model probability with the other
#: sources (the core among them) is below ``SUPPORT_BAR`` is taken out, the least supported
#: first, while the rest rests on two sessions (``point_check.off_support``: the point most of
#: the message makes, not its core's alone); with ``SUPPORT_KEEP`` it is kept as a
#: one-session message, else it goes back to the one-session candidates (0: off; step 39 of
#: docs/quality.md).
SUPPORT_BAR = 0.0
SUPPORT_KEEP = True
#: With ``SUPPORT_BAR``: the bar the large model (``LARGE``; else the core model) must put the
#: source below with the message's core too (0: the pair model's support alone decides).
SUPPORT_SECOND = 0.0
#: A source whose policy topics (the vocabulary's wordings, ``topic_vocab.topics_found``) and
#: its message core's are both found and share none, and which the pair model puts below
#: ``TOPIC_BAR`` with the core, is taken out (a message of two is dissolved;
#: ``point_check.off_topics``); with ``TOPIC_KEEP`` it is kept as a one-session message, else
#: it goes back to the one-session candidates (0: off; step 41 of docs/quality.md).
TOPIC_BAR = 0.0
TOPIC_KEEP = False
#: A message of two in two languages that the pair model puts below ``ACROSS_BAR`` is
#: dissolved: across languages the check's core and large models put a pair high whatever
#: the two say (they read shared terms and one language; 0.95 or more for every such source of
#: the readable report drafts' messages), so the pair model alone judges it. With
#: ``ACROSS_KEEP`` its core keeps its room as a one-session message and the other statement
#: goes back to the one-session candidates, else both go back. With ``ACROSS_LARGER`` a
#: source of a message of three or more in another language than the core, below the bar
#: with the core and on its mean with the other sources, is taken out too
#: (``point_check.off_across``; kept as a one-session message with ``ACROSS_KEEP``). 0: off;
#: step 42 of docs/quality.md.
ACROSS_BAR = 0.0
ACROSS_KEEP = True
ACROSS_LARGER = False
#: A source of a message of three or more that the pair model puts below ``ELSEWHERE_BAR``
#: with the message's core and on its mean with the other sources, while it puts the source
#: with some statement of the theme outside the message (another session's) at least
#: ``ELSEWHERE_MARGIN`` above that mean, is taken out (``point_check.off_elsewhere``: a
#: likelier partner outside the message than inside); with ``ELSEWHERE_KEEP`` it is kept as
#: a one-session message placed by its own reading (``Grouping.placed``), else it goes back to
#: the one-session candidates (0: off; step 61 of docs/quality.md).
ELSEWHERE_BAR = 0.0
ELSEWHERE_MARGIN = 0.1
ELSEWHERE_KEEP = False
#: With ``ELSEWHERE_KEEP``: whether that message is placed by its own reading (the sub-topic
#: of the nearest message left, ``Grouping.placed``) instead of keeping the sub-topic of the
#: message the source was in.
ELSEWHERE_PLACE = True
#: With ``ELSEWHERE_BAR``: whether a source taken out joins its likeliest partner outside
#: the message instead: the message that partner is in, or, when the partner is left alone
#: too, a new message of the two (its sessions differ); a source whose partner is in neither
#: goes where ``ELSEWHERE_KEEP`` sends it.
ELSEWHERE_JOIN = False
#: A member the clustering joined to one message whose mean pair-model probability with the
#: members of another message of the theme is at least ``REHOME_BAR`` and ``REHOME_MARGIN``
#: or more above its mean with its own message's other members moves to that message, while
#: its own still rests on two sessions (``point_check.rehome``; 0: off; step 64 of
#: docs/quality.md).
REHOME_BAR = 0.0
REHOME_MARGIN = 0.2
#: A lone statement attached after the clustering to the nearest message joins another
#: message instead when the pair model puts it with one of that message's members (another
#: session's) at ``ATTACH_AWAY`` or more and ``ATTACH_AWAY_MARGIN`` or more above its
#: likeliest partner in the nearest message (``point_check.attach_elsewhere``; 0: off; step
#: 64 of docs/quality.md).
ATTACH_AWAY = 0.0
ATTACH_AWAY_MARGIN = 0.2
#: Whether the sources of messages of three or more are judged by the large model
#: (``same_point.LARGE_FEATURES``: the core model's features and how many content terms the
#: two share) instead of the core model, against the same bar.
LARGE = True

#: Messages of one theme joined when they make one point (``point_check.merge``): the
#: pair model's mean probability over their statements' pairs at least ``MERGE`` (None: off)
#: and their centres at a similarity of ``MERGE_FLOOR`` or more.
MERGE: float | None = None
MERGE_FLOOR = 0.35
#: Two one-session messages of one session (no kind of statement in both: its takeaway and
#: its call to action) joined when their centres are at a similarity of ``MERGE_TWINS`` or
#: more (None: off).
MERGE_TWINS: float | None = None


@dataclass(frozen=True)
class Grouping:
    groups: list[list[int]]  # indices (into the theme's rows) of each kept group
    attached: dict[int, int]  # row -> group it joined after clustering
    alone: list[int]  # rows in no group (single-session points)
    single: list[list[int]] = field(default_factory=list)  # ``alone`` rows, as clustered
    detached: list[int] = field(default_factory=list)  # rows taken out of a group (in alone)
    #: the groups and the lone rows (as ``single``) before the same-point check took any
    #: source out; None when it took none (the sub-topics are found on these, so a source
    #: taken out keeps the sub-topic of the message it was in)
    before: tuple[list[list[int]], list[list[int]]] | None = None
    #: messages of two the same-point check dissolved, when ``halves`` is on: the statement
    #: its text is taken from keeps the message's room, as a one-session message; and each
    #: statement of a message of two dissolved as two calls asking two things (``ask_bar``)
    #: or two claims on one subject (``claim_bar``, ``subject_bar``),
    #: alone (each makes a point of its own; the rows are in ``alone`` and ``detached`` too)
    halves: list[list[int]] = field(default_factory=list)
    #: the rows of ``halves`` that do not keep the sub-topic of the message they were in: each
    #: goes where its own reading puts it (two calls parted below the pair bar, ``ask_floor``)
    placed: list[int] = field(default_factory=list)
    #: rows the clustering joined to one message that moved to another making their point
    #: (``rehome_bar``), and lone rows attached to another message than the nearest
    #: (``attach_away``): row -> the group it is in now
    rehomed: dict[int, int] = field(default_factory=dict)


class ThresholdGrouper:
    name = "average-linkage-threshold"

    def __init__(
        self,
        max_distance: float,
        min_sessions: int,
        attach_similarity: float,
        seed: int = 0,
        cohesion: float = 0.35,
        engine: Engine | None = None,
        term_weight: float = TERM_WEIGHT,
        agreement: float = AGREEMENT,
        attach_weight: float = ATTACH_WEIGHT,
        attach_agreement: float = ATTACH_AGREEMENT,
        term_mix: float = 0.0,
        mixed_distance: float = 0.7,
        centre: float = 0.0,
        centred_attach: float = 0.3,
        session_support: float = 0.0,
        anecdotes: bool = False,
        pair_support: float = 0.0,
        siblings: float | None = SIBLINGS,
        sibling_rejoin: float = SIBLING_REJOIN,
        same_point: float = SAME_POINT,
        point_model: PointModel | None = None,
        core_model: PointModel | None = None,
        large_model: PointModel | None = None,
        large: bool = LARGE,
        point_pairs: bool = POINT_PAIRS,
        check: str = CHECK,
        pair_bar: float = PAIR_BAR,
        two_bar: float = TWO_BAR,
        halves: bool = HALVES,
        ask_bar: float = ASK_BAR,
        ask_floor: float | None = ASK_FLOOR,
        ask_place: bool = ASK_PLACE,
        rest_tie: float = REST_TIE,
        rest_off: float = REST_OFF,
        rest_second: float = REST_SECOND,
        claim_bar: float = CLAIM_BAR,
        claim_top: float = CLAIM_TOP,
        subject_bar: float = SUBJECT_BAR,
        support_bar: float = SUPPORT_BAR,
        support_keep: bool = SUPPORT_KEEP,
        support_second: float = SUPPORT_SECOND,
        topic_bar: float = TOPIC_BAR,
        topic_keep: bool = TOPIC_KEEP,
        across_bar: float = ACROSS_BAR,
        across_keep: bool = ACROSS_KEEP,
        across_larger: bool = ACROSS_LARGER,
        elsewhere_bar: float = ELSEWHERE_BAR,
        elsewhere_margin: float = ELSEWHERE_MARGIN,
        elsewhere_keep: bool = ELSEWHERE_KEEP,
        elsewhere_join: bool = ELSEWHERE_JOIN,
        elsewhere_place: bool = ELSEWHERE_PLACE,
        rehome_bar: float | None = None,
        rehome_margin: float | None = None,
        attach_away: float | None = None,
        attach_away_margin: float | None = None,
        point_join: float = 0.0,
        point_mix: float = 0.0,
        point_distance: float = 0.6,
        merge: float | None = MERGE,
        merge_floor: float = MERGE_FLOOR,
        merge_twins: float | None = MERGE_TWINS,
        merge_one: bool = False,
    ) -> None:
        self.merge_one = merge_one
        self.merge_twins = merge_twins
        self.merge_bar = merge
        self.merge_floor = merge_floor
        self.point_mix = point_mix
        self.point_distance = point_distance
        self.point_join = point_join
        self.same_point = same_point
        self.point_model = point_model
        self.core_model = core_model
        self.large_model = large_model
        self.large = large
        self.point_pairs = point_pairs
        if check not in ("core", "pair", "both"):
            raise ValueError(f"check must be 'core', 'pair' or 'both', not {check!r}")
        self.check = check
        self.pair_bar = pair_bar
        self.two_bar = two_bar
        self.halves = halves
        self.ask_bar = ask_bar
        self.ask_floor = ask_floor
        self.ask_place = ask_place
        self.rest_tie = rest_tie
        self.rest_off = rest_off
        self.rest_second = rest_second
        self.claim_bar = claim_bar
        self.claim_top = claim_top
        self.subject_bar = subject_bar
        self.support_bar = support_bar
        self.support_keep = support_keep
        self.support_second = support_second
        self.topic_bar = topic_bar
        self.topic_keep = topic_keep
        self.across_bar = across_bar
        self.across_keep = across_keep
        self.across_larger = across_larger
        self.elsewhere_bar = elsewhere_bar
        self.elsewhere_margin = elsewhere_margin
        self.elsewhere_keep = elsewhere_keep
        self.elsewhere_join = elsewhere_join
        self.elsewhere_place = elsewhere_place
        # (None: the module's setting when the grouper is made)
        self.rehome_bar = REHOME_BAR if rehome_bar is None else rehome_bar
        self.rehome_margin = REHOME_MARGIN if rehome_margin is None else rehome_margin
        self.attach_away = ATTACH_AWAY if attach_away is None else attach_away
        self.attach_away_margin = (
            ATTACH_AWAY_MARGIN if attach_away_margin is None else attach_away_margin
        )
        self.siblings = siblings
        self.sibling_rejoin = sibling_rejoin
        self.session_support = session_support
        self.pair_support = pair_support
        self.anecdotes = anecdotes
        self.centre = centre
        self.centred_attach = centred_attach
        self.term_mix = term_mix
        self.mixed_distance = mixed_distance
        self.engine = engine
        self.cohesion = cohesion
        self.term_weight = term_weight
        self.agreement = agreement
        self.attach_weight = attach_weight
        self.attach_agreement = attach_agreement
        self.max_distance = max_distance
        self.min_sessions = min_sessions
        self.attach_similarity = attach_similarity
        self.seed = seed

    @property
    def uses_terms(self) -> bool:
        """Whether shared terms weigh in any decision (else ``run`` ignores the evidence)."""
        return (
            self.term_weight > 0
            or self.merge_bar is not None
            or self.merge_twins is not None
            or self.attach_weight > 0
            or self.term_mix > 0
            or self.same_point > 0
            or self.point_join > 0
            or self.point_mix > 0
        )

    def wants_terms(self, n: int) -> bool:
        """Whether ``run`` reads the content terms of a theme of ``n`` statements: as
        ``uses_terms``, but the same-point check is made only on a theme the clustering takes
        in one piece (``MAX_EXACT``; a larger one is a consultation's, whose groups of
        responses are not session lists, and whose core would be a square of its size)."""
        if n > MAX_EXACT and not (
            self.term_weight > 0 or self.attach_weight > 0 or self.term_mix > 0
        ):
            return self.point_join > 0 or self.point_mix > 0
        return self.uses_terms

    @property
    def _model(self) -> PointModel:
        """The same-point model for joining: the one given, else the shipped one."""
        return self.point_model or shipped_model()

    @property
    def _core_model(self) -> PointModel:
        """The same-point model for a message's sources: the one given, else the shipped
        one that ``check`` names (``"core"``: fitted on the pairs of a message's core and its
        other sources; ``"pair"``: fitted on every similar pair of a theme; ``"both"``: the
        core one, and a source is taken out only when the pair model, ``_model``, is below
        ``pair_bar`` too)."""
        return self.core_model or shipped_model(core=self.check != "pair")

    @property
    def _large_model(self) -> PointModel | None:
        """The model judging the sources of messages of three or more when ``large`` is on
        and ``check`` is "both": the one given, else the shipped one unless a core model is
        given (that model then judges every message). None: the core model judges them too."""
        if not self.large or self.check != "both":
            return None
        if self.large_model is not None:
            return self.large_model
        return None if self.core_model is not None else shipped_model(large=True)

    def _centred(self, x: Vectors) -> Vectors:
        """The rows less ``centre`` times their mean (what every statement of the theme
        shares), back to unit length: what is left tells one point from another."""
        if self.centre <= 0 or len(x) < 3:
            return x
        rows = np.asarray(x, dtype=np.float64)
        return normalise_rows(rows - self.centre * rows.mean(axis=0))

    def params(self) -> dict[str, object]:
        out: dict[str, object] = {
            "max_distance": self.max_distance,
            "min_sessions": self.min_sessions,
            "attach_similarity": self.attach_similarity,
            "cohesion": self.cohesion,
            "linkage": "average",
            "metric": "cosine",
        }
        if self.uses_terms:  # recorded only when they change the draft
            out |= {
                "term_weight": self.term_weight,
                "agreement": self.agreement,
                "attach_weight": self.attach_weight,
                "attach_agreement": self.attach_agreement,
                "term_mix": self.term_mix,
                "mixed_distance": self.mixed_distance,
            }
        if self.centre > 0:
            out |= {"centre": self.centre, "centred_attach": self.centred_attach}
        if self.session_support > 0:
            out |= {"session_support": self.session_support}
        if self.anecdotes:
            out |= {"anecdotes": True}
        if self.pair_support > 0:
            out |= {"pair_support": self.pair_support}
        if self.siblings is not None:
            out |= {"siblings": self.siblings, "sibling_rejoin": self.sibling_rejoin}
        if self.same_point > 0:
            out |= {
                "same_point": self.same_point,
                "point_pairs": self.point_pairs,
                "check": self.check,
            }
            if self.check == "both":
                out |= {"pair_bar": self.pair_bar}
            if self.two_bar > 0:
                out |= {"two_bar": self.two_bar}
            if self.halves:
                out |= {"halves": True}
            if self.ask_bar > 0 and self.point_pairs:
                out |= {"ask_bar": self.ask_bar}
                if self.ask_floor is not None:
                    out |= {"ask_floor": self.ask_floor}
                if self.ask_place:
                    out |= {"ask_place": True}
            if self.rest_off > 0:
                out |= {"rest_tie": self.rest_tie, "rest_off": self.rest_off}
                if self.rest_second > 0:
                    out |= {"rest_second": self.rest_second}
            if self.claim_bar > 0 and self.point_pairs:
                out |= {"claim_bar": self.claim_bar, "claim_top": self.claim_top}
            if self.subject_bar > 0 and self.point_pairs:
                out |= {"subject_bar": self.subject_bar, "claim_top": self.claim_top}
            if self.support_bar > 0:
                out |= {"support_bar": self.support_bar, "support_keep": self.support_keep}
                if self.support_second > 0:
                    out |= {"support_second": self.support_second}
            if self.topic_bar > 0:
                out |= {"topic_bar": self.topic_bar, "topic_keep": self.topic_keep}
            if self.rehome_bar > 0:
                out |= {"rehome_bar": self.rehome_bar, "rehome_margin": self.rehome_margin}
            if self.attach_away > 0:
                out |= {
                    "attach_away": self.attach_away,
                    "attach_away_margin": self.attach_away_margin,
                }
            if self.across_bar > 0:
                out |= {
                    "across_bar": self.across_bar,
                    "across_keep": self.across_keep,
                    "across_larger": self.across_larger,
                }
            if self.elsewhere_bar > 0:
                out |= {
                    "elsewhere_bar": self.elsewhere_bar,
                    "elsewhere_margin": self.elsewhere_margin,
                    "elsewhere_keep": self.elsewhere_keep,
                    "elsewhere_join": self.elsewhere_join,
                    "elsewhere_place": self.elsewhere_place,
                }
            if self._large_model is not None:
                out |= {"large": True}
        if self.point_join > 0:
            out |= {"point_join": self.point_join}
        if self.point_mix > 0:
            out |= {"point_mix": self.point_mix, "point_distance": self.point_distance}
        if self.merge_bar is not None:
            out |= {"merge": self.merge_bar, "merge_floor": self.merge_floor}
            if self.merge_one:
                out |= {"merge_one": True}
        if self.merge_twins is not None:
            out |= {"merge_twins": self.merge_twins}
        return out

    @property
    def merges(self) -> bool:
        """Whether ``merge`` may join messages (``merge`` or ``merge_twins`` set)."""
        return self.merge_bar is not None or self.merge_twins is not None

    def merge(
        self,
        x: Vectors,
        groups: list[list[int]],
        sessions: Sequence[str],
        evidence: TermEvidence | None,
        kinds: Sequence[str] | None = None,
        attributions: Sequence[bool] | None = None,
    ) -> list[list[int]]:
        """The theme's messages (``groups``, the one-session ones among them), those making
        one point joined (``point_check.merge``) when ``merge`` is set, on a theme clustered
        in one piece with its terms read; else ``groups`` as they are."""
        if not self.merges or evidence is None or len(groups) < 2 or len(x) > MAX_EXACT:
            return groups
        points = PairFeatures(x, evidence, kinds, attributions)
        return point_check.merge(
            self._model,
            x,
            groups,
            sessions,
            kinds,
            points,
            self.merge_bar,
            self.merge_floor,
            self.merge_twins,
            self.merge_one,
        )

    def run(
        self,
        x: Vectors,
        sessions: Sequence[str],
        evidence: TermEvidence | None = None,
        kinds: Sequence[str] | None = None,
        attributions: Sequence[bool] | None = None,
    ) -> Grouping:
        """Message groups of one theme's rows. ``kinds``: each row's statement kind (a key
        takeaway, a call to action...), for ``session_support``; ``attributions``: whether
        each row tells who said or presented what (an anecdote). A group of anecdotes only
        has no statement of a point to show: it is dissolved (unless ``anecdotes``)."""
        n = len(x)
        if n == 0:
            return Grouping([], {}, [])
        xd = self._centred(x)  # what clustering and joining decide on
        checking = self.same_point > 0 and n <= MAX_EXACT  # a theme clustered in one piece
        asked = checking or self.point_join > 0
        points = (
            PairFeatures(x, evidence, kinds, attributions)
            if (asked or self.point_mix > 0) and evidence is not None
            else None
        )
        if points is not None and self.point_mix > 0 and 1 < n <= MAX_EXACT:
            sim = point_check.mixed(self._model, xd, points, self.point_mix)
            labels = self._cut(sim, self.point_distance)
        elif evidence is not None and self.term_mix > 0 and 1 < n <= MAX_EXACT:
            sim = evidence.mixed(decision_scores(xd, xd), self.term_mix)
            labels = self._cut(sim, self.mixed_distance)
        else:
            labels = threshold_groups(xd, self.max_distance, seed=self.seed, engine=self.engine)
        members: dict[int, list[int]] = {}
        for i, lab in enumerate(labels.tolist()):
            members.setdefault(lab, []).append(i)
        kept: list[list[int]] = []
        loose: list[int] = []
        for rows in members.values():
            if len({sessions[i] for i in rows}) >= self.min_sessions:
                kept.append(rows)
            else:
                loose.extend(rows)
        attached: dict[int, int] = {}
        alone: list[int] = []
        if kept and loose:
            centroids = np.stack([centroid(xd[rows]) for rows in kept])
            sims = decision_scores(xd[loose], centroids)
            for j, row in enumerate(loose):
                nearest = self._nearest(sims[j], row, kept, evidence)
                if nearest is not None:
                    attached[row] = nearest
                else:
                    alone.append(row)
        else:
            alone = list(loose)
        # a row moved to the message making its point -> the group the clustering (or the
        # nearest attachment) gave it: the sub-topics are found as if it had stayed there
        # (``before``), so that no other message moves for it
        moved_from: dict[int, tuple[int, ...]] = {}  # (by the group's other rows)
        if points is not None and checking and self.attach_away > 0 and attached:
            nearest_of = dict(attached)
            redirected = point_check.attach_elsewhere(
                self._model,
                points,
                kept,
                attached,
                sessions,
                self.attach_away,
                self.attach_away_margin,
            )
            moved_from.update((r, tuple(kept[nearest_of[r]])) for r in redirected)
        if not asked:
            points = None
        for row, g in sorted(attached.items()):
            kept[g].append(row)
        if points is not None and self.point_join > 0 and alone and len(alone) <= MAX_EXACT:
            alone = point_check.join(
                self._model, x, kept, attached, alone, sessions, points, self.point_join
            )
        if points is not None and checking and self.rehome_bar > 0 and len(kept) > 1:
            group_of = {r: tuple(o for o in rows if o != r) for rows in kept for r in rows}
            rehomed = point_check.rehome(
                self._model,
                points,
                kept,
                sessions,
                self.min_sessions,
                self.rehome_bar,
                self.rehome_margin,
            )
            attached.update((r, g) for r, g in rehomed.items() if r in attached)
            moved_from.update((r, group_of[r]) for r in rehomed)
        detached: list[int] = []
        part_of: dict[int, int] = {}  # split-off row -> first row of its part
        if self.siblings is not None and kinds is not None:
            kept, attached = self._split(
                xd, kept, attached, sessions, kinds, self.siblings, part_of
            )
            detached.extend(sorted(part_of))
        left: dict[int, int] = {}  # row the member check took out -> the group it left
        for g, rows in enumerate(kept):
            rows.sort()
            out = self._detach(x, rows, sessions, evidence)
            left.update((r, g) for r in out)
            detached.extend(out)
            detached.extend(self._check(xd, rows, sessions, kinds, attributions, evidence))
        if n > MAX_EXACT and left:  # a large theme's: see ``_rehome``
            rehomed = self._rehome(xd, kept, left)
            attached.update(rehomed)
            detached = [r for r in detached if r not in rehomed]
        # the rows left alone, grouped as the clustering put them (one session's near-copies
        # stay together)
        where = {row: lab for lab, rows in members.items() for row in rows}

        def singles(alone: list[int], detached: list[int]) -> list[list[int]]:
            # copies of a text taken out (the very same vector) stay one candidate
            copy_of = _first_copies(x, [r for r in detached if r not in part_of])
            single: dict[int, list[int]] = {}
            for row in sorted(alone + detached):
                key = (
                    -1 - part_of.get(row, copy_of.get(row, row)) if row in detached else where[row]
                )
                single.setdefault(key, []).append(row)
            return list(single.values())

        before: tuple[list[list[int]], list[list[int]]] | None = None
        halves: list[list[int]] = []
        placed: list[int] = []  # rows of ``halves`` parted below the pair bar (``ask_floor``)
        if points is not None and checking:
            # (a group dissolved by the member check is empty: not a group any more)
            clustered = [list(rows) for rows in kept]
            back = False  # a moved row put back, for the sub-topics, where it was
            for r, others in sorted(moved_from.items()):
                h = next((k for k, rows in enumerate(clustered) if r in rows), None)
                shared = [len(set(rows) & set(others)) for rows in clustered]
                g = max(range(len(clustered)), key=lambda k: (shared[k], -k))
                if h is not None and shared[g] > 0 and g != h and len(clustered[h]) > 1:
                    clustered[h].remove(r)
                    clustered[g] = sorted(clustered[g] + [r])
                    back = True
            before = ([rows for rows in clustered if rows], singles(alone, detached))
            checked = len(detached)
            twos = [g for g, rows in enumerate(kept) if len(rows) == 2]
            was = {g: list(kept[g]) for g in twos}
            apart: list[list[int]] = []  # the two calls of a message of two asking two things
            moved: dict[int, int] = {}  # row taken out -> its likeliest partner outside
            detached.extend(
                point_check.off_point(
                    self._core_model,
                    x,
                    kept,
                    sessions,
                    points,
                    self.same_point,
                    self.min_sessions,
                    self.point_pairs,
                    (self._model, self.pair_bar) if self.check == "both" else None,
                    (self._model, self.two_bar) if self.two_bar > 0 and self.point_pairs else None,
                    self._large_model,
                    (self._model, self.ask_bar) if self.ask_bar > 0 and self.point_pairs else None,
                    apart,
                    self.pair_bar,
                    (self._model, self.rest_tie, self.rest_off) if self.rest_off > 0 else None,
                    (self._large_model or self._core_model, self.rest_second)
                    if self.rest_second > 0
                    else None,
                    (self._model, self.claim_top, self.claim_bar)
                    if self.claim_bar > 0 and self.point_pairs
                    else None,
                    (self._model, self.claim_top, self.subject_bar)
                    if self.subject_bar > 0 and self.point_pairs
                    else None,
                    (self._model, self.support_bar, self.support_keep)
                    if self.support_bar > 0
                    else None,
                    (self._large_model or self._core_model, self.support_second)
                    if self.support_bar > 0 and self.support_second > 0
                    else None,
                    (self._model, self.topic_bar, self.topic_keep) if self.topic_bar > 0 else None,
                    (self._model, self.across_bar, self.across_keep, self.across_larger)
                    if self.across_bar > 0
                    else None,
                    self.ask_floor,
                    placed,
                    self.ask_place,
                    (
                        self._model,
                        self.elsewhere_bar,
                        self.elsewhere_margin,
                        self.elsewhere_keep,
                        self.elsewhere_place,
                    )
                    if self.elsewhere_bar > 0
                    else None,
                    moved,
                )
            )
            taken = len(detached)
            if self.elsewhere_join and moved:
                _join_partners(kept, moved, detached, alone, apart, placed)
            if taken == checked and not back:
                before = None  # nothing taken out: the groups are as they were
            elif self.halves:
                parted = {r for pair in apart for r in pair}
                halves = [was[g] for g in twos if not kept[g] and not set(was[g]) & parted]
            halves += apart
        if any(not rows for rows in kept):  # dissolved pairs: renumber what is left
            number: dict[int, int] = {}
            for g, rows in enumerate(kept):
                if rows:
                    number[g] = len(number)
            attached = {r: number[g] for r, g in attached.items() if g in number}
            kept = [rows for rows in kept if rows]
        single = singles(alone, detached)
        alone = sorted(alone + detached)
        now = {r: g for g, rows in enumerate(kept) for r in rows if r in moved_from}
        return Grouping(
            kept, attached, alone, single, sorted(detached), before, halves, sorted(placed), now
        )

    @staticmethod
    def _cut(sim: Scores, distance: float) -> Labels:
        """Average-linkage clusters of a similarity matrix cut at ``distance``."""
        dist = np.clip(1.0 - sim, 0.0, 2.0)
        np.fill_diagonal(dist, 0.0)
        z = linkage(squareform(dist, checks=False), method="average")
        return renumber(fcluster(z, t=distance, criterion="distance"))

    def _split(
        self,
        xd: Vectors,
        kept: list[list[int]],
        attached: dict[int, int],
        sessions: Sequence[str],
        kinds: Sequence[str],
        floor: float,
        part_of: dict[int, int],
    ) -> tuple[list[list[int]], dict[int, int]]:
        """Groups holding two statements of one kind from one session, split so that no part
        does (``siblings.split_siblings``, parts joined while their mean similarity reaches
        ``floor``); a part split off with one session rejoins the part whose other sessions it
        is closest to when that reaches ``sibling_rejoin`` (``siblings.rejoin``). A part that
        still rests on ``min_sessions`` sessions stays a group; the rows of the others are
        taken out, each part noted in ``part_of`` (one session's point stays one candidate).
        Returns the groups and which group each attached row is now in."""
        out: list[list[int]] = []
        for rows in kept:
            if not has_siblings(rows, sessions, kinds):
                out.append(rows)
                continue
            whole: list[list[int]] = []
            lone: list[list[int]] = []
            for part in split_siblings(xd, rows, sessions, kinds, floor):
                many = len({sessions[i] for i in part}) >= self.min_sessions
                (whole if many else lone).append(part)
            bases = [list(p) for p in whole]  # what a lone part is compared with
            for part in lone:
                k = rejoin(xd, part, bases, sessions, self.sibling_rejoin) if bases else None
                if k is None:
                    part_of.update((r, part[0]) for r in part)
                else:
                    whole[k] = sorted(whole[k] + part)
            out.extend(whole)
        where = {r: g for g, rows in enumerate(out) for r in rows}
        return out, {r: where[r] for r in attached if r in where}

    def _nearest(
        self,
        sims: Scores,
        row: int,
        kept: list[list[int]],
        evidence: TermEvidence | None,
    ) -> int | None:
        """The group a lone row joins, if any: the nearest whose similarity (with term
        evidence, mixed with the share of shared terms) clears the bar."""
        bar = self.centred_attach if self.centre > 0 else self.attach_similarity
        if evidence is None or self.attach_weight <= 0:
            nearest = best(sims)
            return nearest if sims[nearest] >= bar else None
        w = self.attach_weight
        scores = []
        for g, rows in enumerate(kept):
            share = evidence.shared(row, rows)
            if share is None:
                scores.append(float(sims[g]) - bar)
            else:
                scores.append((1 - w) * float(sims[g]) + w * share - self.attach_agreement)
        nearest = best(np.round(scores, 6))
        return nearest if scores[nearest] >= 0 else None

    def _rehome(self, xd: Vectors, kept: list[list[int]], left: dict[int, int]) -> dict[int, int]:
        """The rows taken out of their groups (``left``: row -> the group it left) that join
        another group, added to it: the nearest other group by its centre, when that clears
        the bar a lone row must clear to join a group (``attach_similarity``). Returns each
        such row's new group.

        For a theme of more than ``MAX_EXACT`` statements only (a consultation's): average
        linkage over thousands of statements joins whole clusters, so a text may end in a
        group whose centre is far from it (the member check takes it out) while it makes
        another group's point; it is not left out of the draft for that. Copies of a text
        share its vector, so they go together."""
        bar = self.centred_attach if self.centre > 0 else self.attach_similarity
        live = [g for g, rows in enumerate(kept) if rows]
        if len(live) < 2:
            return {}
        centres = np.stack([centroid(xd[kept[g]]) for g in live])
        rows = sorted(left)
        sims = decision_scores(xd[rows], centres)
        out: dict[int, int] = {}
        for j, row in enumerate(rows):
            scores = sims[j].copy()
            if left[row] in live:
                scores[live.index(left[row])] = -np.inf
            k = best(scores)
            if scores[k] >= bar:
                out[row] = live[k]
        for row, g in out.items():
            kept[g].append(row)
        for g in set(out.values()):
            kept[g].sort()
        return out

    def _check(
        self,
        xd: Vectors,
        rows: list[int],
        sessions: Sequence[str],
        kinds: Sequence[str] | None,
        attributions: Sequence[bool] | None,
        evidence: TermEvidence | None,
    ) -> list[int]:
        """What a group loses after the member check: members resting on their own session
        (``session_support``), both members of a pair below ``pair_support`` and every member
        of a group of anecdotes (unless ``anecdotes``)."""
        out: list[int] = []
        if self.session_support > 0 and kinds is not None:
            out.extend(self._one_session(xd, rows, sessions, kinds, evidence))
        weak = (
            self.pair_support > 0
            and len(rows) == 2
            and self._similarity(xd, rows, evidence)[0, 1] < self.pair_support
        )
        anecdotal = attributions is not None and all(attributions[r] for r in rows)
        if rows and (weak or (anecdotal and not self.anecdotes)):
            out.extend(rows)
            rows.clear()
        return out

    def _similarity(self, xd: Vectors, rows: list[int], evidence: TermEvidence | None) -> Scores:
        """Similarities of ``rows`` with each other, on what the clustering decides on."""
        sim = decision_scores(xd[rows], xd[rows])
        if evidence is not None and self.term_mix > 0:
            sim = evidence.mixed(sim, self.term_mix, rows)
        return sim

    def _one_session(
        self,
        xd: Vectors,
        rows: list[int],
        sessions: Sequence[str],
        kinds: Sequence[str],
        evidence: TermEvidence | None,
    ) -> list[int]:
        """Members that rest on their own session: least supported first.

        A session's list of takeaways (or of calls to action) states different points, so a
        member whose message already holds another statement of the same kind from its
        session may owe its place to that sibling (same subject, same wording habits) rather
        than to its point. Such a member must be supported by the other sessions' members: its
        mean similarity to them (on what the clustering decides on: the centred embedding,
        mixed with shared terms when ``term_mix`` is on) at least ``session_support``. The
        least supported one below it is taken out as long as the rest still rests on
        ``min_sessions`` sessions, and so on.
        """
        out: list[int] = []
        while len(rows) >= 3:
            sim = self._similarity(xd, rows, evidence)
            fails: list[tuple[float, int]] = []
            for j, r in enumerate(rows):
                twins = [o for o in rows if o != r and sessions[o] == sessions[r]]
                if not any(kinds[o] == kinds[r] for o in twins):
                    continue
                others = [k for k, o in enumerate(rows) if sessions[o] != sessions[r]]
                support = float(np.mean(sim[j, others]))
                fails.append((round(support - self.session_support, 6), r))
            if not fails:
                break
            margin, worst_row = min(fails)
            rest = [o for o in rows if o != worst_row]
            if margin >= 0 or len({sessions[i] for i in rest}) < self.min_sessions:
                break
            rows.remove(worst_row)
            out.append(worst_row)
        return out

    def _detach(
        self,
        x: Vectors,
        rows: list[int],
        sessions: Sequence[str],
        evidence: TermEvidence | None = None,
    ) -> list[int]:
        """Members that do not make the group's point: least supported first.

        A member's support is its similarity to the centre of the other members; with term
        evidence and another member in its language, it is ``term_weight`` parts the share of
        its terms the others use and the rest that similarity, and must reach ``agreement``
        (else ``cohesion`` on the similarity alone). The least supported member below its bar
        is taken out as long as the rest still rests on ``min_sessions`` sessions; a group of
        two whose members do not support each other on term evidence is dissolved.
        """
        out: list[int] = []
        terms = evidence is not None and self.term_weight > 0
        while len(rows) >= 2:
            fails: list[tuple[float, int]] = []
            sims = leave_one_out_scores(x[rows])
            for j, r in enumerate(rows):
                sim = float(sims[j])
                others = rows[:j] + rows[j + 1 :] if terms else []
                share = evidence.shared(r, others) if terms and evidence is not None else None
                if share is None:
                    margin = sim - self.cohesion
                else:
                    w = self.term_weight
                    margin = (1 - w) * sim + w * share - self.agreement
                fails.append((round(margin, 6), r))
            margin, worst_row = min(fails)
            if margin >= 0:
                break
            worst = rows.index(worst_row)
            rest = rows[:worst] + rows[worst + 1 :]
            if len(rows) == 2:
                if terms and all(m < 0 for m, _ in fails):
                    out.extend(rows)
                    rows.clear()
                break
            if len({sessions[i] for i in rest}) < self.min_sessions:
                break
            out.append(rows.pop(worst))
        return out


def _join_partners(
    kept: list[list[int]],
    moved: dict[int, int],
    detached: list[int],
    alone: list[int],
    apart: list[list[int]],
    placed: list[int],
) -> None:
    """Each row of ``moved`` (taken out of its message, with its likeliest partner outside)
    joins that partner: the group the partner is in, or, when the partner is a lone row
    (``alone`` or ``detached``, not kept apart and not moved itself), a new group of the two.
    The lists are updated in place; a row whose partner is in neither stays where it is."""
    where = {r: g for g, rows in enumerate(kept) for r in rows}
    held = {r for part in apart for r in part}
    for row, partner in sorted(moved.items()):
        if partner in where and kept[where[partner]]:
            g = where[partner]
            kept[g].append(row)
            kept[g].sort()
        elif partner not in where and partner not in held and partner not in moved:
            g = len(kept)
            kept.append(sorted([row, partner]))
            where[partner] = g
            for lone in (alone, detached):
                if partner in lone:
                    lone.remove(partner)
        else:
            continue
        where[row] = g
        detached.remove(row)
        apart[:] = [part for part in apart if row not in part]
        if row in placed:
            placed.remove(row)


def _first_copies(x: Vectors, rows: list[int]) -> dict[int, int]:
    """For each of ``rows``, the first of them whose vector is the very same, bit for bit
    (copies of a text share its vector)."""
    first: dict[bytes, int] = {}
    return {r: first.setdefault(np.ascontiguousarray(x[r]).tobytes(), r) for r in sorted(rows)}
