"""What the kinds step reads of a statement below its bars: soft evidence that a statement it
kept as a point describes the session or tells an anecdote.

The kinds step sets a statement aside only past its bars (``kind_model.DescriptiveModel``: the
regression's probability with the words of a meeting, the readers of a narrated meeting, a
body, the course of the meeting, each past a probability of its own). Below them the same
readings are still there: the regression's probability, the words of a meeting
(``EVENT_CUES``, ``GATE_CUES``), the readers' verdicts at any probability, an anecdote told of
another person (``ANECDOTES``), the statement's place in its session's report and whether it
names the session's own type of meeting. Read here, they weigh a one-session point
(``single_points``) where a wrong text costs most: a message resting on that one statement.
docs/quality.md ("Themes, messages and sub-topics, step by step", step 43) measures them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from forum_messages.model import Session, Statement
from forum_messages.nlp.base import Embedder
from forum_messages.nlp.segment import arabic_plain
from forum_messages.synth import ask
from forum_messages.synth.kind_bodies import body_tells, housekeeping
from forum_messages.synth.kind_course import tells_course
from forum_messages.synth.kind_cues_bodies import ANECDOTES
from forum_messages.synth.kind_cues_model import CALL_CUES, EVENT_CUES, GATE_CUES, POLICY_CUES
from forum_messages.synth.kind_model import (
    MIX,
    DescriptiveModel,
    neighbour_bank,
    neighbour_share,
)
from forum_messages.synth.kind_narration import makes_claim, narrates
from forum_messages.synth.kind_session import statement_places

#: The regression's probability from which a statement reads "likely" here, and the second
#: look's mixed probability from which it reads "mixed" (the bench's readings).
LIKELY = 0.3
MIXED = 0.5
#: The wide regression's probability (``kind_model.WIDE_TRAINING``) from which a statement
#: that speaks of its meeting reads like a description (``reads_described``).
DESCRIBED_WIDE = 0.3
#: Whether the words of a meeting are read in the statement's point (its frame taken off)
#: rather than as written: "The session highlighted that X" is a point behind a frame, not a
#: description; read as written it went to the annex as one (docs/quality.md, step 43).
DESCRIBED_POINT = True
#: Whether a point with a claim of its own (``kind_narration.makes_claim``: a modal, a stance,
#: a comparison ...) is never read so.
DESCRIBED_NO_CLAIM = True
#: Whether a question the meeting discussed ("a short exchange on whether the conclusions
#: should be sent ...") is left out before the point is read for a claim: its modal is the
#: question's, not a claim the statement makes (``QUESTIONS``; docs/quality.md, step 52).
DESCRIBED_QUESTION = False

#: A question the meeting discussed, after the word that opens it, up to the end of its
#: clause: "on whether X should ...", "sur la question de savoir si ...", "sobre si ...",
#: "о том, следует ли ...", "讨论了……是否应……", "حول ما إذا كان ينبغي ...". Group 1 is kept.
QUESTIONS = {
    "en": re.compile(
        r"(\b(?:on|about|over|as to|debated|discussed|asked|wondered|considered|explored)\s+)"
        r"whether\b[^,;.]*",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(\b(?:question de savoir|point de savoir|demandé|demandés|demandées|interrogé|"
        r"interrogés|interrogées|débattu|discuté|sur)\s+)s(?:i\b|['’](?=ils?\b))[^,;.]*",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(\b(?:sobre|acerca de|preguntó|preguntaron|preguntaban|debatió|debatieron|"
        r"discutió|discutieron)\s+)si\b[^,;.]*",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"((?:о том|обсудили|обсуждали|спросили|спрашивали|задались вопросом),?\s+)"
        r"\w+\s+ли(?!\w)[^,;.]*",
        re.IGNORECASE,
    ),
    "zh": re.compile(r"((?:讨论|探讨|询问|辩论|商讨|交流)[了过]?)[^，。；]{0,30}?是否[^，。；]*"),
    "ar": re.compile(r"((?<!\w)(?:حول|بشأن|عن)\s+)ما\s+إذا(?!\w)[^،؛.]*"),
}

#: The readings, in the order the bench tables them (``Reading``'s fields and properties).
READINGS = (
    "all",
    "likely",
    "mixed",
    "wide",
    "event",
    "event_raw",
    "told",
    "anecdote",
    "first",
    "last",
    "own",
    "call",
    "asks",
    "no_claim",
    "framed",
    "main",
    "described",
    "main_described",
)


@dataclass(frozen=True)
class Reading:
    """One statement's soft evidence."""

    probability: float  # the description regression's, rounded
    vote: float  # the share of descriptions among the nearest labelled statements
    wide_probability: float  # the wide regression's (``WIDE_TRAINING``)
    event: bool  # words of a meeting
    event_raw: bool  # words of a meeting in the text as written (a frame's)
    told: bool  # a reader of a narrated meeting, a body, housekeeping or the course holds
    anecdote: bool  # an anecdote about another person, or results told with their finding
    first: bool  # the first statement of its session's report
    last: bool  # the last one
    own: bool  # names its session's own type of meeting
    call: bool  # words of a call, a proposal or a policy
    asks: bool  # the form of a call (``ask.read``)
    claim: bool  # a claim of its own (``kind_narration.makes_claim``: a modal, a stance ...)
    framed: bool  # the kinds step took a frame off it
    main: bool = False  # made by a main or high-level session
    action: bool = False  # listed by its report as a call to action
    all: bool = True

    @property
    def no_claim(self) -> bool:
        return not self.claim

    @property
    def likely(self) -> bool:
        return self.probability >= LIKELY

    @property
    def mixed_probability(self) -> float:
        """The second look's mixed probability (``kind_model.second_look``)."""
        return round(MIX * self.probability + (1 - MIX) * self.vote, 4)

    @property
    def mixed(self) -> bool:
        return self.mixed_probability >= MIXED

    @property
    def wide(self) -> bool:
        return self.wide_probability >= DESCRIBED_WIDE

    @property
    def described(self) -> bool:
        """``reads_described``, of a statement its report does not list as a call to action."""
        meeting = self.event if DESCRIBED_POINT else self.event_raw
        return (
            not self.action
            and meeting
            and not (DESCRIBED_NO_CLAIM and self.claim)
            and self.wide_probability >= DESCRIBED_WIDE
        )

    @property
    def main_described(self) -> bool:
        return self.main and self.described


