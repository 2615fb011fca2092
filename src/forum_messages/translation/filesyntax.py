"""Translation files parsed safely: XML without a DTD, and a strict look at a PO file's lines.

XLIFF is parsed by lxml with entities never expanded or fetched and nesting limited; a
document type declaration is refused whatever the document's encoding.

PO: polib forgives too much: a string without its closing quote loses its last character, a
line break character inside a string (U+2028, form feed, ...) splits it in two, and text that
happens to be a file's path is read from that file. Every line must be blank, a ``#``
comment, a keyword (``msgctxt``, ``msgid``, ``msgid_plural``, ``msgstr``, ``msgstr[n]``)
followed by one quoted string, or a quoted string continuing the one above; anything else is
an error naming the file and the line.
"""

from __future__ import annotations

import re
from typing import Any

from forum_messages.errors import InputError
from forum_messages.translation import limits

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
#: The escapes polib turns back into characters; any other would stay as two characters.
_UNKNOWN_ESCAPE = re.compile(r'(?<!\\)(?:\\\\)*(\\[^\\"ntr])')
_KEYWORD = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d{1,3}\])?)\s+(.*)")
_PREVIOUS = ("msgctxt", "msgid", "msgid_plural")
#: Characters Python's str.splitlines (which polib uses) breaks lines at, besides \n and \r:
#: inside a string they would split it, so they become spaces (cleaning would drop or
#: collapse them anyway).
_BREAKS = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _string_problem(text: str) -> str | None:
    """What is wrong with ``text`` as one quoted PO string (None when nothing is)."""
    if not text.startswith('"'):
        return "a quoted string is expected here"
    m = _STRING.match(text)
    if m is None:
        return "the string has no closing quote"
    if m.end() != len(text):
        return 'text after the closing quote (write a quote inside a string as \\")'
    bad = _UNKNOWN_ESCAPE.search(text) if "\\" in text else None
    if bad:
        return f"unknown escape {bad.group(1)} (write a backslash as \\\\)"
    return None


def _line_problem(line: str) -> str | None:
    if not line or line in ("#", "#~"):
        return None
    if line.startswith("#~|"):
        return None  # the previous source of an obsolete entry: ignored
    if line.startswith("#~"):
        return _line_problem(line[2:].strip()) if line[2:].strip() else None
    if line.startswith("#|"):
        rest = line[2:].strip()
        if rest.startswith('"'):
            return _string_problem(rest)
        m = _KEYWORD.fullmatch(rest)
        if m is None or m.group(1) not in _PREVIOUS:
            return "a previous-source line (#|) needs msgctxt, msgid or msgid_plural and a string"
        return _string_problem(m.group(2))
    if line.startswith("#"):
        return None
    if line.startswith('"'):
        return _string_problem(line)
    m = _KEYWORD.fullmatch(line)
    if m is None:
        return "not a PO line: expected msgctxt, msgid, msgstr, a quoted string or a # comment"
    return _string_problem(m.group(2))


def checked_po_text(text: str, name: str) -> str:
    """``text`` with its newlines made ``\\n`` and line breaking characters inside lines made
    spaces, after checking every line (InputError naming ``name`` and the line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _BREAKS.sub(" ", text)
    if text.startswith("\ufeff"):
        text = text[1:]
    waiting = 0  # the line of a msgid still without its msgstr
    for n, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        problem = _line_problem(line)
        if problem:
            raise InputError(f"{name}:{n}: {problem}")
        keyword = line.split(None, 1)[0] if line[:3] == "msg" else ""
        if keyword.startswith("msgstr"):
            waiting = 0
        elif keyword in ("msgid", "msgctxt") and waiting:
            break
        if keyword == "msgid":
            waiting = n
    if waiting:
        raise InputError(f"{name}:{waiting}: this msgid has no msgstr")
    if "msgid" not in text:
        raise InputError(f"{name}: not a PO file: it has no msgid")
    return text


_POLIB_LINE = re.compile(r"\(line (\d+)\)(?::\s*(.*))?")


def polib_error(exc: Exception, name: str) -> InputError:
    """polib's syntax error as ours, naming the file and the line."""
    m = _POLIB_LINE.search(str(exc))
    if m is None:
        return InputError(f"{name}: not a readable PO file: {exc}")
    detail = m.group(2) or "entries out of order (each needs msgid then msgstr)"
    return InputError(f"{name}:{m.group(1)}: not valid PO: {detail}")


def _has_dtd(root: Any) -> bool:
    docinfo = root.getroottree().docinfo
    return bool(docinfo.doctype) or docinfo.internalDTD is not None


def _parser(recover: bool = False) -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=recover,
    )


def parse_xml(data: bytes | str, name: str) -> Any:
    """The root element of an XML document, whatever its encoding (UTF-8/16/32, a BOM or
    the XML declaration say which), with no DTD: a DOCTYPE is refused, entities are never
    expanded or fetched (libxml2 also stops entity amplification), and nesting is limited
    (InputError naming the file and line)."""
    from lxml import etree

    raw = data.encode("utf-8") if isinstance(data, str) else data
    limits.check_file_size(name, len(raw))
    refused = InputError(f"{name}: document type declarations are not accepted in XLIFF files")
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        try:  # the error may come from what a DTD declared: say so rather than the symptom
            partial = etree.fromstring(raw, _parser(recover=True))
        except etree.XMLSyntaxError:
            partial = None
        if partial is not None and _has_dtd(partial):
            raise refused from None
        raise InputError(f"{name}:{exc.lineno or 0}: not well-formed XML: {exc.msg}") from None
    if _has_dtd(root):
        raise refused
    if any(isinstance(el, etree._Entity) for el in root.iter()):
        raise InputError(f"{name}: entity references are not accepted in XLIFF files")
    return root
