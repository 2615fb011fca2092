"""Curation: every editor's change to the draft, each one recorded as a version.

Invariant kept by every operation: each statement is in exactly one message or in "not
reflected"; every message rests on at least one statement. After a change, the sources'
similarities and the framework tags of the changed messages are computed again with the
draft's own embedder and tagger, and the framework line of the changed themes follows; ledgers
are always computed from the sources (services/snapshot.py).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.db.models import F, Max

from forum_messages.config import resolve_settings
from forum_messages.errors import ForumMessagesError
from forum_messages.model import Tag
from forum_messages.nlp.decide import ranking
from forum_messages.web.models import (
    Draft,
    Message,
    NotReflected,
    Source,
    Statement,
    Theme,
    Topic,
    Version,
)
from forum_messages.web.services import versions
from forum_messages.web.services.components import centre_and_tags, embedder_name_of, tagger

MAX_MESSAGE_CHARS = 3000
MAX_TITLE_CHARS = 300


class CurationError(ForumMessagesError):
    """A change that cannot be made; the message says why."""


def _text(value: str, limit: int, what: str) -> str:
    from forum_messages.web.services.sanitise import clean_text

    text = clean_text(value)
    if not text:
        raise CurationError(f"the {what} cannot be empty")
    if len(text) > limit:
        raise CurationError(f"the {what} is longer than {limit} characters")
    return text


def changed_error(what: str, yours: str) -> CurationError:
    """The refusal of a save made from a page opened before the last save of the same text:
    the editor's text is in the message, to paste again."""
    return CurationError(
        f"{what} changed after you opened the page (someone else saved it); "
        f"your text was not saved, here it is to paste again: {yours}"
    )


def _settings(draft: Draft) -> Any:
    return resolve_settings({}, draft.edition.core().settings)


def refresh(draft: Draft, messages: Iterable[Message], themes: Iterable[Theme] = ()) -> None:
    """Similarities and tags of ``messages``, then the framework line of their themes."""
    name = embedder_name_of(draft.pipeline)
    settings = _settings(draft)
    touched = {t.pk: t for t in themes}
    for m in messages:
        if m.removed:
            continue
        srcs = list(m.sources.select_related("statement"))
        sims, tags = centre_and_tags(name, [s.statement.text for s in srcs], settings)
        for s, sim in zip(srcs, sims, strict=True):
            s.similarity = round(sim, 4)
        for pos, j in enumerate(ranking(sims, [s.statement.sid for s in srcs])):
            srcs[j].position = pos
        Source.objects.bulk_update(srcs, ["similarity", "position"])
        m.tags = tags
        m.save(update_fields=["tags"])
        theme = m.topic.theme
        touched[theme.pk] = theme
    line_tagger = tagger(name, settings.max_tags)
    for theme in touched.values():
        tagged = []
        for m in Message.objects.filter(topic__theme=theme, topic__removed=False, removed=False):
            sessions = m.sources.values("statement__session").distinct().count()
            tagged.append((tuple(Tag(f, i, s) for f, i, s in m.tags), sessions))
        fw = line_tagger.theme_line(tagged)
        theme.frameworks = {"gdc": list(fw.gdc), "wsis": list(fw.wsis), "sdg": list(fw.sdg)}
        theme.save(update_fields=["frameworks"])


def _lock(draft: Draft) -> Draft:
    return Draft.objects.select_for_update().get(pk=draft.pk)


def _next_position(qs: Any) -> int:
    top = qs.aggregate(m=Max("position"))["m"]
    return 0 if top is None else top + 1


def _new_uid(draft: Draft, prefix: str) -> str:
    while True:
        uid = f"{prefix}-{secrets.token_hex(5)}"
        if (
            not draft.messages.filter(uid=uid).exists()
            and not draft.topics.filter(uid=uid).exists()
        ):
            return uid


