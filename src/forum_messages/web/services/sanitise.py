"""User text is cleaned on write and stored as plain text; templates escape it on output."""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import SuspiciousOperation
from django.utils.html import strip_tags

#: Controls (C0 but tab and line ends, C1), the zero-width space, direction embeddings,
#: overrides and isolates, lone surrogates and the noncharacters U+FFFE, U+FFFF: XML 1.0
#: forbids most of them, the site's Word and PDF downloads are XML, and an override turns
#: the text after it around. The zero-width non-joiner and joiner (U+200C, U+200D: Persian
#: words, emoji sequences) and the direction marks (U+200E, U+200F) are text: kept, as the
#: report readers keep them.
_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)
_BLANKS = re.compile(r"\n{3,}")
#: the characters kept that show nothing of their own (``_CONTROL``'s comment)
_INVISIBLE = re.compile("[\u200c-\u200f]")
#: A tag, for the text Django's ``strip_tags`` gives up on: one pass, no nesting undone.
_TAG = re.compile(r"<[A-Za-z/!?][^<>]*>")
_SPACES = re.compile(r"[ \t]+")


def clean_text(value: str) -> str:
    """NFC, no control, direction override or isolate, no markup, tidy whitespace."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _strip_tags(text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = _BLANKS.sub("\n\n", text).strip()
    # joiners and marks alone are no text (a comment of only them is an empty one)
    return text if _INVISIBLE.sub("", text).strip() else ""


def _strip_tags(text: str) -> str:
    """Django's ``strip_tags``; a text it refuses as suspicious (``SuspiciousOperation``:
    fifty ``<`` in an unclosed tag of 1,000 characters, as ``<a<a<a...``, or tags nested
    fifty deep) loses its whole tags in one pass and keeps its other ``<`` as text. Before,
    such a comment got the site's bare "Bad Request" page and a consultation import with
    such an answer an internal error. The text is stored as plain text and escaped wherever
    it is shown, so what stays of the markup is inert."""
    try:
        return strip_tags(text)
    except SuspiciousOperation:
        return _TAG.sub("", text)


def clean_line(value: str) -> str:
    """A one-line field (name, country): cleaned and on one line."""
    return " ".join(clean_text(value).split())
