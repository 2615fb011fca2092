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

from forum_messages.documents.blocks import ITEM, Block, collapse
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
        style = paragraph.style.name if paragraph.style is not None else ""
        text = collapse(paragraph.text)
        breaks = _page_break(element)
        if breaks and element.find(f"{_W}pPr/{_W}pageBreakBefore") is not None:
            blocks.append(Block("break", "", number))
        if text:
            level = _style_level(style or "", element)
            numbered = element.find(f"{_W}pPr/{_W}numPr") is not None
            m = ITEM.match(text)
            runs = [r for r in paragraph.runs if r.text.strip()]
            if _TOC_STYLE.match(style):
                depth = re.search(r"\d", style)
                blocks.append(Block("toc", text, number, indent=int(depth.group()) if depth else 1))
            elif level is not None:
                blocks.append(Block("heading", text, number, level))
            elif numbered or "list" in style.lower() or m:
                body = collapse(m.group(3) or "") if m else text
                blocks.append(Block("item", body, number, marker=m.group(2) if m else ""))
            elif runs and all(r.bold for r in runs) and len(text) <= 120:
                blocks.append(Block("heading", text, number, None))
            else:
                blocks.append(Block("para", text, number))
        if breaks and element.find(f"{_W}pPr/{_W}pageBreakBefore") is None:
            blocks.append(Block("break", "", number))
    return blocks
