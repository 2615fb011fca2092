"""(b) The CLI commands: import, run-draft, createadmin, manage, and serve with waitress."""

from __future__ import annotations

import argparse
import os
import socket
import stat
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rich.console import Console

from forum_messages.errors import ConfigError
from forum_messages.web import commands


def run(argv: list[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    handlers = commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out = Console(record=True, width=200)
    code = handlers[args.command](args, out, Console(stderr=True))
    return code, out.export_text()


def test_register_gives_every_command() -> None:
    parser = argparse.ArgumentParser()
    handlers = commands.register(parser.add_subparsers(dest="command"))
    assert set(handlers) == {"serve", "createadmin", "import", "run-draft", "manage"}


def test_import_and_run_draft(db: None, tmp_path: Path) -> None:
    from forum_messages.web.models import Edition

    report = tmp_path / "r.jsonl"
    lines = [
        f'{{"session": "WS #{i}", "title": "T", "type": "Workshop", "theme": "connectivity", '
        '"key_takeaways": ["Community networks need affordable spectrum and backhaul."]}'
        for i in range(1, 4)
    ]
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run(["import", str(report), "--edition", "minimal", "--slug", "mini"])
    assert code == 0 and "imported 3 sessions and 3 statements" in out
    code, out = run(["run-draft", "--edition", "mini", "--embedder", "hash"])
    assert code == 0 and "Draft version 1" in out
    ed = Edition.objects.get(slug="mini")
    assert ed.draft.versions.count() == 1
    with pytest.raises(ConfigError, match="no edition named 'nope'"):
        run(["run-draft", "--edition", "nope"])


def test_import_refuses_bad_reports_whole(db: None, tmp_path: Path) -> None:
    from forum_messages.errors import ValidationError
    from forum_messages.web.models import Statement

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"session": "WS #1", "key_takeaways": ["ok"]}\n{not json\n', encoding="utf-8")
    before = Statement.objects.count()
    with pytest.raises(ValidationError):
        run(["import", str(bad), "--edition", "minimal", "--slug", "badone"])
    assert Statement.objects.count() == before


def test_createadmin(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from django.contrib.auth import get_user_model

    monkeypatch.setenv(commands.PASSWORD_ENV, "short")
    with pytest.raises(ConfigError, match="password"):
        run(["createadmin", "--username", "boss"])
    monkeypatch.setenv(commands.PASSWORD_ENV, "a-much-longer-passphrase")
    assert run(["createadmin", "--username", "boss"])[0] == 0
    assert get_user_model().objects.get(username="boss").is_superuser
    with pytest.raises(ConfigError, match="exists already"):
        run(["createadmin", "--username", "boss"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_migrates_on_first_run_and_answers(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FORUM_MESSAGES", "DJANGO"))}
    env.pop("DATABASE_URL", None)
    data = tmp_path / "site"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "forum_messages.web",
            "serve",
            "--data-dir",
            str(data),
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = b""
        deadline = time.monotonic() + 90  # first run migrates: slow on a busy machine
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                    body = r.read()
                    server = r.headers.get("Server", "")
                break
            except OSError:
                time.sleep(0.2)
        assert b"Messages" in body
        assert "waitress" in server.lower() or server == "forum-messages"
        assert (data / "forum-messages.sqlite3").exists()
        assert (data / "secret_key").exists()
        modes = {}
        for p in [data, *data.iterdir()]:
            try:
                modes[p.name] = stat.S_IMODE(p.stat().st_mode)
            except FileNotFoundError:  # SQLite's -shm and -wal come and go with connections
                continue
        assert modes["site"] == 0o700 and modes["uploads"] == 0o700, modes
        assert all(m == 0o600 for n, m in modes.items() if n.startswith(("forum", "secret"))), modes
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_python_m_entry_point_prints_help() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "forum_messages.web", "--help"], capture_output=True, text=True
    )
    assert r.returncode == 0 and "serve" in r.stdout and "createadmin" in r.stdout


def test_a_bad_input_is_the_same_clear_error_from_either_entry_point(
    db: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``forum-messages import`` and ``python -m forum_messages.web import`` report a bad
    report alike: one line naming the file, line and field, exit code 1, no traceback (the
    error itself with ``--debug``); nothing is imported."""
    from forum_messages.cli import main as cli_main
    from forum_messages.errors import ValidationError
    from forum_messages.web.models import Statement

    bad = tmp_path / "bad[1].jsonl"
    bad.write_text(
        '{"session": "WS #1", "key_takeaways": ["Community networks need spectrum."]}\n'
        '{"session": "WS #2", "key_takeaways": [12]}\n',
        encoding="utf-8",
    )
    args = ["import", str(bad), "--edition", "minimal", "--slug", "bad-one"]
    before = Statement.objects.count()
    said = []
    for entry in (cli_main, commands.main):
        assert entry(args) == 1
        out = capsys.readouterr()
        said.append(out.err)
        assert "Traceback" not in out.err and "internal error" not in out.err
    assert said[0] == said[1]
    assert said[0].startswith("error: ") and f"{bad}:2" in said[0] and "key_takeaways" in said[0]
    for entry in (cli_main, commands.main):
        with pytest.raises(ValidationError):
            entry(["--debug", *args])
    assert Statement.objects.count() == before


def test_a_failure_of_the_program_is_one_line_from_either_entry_point(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unexpected failure in a site command is one line saying so, exit code 3, from
    either entry point (the traceback with ``--debug``); an interruption is exit code 130."""
    from forum_messages.cli import main as cli_main

    def broken(args: argparse.Namespace, console: Console, err: Console) -> int:
        raise RuntimeError("the [disk] went away")

    def stopped(args: argparse.Namespace, console: Console, err: Console) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "cmd_run_draft", broken)
    said = []
    for entry in (cli_main, commands.main):
        assert entry(["run-draft", "--edition", "x"]) == 3
        said.append(capsys.readouterr().err)
    assert said[0] == said[1]
    assert said[0].startswith("internal error: RuntimeError: the [disk] went away")
    assert "--debug" in said[0] and "Traceback" not in said[0]
    for entry in (cli_main, commands.main):
        with pytest.raises(RuntimeError):
            entry(["--debug", "run-draft", "--edition", "x"])
    monkeypatch.setattr(commands, "cmd_run_draft", stopped)
    for entry in (cli_main, commands.main):
        assert entry(["run-draft", "--edition", "x"]) == 130
        assert capsys.readouterr().err == "interrupted\n"
