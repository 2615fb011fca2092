"""Command line: parse, call the library, print. No logic of its own."""

from __future__ import annotations

import argparse
import gc
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import fields
from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from forum_messages import __version__
from forum_messages.errors import ConfigError, InputError, ValidationError
from forum_messages.synth.settings import Settings, setting_docs
from forum_messages.terminal import reported, shown

if TYPE_CHECKING:
    from forum_messages.engine import Engine
    from forum_messages.ingest.campaigns import Consultation
    from forum_messages.model import Draft
    from forum_messages.nlp.forked import Background

# Modules that add commands: each has register(sub) -> {command name: handler}, where a handler
# is called as handler(args, console, err_console) and returns the exit code.
COMMAND_MODULES: tuple[str, ...] = (
    "forum_messages.documents.commands",
    "forum_messages.evaluation.commands",
    "forum_messages.translation.commands",
    "forum_messages.web.commands",
    "forum_messages.web.consultcmd",
)

Handler = Callable[[argparse.Namespace, Console, Console], int]

STAGES = {
    "language": "Detecting languages",
    "embed": "Embedding statements",
    "themes": "Assigning themes",
    "messages": "Grouping messages",
}


def sample_paths() -> list[Path]:
    folder = Path(str(resources.files("forum_messages") / "editions" / "sample"))
    return sorted(p for p in folder.iterdir() if p.suffix in {".jsonl", ".json", ".yaml", ".md"})


def _add_settings(parser: argparse.ArgumentParser) -> None:
    docs = setting_docs()
    group = parser.add_argument_group("pipeline settings (also FORUM_MESSAGES_<NAME> or settings:)")
    for f in fields(Settings):
        flag = "--" + f.name.replace("_", "-")
        kind = str(f.type)
        conv = int if "int" in kind else float if "float" in kind else str
        group.add_argument(flag, dest=f"set_{f.name}", type=conv, default=None, help=docs[f.name])


def build_parser(handlers: dict[str, Handler] | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="forum-messages",
        description="Turn session reports into a traceable draft Messages document.",
    )
    parser.add_argument("--version", action="version", version=f"forum-messages {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("draft", help="session reports in, draft Messages (md, html, json) out")
    p.add_argument("reports", nargs="+", help="report files or folders")
    p.add_argument("--edition", "-e", required=True, help="edition file, or a preset (igf2025)")
    p.add_argument("--output", "-o", default="messages-output", help="output folder")
    p.add_argument(
        "--format", default="md,html,json", help="comma-separated: md, html, json, pdf, docx"
    )
    p.add_argument(
        "--embedder",
        choices=["use", "hash"],
        default="use",
        help="use: multilingual sentence encoder (default); hash: no model, for quick checks",
    )
    p.add_argument(
        "--writer",
        choices=["extractive", "llm"],
        default="extractive",
        help="extractive: chosen source sentences (default); llm: written by the model at "
        "--llm-url, kept where the grounding gate finds them supported (docs/llm.md)",
    )
    p.add_argument("--llm-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1")
    p.add_argument("--llm-model", help="the model's name as the endpoint knows it")
    p.add_argument(
        "--llm-cache",
        help="folder of cached model calls (default: llm-cache/ in the output folder)",
    )
    p.add_argument(
        "--llm-summaries",
        action="store_true",
        help="with --writer llm, also a summary of each theme written by the model, behind "
        "the grounding gate (docs/llm.md)",
    )
    p.add_argument(
        "--columns",
        help="the inputs are consultation exports (.csv, .jsonl, .xlsx): their columns, e.g. "
        "id=ResponseID,text=Q1,Q2,group=RespondentType (docs/input-formats.md)",
    )
    p.add_argument(
        "--answer-points",
        metavar="N",
        help="with consultation exports: an answer of N points (sentences that say one thing) "
        "or more becomes one statement a point (default 2, or the edition's consultation: "
        "answer_points); 0 keeps answers whole; campaign texts are always cut",
    )
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="local: this process (default); dask: language detection, campaign detection, "
        "embedding and clustering over partitions on a Dask cluster, the same draft "
        "(docs/scale.md)",
    )
    p.add_argument(
        "--scheduler", help="with --engine dask: address of a running Dask scheduler (tcp://...)"
    )
    p.add_argument(
        "--workers",
        type=int,
        help="with --engine dask and no --scheduler: worker processes of the local cluster "
        "(default: one per core)",
    )
    _add_settings(p)

    p = sub.add_parser("validate", help="check report files and print what they hold")
    p.add_argument("reports", nargs="+", help="report files or folders")
    p.add_argument("--edition", "-e", help="edition file or preset, to check themes and groups")

    p = sub.add_parser("demo", help="draft the bundled sample edition into demo-output/")
    p.add_argument("--output", "-o", default="demo-output", help="output folder")

    sub.add_parser("settings", help="list the pipeline settings with their defaults")

    p = sub.add_parser(
        "takeaways", help="draft key takeaways and calls to action from session transcripts"
    )
    p.add_argument(
        "transcripts", nargs="+", help="transcripts (.txt captions, .vtt, .srt) or folders"
    )
    p.add_argument("--output", "-o", required=True, help="report records out (.jsonl)")
    p.add_argument(
        "--sessions", help="session list (yaml, json, jsonl) for transcripts without a sidecar"
    )
    p.add_argument("--edition", "-e", help="edition file or preset, to check themes and groups")
    p.add_argument("--embedder", choices=["use", "hash"], default="use", help=argparse.SUPPRESS)
    for module in COMMAND_MODULES:
        found = import_module(module).register(sub)
        if handlers is not None:
            handlers.update(found)
    return parser


