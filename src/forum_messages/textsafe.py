"""Characters no output may carry: what XML 1.0 forbids, and the C1 controls.

XML 1.0 forbids the C0 controls but tab and line ends, lone surrogates and the noncharacters
U+FFFE and U+FFFF: python-docx refuses a text holding one (``ValueError``), an XLIFF file
written with one is not well-formed, and WeasyPrint draws a box for each. The C1 controls
(U+0080-U+009F) are allowed by XML but drawn by no font. The readers of reports and the
site's forms drop them as they read (``ingest.text.clean_text``,
``web.services.sanitise.clean_text``); an edition file refuses them, naming the field; the
print formats and the translation files drop any left (``printable``).
"""

from __future__ import annotations

import re

UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


#: The bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069):
#: one left open in a title reorders the text after it in the sentence that quotes the title
#: ("Forum \u202efdp.exe" shows as "Forum exe.pdf" and reverses the rest of the line). The
#: outputs isolate what needs it themselves (``dir="auto"``, ``<bdi>``).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    """``text`` without the characters of ``BIDI_CONTROLS``."""
    return BIDI_CONTROLS.sub("", text)


def printable(text: str) -> str:
    """``text`` without the characters of ``UNPRINTABLE``."""
    return UNPRINTABLE.sub("", text)


def unprintable(text: str) -> str | None:
    """A description of the first character of ``UNPRINTABLE`` in ``text`` (``"U+0001 at
    character 12"``), or None when there is none."""
    found = UNPRINTABLE.search(text)
    if found is None:
        return None
    return f"U+{ord(found.group()):04X} at character {found.start() + 1}"
