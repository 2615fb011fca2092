"""One exception tree for the whole project.

::

    ForumMessagesError            anything the user can fix; printed without a traceback
      InputError                  a file that cannot be read or fails validation
        ValidationError           one or more problems, each with file, line and field
      EditionError                the edition file is wrong
      ConfigError                 a setting has a bad value
      OutputError                 an output could not be written

Each message says what is wrong, where, and how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


class ForumMessagesError(Exception):
    """Base class: an error the user can act on."""


class InputError(ForumMessagesError):
    """An input file cannot be read."""


@dataclass(frozen=True)
class Problem:
    """One validation problem: where (file, line, field) and what."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}"
        if self.field:
            where += f": field '{self.field}'"
        return f"{where}: {self.message}"


class ValidationError(InputError):
    """One or more validation problems; nothing was imported."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = tuple(problems)
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} found; nothing was imported"
        shown = "\n".join(f"  {p}" for p in self.problems[:50])
        more = f"\n  ... and {n - 50} more" if n > 50 else ""
        super().__init__(f"{head}:\n{shown}{more}")


class EditionError(ForumMessagesError):
    """The edition file is missing, malformed or inconsistent."""


class ConfigError(ForumMessagesError):
    """A setting has a value that cannot be used."""


class OutputError(ForumMessagesError):
    """An output file could not be written."""
