"""Sub-topic titles from a vocabulary of internet-governance policy topics.

The vocabulary (``editions/vocabulary/policy-topics.yaml``, written for this project) names
each policy topic in the six UN languages, with the wordings that show a statement is about
it. A sub-topic is titled by a topic only on evidence: the topic's wordings (in any language)
occur in the sources of at least two of its messages, or of its only message. Among the topics
so evidenced the one found in most messages wins, then the one nearer the sub-topic than its
siblings; a second topic is joined with "and" when the first leaves messages uncovered and the
second covers some of them. Titles are never shared by sibling sub-topics, never name the
event (``labels.generic``), and never rest on embedding similarity alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from forum_messages.nlp.decide import ranking
from forum_messages.yamlsrc import load_yaml

__all__ = [
    "Evidence",
    "PolicyTopic",
    "choose",
    "evidence",
    "policy_topics",
    "titles_of",
    "vocabulary_words",
]

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
#: Statements of one message read for evidence (a message of thousands of answers says what
#: it is about in its first few dozen).
MAX_TEXTS = 60
#: What an umbrella topic loses against a narrower one (in share of the messages found).
BROAD_PENALTY = 0.25
#: What a message found by the title's own words (not only by another wording) adds: a
#: title the sources say in so many words reads as theirs.
LITERAL = 0.5
#: Weight of the embedding's word (nearness to the sub-topic against its siblings) next to the
#: share of messages found: the words found decide, nearness breaks near-ties.
NEARNESS = 0.5


@dataclass(frozen=True)
class PolicyTopic:
    titles: Mapping[str, str]  # language -> title
    patterns: tuple[Wording, ...]  # wordings on normalised text
    acronyms: tuple[Wording, ...]  # wordings in capitals, on the text as written
    broad: bool = False  # an umbrella topic ("Artificial intelligence"): a narrower one first
    #: language -> the title's own wording and its parts ("Data protection", "privacy")
    literal: Mapping[str, tuple[Wording, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Evidence:
    topic: int  # index in ``policy_topics()``
    messages: frozenset[int]  # the sub-topic's messages whose sources use the topic's words
    #: those whose sources use the title's own words in the output language
    literal: frozenset[int] = frozenset()


_AR_ARTICLE = re.compile(r"(?<![\w])(?:[وفبك]?ال|[وف]?لل)(?=\w{2})")
_AR_MARKS = re.compile(r"[\u064b-\u0652\u0640]")


def normalise(text: str) -> str:
    """Case, Arabic letter forms, article and leading particles, and ё folded away."""
    low = unicodedata.normalize("NFC", text).casefold().replace("ё", "е").replace("’", "'")
    if any("\u0600" <= ch <= "\u06ff" for ch in low):
        low = _AR_MARKS.sub("", low)
        low = low.translate(str.maketrans("أإآةى", "اااهي"))
        low = _AR_ARTICLE.sub("", low)
    return low


#: A wording: its first literal run (a fast substring test first) and its pattern.
Wording = tuple[str, re.Pattern[str]]


def _pattern(wording: str) -> tuple[Wording, bool]:
    """((literal, pattern), acronym?) for one wording (see the vocabulary file's header).
    The literal is what any match contains, so a text without it is passed over quickly."""
    stem = wording.endswith("*")
    word = wording.rstrip("*").strip()
    if any("\u4e00" <= ch <= "\u9fff" for ch in word):
        low = normalise(word)
        return ("", re.compile(re.escape(low))), False  # anywhere: no word to start
    if word.isupper() or (any(c.isupper() for c in word[1:]) and " " not in word):
        # "AI", "DNS", "IPv6", "CSIRTs": as written, a whole word
        return (word, re.compile(rf"{re.escape(word)}(?!\w)")), True
    # "защит* данных": a "*" inside a wording stands for any ending of its word
    parts = [normalise(part) for part in word.split("*")]
    body = r"\w*".join(re.escape(part) for part in parts)
    if stem or any("\u0600" <= ch <= "\u06ff" for ch in word):
        pattern = re.compile(body)
    elif word.isascii() or any("à" <= ch <= "ÿ" for ch in word):
        pattern = re.compile(rf"{body}(?:s|es)?(?!\w)")
    else:
        pattern = re.compile(rf"{body}(?!\w)")
    return (parts[0], pattern), False


def _title_patterns(title: str) -> tuple[Wording, ...]:
    parts = [title, *(p for p in _JOINED.split(title) if p and not _JOINED.fullmatch(f" {p} "))]
    return tuple(_pattern(p.strip())[0] for p in dict.fromkeys(parts) if len(p.strip()) > 1)


@cache
def policy_topics() -> tuple[PolicyTopic, ...]:
    """The bundled vocabulary, read once."""
    folder = resources.files("forum_messages") / "editions" / "vocabulary"
    data = load_yaml((folder / "policy-topics.yaml").read_text(encoding="utf-8"))
    out = []
    for entry in data["topics"]:
        titles = {lang: str(entry[lang][0]) for lang in LANGUAGES if entry.get(lang)}
        plain: list[Wording] = []
        acronyms: list[Wording] = []
        for lang in LANGUAGES:
            for wording in dict.fromkeys(str(w) for w in entry.get(lang, ())):
                pattern, acronym = _pattern(wording)
                (acronyms if acronym else plain).append(pattern)
        broad = bool(entry.get("broad", False))
        literal = {lang: _title_patterns(title) for lang, title in titles.items()}
        out.append(PolicyTopic(titles, tuple(plain), tuple(acronyms), broad, literal))
    return tuple(out)


@cache
def vocabulary_words() -> frozenset[str]:
    """Every word of the vocabulary's titles, lowercased ("internet", "gouvernance"): a
    topic such as "Internet fragmentation" may use a word of the forum's name."""
    return frozenset(
        w for t in policy_topics() for title in t.titles.values() for w in title.lower().split()
    )


def titles_of(found: Sequence[Evidence], language: str) -> list[str]:
    topics = policy_topics()
    return [topics[ev.topic].titles[language] for ev in found]


def _found(topic: PolicyTopic, raw: str, low: str) -> bool:
    return _any(topic.patterns, low) or _any(topic.acronyms, raw)


def _any(wordings: Sequence[Wording], text: str) -> bool:
    return any(_at_word_start(literal, pattern, text) for literal, pattern in wordings)


def _at_word_start(literal: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether the wording occurs at the start of a word (anywhere for Chinese, whose
    literal is empty). Patterns begin with their literal, so the search is a fast scan."""
    if not literal:
        return pattern.search(text) is not None
    if literal not in text:
        return False
    return any(m.start() == 0 or not text[m.start() - 1].isalnum() for m in pattern.finditer(text))


def evidence(messages: Sequence[Sequence[str]], language: str) -> list[Evidence]:
    """The policy topics with a title in ``language`` whose wordings occur in the texts of
    the messages, most messages first."""
    if not messages:
        return []
    texts = [("\n".join(m[:MAX_TEXTS]), normalise("\n".join(m[:MAX_TEXTS]))) for m in messages]
    out = []
    for t, topic in enumerate(policy_topics()):
        if language not in topic.titles:
            continue
        hit = frozenset(m for m, (raw, low) in enumerate(texts) if _found(topic, raw, low))
        if hit:
            own = topic.literal.get(language, ())
            literal = frozenset(m for m in hit if _any(own, texts[m][1]))
            out.append(Evidence(t, hit, literal))
    out.sort(key=lambda e: (-len(e.messages), e.topic))
    return out


def choose(
    found: Sequence[Sequence[Evidence]],
    sizes: Sequence[int],
    language: str,
    score: Callable[[int, str], float],
    allowed: Callable[[str], bool],
    join: Callable[[str, str], str],
) -> list[str | None]:
    """A title for each sub-topic from its evidenced policy topics, or None to leave it to
    the keyphrases. A topic titles a sub-topic alone when it is found in two of its messages
    (in the only one of a single message); pairs (sub-topic, topic) are taken best first
    over the whole theme, so two siblings never share a title and the one a topic fits better
    keeps it. A second topic is joined when the first leaves a third of the messages or more
    uncovered; a sub-topic no topic fits twice may take two that fit different messages.
    ``score(k, title)`` is how near the title is to sub-topic ``k`` against its siblings;
    ``allowed`` refuses a title (the event's name, a title used above)."""
    topics = policy_topics()

    def value(k: int, ev: Evidence) -> float:
        share = (len(ev.messages) + LITERAL * len(ev.literal)) / max(sizes[k], 1)
        broad = BROAD_PENALTY if topics[ev.topic].broad else 0.0
        return share - broad + NEARNESS * score(k, topics[ev.topic].titles[language])

    pairs = []
    for k, evidenced in enumerate(found):
        for ev in evidenced:
            if len(ev.messages) >= min(2, sizes[k]) and allowed(topics[ev.topic].titles[language]):
                pairs.append((value(k, ev), k, ev))
    # best first; values within a tie of each other in a stable order (``nlp/decide.py``)
    order = ranking([v for v, _, _ in pairs], [(k, ev.topic) for _, k, ev in pairs])
    chosen: dict[int, Evidence] = {}
    taken: set[str] = set()
    for _, k, ev in (pairs[i] for i in order):
        title = topics[ev.topic].titles[language].casefold()
        if k in chosen or title in taken:
            continue
        chosen[k] = ev
        taken.add(title)
    out: list[str | None] = []
    for k in range(len(found)):
        own = found[k]
        ranked = [own[i] for i in ranking([value(k, ev) for ev in own], [e.topic for e in own])]
        usable = [
            ev
            for ev in ranked
            if topics[ev.topic].titles[language].casefold() not in taken
            and allowed(topics[ev.topic].titles[language])
        ]
        first = chosen.get(k) or (usable[0] if usable and sizes[k] >= 2 else None)
        if first is None:
            out.append(None)
            continue
        second = _second(first, usable, sizes[k], language)
        if k not in chosen and second is None:
            out.append(None)  # one topic found in one message of several: not a title
            continue
        title = topics[first.topic].titles[language]
        taken.add(title.casefold())
        if second is not None:
            taken.add(second.casefold())
            title = join(title, second)
        out.append(title)
    return out


def _second(first: Evidence, usable: Sequence[Evidence], size: int, language: str) -> str | None:
    """A second topic for a sub-topic whose first leaves a third or more of its messages
    uncovered: the best placed of those covering some of them (two at least when two or
    more are uncovered and the first fits two)."""
    missing = size - len(first.messages)
    if missing == 0 or len(first.messages) > 2 * size / 3:
        return None
    topics = policy_topics()
    need = min(2, missing) if len(first.messages) >= 2 else 1
    if _joined(topics[first.topic].titles[language]):
        return None
    for ev in usable:
        title = topics[ev.topic].titles[language]
        if ev.topic == first.topic or len(ev.messages - first.messages) < need or _joined(title):
            continue
        return title
    return None


_JOINED = re.compile(r" (and|et|y|и) |与|和| و")


def _joined(title: str) -> bool:
    """Already "A and B": a third part would not read as a heading."""
    return bool(_JOINED.search(title))
