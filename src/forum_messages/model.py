"""The nouns of forum-messages, as frozen dataclasses.

Input side (what ingest produces)::

    Corpus
      sessions:   Session (a session report, or an NRI report: kind="nri")
      statements: Statement (one key takeaway, call to action, NRI message, ...)

Edition side (what the edition file declares): Edition, ThemeSpec, GlobalSouth.

Output side (what the pipeline produces, one document model for every renderer)::

    Draft
      themes[]      DraftTheme -> topics[] Topic -> messages[] Message -> sources[] SourceRef
                    (a sub-topic's ``parents``: the topic levels above it, in large drafts)
      not_reflected NotReflected (every statement that ended in no message, with the reason)
      statements    Assignment (every input statement: where it went)
      ledger        Ledger (per message, per theme and overall)
      pipeline      Component (name and parameters of each stage)

Every statement of the corpus is in exactly one message or in ``not_reflected``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

#: The six official UN languages, in the order used everywhere in outputs.
UN_LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "ar", "ru", "zh")

StatementKind = Literal["key_takeaway", "call_to_action", "nri_message", "comment", "transcript"]
STATEMENT_KINDS: tuple[str, ...] = (
    "key_takeaway",
    "call_to_action",
    "nri_message",
    "comment",
    "transcript",
)
NRI_KINDS: tuple[str, ...] = ("national", "regional", "youth")
FRAMEWORKS: tuple[str, ...] = ("gdc", "wsis", "sdg")


@dataclass(frozen=True, slots=True)
class Location:
    """Where a record came from: file, 1-based line (0 if unknown) and field."""

    file: str
    line: int = 0
    field: str = ""

    def __str__(self) -> str:
        out = self.file
        if self.line:
            out += f":{self.line}"
        if self.field:
            out += f": {self.field}"
        return out


@dataclass(frozen=True, slots=True)
class Organiser:
    name: str
    stakeholder_group: str | None = None
    region: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Session:
    """A session report or an NRI report (``kind == "nri"``)."""

    code: str
    title: str
    type: str
    theme: str | None
    language: str | None
    organisers: tuple[Organiser, ...]
    location: Location
    kind: Literal["session", "nri"] = "session"
    nri_kind: str | None = None  # national | regional | youth (NRI reports only)
    country: str | None = None  # NRI reports
    region: str | None = None  # NRI reports
    #: "report" (written by the organisers) or "transcript" (machine-drafted from the
    #: session's transcript by ``forum-messages takeaways``)
    source: str = "report"
    #: consultation input: how many responses the session stands for (a response: 1, a
    #: campaign: its size; reports: 0), and the campaign it is (its own code) or is a copy of
    responses: int = 0
    campaign: str | None = None
    #: a session drafted from its transcript: the ids of the statements its organisers
    #: confirmed one by one on the review site (these count as their report)
    confirmed: tuple[str, ...] = ()

    def drafted(self, statement: str) -> bool:
        """Statement ``statement`` of this session was machine-drafted from its transcript and
        not confirmed by its organisers."""
        return self.source == "transcript" and statement not in self.confirmed


@dataclass(frozen=True, slots=True)
class CitedTurn:
    """A transcript turn a drafted statement comes from: the speaker as captioned, the turn's
    number (from 1) and, when the record gives it, the turn's text."""

    speaker: str
    turn: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Statement:
    """One short statement made by a session (a takeaway, a call to action, ...).

    ``id`` is a stable hash of session code, kind and text: re-importing gives the same id.
    ``language`` and ``theme`` are as declared by the input (None when not given).
    """

    id: str
    session: str
    kind: str
    index: int
    text: str
    language: str | None
    theme: str | None
    location: Location
    #: consultation input: the statement is what a campaign copy adds to the campaign's text
    addition: bool = False
    #: drafted from a transcript: the turns it comes from
    turns: tuple[CitedTurn, ...] = ()


@dataclass(frozen=True)
class Corpus:
    #: a tuple, or for a consultation a table that makes each response's session when read
    sessions: Sequence[Session]
    #: a tuple, or for a consultation a table that makes each statement when read
    statements: Sequence[Statement]

    def session_map(self) -> Mapping[str, Session]:
        """The sessions by code (a table's own index, made without a record a session)."""
        by_code = getattr(self.sessions, "by_code", None)
        if callable(by_code):
            found: Mapping[str, Session] = by_code()
            return found
        return {s.code: s for s in self.sessions}


