"""Inputs that are not regular files: a named pipe nobody writes to, and ``/dev/zero`` (or a
link to it named like an input). Their size reads as 0, so the size limits let them through:
a pipe made every reader wait for ever, and ``/dev/zero`` was read until memory ran out
(``internal error: MemoryError``). Every reader now refuses them, naming the file and what
it is. The readers run in a child process with a memory cap and a time limit, so a reader
that waits or reads for ever fails this test instead of stopping the suite."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from forum_messages.limits import file_size

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from forum_messages.edition import load_edition
    from forum_messages.errors import ForumMessagesError
    from forum_messages.ingest.loader import validate_reports
    from forum_messages.documents.importer import import_messages
    from forum_messages.export.jsonread import load_draft_json
    from forum_messages.translation.exchange import load_translation
    from forum_messages.translation.glossary import load_glossary
    from forum_messages.ingest.consultation import read_responses, ColumnMap
    from forum_messages.ingest.transcript import read_transcript, TranscriptError

    folder = Path(sys.argv[1])
    out = {}

    def said(name, call):
        try:
            result = call()
        except (ForumMessagesError, TranscriptError) as exc:
            out[name] = str(getattr(exc, "message", None) or exc)
        else:
            out[name] = result if isinstance(result, str) else repr(result)[:300]

    for kind in ("pipe", "zero"):
        p = lambda ext: folder / f"{kind}.{ext}"
        said(f"{kind} report", lambda: "; ".join(
            str(x) for x in validate_reports([p("jsonl"), p("yaml"), p("md")]).problems))
        said(f"{kind} edition", lambda: load_edition(p("yaml")))
        said(f"{kind} document", lambda: import_messages(p("md")))
        said(f"{kind} docx", lambda: import_messages(p("docx")))
        said(f"{kind} draft", lambda: load_draft_json(p("json")))
        said(f"{kind} translation", lambda: load_translation(p("po")))
        said(f"{kind} glossary", lambda: load_glossary(p("yaml"), "en", "fr"))
        said(f"{kind} export", lambda: [
            getattr(r, "reason", "") for r in read_responses(p("csv"), ColumnMap("id", ("q",), {}))
        ])
        said(f"{kind} transcript", lambda: read_transcript(p("txt")))
    print(json.dumps(out))
    """
)
EXTENSIONS = ("jsonl", "yaml", "md", "docx", "json", "po", "csv", "txt")


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_pipe_or_a_device_is_refused_by_every_reader(tmp_path: Path) -> None:
    for ext in EXTENSIONS:
        os.mkfifo(tmp_path / f"pipe.{ext}")
        (tmp_path / f"zero.{ext}").symlink_to("/dev/zero")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    r = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=_cap,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    said = json.loads(r.stdout)
    assert len(said) == 18
    for name, text in said.items():
        what = "a named pipe" if name.startswith("pipe") else "a device"
        assert f"it is {what}, not a regular file" in text, (name, text)
    assert str(tmp_path / "zero.yaml") in said["zero edition"]
    for ext in ("jsonl", "yaml", "md"):  # every report file is named, none read
        assert str(tmp_path / f"pipe.{ext}") in said["pipe report"]


def test_a_regular_file_and_a_folder_are_measured(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text("{}\n", encoding="utf-8")
    assert file_size(f) == 3
    assert file_size(tmp_path) >= 0  # the read that follows says it is a folder
    link = tmp_path / "b.jsonl"
    link.symlink_to(f)
    assert file_size(link) == 3


def test_transcripts_given_to_takeaways_say_what_a_pipe_is(tmp_path: Path) -> None:
    from forum_messages.errors import Problem
    from forum_messages.synth.transcript_records import transcript_files

    os.mkfifo(tmp_path / "pipe.txt")
    problems: list[Problem] = []
    found = transcript_files([tmp_path / "pipe.txt", tmp_path / "missing.txt"], problems)
    assert found == []
    said = {p.file: p.message for p in problems}
    assert "it is a named pipe, not a regular file" in said[str(tmp_path / "pipe.txt")]
    assert said[str(tmp_path / "missing.txt")] == "no such file or folder"
