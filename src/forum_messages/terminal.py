"""Text from files and users as the terminal gets it.

The command line prints with rich, which reads ``[...]`` as markup: a file name such as
``notes[/draft].csv`` or a statement's theme ``[bold]`` would be taken for a style (or fail
as an unmatched tag) instead of being shown. Everything that comes from outside goes through
:func:`shown` before it is printed.
"""

from __future__ import annotations

from rich.markup import escape

from forum_messages.ingest.text import visible


def shown(value: object) -> str:
    """``value`` as printed text: no markup, control and direction characters as escapes."""
    return escape(visible(str(value)))
