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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from forum_messages.nlp.decide import ranking
from forum_messages.nlp.keyphrases import stopwords
from forum_messages.synth.topic_match import (
    Index,
    Text,
    Wording,
    normalise,
    occurs,
    prepare,
    wording,
)
from forum_messages.yamlsrc import load_bundled

__all__ = [
    "Evidence",
    "PolicyTopic",
    "Read",
    "alternatives",
    "choose",
    "evidence",
    "fits_by_words",
    "message_topics",
    "named",
    "named_topic",
    "overlapping",
    "parts_of",
    "policy_topics",
    "read_messages",
    "share_word",
    "titles_of",
    "topics_found",
    "vocabulary_words",
]

LANGUAGES = ("en", "fr", "es", "ru", "zh", "ar")
#: Statements of one message read for evidence (a message of thousands of answers says what
#: it is about in its first few dozen).
MAX_TEXTS = 40
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
    wordings: tuple[Wording, ...]  # in every language (``synth/topic_match.py``)
    broad: bool = False  # an umbrella topic ("Artificial intelligence"): a narrower one first
    #: language -> the title's own wording and its parts ("Data protection", "privacy")
    literal: Mapping[str, tuple[Wording, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Evidence:
    topic: int  # index in ``policy_topics()``
    messages: frozenset[int]  # the sub-topic's messages whose sources use the topic's words
    #: those whose sources use the title's own words in the output language
    literal: frozenset[int] = frozenset()


def _title_wordings(title: str) -> tuple[Wording, ...]:
    parts = [title, *(p for p in _JOINED.split(title) if p and not _JOINED.fullmatch(f" {p} "))]
    return tuple(wording(p.strip()) for p in dict.fromkeys(parts) if len(p.strip()) > 1)


@cache
def policy_topics() -> tuple[PolicyTopic, ...]:
    """The bundled vocabulary, read once (by libyaml when there is one)."""
    folder = resources.files("forum_messages") / "editions" / "vocabulary"
    data = load_bundled((folder / "policy-topics.yaml").read_text(encoding="utf-8"))
    out = []
    for entry in data["topics"]:
        titles = {lang: str(entry[lang][0]) for lang in LANGUAGES if entry.get(lang)}
        wordings = tuple(
            wording(w)
            for lang in LANGUAGES
            for w in dict.fromkeys(str(w) for w in entry.get(lang, ()))
        )
        broad = bool(entry.get("broad", False))
        literal = {lang: _title_wordings(title) for lang, title in titles.items()}
        out.append(PolicyTopic(titles, wordings, broad, literal))
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


@cache
def _index() -> Index:
    """Every wording of the vocabulary in one index, grouped by topic."""
    wordings = [w for topic in policy_topics() for w in topic.wordings]
    groups = [t for t, topic in enumerate(policy_topics()) for _ in topic.wordings]
    return Index(wordings, groups)


#: Messages whose topics are kept once looked up (``message_topics``): the sub-topic step and
#: the titles read the same messages, and a theme's messages are read by both before the next
#: theme's (a few MB of keys at most).
TOPICS_KEPT = 4096


@lru_cache(maxsize=TOPICS_KEPT)
def _joined_topics(joined: str) -> frozenset[int]:
    return frozenset(_index().found(prepare(joined)))


def message_topics(texts: Sequence[str]) -> frozenset[int]:
    """The topics named in a message's texts (the first ``MAX_TEXTS``, read together),
    looked up once for the sub-topics and the titles."""
    return _joined_topics("\n".join(texts[:MAX_TEXTS]))


def topics_found(text: Text) -> set[int]:
    """The topics (their numbers in ``policy_topics()``) a wording of which occurs in a
    text (``topic_match.prepare``d), in any language."""
    return _index().found(text)


@cache
def named(title: str) -> frozenset[int]:
    """The topics a heading names: those whose wordings occur in it ("AI governance" names
    *AI governance* and, by its "AI", *Artificial intelligence*; "Local languages" names
    *Multilingualism and local content*)."""
    return frozenset(_index().found(prepare(title)))


@cache
def _known_titles() -> frozenset[str]:
    return frozenset(t.casefold() for topic in policy_topics() for t in topic.titles.values())


def named_topic(title: str) -> bool:
    """Whether a heading is a title of the vocabulary (in any language)."""
    return title.casefold() in _known_titles()


def parts_of(title: str) -> list[str]:
    """The phrases a heading is made of: a title of the vocabulary whole ("Elections and
    democracy", 包容性参与政策进程 whose 参与 holds 与), else the two sides of the "and" one
    of whose sides is a vocabulary title, else of its first "and"."""
    known = _known_titles()
    if title.casefold() in known:
        return [title]
    found = [
        (m, title[: m.start()].strip(), title[m.end() :].strip()) for m in _JOINED.finditer(title)
    ]
    splits = [(m, a, b) for m, a, b in found if a and b]
    for _m, a, b in splits:
        if a.casefold() in known or b.casefold() in known:
            return [a, b]
    # a word's own letters are no "and" (参与, 和平, Arabic words opening with و)
    spaced = [(a, b) for m, a, b in splits if m.group(1)]
    return list(spaced[0]) if spaced else [title]


@dataclass(frozen=True)
class Read:
    """A sub-topic's messages read once for ``fits_by_words``: each one's text and the
    vocabulary's topics found in it."""

    texts: tuple[Text, ...]
    found: tuple[frozenset[int], ...]


def read_messages(messages: Sequence[Sequence[str]]) -> Read:
    """The messages (each its texts, the first ``MAX_TEXTS`` read) read once."""
    texts = tuple(prepare("\n".join(m[:MAX_TEXTS])) for m in messages)
    return Read(texts, tuple(message_topics(m) for m in messages))


def fits_by_words(
    title: str, messages: Sequence[Sequence[str]] | Read, parts: Sequence[str] = ()
) -> list[frozenset[int]]:
    """For each part of a heading (``parts``, else ``parts_of``), the messages (each its
    texts, or as ``read_messages`` read them) that hold the part's words (from a word's
    start: "cable" in "cables") or a wording of a policy topic the part names (``named``):
    what a reader finds of the heading in them, by words, not by nearness."""
    read = messages if isinstance(messages, Read) else read_messages(messages)
    texts, found = read.texts, read.found
    out = []
    for part in parts or parts_of(title):
        low, topics = normalise(part), named(part)
        start = "" if _HAN_CHAR.search(low) else r"(?<!\w)"
        own = re.compile(start + re.escape(low))
        out.append(
            frozenset(m for m, t in enumerate(texts) if own.search(t.low) or topics & found[m])
        )
    return out


def splits_of(title: str) -> list[list[str]]:
    """Every way a heading may be read as made of phrases: ``parts_of`` first, then the two
    sides of each "and" in it (an Arabic "و" may open a word or join two phrases)."""
    out = [parts_of(title)]
    for m in _JOINED.finditer(title):
        a, b = title[: m.start()].strip(), title[m.end() :].strip()
        if a and b and [a, b] not in out:
            out.append([a, b])
    return out


_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def overlapping(a: str, b: str) -> bool:
    """Two headings a reader cannot tell apart as places of the document: the same, or
    naming a policy topic in common (one broader than the other, "AI governance" and
    "Artificial intelligence")."""
    return a.casefold() == b.casefold() or bool(named(a) & named(b))


def _value(ev: Evidence, size: int, language: str, near: float) -> float:
    """How well a topic titles a sub-topic of ``size`` messages (see ``choose``)."""
    topic = policy_topics()[ev.topic]
    share = (len(ev.messages) + LITERAL * len(ev.literal)) / max(size, 1)
    return share - (BROAD_PENALTY if topic.broad else 0.0) + NEARNESS * near


def alternatives(
    found: Sequence[Evidence],
    size: int,
    language: str,
    score: Callable[[str], float],
    allowed: Callable[[str], bool],
    least: int = 2,
) -> list[tuple[str, int]]:
    """The topics that could title one sub-topic alone, best first, each with the number of
    its messages that evidence it (found in ``least`` of them, in the only one of one)."""
    topics = policy_topics()
    fit = [
        ev
        for ev in found
        if len(ev.messages) >= min(least, size) and allowed(topics[ev.topic].titles[language])
    ]
    values = [_value(ev, size, language, score(topics[ev.topic].titles[language])) for ev in fit]
    order = ranking(values, [ev.topic for ev in fit])
    return [(topics[fit[i].topic].titles[language], len(fit[i].messages)) for i in order]


def evidence(messages: Sequence[Sequence[str]], language: str) -> list[Evidence]:
    """The policy topics with a title in ``language`` whose wordings occur in the texts of
    the messages, most messages first."""
    if not messages:
        return []
    texts = [prepare("\n".join(m[:MAX_TEXTS])) for m in messages]
    found = [message_topics(m) for m in messages]
    out = []
    for t, topic in enumerate(policy_topics()):
        if language not in topic.titles:
            continue
        hit = frozenset(m for m, topics in enumerate(found) if t in topics)
        if hit:
            own = topic.literal.get(language, ())
            literal = frozenset(m for m in hit if any(occurs(w, texts[m]) for w in own))
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
    keeps it; nor do they take topics that overlap (``overlapping``: "AI governance" and
    "Artificial intelligence"). Where siblings could both take a topic, or overlapping
    ones, the one whose messages evidence it less gives way when the two titles then cover
    more of their messages (one message does not take *Artificial intelligence* from a
    sibling of ten messages on it that has nothing else). A second topic is
    joined when the first leaves a third of the messages or more uncovered; a sub-topic no
    topic fits twice may take two that fit different messages (never two that overlap).
    ``score(k, title)`` is how near the title is to sub-topic ``k`` against its siblings;
    ``allowed`` refuses a title (the event's name, a title used above)."""
    topics = policy_topics()

    def value(k: int, ev: Evidence) -> float:
        return _value(ev, sizes[k], language, score(k, topics[ev.topic].titles[language]))

    def clear(title: str) -> bool:
        """Neither taken by a sibling nor overlapping one."""
        return title.casefold() not in taken and not named(title) & named_taken

    pairs = []
    for k, evidenced in enumerate(found):
        for ev in evidenced:
            if len(ev.messages) >= min(2, sizes[k]) and allowed(topics[ev.topic].titles[language]):
                pairs.append((value(k, ev), k, ev))
    # best first; values within a tie of each other in a stable order (``nlp/decide.py``)
    order = ranking([v for v, _, _ in pairs], [(k, ev.topic) for _, k, ev in pairs])
    chosen: dict[int, Evidence] = {}
    taken: set[str] = set()
    named_taken: set[int] = set()

    def conflict(a: Evidence, b: Evidence) -> bool:
        one, two = topics[a.topic].titles[language], topics[b.topic].titles[language]
        return one.casefold() == two.casefold() or bool(named(one) & named(two))

    ranked_pairs = [pairs[i] for i in order]

    def covered(j: int, unlike: Evidence) -> int:
        """The messages of sub-topic ``j`` that its best topic still free not conflicting
        with ``unlike`` covers (0 for none: the keyphrases would title it)."""
        for _, i, other in ranked_pairs:
            mine = i == j and not conflict(other, unlike)
            if mine and clear(topics[other.topic].titles[language]):
                return len(other.messages)
        return 0

    def stronger(k: int, ev: Evidence) -> bool:
        """Whether a sibling not yet titled would take, as its best topic still free, one
        that conflicts with ``ev``, on the evidence of more of its messages, and the titles
        of the two would then cover more of their messages (``k`` taking its next topic):
        the weaker sub-topic gives way where the draft gains by it."""
        best: dict[int, Evidence] = {}
        for _, j, other in ranked_pairs:
            free = j != k and j not in chosen and j not in best
            if free and clear(topics[other.topic].titles[language]):
                best[j] = other
        for j, other in best.items():
            if len(other.messages) <= len(ev.messages) or not conflict(ev, other):
                continue
            if len(other.messages) + covered(k, other) > len(ev.messages) + covered(j, ev):
                return True
        return False

    deferred: list[tuple[int, Evidence]] = []
    for _, k, ev in ranked_pairs:
        title = topics[ev.topic].titles[language]
        if k in chosen or not clear(title):
            continue
        if stronger(k, ev):
            deferred.append((k, ev))
            continue
        chosen[k] = ev
        taken.add(title.casefold())
        named_taken.update(named(title))
    # what the stronger siblings left: the best evidenced first, then in the order above
    deferred.sort(key=lambda pair: -len(pair[1].messages))
    for k, ev in deferred:
        title = topics[ev.topic].titles[language]
        if k in chosen or not clear(title):
            continue
        chosen[k] = ev
        taken.add(title.casefold())
        named_taken.update(named(title))
    out: list[str | None] = []
    for k in range(len(found)):
        own = found[k]
        ranked = [own[i] for i in ranking([value(k, ev) for ev in own], [e.topic for e in own])]
        usable = [
            ev
            for ev in ranked
            if clear(topics[ev.topic].titles[language])
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
        named_taken.update(named(title))
        if second is not None:
            taken.add(second.casefold())
            named_taken.update(named(second))
            title = join(title, second)
        out.append(title)
    return out


#: Whether a heading whose first topic or phrase fits more than half of its sub-topic's
#: messages is joined only to a second fitting two of them at least (``_second``,
#: ``labels.KeyphraseLabeller.run``): "Disinformation and fact-checking" over three messages,
#: fact-checking found in one, is "Disinformation" (docs/quality.md, step 48).
SHARE_JOIN_RULE = True


def _second(first: Evidence, usable: Sequence[Evidence], size: int, language: str) -> str | None:
    """A second topic for a sub-topic whose first leaves a third or more of its messages
    uncovered: the best placed of those covering some of them (two at least when two or
    more are uncovered and the first fits two). None when the best placed shares a word
    with the first: "Youth participation and inclusive participation in policy processes"
    says it twice, and a topic that near is mostly held by the first already ("Child online
    protection" and "Child sexual abuse material"); the next best is further from both.
    (A first topic of one message, paired with another of one, takes the next instead.) A
    first fitting more than half of the messages takes only a second fitting two of them
    (``SHARE_JOIN_RULE``): one message's subject joined on names no share of the sub-topic."""
    missing = size - len(first.messages)
    if missing == 0 or len(first.messages) > 2 * size / 3:
        return None
    topics = policy_topics()
    need = min(2, missing) if len(first.messages) >= 2 else 1
    if SHARE_JOIN_RULE and 2 * len(first.messages) > size:
        need = 2  # the first fits most: a second fitting one message more is that one's
    head = topics[first.topic].titles[language]
    if _joined(head):
        return None
    for ev in usable:
        title = topics[ev.topic].titles[language]
        if ev.topic == first.topic or len(ev.messages - first.messages) < need or _joined(title):
            continue
        if share_word(head, title, language):
            if len(first.messages) >= 2:
                return None  # a near topic, mostly held by the first: not another instead
            continue  # two topics of one message each: the next pair
        if named(title) & named(head):
            continue  # "Cyber capacity building and cybersecurity": one holds the other
        return title
    return None


#: A word in this many of the vocabulary's titles in a language is a common modifier
#: ("digital", "online", "numérique"): said twice it repeats no subject ("Digital public
#: infrastructure and digital identity").
COMMON_WORD = 4


def _content_words(title: str, language: str) -> frozenset[str]:
    stop = stopwords(language)
    return frozenset(
        w for w in re.findall(r"\w+", normalise(title)) if w not in stop and len(w) > 2
    )


@cache
def _common_words(language: str) -> frozenset[str]:
    counts: dict[str, int] = {}
    for topic in policy_topics():
        for w in _content_words(topic.titles.get(language, ""), language):
            counts[w] = counts.get(w, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= COMMON_WORD)


def share_word(a: str, b: str, language: str) -> bool:
    """Whether two headings have a content word in common ("Participation des jeunes",
    "Participation inclusive aux processus politiques"): joined, the word would be said
    twice. A common modifier of the vocabulary's titles does not count (``COMMON_WORD``);
    Chinese headings, written without spaces, are compared by their topics (``named``)
    alone."""
    if language == "zh":
        return False
    shared = _content_words(a, language) & _content_words(b, language)
    return bool(shared - _common_words(language))


_JOINED = re.compile(r" (and|et|y|и) |与|和| و")


def _joined(title: str) -> bool:
    """Already "A and B": a third part would not read as a heading."""
    return bool(_JOINED.search(title))
