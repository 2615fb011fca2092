"""The ``check-translation`` command (registered through cli.COMMAND_MODULES)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from forum_messages.atomic import write_file
from forum_messages.errors import InputError

Handler = Callable[[argparse.Namespace, Console, Console], int]


def _raw_lines(path: str, fmt: str) -> list[str] | None:
    """The document's own lines for Markdown and text files (line numbers match the importer's)."""
    if fmt not in ("markdown", "text"):
        return None
    from forum_messages.documents.importer import _read

    return _read(Path(path)).splitlines()


def cmd_check(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.documents.importer import import_messages
    from forum_messages.translation.checks import check_translation
    from forum_messages.translation.glossary import load_glossary

    target = import_messages(args.target)
    source = import_messages(args.source) if args.source else None
    glossary = None
    if args.glossary:
        src_lang = source.language if source else ""
        glossary = load_glossary(args.glossary, src_lang or "en", target.language)
    try:
        lines = _raw_lines(args.target, target.format)
    except InputError:
        lines = None
    findings = check_translation(target, source, glossary, lines)
    for f in findings:
        console.print(
            f"[bold]{escape(f.location)}[/bold] [cyan]{f.kind}[/cyan]: {escape(f.evidence)}\n"
            f"    fix: {escape(f.suggestion)}"
        )
    console.print(f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {args.target}")
    if args.json:
        data: dict[str, Any] = {
            "target": args.target,
            "source": args.source,
            "glossary": args.glossary,
            "count": len(findings),
            "findings": [f.to_dict() for f in findings],
        }
        write_file(args.json, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        console.print(f"  wrote {args.json}")
    return 1 if findings else 0


def register(sub: Any) -> dict[str, Handler]:
    """Add the command to the CLI's subparsers; return {name: handler}."""
    p = sub.add_parser(
        "check-translation",
        help="terminology and quality checks on a translated Messages document",
    )
    p.add_argument("target", help="the translation (any format import-messages reads)")
    p.add_argument("--source", help="the source document: enables alignment checks")
    p.add_argument("--glossary", metavar="FILE", help="YAML glossary per language pair")
    p.add_argument("--json", metavar="OUT", help="write the findings as JSON")
    return {"check-translation": cmd_check}
