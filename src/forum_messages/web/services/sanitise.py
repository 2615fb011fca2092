"""User text is cleaned on write and stored as plain text; templates escape it on output."""

from __future__ import annotations

import re
import unicodedata

from django.utils.html import strip_tags

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_BLANKS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t]+")


def clean_text(value: str) -> str:
    """NFC, no control or direction-override characters, no markup, tidy whitespace."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = strip_tags(text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANKS.sub("\n\n", text).strip()


def clean_line(value: str) -> str:
    """A one-line field (name, country): cleaned and on one line."""
    return " ".join(clean_text(value).split())
