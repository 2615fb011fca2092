"""The data directory is private to its owner, and what killed processes leave there is
cleaned on start (only our own files, only once their process has ended or they are old)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

from forum_messages.web.datadir import STALE_SECONDS, clean_stale, ensure_data_dir


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_existing_data_dir_is_tightened(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    for name in ("forum-messages.sqlite3", "forum-messages.sqlite3-wal", "secret_key", "notes"):
        (data / name).write_text("x")
        (data / name).chmod(0o644)
    ensure_data_dir(data)
    assert _mode(data) == 0o700 and _mode(data / "uploads") == 0o700
    for name in ("forum-messages.sqlite3", "forum-messages.sqlite3-wal", "secret_key"):
        assert _mode(data / name) == 0o600, name
    assert _mode(data / "notes") == 0o644  # not the site's: left as it is


def test_new_data_dir_is_private(tmp_path: Path) -> None:
    data = ensure_data_dir(tmp_path / "a" / "new")
    assert _mode(data) == 0o700 and _mode(data / "uploads") == 0o700


def test_stale_temporary_files_and_uploads_are_removed(tmp_path: Path) -> None:
    data = ensure_data_dir(tmp_path / "data")
    uploads = data / "uploads"
    dead, me = _dead_pid(), os.getpid()
    old = time.time() - STALE_SECONDS - 60
    made = {
        data / f".secret_key.{dead}.tmp": True,  # its process has ended
        data / f".report.json.{dead}.1a2b3c4d.tmp": True,
        data / f".secret_key.{me}.tmp": False,  # this process still writes it
        data / f".old.{os.getppid()}.tmp": True,  # running process, but older than the limit
        data / "notes.tmp": False,  # not a name we make
        data / "forum-messages.sqlite3": False,
        uploads / f"fm-upload-{dead}-k2j3/000-r.jsonl": True,
        uploads / f"fm-upload-{me}-a8d9/000-r.jsonl": False,
        uploads / "tmpx1_9qzab.upload.jsonl": False,  # Django's, recent: maybe in use
        uploads / "tmpq8w7e6r5.upload.yaml": True,  # Django's, old
    }
    for path in made:
        path.parent.mkdir(exist_ok=True)
        path.write_text("x")
    for name in (f".old.{os.getppid()}.tmp",):
        os.utime(data / name, (old, old))
    os.utime(uploads / "tmpq8w7e6r5.upload.yaml", (old, old))
    removed = clean_stale(data)
    for path, stale in made.items():
        top = path if path.parent in (data, uploads) else path.parent
        assert top.exists() != stale, (path, removed)
    assert sorted(removed) == sorted(
        (p if p.parent in (data, uploads) else p.parent).name for p, stale in made.items() if stale
    )
