"""One thread at a time in ``ast.parse``.

CPython 3.11 keeps the depth counter of its AST-to-object conversion in state shared by all
threads. When two threads parse at once and one of them is switched out in the middle (a
garbage collection that runs a finaliser is enough), the other's counter comes back wrong
and the parse fails with ``SystemError: AST constructor recursion depth mismatch``.

Our commands do parse in several threads: numpy reads the header of every array in an
``.npz`` file with ``ast.literal_eval``, and the models load in background threads
(``nlp.preload``) while the main thread loads other arrays and ``inspect`` reads builtin
signatures. The loading threads also shorten the interpreter's switch interval, which makes
the clash likely enough to fail a draft now and then.

:func:`install` wraps ``ast.parse`` (which ``ast.literal_eval`` and ``inspect`` call) in a
process-wide lock. Parsing is short, so the lock costs nothing measurable; it is installed
once, when the package is imported. A child forked while another thread held the lock gets
a lock of its own, free (that thread does not exist in the child, and would never let go).
"""

from __future__ import annotations

import ast
import functools
import os
import threading
from collections.abc import Callable
from typing import Any

_LOCK = threading.RLock()
_MARK = "_forum_messages_locked"


def _fresh_lock() -> None:
    global _LOCK
    _LOCK = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_fresh_lock)


def install() -> None:
    """Replace ``ast.parse`` with a locked wrapper (idempotent)."""
    current: Callable[..., Any] = ast.parse
    if getattr(current, _MARK, False):
        return

    @functools.wraps(current)
    def parse(*args: Any, **kwargs: Any) -> Any:
        with _LOCK:
            return current(*args, **kwargs)

    setattr(parse, _MARK, True)
    ast.parse = parse


def installed() -> bool:
    return bool(getattr(ast.parse, _MARK, False))
