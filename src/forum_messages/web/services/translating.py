"""Translations in the site: the live draft's segments, unit rows, memory, files, publishing.

The source of a translation is the live draft (what editors curate). Rows keep the source a
target was made from; :func:`current` syncs them against the live segments with the core's
``translation.segments.sync``, which is where a unit becomes outdated.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Max

from forum_messages.errors import ForumMessagesError, InputError
from forum_messages.export.strings import t as phrase
from forum_messages.model import UN_LANGUAGES, Draft
from forum_messages.translation import exchange
from forum_messages.translation.glossary import Glossary, read_glossary, unit_notes
from forum_messages.translation.memory import Match, Memory, prefill
from forum_messages.translation.segments import (
    DRAFT,
    OUTDATED,
    REVIEWED,
    SETTABLE,
    Segment,
    Translation,
    TranslationError,
    Unit,
    apply,
    edition_translations,
    segments_of,
    set_target,
    sync,
)
from forum_messages.web.models import (
    Edition,
    TranslationPublication,
    TranslationRevision,
    TranslationUnit,
)
from forum_messages.web.models import Translation as TranslationRow
from forum_messages.web.services.snapshot import core_from_snapshot, snapshot_of
from forum_messages.web.services.versions import fingerprint

#: Each language named in itself.
NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
    "zh": "中文",
}


class TranslatingError(ForumMessagesError):
    pass


def live_draft(edition: Edition) -> Draft:
    """The core draft as it is now (the source every translation follows)."""
    draft = edition.draft
    return core_from_snapshot(edition, draft, snapshot_of(draft))


def start(edition: Edition, language: str) -> TranslationRow:
    """A translation of the edition into ``language`` (the existing one if there is one)."""
    if language not in UN_LANGUAGES:
        raise TranslatingError(f"language must be one of {', '.join(UN_LANGUAGES)}")
    if not hasattr(edition, "draft"):
        raise TranslatingError("run the draft first: there is nothing to translate yet")
    if language == edition.draft.language:
        raise TranslatingError(f"the draft is already in '{language}'")
    row, _ = TranslationRow.objects.get_or_create(edition=edition, language=language)
    return row


def stored(row: TranslationRow, source_language: str) -> Translation:
    """The rows as a core translation (sources as made from: nothing outdated yet)."""
    units = tuple(
        Unit(u.segment, u.source, u.target, u.state, note=u.note) for u in row.units.order_by("pk")
    )
    return Translation(source_language, row.language, units, row.credit_lines())


@dataclass
class State:
    """A translation as the editor shows it: the live segments and their synced units."""

    row: TranslationRow
    draft: Draft
    segments: list[Segment]
    translation: Translation

    def units(self) -> dict[str, Unit]:
        return self.translation.unit_map()


def current(row: TranslationRow, draft: Draft | None = None) -> State:
    draft = draft or live_draft(row.edition)
    segs = segments_of(draft)
    known = edition_translations(draft, row.language)
    t = sync(
        segs,
        stored(row, draft.language),
        source_language=draft.language,
        language=row.language,
        known=known,
    )
    return State(row, draft, segs, t)


def _store(row: TranslationRow, units: list[Unit], user: Any) -> int:
    """Write units (as the editor or a file left them) back to rows; the number changed. A
    translation that is replaced is kept as a revision (with who had written it)."""
    have = {u.segment: u for u in row.units.all()}
    n = 0
    for u in units:
        made_from = u.previous if u.state == OUTDATED else u.source
        state = DRAFT if u.state == OUTDATED else u.state
        old = have.get(u.id)
        if old is not None and old.target.strip() and old.target != u.target:
            TranslationRevision.objects.create(
                translation=row,
                segment=u.id,
                source=old.source,
                target=old.target,
                state=old.state,
                author=old.updated_by,
            )
        if old is None:
            TranslationUnit.objects.create(
                translation=row,
                segment=u.id,
                source=made_from,
                target=u.target,
                state=state,
                note=u.note[:300],
                updated_by=user,
            )
            n += 1
        elif (old.source, old.target, old.state) != (made_from, u.target, state):
            old.source, old.target, old.state, old.note = made_from, u.target, state, u.note[:300]
            old.updated_by = user
            old.save()
            n += 1
    return n


def version_of(unit: Unit) -> str:
    """A short fingerprint of what the editor showed for a unit (source, target, state)."""
    return fingerprint(unit.source, unit.target, unit.state)


class EditConflict(TranslatingError):
    """Someone else saved the segment after the page was opened."""


@transaction.atomic
def save_unit(
    row: TranslationRow,
    segment: str,
    target: str,
    state: str,
    user: Any,
    seen: str | None = None,
) -> Unit:
    """One segment translated (or its state changed) in the editor. ``seen`` is the
    ``version_of`` the unit the page showed: when the unit has changed since (another
    translator saved it, or its source changed), nothing is saved and EditConflict says so."""
    if state not in SETTABLE:
        raise TranslatingError(f"state must be one of {', '.join(SETTABLE)}")
    if not target.strip():
        state = "untranslated"  # an emptied translation is untranslated, whatever was chosen
    # lock the row (PostgreSQL) so two saves of one segment cannot both pass the check below
    TranslationUnit.objects.select_for_update().filter(translation=row, segment=segment).first()
    st = current(row)
    shown = st.units().get(segment)
    if seen and shown is not None and version_of(shown) != seen:
        by = (
            TranslationUnit.objects.filter(translation=row, segment=segment)
            .values_list("updated_by__username", flat=True)
            .first()
        )
        raise EditConflict(
            f"segment {segment} changed after you opened the page"
            + (f" (saved by {by})" if by else "")
            + f"; your text was not saved, here it is to paste again: {target}"
        )
    try:
        t = set_target(st.translation, segment, target, state)
    except TranslationError as exc:
        raise TranslatingError(str(exc)) from None
    unit = t.unit_map()[segment]
    _store(row, [unit], user)
    return unit


_MEMORIES: dict[tuple[object, ...], Memory] = {}
_LOCK = threading.Lock()


def memory_for(row: TranslationRow, source_language: str) -> Memory:
    """Reviewed units of this language's translations in other editions (the newest win).

    Built once per process for each state of those units (their number, last change and
    last id say when it changed): a memory of 50,000 pairs takes about a second to build."""
    others = TranslationUnit.objects.filter(
        translation__language=row.language,
        state=REVIEWED,
        translation__edition__draft__language=source_language,
    ).exclude(translation=row)
    stamp = others.aggregate(n=Count("pk"), last=Max("updated"), top=Max("pk"))
    key = (row.pk, row.language, source_language, stamp["n"], stamp["last"], stamp["top"])
    with _LOCK:
        cached = _MEMORIES.get(key)
    if cached is not None:
        return cached
    mem = Memory(source_language, row.language)
    rows = others.order_by("translation__edition__created", "pk").values_list(
        "source", "target", "translation__edition__title"
    )
    for source, target, title in rows.iterator(chunk_size=2000):
        mem.add(source, target, title)
    with _LOCK:
        if len(_MEMORIES) >= 8:
            _MEMORIES.pop(next(iter(_MEMORIES)))
        _MEMORIES[key] = mem
    return mem


@transaction.atomic
def fill_from_memory(row: TranslationRow, user: Any) -> int:
    """Untranslated segments filled from exact memory matches, as drafts to review; the
    number filled."""
    st = current(row)
    filled, _close = prefill(st.translation, memory_for(row, st.draft.language))
    before = st.units()
    new = [u for u in filled.units if u.target != before[u.id].target]
    _store(row, new, user)
    return len(new)


def matches(st: State, mem: Memory) -> dict[str, list[Match]]:
    """Memory matches for units still to translate or outdated, by segment id."""
    out: dict[str, list[Match]] = {}
    for u in st.translation.units:
        if u.state in ("untranslated", OUTDATED):
            found = mem.lookup(u.source)
            if found:
                out[u.id] = found
    return out


_FINDINGS: dict[str, dict[str, list[Any]]] = {}


def findings_of(st: State) -> dict[str, list[Any]]:
    """The checks' findings per segment id (``translation.unitchecks``), computed once per
    state of the translation and its glossary (about a second for 6,000 segments)."""
    from forum_messages.translation.unitchecks import check_units

    parts = [st.row.language, st.row.glossary, st.translation.source_language]
    for u in st.translation.units:
        parts += [u.id, u.source, u.target, u.state]
    key = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    with _LOCK:
        found = _FINDINGS.get(key)
    if found is None:
        found = check_units(st.translation, glossary_of(st.row, st.draft.language))
        with _LOCK:
            if len(_FINDINGS) >= 16:
                _FINDINGS.pop(next(iter(_FINDINGS)))
            _FINDINGS[key] = found
    return found


def _glossary(text: str, source_language: str, language: str) -> Glossary:
    return read_glossary(text, "glossary", source_language, language)


def glossary_of(row: TranslationRow, source_language: str) -> Glossary | None:
    """The translation's glossary (None when it has none)."""
    return _glossary(row.glossary, source_language, row.language) if row.glossary.strip() else None