def probabilities(
    model: DescriptiveModel, x: np.ndarray, texts: Sequence[str], embedder: Embedder
) -> np.ndarray:
    """The description regression's probability of each statement (its point text ``texts``,
    vectors ``x``), whether or not the model may set it aside, rounded to 4 places."""
    if not len(texts):
        return np.zeros(0)
    w, b = model.fit(embedder)
    z = model.scores(np.asarray(x), list(texts), w, b)
    return np.round(1.0 / (1.0 + np.exp(-z)), 4)


def votes(x: np.ndarray, embedder: Embedder) -> np.ndarray:
    """The share of descriptions among each statement's nearest labelled statements (the
    second look's vote, ``kind_model.neighbour_share``), rounded to 4 places."""
    if not len(x):
        return np.zeros(0)
    bank, labels = neighbour_bank(embedder)
    return np.round(neighbour_share(np.asarray(x), bank, labels), 4)


def read_one(
    text: str,
    raw: str,
    lang: str,
    probability: float,
    first: bool,
    last: bool,
    own: bool,
    vote: float = 0.0,
    wide: float = 0.0,
    main: bool = False,
    action: bool = False,
) -> Reading:
    """The soft evidence of one statement: its point ``text`` (frames taken off) and its
    ``raw`` text as written, in ``lang``."""
    plain = arabic_plain(text)
    told = (
        narrates(text, lang)
        or body_tells(text, lang)
        or housekeeping(text, lang)
        or tells_course(text, lang)
    )
    return Reading(
        probability=round(float(probability), 4),
        vote=round(float(vote), 4),
        wide_probability=round(float(wide), 4),
        event=bool(EVENT_CUES.search(text) or GATE_CUES.search(text)),
        event_raw=bool(EVENT_CUES.search(raw) or GATE_CUES.search(raw)),
        told=bool(told),
        anecdote=bool(ANECDOTES.search(plain) or ANECDOTES.search(arabic_plain(raw))),
        first=first,
        last=last,
        own=own,
        call=bool(CALL_CUES.search(text) or POLICY_CUES.search(text)),
        asks=ask.read(text, lang).call,
        claim=makes_claim(plain if lang == "ar" else text, lang),
        framed=" ".join(text.split()).casefold() != " ".join(raw.split()).casefold(),
        main=main,
        action=action,
    )


