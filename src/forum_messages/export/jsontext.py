"""Indented JSON text, the same characters as ``json.JSONEncoder(ensure_ascii=False,
indent=2, sort_keys=True, allow_nan=False)`` writes, in less time.

The standard library's indenting encoder is a chain of Python generators, one per level of
nesting, so each of the hundreds of thousands of pieces of a draft's JSON passes through
every level above it. Here each item of the two outer levels (a statement, a session, a
theme) is written by plain recursion into a list, joined, and handed on, except what holds
a lazy list (``Streamed``: a theme's topics, a topic's messages, a message's sources), which
is handed on an item of that list at a time: a large draft is never held whole, nor one of
its themes, and its lazy lists (``jsondoc.LazyList``) are converted one item at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from json.encoder import encode_basestring
from typing import Any

INDENT = 2
#: Levels whose items are handed on one by one; deeper ones are written whole.
STREAMED = 2


class Streamed(list[Any]):
    """A list whose items are handed on one by one at any level, as is any dictionary
    holding one (``jsondoc.LazyList``: made an item at a time as it is written)."""


def _streamed(value: Any) -> bool:
    """Whether ``value`` is written an item at a time below ``STREAMED``."""
    if isinstance(value, Streamed):
        return True
    return isinstance(value, dict) and any(isinstance(v, Streamed) for v in value.values())


def _key(key: object) -> str:
    """A dictionary key as the standard encoder writes it (before quoting)."""
    if isinstance(key, str):
        return key
    text = _scalar(key)  # numbers, true, false and null are written as they would be
    if text is None:
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")
    return text


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    return float.__repr__(value)


def _scalar(value: object) -> str | None:
    """The text of a value that is not a list or a dictionary (None for those)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, list | tuple | dict):
        return None
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _write(value: Any, level: int, out: list[str]) -> None:
    """``value``'s text appended to ``out`` (its first line already indented)."""
    text = _scalar(value)
    if text is not None:
        out.append(text)
        return
    if not value:
        out.append("{}" if isinstance(value, dict) else "[]")
        return
    inner = "\n" + " " * (INDENT * (level + 1))
    if isinstance(value, dict):
        out.append("{")
        for k, (key, item) in enumerate(sorted(value.items())):
            out.append(("," if k else "") + inner + encode_basestring(_key(key)) + ": ")
            _write(item, level + 1, out)
        out.append("\n" + " " * (INDENT * level) + "}")
    else:
        out.append("[")
        for k, item in enumerate(value):
            out.append(("," if k else "") + inner)
            _write(item, level + 1, out)
        out.append("\n" + " " * (INDENT * level) + "]")


def _stream(value: Any, level: int) -> Iterator[str]:
    """``value``'s text in pieces: one per item down to level ``STREAMED``."""
    if (level >= STREAMED and not _streamed(value)) or _scalar(value) is not None or not value:
        out: list[str] = []
        _write(value, level, out)
        yield "".join(out)
        return
    inner = "\n" + " " * (INDENT * (level + 1))
    if isinstance(value, dict):
        yield "{"
        for k, (key, item) in enumerate(sorted(value.items())):
            yield ("," if k else "") + inner + encode_basestring(_key(key)) + ": "
            yield from _stream(item, level + 1)
        yield "\n" + " " * (INDENT * level) + "}"
    else:
        yield "["
        for k, item in enumerate(value):
            yield ("," if k else "") + inner
            yield from _stream(item, level + 1)
        yield "\n" + " " * (INDENT * level) + "]"


def iter_indented(value: Any) -> Iterator[str]:
    """The JSON text of ``value`` (no final newline), in pieces."""
    return _stream(value, 0)