def check_glossary_text(text: str, source_language: str, language: str) -> None:
    """Raise InputError (naming the entry) when a glossary text cannot be used."""
    if text.strip():
        _glossary(text, source_language, language)


# --------------------------------------------------------------------------- files


def export_file(row: TranslationRow, fmt: str) -> str:
    """The translation as an XLIFF 2.0 or PO file: each unit with where it is and the
    glossary's entries for its terms, and close memory matches."""
    st = current(row)
    mem = memory_for(row, st.draft.language)
    best = {k: v[0] for k, v in matches(st, mem).items()}
    meta = {"edition": row.edition.title}
    t = Translation(
        st.translation.source_language,
        st.translation.language,
        st.translation.units,
        row.credit_lines(),
        meta,
    )
    notes = unit_notes(st.segments, glossary_of(row, st.draft.language))
    return exchange.write_translation(t, fmt, notes, best)


@transaction.atomic
def import_file(row: TranslationRow, data: bytes, name: str, user: Any) -> exchange.MergeReport:
    """A returned XLIFF or PO file taken in: all of it, or nothing (InputError)."""
    incoming = exchange.read_translation(data, name)
    st = current(row)
    if incoming.source_language != st.draft.language or incoming.language != row.language:
        raise InputError(
            f"{name}: the file translates {incoming.source_language} -> {incoming.language}, "
            f"this translation is {st.draft.language} -> {row.language}"
        )
    merged, report = exchange.merge(st.translation, incoming)
    changed = set(report.updated) | set(report.outdated)
    _store(row, [u for u in merged.units if u.id in changed], user)
    if incoming.credit and not row.credit.strip():
        row.credit = "\n".join(incoming.credit)
        row.save(update_fields=["credit"])
    return report