def _take(
    draft: Draft, statements: Sequence[Statement], keep: Message | None = None
) -> list[Message]:
    """Remove the statements from wherever they are; return messages that lost sources."""
    NotReflected.objects.filter(draft=draft, statement__in=statements).delete()
    losers_qs = Message.objects.filter(draft=draft, sources__statement__in=statements)
    sources = Source.objects.filter(message__draft=draft, statement__in=statements)
    if keep is not None:
        losers_qs = losers_qs.exclude(pk=keep.pk)
        sources = sources.exclude(message=keep)
    losers = list(losers_qs.distinct())
    sources.delete()
    for m in losers:
        if not m.sources.exists():
            raise CurationError(
                f"message {m.uid} would be left without any source; merge or remove it instead"
            )
    return losers


def _statements(draft: Draft, sids: Iterable[str]) -> list[Statement]:
    wanted = list(dict.fromkeys(s.strip() for s in sids if s.strip()))
    found = list(
        Statement.objects.filter(edition=draft.edition_id, sid__in=wanted, withdrawn=False)
    )
    missing = set(wanted) - {s.sid for s in found}
    if missing:
        raise CurationError(f"no such statement: {', '.join(sorted(missing))}")
    if not found:
        raise CurationError("choose at least one statement")
    return found


def _attach(message: Message, statements: Sequence[Statement]) -> None:
    start = _next_position(message.sources.all())
    Source.objects.bulk_create(
        Source(message=message, statement=st, position=start + i) for i, st in enumerate(statements)
    )


def _done(draft: Draft, summary: str, author: Any) -> Version:
    return versions.record(draft, summary, author, Version.EDIT)


@transaction.atomic
def edit_text(message: Message, text: str, author: Any = None, seen: str | None = None) -> Version:
    """The message's text replaced. ``seen`` is the ``versions.fingerprint`` of the text the
    page showed: when the text was saved since (by another editor, or from the model's
    writing), nothing is saved and the error gives the editor's text back."""
    draft = _lock(message.draft)
    message.refresh_from_db(fields=["text", "removed"])
    if message.removed:
        raise CurationError(f"message {message.uid} was removed after you opened the page")
    if versions.changed_since(seen, message.text):
        raise changed_error(f"the text of {message.uid}", text)
    new = _text(text, MAX_MESSAGE_CHARS, "message text")
    if new == message.text:
        raise CurationError("the text did not change")
    message.text, message.language, message.translated = new, draft.language, True
    message.save(update_fields=["text", "language", "translated"])
    return _done(draft, f"edited the text of {message.uid}", author)


@transaction.atomic
def merge(target: Message, others: Sequence[Message], author: Any = None) -> Version:
    """``others`` join ``target``: their sources move to it; they are marked merged into it."""
    draft = _lock(target.draft)
    others = [m for m in others if m.pk != target.pk and not m.removed]
    if not others:
        raise CurationError("choose at least one other message to merge")
    for m in others:
        sts = [s.statement for s in m.sources.select_related("statement")]
        m.sources.all().delete()
        _attach(target, sts)
        m.removed, m.successor = True, target.uid
        m.save(update_fields=["removed", "successor"])
    refresh(draft, [target], [m.topic.theme for m in others])
    names = ", ".join(m.uid for m in others)
    return _done(draft, f"merged {names} into {target.uid}", author)


def absorbed(message: Message) -> list[Message]:
    """The messages merged into ``message`` (and those merged into them, and so on), oldest
    first: their texts stay readable so the editor can fold them into the merged text."""
    out: list[Message] = []
    seen, wave = {message.uid}, [message.uid]
    while wave:
        found = list(
            Message.objects.filter(draft=message.draft_id, removed=True, successor__in=wave)
            .exclude(uid__in=seen)
            .order_by("id")
        )
        seen.update(m.uid for m in found)
        out.extend(found)
        wave = [m.uid for m in found]
    return out


