"""Sub-topic titles in the output language.

Candidates: keyphrases of the sub-topic's statements written in the output language, the
theme's sub-topic seeds, and the framework keywords in that language (so a sub-topic made only
of statements in other languages still gets a title in the output language). Each candidate is
scored by how close it is to the sub-topic and how far from its sibling sub-topics; the best one,
or the best two joined with "and", make the title (never two phrases of a sub-topic of one
message: both its own words). A sub-topic of several messages is never
titled by a phrase that fits only one of them (see ``KeyphraseLabeller.fits``). The keyphrases
of a theme's sub-topics are found on two cores when there are two (``nlp/forked.py``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import decision_scores, ranking
from forum_messages.nlp.forked import map_halves
from forum_messages.nlp.keyphrases import keyphrases, prepare, stopwords
from forum_messages.synth import title_grammar, topic_vocab
from forum_messages.synth.distinct import Candidate
from forum_messages.synth.headings import headline
from forum_messages.synth.title_form import bare_word, faulty
from forum_messages.synth.topic_vocab import (
    Evidence,
    Read,
    alternatives,
    choose,
    evidence,
    fits_by_words,
    named,
    named_topic,
    overlapping,
    parts_of,
    policy_topics,
    read_messages,
    share_word,
    splits_of,
    titles_of,
    vocabulary_words,
)

__all__ = [
    "KeyphraseLabeller",
    "Phrases",
    "TopicText",
    "event_words",
    "generic",
    "headline",
    "join_titles",
]

#: Candidates (eligible, best first) a sub-topic title is chosen from.
COVERING_HEAD = 30
#: Whether a heading "A and B" whose parts fit a message each must fit most messages as a
#: whole (``holds``): measured, off (docs/quality.md, step 25: each such title gives way to
#: one fitting fewer messages, and the editor's heading is matched less often).
JOINED_RULE = False
#: Whether a title resting on one message of a sub-topic of several (``_thin``) gives way
#: to a candidate that holds up and fits two of them at least (``_held_up``).
THIN_RULE = True
#: Whether a title naming only an umbrella topic over three messages or more gives way to a
#: narrower topic of the vocabulary found in more than half of them (``_held_up``).
BUCKET_RULE = True
#: Whether a sub-topic of one message is never titled by two of its phrases joined ("A and
#: B": both its own words, "المستخدمات الجدد للمحافظ وصفة موظفي البنوك"): docs/quality.md,
#: step 46.
ONE_MESSAGE_JOIN_RULE = True
#: Whether a phrase that fits more than half of a sub-topic's messages on its own, met
#: before any that makes two with the first, titles the sub-topic alone rather than joined
#: as the second part to a first that fits one ("ЕАЭС", not "Электронная подпись и ЕАЭС"
#: over three messages, two of them on the EAEU: ``_covering``; docs/quality.md, step 51).
SECOND_ALONE_RULE = True
#: Whether a sub-topic of two messages or more that no candidate fits two of by words (the
#: messages share no word a title could use) is titled by the point instead: the policy
#: topic of the vocabulary nearest its centre by the embedder (``_by_point``). Measured,
#: off (docs/quality.md, step 51: such a title is found in none of the messages' words).
BY_POINT_RULE = False
#: Whether a heading "A and B" of a sub-topic of two messages or more, a part of which fits
#: one of them only, gives way to one phrase or policy topic (not a bare word, not the
#: heading cut short) that alone fits as many of the messages by words as the whole, and
#: two at least ("Terminaux satellitaires" for "Connectivité par satellite et renforcement
#: des capacités des décideurs" over three calls on satellite terminals; ``_held_up``;
#: docs/quality.md, step 55).
ONE_FOR_JOINED_RULE = True
#: Phrases nearest a sub-topic offered as spare candidates (``synth/distinct.py``).
SPARE_PHRASES = 8
#: What a fragment of a sentence ("Digital divide requires", "Countries") loses in score
#: against a phrase that names a subject (``synth/title_form.py``).
FRAGMENT_PENALTY = 0.5
AND = {"en": "and", "fr": "et", "es": "y", "ar": "و", "ru": "и", "zh": "与"}

#: Words of the event itself: a sub-topic is never titled by the forum's name or its parts,
#: nor by a word of the event's or the document's own making (its sessions, reports, messages
#: and takeaways), in any of the six languages. Words found inside others (those of several
#: words, those not in ASCII) are chosen so that no policy title holds them (not "信息",
#: part of 信息完整性, nor "отчет", part of подотчетность).
EVENT_WORDS = (
    "igf",
    "internet governance forum",
    "forum",
    "session",
    "sessions",
    "workshop",
    "participants",
    "speakers",
    "fgi",
    "forum sur la gouvernance de l'internet",
    "foro de gobernanza de internet",
    "foro",
    "фуи",
    "форум по управлению интернетом",
    "форум",
    "互联网治理论坛",
    "论坛",
    "会议",
    "منتدى حوكمة الإنترنت",
    "المنتدى",
    "منتدى",
    # the forum's national and regional initiatives, a part of the event
    "nri",
    # the document and the event's outputs
    "message",
    "messages",
    "key messages",
    "takeaway",
    "takeaways",
    "key takeaways",
    "report",
    "reports",
    "outcome",
    "outcomes",
    "messages clés",
    "points à retenir",
    "rapport",
    "rapports",
    "résultats",
    "séance",
    "séances",
    "mensaje",
    "mensajes",
    "mensajes clave",
    "conclusiones",
    "informe",
    "informes",
    "resultados",
    "sesión",
    "sesiones",
    "послания",
    "посланий",
    "выводы",
    "итоги",
    "сессия",
    "сессии",
    "关键信息",
    "要点",
    "成果",
    "报告",
    "رسائل",
    "الرسائل",
    "تقرير",
    "التقرير",
    "النتائج",
    "الجلسة",
    "جلسات",
)


def event_words(edition_texts: Sequence[str]) -> frozenset[str]:
    """The words and names no sub-topic title may use: the forum's name and its parts, the
    host place (city, country), and the generic words of any forum (``EVENT_WORDS``)."""
    out = set(EVENT_WORDS)
    for text in edition_texts:
        low = text.casefold().strip()
        if not low:
            continue
        out.add(low)
        for part in low.replace(",", " ").split():
            if len(part) > 3 and not part.isdigit():
                out.add(part)
    return frozenset(out)


@cache
def _inside(words: frozenset[str]) -> tuple[str, ...]:
    """The event words found inside other words too: names of several words, and words of
    scripts written without spaces."""
    return tuple(w for w in words if " " in w or not w.isascii())


def generic(phrase: str, words: frozenset[str]) -> bool:
    """Whether a phrase names the event rather than a policy subject."""
    low = phrase.casefold()
    if any(w in low for w in _inside(words)):
        return True
    # "IGFs", "NRIs": a plural of the event's name is still its name; "L’IGF", "de l'IGF":
    # after an elided article too (a word of a policy title aside: "Coupures d'Internet")
    for tok in low.replace("-", " ").split():
        if tok in words or tok.rstrip("s") in words:
            return True
        last = re.split(r"['’]", tok)[-1]
        elided = last != tok and last not in vocabulary_words()
        if elided and (last in words or last.rstrip("s") in words):
            return True
    return False


@dataclass(frozen=True)
class TopicText:
    texts: Sequence[str]  # statements of the sub-topic in the output language
    centroid: Vectors  # (d,)
    #: each message of the sub-topic: its statements' texts (any language) and its centre
    messages: Sequence[tuple[Sequence[str], Vectors]] = ()


@dataclass(frozen=True)
class Phrases:
    """What a theme's sub-topics offer as titles before anything is embedded (in the order
    of the sub-topics): the keyphrases of each that occur in two of its statements, and the
    policy topics its messages evidence."""

    own: list[list[tuple[str, float]]]
    evidenced: list[list[Evidence]]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _acronym(word: str) -> bool:
    """'IPv6', 'SMSI+20', 'AI': letters in capitals or figures, not a capitalised word."""
    return sum(ch.isupper() for ch in word) >= 2 or any(ch.isdigit() for ch in word)


#: Words written with a capital wherever they stand, in the languages with case: "Internet"
#: as the United Nations' editors write it in English, French and Spanish.
PROPER_WORDS = frozenset({"Internet"})


@cache
def proper_words(language: str) -> frozenset[str]:
    """The words a title keeps capitalised after its first word: ``PROPER_WORDS`` and those
    the vocabulary's titles in ``language`` write capitalised after their first word and
    never in lower case ("Internet" of "Cortes de Internet", "Things")."""
    upper: set[str] = set()
    lower: set[str] = set()
    for topic in policy_topics():
        words = topic.titles.get(language, "").split()
        for i, word in enumerate(words):
            if _acronym(word):
                continue
            if word[:1].islower():
                lower.add(word.casefold())
            elif i:
                upper.add(word)
    kept = {w for w in upper if w.casefold() not in lower}
    return frozenset(kept | (PROPER_WORDS if language in ("en", "fr", "es") else set()))


def decapitalise(phrase: str, language: str = "en") -> str:
    """'Manufacturers' -> 'manufacturers', 'Information integrity' -> 'information integrity',
    'Внедрение IPv6' -> 'внедрение IPv6', "Points d'échange Internet" -> "points d'échange
    Internet"; acronyms, proper names ('CERTs', 'Global Digital Compact', 'Internet of Things':
    every word after the first capitalised, acronyms and function words aside) and a first
    word written with a capital wherever it stands ('Internet', ``proper_words``) stay as
    they are."""
    words = phrase.split()
    if not words or not words[0][:1].isupper() or words[0].isupper():
        return phrase
    if any(ch.isupper() for ch in words[0][1:]) or words[0] in proper_words(language):
        return phrase
    # function words and words capitalised wherever they stand say nothing of a proper name
    # ("Fragmentación de Internet" is not one, "Internet of Things" is)
    function = stopwords(language) if language in _CASED else frozenset()
    proper = proper_words(language)
    later = [
        w for w in words[1:] if not _acronym(w) and w.casefold() not in function and w not in proper
    ]
    if later and all(w[:1].isupper() for w in later):
        return phrase
    return phrase[:1].lower() + phrase[1:]


#: Output languages whose script has capitals.
_CASED = ("en", "fr", "es", "ru")


def join_titles(a: str, b: str, language: str) -> str:
    if language == "zh":
        return f"{a}{AND['zh']}{b}"
    if language == "ar":
        return f"{a} {AND['ar']}{b}"
    return f"{capitalise(a)} {AND.get(language, 'and')} {decapitalise(b, language)}"


def title_phrases(title: str, language: str) -> list[str]:
    """The phrases a title was made of (``join_titles`` undone), lowercased."""
    if language == "zh":
        parts = title.split(AND["zh"], 1)
    elif language == "ar":
        parts = title.split(f" {AND['ar']}", 1)
    else:
        parts = title.split(f" {AND.get(language, 'and')} ", 1)
    return [title.lower(), *(p.strip().lower() for p in parts if len(parts) > 1)]


def _trimmed(
    phrases: list[tuple[str, float]], language: str, texts: Sequence[str] = ()
) -> list[tuple[str, float]]:
    """Keyphrases with, after each that is a fragment because of a verb at one end ("Use
    datos biométricos", "Digital divide requires"), the subject it holds without that word
    ("datos biométricos", "Digital divide"), of the same weight, when that reads as one
    (``texts``: the theme's, for ``faulty``)."""
    out: list[tuple[str, float]] = []
    seen = {p.casefold() for p, _ in phrases}
    for phrase, weight in phrases:
        out.append((phrase, weight))
        words = phrase.split()
        if len(words) < 3 or language == "zh" or not faulty(phrase, language, texts):
            continue
        for rest in (" ".join(words[1:]), " ".join(words[:-1])):
            if rest.casefold() in seen or faulty(rest, language, texts):
                continue
            if headline(rest, language):
                out.append((rest, weight))
                seen.add(rest.casefold())
                break
    return out


def holds(title: str, messages: Sequence[Sequence[str]] | Read) -> bool:
    """``holds_as`` for some way of reading the heading's phrases (``topic_vocab.splits_of``)."""
    return any(holds_as(title, messages, parts) for parts in splits_of(title))


def holds_as(title: str, messages: Sequence[Sequence[str]] | Read, parts: Sequence[str]) -> bool:
    """Whether a heading holds up in its sub-topic's messages (each its texts), by words or
    the vocabulary's wordings (``topic_vocab.fits_by_words``): every part fits one message at
    least (no part names a topic none of them is about), and a heading "A and B" of a
    sub-topic of several messages has each part fitting two of them or fits more than half
    as a whole (not two subjects of one message each, "Age assurance and artificial
    intelligence" over five messages)."""
    read = messages if isinstance(messages, Read) else read_messages(messages)
    fit = fits_by_words(title, read, parts)
    if any(not f for f in fit):
        return False
    if not JOINED_RULE or len(fit) < 2 or len(read.texts) < 2:
        return True
    whole = frozenset().union(*fit)
    return all(len(f) >= 2 for f in fit) or 2 * len(whole) > len(read.texts)


def _thin(fit: Sequence[frozenset[int]], messages: int) -> bool:
    """Whether a heading whose parts fit ``fit`` (``fits_by_words``) rests on one of its
    sub-topic's ``messages`` where there are several: it fits one of them at most as a whole,
    or each of its parts fits one at most and the whole half of them at most ("Generative
    AI and accessibility" over four messages, one on each; over three, the two it fits are
    most of them)."""
    if messages < 2:
        return False
    whole = len(frozenset().union(*fit))
    if whole < 2:
        return True
    return len(fit) > 1 and all(len(f) <= 1 for f in fit) and 2 * whole <= messages


def _adds_share(first: str, second: str, messages: Sequence[tuple[Sequence[str], object]]) -> bool:
    """Whether ``second`` may be joined to ``first`` as a sub-topic's title (its messages,
    each its texts and centre): not when ``first`` fits more than half of them by words
    (``fits_by_words``) and ``second`` fewer than two (``topic_vocab.SHARE_JOIN_RULE``)."""
    if not topic_vocab.SHARE_JOIN_RULE or len(messages) < 2:
        return True
    read = read_messages([texts for texts, _ in messages])
    one, two = fits_by_words(f"{first} {second}", read, [first, second])
    return 2 * len(one) <= len(messages) or len(two) >= 2


def _umbrella(title: str) -> bool:
    """Whether a heading names only umbrella topics of the vocabulary ("Artificial
    intelligence", "AI": ``PolicyTopic.broad``)."""
    found = named(title)
    topics = policy_topics()
    return bool(found) and all(topics[t].broad for t in found)


def _narrow_fit(title: str, messages: Read) -> int:
    """How many of the messages use a wording of a topic the heading names other than an
    umbrella one ("AI governance" counts those about the governance of AI, not every one
    that says "AI")."""
    topics = policy_topics()
    narrow = {t for t in named(title) if not topics[t].broad}
    return sum(bool(narrow & found) for found in messages.found)


def _truncated(candidate: str, title: str, parts: Sequence[str]) -> bool:
    """Whether a candidate is the title with words left out ("Languages" of "Local
    languages", 全球 of 全球数字契约与互联网标准), other than one of its ``parts``."""
    a, b = candidate.casefold().strip(), title.casefold().strip()
    if a == b or a in {p.casefold().strip() for p in parts}:
        return False
    if _HAN.search(a):
        return a in b
    return set(a.split()) < set(b.split())


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _rival(sim: np.ndarray, k: int) -> np.ndarray:
    """Each candidate's similarity to the nearest sibling of sub-topic ``k``."""
    others = np.delete(sim, k, axis=1)
    return others.max(axis=1) if others.shape[1] else np.zeros(sim.shape[0])


def _shown(language: str, texts: Sequence[str]) -> Callable[[str], str]:
    """How a phrase of a theme's candidates is shown as a heading: in its language's heading
    form (``title_grammar.mended``, the theme's ``texts`` read for the same words written in
    the nominative); a title of the vocabulary, and a phrase in a form no rule mends, as it
    is."""
    memo: dict[str, str] = {}

    def shown(phrase: str) -> str:
        key = phrase.casefold()
        if key not in memo:
            form = None if named_topic(phrase) else title_grammar.mended(phrase, language, texts)
            memo[key] = form or phrase
        out = memo[key]
        return out if out.casefold() != key else phrase

    return shown


def _sides(title: str, language: str) -> list[tuple[str, str]]:
    """Every way ``join_titles`` may have made ``title`` of two phrases."""
    joiner = {"zh": AND["zh"], "ar": f" {AND['ar']}"}.get(language, f" {AND.get(language, 'and')} ")
    out = []
    for m in re.finditer(re.escape(joiner), title):
        a, b = title[: m.start()].strip(), title[m.end() :].strip()
        if a and b:
            out.append((a, b))
    return out


def _in_form(
    results: list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]],
    language: str,
    pooled: set[str],
    shown: Callable[[str], str],
) -> list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]]:
    """The titles and candidates with each phrase of the pool (``pooled``, casefolded) shown
    in its heading form (``shown``), a title joined of two such phrases part by part; the
    choice itself was made on the phrases as the sources write them. Only when
    ``title_grammar.FORM_RULE`` is on."""
    if not title_grammar.FORM_RULE:
        return results

    def form(title: str) -> str:
        if title.casefold() in pooled:
            out = shown(title)
            return title if out is title else capitalise(out)
        for a, b in _sides(title, language):
            if a.casefold() in pooled and b.casefold() in pooled:
                one, two = shown(a), shown(b)
                return title if (one, two) == (a, b) else join_titles(one, two, language)
        return title

    out = []
    for title, phrases, ranked in results:
        seen: set[str] = set()
        mended: list[Candidate] = []
        for c in ranked:
            c = replace(c, title=form(c.title))
            if c.title.casefold() not in seen:
                seen.add(c.title.casefold())
                mended.append(c)
        out.append((form(title), phrases, tuple(mended)))
    return out


