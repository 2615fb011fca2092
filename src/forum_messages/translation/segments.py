"""A draft as translation segments, a translation as units, and a translated draft.

Every piece of text a reader sees and a translator must write is a :class:`Segment` with a
stable id::

    edition/name                    the meeting's name (the document title is built from it)
    edition/overarching-theme       when the edition has one
    edition/intro                   the intro template, {placeholders} kept as written
    edition/disclaimer
    theme/<key>/title
    theme/<key>/description
    theme/<key>/issue-area/<n>      1-based
    topic/<id>/title
    message/<id>

Ids come from the draft's own ids (theme keys, sub-topic and message ids), which stay the same
when the draft is curated: editing a message's text keeps its id, so its translation becomes
*outdated* rather than lost.

A :class:`Translation` holds one :class:`Unit` per segment. A unit is ``untranslated``,
``draft`` (translated, not yet reviewed), ``reviewed`` or ``outdated`` (its source changed
after it was translated; ``previous`` keeps the source it was made from, so the change can
be shown). :func:`sync` brings a translation up to date with the current segments,
:func:`apply` makes the translated :class:`~forum_messages.model.Draft` every renderer takes.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from forum_messages.errors import ForumMessagesError
from forum_messages.export.strings import t as phrase
from forum_messages.ingest.text import clean_text
from forum_messages.model import Draft, DraftTheme, Edition, Message, ThemeSpec, Topic, pick
from forum_messages.translation.limits import max_target

UNTRANSLATED, DRAFT, REVIEWED, OUTDATED = "untranslated", "draft", "reviewed", "outdated"
#: Unit states, in workflow order.
STATES: tuple[str, ...] = (UNTRANSLATED, DRAFT, REVIEWED, OUTDATED)
#: States a unit may be set to by a translator (``outdated`` is only ever computed).
SETTABLE: tuple[str, ...] = (UNTRANSLATED, DRAFT, REVIEWED)


class TranslationError(ForumMessagesError):
    """A translation cannot be used as asked (incomplete, wrong language, unknown segment)."""


@dataclass(frozen=True)
class Segment:
    id: str
    kind: str  # name | overarching_theme | intro | disclaimer | theme_title | ... | message
    text: str  # the source text
    context: str  # where it is, readable: "Theme 2 · Sub-topic 1 · Message 3"


@dataclass(frozen=True)
class Unit:
    """One segment's translation."""

    id: str
    source: str  # the segment's current source text
    target: str = ""
    state: str = UNTRANSLATED
    previous: str = ""  # for an outdated unit: the source its target was made from
    note: str = ""  # where a target came from ("translation memory 92%", "edition file")

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise TranslationError(
                f"segment {self.id}: state must be one of {', '.join(STATES)}, not {self.state!r}"
            )


@dataclass(frozen=True)
class Translation:
    source_language: str
    language: str
    units: tuple[Unit, ...]  # document order
    credit: tuple[str, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)  # e.g. {"edition": "IGF 2025"}

    def unit_map(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units}

    def counts(self) -> dict[str, int]:
        """Units per state, every state present (0 when none)."""
        found = Counter(u.state for u in self.units)
        return {s: found.get(s, 0) for s in STATES}

    def complete(self, *, reviewed_only: bool = True) -> bool:
        ok = (REVIEWED,) if reviewed_only else (DRAFT, REVIEWED)
        return all(u.state in ok for u in self.units)


# --------------------------------------------------------------------------- segments


def _theme_segments(n: int, th: DraftTheme) -> list[Segment]:
    where = f"Theme {n}"
    out = [Segment(f"theme/{th.key}/title", "theme_title", th.title, f"{where} · title")]
    if th.description.strip():
        out.append(
            Segment(
                f"theme/{th.key}/description",
                "theme_description",
                th.description,
                f"{where} · description",
            )
        )
    out += [
        Segment(f"theme/{th.key}/issue-area/{i}", "issue_area", area, f"{where} · issue area {i}")
        for i, area in enumerate(th.issue_areas, 1)
        if area.strip()
    ]
    for t_no, tp in enumerate(th.topics, 1):
        out.append(
            Segment(f"topic/{tp.id}/title", "topic_title", tp.title, f"{where} · sub-topic {t_no}")
        )
        out += [
            Segment(
                f"message/{m.id}",
                "message",
                m.text,
                f"{where} · sub-topic {t_no} · message {m_no}",
            )
            for m_no, m in enumerate(tp.messages, 1)
        ]
    return out


