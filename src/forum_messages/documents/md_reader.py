"""Markdown to blocks: ATX, underlined and bold-line headings, list items with their wrapped
lines, paragraphs; tables, code, HTML tags and our own ``<sub>`` source lines are dropped and
inline markup is removed (links keep their text, escapes are undone)."""

from __future__ import annotations

import html
import re

from forum_messages.documents.blocks import (
    DOT_LEADER,
    ITEM,
    PAGE_REF,
    Block,
    BlockKind,
    check_length,
    collapse,
    join,
)

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_SUB_LINE = re.compile(r"^\s*<sub>.*</sub>\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*[:：]?\s*$")
_QUOTE = re.compile(r"^\s*>\s?")
_TOC_LINK = re.compile(r"^\[(.+)\]\(#[^)\s]*\)$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)

# Inline markup spans at most 500 characters: an unclosed marker in a long paragraph would
# otherwise be searched to its end from every position (time growing with the square).
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_TAG = re.compile(r"</?[A-Za-z][^>\n]{0,500}>")
_IMAGE = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,500}\)")
_LINK = re.compile(r"\[([^\]]{1,500})\](?:\([^)]{0,500}\)|\[[^\]]{0,500}\])")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=\S)(.{1,500}?)(?<=\S)\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=\S)(.{1,500}?)(?<=\S)_(?![\w_])")
_CODE = re.compile(r"`([^`]{1,500})`")
_PROTECT = 0xE000


def inline(text: str) -> str:
    """Plain text of one Markdown line or paragraph."""
    out = _ESCAPE.sub(lambda m: chr(_PROTECT + ord(m.group(1))), text)
    out = _TAG.sub("", out)
    out = _IMAGE.sub("", out)
    out = _LINK.sub(r"\1", out)
    out = _CODE.sub(r"\1", out)
    out = _STRONG.sub(r"\2", out)
    out = _EM_STAR.sub(r"\1", out)
    out = _EM_UNDER.sub(r"\1", out)
    out = html.unescape(out)
    out = "".join(chr(ord(ch) - _PROTECT) if _PROTECT <= ord(ch) < _PROTECT + 128 else ch
                  for ch in out)  # fmt: skip
    return collapse(out)


def _indent(prefix: str) -> int:
    return len(prefix.replace("\t", "    "))


def read_markdown(text: str) -> list[Block]:
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    blocks: list[Block] = []
    current: Block | None = None
    lines_in_current = 0
    blank_before = True
    fenced = False
    for number, raw in enumerate(text.split("\n"), 1):
        if _FENCE.match(raw):
            fenced, current = not fenced, None
            continue
        if fenced or _SUB_LINE.match(raw):
            continue
        line = raw.rstrip()
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        if not line.strip():
            current, blank_before = None, True
            continue
        was_blank, blank_before = blank_before, False
        if line.lstrip().startswith("|"):
            current = None  # tables (our annexes) carry no messages
            continue
        if m := _ATX.match(line):
            blocks.append(Block("heading", m.group(2) or "", number, len(m.group(1))))
            current = None
            continue
        if (
            _SETEXT.match(line)
            and current is not None
            and current.kind == "para"
            and lines_in_current == 1
        ):
            current.kind, current.level = "heading", 1 if line.strip()[0] == "=" else 2
            current = None
            continue
        if _RULE.match(line):
            blocks.append(Block("break", "", number))
            current = None
            continue
        if m := ITEM.match(line):
            body = (m.group(3) or "").strip()
            kind: BlockKind = "toc" if _TOC_LINK.match(body) else "item"
            current = Block(kind, body, number, indent=_indent(m.group(1)), marker=m.group(2))
            blocks.append(current)
            lines_in_current = 1
            continue
        stripped = line.strip()
        if DOT_LEADER.match(stripped):
            blocks.append(Block("para", stripped, number))
            current = None
            continue
        if m := _BOLD_LINE.match(line):
            blocks.append(Block("heading", m.group(2), number, None))
            current = None
            continue
        if current is not None and not (
            PAGE_REF.match(current.text[-200:]) and PAGE_REF.match(stripped)
        ):
            current.text = join(current.text, stripped)
            check_length(current)
            lines_in_current += 1
            continue
        indent = _indent(line[: len(line) - len(line.lstrip())])
        previous = blocks[-1] if blocks else None
        attached = (
            was_blank
            and indent >= 2
            and previous is not None
            and (previous.kind == "item" or previous.attached)
        )
        current = Block("para", stripped, number, indent=indent, attached=attached)
        blocks.append(current)
        lines_in_current = 1
    for block in blocks:
        check_length(block)
        if block.kind == "toc":
            m = _TOC_LINK.match(block.text)
            block.text = m.group(1) if m else block.text
        block.text = inline(block.text)
    return [b for b in blocks if b.text or b.kind in ("break", "item")]
