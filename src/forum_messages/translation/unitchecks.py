"""The checks of ``check-translation`` applied to a :class:`Translation`, unit by unit.

Each unit with a target is compared with its source, as :mod:`checks` compares two aligned
bullets: untranslated, numbers, acronyms, framework references, dates, glossary terms, plus
``{placeholders}`` (the intro segment is a template: every placeholder of the source must be
in the target, and none added). Across all targets of the translation: one name spelled two
ways, and a word repeated back to back.

Every finding's location is the unit's segment id (``message/m3``); :func:`check_units` returns
them grouped by segment id, in the translation's order. The checks themselves are those of
:mod:`checks`, called on lightweight objects that carry a unit's text and its segment id as
``ref`` (all those functions read of a bullet).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from forum_messages.documents.model import DocBullet, DocTheme, DocTopic, MessagesDocument
from forum_messages.translation.checks import (
    Finding,
    Pair,
    check_acronyms,
    check_dates,
    check_frameworks,
    check_glossary,
    check_name_spelling,
    check_numbers,
    check_repeated,
    check_untranslated,
    script,
)
from forum_messages.translation.glossary import Glossary
from forum_messages.translation.segments import Translation, Unit

#: Every kind of finding check_units reports, in the order they are reported.
KINDS: tuple[str, ...] = (
    "glossary",
    "untranslated",
    "placeholder",
    "number",
    "acronym",
    "framework",
    "date",
    "name_spelling",
    "repeated_word",
)

#: A ``{placeholder}`` as the intro template has them (export.common fills ``{[a-z_]+}``;
#: anything else between braces, such as a translated name, is left as written, so it counts).
PLACEHOLDER = re.compile(r"\{([^{}\s]{1,40})\}")

#: The script a language is written in, when it is not Latin.
SCRIPTS: dict[str, str] = {
    "zh": "han",
    "ja": "han",
    "ru": "cyrillic",
    "uk": "cyrillic",
    "bg": "cyrillic",
    "sr": "cyrillic",
    "kk": "cyrillic",
    "ar": "arabic",
    "fa": "arabic",
    "ur": "arabic",
}


@dataclass(frozen=True)
class UnitText:
    """One side of a unit as the checks of :mod:`checks` read a bullet: text and ref."""

    text: str
    ref: str  # the segment id


def _bare(text: str) -> str:
    """``text`` without its placeholders (checked on their own; their Latin names would make
    a Chinese intro look untranslated)."""
    return PLACEHOLDER.sub(" ", text)


def _pairs(units: Iterable[Unit]) -> list[Pair]:
    """(source, target) per unit; the checks read only ``.text`` and ``.ref`` of a bullet."""
    return cast(
        list[Pair],
        [(UnitText(_bare(u.source), u.id), UnitText(_bare(u.target), u.id)) for u in units],
    )


def _language_script(language: str, targets: Iterable[str]) -> str:
    base = language.split("-")[0].split("_")[0].lower()
    return SCRIPTS.get(base) or script(" ".join(targets)) or "latin"


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders written in ``text`` (the braces kept)."""
    return {m.group(0) for m in PLACEHOLDER.finditer(text)}


def check_placeholders(units: Iterable[Unit]) -> list[Finding]:
    """A placeholder of the source missing from the target, or one the source does not have."""
    out = []
    for u in units:
        src, tgt = placeholders(u.source), placeholders(u.target)
        missing, added = sorted(src - tgt), sorted(tgt - src)
        if not missing and not added:
            continue
        parts = []
        if missing:
            parts.append(f"target lacks {', '.join(missing)}")
        if added:
            parts.append(f"target has {', '.join(added)}, which the source does not")
        out.append(
            Finding(
                "placeholder",
                u.id,
                "; ".join(parts),
                "keep every {placeholder} exactly as the source writes it (it is replaced by a "
                "value when the document is written): " + (", ".join(sorted(src)) or "none"),
            )
        )
    return out


def _glossary(glossary: Glossary, units: list[Unit], language: str) -> list[Finding]:
    """check_glossary on a one-theme document of the targets (for forbidden variants) and the
    unit pairs (for missing approved terms); document positions turned back into ids."""
    doc = MessagesDocument(
        "",
        language,
        (
            DocTheme(
                title="",
                label=None,
                frameworks=None,
                issue_areas=(),
                description="",
                topics=(DocTopic(None, tuple(DocBullet(u.target) for u in units)),),
            ),
        ),
    )
    ids = {f"1.1.{n}": u.id for n, u in enumerate(units, 1)}
    return [
        dataclasses.replace(f, location=ids.get(f.location, f.location))
        for f in check_glossary(glossary, doc, _pairs(units))
    ]


def check_units(
    translation: Translation, glossary: Glossary | None = None
) -> dict[str, list[Finding]]:
    """The findings of every unit with a target, by segment id, in the translation's order
    (units without findings left out); within a unit, in the order of :data:`KINDS`."""
    units = [u for u in translation.units if u.target.strip()]
    if not units:
        return {}
    language = translation.language
    src_script = script(" ".join(_bare(u.source) for u in units)) or "latin"
    tgt_script = _language_script(language, (_bare(u.target) for u in units))
    # a source already written in the target's script (a statement kept in its own language)
    # may be copied as it is
    to_translate = [
        u for u in units if src_script == tgt_script or script(_bare(u.source)) != tgt_script
    ]
    pairs = _pairs(units)
    no_themes = MessagesDocument("", translation.source_language, ())
    findings: list[Finding] = []
    if glossary is not None:
        findings += _glossary(glossary, units, language)
    findings += check_untranslated(_pairs(to_translate), src_script, tgt_script)
    findings += check_placeholders(units)
    findings += check_numbers(pairs, language)
    findings += check_acronyms(pairs, language, glossary)
    # documents without themes: only the per-pair comparison of framework references runs
    findings += check_frameworks(
        pairs, no_themes, dataclasses.replace(no_themes, language=language)
    )
    findings += check_dates(pairs)
    texts = [(u.id, _bare(u.target)) for u in units]
    findings += check_name_spelling(texts)
    findings += check_repeated(texts)
    order = {k: i for i, k in enumerate(KINDS)}
    position = {u.id: i for i, u in enumerate(translation.units)}
    out: dict[str, list[Finding]] = {}
    for f in sorted(
        dict.fromkeys(findings),
        key=lambda f: (position.get(f.location, len(position)), order.get(f.kind, len(order))),
    ):
        out.setdefault(f.location, []).append(f)
    return out


def all_findings(found: dict[str, list[Finding]]) -> list[Finding]:
    """The findings of :func:`check_units` as one list, in order."""
    return [f for fs in found.values() for f in fs]
