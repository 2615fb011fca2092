"""WordprocessingML that python-docx has no API for: bidi paragraphs and runs, the four font
slots, fields (TOC, PAGE), footnotes, and a zip written with fixed timestamps.

Right to left in Word is two flags: ``w:bidi`` on a paragraph (its direction, alignment and
indents mirror) and ``w:rtl`` on a run (its characters are laid out right to left, with the
complex-script font and size: ``w:cs``, ``w:szCs``, ``w:bCs``). ``segments`` cuts a text into
runs of one direction, so "WS #12" inside an Arabic sentence is a left-to-right run.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from typing import Any

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from forum_messages.export.print_fonts import PROOFING, WordFonts

_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_STRONG_RTL = ("R", "AL")
_NUMBERS = ("EN", "AN")


def _strong(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in _STRONG_RTL:
        return "R"
    if kind == "L":
        return "L"
    if kind in _NUMBERS:
        return "D"
    return "N"


def segments(text: str, rtl_base: bool) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_rtl) runs, following the Unicode bidi algorithm roughly.

    Letters take their own direction; digits follow the letters before them ("GDC 3" stays
    left to right); spaces and punctuation take the direction of the letters on both sides
    when they agree, else the paragraph's (``rtl_base``).
    """
    kinds = [_strong(c) for c in text]
    resolved: list[str] = []
    last = "R" if rtl_base else "L"
    for kind in kinds:
        if kind in ("R", "L"):
            last = kind
        resolved.append(last if kind == "D" else kind)
    base = "R" if rtl_base else "L"
    for i, kind in enumerate(resolved):
        if kind != "N":
            continue
        before = next((k for k in reversed(resolved[:i]) if k != "N"), None)
        after = next((k for k in resolved[i + 1 :] if k != "N"), None)
        resolved[i] = before if before is not None and before == after else base
    out: list[tuple[str, bool]] = []
    for char, kind in zip(text, resolved, strict=True):
        rtl = kind == "R"
        if out and out[-1][1] == rtl:
            out[-1] = (out[-1][0] + char, rtl)
        else:
            out.append((char, rtl))
    return out


def has_cjk(text: str) -> bool:
    return any(
        "\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or "\uff00" <= c <= "\uffef"
        for c in text
    )