@transaction.atomic
def split(message: Message, sids: Sequence[str], text: str = "", author: Any = None) -> Version:
    """The chosen sources of ``message`` become a new message right after it."""
    draft = _lock(message.draft)
    sts = _statements(draft, sids)
    own = set(message.sources.values_list("statement__sid", flat=True))
    if any(st.sid not in own for st in sts):
        raise CurationError("choose statements of this message to split off")
    if len(sts) >= len(own):
        raise CurationError("leave at least one statement in the original message")
    new_text = _text(text or sts[0].text, MAX_MESSAGE_CHARS, "message text")
    Message.objects.filter(topic=message.topic, position__gt=message.position).update(
        position=F("position") + 1
    )
    new = Message.objects.create(
        draft=draft,
        topic=message.topic,
        uid=_new_uid(draft, "m"),
        text=new_text,
        language=draft.language,
        translated=True,
        position=message.position + 1,
        origin=f"split:{message.uid}",
    )
    message.sources.filter(statement__in=sts).delete()
    _attach(new, sts)
    refresh(draft, [message, new])
    return _done(draft, f"split {new.uid} off {message.uid}", author)


@transaction.atomic
def move_message(message: Message, topic: Topic, author: Any = None) -> Version:
    draft = _lock(message.draft)
    if topic.removed or topic.draft_id != draft.pk:
        raise CurationError("choose a sub-topic of this draft")
    if topic.pk == message.topic_id:
        raise CurationError("the message is already under that sub-topic")
    old_theme = message.topic.theme
    message.topic = topic
    message.position = _next_position(topic.messages.all())
    message.save(update_fields=["topic", "position"])
    refresh(draft, [message], [old_theme, topic.theme])
    return _done(draft, f"moved {message.uid} to sub-topic '{topic.title}'", author)


def _swap(related: Any, item: Any, step: int, what: str) -> None:
    """Move ``item`` one place up (step < 0) or down among its siblings, renumbering them."""
    siblings = list(related.filter(removed=False).order_by("position", "id"))
    i = siblings.index(item)
    j = i + (1 if step > 0 else -1)
    if not 0 <= j < len(siblings):
        raise CurationError(f"the {what} cannot move further")
    siblings[i], siblings[j] = siblings[j], siblings[i]
    for pos, sibling in enumerate(siblings):
        sibling.position = pos
    type(item).objects.bulk_update(siblings, ["position"])


@transaction.atomic
def reorder_message(message: Message, step: int, author: Any = None) -> Version:
    draft = _lock(message.draft)
    _swap(message.topic.messages, message, step, "message")
    return _done(draft, f"moved {message.uid} {'down' if step > 0 else 'up'}", author)


@transaction.atomic
def add_topic(theme: Theme, title: str, author: Any = None) -> Version:
    draft = _lock(theme.draft)
    t = _text(title, MAX_TITLE_CHARS, "sub-topic title")
    topic = Topic.objects.create(
        draft=draft,
        theme=theme,
        uid=_new_uid(draft, theme.key),
        title=t,
        position=_next_position(theme.topics.all()),
    )
    return _done(draft, f"added sub-topic '{topic.title}' under {theme.key}", author)


@transaction.atomic
def rename_topic(topic: Topic, title: str, author: Any = None, seen: str | None = None) -> Version:
    """The sub-topic's title replaced; ``seen`` as for ``edit_text``."""
    draft = _lock(topic.draft)
    topic.refresh_from_db(fields=["title", "removed"])
    if topic.removed:
        raise CurationError(f"sub-topic '{topic.title}' was removed after you opened the page")
    if versions.changed_since(seen, topic.title):
        raise changed_error(f"the title of sub-topic '{topic.title}'", title)
    old = topic.title
    topic.title = _text(title, MAX_TITLE_CHARS, "sub-topic title")
    if topic.title == old:
        raise CurationError("the title did not change")
    topic.save(update_fields=["title"])
    return _done(draft, f"renamed sub-topic '{old}' to '{topic.title}'", author)


