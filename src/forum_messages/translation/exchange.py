"""XLIFF 2.0 and PO files: a translation out to a translator's own tools and back.

Both formats carry every unit with its segment id, source, target and state, the source an
outdated target was made from, the credit lines, and close matches from the translation
memory, so that ``read(write(t)) == t`` (tested for both).

XLIFF 2.0 (OASIS): one ``<unit>`` per segment; ``name`` is the segment id (``id`` must be an
NMTOKEN, so it is ``u1``, ``u2``, ...). States: untranslated -> ``initial`` without target,
draft -> ``translated``, reviewed -> ``reviewed`` (``final`` is read as reviewed), outdated ->
``initial`` with ``subState="fm:outdated"`` and its previous source in the metadata module.
Close matches go into the translation candidates module (``mtc:matches``).

PO (gettext): ``msgctxt`` is the segment id; draft -> ``#, fuzzy``; outdated -> ``#, fuzzy``
with the previous source as ``#| msgid``; reviewed -> no flag; credit lines are the
``X-Credit-1``, ``X-Credit-2``, ... header fields.

:func:`merge` takes what came back into the current translation: a target made from a source
that has changed since the file was written comes in as outdated; unknown ids and empty
targets are reported, never applied.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forum_messages.errors import InputError
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.text import clean_text, decode
from forum_messages.limits import InputTooLarge, read_input
from forum_messages.translation import limits
from forum_messages.translation.filesyntax import checked_po_text, parse_xml, polib_error
from forum_messages.translation.memory import Match
from forum_messages.translation.segments import (
    DRAFT,
    OUTDATED,
    REVIEWED,
    UNTRANSLATED,
    Translation,
    Unit,
)

XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0"
MTC_NS = "urn:oasis:names:tc:xliff:matches:2.0"
FM_NS = "urn:forum-messages:xliff"

_TO_XLIFF = {UNTRANSLATED: "initial", DRAFT: "translated", REVIEWED: "reviewed"}
_FROM_XLIFF = {"initial": UNTRANSLATED, "translated": DRAFT, "reviewed": REVIEWED}

FORMATS: tuple[str, ...] = ("xliff", "po")


def format_of(path: str | Path) -> str:
    """``xliff`` or ``po`` from a file name (.xlf, .xliff, .po)."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlf", ".xliff"):
        return "xliff"
    if suffix in (".po", ".pot"):
        return "po"
    raise InputError(f"{path}: unknown translation file type '{suffix}'; use .xlf or .po")


# --------------------------------------------------------------------------- XLIFF 2.0


def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _meta(parent: ET.Element, values: Mapping[str, str | list[str]]) -> None:
    if not any(values.values()):
        return
    md = ET.SubElement(parent, _q(MDA_NS, "metadata"))
    group = ET.SubElement(md, _q(MDA_NS, "metaGroup"), {"category": "forum-messages"})
    for key, value in values.items():
        for v in [value] if isinstance(value, str) else value:
            if v:
                ET.SubElement(group, _q(MDA_NS, "meta"), {"type": key}).text = v


