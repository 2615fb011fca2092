"""Terminology and quality checks for translated Messages documents (``check-translation``)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from forum_messages.translation.checks import Finding, check_translation

__all__ = ["Finding", "check_translation"]


def __getattr__(name: str) -> Any:
    """The checks are imported on first use (a draft registers this package's commands)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module("forum_messages.translation.checks"), name)
