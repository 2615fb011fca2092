"""Sub-topic titles and theme summaries asked of a language model, each behind its own checks.

A title must be a short noun phrase in the output language (``headline`` of ``synth/labels.py``,
at most ``TITLE_WORDS`` words or ``TITLE_HAN`` Chinese characters), must not name the event
(``generic``), must fit more than one of its sub-topic's messages (``KeyphraseLabeller.fits``),
must hold no number, name or framework that its messages' statements lack, and must differ from
its siblings' titles; else the extractive title stays. A summary's sentences go through the same
grounding gate as a message's; else the extractive summary stays (the lead message of each of
the two largest sub-topics). Either way a ``Writing`` record says what happened and why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

import numpy as np

from forum_messages.model import Message, SentenceCheck, Topic, Writing
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import centroid, decision_scores, ranking
from forum_messages.synth.headings import headline
from forum_messages.synth.labels import AND, KeyphraseLabeller, TopicText, capitalise, generic
from forum_messages.synth.llm.client import CallFailed
from forum_messages.synth.llm.entities import fold
from forum_messages.synth.llm.gate import fact_problems
from forum_messages.synth.llm.writer import _FENCE, LANGUAGE_NAMES, LLMWriter, unquote

TITLE_PROMPT_VERSION = 1
SUMMARY_PROMPT_VERSION = 1
TITLE_WORDS = 8  # most words of a title
TITLE_HAN = 16  # most characters of a Chinese title
TITLE_MESSAGES = 8  # most messages shown to the model for a title
SUMMARY_MESSAGES = 12  # most messages shown for a theme's summary
SUMMARY_STATEMENTS = 3  # statements of each message the summary's sentences are checked with
_END = ".。!?！？;；:："
#: Verbs that make a phrase a sentence ("Hospitals need incident response" is not a title).
SENTENCE_VERBS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "is",
            "are",
            "was",
            "were",
            "be",
            "should",
            "must",
            "need",
            "needs",
            "can",
            "cannot",
            "will",
            "would",
            "could",
            "may",
        ]
    ),
    "fr": frozenset(
        ["est", "sont", "doit", "doivent", "peut", "peuvent", "faut", "devrait", "devraient"]
    ),
    "es": frozenset(
        ["es", "son", "debe", "deben", "puede", "pueden", "necesita", "necesitan", "hay"]
    ),
    "ru": frozenset(
        ["является", "являются", "должны", "должен", "должна", "нужно", "необходимо", "следует"]
    ),
    "ar": frozenset(["يجب", "ينبغي", "يمكن", "تحتاج", "يحتاج"]),
}
_ZH_SENTENCE = ("应当", "应该", "必须", "需要", "可以", "是")

TITLE_SYSTEM = (
    "You title one sub-topic of a theme of the Messages document of a multistakeholder forum. "
    "The title is a short noun phrase of at most {words} words that names the subject the "
    "messages below share: not a sentence, no verb, no final full stop, no quotation marks, no "
    "name of the forum or of its sessions, and no number, name, organisation or country that "
    'the messages do not mention. Write in {language}. Answer with JSON only: {{"title": "..."}}'
)
SUMMARY_SYSTEM = (
    "You write the summary of one theme of the Messages document of a multistakeholder forum: "
    "in two or three plain sentences of at most {words} words in all, what the messages below "
    "say together, the most supported first. Use only what the messages say: mention no "
    "number, name, organisation, country or framework that they do not mention, and keep "
    "their meaning (never reverse a claim). Do not say who said it and use no quotation "
    'marks. Write in {language}. Answer with JSON only: {{"sentences": ["...", "..."]}}'
)


def parse_title(content: str) -> str:
    """The title of an answer ``{"title": "..."}``; CallFailed("malformed answer") else."""
    try:
        data = json.loads(_FENCE.sub("", content.strip()))
    except ValueError as exc:
        raise CallFailed("malformed answer: not JSON") from exc
    title = data.get("title") if isinstance(data, dict) else None
    if not isinstance(title, str) or not title.strip():
        raise CallFailed('malformed answer: no "title" string')
    return " ".join(unquote(title).split()).rstrip(_END).strip()


def phrases(title: str, language: str) -> list[str]:
    """The title, then the phrases it joins with "and" or commas ("A, B and C": A, B, C)."""
    conj = AND.get(language, "and")
    split = re.split(
        r"\s*[,،、，]\s*|" + (f"{conj}" if language in {"zh", "ar"} else rf"\s+{conj}\s+"), title
    )
    parts = [p.strip() for p in split if p.strip()]
    return [title, *parts] if len(parts) > 1 else [title]


def numbered(label: str, lines: Sequence[str]) -> str:
    return f"{label}:\n" + "\n".join(f"{k + 1}. {' '.join(t.split())}" for k, t in enumerate(lines))


class LLMTitler:
    """Sub-topic titles written by the model of ``writer``, checked, else the extractive ones."""

    name = "llm-titles"

    def __init__(self, writer: LLMWriter, labeller: KeyphraseLabeller | None = None) -> None:
        self.client = writer.client
        self.labeller = labeller or KeyphraseLabeller()

    def params(self) -> dict[str, object]:
        return {
            **self.client.config.settings(),
            "prompt_version": TITLE_PROMPT_VERSION,
            "max_words": TITLE_WORDS,
            "max_han_characters": TITLE_HAN,
            "fit": self.labeller.fit,
            "fallback": self.labeller.name,
        }

    def chat(self, lines: Sequence[str], out: str) -> list[dict[str, str]]:
        words = TITLE_HAN if out == "zh" else TITLE_WORDS
        system = TITLE_SYSTEM.format(words=words, language=LANGUAGE_NAMES.get(out, out))
        if out == "zh":
            system = system.replace(f"{words} words", f"{words} characters")
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": numbered("Messages", lines[:TITLE_MESSAGES])},
        ]

    def problems(
        self,
        title: str,
        language: str,
        topic: TopicText,
        parts: Sequence[tuple[str, Vectors]],
        event: frozenset[str],
        taken: set[str],
    ) -> list[str]:
        """What keeps ``title`` from titling ``topic`` ("check: detail"); [] when it may.
        ``parts``: the title and, if it joins phrases ("A and B"), each of them, with their
        vectors: the messages it fits are those any of them fits."""
        found = []
        size = len(title.replace(" ", "")) if language == "zh" else len(title.split())
        most = TITLE_HAN if language == "zh" else TITLE_WORDS
        if size > most:
            unit = "characters" if language == "zh" else "words"
            found.append(f"length: {size} {unit} > {most}")
        if any(ch in title for ch in "。!?！？") or ". " in title or not headline(title, language):
            found.append("form: not a short noun phrase")
        elif set(title.casefold().split()) & SENTENCE_VERBS.get(language, frozenset()) or (
            language == "zh" and any(v in title for v in _ZH_SENTENCE)
        ):
            found.append("form: a sentence, not a noun phrase")
        if generic(title, event):
            found.append("event: names the forum or its sessions")
        if len(topic.messages) >= 2:
            fit: set[int] = set()
            for phrase, v in parts:
                fit |= self.labeller.fits([phrase], v[None, :], topic)[0]
            if len(fit) < 2:
                found.append(f"fit: fits {len(fit)} of {len(topic.messages)} messages")
        sources = [t for texts, _ in topic.messages for t in texts] or list(topic.texts)
        found += fact_problems(title, language, sources)
        if fold(title) in taken:
            found.append("duplicate: another sub-topic has this title")
        return found

    def write_all(
        self,
        topics: Sequence[TopicText],
        lines: Sequence[Sequence[str]],
        extractive: Sequence[str],
        language: str,
        embedder: Embedder,
        event: frozenset[str] = frozenset(),
    ) -> list[tuple[str, Writing]]:
        """(title, record) for each sub-topic: ``lines`` are its messages' texts, most
        supported first; ``extractive`` the titles kept when the model's fail."""
        answers = self.client.complete_all([self.chat(ls, language) for ls in lines])
        drafts: list[str] = []
        reasons: list[str] = []
        for answer in answers:
            try:
                if isinstance(answer, CallFailed):
                    raise CallFailed(f"call failed: {answer.reason}")
                title = parse_title(answer.content)
                drafts.append(capitalise(title) if language not in {"zh", "ar"} else title)
                reasons.append("")
            except CallFailed as exc:
                drafts.append("")
                reasons.append(exc.reason)
        pieces = {d: phrases(d, language) for d in drafts if d}
        flat = list(dict.fromkeys(p for ps in pieces.values() for p in ps))
        vecs = embedder.embed(flat) if flat else np.zeros((0, 1), dtype=np.float32)
        vec_of = dict(zip(flat, vecs, strict=True))
        model = self.client.config.model
        taken: set[str] = set()  # the titles given so far
        out: list[tuple[str, Writing]] = []
        for k, (draft, reason) in enumerate(zip(drafts, reasons, strict=True)):
            if not draft:
                out.append((extractive[k], Writing(model, "fallback", reason)))
                taken.add(fold(extractive[k]))
                continue
            parts = [(p, vec_of[p]) for p in pieces[draft]]
            # distinct from the titles given so far and from the other sub-topics' extractive
            # titles (any of them may be kept)
            others = {fold(t) for j, t in enumerate(extractive) if j != k}
            found = self.problems(draft, language, topics[k], parts, event, taken | others)
            sim = float(decision_scores(vec_of[draft], topics[k].centroid))
            check = SentenceCheck(draft, not found, round(sim, 4), "", tuple(found))
            if found:
                reason = "the title did not pass its checks"
                out.append((extractive[k], Writing(model, "fallback", reason, (check,))))
                taken.add(fold(extractive[k]))
                continue
            taken.add(fold(draft))
            out.append((draft, Writing(model, "written", "", (check,))))
        return out


