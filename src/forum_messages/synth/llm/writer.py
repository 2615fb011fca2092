"""Message text asked of a language model, kept sentence by sentence where the grounding gate
finds it supported by the message's sources, else the extractive text (``synth/text.py``).

Same interface as ``ExtractiveWriter``: ``write_all`` gives one ``Written`` per message group,
each with a ``Writing`` record (model, status, reason, the gate's verdict on every sentence).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from forum_messages.model import Draft, SentenceCheck, Writing
from forum_messages.nlp.base import Embedder, Vectors
from forum_messages.nlp.decide import centroid, decision_scores, ranking
from forum_messages.nlp.segment import sentences
from forum_messages.synth.llm.cache import CallCache
from forum_messages.synth.llm.client import Answer, CallFailed, ChatClient, LLMConfig
from forum_messages.synth.llm.gate import THRESHOLD, SourceUnit, check_sentences
from forum_messages.synth.text import ExtractiveWriter, Written, clean_sentence

PROMPT_VERSION = 1
PROMPT_STATEMENTS = 8  # most statements shown to the model, nearest the group's centre first
STATEMENT_CHARS = 700  # each cut to this many characters
GATE_STATEMENTS = 60  # most statements the gate compares a sentence with
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ar": "Arabic",
    "ru": "Russian",
    "zh": "Chinese",
}
_QUOTES = "\"'“”‘’«»„「」『』"
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")

SYSTEM = (
    "You write one message of the Messages document of a multistakeholder forum. A message "
    "states, in one or two plain sentences of at most {words} words in all, the point that the "
    "statements below make together. Use only what the statements say: mention no number, "
    "name, organisation, country or framework that they do not mention, and keep their meaning "
    "(never reverse a claim). Do not say who said it and use no quotation marks. Write in "
    '{language}. Answer with JSON only, in this form: {{"sentences": ["...", "..."]}}'
)


def parse_sentences(content: str) -> list[str]:
    """The sentences of a model's answer ``{"sentences": [...]}`` (or ``{"text": "..."}``);
    CallFailed("malformed answer") for anything else."""
    raw = _FENCE.sub("", content.strip())
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise CallFailed("malformed answer: not JSON") from exc
    if isinstance(data, dict) and isinstance(data.get("text"), str) and "sentences" not in data:
        data = {"sentences": [data["text"]]}
    items = data.get("sentences") if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(s, str) for s in items):
        raise CallFailed('malformed answer: no "sentences" list of strings')
    if not any(s.strip() for s in items):
        raise CallFailed("malformed answer: no sentence")
    return [s for s in items if s.strip()]


def unquote(text: str) -> str:
    """The sentence without quotation marks around it (model text is never put in quotes)."""
    text = " ".join(text.split())
    body = text.rstrip(".。!?！？")
    tail = text[len(body) :]
    quotes = sum(1 for ch in body if ch in _QUOTES)
    if body[:1] in _QUOTES and body[-1:] in _QUOTES:  # the whole sentence quoted
        body = body[1:-1].strip()
    elif quotes == 1 and (body[:1] in _QUOTES or body[-1:] in _QUOTES):  # a stray mark
        body = body.strip(_QUOTES + " ")
    return body + tail if body else ""


class LLMWriter:
    name = "llm"

    def __init__(
        self,
        client: ChatClient,
        fallback: ExtractiveWriter | None = None,
        threshold: float = THRESHOLD,
    ) -> None:
        self.client = client
        self.fallback = fallback or ExtractiveWriter()
        self.threshold = threshold

    def params(self) -> dict[str, object]:
        return {
            **self.client.config.settings(),
            "prompt_version": PROMPT_VERSION,
            "prompt_statements": PROMPT_STATEMENTS,
            "gate_threshold": self.threshold,
            "fallback": {"name": self.fallback.name, **self.fallback.params()},
        }

    def chat(self, statements: Sequence[str], out: str) -> list[dict[str, str]]:
        system = SYSTEM.format(
            words=self.fallback.max_words // 2 + 15, language=LANGUAGE_NAMES.get(out, out)
        )
        listed = "\n".join(
            f"{k + 1}. {' '.join(t.split())[:STATEMENT_CHARS]}" for k, t in enumerate(statements)
        )
        return [
            {"role": "system", "content": system},
            {"role": "user", "content": f"Statements:\n{listed}"},
        ]

    def write_all(
        self,
        groups: Sequence[Sequence[int]],
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        embedder: Embedder,
        avoid: Sequence[bool] | None = None,
        written: Sequence[str] | None = None,
        soft: Sequence[float] | None = None,
        kinds: Sequence[str] | None = None,
    ) -> list[Written]:
        base = self.fallback.write_all(
            groups, x, texts, langs, out, embedder, avoid, written, soft, kinds
        )
        nearest = []
        for g in groups:
            sims = decision_scores(x[list(g)], centroid(x[list(g)]))
            nearest.append([g[j] for j in ranking(sims, list(g))])
        chats = [self.chat([texts[r] for r in near[:PROMPT_STATEMENTS]], out) for near in nearest]
        answers = self.client.complete_all(chats)
        drafts: list[list[str] | str] = []
        for answer in answers:
            drafts.append(self.answer_sentences(answer, out))
        checks = self.gate(drafts, nearest, x, texts, langs, out, embedder)
        model = self.client.config.model
        results = []
        for w, draft, verdicts in zip(base, drafts, checks, strict=True):
            if isinstance(draft, str):
                results.append(_fallback(w, Writing(model, "fallback", draft)))
                continue
            kept = [v.text for v in verdicts if v.kept]
            if not kept:
                reason = "no sentence passed the grounding gate"
                writing = Writing(model, "fallback", reason, tuple(verdicts))
                results.append(_fallback(w, writing))
                continue
            status = "written" if len(kept) == len(verdicts) else "partial"
            text = ("" if out == "zh" else " ").join(kept)
            writing = Writing(model, status, "", tuple(verdicts))
            results.append(Written(text, out, True, w.representative, writing))
        return results

    def answer_sentences(self, answer: Answer | CallFailed, out: str) -> list[str] | str:
        """The cleaned sentences of an answer, or the reason there are none."""
        if isinstance(answer, CallFailed):
            return f"call failed: {answer.reason}"
        try:
            items = parse_sentences(answer.content)
        except CallFailed as exc:
            return exc.reason
        own: list[str] = []
        for item in items:
            for sent in sentences(unquote(item), out) or [unquote(item)]:
                cleaned = clean_sentence(unquote(sent), out)
                if cleaned and cleaned not in own:
                    own.append(cleaned)
        return own or "malformed answer: no sentence"

    def gate(
        self,
        drafts: Sequence[list[str] | str],
        nearest: Sequence[Sequence[int]],
        x: Vectors,
        texts: Sequence[str],
        langs: Sequence[str],
        out: str,
        embedder: Embedder,
    ) -> list[list[SentenceCheck]]:
        """The gate's verdicts, embedding every written and source sentence in one batch."""
        units: list[list[SourceUnit]] = []
        unit_rows: list[list[int | str]] = []  # a statement row (vector known) or a text
        flat: list[str] = []
        for draft, near in zip(drafts, nearest, strict=True):
            mine: list[SourceUnit] = []
            rows: list[int | str] = []
            if not isinstance(draft, str):
                split = {r: sentences(texts[r], langs[r]) for r in near[:PROMPT_STATEMENTS]}
                for r in near[:GATE_STATEMENTS]:
                    whole = len(split.get(r, ())) > 1
                    mine.append(SourceUnit(texts[r], langs[r], str(r), whole))
                    rows.append(r)
                for r, parts in split.items():
                    for part in parts if len(parts) > 1 else []:
                        mine.append(SourceUnit(part, langs[r], str(r)))
                        rows.append(part)
                        flat.append(part)
                flat.extend(draft)
            units.append(mine)
            unit_rows.append(rows)
        vecs = embedder.embed(flat) if flat else np.zeros((0, x.shape[1]), dtype=np.float32)
        index = {t: vecs[i] for i, t in enumerate(flat)}
        results: list[list[SentenceCheck]] = []
        for draft, mine, rows in zip(drafts, units, unit_rows, strict=True):
            if isinstance(draft, str):
                results.append([])
                continue
            unit_vecs = np.stack([x[r] if isinstance(r, int) else index[r] for r in rows])
            written_vecs = np.stack([index[s] for s in draft])
            results.append(
                check_sentences(draft, out, mine, written_vecs, unit_vecs, self.threshold)
            )
        return results


