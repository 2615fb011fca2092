"""Statement kinds: a point, a point behind a reporting frame, or a description of the session.

Real reports mix three kinds of sentences:

- **points**, which a Messages bullet can state ("Governments should publish open standards.");
- **framed points**, a point behind a reporting frame ("The discussion revealed that ...",
  "Il a été souligné que ...", "与会者一致认为……"): the frame is removed, the point kept;
- **descriptions** of the session itself: what it focused on, who organised, moderated or
  presented what, its agenda and format, "this transcript captures ...", or generalities such
  as "Participants emphasised several key challenges and opportunities.". They make no point
  and are set aside with the reason ``descriptive`` (listed, never dropped).

Sentences are classified one by one with cue patterns written for each of the six UN
languages; a statement is descriptive when every sentence in it is, and otherwise keeps its
non-descriptive sentences, frames removed. ``attribution`` marks statements that tell who said
or presented what ("Ms X, from Y, described how ..."): they may carry a point, but make a poor
bullet as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain

from forum_messages.nlp.segment import arabic_plain, arabic_plain_offsets, sentences
from forum_messages.synth import kind_claims as claims
from forum_messages.synth import kind_cues_closing as closing
from forum_messages.synth import kind_cues_compiled as compiled
from forum_messages.synth import kind_cues_doha as doha
from forum_messages.synth import kind_cues_presenters as presenters
from forum_messages.synth import kind_cues_reportgrammar as reportgrammar
from forum_messages.synth import kind_cues_speakers2 as speakers2
from forum_messages.synth import kind_cues_speech as speech
from forum_messages.synth import kind_cues_voice6 as voice6
from forum_messages.synth import kind_cues_voice7 as voice7
from forum_messages.synth import kind_cues_voice8 as voice8
from forum_messages.synth import kind_cues_voice9 as voice9
from forum_messages.synth import kind_cues_voice10 as voice10
from forum_messages.synth import kind_cues_voice11 as voice11
from forum_messages.synth import kind_cues_voice12 as voice12
from forum_messages.synth import kind_cues_voice13 as voice13
from forum_messages.synth import kind_cues_voice14 as voice14
from forum_messages.synth import kind_cues_voice15 as voice15
from forum_messages.synth import kind_cues_voice16 as voice16
from forum_messages.synth import kind_cues_zhattr as zhattr
from forum_messages.synth import kind_frame_model as frame_model
from forum_messages.synth import kind_frame_shape as frame_shape
from forum_messages.synth import kind_rapporteurs as rapporteurs
from forum_messages.synth import kind_turns as turns
from forum_messages.synth.kind_cues_ar import AR_ATTRIBUTION, AR_DESCRIPTIVE, AR_FRAMES
from forum_messages.synth.kind_cues_bodies import BODIES
from forum_messages.synth.kind_cues_conduct import CONDUCT
from forum_messages.synth.kind_cues_en import (
    EN_ATTRIBUTION,
    EN_DESCRIPTIVE,
    EN_FRAMES,
    EN_REWRITES,
)
from forum_messages.synth.kind_cues_framing import FRAMING
from forum_messages.synth.kind_cues_labels import LABELS
from forum_messages.synth.kind_cues_meeting import MEETING
from forum_messages.synth.kind_cues_minutes import ATTRIBUTIONS, MINUTES
from forum_messages.synth.kind_cues_model import POLICY_CUES as POLICY_CUES
from forum_messages.synth.kind_cues_programme import PROGRAMME
from forum_messages.synth.kind_cues_records import RECORDS
from forum_messages.synth.kind_cues_records2 import QUOTED_SAYERS, RECORDS2
from forum_messages.synth.kind_cues_romance import (
    ES_ATTRIBUTION,
    ES_DESCRIPTIVE,
    ES_FRAMES,
    FR_ATTRIBUTION,
    FR_DESCRIPTIVE,
    FR_FRAMES,
)
from forum_messages.synth.kind_cues_ru import RU_ATTRIBUTION, RU_DESCRIPTIVE, RU_FRAMES
from forum_messages.synth.kind_cues_sayers import SAYERS
from forum_messages.synth.kind_cues_speakers import SPEAKERS
from forum_messages.synth.kind_cues_spoken import SPOKEN, opened, unspoken
from forum_messages.synth.kind_cues_tracks import TRACK_FRAMES, TRACK_REWRITES, TRACKS
from forum_messages.synth.kind_cues_upkeep import UPKEEP
from forum_messages.synth.kind_cues_voice2 import VOICE_FRAMES, VOICE_REWRITES, Rewrite, ar_point
from forum_messages.synth.kind_cues_voice3 import VOICE3_FRAMES, VOICE3_REWRITES
from forum_messages.synth.kind_cues_voice4 import (
    PREAMBLE_FRAMES,
    PREAMBLES,
    VOICE4_FRAMES,
    VOICE4_REWRITES,
)
from forum_messages.synth.kind_cues_voice5 import (
    AR_INNER,
    LEAD_PERSON,
    ONE_PERSON,
    THAT_COMMA,
    VOICE5_FRAMES,
    VOICE5_REWRITES,
)
from forum_messages.synth.kind_cues_zh import (
    ZH_ATTRIBUTION,
    ZH_DESCRIPTIVE,
    ZH_FRAMES,
    zh_named_speaker,
)
from forum_messages.synth.kind_model import DescriptiveModel as DescriptiveModel

_I = re.IGNORECASE

_REWRITES: dict[str, list[tuple[str, str]]] = {"en": [*EN_REWRITES, *TRACK_REWRITES["en"]]}

_PATTERNS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (EN_DESCRIPTIVE, EN_FRAMES, EN_ATTRIBUTION),
    "fr": (FR_DESCRIPTIVE, FR_FRAMES, FR_ATTRIBUTION),
    "es": (ES_DESCRIPTIVE, ES_FRAMES, ES_ATTRIBUTION),
    "ru": (RU_DESCRIPTIVE, RU_FRAMES, RU_ATTRIBUTION),
    "zh": (ZH_DESCRIPTIVE, ZH_FRAMES, ZH_ATTRIBUTION),
    "ar": (AR_DESCRIPTIVE, AR_FRAMES, AR_ATTRIBUTION),
}


Compiled = list[re.Pattern[str]]


def _anchored_body(pattern: str) -> str | None:
    """The pattern without its leading ``^`` when it is one sequence anchored at the start
    (``^`` first, no ``|`` outside a group or a class), else None. Reads escapes, character
    classes and groups; a comment group ``(?#...)`` gives None."""
    if not pattern.startswith("^") or "(?#" in pattern:
        return None
    depth, i, n = 0, 1, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a class: "]" right after "[" or "[^" is a member, "\\]" too
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return None
        i += 1
    return pattern[1:]


#: A reference to a group (``\\1``, ``(?P=name)``, ``(?(1)...)``): such patterns are not combined.
_REFERS = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


class AnyOf:
    """Whether any of ``patterns`` (compiled with ``flags``) is found in a text
    (``any(p.search(text) for p in compiled)``) or matches at its start (``.match``),
    worked out by a few combined expressions instead of one call a pattern.

    The patterns anchored at the start (``^...``, one sequence) are tried together at the
    start only; those that start at a word boundary (``\\b``) together at every position;
    the others one by one. A text has a match of the combined expression
    ``(?:p1)|(?:p2)|...`` exactly where one of the patterns has one, so the answers are
    those of the patterns one by one (``tests/synth/test_kinds_engine.py`` checks this on
    every evaluation statement). Patterns that cannot be combined (an inline flag of their
    own, a reference to a group) are tried one by one.
    """

    def __init__(self, patterns: Sequence[str], flags: int = _I) -> None:
        heads: list[str] = []
        rest: list[str] = []
        for p in patterns:
            body = _anchored_body(p)
            if body is None:
                rest.append(p)
            else:
                heads.append(body)
        # the anchored ones (without their "^") are tried at the start only; of the others,
        # those that start at a word boundary together (the engine then tries the others'
        # first words only where a word starts), any other alone (one that starts with a
        # literal is faster alone, skipping ahead to it)
        bounded = [p for p in rest if p.startswith("\\b")]
        self._start = self._combined(heads, flags)
        self._anywhere = self._combined(bounded, flags) + [
            re.compile(p, flags) for p in rest if not p.startswith("\\b")
        ]

    @staticmethod
    def _combined(patterns: Sequence[str], flags: int) -> Compiled:
        if not patterns:
            return []
        if any(_REFERS.search(p) for p in patterns):  # group numbers would shift
            return [re.compile(p, flags) for p in patterns]
        try:
            return [re.compile("|".join(f"(?:{p})" for p in patterns), flags)]
        except re.error:  # e.g. a pattern's own global flag, valid only at its start
            return [re.compile(p, flags) for p in patterns]

    def search(self, text: str) -> bool:
        """Whether any pattern is found in ``text``."""
        return any(p.match(text) for p in self._start) or any(
            p.search(text) for p in self._anywhere
        )

    def match(self, text: str) -> bool:
        """Whether any pattern matches at the start of ``text``."""
        return any(p.match(text) for p in self._start) or any(p.match(text) for p in self._anywhere)


@dataclass(frozen=True)
class _Cues:
    """A language's cue patterns, as the matching needs them."""

    desc: AnyOf  # descriptions of the session, found anywhere
    frames: tuple[str, ...]  # reporting frames, tried in order at the start
    any_frame: AnyOf  # whether any frame matches at the start
    attrib: AnyOf  # one person's words, at the start

    @property
    def ordered_frames(self) -> Compiled:
        return _frames(self.frames)


class OneByOne:
    """The plain matching ``AnyOf`` must agree with: each pattern compiled and tried on its
    own (the reference for its tests and benchmarks)."""

    def __init__(self, patterns: list[str], flags: int = _I) -> None:
        self.patterns = [re.compile(p, flags) for p in patterns]

    def search(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)

    def match(self, text: str) -> bool:
        return any(p.match(text) for p in self.patterns)


def clear_caches() -> None:
    """Forget every compiled cue and every sentence's kind (so a run compiles and matches
    afresh: for benchmarks, and for comparing matching engines)."""
    for cached in (
        sentence_reading,
        _cues,
        _any_rewrite,
        _frames,
        _rewrites,
        voiced,
        _voice,
        _preamble,
        _reported,
        frame_model.cut_point,
    ):
        cached.cache_clear()


@cache
def _frames(patterns: tuple[str, ...]) -> Compiled:
    """Frames compiled one by one (only for sentences that one of them starts)."""
    return [re.compile(p, _I) for p in patterns]


def _patterns(lang: str, held: bool = True) -> tuple[list[str], list[str], list[str]]:
    """The patterns of a language: descriptions, frames, attributions (capitals of names
    are matched as such: ``(?-i:...)``); with ``held`` False, the attributions without the
    readings held back that a setting turns on: ``kind_cues_presenters.MORE_HELD_BACK`` and
    ``kind_turns.TURNS``, for ``held_back_only``)."""
    desc, frames, attrib = _PATTERNS[lang]
    return (
        [
            *desc,
            *MEETING[lang],
            *CONDUCT[lang],
            *LABELS[lang],
            *PROGRAMME[lang],
            *RECORDS[lang],
            *UPKEEP.get(lang, []),
            *TRACKS[lang],
            *BODIES[lang],
            *MINUTES[lang],
            *RECORDS2.get(lang, []),
        ],
        [*frames, *SPOKEN[lang], *FRAMING.get(lang, []), *TRACK_FRAMES[lang]],
        [
            *attrib,
            *SPEAKERS.get(lang, []),
            *ATTRIBUTIONS[lang],
            *SAYERS[lang],
            *QUOTED_SAYERS.get(lang, []),
            *(presenters.PRESENTERS.get(lang, []) if presenters.ON else []),
            *(
                presenters.HELD_BACK.get(lang, [])
                if presenters.ON and presenters.HELD_BACK_ON
                else []
            ),
            *(presenters.MORE.get(lang, []) if presenters.ON and presenters.MORE_ON else []),
            *(
                presenters.PRESENTERS_MORE.get(lang, [])
                if presenters.ON and presenters.MORE_ON
                else []
            ),
            *(
                presenters.MORE_HELD_BACK.get(lang, [])
                if presenters.ON and presenters.MORE_ON and presenters.MORE_HELD_BACK_ON and held
                else []
            ),
            *(
                presenters.EN_SUBJECT_FIRST
                if presenters.ON and presenters.SUBJECT_FIRST_EN and lang == "en"
                else []
            ),
            *(speakers2.PATTERNS.get(lang, []) if speakers2.ON else []),
            *(reportgrammar.PATTERNS.get(lang, []) if reportgrammar.ON else []),
            *(zhattr.PATTERNS.get(lang, []) if zhattr.ON else []),
            *speech.attributions(lang),
            *(turns.attributions(lang) if held else []),
            *rapporteurs.attributions(lang),
            *compiled.attributions(lang),
            *doha.attributions(lang),
        ],
    )


@cache
def _cues(lang: str, held: bool = True) -> _Cues:
    """The patterns of a language combined for matching (``AnyOf``); ``held``: as
    ``_patterns``."""
    desc, frames, attrib = _patterns(lang, held)
    if not held:
        # only the attributions differ (no setting changes the descriptions or the frames):
        # those compiled for ``held`` True are shared, and so are its attributions when no
        # reading held back adds any
        full = _cues(lang)
        if tuple(frames) == full.frames:
            shared = full.attrib if attrib == _patterns(lang)[2] else AnyOf(attrib)
            return _Cues(full.desc, full.frames, full.any_frame, shared)
    return _Cues(AnyOf(desc), tuple(frames), AnyOf(frames), AnyOf(attrib))


def _rewrite_pairs(lang: str) -> list[tuple[str, str]]:
    """A language's rewrites, and, when on, a call that closes a session and a unanimous view
    (``kind_cues_closing``)."""
    extra = closing.CLOSING_REWRITES.get(lang, []) if closing.ON else []
    return [*_REWRITES.get(lang, []), *extra]


@cache
def _rewrites(lang: str) -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(p, _I), t) for p, t in _rewrite_pairs(lang)]


