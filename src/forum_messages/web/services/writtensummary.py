"""A theme's summary written by the site's language model (services/writing.py runs the job).

As ``draft --writer llm --llm-summaries`` does (synth/llm/titles.py): the model is shown the
theme's messages (the first of each sub-topic, then the second of each...) and asked for two
or three sentences; each sentence goes through the grounding gate against the statements
nearest the centre of each message shown. The sentences that pass wait beside the theme's
current summary (if any) for an editor to accept them (as written or edited) or reject them;
either choice is recorded as a version.
"""

from __future__ import annotations

from typing import Any

from forum_messages.synth.llm.titles import LLMSummariser
from forum_messages.synth.llm.writer import LLMWriter, name_sources
from forum_messages.web.models import Draft, Message, Theme, WritingJob, WrittenText
from forum_messages.web.services.snapshot import core_from_snapshot, snapshot_of, writing_json


def theme_sources(theme: Theme) -> list[str]:
    """The statement ids of the theme's live messages, sorted."""
    return sorted(
        Message.objects.filter(topic__theme=theme, removed=False, topic__removed=False).values_list(
            "sources__statement__sid", flat=True
        )
    )


def has_messages(draft: Draft, key: str) -> bool:
    return Message.objects.filter(
        draft=draft, topic__theme__key=key, removed=False, topic__removed=False
    ).exists()


def ask(job: WritingJob, draft: Draft, writer: LLMWriter, emb: Any) -> WrittenText:
    """Ask for the summary of the job's theme; one WrittenText."""
    WritingJob.objects.filter(pk=job.pk).update(total=1)
    theme = Theme.objects.get(draft=draft, key=job.theme)
    core = core_from_snapshot(job.edition, draft, snapshot_of(draft))
    [core_theme] = [th for th in core.themes if th.key == job.theme]
    said = {a.id: (a.text, a.language) for a in core.statements}
    sids: list[str] = []
    members: dict[str, list[int]] = {}
    for tp in core_theme.topics:
        for m in tp.messages:
            members[m.id] = list(range(len(sids), len(sids) + len(m.sources)))
            sids.extend(s.statement for s in m.sources)
    texts = [said[sid][0] for sid in sids]
    langs = [said[sid][1] for sid in sids]
    x = emb.embed(texts)
    summary, record = LLMSummariser(writer).write(
        core_theme.topics, members, x, texts, langs, draft.language, emb
    )
    record = name_sources(record, lambda row: sids[row])
    made = WrittenText.offer(
        job=job,
        theme=theme,
        text=summary if record.status != "fallback" else "",
        writing=writing_json(record),
        base_text=theme.summary,
        sources=theme_sources(theme),
    )
    WritingJob.objects.filter(pk=job.pk).update(done=1)
    return made
