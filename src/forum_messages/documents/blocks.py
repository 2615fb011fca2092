"""What every reader produces: a flat list of blocks (headings, list items, paragraphs, page
breaks, table-of-contents entries), plus the text tests the structure parser shares."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "item", "para", "break", "toc"]


@dataclass
class Block:
    kind: BlockKind
    text: str
    line: int
    level: int | None = None  # heading level 1-6; None: a heading told only by its look
    indent: int = 0
    marker: str = ""  # the list marker of an item ("-", "•", "1.", ...)
    attached: bool = False  # a paragraph that belongs to the list item above it


# Bullets seen in Markdown, Word and pdftotext output (U+F0B7 is Word's Symbol-font bullet).
BULLETS = "-*+•▪●◦‣○■□➢►–—·\uf0b7\uf0a7\uf076\uf0d8"
ITEM = re.compile(
    r"^(\s*)([" + re.escape(BULLETS) + r"]|\(?\d{1,3}[.)](?!\d)|\([a-z]\)|[a-z]\))(?:\s+(.*)|\s*$)"
)
# A table-of-contents line: text, dot leaders (or a tab), page number.
DOT_LEADER = re.compile(r"^(.*?\S)\s*(?:\.{3,}|…{2,}|·{3,}|_{3,}|(?:\. ){3,}|\t+)\s*(\d{1,4})$")
PAGE_REF = re.compile(r"^(.*?\S)\s*(?:\.{2,}|…+|·{2,}|_{3,}|(?:\. ){2,}|\t+|\s)\s*(\d{1,4})$")
_TERMINAL = ".!?。！？…؟:;；："
_CLOSERS = "\"'”’»)）]】」』*_ "
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


#: Longest paragraph, list item or heading (a bullet is a few hundred characters; a report's
#: statement at most 5,000). Longer text is refused: joining lines into it would take time
#: growing with the square of its length.
MAX_BLOCK_CHARS = 20_000


class BlockTooLong(Exception):
    """A block longer than MAX_BLOCK_CHARS, starting at ``line``."""

    def __init__(self, line: int) -> None:
        super().__init__(
            f"a paragraph or list item of more than {MAX_BLOCK_CHARS:,} characters starts "
            "here; is this a Messages document? (see docs/limits.md)"
        )
        self.line = line


def check_length(block: Block) -> None:
    if len(block.text) > MAX_BLOCK_CHARS:
        raise BlockTooLong(block.line)


def wider_than(text: str, width: float) -> bool:
    """``display_width(text) > width``, without measuring a long text whole."""
    return len(text) > width or display_width(text) > width


def collapse(text: str) -> str:
    return " ".join(text.split())


def is_terminal(text: str) -> bool:
    """True when ``text`` ends a sentence (full stop, question mark, colon, ... in any script)."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_cjk(ch: str) -> bool:
    return bool(_HAN.match(ch))


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def first_letter(text: str) -> str:
    return next((ch for ch in text if ch.isalpha()), "")


def starts_lower(text: str) -> bool:
    """The text starts (after punctuation) with a lower-case letter or a digit."""
    head = text.lstrip(" \"'“‘«([（")
    return bool(head) and (head[0].islower() or head[0].isdigit())


def starts_caseless(text: str) -> bool:
    """The first letter has no case (Chinese, Arabic): a continuation cannot be told by case."""
    ch = first_letter(text)
    return bool(ch) and not ch.islower() and not ch.isupper()


def join(a: str, b: str) -> str:
    """Two pieces of one text: no space between Chinese characters, none after a hyphen."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return a or b
    if is_cjk(a[-1]) or is_cjk(b[0]):
        return a + b
    if a[-1] == "-" and len(a) > 1 and a[-2].isalpha() and b[0].islower():
        return a + b
    return f"{a} {b}"


def looks_like_heading(text: str) -> bool:
    """A short line without a closing full stop that does not start in lower case."""
    text = text.strip()
    if not text or not first_letter(text) or display_width(text) > 110:
        return False
    if is_terminal(text) or text.rstrip()[-1] in ",،、，-–—":
        return False
    head = text.lstrip(" \"'“‘«([（")
    return bool(head) and not head[0].islower()
