"""Text from files and users as the terminal gets it.

The command line prints with rich, which reads ``[...]`` as markup: a file name such as
``notes[/draft].csv`` or a statement's theme ``[bold]`` would be taken for a style (or fail
as an unmatched tag) instead of being shown. Everything that comes from outside goes through
:func:`shown` before it is printed.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.markup import escape

from forum_messages.errors import ForumMessagesError
from forum_messages.ingest.text import visible


def shown(value: object) -> str:
    """``value`` as printed text: no markup, control and direction characters as escapes."""
    return escape(visible(str(value)))


def reported(command: Callable[[], int], err: Console, debug: bool = False) -> int:
    """Run ``command`` and give its exit code; an error it raises is printed on ``err`` as one
    line instead of a traceback (``debug``: raised as it is, with its traceback).

    - an error the user can act on (a bad input: its file, line and field; a bad setting):
      ``error: ...``, exit code 1;
    - an interruption (Ctrl-C): ``interrupted``, 130;
    - anything else, a failure of the program itself: ``internal error: <kind>: ...`` and how
      to see the traceback, 3.

    The command line (``forum-messages``) and the site's own entry point (its ``main``, run
    with ``python -m``) both report through this, so an error reads the same from either.
    """
    try:
        return command()
    except ForumMessagesError as exc:
        if debug:
            raise
        err.print(f"[red]error[/red]: {shown(exc)}", soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130
    except Exception as exc:  # an unexpected failure: one line unless --debug
        if debug:
            raise
        err.print(
            f"[red]internal error[/red]: {type(exc).__name__}: {shown(exc)}\n"
            "Run again with --debug for the full traceback.",
            soft_wrap=True,
        )
        return 3