class RichProgress:
    """Adapts the pipeline's progress(stage, done, total) calls to rich progress bars."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if stage not in self.tasks:
            self.tasks[stage] = self.progress.add_task(STAGES.get(stage, stage), total=total)
        self.progress.update(self.tasks[stage], completed=done, total=total)


def _consultation_line(c: Consultation) -> str:
    from forum_messages.export.consultation import summary

    n = summary(c)
    return (
        f"Read {n['responses']} responses ({n['rejected']} rejected, see rejects.jsonl) with "
        f"{n['answers']} answers: {n['campaigns']} campaigns of {n['campaign_copies']} copies "
        f"({n['copies_with_additions']} with additions of their own); "
        f"{n['statements']} statements to draft."
    )


def _rejected(consultation: Consultation | None) -> str:
    """What a consultation draft with nothing to draft set aside, for its error (the draft's
    rejects.jsonl, which lists every reject, is not written then)."""
    if consultation is None:
        return ""
    files = sum(1 for r in consultation.rejects if r.row <= 1)
    rows = [r for r in consultation.rejects if r.row > 1]
    said = [f"{files} file(s) set aside (see the warnings above)"] if files else []
    if rows:
        r = rows[0]
        where = f"{r.file}:{r.row}: field '{r.field}'" if r.field else f"{r.file}:{r.row}"
        said.append(f"{len(rows)} row(s) rejected, the first: {where}: {r.reason}")
    return "".join(f"; {s}" for s in said)


def _consultation_files(
    consultation: Consultation | None, draft: Draft, folder: Path
) -> Background[list[tuple[Path, Path]]] | None:
    """The consultation's own files, written to temporary files by a forked child while the
    draft's are written here when that pays (else when :meth:`Background.result` is called,
    after them): (temporary file, final file) pairs, renamed with the draft's files."""
    if consultation is None:
        return None
    from forum_messages.export.consultation import stage_consultation
    from forum_messages.nlp.forked import Background, can_fork

    # about 150 characters a line of responses.jsonl
    fork = can_fork(consultation.answers * 150, 2)
    return Background(lambda: stage_consultation(consultation, draft, folder), fork, lazy=True)