def llm_writer(
    url: str, model: str, cache_dir: Path | None, message_sentences: int = 2
) -> LLMWriter:
    """The writer the command line builds: default settings, answers cached in ``cache_dir``."""
    client = ChatClient(LLMConfig(url, model), CallCache(cache_dir) if cache_dir else None)
    return LLMWriter(client, ExtractiveWriter(max_sentences_from=message_sentences))


def _fallback(w: Written, writing: Writing) -> Written:
    return Written(w.text, w.language, w.translated, w.representative, writing)


def name_sources(writing: Writing, id_of: Callable[[int], str]) -> Writing:
    """The writing record with statement ids in place of the writer's row numbers."""
    checks = tuple(
        dataclasses.replace(c, source=id_of(int(c.source)) if c.source else "")
        for c in writing.sentences
    )
    return dataclasses.replace(writing, sentences=checks)


def kept_text(sentences: Sequence[tuple[str, bool]], language: str) -> str:
    """The text the model's kept sentences make (``(text, kept)`` pairs), as the writer joins
    them: what a message's text, a title or a summary is until an editor changes it."""
    return ("" if language == "zh" else " ").join(t for t, kept in sentences if kept)


def edited(writing: Writing | None, text: str, language: str) -> bool:
    """Whether ``text`` differs from what the model wrote (never for a fallback record)."""
    if writing is None or writing.status == "fallback":
        return False
    model = kept_text([(c.text, c.kept) for c in writing.sentences], language)
    return bool(model) and text != model


def summary(draft: Draft, writer: object) -> str:
    """One line for the console: what the model's text became, and what the calls cost."""
    counts = {"written": 0, "partial": 0, "fallback": 0}
    for m in draft.messages():
        if m.writing is not None:
            counts[m.writing.status] = counts.get(m.writing.status, 0) + 1
    line = (
        f"Model text: {counts['written']} messages written, {counts['partial']} with sentences "
        f"dropped by the grounding gate, {counts['fallback']} kept extractive"
    )
    titles = [tp.title_writing for th in draft.themes for tp in th.topics if tp.title_writing]
    if titles:
        done = sum(1 for w in titles if w.status == "written")
        line += f"; titles: {done} written, {len(titles) - done} kept extractive"
    summaries = [th.summary_writing for th in draft.themes if th.summary_writing]
    if summaries:
        done = sum(1 for w in summaries if w.status != "fallback")
        line += f"; theme summaries: {done} written, {len(summaries) - done} kept extractive"
    if isinstance(writer, LLMWriter):
        u = writer.client.usage
        line += (
            f"; {u.calls} calls ({u.failed} failed), {u.cached} answers from the cache, "
            f"{u.prompt_tokens + u.completion_tokens} tokens."
        )
    return line