def extractive_summary(topics: Sequence[Topic], language: str) -> str:
    """The lead message of each of the two largest sub-topics (they come first)."""
    lead = [tp.messages[0].text for tp in topics[:2] if tp.messages]
    return ("" if language == "zh" else " ").join(lead)


class LLMSummariser:
    """A theme's summary written by the model of ``writer`` behind its grounding gate."""

    name = "llm-summaries"

    def __init__(self, writer: LLMWriter) -> None:
        self.writer = writer
        self.client = writer.client

    def params(self) -> dict[str, object]:
        return {
            **self.client.config.settings(),
            "prompt_version": SUMMARY_PROMPT_VERSION,
            "messages": SUMMARY_MESSAGES,
            "gate_threshold": self.writer.threshold,
            "fallback": "lead message of the two largest sub-topics",
        }

    def chat(self, lines: Sequence[str], out: str) -> list[dict[str, str]]:
        words = 3 * (self.writer.fallback.max_words // 2 + 15)
        system = SUMMARY_SYSTEM.format(words=words, language=LANGUAGE_NAMES.get(out, out))
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": numbered("Messages", lines)},
        ]

    def write(
        self,
        topics: Sequence[Topic],
        members: Mapping[str, Sequence[int]],
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        embedder: Embedder,
    ) -> tuple[str, Writing]:
        """(summary, record) of one theme; ``members`` maps a message id to its statements'
        rows. The summary's sentences are checked against the statements nearest the centre
        of each message shown to the model (``SUMMARY_STATEMENTS`` each)."""
        shown = lead_messages(topics)[:SUMMARY_MESSAGES]
        base = extractive_summary(topics, out)
        model = self.client.config.model
        if not shown:
            return base, Writing(model, "fallback", "no message to summarise")
        near: list[list[int]] = []
        for m in shown:
            rows = list(members.get(m.id, ()))
            sims = decision_scores(x[rows], centroid(x[rows])) if rows else np.zeros(0)
            near.append([rows[j] for j in ranking(sims, rows)][:SUMMARY_STATEMENTS])
        # one statement of each message first, so the gate's sentence units cover them all
        rows = [n[d] for d in range(SUMMARY_STATEMENTS) for n in near if d < len(n)]
        [answer] = self.client.complete_all([self.chat([m.text for m in shown], out)])
        draft = self.writer.answer_sentences(answer, out)
        if isinstance(draft, str):
            return base, Writing(model, "fallback", draft)
        [verdicts] = self.writer.gate([draft], [rows], x, texts, langs, out, embedder)
        kept = [v.text for v in verdicts if v.kept]
        if not kept:
            reason = "no sentence passed the grounding gate"
            return base, Writing(model, "fallback", reason, tuple(verdicts))
        status = "written" if len(kept) == len(verdicts) else "partial"
        text = ("" if out == "zh" else " ").join(kept)
        return text, Writing(model, status, "", tuple(verdicts))


def lead_messages(topics: Sequence[Topic]) -> list[Message]:
    """The theme's messages, the first of each sub-topic first, then the second of each..."""
    depth = max((len(tp.messages) for tp in topics), default=0)
    return [tp.messages[d] for d in range(depth) for tp in topics if d < len(tp.messages)]