@cache
def _any_rewrite(lang: str) -> AnyOf:
    """Whether any rewrite matches at the start (the rewrites compiled one by one only for
    sentences that one of them starts)."""
    return AnyOf([p for p, _ in _rewrite_pairs(lang)])


_LEADING = re.compile(r"^[\s\"'“”«»„‘’()\[\]—–-]+")
_SCRIPTS = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
}


# The end of a frame that introduces a clause ("that", "que", "что", "أن"): the sentence after it
# is the point. A frame without one ("与会者强调", "شدد المتحدثون") may be a whole description.
#: A name set beside the frame's speaker ("According to the district officer, Samuel Tetteh,
#: the clinic ..."): two to four capitalised words, a comma, then a lower-case word. Cut after
#: the frame, the point would open on the name; the sentence is kept whole instead.
_APPOSITIVE = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’.-]*\s*,\s+(\w)")


def _appositive(rest: str) -> bool:
    """Whether ``rest`` (what follows a frame) opens on a name in apposition."""
    m = _APPOSITIVE.match(rest)
    if m is None or not m.group(1).islower():
        return False
    head = rest[: m.start(1)].rsplit(",", 1)[0].split()
    return all(word[0].isupper() for word in head)


_COMPLEMENTISER = re.compile(r"(?:\bthat|\bque|\bqu['’]|\bчто|أن|أنّ|بأن|如下)[\s,，：:]*$", _I)
#: A second clause of the frame's ("concluded that A, and that B"): without the frame, its
#: "that" goes too ("A, and B"); "and that is why ..." keeps it (a pronoun).
_AND_THAT = {
    code: re.compile(p, _I)
    for code, p in {
        "en": r"(,?\s+(?:and|but|or)\s+)that\s+(?!(?:is|was|are|were|will|would|has|had|does|"
        r"did|can|could|should|must|may|might|means|meant|matters|makes|made|seems|remains|"
        r"shows|explains)\b|['’])",
        "fr": r"(,?\s+(?:et|mais|ou)\s+)qu(?:e\s+|['’]\s*)",
        "es": r"(,?\s+(?:y|e|pero|o)\s+)que\s+",
        "ru": r"(,?\s+(?:и|а|но|или)\s+)что\s+",
    }.items()
}


