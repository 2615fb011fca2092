"""Read session reports and NRI reports into one :class:`~forum_messages.model.Corpus`.

::

    load_reports(paths, edition=None, *, max_bytes=200_000_000) -> Corpus
        Read every file (directories: every supported file inside, recursively, sorted),
        validate everything, and return the sessions and statements in input order. If any file
        has any problem, raise ``errors.ValidationError`` with every Problem (file, line,
        field, message): nothing is half-imported.

    validate_reports(paths, edition=None, *, max_bytes=...) -> ValidationReport
        The same reading and checks without raising, for the ``validate`` command:
        ``report.ok``, ``report.problems`` (errors), ``report.warnings`` (ignored fields,
        empty files), ``report.counts()`` ({"files", "sessions", "nri_reports",
        "statements", "key_takeaway", ...}) and ``report.corpus`` (the reports that passed).

Formats, by extension: .jsonl/.ndjson (``jsonl``), .json (``jsonfile``), .yaml/.yml
(``yamlfile``), .csv/.tsv (``csvfile``), .md/.markdown (``markdown``). Every reader produces raw
records in one shape; ``records`` validates them all the same way. The formats and rules are
documented for users in docs/input-formats.md.

Statement ids: ``statement_id(session, kind, text, occurrence)`` = "st-" + 12 hex of sha256.
"""

from __future__ import annotations

from forum_messages.ingest.fields import MAX_STATEMENT_CHARS, statement_id
from forum_messages.ingest.loader import (
    READERS,
    ValidationReport,
    find_files,
    load_reports,
    validate_reports,
)

SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(READERS)

__all__ = [
    "MAX_STATEMENT_CHARS",
    "READERS",
    "SUPPORTED_EXTENSIONS",
    "ValidationReport",
    "find_files",
    "load_reports",
    "statement_id",
    "validate_reports",
]
