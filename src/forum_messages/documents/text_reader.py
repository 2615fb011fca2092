"""Plain text as pdftotext writes it: no markup, form feeds between pages, wrapped lines.

Page numbers and running headers or footers are removed (and reported); wrapped lines are
joined into paragraphs (a line much shorter than the page width ends a paragraph, so a
heading directly above its text is still a line of its own); a line starting with a bullet
(``•``, ``-``, ``\uf0b7``, ``1.``, ...) starts a list item; a bullet alone on its line takes
the next line as its text.
"""

from __future__ import annotations

import re
from collections import Counter

from forum_messages.documents.blocks import (
    DOT_LEADER,
    ITEM,
    Block,
    check_length,
    collapse,
    display_width,
    join,
)
from forum_messages.documents.model import Repair
from forum_messages.ingest.text import fold

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:page|p\.|página|стр\.?|страница|صفحة)\s*)?(?:第\s*)?"
    r"\d{1,4}(?:\s*(?:/|of|de|sur|из|من)\s*\d{1,4})?(?:\s*页)?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)


def _pages(text: str) -> list[list[tuple[int, str]]]:
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(text.split("\n"), 1):
        first, *rest = line.split("\f")
        if first.strip() or not rest:
            pages[-1].append((number, first.rstrip()))
        for part in rest:
            pages.append([(number, part.rstrip())])
    return pages


def _running_lines(pages: list[list[tuple[int, str]]]) -> set[int]:
    """Line numbers of headers/footers repeated at the top or bottom of most pages."""
    if len(pages) < 3:
        return set()
    edges: list[list[tuple[int, str]]] = []
    for page in pages:
        filled = [(n, t) for n, t in page if t.strip()]
        edges.append(filled[:2] + filled[-2:])
    keys: Counter[str] = Counter()
    for edge in edges:
        keys.update({re.sub(r"\d+", "#", fold(t)) for _, t in edge})
    needed = max(3, (len(pages) + 1) // 2)
    running = {k for k, c in keys.items() if c >= needed and k}
    first = next((n for page in pages for n, t in page if t.strip()), 0)
    return {
        n
        for edge in edges
        for n, t in edge
        if re.sub(r"\d+", "#", fold(t)) in running and n != first
    }


def read_text(text: str) -> tuple[list[Block], list[Repair]]:
    pages = _pages(text)
    repairs: list[Repair] = []
    numbers = [n for page in pages for n, t in page if t.strip() and _PAGE_NUMBER.match(t)]
    running = _running_lines(pages) - set(numbers)
    if numbers:
        repairs.append(Repair("page_artifact", numbers[0], f"removed {len(numbers)} page numbers"))
    if running:
        shown = next(t for page in pages for n, t in page if n == min(running))
        repairs.append(
            Repair(
                "page_artifact",
                min(running),
                f"removed {len(running)} running header/footer lines such as '{collapse(shown)}'",
            )
        )
    drop = set(numbers) | running
    widths = sorted(display_width(t.strip()) for page in pages for _, t in page if t.strip())
    width = max(40, widths[int(len(widths) * 0.9)] if widths else 80)
    blocks: list[Block] = []
    current: Block | None = None
    ended = True
    pending = False  # a bullet alone on its line: the next line is its text
    for index, page in enumerate(pages):
        if index:
            blocks.append(Block("break", "", page[0][0] if page else 0))
            current = None
        for number, line in page:
            if number in drop:
                continue
            stripped = line.strip()
            if not stripped:
                current = None
                continue
            if DOT_LEADER.match(stripped):
                blocks.append(Block("para", stripped, number))
                current = None
                continue
            m = ITEM.match(line)
            if m and not (m.group(3) or "").strip():
                pending, current = True, None
                continue
            if m or pending:
                body = collapse(m.group(3)) if m else stripped
                current = Block("item", body, number, marker=m.group(2) if m else "")
                blocks.append(current)
                pending = False
            elif current is not None and not ended:
                current.text = join(current.text, stripped)
                check_length(current)
            else:
                current = Block("para", stripped, number)
                blocks.append(current)
            ended = display_width(stripped) < 0.7 * width
    for block in blocks:
        check_length(block)
    return blocks, repairs