# --------------------------------------------------------------------------- edition


@dataclass(frozen=True)
class ThemeSpec:
    key: str
    title: Mapping[str, str]
    description: Mapping[str, str] = field(default_factory=dict)
    issue_areas: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    seeds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class GlobalSouth:
    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    exclude_countries: tuple[str, ...] = ()

    @property
    def defined(self) -> bool:
        """Whether the edition says which regions or countries the Global South holds."""
        return bool(self.regions or self.countries)

    def includes(self, region: str | None, country: str | None) -> bool | None:
        """True/False, or None when neither region nor country is known or the edition
        defines no Global South (every session would otherwise count as outside it)."""
        if not self.defined:
            return None
        if country and country in self.exclude_countries:
            return False
        if country and country in self.countries:
            return True
        if region:
            return region in self.regions
        if country:
            return False
        return None


@dataclass(frozen=True)
class Edition:
    name: Mapping[str, str]
    year: int
    language: str
    themes: tuple[ThemeSpec, ...]
    place: Mapping[str, str] = field(default_factory=dict)
    dates: tuple[str, str] | None = None  # ISO dates (start, end)
    overarching_theme: Mapping[str, str] = field(default_factory=dict)
    review: tuple[str, str] | None = None  # ISO dates (opens, closes)
    stakeholder_groups: tuple[str, ...] = ()
    regional_groups: tuple[str, ...] = ()
    global_south: GlobalSouth = field(default_factory=GlobalSouth)
    intro: Mapping[str, str] = field(default_factory=dict)
    disclaimer: Mapping[str, str] = field(default_factory=dict)
    settings: Mapping[str, object] = field(default_factory=dict)  # pipeline settings in the file
    #: the column mapping of consultation exports (``consultation:`` in the edition file)
    consultation: Mapping[str, object] = field(default_factory=dict)
    source: str = ""

    def theme_keys(self) -> tuple[str, ...]:
        return tuple(t.key for t in self.themes)

    def theme(self, key: str) -> ThemeSpec:
        for t in self.themes:
            if t.key == key:
                return t
        raise KeyError(key)


def pick(texts: Mapping[str, str], language: str) -> str:
    """The text in ``language``, else English, else the first one given ('' if none)."""
    if language in texts:
        return texts[language]
    if "en" in texts:
        return texts["en"]
    for lang in UN_LANGUAGES:
        if lang in texts:
            return texts[lang]
    return next(iter(texts.values()), "")


# --------------------------------------------------------------------------- output


@dataclass(frozen=True)
class Component:
    """A pipeline stage as recorded in the output: its role, name and parameters."""

    role: str
    name: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SourceRef:
    statement: str
    session: str
    similarity: float  # cosine similarity of the statement to its message


@dataclass(frozen=True, slots=True)
class Tag:
    framework: str  # gdc | wsis | sdg
    id: str  # "1" | "C4" | "9"
    score: float


@dataclass(frozen=True)
class Ledger:
    """Who is behind a message, a theme or the whole draft."""

    statements: int
    sessions: int
    nri_inputs: int
    stakeholder_groups: Mapping[str, int]
    regions: Mapping[str, int]
    languages: Mapping[str, int]
    global_south_share: (
        float | None
    )  # share of sessions (with a known region) from the Global South
    #: statements machine-drafted from session transcripts (``forum-messages takeaways``)
    transcript_statements: int = 0
    #: consultation input: responses behind the statements (a campaign counts its size)
    responses: int = 0
    #: consultation input: the campaigns behind the statements, id -> number of responses
    campaigns: Mapping[str, int] = field(default_factory=dict)

    @property
    def weight(self) -> int:
        """What the support counts for when messages and sub-topics are ranked: responses
        for consultation input (a campaign of 4,000 copies counts 4,000, though it is one
        session), sessions and NRI reports otherwise."""
        return self.responses or self.sessions


@dataclass(frozen=True)
class SentenceCheck:
    """The grounding gate's verdict on one model-written sentence."""

    text: str
    kept: bool
    similarity: float  # cosine to the closest source statement or source sentence
    source: str  # id of the statement it is closest to ("" if none)
    problems: tuple[str, ...] = ()  # "check: detail", e.g. "number: 45", "name: Acme"


