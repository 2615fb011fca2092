"""A translation's glossary as a table (term, approved translations, forbidden variants,
note), and back to the YAML the command line reads (translation/glossary.py checks both)."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from forum_messages.translation.glossary import Entry, read_glossary
from forum_messages.web.models import Translation

#: Between two approved translations (or two forbidden variants) in one cell.
SEPARATOR = ";"


@dataclass(frozen=True)
class Row:
    term: str
    translations: str  # separated by SEPARATOR
    forbidden: str
    note: str


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(SEPARATOR) if v.strip()]


def pair_of(row: Translation) -> str:
    return f"{row.edition.draft.language}-{row.language}"


def rows_of(row: Translation) -> list[Row]:
    """The table of the glossary saved for ``row`` (InputError if the saved text is bad)."""
    if not row.glossary.strip():
        return []
    source = row.edition.draft.language
    g = read_glossary(row.glossary, "glossary", source, row.language)
    sep = f"{SEPARATOR} "
    return [Row(e.term, sep.join(e.translations), sep.join(e.forbidden), e.note) for e in g.entries]


def yaml_of(pair: str, rows: list[Row]) -> str:
    """The glossary file for ``rows`` (rows without a term are left out)."""
    entries = []
    for r in rows:
        if not r.term.strip():
            continue
        item: dict[str, object] = {"term": r.term.strip()}
        approved, forbidden = _split(r.translations), _split(r.forbidden)
        if approved:
            item["translation"] = approved[0] if len(approved) == 1 else approved
        if forbidden:
            item["forbidden"] = forbidden
        if r.note.strip():
            item["note"] = r.note.strip()
        entries.append(item)
    if not entries:
        return ""
    return yaml.safe_dump({"pairs": {pair: entries}}, allow_unicode=True, sort_keys=False)


def check(text: str, row: Translation) -> list[Entry]:
    """The entries of a glossary text for ``row``'s language pair; InputError naming the
    entry (``pairs.en-fr[2]``: the third row) when it cannot be used."""
    if not text.strip():
        return []
    source = row.edition.draft.language
    return list(read_glossary(text, "glossary", source, row.language).entries)
