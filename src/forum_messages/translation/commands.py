"""The translation commands (registered through cli.COMMAND_MODULES).

::

    check-translation     checks on a translated Messages document (any format)
    export-translation    a draft's segments out to an XLIFF or PO file for a translator
    publish-translation   a translated XLIFF or PO file back in, checked, and the translated
                          document written (md, html, json, pdf, docx)
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from forum_messages.atomic import write_file
from forum_messages.errors import ConfigError, InputError
from forum_messages.ingest.text import clean_text
from forum_messages.terminal import shown

if TYPE_CHECKING:
    from forum_messages.model import Draft
    from forum_messages.translation.glossary import Glossary
    from forum_messages.translation.segments import Translation

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
    embedder = None
    if args.align == "meaning":
        if source is None:
            raise ConfigError("--align meaning needs --source: there is nothing to align to")
        from forum_messages.nlp.use import USEEmbedder

        embedder = USEEmbedder()
    findings = check_translation(target, source, glossary, lines, embedder)
    for f in findings:
        console.print(
            f"[bold]{shown(f.location)}[/bold] [cyan]{f.kind}[/cyan]: {shown(f.evidence)}\n"
            f"    fix: {shown(f.suggestion)}"
        )
    console.print(
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {shown(args.target)}"
    )
    if args.json:
        data: dict[str, Any] = {
            "target": args.target,
            "source": args.source,
            "glossary": args.glossary,
            "count": len(findings),
            "findings": [f.to_dict() for f in findings],
        }
        write_file(args.json, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        console.print(f"  wrote {shown(args.json)}", soft_wrap=True)
    return 1 if findings else 0


# --------------------------------------------------------------------------- export / publish


def _language(code: str) -> str:
    from forum_messages.translation.limits import LANGUAGE_CODE

    if not LANGUAGE_CODE.fullmatch(code):
        raise ConfigError(f"--to {code!r}: give a language code such as fr, zh or pt-BR")
    return code


def _file_format(fmt: str | None, output: str) -> str:
    """The translation file type: --format, which must agree with the output's name."""
    from forum_messages.translation.exchange import format_of

    try:
        by_name = format_of(output)
    except InputError:
        raise ConfigError(
            f"-o {output}: name the file .xlf or .po (publish-translation reads the type "
            "from the name)"
        ) from None
    if fmt and fmt != by_name:
        raise ConfigError(f"-o {output}: the name says {by_name}, but --format is {fmt}")
    return by_name


def _output_formats(spec: str) -> list[str]:
    from forum_messages.export import get_renderer

    formats = list(dict.fromkeys(f.strip() for f in spec.split(",") if f.strip()))
    if not formats:
        raise ConfigError("--format: give at least one of md, html, json, pdf, docx")
    for fmt in formats:
        get_renderer(fmt)  # ConfigError naming the known formats
    return formats


def _translation_file(path: str, draft: Draft, draft_path: str) -> Translation:
    """A translation file of ``draft``'s language (InputError naming the file otherwise)."""
    from forum_messages.translation.exchange import load_translation

    t = load_translation(path)
    if t.source_language != draft.language:
        raise InputError(
            f"{path}: translates from '{t.source_language}', but the draft {draft_path} is in "
            f"'{draft.language}'"
        )
    return t


def _glossary(path: str | None, source: str, target: str) -> Glossary | None:
    from forum_messages.translation.glossary import load_glossary

    return load_glossary(path, source, target) if path else None


def _counts(t: Translation) -> str:
    return ", ".join(f"{n} {state}" for state, n in t.counts().items())


