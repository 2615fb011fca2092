"""Shared plumbing for the readers: the raw record handed to ``records`` and the problem sink."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from forum_messages.errors import Problem

#: The warning for a report file with nothing in it.
EMPTY = "the file is empty"


class Sink:
    """Collects errors (which stop an import) and warnings (which do not)."""

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, file: str, line: int, field: str, message: str) -> None:
        self.errors.append(Problem(file, line, field, message))

    def warn(self, file: str, line: int, field: str, message: str) -> None:
        self.warnings.append(Problem(file, line, field, message))


@dataclass
class RawRecord:
    """One report as a reader found it, before validation.

    ``data`` is a mapping in the record shape (``session``, ``title``, ``key_takeaways`` ...),
    ideally a :class:`forum_messages.yamlsrc.LineDict` so fields and list items know their line.
    ``names`` maps a path such as ``"key_takeaways.2"`` or ``"organisers.0.region"`` to the name
    the source used for it (a CSV column such as ``key_takeaway_3``), so problems use that name.
    """

    data: Any
    file: str
    line: int
    names: dict[str, str] = field(default_factory=dict)


class SourceProblem(Exception):
    """A whole file cannot be used (encoding, size, syntax); raised by the low-level helpers."""

    def __init__(self, line: int, message: str, field: str = ""):
        super().__init__(message)
        self.line = line
        self.message = message
        self.field = field
