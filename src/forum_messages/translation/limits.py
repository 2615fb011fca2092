"""Limits on a translation file coming back from a translator (XLIFF or PO, CLI or site).

A file is refused, with the file, line and unit named, when it goes past any of these; the
numbers are far above what a real edition needs (its largest drafts have a few thousand
segments of a few hundred characters) and keep a hostile file from filling memory or disk.
They are documented in docs/limits.md.
"""

from __future__ import annotations

import re

from forum_messages.errors import InputError

#: Bytes in one file. Every character takes at least one byte in any encoding and entities
#: are never expanded, so this also bounds the decoded text.
MAX_FILE_BYTES = 20 * 2**20
#: Units (XLIFF ``<unit>``, PO entries) in one file.
MAX_UNITS = 20_000
#: Characters in any one text of a unit (source, target, previous source, note): as many
#: as the site's editor takes for a target.
MAX_TEXT = 20_000
#: A target may be this many times as long as its source ...
TARGET_FACTOR = 20
#: ... or this many characters longer, whichever allows more (up to MAX_TEXT).
TARGET_SLACK = 2_000
#: Characters in a segment id (the site stores at most this many).
MAX_ID = 200
#: Credit lines, and characters in one credit line or file-level metadata value.
MAX_CREDIT_LINES = 20
MAX_LINE = 1_000
#: File-level metadata entries (XLIFF ``mda:meta``, PO header fields).
MAX_META = 100
#: A language code as the file must give it (``fr``, ``zh``, ``pt-BR``, ``zh_Hans``).
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,4}")


def _size(n: int) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n:,} bytes"


def check_file_size(name: str, size: int) -> None:
    """InputError when a file of ``size`` bytes is too large to read."""
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{name}: the file is {_size(size)}; a translation file may be at most "
            f"{MAX_FILE_BYTES // 2**20} MB (split the translation, or leave out the "
            "translation memory matches)"
        )


def check_unit_count(where: str, n: int) -> None:
    """InputError when the ``n``-th unit is one too many (``where``: file and line)."""
    if n > MAX_UNITS:
        raise InputError(f"{where}: more than {MAX_UNITS:,} units in one file")


def max_target(source: str) -> int:
    """The longest target accepted for ``source``."""
    n = len(source)
    return min(MAX_TEXT, max(TARGET_FACTOR * n, n + TARGET_SLACK))


def check_id(where: str, seg_id: str) -> None:
    """InputError when a segment id is too long to be one."""
    if len(seg_id) > MAX_ID:
        raise InputError(
            f"{where}: segment id {seg_id[:40]!r}... is {len(seg_id):,} characters long; "
            f"at most {MAX_ID}"
        )


def check_unit(where: str, seg_id: str, texts: dict[str, str]) -> None:
    """InputError naming ``where`` (file and line) and the unit when its id or one of its
    ``texts`` (``source``, ``target``, ``previous source``, ``note``) is too long."""
    check_id(where, seg_id)
    for what, text in texts.items():
        if len(text) > MAX_TEXT:
            raise InputError(
                f"{where}: unit {seg_id}: the {what} is {len(text):,} characters long; "
                f"at most {MAX_TEXT:,}"
            )
    target, source = texts.get("target", ""), texts.get("source", "")
    if len(target) > max_target(source):
        raise InputError(
            f"{where}: unit {seg_id}: the target is {len(target):,} characters long, for a "
            f"source of {len(source):,}; at most {max_target(source):,} (check that it is "
            "the translation of this unit only)"
        )


def check_file_texts(
    name: str, languages: tuple[str, str], credit: list[str], meta: dict[str, str]
) -> None:
    """InputError when the file's languages are not language codes, or its credit lines or
    metadata go past their limits."""
    for lang in languages:
        if not LANGUAGE_CODE.fullmatch(lang):
            raise InputError(f"{name}: {lang[:40]!r} is not a language code (fr, zh, pt-BR)")
    if len(credit) > MAX_CREDIT_LINES:
        raise InputError(f"{name}: {len(credit)} credit lines; at most {MAX_CREDIT_LINES}")
    if len(meta) > MAX_META:
        raise InputError(f"{name}: {len(meta)} metadata fields; at most {MAX_META}")
    for label, value in [("credit line", c) for c in credit] + list(meta.items()):
        if len(value) > MAX_LINE:
            raise InputError(
                f"{name}: {label}: {len(value):,} characters long; at most {MAX_LINE:,}"
            )
