"""Published Messages documents: import them, compare two of them.

::

    import_messages(path) -> MessagesDocument      Markdown, pdftotext text, DOCX, our JSON
    parse_messages(text, "markdown" | "text")      the same from a string
    from_draft(draft) -> MessagesDocument          our own draft, to compare with
    located_bullets(doc) -> [LocatedBullet]        every bullet with its theme and sub-topic
    parse_framework_line(text) -> FrameworkLine    "[GDC 1 - WSIS C2 - SDGs 4]; areas", 6 languages
    compare(a, b, embedder) -> Comparison          bullets aligned across languages
"""

from __future__ import annotations

from forum_messages.documents.compare import Comparison, compare
from forum_messages.documents.frameworks import FrameworkLine, parse_framework_line
from forum_messages.documents.importer import import_messages, parse_messages
from forum_messages.documents.model import (
    DocBullet,
    DocTheme,
    DocTopic,
    LocatedBullet,
    MessagesDocument,
    Repair,
    document_from_dict,
    document_to_dict,
    document_to_json,
    from_draft,
    from_messages_json,
    located_bullets,
)

__all__ = [
    "Comparison",
    "DocBullet",
    "DocTheme",
    "DocTopic",
    "FrameworkLine",
    "LocatedBullet",
    "MessagesDocument",
    "Repair",
    "compare",
    "document_from_dict",
    "document_to_dict",
    "document_to_json",
    "from_draft",
    "from_messages_json",
    "import_messages",
    "located_bullets",
    "parse_framework_line",
    "parse_messages",
]
