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
from forum_messages.yamlsrc import load_yaml

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


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise InputError(f"{where}: expected a string or a list of strings")


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
        known = ", ".join(sorted(pairs))
        raise InputError(f"{source}: no pair '{wanted}' in the glossary (known: {known})")
    entries = []
    for i, item in enumerate(pairs[pair] or []):
        where = f"{source}: pairs.{pair}[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("term"), str):
            raise InputError(f"{where}: each entry needs a 'term'")
        entries.append(
            Entry(
                term=item["term"],
                translations=_strings(item.get("translation"), where),
                forbidden=_strings(item.get("forbidden"), where),
                note=str(item.get("note") or ""),
            )
        )
    return Glossary(str(pair), tuple(entries))


def load_glossary(path: str | Path, source_lang: str, target_lang: str) -> Glossary:
    path = Path(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read the glossary: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML: {exc}") from exc
    return parse_glossary(data, str(path), source_lang, target_lang)


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