def run_draft(
    reports: Sequence[str],
    edition_spec: str,
    output: str,
    formats: Sequence[str],
    cli_settings: dict[str, object],
    console: Console,
    embedder: str = "use",
    err: Console | None = None,
    llm: tuple[str, str, str | None] | None = None,
    columns: str | None = None,
    engine: Engine | None = None,
    llm_summaries: bool = False,
    answer_points: str | None = None,
) -> list[Path]:
    """Draft and write the outputs; ``llm`` = (url, model, cache folder or None) has a model
    write the message text and sub-topic titles (and with ``llm_summaries`` a summary of each
    theme) behind the grounding gate; ``engine`` runs the heavy stages (default: this
    process)."""
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.forked import cores_lent
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.nlp.preload import Preload
    from forum_messages.nlp.use import USEEmbedder

    # the models load in a thread while the pipeline is imported and the inputs are read
    encoder = USEEmbedder() if embedder == "use" else HashEmbedder()
    detector = UNLanguageDetector()
    loading = Preload(encoder, detector)

    from forum_messages.config import resolve_settings
    from forum_messages.edition import load_edition
    from forum_messages.export import get_renderer, write_outputs
    from forum_messages.ingest import validate_reports
    from forum_messages.synth.pipeline import Components, run_pipeline

    for fmt in formats:  # a format that does not exist stops the draft before it starts
        get_renderer(fmt)
    start = time.perf_counter()
    edition = load_edition(edition_spec)
    settings = resolve_settings(cli_settings, edition.settings)
    consultation = None
    if columns or edition.consultation:
        from forum_messages.ingest.campaigns import answer_points as points_setting
        from forum_messages.ingest.campaigns import load_consultation

        least = None if answer_points is None else points_setting(answer_points, "--answer-points")
        consultation = load_consultation(reports, columns, edition.consultation, engine, least)
        corpus = consultation.corpus
        for r in consultation.rejects:
            if r.row <= 1:  # a whole file set aside (unreadable, a mapped column missing)
                where = f"{r.file}:{r.row}" if r.row else r.file
                where = f"{where}: {r.field}" if r.field else where
                (err or console).print(
                    f"[yellow]warning[/yellow]: {shown(where)}: {shown(r.reason)}", soft_wrap=True
                )
        console.print(_consultation_line(consultation))
    else:
        report = validate_reports(list(reports), edition)
        for w in report.warnings:
            (err or console).print(f"[yellow]warning[/yellow]: {shown(w)}", soft_wrap=True)
        if report.problems:
            raise ValidationError(report.problems)
        corpus = report.corpus
        console.print(
            f"Read {len(corpus.sessions)} sessions and {len(corpus.statements)} statements "
            f"from {len(reports)} input(s)."
        )
    if not corpus.statements:
        raise InputError(
            f"no statements in {', '.join(map(str, reports)) or 'the input'}: the input holds "
            "no key takeaways, calls to action, messages or answers, so there is nothing to draft"
            + _rejected(consultation)
        )
    components = Components(embedder=encoder, detector=detector)  # as default_components
    if engine is not None:
        components.engine = engine
    if llm is not None:
        from forum_messages.synth.llm.writer import llm_writer

        url, model, cache = llm
        folder = Path(cache) if cache else Path(output) / "llm-cache"
        from forum_messages.synth.llm.titles import LLMSummariser, LLMTitler

        writer = llm_writer(url, model, folder, settings.message_sentences)
        components.writer = writer
        components.titler = LLMTitler(writer)
        components.summariser = LLMSummariser(writer) if llm_summaries else None
    bars = (
        TextColumn("{task.description:<24}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
    )
    from itertools import islice

    from forum_messages.synth.kinds import prepare_while

    # the statement kinds' cue patterns compiled while the models load, if they still do
    prepare_while(loading.loading, (st.language for st in islice(corpus.statements, 10_000)))
    loading.wait()
    # on a distributed engine the workers wait while this process groups, titles and
    # writes: it may share that work with a forked child (the same draft either way)
    with cores_lent(components.engine.name != "local"):
        # redrawn ten times a second only where someone sees it (a terminal): elsewhere the
        # bars are written once, when done, and a redraw would only take time from the draft
        with Progress(
            *bars, console=console, transient=False, auto_refresh=console.is_terminal
        ) as bar:
            draft = run_pipeline(
                corpus, edition, settings, components=components, progress=RichProgress(bar)
            )
        consulted = _consultation_files(consultation, draft, Path(output))
        # the consultation's files are renamed with the draft's, once all are written
        staged = consulted.result if consulted is not None else None
        paths = write_outputs(draft, Path(output), tuple(formats), staged)
    n_messages = len(draft.messages())
    console.print(
        f"{n_messages} messages in {sum(len(t.topics) for t in draft.themes)} sub-topics; "
        f"{len(draft.not_reflected)} statements not reflected "
        f"({time.perf_counter() - start:.1f} s)."
    )
    left = _left_in_another_language(draft)
    if left:
        console.print(
            f"{sum(left.values())} messages left in another language than the draft's "
            f"({', '.join(f'{n} {lang}' for lang, n in sorted(left.items()))}), marked "
            "with their language code in the outputs: write them in the draft's language "
            "before the review."
        )
    if llm is not None:
        from forum_messages.synth.llm.writer import summary

        console.print(summary(draft, components.writer))
    for path in paths:
        console.print(f"  wrote {shown(path)}", soft_wrap=True)
    return paths


def _left_in_another_language(draft: Draft) -> dict[str, int]:
    """How many messages keep a source's words in each language other than the draft's."""
    from forum_messages.export.common import is_foreign

    left: dict[str, int] = {}
    for m in draft.messages():
        if is_foreign(m, draft.language):
            left[m.language] = left.get(m.language, 0) + 1
    return left


def _output_formats(spec: str) -> list[str]:
    """The formats of ``--format`` (each checked by :func:`run_draft` before it reads)."""
    formats = list(dict.fromkeys(f.strip() for f in spec.split(",") if f.strip()))
    if not formats:
        raise ConfigError("--format: give at least one of md, html, json, pdf, docx")
    return formats


def cmd_validate(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.edition import load_edition
    from forum_messages.ingest import validate_reports

    edition = load_edition(args.edition) if args.edition else None
    report = validate_reports(list(args.reports), edition, material=True)
    table = Table(title="Reports", show_header=False)
    for key, value in report.counts().items():
        table.add_row(key.replace("_", " "), str(value))
    console.print(table)
    for name, held in report.materials:
        # an evaluation file: its reports above, its editor's answers here
        said = ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in held.items())
        console.print(f"evaluation answers in {shown(name)}: {said}", soft_wrap=True)
    langs: dict[str, int] = {}
    themes: dict[str, int] = {}
    for st in report.corpus.statements:
        langs[st.language or "not given"] = langs.get(st.language or "not given", 0) + 1
        themes[st.theme or "not given"] = themes.get(st.theme or "not given", 0) + 1
    console.print("languages: " + ", ".join(f"{shown(k)} {v}" for k, v in sorted(langs.items())))
    console.print("themes: " + ", ".join(f"{shown(k)} {v}" for k, v in sorted(themes.items())))
    for w in report.warnings:
        err.print(f"[yellow]warning[/yellow]: {shown(w)}", soft_wrap=True)
    for p in report.problems:
        err.print(f"[red]error[/red]: {shown(p)}", soft_wrap=True)
    if report.problems:
        n = len(report.problems)
        err.print(f"{n} problem{'s' if n != 1 else ''} found; fix them before drafting.")
        return 1
    console.print("[green]OK[/green]: no problems found.")
    return 0


def cmd_takeaways(args: argparse.Namespace, console: Console, err: Console) -> int:
    from forum_messages.edition import load_edition
    from forum_messages.nlp.base import HashEmbedder
    from forum_messages.nlp.language import UNLanguageDetector
    from forum_messages.nlp.use import USEEmbedder
    from forum_messages.synth.transcript_records import draft_transcripts, write_jsonl

    start = time.perf_counter()
    edition = load_edition(args.edition) if args.edition else None
    embedder = HashEmbedder() if args.embedder == "hash" else USEEmbedder()
    bars = (
        TextColumn("{task.description:<24}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
    )
    with Progress(*bars, console=console, auto_refresh=console.is_terminal) as bar:
        task = bar.add_task("Drafting takeaways", total=None)
        out = draft_transcripts(
            args.transcripts,
            embedder,
            UNLanguageDetector(),
            sessions=args.sessions,
            edition=edition,
            progress=lambda done, total: bar.update(task, completed=done, total=total),
        )
    for w in out.warnings:
        err.print(f"[yellow]warning[/yellow]: {shown(w)}", soft_wrap=True)
    if out.problems:
        raise ValidationError(out.problems)
    write_jsonl(out.records, Path(args.output))
    items = sum(len(r["key_takeaways"]) + len(r["calls_to_action"]) for r in out.records)
    console.print(
        f"{len(out.records)} session records with {items} drafted items from "
        f"{out.words:,} words of transcript ({time.perf_counter() - start:.1f} s); "
        f"wrote {shown(args.output)}"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    handlers: dict[str, Handler] = {}
    parser = build_parser(handlers)
    args = parser.parse_args(argv)
    console = Console(stderr=False, highlight=False)
    err = Console(stderr=True, highlight=False)
    if not args.command:
        parser.print_help()
        return 2

    def command() -> int:
        if args.command == "draft":
            cli_settings = {
                k[4:]: v for k, v in vars(args).items() if k.startswith("set_") and v is not None
            }
            formats = _output_formats(args.format)
            llm = None
            if args.llm_summaries and args.writer != "llm":
                raise ConfigError("--llm-summaries needs --writer llm")
            if args.writer == "llm":
                if not args.llm_url or not args.llm_model:
                    raise ConfigError("--writer llm needs --llm-url and --llm-model")
                llm = (args.llm_url, args.llm_model, args.llm_cache)
            from forum_messages.engine import make_engine

            # a local cluster starts while the inputs are read
            runner = make_engine(args.engine, args.scheduler, args.workers, background=True)
            try:
                run_draft(
                    args.reports,
                    args.edition,
                    args.output,
                    formats,
                    cli_settings,
                    console,
                    embedder=args.embedder,
                    err=err,
                    llm=llm,
                    columns=args.columns,
                    engine=runner,
                    llm_summaries=args.llm_summaries,
                    answer_points=args.answer_points,
                )
            finally:
                runner.close()
            return 0
        if args.command == "validate":
            return cmd_validate(args, console, err)
        if args.command == "takeaways":
            return cmd_takeaways(args, console, err)
        if args.command == "demo":
            paths = run_draft(
                [str(p) for p in sample_paths()],
                "igf2025",
                args.output,
                ["md", "html", "json"],
                {},
                console,
            )
            console.print(
                "\nThe sample edition's draft is in "
                f"[bold]{shown(Path(args.output).resolve())}[/bold]"
                f" (open {shown(paths[0].parent / 'messages.html')} in a browser)."
            )
            return 0
        if args.command in handlers:
            return handlers[args.command](args, console, err)
        if args.command == "settings":
            docs = setting_docs()
            table = Table(title="Pipeline settings")
            for col in ("setting", "default", "meaning"):
                table.add_column(col)
            defaults = Settings()
            for f in fields(Settings):
                table.add_row(f.name, repr(getattr(defaults, f.name)), docs[f.name])
            console.print(table)
            return 0
        parser.print_help()
        return 2

    return reported(command, err, args.debug)


#: Allocations between two collections of the youngest objects (Python's default: 700).
#: A draft makes millions of small objects that die by reference count; with the default, a
#: 3,000-statement draft ran 240 collections (0.3-0.5 s), with this one or two.
GC_THRESHOLD = (50_000, 20, 20)


def run() -> int:
    """The ``forum-messages`` program: :func:`main` with the interpreter's cycle collector
    running less often (``GC_THRESHOLD``; cycles wait a little longer to be freed), then
    told to leave alone every object the command made. Python ends with a collection that
    walks all of them (for a 3,000-statement draft, a few tenths of a second after the
    outputs are written); the memory goes back to the system with the process all the
    same, and files are written and closed before ``main`` returns."""
    gc.set_threshold(*GC_THRESHOLD)
    code = main()
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(run())
