"""Sub-topic titles written by the site's language model (services/writing.py runs the job).

The model is asked for the title of every live sub-topic of a theme at once, as
``--writer llm`` asks for them (synth/llm/titles.py): it is shown each sub-topic's messages,
most supported first, and its title is kept only when it passes the title checks (length,
form, event, fit, facts, duplicate) against the sub-topic's statements and the other
sub-topics' current titles. Each answer waits beside the current title for an editor to
accept it (as written or edited) or reject it; either choice is recorded as a version.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from forum_messages.nlp.decide import centroid, decision_scores, ranking
from forum_messages.synth.labels import TopicText, event_words
from forum_messages.synth.llm.titles import LLMTitler
from forum_messages.synth.llm.writer import LLMWriter
from forum_messages.synth.pipeline import LABEL_TEXTS
from forum_messages.web.models import Draft, Message, Topic, WritingJob, WrittenText
from forum_messages.web.services.snapshot import writing_json


def live_topics(draft: Draft, theme: str) -> list[Topic]:
    """The theme's sub-topics that have a live message, in the draft's order."""
    qs = Topic.objects.filter(draft=draft, theme__key=theme, removed=False)
    return [tp for tp in qs.order_by("position", "id") if _messages(tp)]


def _messages(tp: Topic) -> list[Message]:
    return list(tp.messages.filter(removed=False).order_by("position", "id"))


def topic_sources(tp: Topic) -> list[str]:
    """The statement ids of the sub-topic's live messages, sorted."""
    return sorted(
        Message.objects.filter(topic=tp, removed=False).values_list(
            "sources__statement__sid", flat=True
        )
    )


def ask(job: WritingJob, draft: Draft, writer: LLMWriter, emb: Any) -> list[WrittenText]:
    """Ask for the title of every live sub-topic of the job's theme; one WrittenText each."""
    topics = live_topics(draft, job.theme)
    WritingJob.objects.filter(pk=job.pk).update(total=len(topics))
    texts: list[str] = []
    langs: list[str] = []
    per_topic: list[list[list[int]]] = []  # each topic's messages' statement rows
    lines: list[list[str]] = []
    for tp in topics:
        msgs = sorted(_messages(tp), key=lambda m: -m.sources.count())  # most supported first
        lines.append([m.text for m in msgs])
        groups = []
        for m in msgs:
            rows = m.sources.order_by("position", "id").values_list(
                "statement__text", "statement__detected_language", "statement__language"
            )
            start = len(texts)
            for text, detected, given in rows:
                texts.append(text)
                langs.append(detected or given or "und")
            groups.append(list(range(start, len(texts))))
        per_topic.append(groups)
    x = emb.embed(texts)
    out = draft.language
    topic_texts = [_topic_text(groups, x, texts, langs, out) for groups in per_topic]
    ed = job.edition.core()
    event = event_words([*ed.name.values(), *ed.place.values()])
    titles = LLMTitler(writer).write_all(
        topic_texts, lines, [tp.title for tp in topics], out, emb, event
    )
    made = []
    for tp, (_title, record) in zip(topics, titles, strict=True):
        proposed = record.sentences[0].text if record.status == "written" else ""
        made.append(
            WrittenText.offer(
                job=job,
                topic=tp,
                text=proposed,
                writing=writing_json(record),
                base_text=tp.title,
                sources=topic_sources(tp),
            )
        )
    WritingJob.objects.filter(pk=job.pk).update(done=len(topics))
    return made


def _topic_text(
    groups: Sequence[Sequence[int]], x: Any, texts: Sequence[str], langs: Sequence[str], out: str
) -> TopicText:
    """What the title checks measure a sub-topic by, as the pipeline builds it: its statements
    in the output language nearest its centre, the centre, each message's texts and centre."""
    members = [r for g in groups for r in g]
    centre = centroid(x[members])
    near = [members[j] for j in ranking(decision_scores(x[members], centre), members)]
    own = [texts[r] for r in near if langs[r] == out][:LABEL_TEXTS]
    parts = [([texts[r] for r in g], centroid(x[list(g)])) for g in groups]
    return TopicText(own, centre, parts)
