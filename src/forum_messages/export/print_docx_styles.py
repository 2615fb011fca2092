"""Page, styles, fonts and settings of the DOCX export, set before any text is added.

python-docx's default template names theme fonts (Calibri, Cambria) that override anything
else; every style here gets explicit fonts in its four slots instead, so Chinese is set in the
East Asian font and Arabic in the complex-script font whatever Word's theme. Styles Word knows
by name (``toc 1``, ``footnote text``, ...) are created with Word's own names and ids.
"""

from __future__ import annotations

from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from forum_messages.export.print_fonts import ARABIC_HEADINGS, WordFonts
from forum_messages.export.print_model import PrintDoc
from forum_messages.export.print_ooxml import (
    _child,
    set_bidi,
    set_fonts,
    set_lang,
    update_fields_on_open,
)

BLUE = RGBColor(0x0B, 0x3D, 0x6E)
GREY = RGBColor(0x59, 0x59, 0x59)

#: name, style id, type, based on, size (pt), bold, italic, colour, space after (pt),
#: start indent (mm). ``None`` leaves the base style's value.
_NEW_STYLES: tuple[tuple[Any, ...], ...] = (
    ("toc 1", "TOC1", WD_STYLE_TYPE.PARAGRAPH, "Normal", None, True, False, None, 2, 0),
    ("toc 2", "TOC2", WD_STYLE_TYPE.PARAGRAPH, "Normal", 9.5, False, False, None, 1, 6),
    ("footnote text", "FootnoteText", WD_STYLE_TYPE.PARAGRAPH, "Normal", 8, False, False, None,
     0, 0),
    ("footnote reference", "FootnoteReference", WD_STYLE_TYPE.CHARACTER, None, None, False,
     False, None, None, None),
    ("Part Label", "PartLabel", WD_STYLE_TYPE.PARAGRAPH, "Normal", 9, True, False, GREY, 3, 0),
    ("Message Note", "MessageNote", WD_STYLE_TYPE.PARAGRAPH, "Normal", 8.5, False, False, GREY,
     4, 6),
    ("Table Text", "TableText", WD_STYLE_TYPE.PARAGRAPH, "Normal", 8, False, False, None, 0, 0),
    ("Source Entry", "SourceEntry", WD_STYLE_TYPE.PARAGRAPH, "Normal", 9, False, False, None,
     0, 0),
    ("Source Session", "SourceSession", WD_STYLE_TYPE.PARAGRAPH, "Normal", 9, False, False,
     None, 0, 6),
)  # fmt: skip

#: Built-in styles restyled: name, size (pt), colour, space before (pt), space after (pt).
_RESTYLE: tuple[tuple[str, float, RGBColor | None, float, float], ...] = (
    ("Normal", 10.5, None, 0, 6),
    ("Title", 36, BLUE, 0, 12),
    ("Subtitle", 16, BLUE, 80, 6),
    ("Heading 1", 16, BLUE, 0, 8),
    ("Heading 2", 12, BLUE, 12, 4),
    ("TOC Heading", 16, BLUE, 0, 8),
    ("Quote", 9.5, GREY, 8, 8),
    ("List Bullet", 10.5, None, 0, 4),
)


def _size(style: Any, size: float) -> None:
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    _child(rpr, "w:szCs").set(qn("w:val"), str(round(size * 2)))


def _page(document: Any, rtl: bool) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(22), Mm(24)
    section.left_margin = section.right_margin = Mm(20)
    if rtl:
        section._sectPr.append(section._sectPr.makeelement(qn("w:bidi"), {}))


def _defaults(document: Any, fonts: WordFonts, rtl: bool) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, fonts)
    set_lang(rpr, fonts)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    if rtl:
        set_bidi(ppr, True)
    # Every run property that names fonts names all four (no theme font left anywhere).
    for rfonts in styles.iter(qn("w:rFonts")):
        parent = rfonts.getparent()
        heading = parent.getparent().get(qn("w:styleId"), "").startswith(("Heading", "Title"))
        cs = ARABIC_HEADINGS[0] if heading else None
        set_fonts(parent, fonts, cs=cs)


def _restyle(document: Any) -> None:
    for name, size, color, before, after in _RESTYLE:
        style = document.styles[name]
        _size(style, size)
        if color is not None:
            style.font.color.rgb = color
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
    title = document.styles["Title"]
    title.font.bold = True
    # Letter spacing would break the joins of Arabic letters.
    spacing = title.element.get_or_add_rPr().find(qn("w:spacing"))
    if spacing is not None:
        spacing.getparent().remove(spacing)
    for name in ("Subtitle", "Quote"):  # no slanted Arabic or Chinese (w:iCs for Arabic)
        style = document.styles[name]
        style.font.italic = False
        rpr = style.element.get_or_add_rPr()
        for slant in rpr.findall(qn("w:iCs")):
            rpr.remove(slant)


def _new_styles(document: Any, fonts: WordFonts) -> None:
    for name, style_id, kind, base, size, bold, italic, color, after, indent in _NEW_STYLES:
        style = document.styles.add_style(name, kind)
        style.style_id = style_id
        if base is not None:
            style.base_style = document.styles[base]
        if size is not None:
            _size(style, size)
        if bold:
            style.font.bold = True
            _child(style.element.get_or_add_rPr(), "w:bCs")
        if italic:
            style.font.italic = True
        if color is not None:
            style.font.color.rgb = color
        if kind == WD_STYLE_TYPE.CHARACTER:
            style.font.superscript = True
            continue
        style.paragraph_format.space_after = Pt(after)
        if indent:
            style.paragraph_format.left_indent = Mm(indent)
    document.styles["Part Label"].paragraph_format.keep_with_next = True
    document.styles["Message Note"].paragraph_format.keep_together = True
    document.styles["footnote text"].paragraph_format.space_after = Pt(0)


def _drop_thumbnail(document: Any) -> None:
    """The template's thumbnail pictures python-docx's sample page, not this document."""
    rels = document.part.package.rels
    for r_id, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[r_id]


def setup_document(document: Any, doc: PrintDoc, fonts: WordFonts) -> None:
    """Page size, direction, fonts, styles and settings of a new python-docx Document."""
    rtl = doc.direction == "rtl"
    _page(document, rtl)
    _defaults(document, fonts, rtl)
    _restyle(document)
    _new_styles(document, fonts)
    update_fields_on_open(document.settings.element)
    _drop_thumbnail(document)