def cmd_export(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.export import load_draft_json
    from forum_messages.model import pick
    from forum_messages.translation.exchange import load_translation, write_translation
    from forum_messages.translation.memory import Memory, prefill
    from forum_messages.translation.segments import (
        TranslationError,
        edition_translations,
        segments_of,
        sync,
    )

    lang = _language(args.to)
    fmt = _file_format(args.format, args.output)
    with console.status(f"Writing the {lang} translation file"):
        draft = load_draft_json(args.draft)
        if lang == draft.language:
            raise ConfigError(f"--to {lang}: the draft {args.draft} is already in '{lang}'")
        segments = segments_of(draft)
        earlier = _translation_file(args.earlier, draft, args.draft) if args.earlier else None
        glossary = _glossary(args.glossary, draft.language, lang)
        memory = Memory(draft.language, lang)
        if earlier is not None:
            memory.add_translation(earlier, origin=Path(args.earlier).name)
        for path in args.memory or ():
            tm = load_translation(path)
            if (tm.source_language, tm.language) != (draft.language, lang):
                err.print(
                    f"[yellow]warning[/yellow]: {shown(path)} translates {tm.source_language} "
                    f"-> {tm.language}, not {draft.language} -> {lang}; not used",
                    soft_wrap=True,
                )
                continue
            memory.add_translation(tm, origin=Path(path).name)
        try:
            t = sync(
                segments,
                earlier,
                source_language=draft.language,
                language=lang,
                known=edition_translations(draft, lang),
            )
        except TranslationError as exc:
            raise InputError(f"{args.earlier}: {exc}") from None
        t = dataclasses.replace(t, meta={**t.meta, "edition": pick(draft.edition.name, "en")})
        synced = t.unit_map()
        t, close = prefill(t, memory)
        exact = sum(1 for u in t.units if synced[u.id] != u)
        from forum_messages.translation.glossary import unit_notes

        write_file(args.output, write_translation(t, fmt, unit_notes(segments, glossary), close))
    console.print(f"{len(t.units)} segments into '{lang}': {_counts(t)}", soft_wrap=True)
    from_edition = sum(1 for u in t.units if u.note == "edition file")
    if from_edition:
        console.print(f"  {from_edition} from the edition file (reviewed)")
    if args.memory or exact or close:
        pairs = f"{len(memory)} pair{'s' if len(memory) != 1 else ''}"
        console.print(
            f"  translation memory ({pairs}): {exact} exact match"
            f"{'es' if exact != 1 else ''} prefilled as draft, {len(close)} close match"
            f"{'es' if len(close) != 1 else ''} offered in the file",
            soft_wrap=True,
        )
    console.print(f"  wrote {shown(args.output)}", soft_wrap=True)
    return 0


def _print_findings(found: Mapping[str, list[Any]], console: Console) -> None:
    n = sum(len(fs) for fs in found.values())
    if not n:
        console.print("checks: no findings")
        return
    console.print(
        f"checks: {n} finding{'s' if n != 1 else ''} (warnings: they do not stop publishing)"
    )
    for fs in found.values():
        for f in fs:
            console.print(
                f"  [bold]{shown(f.location)}[/bold] [cyan]{f.kind}[/cyan]: "
                f"{shown(f.evidence)}\n      fix: {shown(f.suggestion)}",
                soft_wrap=True,
            )


def cmd_publish(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.export import load_draft_json, write_outputs
    from forum_messages.translation.segments import (
        TranslationError,
        apply,
        edition_translations,
        segments_of,
        sync,
    )
    from forum_messages.translation.unitchecks import check_units

    formats = _output_formats(args.format)
    with console.status("Checking the translation"):
        draft = load_draft_json(args.draft)
        incoming = _translation_file(args.translation, draft, args.draft)
        lang = incoming.language
        glossary = _glossary(args.glossary, draft.language, lang)
        segments = segments_of(draft)
        t = sync(
            segments,
            incoming,
            source_language=draft.language,
            language=lang,
            known=edition_translations(draft, lang),
        )
        if args.credit:
            credit = (clean_text(line) for line in args.credit)
            t = dataclasses.replace(t, credit=tuple(line for line in credit if line))
        found = check_units(t, glossary)
    console.print(
        f"{shown(args.translation)}: {len(t.units)} segments into '{lang}': {_counts(t)}",
        soft_wrap=True,
    )
    current = {s.id for s in segments}
    gone = [u.id for u in incoming.units if u.id not in current]
    if gone:
        err.print(
            f"[yellow]warning[/yellow]: {len(gone)} unit(s) of segments no longer in the draft "
            f"ignored: {shown(', '.join(gone[:5]))}{' ...' if len(gone) > 5 else ''}",
            soft_wrap=True,
        )
    _print_findings(found, console)
    try:
        translated = apply(draft, t, require=args.require)
    except TranslationError as exc:
        raise TranslationError(f"{args.translation}: {exc}; nothing was written") from None
    with console.status(f"Writing {', '.join(formats)}"):
        paths = write_outputs(translated, args.output, formats)
    if args.require == "any":
        kept = sum(1 for u in t.units if u.state not in ("draft", "reviewed"))
        if kept:
            console.print(f"  preview: {kept} segment(s) keep their source text")
    for path in paths:
        console.print(f"  wrote {shown(path)}", soft_wrap=True)
    return 0


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
    p.add_argument(
        "--align",
        choices=["position", "meaning"],
        default="position",
        help="pair bullets with the source's by position (default, no model) or by meaning "
        "(the multilingual encoder: a bullet put elsewhere is 'moved', not dropped + extra)",
    )

    p = sub.add_parser(
        "export-translation",
        help="a draft's texts out to an XLIFF or PO file for translators",
        description="Write every text of a draft (messages.json) as a unit of an XLIFF 2.0 or "
        "PO file: earlier translations kept (outdated where the source changed), the edition's "
        "own texts and exact translation-memory matches prefilled, close matches offered.",
    )
    p.add_argument("draft", metavar="DRAFT.json", help="the draft: a messages.json we wrote")
    p.add_argument("--to", required=True, metavar="LANG", help="target language (fr, zh, ...)")
    p.add_argument(
        "--format",
        choices=["xliff", "po"],
        help="file type (default: from the output name, .xlf or .po)",
    )
    p.add_argument(
        "--earlier",
        metavar="FILE",
        help="the translation returned for an earlier version of the draft (.xlf or .po)",
    )
    p.add_argument(
        "--memory",
        metavar="FILE",
        nargs="+",
        action="extend",
        help="earlier translations (.xlf or .po) whose reviewed units are reused",
    )
    p.add_argument("--glossary", metavar="FILE", help="YAML glossary: terms noted per unit")
    p.add_argument("--output", "-o", required=True, metavar="OUT", help="the file to write")

    p = sub.add_parser(
        "publish-translation",
        help="a translated XLIFF or PO file in, the translated document out",
        description="Check a translation against the draft's current texts and write the "
        "translated document; nothing is written when a unit is outdated or not reviewed "
        "enough for --require.",
    )
    p.add_argument("draft", metavar="DRAFT.json", help="the draft: a messages.json we wrote")
    p.add_argument("translation", metavar="TRANSLATION", help="the translation (.xlf or .po)")
    p.add_argument(
        "--credit",
        metavar="LINE",
        action="append",
        help="a credit line (repeat for several); replaces the file's credit lines",
    )
    p.add_argument(
        "--format", default="md,html,json", help="comma-separated: md, html, json, pdf, docx"
    )
    p.add_argument(
        "--require",
        choices=["reviewed", "draft", "any"],
        default="reviewed",
        help="least state a unit must have: reviewed (default), draft, or any (a preview: "
        "missing translations keep the source text)",
    )
    p.add_argument("--glossary", metavar="FILE", help="YAML glossary for the checks")
    p.add_argument("--output", "-o", required=True, metavar="OUTDIR", help="output folder")
    return {
        "check-translation": cmd_check,
        "export-translation": cmd_export,
        "publish-translation": cmd_publish,
    }