def segments_of(draft: Draft) -> list[Segment]:
    """Every text of ``draft`` a translator writes, in document order."""
    ed, lang = draft.edition, draft.language
    out: list[Segment] = []
    for key, kind, texts in (
        ("edition/name", "name", ed.name),
        ("edition/overarching-theme", "overarching_theme", ed.overarching_theme),
        ("edition/intro", "intro", ed.intro),
        ("edition/disclaimer", "disclaimer", ed.disclaimer),
    ):
        text = pick(texts, lang) if kind == "name" else texts.get(lang, "")
        if text.strip():
            out.append(Segment(key, kind, text, kind.replace("_", " ")))
    for n, th in enumerate(draft.themes, 1):
        out += _theme_segments(n, th)
    return out


def edition_translations(draft: Draft, language: str) -> dict[str, str]:
    """Targets the edition file already gives in ``language`` for segments whose source text
    is still the edition's own (the secretariat's texts: used as reviewed translations)."""
    ed, src = draft.edition, draft.language
    out: dict[str, str] = {}
    for key, texts in (
        ("edition/name", ed.name),
        ("edition/overarching-theme", ed.overarching_theme),
        ("edition/intro", ed.intro),
        ("edition/disclaimer", ed.disclaimer),
    ):
        if language in texts and src in texts:
            out[key] = texts[language]
    for th in draft.themes:
        try:
            spec = ed.theme(th.key)
        except KeyError:
            continue
        if language in spec.title and spec.title.get(src) == th.title:
            out[f"theme/{th.key}/title"] = spec.title[language]
        if language in spec.description and spec.description.get(src) == th.description:
            out[f"theme/{th.key}/description"] = spec.description[language]
        src_areas, areas = spec.issue_areas.get(src, ()), spec.issue_areas.get(language, ())
        if tuple(src_areas) == tuple(th.issue_areas) and len(areas) == len(src_areas):
            for i, area in enumerate(areas, 1):
                out[f"theme/{th.key}/issue-area/{i}"] = area
    return out


# --------------------------------------------------------------------------- sync


def sync(
    segments: Iterable[Segment],
    earlier: Translation | None,
    *,
    source_language: str,
    language: str,
    known: Mapping[str, str] | None = None,
) -> Translation:
    """The translation of ``segments``: earlier units kept, outdated where the source changed,
    new segments untranslated (or prefilled from ``known``, e.g. :func:`edition_translations`).

    Units of segments that no longer exist are dropped (the earlier translation keeps them).
    """
    if earlier is not None and earlier.language != language:
        raise TranslationError(
            f"the earlier translation is into '{earlier.language}', not '{language}'"
        )
    old = earlier.unit_map() if earlier is not None else {}
    known = known or {}
    units: list[Unit] = []
    for seg in segments:
        u = old.get(seg.id)
        if u is None or (u.state == UNTRANSLATED and not u.target):
            if seg.id in known:
                units.append(Unit(seg.id, seg.text, known[seg.id], REVIEWED, note="edition file"))
            else:
                units.append(Unit(seg.id, seg.text))
            continue
        made_from = u.previous if u.state == OUTDATED else u.source
        if made_from == seg.text:
            state = u.state if u.state != OUTDATED else DRAFT
            units.append(dataclasses.replace(u, source=seg.text, state=state, previous=""))
        elif u.target.strip():
            units.append(
                dataclasses.replace(u, source=seg.text, state=OUTDATED, previous=made_from)
            )
        else:
            units.append(Unit(seg.id, seg.text, note=u.note))
    credit = earlier.credit if earlier is not None else ()
    meta = dict(earlier.meta) if earlier is not None else {}
    return Translation(source_language, language, tuple(units), credit, meta)


def set_target(
    translation: Translation, segment_id: str, target: str, state: str, note: str = ""
) -> Translation:
    """The translation with one unit's target (cleaned like any input text: controls removed,
    spaces collapsed; no longer than :func:`~forum_messages.translation.limits.max_target`
    allows) and state changed; an outdated unit becomes current (its translator has
    seen the new source)."""
    if state not in SETTABLE:
        raise TranslationError(f"state must be one of {', '.join(SETTABLE)}, not {state!r}")
    target = clean_text(target)
    if state != UNTRANSLATED and not target.strip():
        raise TranslationError(f"segment {segment_id}: an empty translation cannot be {state}")
    units = list(translation.units)
    for i, u in enumerate(units):
        if u.id == segment_id:
            if len(target) > max_target(u.source):
                raise TranslationError(
                    f"segment {segment_id}: the translation is {len(target):,} characters long, "
                    f"for a source of {len(u.source):,}; at most {max_target(u.source):,}"
                )
            units[i] = dataclasses.replace(
                u, target=target, state=state, previous="", note=note or u.note
            )
            return dataclasses.replace(translation, units=tuple(units))
    raise TranslationError(f"no segment {segment_id!r} in this translation")


# --------------------------------------------------------------------------- apply