def write_xliff(
    translation: Translation,
    contexts: Mapping[str, str] | None = None,
    matches: Mapping[str, Match] | None = None,
) -> str:
    """The translation as an XLIFF 2.0 document (``contexts``: readable location per
    segment id, shown to the translator as a note; ``matches``: a close match per id)."""
    for prefix, ns in (("", XLIFF_NS), ("mda", MDA_NS), ("mtc", MTC_NS), ("fm", FM_NS)):
        ET.register_namespace(prefix, ns)
    root = ET.Element(
        _q(XLIFF_NS, "xliff"),
        {
            "version": "2.0",
            "srcLang": translation.source_language,
            "trgLang": translation.language,
        },
    )
    fil = ET.SubElement(root, _q(XLIFF_NS, "file"), {"id": "messages"})
    _meta(fil, {"credit": list(translation.credit), **dict(sorted(translation.meta.items()))})
    contexts = contexts or {}
    matches = matches or {}
    for n, u in enumerate(translation.units, 1):
        unit = ET.SubElement(fil, _q(XLIFF_NS, "unit"), {"id": f"u{n}", "name": u.id})
        m = matches.get(u.id)
        if m is not None:
            box = ET.SubElement(unit, _q(MTC_NS, "matches"))
            match = ET.SubElement(
                box,
                _q(MTC_NS, "match"),
                {"ref": "#s1", "matchQuality": str(m.score), "origin": m.origin or "memory"},
            )
            ET.SubElement(match, _q(XLIFF_NS, "source")).text = m.source
            ET.SubElement(match, _q(XLIFF_NS, "target")).text = m.target
        _meta(unit, {"previous-source": u.previous, "note": u.note})
        if u.id in contexts:
            notes = ET.SubElement(unit, _q(XLIFF_NS, "notes"))
            ET.SubElement(notes, _q(XLIFF_NS, "note"), {"category": "location"}).text = contexts[
                u.id
            ]
        attrs = {"id": "s1", "state": _TO_XLIFF.get(u.state, "initial")}
        if u.state == OUTDATED:
            attrs["subState"] = "fm:outdated"
        seg = ET.SubElement(unit, _q(XLIFF_NS, "segment"), attrs)
        ET.SubElement(seg, _q(XLIFF_NS, "source")).text = u.source
        if u.target or u.state != UNTRANSLATED:
            ET.SubElement(seg, _q(XLIFF_NS, "target")).text = u.target
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def _metas(el: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    md = el.find(_q(MDA_NS, "metadata"))
    if md is None:
        return out
    for meta in md.iter(_q(MDA_NS, "meta")):
        out.setdefault(str(meta.get("type", "")), []).append(meta.text or "")
    return out


def _text(el: Any) -> str:
    """The text of a <source>/<target>, inline elements reduced to their text."""
    return "" if el is None else "".join(el.itertext())


def read_xliff(data: bytes | str, name: str = "<xliff>") -> Translation:
    """An XLIFF 2.0 document back into a translation (raises InputError naming the file, the
    line and the unit when it is not XLIFF 2.0, a unit cannot be read or goes past a limit of
    :mod:`~forum_messages.translation.limits`). Targets, notes and credit lines are cleaned
    (:func:`~forum_messages.ingest.text.clean_text`)."""
    root = parse_xml(data, name)
    if root.tag != _q(XLIFF_NS, "xliff") or root.get("version") != "2.0":
        raise InputError(f"{name}: not an XLIFF 2.0 document (root {str(root.tag)[:80]!r})")
    src, trg = root.get("srcLang", ""), root.get("trgLang", "")
    if not src or not trg:
        raise InputError(f"{name}: xliff: srcLang and trgLang are required")
    credit: list[str] = []
    meta: dict[str, str] = {}
    units: list[Unit] = []
    seen: set[str] = set()
    for fil in root.findall(_q(XLIFF_NS, "file")):
        for key, values in _metas(fil).items():
            if key == "credit":
                credit += values
            elif values:
                meta[key] = values[0]
        for n, unit in enumerate(fil.iter(_q(XLIFF_NS, "unit")), 1):
            at = f"{name}:{unit.sourceline or 0}"
            where = f"{at}: unit {str(unit.get('id') or n)[:80]}"
            limits.check_unit_count(at, len(units) + 1)
            seg_id = unit.get("name") or unit.get("id") or ""
            if not seg_id:
                raise InputError(f"{where}: no name (segment id)")
            limits.check_id(at, seg_id)
            if seg_id in seen:
                raise InputError(f"{where}: segment {seg_id} appears twice")
            seen.add(seg_id)
            segs = unit.findall(_q(XLIFF_NS, "segment"))
            if not segs:
                raise InputError(f"{where}: no <segment>")
            # a CAT tool may have split the segment: sources and targets are joined back
            source = "".join(_text(s.find(_q(XLIFF_NS, "source"))) for s in segs)
            target = "".join(_text(s.find(_q(XLIFF_NS, "target"))) for s in segs)
            metas = _metas(unit)
            previous = (metas.get("previous-source") or [""])[0]
            note = (metas.get("note") or [""])[0]
            texts = {"source": source, "target": target, "previous source": previous}
            limits.check_unit(at, seg_id, {**texts, "note": note})
            xstate = segs[0].get("state", "initial")
            if xstate == "final":
                xstate = "reviewed"
            if xstate not in _FROM_XLIFF:
                raise InputError(f"{where}: unknown segment state {xstate[:40]!r}")
            state = _FROM_XLIFF[xstate]
            target = clean_text(target)
            if segs[0].get("subState") == "fm:outdated" and target:
                state = OUTDATED
            elif state == UNTRANSLATED and target:
                state = DRAFT  # a target typed without changing the state is a draft
            elif state != UNTRANSLATED and not target:
                state = UNTRANSLATED
            units.append(
                Unit(
                    seg_id,
                    source,
                    target,
                    state,
                    previous if state == OUTDATED else "",
                    clean_text(note),
                )
            )
    return _translation(name, src, trg, units, credit, meta)


def _translation(
    name: str, src: str, trg: str, units: list[Unit], credit: list[str], meta: dict[str, str]
) -> Translation:
    """What a reader found, its credit lines and metadata checked and cleaned."""
    limits.check_file_texts(name, (src, trg), credit, meta)
    credit = [c for c in (clean_text(line) for line in credit) if c]
    meta = {clean_text(k): clean_text(v) for k, v in meta.items()}
    return Translation(src, trg, tuple(units), tuple(credit), meta)


# --------------------------------------------------------------------------- PO


def write_po(
    translation: Translation,
    contexts: Mapping[str, str] | None = None,
    matches: Mapping[str, Match] | None = None,
) -> str:
    """The translation as a gettext PO file."""
    import polib

    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": translation.meta.get("edition", "forum-messages"),
        "Language": translation.language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Source-Language": translation.source_language,
    }
    for i, line in enumerate(translation.credit, 1):
        po.metadata[f"X-Credit-{i}"] = line
    for key, value in sorted(translation.meta.items()):
        if key != "edition":
            po.metadata[f"X-Meta-{key}"] = value
    contexts = contexts or {}
    matches = matches or {}
    for u in translation.units:
        comments = [contexts[u.id]] if u.id in contexts else []
        m = matches.get(u.id)
        if m is not None:
            comments.append(f"memory {m.score}% ({m.origin or 'memory'}): {m.source} => {m.target}")
        entry = polib.POEntry(
            msgctxt=u.id,
            msgid=u.source,
            msgstr=u.target,
            comment="\n".join(comments),
            tcomment=u.note,
        )
        if u.state in (DRAFT, OUTDATED):
            entry.flags.append("fuzzy")
        if u.state == OUTDATED:
            entry.previous_msgid = u.previous
        po.append(entry)
    return str(po) + "\n"