def _by_point(
    results: list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]],
    topics: Sequence[TopicText],
    language: str,
    embedder: Embedder,
    centroids: np.ndarray,
    above: set[str],
) -> list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]]:
    """The titles with each of a sub-topic of two messages or more that neither it nor any
    of its candidates fits two of by words (``fits_by_words``) replaced by the title of the
    vocabulary's policy topic nearest the sub-topic's centre, none a sibling's, overlapping
    one or a title above (``above``, lowercased phrases)."""
    titles = [t.titles[language] for t in policy_topics() if language in t.titles]
    if not titles:
        return results
    sim = decision_scores(embedder.embed(titles), centroids)  # (titles, sub-topics)
    out = list(results)
    for k, (title, phrases, ranked) in enumerate(results):
        if len(topics[k].messages) < 2:
            continue
        read = read_messages([texts for texts, _ in topics[k].messages])
        if any(
            len(frozenset().union(*fits_by_words(c, read))) >= 2
            for c in (title, *(r.title for r in ranked))
        ):
            continue
        siblings = [t for j, (t, _, _) in enumerate(out) if j != k]
        taken = {t.casefold() for t in siblings}
        for i in ranking(sim[:, k], titles):
            near = titles[i]
            if near.casefold() in taken or near.lower() in above:
                continue
            if any(overlapping(near, s) for s in siblings):
                continue
            out[k] = (near, phrases, (Candidate(near, 0), *ranked))
            break
    return out