def _with(texts: Mapping[str, str], lang: str, value: str | None) -> dict[str, str]:
    out = dict(texts)
    if value is not None:
        out[lang] = value
    return out


def apply(draft: Draft, translation: Translation, *, require: str = REVIEWED) -> Draft:
    """``draft`` in ``translation.language``, with its credit lines and a disclaimer saying
    it is not an official text (unless the edition file gives its own disclaimer in that
    language).

    ``require`` is the least state a unit must have to be published: ``reviewed`` (default),
    ``draft`` (reviewed or draft), or ``any`` (a preview: a segment without a usable
    translation keeps its source text, and a message so kept is marked as not translated).
    Otherwise missing, outdated or insufficiently reviewed units raise TranslationError.
    """
    if translation.source_language != draft.language:
        raise TranslationError(
            f"the translation is from '{translation.source_language}', the draft is in "
            f"'{draft.language}'"
        )
    usable = {REVIEWED: (REVIEWED,), DRAFT: (DRAFT, REVIEWED), "any": (DRAFT, REVIEWED)}.get(
        require
    )
    if usable is None:
        raise TranslationError(f"require must be reviewed, draft or any, not {require!r}")
    segments = segments_of(draft)
    units = translation.unit_map()
    if require != "any":
        missing = [
            s.id
            for s in segments
            if s.id not in units or units[s.id].state not in usable or units[s.id].source != s.text
        ]
        if missing:
            shown = ", ".join(missing[:5]) + (
                f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            )
            raise TranslationError(
                f"{len(missing)} segment(s) are not {' or '.join(usable)} for the current "
                f"draft: {shown}; translate or review them, or publish a preview"
            )
    lang = translation.language
    current = {s.id: s.text for s in segments}

    def translated(seg_id: str) -> bool:
        u = units.get(seg_id)
        return (
            u is not None
            and u.state in usable
            and bool(u.target.strip())
            and u.source == current.get(seg_id)
        )

    def tr(seg_id: str, fallback: str) -> str:
        return units[seg_id].target if translated(seg_id) else fallback

    def message(m: Message) -> Message:
        sid = f"message/{m.id}"
        if translated(sid):
            return dataclasses.replace(m, text=tr(sid, m.text), language=lang, translated=True)
        return dataclasses.replace(m, translated=m.translated and m.language == lang)

    def topic(tp: Topic) -> Topic:
        return dataclasses.replace(
            tp,
            title=tr(f"topic/{tp.id}/title", tp.title),
            messages=tuple(message(m) for m in tp.messages),
        )

    def theme(th: DraftTheme) -> DraftTheme:
        return dataclasses.replace(
            th,
            title=tr(f"theme/{th.key}/title", th.title),
            description=tr(f"theme/{th.key}/description", th.description),
            issue_areas=tuple(
                tr(f"theme/{th.key}/issue-area/{i}", a) for i, a in enumerate(th.issue_areas, 1)
            ),
            topics=tuple(topic(tp) for tp in th.topics),
        )

    themes = tuple(theme(th) for th in draft.themes)
    by_key = {th.key: th for th in themes}

    def spec(s: ThemeSpec) -> ThemeSpec:
        th = by_key.get(s.key)
        if th is None:
            return s
        return dataclasses.replace(
            s,
            title=_with(s.title, lang, th.title),
            description=_with(s.description, lang, th.description),
            issue_areas={**s.issue_areas, lang: th.issue_areas},
        )

    ed = draft.edition

    def edition_text(key: str, texts: Mapping[str, str]) -> dict[str, str]:
        if key not in current:  # nothing to translate: the edition's own texts stand
            return dict(texts)
        # Untranslated in a preview: the edition's own text in that language (its title
        # "2025年互联网治理论坛"), else the source text.
        return _with(texts, lang, tr(key, texts.get(lang) or current[key]))

    disclaimer = edition_text("edition/disclaimer", ed.disclaimer)
    if lang not in ed.disclaimer:
        # A translation says it is not an official text; an edition that gives its own
        # disclaimer in this language has written that already.
        notice = phrase("translation_notice", lang)
        own = disclaimer.get(lang, "").strip()
        disclaimer[lang] = (own + ("" if lang == "zh" else " ") + notice) if own else notice
    edition: Edition = dataclasses.replace(
        ed,
        name=edition_text("edition/name", ed.name),
        overarching_theme=edition_text("edition/overarching-theme", ed.overarching_theme),
        intro=edition_text("edition/intro", ed.intro),
        disclaimer=disclaimer,
        themes=tuple(spec(s) for s in ed.themes),
    )
    return dataclasses.replace(
        draft,
        edition=edition,
        language=lang,
        themes=themes,
        credit=tuple(c for c in translation.credit if c.strip()),
        state=dataclasses.replace(draft.state, translated_from=draft.language),
    )