@transaction.atomic
def reorder_topic(topic: Topic, step: int, author: Any = None) -> Version:
    draft = _lock(topic.draft)
    _swap(topic.theme.topics, topic, step, "sub-topic")
    return _done(draft, f"moved sub-topic '{topic.title}' {'down' if step > 0 else 'up'}", author)


@transaction.atomic
def remove_topic(topic: Topic, into: Topic | None = None, author: Any = None) -> Version:
    """Remove a sub-topic; its messages move ``into`` another one (required if it has any)."""
    draft = _lock(topic.draft)
    msgs = list(topic.messages.filter(removed=False))
    if msgs and (into is None or into.pk == topic.pk or into.removed):
        raise CurationError("the sub-topic has messages: choose where they go")
    start = _next_position(into.messages.all()) if into else 0
    for i, m in enumerate(msgs):
        m.topic, m.position = into, start + i
        m.save(update_fields=["topic", "position"])
    topic.removed = True
    topic.save(update_fields=["removed"])
    if msgs and into is not None:
        refresh(draft, [], [topic.theme, into.theme])
    return _done(draft, f"removed sub-topic '{topic.title}'", author)


@transaction.atomic
def add_message(topic: Topic, text: str, sids: Sequence[str], author: Any = None) -> Version:
    """A message written by hand, resting on the chosen statements (taken from where they are)."""
    draft = _lock(topic.draft)
    body = _text(text, MAX_MESSAGE_CHARS, "message text")
    sts = _statements(draft, sids)
    losers = _take(draft, sts)
    m = Message.objects.create(
        draft=draft,
        topic=topic,
        uid=_new_uid(draft, "m"),
        text=body,
        language=draft.language,
        translated=True,
        position=_next_position(topic.messages.all()),
        origin="hand",
    )
    _attach(m, sts)
    refresh(draft, [m, *losers])
    return _done(draft, f"added message {m.uid} by hand ({len(sts)} source(s))", author)


@transaction.atomic
def attach_statements(message: Message, sids: Sequence[str], author: Any = None) -> Version:
    """Statements (from "not reflected" or another message) become sources of ``message``."""
    draft = _lock(message.draft)
    sts = _statements(draft, sids)
    own = set(message.sources.values_list("statement_id", flat=True))
    sts = [s for s in sts if s.pk not in own]
    if not sts:
        raise CurationError("those statements are already sources of this message")
    losers = _take(draft, sts, keep=message)
    _attach(message, sts)
    refresh(draft, [message, *losers])
    names = ", ".join(s.sid for s in sts)
    return _done(draft, f"added {names} to {message.uid}", author)


@transaction.atomic
def detach_statement(message: Message, sid: str, author: Any = None) -> Version:
    """A source leaves the message and goes to "not reflected" (reason: editor)."""
    draft = _lock(message.draft)
    (st,) = _statements(draft, [sid])
    if not message.sources.filter(statement=st).exists():
        raise CurationError(f"{sid} is not a source of {message.uid}")
    if message.sources.count() == 1:
        raise CurationError("a message needs at least one source; remove the message instead")
    message.sources.filter(statement=st).delete()
    NotReflected.objects.create(
        draft=draft,
        statement=st,
        theme=message.topic.theme.key,
        reason="editor",
        detail="An editor took it out of a message.",
    )
    refresh(draft, [message])
    return _done(draft, f"took {sid} out of {message.uid}", author)


@transaction.atomic
def remove_message(message: Message, author: Any = None) -> Version:
    """The message goes; its statements go to "not reflected" (reason: editor)."""
    draft = _lock(message.draft)
    theme = message.topic.theme
    for s in message.sources.select_related("statement"):
        NotReflected.objects.create(
            draft=draft,
            statement=s.statement,
            theme=theme.key,
            reason="editor",
            detail="An editor removed the message it was in.",
        )
    message.sources.all().delete()
    message.removed, message.successor = True, ""
    message.save(update_fields=["removed", "successor"])
    refresh(draft, [], [theme])
    return _done(draft, f"removed message {message.uid}", author)
