"""A glossary per language pair, read from YAML.

::

    pairs:
      en-zh:
        - term: Internet Governance Forum
          translation: 互联网治理论坛          # or a list of approved translations
          forbidden: [因特网治理论坛]
          note: the official UN name
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from forum_messages.errors import InputError
from forum_messages.ingest.base import SourceProblem
from forum_messages.ingest.text import clean_text, decode
from forum_messages.limits import InputTooLarge, read_input
from forum_messages.yamlsrc import line_of, load_yaml

if TYPE_CHECKING:
    from forum_messages.translation.segments import Segment


@dataclass(frozen=True)
class Entry:
    term: str
    translations: tuple[str, ...]  # approved; the first one is suggested
    forbidden: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Glossary:
    pair: str  # "en-zh"
    entries: tuple[Entry, ...]


#: Limits on a glossary (docs/limits.md): bytes in the file or the site's field, entries in
#: the pair used, characters in a term, a translation or a note, and translations (approved
#: or forbidden) per entry.
MAX_GLOSSARY_BYTES = 2 * 2**20
MAX_ENTRIES = 5_000
MAX_TERM = 200
MAX_NOTE = 1_000
MAX_VARIANTS = 20


def _where(source: str, container: Any, key: str | int, path: str) -> str:
    line = line_of(container, key)
    return f"{source}:{line}: {path}" if line else f"{source}: {path}"


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: expected a string or a list of strings")
    if len(value) > MAX_VARIANTS:
        raise InputError(f"{where}: {len(value)} strings; at most {MAX_VARIANTS}")
    return tuple(_text(v, where, MAX_TERM) for v in value)


def _text(value: str, where: str, limit: int) -> str:
    if len(value) > limit:
        raise InputError(f"{where}: {len(value):,} characters long; at most {limit:,}")
    return clean_text(value)


def parse_glossary(data: Any, source: str, source_lang: str, target_lang: str) -> Glossary:
    """The entries for ``source_lang-target_lang`` (or the file's only pair)."""
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), dict):
        raise InputError(
            f"{source}: a glossary needs a 'pairs' mapping (e.g. pairs: {{en-zh: [...]}})"
        )
    pairs: dict[str, Any] = data["pairs"]
    wanted = f"{source_lang}-{target_lang}"
    if wanted in pairs:
        pair = wanted
    elif len(pairs) == 1:
        pair = next(iter(pairs))
    else:
        known = ", ".join(sorted(pairs)[:20])
        raise InputError(f"{source}: no pair '{wanted}' in the glossary (known: {known})")
    items = pairs[pair] or []
    if not isinstance(items, list):
        where = _where(source, pairs, pair, f"pairs.{pair}")
        raise InputError(f"{where}: expected a list of entries (- term: ...)")
    if len(items) > MAX_ENTRIES:
        where = _where(source, pairs, pair, f"pairs.{pair}")
        raise InputError(f"{where}: {len(items):,} entries; at most {MAX_ENTRIES:,}")
    entries = []
    for i, item in enumerate(items):
        where = _where(source, items, i, f"pairs.{pair}[{i}]")
        if not isinstance(item, dict) or not isinstance(item.get("term"), str):
            raise InputError(f"{where}: each entry needs a 'term'")
        note = item.get("note")
        if not isinstance(note, str | int | float | None):
            raise InputError(f"{where}: 'note' must be a text")
        entries.append(
            Entry(
                term=_text(item["term"], f"{where}: term", MAX_TERM),
                translations=_strings(item.get("translation"), f"{where}: translation"),
                forbidden=_strings(item.get("forbidden"), f"{where}: forbidden"),
                note=_text(str(note or ""), f"{where}: note", MAX_NOTE),
            )
        )
    return Glossary(str(pair), tuple(entries))


def read_glossary(text: str, source: str, source_lang: str, target_lang: str) -> Glossary:
    """A glossary from its YAML text (a file's, or the site's field); InputError naming
    ``source`` and the line when it cannot be used."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_GLOSSARY_BYTES:
        raise InputError(f"{source}: larger than {MAX_GLOSSARY_BYTES // 2**20} MB")
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{source}{line}: not valid YAML: {problem}") from None
    return parse_glossary(data, source, source_lang, target_lang)


def load_glossary(path: str | Path, source_lang: str, target_lang: str) -> Glossary:
    path = Path(path)
    try:
        raw = read_input(path, MAX_GLOSSARY_BYTES)  # a file, or a pipe
    except InputTooLarge:
        raise InputError(f"{path}: larger than {MAX_GLOSSARY_BYTES // 2**20} MB") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the glossary: {exc.strerror}") from None
    try:
        text = decode(raw)
    except SourceProblem as exc:
        raise InputError(f"{path}:{exc.line}: {exc.message}") from None
    return read_glossary(text, str(path), source_lang, target_lang)


def contains(text: str, term: str) -> bool:
    """``term`` in ``text``: case-insensitive, on word boundaries for alphabetic terms."""
    if not term:
        return False
    if term.isascii() or any(ch.isalpha() and ch.isascii() for ch in term[:1]):
        pattern = rf"(?<!\w){re.escape(term)}(?!\w)"
        return re.search(pattern, text, re.IGNORECASE) is not None
    return term.casefold() in text.casefold()


def unit_notes(segments: Iterable[Segment], glossary: Glossary | None) -> dict[str, str]:
    """Per segment id, the note a translator's file carries: where the text is, and the
    glossary's entries for the terms it contains."""
    out = {}
    for seg in segments:
        lines = [seg.context]
        for e in glossary.entries if glossary else ():
            if e.translations and contains(seg.text, e.term):
                line = f"glossary: {e.term} = {' / '.join(e.translations)}"
                if e.forbidden:
                    line += f" (not {', '.join(e.forbidden)})"
                if e.note:
                    line += f"; {e.note}"
                lines.append(line)
        out[seg.id] = "\n".join(lines)
    return out
