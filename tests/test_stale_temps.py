"""Temporary files left by a killed writer are recognised and removed by the next write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from forum_messages.atomic import STALE_AFTER, remove_stale_temps, write_file
from forum_messages.cli import main

ROOT = Path(__file__).resolve().parents[1]
REPORT = '{"session": "WS 1", "title": "T", "key_takeaways": ["Trust needs open standards."]}\n'

_KILLED_WRITER = """
import sys, time
from pathlib import Path
from forum_messages.atomic import write_temp
write_temp(Path(sys.argv[1]), "messages.md", b"half a draft")
print("written", flush=True)
time.sleep(60)
"""


def killed_writer_leaves(folder: Path) -> Path:
    """Run a writer that is killed (-9) between writing its temporary file and the rename."""
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "written"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    (left,) = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert left.name.startswith(".messages.md.forum-messages-")
    return left


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_the_next_write_removes_a_stale_temp_of_ours_only(tmp_path: Path) -> None:
    left = killed_writer_leaves(tmp_path)
    age(left, STALE_AFTER + 60)
    recent = tmp_path / ".messages.md.forum-messages-99-0123abcd.tmp"
    recent.write_bytes(b"a write in progress")
    foreign = tmp_path / ".notes.md.tmp"
    foreign.write_text("someone else's", encoding="utf-8")
    age(foreign, STALE_AFTER * 10)
    write_file(tmp_path / "other.json", "{}")
    assert not left.exists()
    assert recent.exists() and foreign.exists()  # a write in progress; not ours
    assert (tmp_path / "other.json").read_text(encoding="utf-8") == "{}"


def test_remove_stale_temps_keeps_folders_and_unreadable_places(tmp_path: Path) -> None:
    folder = tmp_path / ".x.forum-messages-1-0123abcd.tmp"
    folder.mkdir()
    age(folder, STALE_AFTER * 2)
    assert remove_stale_temps(tmp_path) == []
    assert remove_stale_temps(tmp_path / "missing") == []
    assert folder.is_dir()


def test_draft_removes_stale_temps_in_its_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    left = killed_writer_leaves(out)
    age(left, STALE_AFTER + 1)
    reports = tmp_path / "r.jsonl"
    reports.write_text(REPORT, encoding="utf-8")
    args = ["draft", str(reports), "-e", "igf2025", "-o", str(out), "--embedder", "hash"]
    assert main([*args, "--format", "md"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["messages.md"]