#: a Spanish or French frame whose "que" follows a preposition ("coincidieron en que A, y en
#: que B", "se felicitaron de que"): the second clause repeats the preposition, which goes too
_PREP_THAT = re.compile(r"\b(en|de|a)\s+que[\s,]*$", _I)


def _and_that(code: str, frame: str, kept: str) -> str:
    """``kept`` without the "that" of the frame's second clauses (``_AND_THAT``; in Spanish
    also with the preposition the frame puts before its "que")."""
    if code == "es" and AND_PREP_THAT:
        prep = _PREP_THAT.search(frame)
        if prep:
            again = rf"(,\s+(?:y|e|pero|o)\s+){prep.group(1)}\s+que\s+"
            kept = re.sub(again, r"\1", kept, flags=_I)
    return _AND_THAT[code].sub(r"\1", kept)


#: the preposition of a Spanish frame's second clause taken off with it (``_and_that``;
#: docs/quality.md, "a thirty-eighth round"); off: as before
AND_PREP_THAT = True


def _one_speaker(s: str, code: str, attrib: AnyOf) -> bool:
    """Whether the sentence gives one person's words (an attribution)."""
    return attrib.match(s) or (code == "zh" and (zh_named_speaker(s) or zhattr.named_speaker(s)))


#: Where a clause may open in the middle of a Chinese sentence.
_ZH_CLAUSE = re.compile(r"[，,；;]")


