"""CLI commands of the site, registered through cli.COMMAND_MODULES.

::

    forum-messages serve [--data-dir DIR] [--host H] [--port N] [--threads N]
    forum-messages createadmin [--data-dir DIR] [--username NAME] [--email ADDR]
    forum-messages import [--data-dir DIR] [REPORTS...] [--edition FILE] [--sample] [--draft]
    forum-messages run-draft [--data-dir DIR] [--edition SLUG] [--embedder use|hash]
    forum-messages manage [--data-dir DIR] DJANGO-COMMAND [ARGS...]

Every command creates the data directory and applies the database migrations on first use.
``python -m forum_messages.web`` runs the same commands on their own.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any

from rich.console import Console

from forum_messages.errors import ConfigError
from forum_messages.terminal import reported, shown

Handler = Callable[[argparse.Namespace, Console, Console], int]
PASSWORD_ENV = "FORUM_MESSAGES_ADMIN_PASSWORD"


def setup(data_dir: str | None, migrate: bool = True) -> None:
    """Point Django at the data dir (unless already set up) and bring the database up to date."""
    import django
    from django.conf import settings

    if data_dir:
        os.environ["FORUM_MESSAGES_DATA_DIR"] = os.path.abspath(data_dir)
    os.umask(0o077)  # the database, its -wal/-shm and uploads: readable by their owner only
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "forum_messages.web.settings")
    if not settings.configured or not getattr(setup, "_done", False):
        django.setup()
    setup._done = True  # type: ignore[attr-defined]
    if migrate:
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)


def _data_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        default=None,
        help="data directory (default: $FORUM_MESSAGES_DATA_DIR or ./forum-messages-data)",
    )


def _writer(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--writer",
        choices=["extractive", "llm"],
        default="extractive",
        help="llm: message text written by the model at FORUM_MESSAGES_LLM_URL (docs/llm.md)",
    )


def register(sub: Any) -> dict[str, Handler]:
    p = sub.add_parser("serve", help="run the review site (waitress) on this machine")
    _data_dir(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--threads", type=int, default=8, help="worker threads (default 8)")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes sharing the port (default 1; more use more CPU cores)",
    )

    p = sub.add_parser("createadmin", help="create the first admin account of the site")
    _data_dir(p)
    p.add_argument("--username", default="admin")
    p.add_argument("--email", default="")

    p = sub.add_parser("import", help="import reports into an edition of the site")
    _data_dir(p)
    p.add_argument("reports", nargs="*", help="report files or folders")
    p.add_argument("--edition", "-e", default=None, help="edition file or preset (igf2025)")
    p.add_argument("--slug", default="", help="short name of the edition in the site")
    p.add_argument("--sample", action="store_true", help="import the bundled sample edition")
    p.add_argument("--draft", action="store_true", help="run the draft after importing")
    p.add_argument("--embedder", choices=["use", "hash"], default="use")
    _writer(p)

    p = sub.add_parser("run-draft", help="run the draft pipeline for an edition of the site")
    _data_dir(p)
    p.add_argument("--edition", "-e", default="", help="short name (slug) of the edition")
    p.add_argument("--embedder", choices=["use", "hash"], default="use")
    _writer(p)

    p = sub.add_parser("manage", help="run a Django management command (e.g. check --deploy)")
    _data_dir(p)
    p.add_argument("django_args", nargs=argparse.REMAINDER)
    return database_named(
        {
            "serve": cmd_serve,
            "createadmin": cmd_createadmin,
            "import": cmd_import,
            "run-draft": cmd_run_draft,
            "manage": cmd_manage,
        }
    )


def database_named(handlers: dict[str, Handler]) -> dict[str, Handler]:
    """The commands, each saying in one line which setting names a database it cannot use (a
    host that does not answer, a password refused, a missing database or folder) instead of
    an internal error with Django's OperationalError (``dburl.failure``)."""

    def named(handler: Handler) -> Handler:
        def run(args: argparse.Namespace, console: Console, err: Console) -> int:
            try:
                return handler(args, console, err)
            except Exception as exc:
                from forum_messages.web.dburl import failure

                problem = failure(exc)
                if problem is None:
                    raise
                raise ConfigError(problem) from exc

        return run

    return {name: named(h) for name, h in handlers.items()}


def cmd_serve(args: argparse.Namespace, console: Console, err: Console) -> int:
    setup(args.data_dir)
    from django.conf import settings
    from django.db import connections

    from forum_messages.web.datadir import clean_stale
    from forum_messages.web.proxy import waitress_options
    from forum_messages.web.services.commentindex import resume as index_resumed
    from forum_messages.web.services.consultstage import clean_stale as consult_stale
    from forum_messages.web.services.drafting import mark_interrupted
    from forum_messages.web.services.mailing import check_settings as mail_settings
    from forum_messages.web.services.staged import purge_stale
    from forum_messages.web.services.writing import mark_interrupted as writing_interrupted

    if not 1 <= args.workers <= 32:
        raise ConfigError("--workers must be between 1 and 32")
    args.proxy_options = waitress_options()  # refuses HTTPS without a trusted proxy
    mail_settings()  # refuses a mail server port that is not a number
    if mark_interrupted():
        err.print("note: draft runs interrupted by the last stop are marked failed")
    if writing_interrupted():
        err.print("note: model-writing jobs interrupted by the last stop are marked failed")
    if purge_stale() + consult_stale():
        err.print("note: rows of imports interrupted by the last stop are removed")
    if index_resumed():
        err.print("note: the comments of an import interrupted by the last stop are indexed")
    if clean_stale(settings.DATA_DIR):
        err.print("note: temporary files and uploads left by the last stop are removed")
    db = settings.DATABASES["default"]
    where = db["NAME"] if "sqlite" in db["ENGINE"] else f"PostgreSQL {db['NAME']}"
    console.print(f"Database: {shown(where)}", soft_wrap=True)
    console.print(f"Serving on http://{args.host}:{args.port}/  (Ctrl+C to stop)")
    if "trusted_proxy" in args.proxy_options:
        console.print(f"Trusting X-Forwarded-* from {args.proxy_options['trusted_proxy']}")
    connections.close_all()  # never share a database connection with a forked worker
    if args.workers == 1:
        _waitress(args, None)
        return 0
    return _prefork(args)