def readings(
    x: np.ndarray,
    texts: Sequence[str],
    langs: Sequence[str],
    statements: Sequence[Statement],
    sessions: Sequence[Session],
    embedder: Embedder,
    model: DescriptiveModel | None = None,
) -> list[Reading]:
    """The soft evidence of every statement (``texts``: their point texts, ``x`` their
    vectors), their places read in the organisers' order of each session's report (for the
    bench: ``single_points`` reads only what it needs of one-session candidates)."""
    by_code = {s.code: s for s in sessions}
    of = [by_code.get(st.session) for st in statements]
    places = statement_places(statements, sessions, texts, langs)
    model = model or DescriptiveModel()
    prob = probabilities(model, x, texts, embedder)
    wide = probabilities(model.widened(), x, texts, embedder)
    vote = votes(x, embedder)
    kind = [s.type.casefold() if s is not None else "" for s in of]
    main = ["main" in k or "high" in k for k in kind]
    action = [st.kind == "call_to_action" for st in statements]
    return [
        read_one(t, st.text, lang, float(p), place.first, place.last, place.own, *more)
        for t, st, lang, p, place, *more in zip(
            texts,
            statements,
            langs,
            prob,
            places,
            vote.tolist(),
            wide.tolist(),
            main,
            action,
            strict=True,
        )
    ]


def meeting_words(raw: str) -> bool:
    """Whether the statement as written (its frame too) has words of a meeting."""
    return bool(EVENT_CUES.search(raw) or GATE_CUES.search(raw))


def calls(point: str, lang: str = "") -> bool:
    """Whether ``point`` (a statement's point, its frame taken off) says more than an account:
    words of a call, a proposal or a policy (``CALL_CUES``, ``POLICY_CUES``) or the form of a
    call (``ask.read``)."""
    return bool(CALL_CUES.search(point) or POLICY_CUES.search(point)) or ask.read(point, lang).call


def without_question(text: str, lang: str) -> str:
    """``text`` without the questions its meeting discussed (``QUESTIONS``): "The session
    closed with a short exchange on whether X should be sent ..." -> "The session closed with a
    short exchange on , ..."; as it is in a language without the pattern."""
    pattern = QUESTIONS.get(lang)
    return pattern.sub(r"\1", text) if pattern is not None else text


def reads_described(raw: str, wide: float, point: str | None = None, lang: str = "") -> bool:
    """Whether a statement the kinds step kept as a point reads like a description of its
    session: words of a meeting in its ``point`` (the frame taken off; with
    ``DESCRIBED_POINT`` off or no point given, in it as written, ``raw``), no claim of its own
    (``DESCRIBED_NO_CLAIM``; a question the meeting discussed left out first with
    ``DESCRIBED_QUESTION``) and the wide regression's probability ``wide`` at
    ``DESCRIBED_WIDE`` or more (docs/quality.md, step 43)."""
    text = point if DESCRIBED_POINT and point is not None else raw
    if DESCRIBED_NO_CLAIM and point is not None:
        plain = arabic_plain(point) if lang == "ar" else point
        if DESCRIBED_QUESTION:
            plain = without_question(plain, lang)
        if makes_claim(plain, lang):
            return False
    return meeting_words(text) and round(wide, 4) >= DESCRIBED_WIDE
