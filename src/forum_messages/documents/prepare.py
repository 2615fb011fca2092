"""Clean-up passes over the blocks before the structure is read.

Each pass records what it changed as a :class:`Repair`: the table of contents is dropped,
short unpunctuated paragraphs become headings, and text broken by a page break (or a blank
line) in mid-sentence is joined back to the bullet it belongs to.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from forum_messages.documents import vocab
from forum_messages.documents.blocks import (
    DOT_LEADER,
    PAGE_REF,
    Block,
    check_length,
    is_terminal,
    join,
    looks_like_heading,
    starts_caseless,
    starts_lower,
    wider_than,
)
from forum_messages.documents.frameworks import parse_framework_line
from forum_messages.documents.model import Repair
from forum_messages.ingest.text import fold
from forum_messages.nlp.segment import strip_numbering


def drop_toc(blocks: list[Block], repairs: list[Repair]) -> tuple[list[Block], list[Block]]:
    """Blocks without the table of contents, and the contents entries (page numbers removed).

    A contents is a "Contents" heading (any language) and the entries under it, or a run of
    lines with dot leaders and page numbers, or entries styled as such (Word, Markdown links
    to anchors).
    """
    out: list[Block] = []
    entries: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        headed = b.kind in ("heading", "para") and vocab.is_contents(b.text)
        if headed or b.kind == "toc" or (b.kind != "break" and DOT_LEADER.match(b.text)):
            pattern = PAGE_REF if headed else DOT_LEADER
            j = i + 1 if headed else i
            run: list[Block] = []
            while j < len(blocks):
                c = blocks[j]
                if c.kind == "break" or c.kind == "toc" or pattern.match(c.text):
                    run += [c] if c.kind != "break" else []
                    j += 1
                    continue
                break
            if headed or len(run) >= 2 or (run and run[0].kind == "toc"):
                for c in run:
                    m = PAGE_REF.match(c.text) if c.kind != "toc" else None
                    entries.append(
                        Block("toc", m.group(1) if m else c.text, c.line, indent=c.indent)
                    )
                n = len(run)
                repairs.append(
                    Repair(
                        "table_of_contents", b.line, f"skipped a table of contents ({n} entries)"
                    )
                )
                i = max(j, i + 1)
                continue
        out.append(b)
        i += 1
    return out, entries


def mark_headings(blocks: list[Block], known: set[str]) -> None:
    """Paragraphs that look like headings (short, no full stop) or are contents entries."""
    for b in blocks:
        if b.kind != "para" or b.attached:
            continue
        if fold(b.text) in known or (
            looks_like_heading(b.text) and parse_framework_line(b.text) is None
        ):
            b.kind, b.level = "heading", None


def _continues(a: Block, b: Block, crossed: bool) -> bool:
    if a.kind not in ("item", "para") or b.kind not in ("item", "para"):
        return False
    if b.attached:
        return True  # a second paragraph of the bullet above
    if crossed and a.kind == "item" and b.kind == "para" and wider_than(a.text, 79):
        return parse_framework_line(b.text) is None  # a bullet going on after a page break
    if is_terminal(a.text) or parse_framework_line(a.text) is not None:
        return False
    if b.kind == "item":
        return starts_lower(b.text) and len(a.text) >= 60
    if starts_lower(b.text):
        return True
    if a.kind == "item" and wider_than(a.text, 79):
        return True  # an unmarked paragraph after an unfinished bullet goes on with it
    return (
        starts_caseless(b.text)
        and a.text[-1:].isalpha()
        and wider_than(a.text, 29)
        and (is_terminal(b.text) or wider_than(b.text, 60))
    )


def join_broken(blocks: list[Block], repairs: list[Repair]) -> list[Block]:
    """Join text that goes on after a page break or blank line, mid-sentence."""
    out: list[Block] = []
    last: Block | None = None
    crossed = False
    for b in blocks:
        if b.kind == "break":
            crossed = True
            out.append(b)
            continue
        if last is not None and _continues(last, b, crossed):
            if crossed or not is_terminal(last.text):
                where = "a page break" if crossed else "a blank line"
                repairs.append(
                    Repair(
                        "page_break_join",
                        last.line,
                        f"joined line {b.line} to the text at line {last.line}: "
                        f"it went on after {where}",
                    )
                )
            last.text = join(last.text, b.text)
            check_length(last)
            continue
        out.append(b)
        last, crossed = b, False
    return out


def clean_title(text: str) -> str:
    """A heading without its list numbering ("1.", "2.3", "一、")."""
    text = re.sub(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+)\s+", "", text)
    return strip_numbering(text)


def same_title(a: str, b: str) -> bool:
    """Two spellings of one title (numbering, labels, case and punctuation aside)."""
    fa, fb = fold(clean_title(a)), fold(clean_title(b))
    if not fa or not fb:
        return False
    if fa == fb or (min(len(fa), len(fb)) >= 8 and (fa in fb or fb in fa)):
        return True
    return SequenceMatcher(None, fa, fb).ratio() >= 0.85


#: Most items a front-matter theme list may have (each heading is compared with every one).
MAX_LISTED_THEMES = 50


def theme_list(blocks: list[Block]) -> list[int]:
    """Positions of the items listing the themes in the front matter ("Themes:" + a list)."""
    for i, b in enumerate(blocks):
        if b.kind == "para" and parse_framework_line(b.text) is not None:
            return []
        if b.kind in ("heading", "para") and vocab.is_theme_list_label(b.text):
            found = []
            for j in range(i + 1, len(blocks)):
                if blocks[j].kind == "item":
                    found.append(j)
                elif blocks[j].kind != "break":
                    break
            if found:  # a longer list is a list of messages, not of the themes
                return found if len(found) <= MAX_LISTED_THEMES else []
    return []
