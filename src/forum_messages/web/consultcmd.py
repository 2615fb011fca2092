"""``forum-messages import-comments``: consultation responses into an edition of the site.

::

    forum-messages import-comments EXPORT --edition SLUG [--columns SPEC] [--keep-going]

Each answer of each response becomes a comment on the draft under review (see
``services/consultimport``). Registered through cli.COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rich.console import Console

from forum_messages.errors import ConfigError
from forum_messages.ingest.text import visible
from forum_messages.web.commands import (
    Handler,
    _data_dir,
    _pick_edition,
    database_named,
    setup,
)

SHOWN_REJECTS = 50


def register(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser(
        "import-comments",
        help="import consultation responses (CSV, JSON Lines, XLSX) as comments on the draft",
    )
    _data_dir(p)
    p.add_argument("export", help="the consultation export (.csv, .tsv, .jsonl, .xlsx)")
    p.add_argument("--edition", "-e", default="", help="short name (slug) of the edition")
    p.add_argument(
        "--columns",
        default="",
        help="id=ResponseID,text=Q1,Q2,group=...,organisation=...,region=...,country=...,"
        "language=...,theme=... (default: the edition file's consultation:)",
    )
    p.add_argument(
        "--keep-going",
        action="store_true",
        help="import the rows that are right and list the others (default: import nothing "
        "when a row is rejected)",
    )
    return database_named({"import-comments": cmd_import_comments})


def reject_line(r: Any) -> str:
    """A reject as printed: file, row, field and reason, with the controls and direction
    marks of the file's own text (a column name, an unknown theme) written as escapes."""
    where = f"{r.file}:{r.row}" if r.row else r.file
    field = f" field '{r.field}':" if r.field else ""
    return visible(f"{where}:{field} {r.reason}")


def cmd_import_comments(args: argparse.Namespace, console: Console, err: Console) -> int:
    setup(args.data_dir)
    from forum_messages.web.models import Edition
    from forum_messages.web.services import consultimport

    edition = _pick_edition(Edition, args.edition)
    path = Path(args.export)
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    columns = consultimport.column_map_of(edition, args.columns)
    if columns is None:
        raise ConfigError("give --columns: the edition file has no consultation: mapping")
    try:
        result = consultimport.import_file(edition, path, columns, keep_going=args.keep_going)
    except consultimport.Refused as exc:
        for r in exc.rejects[:SHOWN_REJECTS]:
            err.print(reject_line(r), soft_wrap=True, markup=False, highlight=False)
        more = exc.count - min(len(exc.rejects), SHOWN_REJECTS)
        if more > 0:
            err.print(f"... and {more} more")
        err.print(f"{exc.count} row(s) rejected: nothing was imported (see --keep-going)")
        return 1
    for r in result.rejects[:SHOWN_REJECTS]:
        err.print(reject_line(r), soft_wrap=True, markup=False, highlight=False)
    console.print(
        f"Edition '{edition.slug}': {result.responses} responses read, {result.comments} "
        f"comments imported, {result.campaigns} campaigns, {result.rejected} rows rejected."
    )
    return 0
