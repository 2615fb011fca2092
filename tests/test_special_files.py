"""Inputs that are not regular files: a named pipe nobody writes to, and ``/dev/zero`` (or a
link to it named like an input). Their size reads as 0, so the size limits let them through:
a pipe made every reader wait for ever, and ``/dev/zero`` was read until memory ran out
(``internal error: MemoryError``). Every reader now refuses a device, naming the file and
what it is. A pipe is read, up to the reader's size limit, by the readers of report files,
edition files, glossaries, translation files (``-e <(cat edition.yaml)``), Markdown, text
and JSON documents, ``messages.json`` files and transcripts; one through which nothing comes
for ``limits.PIPE_WAIT_SECONDS`` is an error saying so. A Word or PDF document and a
consultation export refuse a pipe, saying why. The readers run in a child process with a
memory cap and a time limit, so a reader that waits or reads for ever fails this test
instead of stopping the suite."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from forum_messages import limits
from forum_messages.errors import ForumMessagesError
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

    from forum_messages import limits

    limits.PIPE_WAIT_SECONDS = 0.5
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
    waited = {"pipe report", "pipe edition", "pipe translation", "pipe glossary"}
    waited |= {"pipe document", "pipe draft", "pipe transcript"}
    for name, text in said.items():
        if name in waited:
            assert "it is a named pipe and nothing came through it in 0.5 s" in text, (name, text)
            continue
        if name == "pipe docx":
            assert text == (
                f"{tmp_path / 'pipe.docx'}: cannot read the file: it is a named pipe; a Word "
                "(.docx) document is read from a file, not a pipe: save it to a file and give that"
            )
            continue
        what = "a named pipe" if name.startswith("pipe") else "a device"
        assert f"it is {what}, not a regular file" in text, (name, text)
    assert str(tmp_path / "zero.yaml") in said["zero edition"]
    assert str(tmp_path / "pipe.yaml") in said["pipe edition"]
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


def test_transcripts_given_to_takeaways_take_a_pipe_not_a_device(tmp_path: Path) -> None:
    from forum_messages.errors import Problem
    from forum_messages.synth.transcript_records import transcript_files

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.vtt").symlink_to("/dev/zero")
    problems: list[Problem] = []
    given = [tmp_path / "pipe.txt", tmp_path / "zero.vtt", tmp_path / "missing.txt"]
    found = transcript_files(given, problems)
    assert found == [tmp_path / "pipe.txt"]  # read when its turn comes
    said = {p.file: p.message for p in problems}
    assert "it is a device, not a regular file" in said[str(tmp_path / "zero.vtt")]
    assert said[str(tmp_path / "missing.txt")] == "no such file or folder"


def _write_later(path: Path, data: bytes, hold: float = 0.0) -> threading.Thread:
    """A writer that opens the pipe, writes ``data`` and, after ``hold`` seconds, closes it."""

    def write() -> None:
        with path.open("wb") as fh:
            try:
                fh.write(data)
                fh.flush()
            except BrokenPipeError:  # the reader stopped at its limit
                return
            time.sleep(hold)

    t = threading.Thread(target=write)
    t.start()
    return t


def _same_as_a_file(tmp_path: Path, name: str, data: bytes, read: Any) -> tuple[str, str]:
    """What ``read`` gives for ``data`` in a named pipe (a writer writing it) and in a
    regular file, each path replaced by ``NAME``."""
    said = []
    for kind in ("pipe", "file"):
        path = tmp_path / kind / name
        path.parent.mkdir(exist_ok=True)
        if kind == "pipe":
            os.mkfifo(path)
            writer = _write_later(path, data)
        else:
            path.write_bytes(data)
        try:
            result = repr(read(path))
        except ForumMessagesError as exc:
            result = str(exc)
        if kind == "pipe":
            writer.join(10)
        said.append(result.replace(str(path), "NAME"))
    return said[0], said[1]


DOCUMENT = (
    "# Mensajes\n\n## Acceso\n\n- Las redes comunitarias necesitan espectro asequible.\n"
    "- 农村学校需要可靠的连接。\n"
).encode()


def turns(path: Path) -> Any:
    from forum_messages.ingest.transcript import read_transcript

    return read_transcript(path).turns[:3]


GLOSSARY = (
    "pairs:\n  en-fr:\n    - {term: digital divide, translation: fracture numérique}\n"
    "    - {term: community network, translation: réseau communautaire}\n"
).encode()


def test_a_pipe_with_a_writer_reads_as_the_same_bytes_in_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.documents.importer import import_messages
    from forum_messages.edition import load_edition, preset_path
    from forum_messages.export.jsonread import load_draft_json
    from forum_messages.ingest.loader import validate_reports
    from forum_messages.translation.exchange import load_translation
    from forum_messages.translation.glossary import load_glossary

    monkeypatch.setattr(limits, "PIPE_WAIT_SECONDS", 5.0)

    def reports_read(path: Path) -> Any:
        found = validate_reports([path])
        return (found.counts(), found.problems, found.warnings, found.corpus)

    sample = Path(__file__).resolve().parents[1] / "src/forum_messages/editions/sample"
    reports = (sample / "nri-reports.jsonl").read_bytes()
    yaml_report = (
        "session: 'WS #7'\ntitle: Réseaux communautaires\ntype: Workshop\n"
        "key_takeaways:\n  - 社区网络需要负担得起的频谱。\n  - Las redes comunitarias necesitan "
        "espectro asequible.\n"
    ).encode()
    cases = [
        ("e.yaml", preset_path("igf2025").read_bytes(), load_edition),
        ("r.jsonl", reports, reports_read),
        ("r.yaml", yaml_report, reports_read),
        ("bad.jsonl", b'{"session": "WS #1", "title": 7}\n{', reports_read),
        ("g.yaml", GLOSSARY, lambda p: load_glossary(p, "en", "fr").entries),
        ("t.po", b'msgid "x\nnon, pas du PO\n', load_translation),
        ("d.md", DOCUMENT, import_messages),
        ("m.json", b'{"schema_version": 1, "themes": "aucun"}', load_draft_json),
        ("s.vtt", (Path(__file__).parent / "transcripts/data/ws8.vtt").read_bytes(), turns),
    ]
    expected = {
        "e.yaml": "Edition(name={'en': 'Internet Governance Forum 2025'",
        "r.jsonl": "'statements': 68",
        "r.yaml": "'statements': 2",
        "bad.jsonl": "Problem(file='NAME', line=",
        "g.yaml": "fracture numérique",
        "t.po": "NAME:1: ",
        "d.md": "Las redes comunitarias necesitan espectro asequible.",
        "m.json": "NAME: ",
        "s.vtt": "Turn(",
    }
    for name, data, read in cases:
        piped, filed = _same_as_a_file(tmp_path, name, data, read)
        assert piped == filed, name
        assert expected[name] in piped, piped[:300]


def test_a_pipe_is_read_up_to_the_limit_and_a_silent_writer_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.edition import MAX_EDITION_BYTES, load_edition

    monkeypatch.setattr(limits, "PIPE_WAIT_SECONDS", 0.5)
    pipe = tmp_path / "e.yaml"
    os.mkfifo(pipe)
    writer = _write_later(pipe, b"# " + b"x" * (MAX_EDITION_BYTES + 10) + b"\n")
    with pytest.raises(ForumMessagesError) as big:
        load_edition(pipe)
    writer.join(10)
    assert str(big.value) == (
        f"{pipe}: the edition file is more than 5,000,000 bytes, over the limit of 5,000,000; "
        "is this an edition file? (see docs/limits.md)"
    )
    writer = _write_later(pipe, b"name: Forum\n", hold=2.0)  # writes, then keeps it open
    with pytest.raises(ForumMessagesError) as silent:
        load_edition(pipe)
    writer.join(10)
    assert "whose writer sent 12 bytes, then nothing more for 0.5 s" in str(silent.value)


def test_an_edition_given_as_a_shell_pipe(tmp_path: Path) -> None:
    """``forum-messages validate -e <(cat edition.yaml)``: bash gives ``/dev/fd/63``."""
    from forum_messages.edition import preset_path

    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("needs bash")
    sample = Path(__file__).resolve().parents[1] / "src/forum_messages/editions/sample"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    line = (
        f'"{sys.executable}" -m forum_messages validate -e <(cat "{preset_path("igf2025")}") '
        f'"{sample / "nri-reports.jsonl"}"'
    )
    r = subprocess.run([bash, "-c", line], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and "OK: no problems found." in r.stdout, r.stderr


def test_a_document_or_transcript_through_a_pipe_is_read_up_to_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forum_messages.documents import importer
    from forum_messages.ingest import transcript

    monkeypatch.setattr(limits, "PIPE_WAIT_SECONDS", 5.0)
    monkeypatch.setattr(importer, "MAX_DOCUMENT_BYTES", 40)
    monkeypatch.setattr(transcript, "MAX_TRANSCRIPT_BYTES", 40)
    doc = tmp_path / "d.md"
    os.mkfifo(doc)
    writer = _write_later(doc, DOCUMENT)
    with pytest.raises(ForumMessagesError) as big:
        importer.import_messages(doc)
    writer.join(10)
    assert str(big.value) == (
        f"{doc}: the document is more than 40 bytes of text, over the limit of 40 "
        "(see docs/limits.md)"
    )
    talk = tmp_path / "t.vtt"
    os.mkfifo(talk)
    writer = _write_later(talk, (Path(__file__).parent / "transcripts/data/ws8.vtt").read_bytes())
    with pytest.raises(transcript.TranscriptError) as long:
        transcript.read_transcript(talk)
    writer.join(10)
    assert long.value.message == "the file is more than 40 bytes, over 40"