@dataclass(frozen=True)
class Writing:
    """How a message's text was written when a model was asked to write it."""

    model: str
    status: str  # "written" | "partial" (sentences dropped) | "fallback" (extractive text)
    reason: str = ""  # why the extractive text was kept ("" when written)
    sentences: tuple[SentenceCheck, ...] = ()
    #: True when an editor changed the model's text (or title) after it was written: the text
    #: is then the editor's, and ``sentences`` still hold what the model wrote and the gate said
    edited: bool = False


@dataclass(frozen=True)
class Message:
    id: str
    text: str
    language: str  # language of ``text``
    translated: bool  # False when the text is left in a language other than the output's
    sources: tuple[SourceRef, ...]
    tags: tuple[Tag, ...]
    ledger: Ledger
    writing: Writing | None = None  # set when the text was asked of a language model


@dataclass(frozen=True)
class TopicLevel:
    """A topic above sub-topics: a theme with very many messages gets one level of them (or
    more) between the theme and its sub-topics."""

    id: str
    title: str
    keyphrases: tuple[str, ...]


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    keyphrases: tuple[str, ...]
    messages: tuple[Message, ...]
    #: the topics this sub-topic sits in, outermost first (none in most drafts)
    parents: tuple[TopicLevel, ...] = ()
    title_writing: Writing | None = None  # set when the title was asked of a language model


@dataclass(frozen=True)
class Frameworks:
    gdc: tuple[str, ...] = ()
    wsis: tuple[str, ...] = ()
    sdg: tuple[str, ...] = ()

    def line(self, labels: Mapping[str, str] | None = None, sep: str = ", ") -> str:
        """The IGF framework line, e.g. ``[GDC 1, 2 - WSIS C2, C4 - SDGs 4, 9]`` (``sep``
        between ids: "、" in Chinese, "، " in Arabic)."""
        labels = labels or {"gdc": "GDC", "wsis": "WSIS", "sdg": "SDGs"}
        parts = [
            f"{labels[name]} {sep.join(ids)}"
            for name, ids in (("gdc", self.gdc), ("wsis", self.wsis), ("sdg", self.sdg))
            if ids
        ]
        return "[" + " - ".join(parts) + "]" if parts else ""


@dataclass(frozen=True)
class DraftTheme:
    key: str
    title: str
    description: str
    issue_areas: tuple[str, ...]
    frameworks: Frameworks
    topics: tuple[Topic, ...]
    ledger: Ledger
    summary: str = ""  # a summary of the theme's messages (only when one was asked of a model)
    summary_writing: Writing | None = None


@dataclass(frozen=True, slots=True)
class NotReflected:
    statement: str
    session: str
    theme: str | None
    reason: str  # a code: empty | off_topic | single_session | ...
    detail: str  # a readable sentence


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one input statement went."""

    id: str
    session: str
    kind: str
    text: str
    language: str
    language_confidence: float
    theme: str | None
    theme_confidence: float
    theme_inferred: bool  # True when the theme was not given and the pipeline chose it
    needs_review: bool
    topic: str | None
    message: str | None
    #: consultation input: the campaign whose text the statement is, or whose copy added it
    #: (``addition``), and that campaign's number of responses
    campaign: str | None = None
    campaign_size: int = 0
    addition: bool = False


#: What a document is: a working draft, the draft published for community review, the final
#: text; any of them may be a translation.
Stage = Literal["draft", "review", "final"]
STAGES: tuple[str, ...] = ("draft", "review", "final")


@dataclass(frozen=True)
class DocState:
    """The stage of a document, for a final text the ISO date it was published, and for a
    translation the language it was translated from. The review window the intro speaks of is
    ``Edition.review`` (the one actually set, or none)."""

    stage: Stage = "draft"
    published: str | None = None
    translated_from: str | None = None


@dataclass(frozen=True)
class Draft:
    edition: Edition
    language: str
    themes: tuple[DraftTheme, ...]
    not_reflected: tuple[NotReflected, ...]
    #: every input statement's record, in input order (a tuple, or the pipeline's
    #: ``AssignmentTable`` that makes each record when read)
    statements: Sequence[Assignment]
    sessions: Sequence[Session]  # as the corpus's
    ledger: Ledger
    pipeline: tuple[Component, ...]
    #: Credit lines of a translation ("Translated by ..."), shown by every renderer; empty for
    #: the draft in its own language.
    credit: tuple[str, ...] = ()
    #: Draft, text under review or final text (say so on the cover, in the intro and titles).
    state: DocState = field(default_factory=DocState)

    def messages(self) -> list[Message]:
        return [m for t in self.themes for tp in t.topics for m in tp.messages]