def _later_frame(s: str, code: str, cues: _Cues) -> int | None:
    """Where the point starts when a description of the meeting is followed, in the same
    Chinese sentence, by a frame and its point ("本届论坛首次采用线上线下结合的形式，会议发现，
    ……"): the offset after the frame, or None."""
    if code != "zh":
        return None
    for clause in _ZH_CLAUSE.finditer(s):
        tail = s[clause.end() :]  # the frames are anchored at the start ("^")
        if not cues.any_frame.match(tail):
            continue
        for frame in cues.ordered_frames:
            m = frame.match(tail)
            if m and len(tail) - m.end() >= 4:
                if cues.desc.search(tail[m.end() :]):
                    return None
                return clause.end() + m.end()
    return None


@dataclass(frozen=True)
class Kind:
    """The kind of a statement and, unless descriptive, its point without reporting frames."""

    kind: str  # "point" | "framed" | "descriptive"
    point: str  # "" when descriptive
    attribution: bool = False
    #: (a sentence of the point, the frame the kinds step cut before it) for each sentence
    #: whose frame was cut (``sentence_reading``): the text's rewrites read the point with it
    #: (``voiced_text``). Left out of comparisons: it follows from the text and language.
    cuts: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def _languages(text: str, lang: str) -> list[str]:
    """The statement's language first, then any other whose script the text is written in."""
    out = [lang if lang in _PATTERNS else "en"]
    for other, script in _SCRIPTS.items():
        if other not in out and script.search(text):
            out.append(other)
    if out[0] not in _SCRIPTS and "en" not in out:
        out.append("en")
    return out


def _capitalise(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] if text and text[0].islower() else text


#: (kind, point, attribution, the frame cut before the point: "" when none was)
Reading = tuple[str, str, bool, str]


def sentence_kind(sentence: str, lang: str, held: bool = True) -> tuple[str, str, bool]:
    """("descriptive" | "framed" | "point", the point, attribution) of one sentence
    (``sentence_reading`` without the frame cut)."""
    kind, point, attribution, _cut = sentence_reading(sentence, lang, held)
    return kind, point, attribution


@lru_cache(maxsize=1 << 16)
def sentence_reading(sentence: str, lang: str, held: bool = True) -> Reading:
    """("descriptive" | "framed" | "point", the point, attribution, the frame cut) of one
    sentence (remembered: the message texts look at the sentences of the statements' points
    again). The frame cut is the words the kinds step took off before the point where the
    text's rewrites want to know them (``kind_cues_voice15``: a second verb must agree with
    the frame's), "" otherwise; it travels with the point (``Kind.cuts``, ``voiced``).
    A sentence as spoken ("So, um, what we heard is that ...") is read again without its
    fillers and spoken frame (``kind_cues_spoken``) unless it is a description as said.
    ``held``: as ``_patterns`` (only the attribution may differ)."""
    said = _LEADING.sub("", sentence).strip()
    as_said = _sentence_kind(said, lang, held)
    if as_said[0] == "descriptive":
        return as_said
    code = lang if lang in _PATTERNS else "en"
    bare = unspoken(said, code)
    plain = opened(bare, code)  # "So basically the session looked at ..."
    if plain != bare and _sentence_kind(_capitalise(plain), lang, held)[0] == "descriptive":
        return "descriptive", "", False, ""
    if bare == said:
        return as_said
    kind, point, attribution, cut = _sentence_kind(bare, lang, held)
    if kind == "point":  # the fillers were removed
        kind, point = "framed", _capitalise(point)
    return kind, point, attribution or as_said[2], cut