class KeyphraseLabeller:
    name = "keyphrase-embedding-labels"

    def __init__(
        self, pair_ratio: float = 0.92, max_pair_similarity: float = 0.6, fit: float = 0.3
    ):
        self.pair_ratio = pair_ratio
        self.max_pair_similarity = max_pair_similarity
        self.fit = fit

    def params(self) -> dict[str, object]:
        return {
            "candidates": "policy topics found in two messages (editions/vocabulary), then "
            "yake/jieba keyphrases + seeds + framework keywords",
            "fragment_penalty": FRAGMENT_PENALTY,
            "pair_ratio": self.pair_ratio,
            "max_pair_similarity": self.max_pair_similarity,
            "fit": self.fit,
        }

    def fits(self, phrases: Sequence[str], vecs: Vectors, topic: TopicText) -> list[set[int]]:
        """Which of the sub-topic's messages each phrase fits: a message fits a phrase that
        occurs in one of its statements or whose centre is at least ``fit`` similar to it."""
        if not topic.messages:
            return [set() for _ in phrases]
        centres = np.stack([centre for _, centre in topic.messages])
        close = decision_scores(vecs, centres) >= self.fit  # (phrases, messages)
        lowered = [[t.casefold() for t in texts] for texts, _ in topic.messages]
        # each message's texts searched at once, joined by NUL (which no phrase holds)
        joined = ["\x00".join(texts) for texts in lowered]
        out: list[set[int]] = []
        for i, phrase in enumerate(phrases):
            p = phrase.casefold()
            at_once = bool(p) and "\x00" not in p
            out.append(
                {
                    m
                    for m, texts in enumerate(lowered)
                    if bool(close[i, m])
                    or (p in joined[m] if at_once else any(p in t for t in texts))
                }
            )
        return out

    def _covering(
        self,
        order: list[int],
        pool: Sequence[str],
        vecs: Vectors,
        topic: TopicText,
        language: str = "",
    ) -> tuple[list[int], int | None]:
        """Candidates (best first) and a forced second phrase, so that the title fits at
        least two messages of a sub-topic that has several.

        The best candidate is kept when it fits two; otherwise it is joined with the best of
        the next five that makes two with it; otherwise the best candidate that fits two on
        its own, or else the one that fits most, titles the sub-topic."""
        if len(topic.messages) < 2 or not order:
            return order, None
        head = order[:COVERING_HEAD]
        fit = self.fits([pool[i] for i in head], vecs[head], topic)
        if len(fit[0]) >= 2:
            return order, None
        for j in range(1, min(6, len(head))):
            if SECOND_ALONE_RULE and 2 * len(fit[j]) > len(topic.messages):
                # it fits most of the messages alone: it titles them, not as a second part
                # (then, as below, the others that fit two)
                two = [i for i, f in zip(head, fit, strict=True) if len(f) >= 2 and i != head[j]]
                return [head[j], *two], None
            if len(fit[0] | fit[j]) >= 2 and self._joinable(pool, vecs, head[0], head[j], language):
                return order, head[j]
        covering = [i for i, f in zip(head, fit, strict=True) if len(f) >= 2]
        if covering:
            return covering, None
        most = max(range(len(head)), key=lambda j: (len(fit[j]), -j))
        return [head[most]], None

    @staticmethod
    def _not_bare(
        order: list[int],
        pool: Sequence[str],
        topic: TopicText,
        language: str,
        topical: Mapping[int, int] | None = None,
    ) -> list[int]:
        """``order`` with, first, the best phrase naming a subject when the first is a bare
        word naming none ("Border", "Persona", ``bare_word``) and that phrase occurs in as
        many of the sub-topic's messages; failing one, the policy topic of ``topical`` (its
        index in ``pool``: the messages whose words evidence it) evidenced by most messages,
        as many as the word occurs in and two at least ("Persona" -> "Futuro del trabajo")."""
        if not order or not bare_word(pool[order[0]], language):
            return order
        lowered = ["\x00".join(t.casefold() for t in texts) for texts, _ in topic.messages]

        def occurs(i: int) -> int:
            """In how many messages the phrase occurs as words ("IA", not in "materia")."""
            found = re.compile(rf"(?<!\w){re.escape(pool[i].casefold())}(?!\w)")
            return sum(bool(found.search(texts)) for texts in lowered)

        need = occurs(order[0])
        for i in order[1:COVERING_HEAD]:
            if not bare_word(pool[i], language) and occurs(i) >= need:
                return [i, *(j for j in order if j != i)]
        least = max(need, min(2, len(topic.messages)))
        found = sorted((-n, i) for i, n in (topical or {}).items() if n >= least)
        if found:
            first = found[0][1]
            return [first, *(j for j in order if j != first)]
        return order

    def _joinable(
        self, pool: Sequence[str], vecs: Vectors, a: int, b: int, language: str = ""
    ) -> bool:
        """Two phrases that may make one title: not one inside the other, not near-synonyms,
        neither already joined ("A and B and C" does not read as a heading), no word said
        twice ("Sexe sur l'accès et ventilées par sexe")."""
        one, two = pool[a].lower(), pool[b].lower()
        if any(f" {word} " in f" {one} {two} " for word in AND.values()) or "与" in one + two:
            return False
        if language and share_word(one, two, language):
            return False
        close = float(decision_scores(vecs[a], vecs[b]))
        return close < self.max_pair_similarity and one not in two and two not in one

    @staticmethod
    def _eligible(
        phrase: str,
        texts: Sequence[str],
        seeds: set[str],
        used: set[str],
        language: str = "",
        event: frozenset[str] = frozenset(),
    ) -> bool:
        """A phrase must occur in the sub-topic's own text, unless it is a seed or the
        sub-topic has (almost) nothing in the output language to draw from; never name the
        event (``event_words``); and read as a heading (see ``headline``)."""
        p = phrase.lower()
        if p in used or not KeyphraseLabeller._reads_well(phrase, seeds, language, event):
            return False
        return len(texts) < 2 or phrase in seeds or any(p in t for t in texts)

    @staticmethod
    def _reads_well(
        phrase: str, seeds: set[str], language: str, event: frozenset[str] = frozenset()
    ) -> bool:
        """The part of ``_eligible`` that depends on the phrase alone."""
        if event and phrase not in seeds and generic(phrase, event):
            return False
        return phrase in seeds or headline(phrase, language)

    @staticmethod
    def _shared(phrases: list[tuple[str, float]], texts: Sequence[str]) -> list[tuple[str, float]]:
        """Keep phrases found in at least two statements (all of them if there is one)."""
        if len(texts) < 2:
            return phrases[:8]
        lowered = [t.lower() for t in texts]
        return [(p, s) for p, s in phrases if sum(1 for t in lowered if p.lower() in t) >= 2][:8]

    @staticmethod
    def load(language: str) -> None:
        """What finding phrases in ``language`` loads on first use, loaded now (before a
        fork, so that the processes after it share it): the keyphrases' sentence splitter
        and the policy-topic vocabulary."""
        prepare(language)
        policy_topics()
        evidence([["x"]], language)  # the vocabulary's index of wordings

    def phrases(self, topics: Sequence[TopicText], language: str) -> Phrases:
        """The title candidates found in the sub-topics' texts (``Phrases``); the keyphrases
        of about half of them in a forked child when worth it."""
        if not topics:
            return Phrases([], [])
        prepare(language)  # here, not in both processes of the fork below
        found = map_halves(
            lambda texts: keyphrases(texts, language, top=20),
            [t.texts for t in topics],
            weight=lambda texts: sum(map(len, texts)),
        )
        own = [self._shared(phrases, t.texts) for phrases, t in zip(found, topics, strict=True)]
        # policy topics whose words the messages' sources use (synth/topic_vocab.py)
        evidenced = [evidence([m for m, _ in t.messages] or [t.texts], language) for t in topics]
        return Phrases(own, evidenced)

    def run(
        self,
        topics: Sequence[TopicText],
        language: str,
        vocabulary: Sequence[str],
        seeds: Sequence[str],
        embedder: Embedder,
        event: frozenset[str] = frozenset(),
        taken: Sequence[str] = (),
        phrases: Phrases | None = None,
    ) -> list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]]:
        """(title, keyphrases, candidates) for each sub-topic of one theme, titles distinct
        (and made of none of the phrases of the titles ``taken`` already, such as the topics'
        above); the candidates, best first and the title first, let a draft undo a heading
        two themes gave (``synth/distinct.py``). ``phrases``: what ``phrases`` gives for
        these sub-topics, when already found."""
        if not topics:
            return []
        found = phrases if phrases is not None else self.phrases(topics, language)
        texts = [t for topic in topics for t in topic.texts]  # the theme's, for the form
        own = [_trimmed(mine, language, texts) for mine in found.own]
        evidenced = found.evidenced
        pool: list[str] = [title for ev in evidenced for title in titles_of(ev, language)]
        for mine in own:
            pool.extend(p for p, _ in mine)
        pool.extend(seeds)
        pool.extend(vocabulary)
        pool = list(dict.fromkeys(p.strip() for p in pool if p.strip()))
        vecs = embedder.embed(pool)
        index = {p: i for i, p in enumerate(pool)}
        centroids = np.stack([t.centroid for t in topics])
        sim = decision_scores(vecs, centroids)  # (candidates, topics)
        seed_set = set(seeds)
        results: list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]] = []
        used: set[str] = {p for title in taken for p in title_phrases(title, language)}
        above = set(used)
        shown = _shown(language, texts)
        rivals = [_rival(sim, k) for k in range(len(topics))]
        fragment = FRAGMENT_PENALTY * np.array(
            [faulty(p, language, texts) for p in pool], dtype=float
        )
        free = event - vocabulary_words()  # "Internet fragmentation" is a topic, not the forum
        vocab = choose(
            evidenced,
            [len(t.messages) or 1 for t in topics],
            language,
            lambda k, title: float(1.5 * sim[index[title], k] - 0.5 * rivals[k][index[title]]),
            lambda title: title.lower() not in used and not generic(title, free),
            lambda a, b: join_titles(a, b, language),
        )
        used |= {p for title in vocab if title for p in title_phrases(title, language)}
        # what the siblings' titles name: a keyphrase naming it too would overlap them
        sibling_topics = {t for title in vocab if title for t in named(title)}

        def instead(k: int, least: int = 2) -> list[Candidate]:
            """The topics that could title sub-topic ``k`` in place of its title (found in
            ``least`` of its messages)."""
            return [
                Candidate(title, hits)
                for title, hits in alternatives(
                    evidenced[k],
                    len(topics[k].messages) or 1,
                    language,
                    lambda title: float(1.5 * sim[index[title], k] - 0.5 * rivals[k][index[title]]),
                    lambda title: title.lower() not in above and not generic(title, free),
                    least,
                )
            ]

        def whole(k: int, order: list[int]) -> list[int]:
            """``order`` with, first, the topic the vocabulary finds in sub-topic ``k`` as a
            whole, when no phrase fits two of its messages: a policy topic that fits one
            titles it better than a phrase that fits one."""
            if len(topics[k].messages) < 2:
                return order
            if len(self.fits([pool[order[0]]], vecs[order[:1]], topics[k])[0]) >= 2:
                return order
            for c in instead(k, least=1):
                if c.title.lower() not in used and not named(c.title) & sibling_topics:
                    return [index[c.title], *(i for i in order if i != index[c.title])]
            return order

        def support(k: int, title: str) -> int:
            """How many of sub-topic ``k``'s messages evidence a vocabulary title."""
            by_title = dict(zip(titles_of(evidenced[k], language), evidenced[k], strict=True))
            parts = title_phrases(title, language)
            hit = {m for t, ev in by_title.items() if t.lower() in parts for m in ev.messages}
            return len(hit)

        reads_well: dict[str, bool] = {}  # by phrase: the same for every sub-topic

        def eligible_here(phrase: str, lowered: list[str], joined: str) -> bool:
            """``_eligible`` with what depends on the phrase alone worked out once, and the
            texts searched at once (joined by NUL, which no phrase holds)."""
            p = phrase.lower()
            if p in used or shown(phrase).lower() in used:
                return False
            well = reads_well.get(phrase)
            if well is None:
                well = reads_well[phrase] = self._reads_well(phrase, seed_set, language, event)
            if not well:
                return False
            if len(lowered) < 2 or phrase in seed_set:
                return True
            at_once = bool(p) and "\x00" not in p
            return p in joined if at_once else any(p in t for t in lowered)

        def spares(k: int, ranked: Sequence[Candidate], score: np.ndarray) -> list[Candidate]:
            """Candidates for sub-topic ``k`` beyond ``ranked``, offered only to undo a heading
            another sub-topic keeps (``synth/distinct.py``): the policy topics found in one of
            its messages, then the phrases nearest it that read as headings, each with the
            messages it fits (``fits``)."""
            seen = {c.title.casefold() for c in ranked}
            out: list[Candidate] = []
            for c in instead(k, least=1):
                if c.title.casefold() not in seen:
                    seen.add(c.title.casefold())
                    out.append(Candidate(c.title, c.evidence, spare=True))
            near = (
                i
                for i in ranking(score, pool)
                if not fragment[i]
                and not bare_word(pool[i], language)
                and eligible_here(pool[i], [], "")
                and capitalise(pool[i]).casefold() not in seen
            )
            head = list(itertools.islice(near, SPARE_PHRASES))
            if head:
                fit = self.fits([pool[i] for i in head], vecs[head], topics[k])
                for i, f in zip(head, fit, strict=True):
                    if f:
                        out.append(Candidate(capitalise(pool[i]), len(f), spare=True))
            return out

        for k, _topic in enumerate(topics):
            others = np.delete(sim, k, axis=1)
            rival = others.max(axis=1) if others.shape[1] else np.zeros(len(pool))
            own_bonus = np.zeros(len(pool))
            for phrase, weight in own[k]:
                own_bonus[index[phrase.strip()]] += 0.08 * weight
            for phrase in seed_set:
                if phrase.strip() in index:
                    own_bonus[index[phrase.strip()]] += 0.03
            score: np.ndarray = sim[:, k] + 0.5 * (sim[:, k] - rival) + own_bonus - fragment
            order = ranking(score, pool)
            lowered = [t.lower() for t in topics[k].texts]
            joined = "\x00".join(lowered)
            # only the best COVERING_HEAD eligible phrases are ever looked at (_covering)
            eligible = (i for i in order if eligible_here(pool[i], lowered, joined))
            order = list(itertools.islice(eligible, COVERING_HEAD))
            # a fragment ("Countries") never titles a sub-topic just because it fits two
            order = [i for i in order if not fragment[i]] or order
            # nor one naming a topic a sibling's title names ("Cybersecurity professionals"
            # beside "Cyber capacity building")
            order = [i for i in order if not named(pool[i]) & sibling_topics] or order
            topical = {
                index[t]: len(ev.messages)
                for t, ev in zip(titles_of(evidenced[k], language), evidenced[k], strict=True)
                if t.lower() not in used and not generic(t, free) and not named(t) & sibling_topics
            }
            order = self._not_bare(order, pool, topics[k], language, topical)
            if vocab[k] is not None:  # its phrases are candidates in case another theme's
                title = str(vocab[k])  # sub-topic keeps the same heading
                rest = [
                    c for c in instead(k) if c.title.lower() not in title_phrases(title, language)
                ]
                spoken = self._phrases(order[:5], pool, vecs, topics[k])
                ranked = (Candidate(title, support(k, title)), *rest, *spoken)
                ranked = (*ranked, *spares(k, ranked, score))
                results.append((title, tuple(p for p, _ in own[k][:6]), ranked))
                continue
            nearby = not order
            if nearby:
                # nothing of its own text reads as a title: as for a sub-topic with no text
                # in the output language, phrases by nearness alone (a policy topic found in
                # one of its messages first, ``whole``), rather than its number; such a
                # title is evidenced by none of its messages' own words, so it gives way
                # wherever another sub-topic has the same heading (``synth/distinct.py``)
                loose = (i for i in ranking(score, pool) if eligible_here(pool[i], [], ""))
                order = list(itertools.islice(loose, COVERING_HEAD))
                order = [i for i in order if not fragment[i]] or order
                order = [i for i in order if not named(pool[i]) & sibling_topics] or order
            if not order:
                results.append((f"{k + 1}", (), ()))
                continue
            order, forced = self._covering(order, pool, vecs, topics[k], language)
            if forced is None:  # what covers two messages may be a bare word too
                order = self._not_bare(order, pool, topics[k], language, topical)
            vocab_first = False
            if forced is None:
                was, order = order[0], whole(k, order)
                vocab_first = order[0] != was  # a policy topic: no phrase joined to it
            first = order[0]
            title = capitalise(pool[first])
            parts = [first]
            if forced is not None:
                title = join_titles(pool[first], pool[forced], language)
                used.add(pool[forced].lower())
                parts.append(forced)
            for j in order[1:6] if forced is None and not vocab_first and not nearby else ():
                if bare_word(pool[j], language):
                    continue  # a bare word set aside as a title is not joined back to one
                if ONE_MESSAGE_JOIN_RULE and len(topics[k].messages) == 1:
                    break  # two phrases of one message's words: a quotation, not a topic
                if score[j] >= self.pair_ratio * score[first] and self._joinable(
                    pool, vecs, first, j, language
                ):
                    if not _adds_share(pool[first], pool[j], topics[k].messages):
                        break  # the first fits most messages; the second one of them
                    title = join_titles(pool[first], pool[j], language)
                    used.add(pool[j].lower())
                    parts.append(j)
                    break
            used.add(pool[first].lower())
            sibling_topics |= named(title)
            ranked = self._ranked(title, parts, order, pool, vecs, topics[k], instead(k))
            if vocab_first:  # evidenced by the vocabulary's words, not the phrase's
                seen = {c.title for c in ranked}
                more = [c for c in instead(k, least=1) if c.title not in seen]
                ranked = (Candidate(title, support(k, title)), *ranked[1:], *more)
            if nearby:
                ranked = (Candidate(title, 0), *ranked[1:])
            ranked = (*ranked, *spares(k, ranked, score))
            results.append((title, tuple(p for p, _ in own[k][:6]), ranked))
        held = self._held_up(results, topics, language, texts)
        if BY_POINT_RULE:
            held = _by_point(held, topics, language, embedder, centroids, above)
        return _in_form(held, language, {p.casefold() for p in pool}, shown)

    @staticmethod
    def _held_up(
        results: list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]],
        topics: Sequence[TopicText],
        language: str,
        texts: Sequence[str] = (),
    ) -> list[tuple[str, tuple[str, ...], tuple[Candidate, ...]]]:
        """The titles with each that does not hold up in its sub-topic's messages replaced by
        the candidate that does (``holds``), is neither a sibling's title nor overlapping one,
        and fits most of the messages by words (the first of those: the vocabulary's topics,
        then the title's own parts, then the phrases); a title with no such candidate
        stays. So too a title resting on one message of several (``_thin``), by a candidate
        fitting two of them at least that is not its own words cut short, and one naming only
        an umbrella topic over three messages or more (``_umbrella``), by a narrower topic of
        the vocabulary found in more than half of them (``_narrow_fit``)."""
        out = list(results)
        for k, (title, phrases, ranked) in enumerate(results):
            if not ranked or not topics[k].messages:
                continue
            messages = read_messages([texts for texts, _ in topics[k].messages])
            split = parts_of(title)
            fit = fits_by_words(title, messages)
            thin = THIN_RULE and _thin(fit, len(messages.texts))
            held_up = holds(title, messages)
            bucket = BUCKET_RULE and held_up and not thin and len(messages.texts) >= 3
            bucket = bucket and _umbrella(title)
            whole = len(frozenset().union(*fit))
            one_for_two = ONE_FOR_JOINED_RULE and held_up and not thin and not bucket
            one_for_two = one_for_two and len(split) > 1 and whole >= 2
            one_for_two = one_for_two and any(len(f) <= 1 for f in fit)  # a part on one
            if held_up and not thin and not bucket and not one_for_two:
                continue
            siblings = [t for j, (t, _, _) in enumerate(out) if j != k]
            parts = (
                [Candidate(capitalise(p), len(f)) for p, f in zip(split, fit, strict=True)]
                if len(split) > 1
                else []
            )
            # a joined title whose parts each fit (none names an absent topic) gives way only
            # to one that fits as many of the messages as the whole; a title fitting one
            # message of several, only to one fitting two
            need = len(frozenset().union(*fit)) if all(fit) else 1
            if held_up:  # thin: only one fitting two messages, not a bare part of its words
                need = max(need, 2)
            if bucket:  # an umbrella topic: a narrower one fitting most of the messages
                need = 1
            if one_for_two:  # one subject fitting as many messages as the two joined
                need = whole
            # the vocabulary's topics, then the title's own parts, then the phrases
            topical = [c for c in ranked[1:] if not c.spare and named_topic(c.title)]
            others = [c for c in ranked[1:] if c not in topical]
            held: list[tuple[int, Candidate]] = []  # (messages it fits, candidate)
            for c in (*topical, *parts, *others):
                if c.evidence < 1 or faulty(c.title, language, texts):
                    continue
                if bare_word(c.title, language):
                    continue
                if any(overlapping(c.title, s) for s in siblings) or not holds(c.title, messages):
                    continue
                if held_up and _truncated(c.title, title, split):
                    continue  # "Languages" for "Local languages": a bucket, not a subject
                if bucket and (c not in topical or _umbrella(c.title)):
                    continue
                if one_for_two and len(parts_of(c.title)) > 1:
                    continue  # two subjects again
                covers = len(frozenset().union(*fits_by_words(c.title, messages)))
                if bucket:  # what its narrower topic fits: more than half of the messages
                    covers = _narrow_fit(c.title, messages)
                    if 2 * covers <= len(messages.texts):
                        continue
                if covers >= need:
                    held.append((covers, c))
            if held:  # the one fitting most messages, the first of those
                c = max(held, key=lambda pair: pair[0])[1]
                rest = tuple(r for r in ranked if r.title != c.title)
                out[k] = (c.title, phrases, (replace(c, spare=False), *rest))
        return out

    def _ranked(
        self,
        title: str,
        parts: list[int],
        order: list[int],
        pool: Sequence[str],
        vecs: Vectors,
        topic: TopicText,
        others: list[Candidate],
    ) -> tuple[Candidate, ...]:
        """A keyphrase title's candidates: the title (``parts`` of ``pool``), the next
        phrases of ``order`` that fit two of the sub-topic's messages (its only one), then
        the topics of ``others``."""
        rest = [i for i in order[1:6] if i not in parts]
        mine = set().union(*self.fits([pool[i] for i in parts], vecs[parts], topic))
        phrases = self._phrases(rest, pool, vecs, topic)
        return (Candidate(title, len(mine)), *phrases, *others)

    def _phrases(
        self, indices: list[int], pool: Sequence[str], vecs: Vectors, topic: TopicText
    ) -> list[Candidate]:
        """The phrases of ``pool`` at ``indices`` that fit two of the sub-topic's messages
        (its only one), as title candidates."""
        if not indices:
            return []
        fit = self.fits([pool[i] for i in indices], vecs[indices], topic)
        need = min(2, len(topic.messages))
        return [
            Candidate(capitalise(pool[i]), len(f))
            for i, f in zip(indices, fit, strict=True)
            if len(f) >= need
        ]
