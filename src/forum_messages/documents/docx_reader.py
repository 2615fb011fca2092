"""Word documents (python-docx) to blocks.

Heading styles (``Heading 1``..., ``Title``, or an outline level) give headings; ``TOC n``
styles give table-of-contents entries; list styles, numbering or a leading bullet character
give list items; a paragraph whose runs are all bold gives a heading told by its look; page
breaks give breaks. Tables are skipped. ``line`` is the paragraph's position (1-based).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from forum_messages.documents.blocks import ITEM, MAX_BLOCK_CHARS, Block, BlockTooLong, collapse
from forum_messages.errors import InputError
from forum_messages.limits import checked_zip

#: Most paragraphs read from one Word document (a long Messages document has a few thousand).
MAX_PARAGRAPHS = 50_000

_HEADING_STYLE = re.compile(
    r"(?:heading|titre|título|encabezado|заголовок|标题|عنوان)\s*(\d)", re.I
)
_TOC_STYLE = re.compile(r"^toc\s*\d", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraphs(body: Any) -> list[Any]:
    """The body's paragraphs in order, including those inside content controls (a TOC)."""
    out = []
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            out.append(child)
        elif child.tag == f"{_W}sdt":
            out += [p for p in child.iter(f"{_W}p")]
    return out


def _style_level(style: str, element: Any) -> int | None:
    if style.lower() in ("title", "toc heading"):
        return 1
    if m := _HEADING_STYLE.search(style):
        return int(m.group(1))
    level = element.find(f"{_W}pPr/{_W}outlineLvl")
    if level is not None:
        written = level.get(f"{_W}val", "9")
        value = int(written) if written.isdigit() else 9
        return value + 1 if value < 9 else None
    return None


def _page_break(element: Any) -> bool:
    if element.find(f"{_W}pPr/{_W}pageBreakBefore") is not None:
        return True
    return any(br.get(f"{_W}type") == "page" for br in element.iter(f"{_W}br"))


def _all_bold(paragraph: Any) -> bool:
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


class _StyleNames:
    """Paragraph style names by style id, looked up once (python-docx searches the styles
    part for every paragraph, which made a long document take minutes)."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        self.names = {
            s.style_id: s.name or ""
            for s in document.styles
            if s.type == WD_STYLE_TYPE.PARAGRAPH and s.style_id
        }
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.default = default.name or "" if default is not None else ""

    def of(self, element: Any) -> str:
        found = element.find(f"{_W}pPr/{_W}pStyle")
        style_id = found.get(f"{_W}val") if found is not None else None
        return self.names.get(style_id, self.default) if style_id else self.default


def read_docx(path: Path) -> list[Block]:
    try:
        import docx
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InputError(
            f"{path}: reading Word files needs python-docx (pip install python-docx)"
        ) from exc
    data = checked_zip(path)
    try:
        document = docx.Document(data)
        paragraphs = _paragraphs(document.element.body)
        styles = _StyleNames(document)
    except Exception as exc:
        raise InputError(f"{path}: not a readable Word (.docx) file: {exc}") from exc
    if len(paragraphs) > MAX_PARAGRAPHS:
        raise InputError(
            f"{path}: the document has {len(paragraphs):,} paragraphs, over the limit of "
            f"{MAX_PARAGRAPHS:,} (see docs/limits.md)"
        )
    blocks: list[Block] = []
    for number, element in enumerate(paragraphs, 1):
        paragraph = Paragraph(element, document)
        style = styles.of(element)
        text = collapse(paragraph.text)
        if len(text) > MAX_BLOCK_CHARS:
            raise BlockTooLong(number)
        breaks = _page_break(element)
        if breaks and element.find(f"{_W}pPr/{_W}pageBreakBefore") is not None:
            blocks.append(Block("break", "", number))
        if text:
            level = _style_level(style or "", element)
            numbered = element.find(f"{_W}pPr/{_W}numPr") is not None
            m = ITEM.match(text)
            if _TOC_STYLE.match(style):
                depth = re.search(r"\d", style)
                blocks.append(Block("toc", text, number, indent=int(depth.group()) if depth else 1))
            elif level is not None:
                blocks.append(Block("heading", text, number, level))
            elif numbered or "list" in style.lower() or m:
                body = collapse(m.group(3) or "") if m else text
                blocks.append(Block("item", body, number, marker=m.group(2) if m else ""))
            elif len(text) <= 120 and _all_bold(paragraph):
                blocks.append(Block("heading", text, number, None))
            else:
                blocks.append(Block("para", text, number))
        if breaks and element.find(f"{_W}pPr/{_W}pageBreakBefore") is None:
            blocks.append(Block("break", "", number))
    return blocks
