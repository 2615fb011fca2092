"""The ``import-messages`` and ``compare`` commands (registered through cli.COMMAND_MODULES)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from rich.console import Console

from forum_messages.atomic import write_file
from forum_messages.terminal import shown

Handler = Callable[[argparse.Namespace, Console, Console], int]


def cmd_import(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.documents.importer import import_messages
    from forum_messages.documents.model import document_to_json
    from forum_messages.documents.render import print_document

    doc = import_messages(args.file, args.format)
    print_document(doc, console)
    if args.output:
        write_file(args.output, document_to_json(doc))
        console.print(f"  wrote {shown(args.output)}", soft_wrap=True)
    if not doc.bullets():
        err.print(
            f"[yellow]warning[/yellow]: {shown(args.file)}: no bullets found; is this a "
            "Messages document?",
            soft_wrap=True,
        )
        return 1
    return 0


def _embedder(name: str) -> Any:
    if name == "hash":
        from forum_messages.nlp.base import HashEmbedder

        return HashEmbedder()
    from forum_messages.nlp.use import USEEmbedder

    return USEEmbedder()


def cmd_compare(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.documents.compare import compare
    from forum_messages.documents.importer import import_messages
    from forum_messages.documents.render import (
        print_comparison,
        render_comparison_html,
        render_comparison_json,
    )

    a = import_messages(args.a)
    b = import_messages(args.b)
    result = compare(a, b, _embedder(args.embedder), threshold=args.threshold)
    print_comparison(result, console, pairs=not args.brief)
    if args.json:
        write_file(args.json, render_comparison_json(result))
        console.print(f"  wrote {shown(args.json)}", soft_wrap=True)
    if args.html:
        write_file(args.html, render_comparison_html(result))
        console.print(f"  wrote {shown(args.html)}", soft_wrap=True)
    return 0


def register(sub: Any) -> dict[str, Handler]:
    """Add the commands to the CLI's subparsers; return {name: handler}."""
    p = sub.add_parser(
        "import-messages",
        help="read a published Messages document (md, txt from a PDF, docx) into JSON",
    )
    p.add_argument("file", help="the document: .md, .txt (pdftotext output), .docx, .pdf, .json")
    p.add_argument("--output", "-o", help="write the document as JSON to this file")
    p.add_argument(
        "--format",
        choices=["markdown", "text", "docx", "json", "pdf"],
        help="read the file as this format instead of guessing from its name",
    )
    p = sub.add_parser(
        "compare", help="align two Messages documents bullet to bullet, across languages"
    )
    p.add_argument("a", help="first document (any format import-messages reads, or messages.json)")
    p.add_argument("b", help="second document")
    p.add_argument("--json", metavar="OUT", help="write the comparison as JSON")
    p.add_argument("--html", metavar="OUT", help="write the comparison as an HTML page")
    p.add_argument(
        "--threshold",
        type=float,
        default=0.45,
        help="lowest similarity for two bullets to count as the same (default 0.45)",
    )
    p.add_argument(
        "--embedder",
        choices=["use", "hash"],
        default="use",
        help="use: multilingual sentence encoder (default); hash: no model, one language only",
    )
    p.add_argument("--brief", action="store_true", help="do not list every matched pair")
    return {"import-messages": cmd_import, "compare": cmd_compare}