# --------------------------------------------------------------------------- publishing


def translated_draft(row: TranslationRow, require: str = REVIEWED) -> Draft:
    """The live draft in the translation's language (``require="any"``: a preview, which
    says so among its credit lines)."""
    st = current(row)
    credit = row.credit_lines()
    if require == "any":  # a preview says so on its title page
        credit = (*credit, phrase("preview_notice", row.language))
    t = Translation(st.translation.source_language, row.language, st.translation.units, credit)
    try:
        return apply(st.draft, t, require=require)
    except TranslationError as exc:
        raise TranslatingError(str(exc)) from None


@transaction.atomic
def publish(row: TranslationRow, user: Any) -> TranslationPublication:
    """Freeze the translation of the current draft version: every unit must be reviewed."""
    draft_row = row.edition.draft
    version = draft_row.latest_version()
    if version is None:
        raise TranslatingError("the draft has no version yet")
    translated_draft(row, REVIEWED)  # raises when a unit is not reviewed or outdated
    st = current(row)
    units = [[u.id, u.source, u.target] for u in st.translation.units]
    pub, _ = TranslationPublication.objects.update_or_create(
        translation=row,
        defaults={
            "version": version,
            "units": units,
            "credit": list(row.credit_lines()),
            "published_by": user,
        },
    )
    return pub


def published_draft(pub: TranslationPublication) -> Draft:
    """The published translation as a core draft (from the frozen version and units)."""
    row = pub.translation
    ed = row.edition
    source = core_from_snapshot(ed, ed.draft, pub.version.snapshot)
    units = tuple(Unit(seg, src, tgt, REVIEWED) for seg, src, tgt in pub.units)
    t = Translation(source.language, row.language, units, tuple(pub.credit))
    return apply(source, t, require=REVIEWED)


def published_languages(edition: Edition) -> list[str]:
    langs = TranslationPublication.objects.filter(translation__edition=edition).values_list(
        "translation__language", flat=True
    )
    return [lang for lang in UN_LANGUAGES if lang in set(langs)]


def overlay(views: list[Any], edition: Edition, language: str) -> tuple[list[Any], list[str]]:
    """Public theme views (services/pages.py) with the texts a published translation into
    ``language`` gives for them, and its credit lines; the views unchanged and no credit when
    there is none. A text is replaced only where the translation was made from that very text,
    so a message edited after the translation stays in its own language. ``views`` is not
    changed (it is shared): changed copies are returned."""
    pub = TranslationPublication.objects.filter(
        translation__edition=edition, translation__language=language
    ).first()
    if pub is None:
        return views, []
    made = {seg: (src, tgt) for seg, src, tgt in pub.units}

    def tr(seg: str, text: str) -> str:
        src, tgt = made.get(seg, ("", ""))
        return tgt if src == text and tgt else text

    out = []
    for th in views:
        topics = [
            dataclasses.replace(
                tp,
                title=tr(f"topic/{tp.uid}/title", tp.title),
                messages=[
                    dataclasses.replace(m, text=tr(f"message/{m.uid}", m.text)) for m in tp.messages
                ],
            )
            for tp in th.topics
        ]
        out.append(
            dataclasses.replace(
                th,
                title=tr(f"theme/{th.key}/title", th.title),
                description=tr(f"theme/{th.key}/description", th.description),
                topics=topics,
            )
        )
    return out, list(pub.credit)


def revisions(
    row: TranslationRow, segments: list[str], per_segment: int = 5
) -> dict[str, list[Any]]:
    """The latest earlier translations of each of ``segments``, newest first."""
    out: dict[str, list[Any]] = {}
    for rev in row.revisions.filter(segment__in=segments).select_related("author"):
        found = out.setdefault(rev.segment, [])
        if len(found) < per_segment:
            found.append(rev)
    return out
