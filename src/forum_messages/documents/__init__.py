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

import sys
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

#: The module each name comes from (the other names of ``__all__``: ``model``), imported on
#: first use: every command (a draft too) registers this package's commands, and the readers
#: and the comparison take a while to import.
_HOMES = {
    "Comparison": "compare",
    "FrameworkLine": "frameworks",
    "parse_framework_line": "frameworks",
    "import_messages": "importer",
    "parse_messages": "importer",
}

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


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name, "model" if name in __all__ else None)
    if home is None:  # a submodule (``from forum_messages.documents import vocab``) is found
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"forum_messages.documents.{home}"), name)
    globals()[name] = value
    return value


class _Package(ModuleType):
    """``compare`` names both a submodule and its function; the package's ``compare`` is
    the function, even after the import system has loaded the submodule (it then sets the
    package's attribute of that name to the submodule: ignored here)."""

    @property
    def compare(self) -> Any:
        return import_module("forum_messages.documents.compare").compare

    @compare.setter
    def compare(self, value: Any) -> None:
        return None


sys.modules[__name__].__class__ = _Package