def _sentence_kind(original: str, lang: str, held: bool = True) -> Reading:
    s, at = original, list(range(len(original) + 1))
    if lang == "ar" or _SCRIPTS["ar"].search(original):
        # the patterns match the text without vowel marks; what is returned keeps them
        s = arabic_plain(original)
        at = arabic_plain_offsets(original)
    attribution = False
    for code in _languages(s, lang):
        cues = _cues(code) if held else _cues(code, False)
        for pattern, template in _rewrites(code) if _any_rewrite(code).match(s) else ():
            m = pattern.match(s)
            if m and len(s) - m.end() >= 8:
                head = m.expand(template)
                return "framed", _capitalise(head + original[at[m.end()] :]), False, ""
        for frame in cues.ordered_frames if cues.any_frame.match(s) else ():
            m = frame.match(s)
            if m and len(s) - m.end() >= (4 if code == "zh" else 12):
                rest = _capitalise(s[m.end() :])
                kept = _capitalise(original[at[m.end()] :])
                # a frame around a description is still a description ("It was noted that the
                # session focused on ...")
                whole = not _COMPLEMENTISER.search(m.group(0))  # "stressed" vs "stressed that"
                if not whole and code in _AND_THAT:
                    kept = _and_that(code, m.group(0), kept)
                if code == "ru":  # "призвали создать X" -> "Необходимо создать X"
                    kept = voice14.ru_infinitive(m.group(0), kept)
                if _describes(cues, rest, code) or (whole and _describes(cues, s, code)):
                    return "descriptive", "", False, ""
                if whole and _appositive(original[at[m.end()] :]):
                    return "framed", original, _one_speaker(s, code, cues.attrib), ""
                # the text's rewrites know the frame the point lost (``kind_cues_voice15``)
                cut = original[: at[m.end()]]
                if code == "ar":
                    # after أنّ the subject takes the accusative ("العاملين"): without the frame
                    # the sentence would be ungrammatical, so Arabic keeps its frame
                    kept, cut = original, ""
                return "framed", kept, _one_speaker(s, code, cues.attrib), cut
        if _describes(cues, s, code):
            later = _later_frame(s, code, cues)
            if later is None:
                return "descriptive", "", False, ""
            return "framed", _capitalise(original[at[later] :]), False, ""
        attribution = attribution or _one_speaker(s, code, cues.attrib)
    return "point", original, attribution, ""


def _describes(cues: _Cues, s: str, code: str) -> bool:
    """Whether a description pattern reads the sentence and it makes no claim of its own in
    the event's vocabulary (``kind_claims``, when on)."""
    return cues.desc.search(s) and not (claims.ON and claims.claims(s, code))


@cache
def _voice(lang: str) -> tuple[list[tuple[re.Pattern[str], Rewrite]], Compiled]:
    """A language's rewrites and frames of a body's own voice (``kind_cues_voice2``, then
    ``kind_cues_voice3``, ``kind_cues_voice4``, ``kind_cues_voice5`` and, when on,
    ``kind_cues_voice7`` and ``kind_cues_voice6``)."""
    rewrites = [
        *VOICE_REWRITES[lang],
        *VOICE3_REWRITES[lang],
        *VOICE4_REWRITES[lang],
        *VOICE5_REWRITES[lang],
        *(voice7.VOICE7_REWRITES[lang] if voice7.ON else []),
        *(voice6.VOICE6_REWRITES[lang] if voice6.ON else []),
    ]
    frames = [*VOICE_FRAMES[lang], *VOICE3_FRAMES[lang], *VOICE4_FRAMES[lang], *VOICE5_FRAMES[lang]]
    return [(re.compile(p, _I), f) for p, f in rewrites], [re.compile(p, _I) for p in frames]


#: what a preamble's point may not be: a question ("过去一年最大的变化是什么"), or a point whose
#: pronoun named the speaker ("his company's revenue" once "Mr Walker explained that" is off)
_NEVER = re.compile(r"(?!)")
_PREAMBLE_NOT = {
    "en": re.compile(r"\?\s*$|\b(?:he|she|him|his|her|hers)\b", re.I),
    "es": re.compile(r"\?\s*$"),
    "fr": re.compile(r"\?\s*$"),
    "ru": re.compile(r"\?\s*$|(?<![\w-])(?:он|она|его|её|ее|ему|ей|ним|ней)(?![\w-])", re.I),
    "zh": re.compile(r"[?？]\s*$|(?:什么|吗|呢|哪些|如何|怎样)[。？?]?\s*$|[他她]"),
    "ar": re.compile(r"[?؟]\s*$"),
}