def _waitress(args: argparse.Namespace, sock: socket.socket | None) -> None:
    from waitress import serve

    from forum_messages.web.wsgi import application

    where: dict[str, Any] = {"sockets": [sock]} if sock else {"host": args.host, "port": args.port}
    serve(
        application,
        threads=args.threads,
        ident="forum-messages",
        connection_limit=500,
        channel_timeout=60,
        **args.proxy_options,
        **where,
    )


def _prefork(args: argparse.Namespace) -> int:
    """Several waitress processes accept on one listening socket (Linux/Unix)."""
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    sock.listen(1024)
    children: list[int] = []
    for _ in range(args.workers):
        pid = os.fork()
        if pid == 0:  # a worker
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            try:
                _waitress(args, sock)
            finally:
                os._exit(0)
        children.append(pid)

    def stop(signum: int, frame: Any) -> None:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    for pid in children:
        while True:
            try:
                _pid, code = os.waitpid(pid, 0)
                break
            except InterruptedError:
                continue
        status = status or (code >> 8)
        stop(signal.SIGTERM, None)
    sock.close()
    return 0


def cmd_createadmin(args: argparse.Namespace, console: Console, err: Console) -> int:
    setup(args.data_dir)
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    User = get_user_model()
    if User.objects.filter(username=args.username).exists():
        raise ConfigError(f"a user named '{args.username}' exists already")
    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        if not sys.stdin.isatty():
            raise ConfigError(f"set {PASSWORD_ENV} or run the command in a terminal")
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise ConfigError("the passwords differ")
    try:
        validate_password(password)
    except ValidationError as exc:
        raise ConfigError("password: " + " ".join(exc.messages)) from exc
    User.objects.create_superuser(args.username, args.email, password)
    console.print(f"Admin '{args.username}' created. Sign in at /accounts/login/.")
    return 0


def cmd_import(args: argparse.Namespace, console: Console, err: Console) -> int:
    setup(args.data_dir)
    from forum_messages.web.models import Edition
    from forum_messages.web.services import importing

    reports = list(args.reports)
    spec = args.edition
    if args.sample:
        from forum_messages.cli import sample_paths

        reports += [str(p) for p in sample_paths()]
        spec = spec or "igf2025"
    if not reports:
        raise ConfigError("give report files or folders to import (or --sample)")
    if spec:
        edition = importing.edition_from_spec(spec, args.slug)
    else:
        edition = _pick_edition(Edition, args.slug)
    counts = importing.import_paths(edition, reports)
    console.print(
        f"Edition '{edition.slug}': imported {counts['sessions']} sessions and "
        f"{counts['statements']} statements ({counts['new']} new, "
        f"{counts['withdrawn']} withdrawn)."
    )
    if counts.get("kept"):
        console.print(
            f"{counts['kept']} session(s) kept the report their organisers wrote or confirmed; "
            "the takeaways drafted from their transcripts were set aside."
        )
    if args.draft:
        return _draft(edition, args.embedder, console, args.writer)
    return 0


def _pick_edition(model: Any, slug: str) -> Any:
    if slug:
        found = model.objects.filter(slug=slug).first()
        if found is None:
            raise ConfigError(f"no edition named '{slug}' in this data directory")
        return found
    editions = list(model.objects.all()[:2])
    if len(editions) != 1:
        raise ConfigError(
            "name the edition: --edition FILE to create one, or --slug NAME for an existing one"
            if editions
            else "there is no edition yet: give --edition FILE (or a preset such as igf2025)"
        )
    return editions[0]


def _draft(edition: Any, embedder: str, console: Console, writer: str = "extractive") -> int:
    from forum_messages.web.services import drafting

    version = drafting.run_draft(edition, embedder, writer=writer)
    console.print(f"Draft version {version.number}: {shown(version.summary)}.")
    if writer == "llm":
        console.print(drafting.model_text_summary(edition, version))
    return 0


def cmd_run_draft(args: argparse.Namespace, console: Console, err: Console) -> int:
    setup(args.data_dir)
    from forum_messages.web.models import Edition

    return _draft(_pick_edition(Edition, args.edition), args.embedder, console, args.writer)


def cmd_manage(args: argparse.Namespace, console: Console, err: Console) -> int:
    setup(args.data_dir, migrate=False)
    from django.core.management import execute_from_command_line

    rest = [a for a in args.django_args if a != "--"]
    try:
        execute_from_command_line(["forum-messages manage", *rest])
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The site's commands on their own (``python -m forum_messages.web``)."""
    parser = argparse.ArgumentParser(prog="python -m forum_messages.web")
    parser.add_argument("--debug", action="store_true")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers = register(sub)
    from forum_messages.web import consultcmd  # it builds on this module

    handlers.update(consultcmd.register(sub))
    args = parser.parse_args(argv)
    console, err = Console(highlight=False), Console(stderr=True, highlight=False)
    if not args.command:
        parser.print_help()
        return 2
    return reported(lambda: handlers[args.command](args, console, err), err, args.debug)