def read_po(data: bytes | str, name: str = "<po>") -> Translation:
    """A PO file back into a translation (InputError naming the file and the line when a
    line is not valid PO, an entry cannot be used or goes past a limit of
    :mod:`~forum_messages.translation.limits`). Targets, notes and credit lines are cleaned
    (:func:`~forum_messages.ingest.text.clean_text`)."""
    import polib

    if isinstance(data, bytes):
        limits.check_file_size(name, len(data))
        data = _utf8(data, name)
    limits.check_file_size(name, len(data))
    text = checked_po_text(data, name)
    try:
        po = polib.pofile(text, wrapwidth=0, encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise polib_error(exc, name) from None
    meta = po.metadata
    src, trg = meta.get("X-Source-Language", ""), meta.get("Language", "")
    if not src or not trg:
        raise InputError(f"{name}: the header needs Language and X-Source-Language")
    credit = []
    i = 1
    while f"X-Credit-{i}" in meta:
        credit.append(meta[f"X-Credit-{i}"])
        i += 1
    extra = {k[len("X-Meta-") :]: v for k, v in meta.items() if k.startswith("X-Meta-")}
    if meta.get("Project-Id-Version", "forum-messages") != "forum-messages":
        extra["edition"] = meta["Project-Id-Version"]
    units: list[Unit] = []
    seen: set[str] = set()
    for entry in po:
        where = f"{name}:{entry.linenum}"
        if entry.obsolete:
            continue
        limits.check_unit_count(where, len(units) + 1)
        if not entry.msgctxt:
            raise InputError(f"{where}: msgctxt (the segment id) is missing")
        limits.check_id(where, entry.msgctxt)
        if entry.msgid_plural:
            raise InputError(f"{where}: unit {entry.msgctxt}: plural forms are not used here")
        if entry.msgctxt in seen:
            raise InputError(f"{where}: segment {entry.msgctxt} appears twice")
        seen.add(entry.msgctxt)
        previous = entry.previous_msgid or ""
        texts = {"source": entry.msgid, "target": entry.msgstr, "previous source": previous}
        limits.check_unit(where, entry.msgctxt, {**texts, "note": entry.tcomment})
        target = clean_text(entry.msgstr)
        if not target:
            state = UNTRANSLATED
        elif "fuzzy" in entry.flags:
            state = OUTDATED if previous else DRAFT
        else:
            state = REVIEWED
        previous = previous if state == OUTDATED else ""
        note = clean_text(entry.tcomment)
        units.append(Unit(entry.msgctxt, entry.msgid, target, state, previous, note))
    return _translation(name, src, trg, units, credit, extra)


def _utf8(data: bytes, name: str) -> str:
    """A PO file's bytes as text: UTF-8 (or UTF-16 with a byte-order mark), as ingest reads."""
    try:
        return decode(data)
    except SourceProblem as exc:
        raise InputError(f"{name}:{exc.line}: {exc.message}") from None


# --------------------------------------------------------------------------- files


def write_translation(
    translation: Translation,
    fmt: str,
    contexts: Mapping[str, str] | None = None,
    matches: Mapping[str, Match] | None = None,
) -> str:
    if fmt == "xliff":
        return write_xliff(translation, contexts, matches)
    if fmt == "po":
        return write_po(translation, contexts, matches)
    raise InputError(f"unknown translation format '{fmt}'; use xliff or po")


def read_translation(data: bytes, name: str, fmt: str | None = None) -> Translation:
    fmt = fmt or format_of(name)
    if fmt == "xliff":
        return read_xliff(data, name)
    return read_po(data, name)


def load_translation(path: str | Path) -> Translation:
    p = Path(path)
    try:
        data = read_input(p, limits.MAX_FILE_BYTES)  # a file, or a pipe
    except InputTooLarge as exc:
        limits.check_file_size(str(p), exc.size)  # a file: its size said as before
        raise InputError(
            f"{p}: the file is {exc.size_text}; a translation file may be at most "
            f"{limits.MAX_FILE_BYTES // 2**20} MB"
        ) from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from None
    return read_translation(data, str(p))


# --------------------------------------------------------------------------- merge


@dataclass
class MergeReport:
    updated: list[str] = field(default_factory=list)
    outdated: list[str] = field(default_factory=list)  # made from a source changed since
    unchanged: int = 0
    empty: int = 0  # units with no target (left as they were)
    unknown: list[str] = field(default_factory=list)  # ids the current draft does not have

    def summary(self) -> str:
        parts = [f"{len(self.updated)} updated", f"{self.unchanged} unchanged"]
        if self.outdated:
            parts.append(f"{len(self.outdated)} outdated (the source changed since the export)")
        if self.empty:
            parts.append(f"{self.empty} without a translation")
        if self.unknown:
            parts.append(f"{len(self.unknown)} unknown segment(s) ignored")
        return ", ".join(parts)


def merge(current: Translation, incoming: Translation) -> tuple[Translation, MergeReport]:
    """``incoming`` (read from a file) taken into ``current`` (synced with the draft)."""
    if (incoming.source_language, incoming.language) != (
        current.source_language,
        current.language,
    ):
        raise InputError(
            f"the file translates {incoming.source_language} -> {incoming.language}, "
            f"this translation is {current.source_language} -> {current.language}"
        )
    report = MergeReport()
    by_id = current.unit_map()
    changed: dict[str, Unit] = {}
    for u in incoming.units:
        u = dataclasses.replace(u, target=clean_text(u.target))
        cur = by_id.get(u.id)
        if cur is None:
            report.unknown.append(u.id)
            continue
        if not u.target.strip():
            report.empty += 1
            continue
        if u.source == cur.source:
            state = DRAFT if u.state == OUTDATED else u.state
            new = dataclasses.replace(cur, target=u.target, state=state, previous="")
            new = dataclasses.replace(new, note=u.note or cur.note)
        else:
            made_from = u.previous if u.state == OUTDATED and u.previous else u.source
            new = dataclasses.replace(
                cur, target=u.target, state=OUTDATED, previous=made_from, note=u.note or cur.note
            )
            report.outdated.append(u.id)
        if (new.target, new.state, new.previous) == (cur.target, cur.state, cur.previous):
            report.unchanged += 1
            continue
        changed[u.id] = new
        if new.state != OUTDATED:
            report.updated.append(u.id)
    units = tuple(changed.get(u.id, u) for u in current.units)
    credit = incoming.credit or current.credit
    return dataclasses.replace(current, units=units, credit=credit), report