@cache
def _preamble(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(PREAMBLES[lang], _I), re.compile(PREAMBLE_FRAMES[lang], _I)


_FIRST_THAT = {
    "zh": re.compile(r"[，,：:]"),
    "ar": re.compile(r"(?!)"),
    **dict.fromkeys(
        ("en", "es", "fr", "ru"), re.compile(r"(?:\bthat|\bque|\bqu['’]|\bчто),?\s*", _I)
    ),
}


@cache
def _reported(lang: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """One person before a frame (``kind_cues_voice5.ONE_PERSON``), and a comma after the
    word that opens a clause (``THAT_COMMA``; None in Chinese and Arabic)."""
    comma = THAT_COMMA.get(lang)
    return re.compile(ONE_PERSON[lang], _I), re.compile(comma, _I) if comma else None


#: one person as the source before a group's frame taken off with it (``_inner_frame``,
#: ``kind_cues_voice5.LEAD_PERSON``; docs/quality.md, "a thirty-eighth round"); off: as before
LEADS_AROUND = True


@cache
def _lead_person(lang: str) -> re.Pattern[str]:
    return re.compile(LEAD_PERSON[lang], _I)


def _inner_frame(sentence: str, s: str, at: list[int], lang: str) -> str | None:
    """The point of a sentence where one person reports a frame ("The rapporteur noted that
    several speakers had stressed that X", "قالت الرئيسة إن المشاركين اتفقوا على أن X"), or
    whose frame is followed by a comma ("warned that, unless ..."): both frames off; None
    when no frame follows the person (``kind_cues_voice5``)."""
    one_person, comma = _reported(lang)
    m = one_person.match(s)
    if m and len(s) - m.end() >= 12:
        # the person's own clause opens at the first "that" ("noted that several speakers had
        # stressed that X": the pattern may run on to the second)
        first = _FIRST_THAT[lang].search(s, 0, m.end())
        rest = sentence[at[first.end() if first else m.end()] :]
        if lang == "ar":  # "المشاركين اتفقوا على أن X": the inner frame through ``ar_point``
            inner = re.match(AR_INNER, s[m.end() :])
            return (
                ar_point(inner.group(0), sentence[at[m.end() + inner.end()] :]) if inner else None
            )
        kind, point, _attribution, cut = sentence_reading(_capitalise(rest), lang)
        if kind == "descriptive":
            return None
        said = _capitalise(point if kind == "framed" else rest)
        out = voiced(said, lang, cut if kind == "framed" else "")
        if kind == "framed" or out.strip() != said.strip():
            return out
        return None
    lead = _lead_person(lang).match(s) if LEADS_AROUND else None
    if lead and len(s) - lead.end() >= 12:
        # "As the moderator noted, the discussion showed that X": the group's frame read and
        # taken off as the kinds step takes it off; a plain point after the person stays
        rest = _capitalise(sentence[at[lead.end()] :])
        kind, point, _attribution, cut = sentence_reading(rest, lang)
        if kind == "framed" and point:
            out = voiced(point, lang, cut)
            if out.strip() != rest.strip():
                return out
    found = comma.search(sentence) if comma else None
    if found:
        joined = sentence[: found.end() - 2] + " " + sentence[found.end() :]
        kind, point, _attribution, cut = sentence_reading(joined, lang)
        if kind == "framed" and point:
            return voiced(point, lang, cut)
    return None


def _after_preamble(sentence: str, s: str, at: list[int], lang: str) -> str | None:
    """The point of a sentence whose narrative preamble ("Opening the session, ", "En su
    intervención, ", "وفي كلمته، ") opens a frame the kinds step or the voice rewrites take
    off ("the chair recalled that X" -> "X"); None when there is no preamble or what follows
    it is no frame (``kind_cues_voice4``)."""
    preamble, one_person = _preamble(lang)
    m = preamble.match(s)
    if not m or len(s) - m.end() < 12:
        return None
    rest = _capitalise(sentence[at[m.end()] :])
    kind, point, _attribution, cut = sentence_reading(rest, lang)
    if kind != "framed" or not point:
        # "the chair recalled that X": one person's words, read as a point by the kinds step
        said = one_person.match(rest)
        if kind != "point" or not said or len(rest) - said.end() < 12:
            return None
        point, cut = _capitalise(rest[said.end() :]), ""
    out = voiced(point, lang, cut)
    if out.strip() == rest.strip() or _PREAMBLE_NOT.get(lang, _NEVER).search(out):
        return None
    return out


@lru_cache(maxsize=1 << 14)
def voiced(sentence: str, lang: str, cut: str = "") -> str:
    """A point's sentence as a message text states it (``_voiced``), a frame's second part
    written as its first was (``kind_cues_voice14.second_heads``), a clause a call's frame
    left in the subjunctive given its modal (``kind_cues_voice8.complete``). ``cut``: the
    frame the kinds step took off before the sentence ("" when none: ``sentence_reading``),
    which the group's own voice and a second reported clause read (``kind_cues_voice15``)."""
    code = lang if lang in _PATTERNS else "en"
    # a frame's second part written as its first was (``kind_cues_voice14``, the sixty-third
    # round: "ينبغي X، وعلى ضرورة Y" -> "ينبغي X، وينبغي Y")
    # the group's own voice and a second reported clause (``kind_cues_voice15``, the
    # sixty-seventh round: "Several traders said they X" -> "Several traders X", read before
    # the older rules; "X, and asked that Y" -> "X. Y should ...")
    older = _voiced(sentence, lang)
    told = voice15.told(sentence, older, code, lambda text: _reread_point(text, code), cut)
    out = told or voice14.second_heads(sentence, older, code)
    out = voice15.mend(sentence, out, code, lambda text: _reread_point(text, code), cut)
    # frames the readable files keep (``kind_cues_voice16``, the seventy-first round: "Finding
    # 2. X", "It was repeated ... that X, and that Y", "X, and this is what the speakers
    # agreed on", "Nous appelons à interdire X"), where the older rules left the sentence
    out = voice16.first(sentence, out, code, lambda text: voiced(text, code)) or out
    out = voice16.mend(sentence, out, code, lambda text: voiced(text, code))
    done = voice8.complete(out, code)
    return _capitalise(done) if done else out


def _voiced(sentence: str, lang: str) -> str:
    """A point's sentence as a message text states it, a body's own voice taken off
    (``kind_cues_voice2``): "The coalition recommends that regulators publish ..." ->
    "Regulators should publish ...", "We ask governments to ..." -> "Governments should ...",
    "X, the network observed, Y" -> "X Y", an Arabic frame where the rest stands, a noun
    phrase made a clause and a narrative preamble before a frame (``kind_cues_voice4``:
    "highlighted the importance of X" -> "X is important"), a frame after the point, inside
    reported speech, of regret, fear or hope, nominal, impersonal or as spoken
    (``kind_cues_voice5``: "X, the panel concluded." -> "X."). Only the text changes: the
    statement's kind and the point it is read and grouped by do not (``sentence_kind``). A
    sentence with none of these, or a description, is returned as is."""
    code = lang if lang in _PATTERNS else "en"
    s, at = sentence, list(range(len(sentence) + 1))
    if code == "ar":
        s = arabic_plain(sentence)
        at = arabic_plain_offsets(sentence)
    cues = _cues(code)
    if cues.desc.search(s):  # "The workshop invited participants to ..." stays as it is
        return sentence
    # a spoken frame ("I just want to add that X", "What we heard: X"; ``kind_cues_voice13``,
    # the sixty-second round): read before the older rules, which would take a part of it
    spoken = voice13.read_first(sentence, code, lambda text: voiced(text, code))
    if spoken:
        return _capitalise(spoken)
    # the matter the meeting came back to, a saying repeated, a source before the point
    # (``kind_cues_voice11``, the fifty-sixth round): read before the frames between commas
    first = voice11.read_first(sentence, code, lambda text: voiced(text, code))
    if first:
        return _capitalise(first)
    preamble = _after_preamble(sentence, s, at, code)
    if preamble is not None:
        return preamble
    inner = _inner_frame(sentence, s, at, code)
    if inner:
        return _capitalise(inner)
    rewrites, frames = _voice(code)
    for pattern, rewrite in rewrites:
        m = pattern.match(s)
        if m and len(s) - m.end() >= 8:
            point = rewrite(m, sentence[at[m.end()] :])
            if point is not None:
                return _capitalise(point)
    for frame in frames:
        m = frame.match(s)
        if m and len(s) - m.end() >= (4 if code == "zh" else 12):
            kept = sentence[at[m.end()] :]
            if code in _AND_THAT:
                kept = _and_that(code, m.group(0), kept)
            if code == "ar":
                kept = ar_point(m.group(0), kept) or ""
            if kept and not cues.desc.search(kept):
                return _capitalise(kept)
    if code == "ar":  # the frames Arabic kept in the point (``sentence_kind``)
        for frame in cues.ordered_frames if cues.any_frame.match(s) else ():
            m = frame.match(s)
            if m and len(s) - m.end() >= 12:
                cut = ar_point(m.group(0), sentence[at[m.end()] :])
                if cut or not frame_shape.LEADS:
                    return cut or sentence
                break  # the frame's point would not stand as cut: the shape may read it
    one = _one_speaker(s, code, cues.attrib)
    if frame_shape.ON and (not one or frame_shape.GENERAL or frame_shape.ANONYMOUS):
        # a frame no rule above has words for, read by its shape (one person's words stay:
        # with them only a group's frame or an unnamed member's lead is read)
        shaped = frame_shape.shape_point(sentence, s, at, code, one_speaker=bool(one))
        if shaped and code in _AND_THAT and frame_shape.GENERAL:
            shaped = _AND_THAT[code].sub(r"\1", shaped)  # "X, and that Y" -> "X, and Y"
        if shaped and not cues.desc.search(shaped):
            return _capitalise(shaped)
    if voice7.ASIDE:  # a frame split by an aside, read again without it
        split = voice7.split_aside(sentence, code, lambda text: _reread(text, code))
        if split:
            return _capitalise(split)
    # the forty-sixth round's shapes (``kind_cues_voice8``): a group's call in a clause, a
    # body's call on a party, a finding between commas after a list, a lead-in before a
    # colon, an adverb inside a frame
    for read in (voice8.call_in_clause, voice8.body_call, voice8.list_aside, voice8.lead_in):
        found = read(sentence, code)
        if found:
            return _capitalise(voiced(found, code) if read is voice8.lead_in else found)
    adverb = voice8.without_adverb(sentence, code, lambda text: _reread(text, code))
    if adverb:
        return _capitalise(adverb)
    # the forty-eighth round's shapes (``kind_cues_voice9``): one person's words with their
    # speaker before, after or inside the point, a group no list held, a group's support of
    # a recommendation; the clause read again (it may hold a frame of its own)
    said = voice9.speaker_before(sentence, code, bool(one)) or voice9.speaker_after(sentence, code)
    if said:
        if code in _AND_THAT:
            said = _AND_THAT[code].sub(r"\1", said)  # "X, and that Y" -> "X, and Y"
        return _capitalise(voiced(said, code))
    support = (
        voice9.group_support(sentence, code)
        or voice9.call_left(sentence, code)
        or voice10.call_other(sentence, code)  # the forty-ninth round: Spanish and French
    )
    if support:
        return _capitalise(support)
    # the fifty-sixth round's shapes (``kind_cues_voice11``): a call by a group the lists did
    # not name, an Arabic clause after a group's frame, an aside before "X, and that Y"
    more = voice11.read(
        sentence,
        code,
        lambda text: voiced(text, code),
        lambda text: voice7.split_aside(text, code, lambda t: _reread(t, code)),
    )
    if more:
        return _capitalise(more)
    # the fifty-ninth round's shapes (``kind_cues_voice12``): a group after the point, the
    # forum's own call, a note's label or hedge, the one thing the talk went round, a point
    # put on record, an impersonal frame split by an aside
    latest = voice12.read(sentence, code, lambda text: voiced(text, code))
    if latest and not cues.desc.search(arabic_plain(latest) if code == "ar" else latest):
        return _capitalise(latest)
    # the sixty-second round's later shapes (``kind_cues_voice13``): a body named with words
    # after it calling on a party, an Arabic proposal on a verbal noun
    named = voice13.read(sentence, code, lambda text: _reread_point(text, code))
    if named and not cues.desc.search(arabic_plain(named) if code == "ar" else named):
        return _capitalise(named)
    if frame_model.ON and not one and sentence_kind(sentence, code)[0] == "point":
        # a frame no rule read, where the learned model reads it ends (``kind_frame_model``)
        cut = frame_model.cut_point(sentence, s, code)
        if cut and not cues.desc.search(arabic_plain(cut) if code == "ar" else cut):
            return _capitalise(cut)
    return sentence


def _reread(text: str, lang: str) -> tuple[str, bool] | None:
    """A sentence's message text after the kinds step and whether the kinds step read one
    person's words in it (None for a description)."""
    kind = classify(text, lang)
    if kind.kind == "descriptive":
        return None
    return voiced_text(kind.point, lang, kind.cuts), kind.attribution


def _reread_point(text: str, lang: str) -> str:
    """A sentence's message text after the kinds step ("" for a description)."""
    found = _reread(text, lang)
    return found[0] if found else ""


def frame_left(sentence: str, lang: str) -> bool:
    """Whether a sentence as a message text states it (``voiced``) still opens on a frame the
    rules know but could not take off: a frame of the kinds step (Arabic, where the rest would
    not stand without "أنّ"), or a noun phrase whose rewrite was refused ("Participants
    highlighted the importance of training librarians to ...")."""
    code = lang if lang in _PATTERNS else "en"
    s = arabic_plain(sentence) if code == "ar" else sentence
    s = _LEADING.sub("", s).strip()
    cues = _cues(code)
    if cues.any_frame.match(s) and any(f.match(s) for f in cues.ordered_frames):
        return True
    return any(p.match(s) for p in _noun_frames(code))


@cache
def _noun_frames(lang: str) -> list[re.Pattern[str]]:
    """The noun-phrase frames of ``kind_cues_voice4`` ("highlighted the importance of"), not
    the passive ones, which open on the noun as a point may ("The importance of X became
    clear ...")."""
    return [re.compile(p, _I) for p, _ in VOICE4_REWRITES[lang] if not p.startswith("^the ")]


def voiced_text(text: str, lang: str | None, cuts: Iterable[tuple[str, str]] = ()) -> str:
    """``voiced`` on each sentence of a text (a statement's point), each with the frame the
    kinds step cut before it (``cuts``: ``Kind.cuts`` of the statement read)."""
    lang = lang if lang in _PATTERNS else "en"
    joiner = "" if lang == "zh" else " "
    parts = voice8.without_courtesies(_sentences(text, lang), lang)
    parts = voice16.without_label(parts, lang)  # "Finding 2." alone before the point
    cut = {point.strip(): frame for point, frame in reversed(tuple(cuts))}  # the first wins
    return joiner.join(voiced(sent, lang, cut.get(sent.strip(), "")) for sent in parts)


def prepare_while(busy: Callable[[], bool], languages: Iterable[str | None]) -> list[str]:
    """The cue patterns of these languages (and of English, which the others fall back on)
    compiled, in the order given, for as long as ``busy()`` says there is time: a draft
    calls this while its models load (this thread would only wait), so that the reading
    of the statements, which would compile them on each language's first statement, hands
    its first points to the encoder sooner. Returns the languages compiled here."""
    done: list[str] = []
    for lang in chain(["en"], languages):
        if len(done) == len(_PATTERNS) or not busy():
            break
        lang = lang if lang in _PATTERNS else "en"
        if lang not in done:
            _cues(lang)
            done.append(lang)
    return done


#: A sentence ending in a title or an initial ("... moderated by M.", "Dr.") goes on.
_TITLE_END = re.compile(
    r"(?:^|\s)(?:mr|mrs|ms|dr|prof|pr|st|m|mme|mlle|sr|sra|srta|dra|ing|lic|h\.e|s\.e|г|n|"
    r"д-р|проф|г-н|г-жа|(?-i:[A-ZÀ-ÞА-Я]))\.$",
    _I,
)


def _sentences(text: str, lang: str) -> list[str]:
    """The sentences of ``text``, a title's full stop not taken for the end of a sentence."""
    out: list[str] = []
    for sent in sentences(text, lang) or [text]:
        if out and _TITLE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {sent}"
        else:
            out.append(sent)
    return out


def classify(text: str, lang: str | None, held: bool = True) -> Kind:
    """The kind of a statement: descriptive if every sentence is, else its points (``held``:
    as ``_patterns``; only the attribution may differ)."""
    lang = lang if lang in _PATTERNS else "en"
    if turns.CONDUCT and turns.conduct_turn(text, lang):  # a chair's turn of conduct
        return Kind("descriptive", "", False)
    parts = _sentences(text, lang)
    kept: list[str] = []
    framed = False
    attribution = False
    left: list[str] = []  # the sentences that are no description
    cuts: list[tuple[str, str]] = []  # the frames cut before the points kept
    for sent in parts:
        kind, point, attrib, cut = (
            sentence_reading(sent, lang) if held else sentence_reading(sent, lang, False)
        )
        if kind == "descriptive":
            framed = True  # something was removed
            continue
        framed = framed or kind == "framed"
        attribution = attribution or attrib
        kept.append(point)
        left.append(sent)
        if cut:
            cuts.append((point, cut))
    if not kept:
        return Kind("descriptive", "", False)
    if all(
        (
            turns.describes(sent, lang)
            or rapporteurs.describes(sent, lang)
            or compiled.describes(sent, lang)
            or doha.describes(sent, lang)
        )
        and not (claims.ON and claims.claims(sent, lang))
        for sent in left
    ):
        # the rest is a speaker's line, the chair asking the room, an agenda item or a talk
        # as a heading, who the session gathered or its announcement: the whole statement
        # describes (never a sentence cut from a point)
        return Kind("descriptive", "", False)
    joiner = "" if lang == "zh" else " "
    return Kind("framed" if framed else "point", joiner.join(kept), attribution, tuple(cuts))


def held_back_only(text: str, lang: str | None) -> bool:
    """Whether the statement is an attribution by the readings held back alone
    (``kind_cues_presenters.MORE_HELD_BACK_ON``, ``kind_turns.TURNS``, when on): its kind read
    with them is an attribution and without them is not (``held_marks``)."""
    return classify(text, lang).attribution and not classify(text, lang, False).attribution
