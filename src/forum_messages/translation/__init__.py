"""Terminology and quality checks for translated Messages documents (``check-translation``)."""

from forum_messages.translation.checks import Finding, check_translation

__all__ = ["Finding", "check_translation"]