# Child order the schema requires (Word rejects a file whose elements are out of order).
_RPR_ORDER: tuple[str, ...] = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath",
)  # fmt: skip
_PPR_ORDER: tuple[str, ...] = (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
    "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
_ORDERS = {qn("w:rPr"): _RPR_ORDER, qn("w:pPr"): _PPR_ORDER}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(parent: Any, tag: str) -> Any:
    """The child ``tag`` of ``parent`` (a w:rPr or w:pPr), created in schema order if missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    order = _ORDERS.get(parent.tag)
    if order is not None:
        rank = order.index(_local(element.tag))
        for sibling in parent:
            name = _local(sibling.tag)
            if name in order and order.index(name) > rank:
                sibling.addprevious(element)
                return element
    parent.append(element)
    return element


def set_fonts(rpr: Any, fonts: WordFonts, *, cs: str | None = None, hint: bool = False) -> None:
    """Explicit fonts in the four slots of ``rpr`` (a w:rPr), theme fonts removed."""
    rfonts = _child(rpr, "w:rFonts")
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), fonts.ascii)
    rfonts.set(qn("w:hAnsi"), fonts.h_ansi)
    rfonts.set(qn("w:eastAsia"), fonts.east_asia)
    rfonts.set(qn("w:cs"), cs or fonts.cs)
    if hint:
        rfonts.set(qn("w:hint"), "eastAsia")


def set_lang(rpr: Any, fonts: WordFonts) -> None:
    lang = _child(rpr, "w:lang")
    lang.set(qn("w:val"), fonts.lang)
    lang.set(qn("w:eastAsia"), fonts.lang_east_asia)
    lang.set(qn("w:bidi"), fonts.lang_bidi)


def set_bidi(ppr: Any, rtl: bool) -> None:
    """``<w:bidi/>`` (or ``w:val="0"`` to override a right-to-left default) on a w:pPr."""
    bidi = _child(ppr, "w:bidi")
    if rtl:
        bidi.attrib.pop(qn("w:val"), None)
    else:
        bidi.set(qn("w:val"), "0")


def paragraph_bidi(paragraph: Paragraph, rtl: bool) -> None:
    set_bidi(paragraph._p.get_or_add_pPr(), rtl)


def rtl_run(
    run: Run, *, bold: bool = False, italic: bool = False, size: float | None = None
) -> None:
    """Mark ``run`` right to left, with its complex-script bold, italic and size."""
    rpr = run._r.get_or_add_rPr()
    for tag, on in (("w:bCs", bold), ("w:iCs", italic)):
        if on:
            _child(rpr, tag)
    if size is not None:
        _child(rpr, "w:szCs").set(qn("w:val"), str(round(size * 2)))
    _child(rpr, "w:rtl")


def run_lang(run: Run, lang: str) -> None:
    """Mark ``run`` as written in ``lang`` (a UN language code) in the slot of its script."""
    base = lang.split("-")[0].lower()
    tag = PROOFING.get(base)
    if tag is None:
        return
    el = _child(run._r.get_or_add_rPr(), "w:lang")
    slot = {"zh": "w:eastAsia", "ar": "w:bidi"}.get(base, "w:val")
    el.set(qn(slot), tag)


def cjk_run(run: Run, fonts: WordFonts) -> None:
    """East Asian fonts on ``run`` with the eastAsia hint (for ambiguous punctuation)."""
    set_fonts(run._r.get_or_add_rPr(), fonts, hint=True)


def _fld_char(kind: str) -> Any:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def field_begin(paragraph: Paragraph, instruction: str) -> None:
    """Open a complex field (``TOC \\o "1-2" \\h``) in ``paragraph``; its result follows."""
    for part in ("begin", "instr", "separate"):
        run = paragraph.add_run()._r
        if part == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run.append(instr)
        else:
            run.append(_fld_char(part))


def field_end(paragraph: Paragraph) -> None:
    paragraph.add_run()._r.append(_fld_char("end"))


def simple_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """A ``w:fldSimple`` (e.g. ``PAGE``) showing ``placeholder`` until Word computes it."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    fld.append(run)
    paragraph._p.append(fld)


def update_fields_on_open(settings_element: Any) -> None:
    """``<w:updateFields w:val="true"/>``: Word offers to update the TOC when it opens."""
    el = _child(settings_element, "w:updateFields")
    el.set(qn("w:val"), "true")


class Footnotes:
    """The footnotes part (``word/footnotes.xml``), created on first use."""

    def __init__(self, document_part: Any) -> None:
        self._document_part = document_part
        self._root: Any = None
        self._next = 1

    def _part_root(self) -> Any:
        if self._root is None:
            xml = (
                f"<w:footnotes {nsdecls('w')}>"
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                "<w:r><w:separator/></w:r></w:p></w:footnote>"
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
                '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                "</w:footnotes>"
            )
            element = parse_xml(xml)
            package = self._document_part.package
            part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, element, package)
            self._document_part.relate_to(part, RT.FOOTNOTES)
            self._root = element
        return self._root

    def add(self, paragraph: Paragraph, rtl: bool) -> Paragraph:
        """A footnote called from the end of ``paragraph``; returns the note's paragraph (with
        its marker run) for the caller to fill."""
        root = self._part_root()
        note_id = str(self._next)
        self._next += 1
        call = paragraph.add_run()
        call._r.get_or_add_rPr().style = "FootnoteReference"
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), note_id)
        call._r.append(ref)
        note = OxmlElement("w:footnote")
        note.set(qn("w:id"), note_id)
        p = OxmlElement("w:p")
        note.append(p)
        root.append(note)
        body = Paragraph(p, self._document_part)
        body._p.get_or_add_pPr().style = "FootnoteText"
        paragraph_bidi(body, rtl)
        marker = body.add_run()
        marker._r.get_or_add_rPr().style = "FootnoteReference"
        marker._r.append(OxmlElement("w:footnoteRef"))
        body.add_run(" ")
        return body


def fixed_zip(data: bytes, date: str) -> bytes:
    """The same zip with every entry dated ``date`` (ISO) and stored in the same order, so
    equal documents give equal bytes (python-docx stamps entries with the current time)."""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        day = dt.date(1980, 1, 1)
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()
