"""The count of the readable report files' framed statements (bench/report_frames.py): it
reads only the development files, the spent ones and the older test files, never a held-out
file, and what it counts adds up; with ``--drafts`` each message text it prints keeps the
frame of its statement, in one of the bench's classes."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest

from forum_messages.evaluation.frame_kept import keeps_frame


def test_only_the_development_files_are_read_and_the_counts_add_up(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = bench_module("report_frames")
    monkeypatch.setattr("sys.argv", ["report_frames.py"])
    module.main()
    lines = capsys.readouterr().out.splitlines()
    files = [line.split(":")[0] for line in lines[:-1]]
    readable = (*module.SPENT, *module.OLDER)
    assert files and all(name.startswith("dev-") or name in readable for name in files)
    assert set(readable) <= set(files)
    assert not any(module.is_held_out(name) for name in files)
    found = [tuple(map(int, re.findall(r"\d+", line))) for line in lines]
    *each, total = found
    assert total == tuple(sum(row[k] for row in each) for k in range(3))
    # the Russian development file's framed statements are all stated as the editor's points
    ru = found[files.index("dev-ru-mid.yaml")]
    assert ru[0] == ru[1] > 0 and ru[2] == 0


def test_a_held_out_file_is_refused(
    bench_module: Callable[[str], ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    module = bench_module("report_frames")
    monkeypatch.setattr("sys.argv", ["report_frames.py", "--drafts", "test-vladivostok.yaml"])
    with pytest.raises(SystemExit, match="not a readable report file"):
        module.main()


def test_each_text_printed_from_a_draft_keeps_its_frame_in_one_class(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The spent Cartagena file drafted by the real pipeline: every message text printed
    keeps the frame of the statement it comes from (``frame_kept.keeps_frame``), its class is
    one of the bench's, and the table counts the texts printed."""
    module = bench_module("report_frames")
    monkeypatch.setattr("sys.argv", ["report_frames.py", "--drafts", "test-cartagena.yaml"])
    module.main()
    out = capsys.readouterr().out
    entries = re.findall(
        r"^-- \S+ \S+ \(\w+\) \[([\w ]+)\]\n   statement: (.*)\n   editor:    (.*)\n"
        r"   text:      (.*)$",
        out,
        re.M,
    )
    assert entries
    for why, statement, editor, text in entries:
        assert why in module.CLASSES
        assert keeps_frame(text, statement, editor)
    row = next(line for line in out.splitlines() if line.startswith("test-cartagena.yaml"))
    framed, *classes = map(int, row.split()[1:])
    assert sum(classes) == len(entries) <= framed


def test_detect_reads_a_statement_in_its_own_language(
    bench_module: Callable[[str], ModuleType],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An English statement in the Spanish spent file keeps its frame when read as Spanish
    (the file's language) and loses it when read as English, as a draft reads it."""
    module = bench_module("report_frames")
    call = "The forum asks Parliament not to pass"
    monkeypatch.setattr("sys.argv", ["report_frames.py", "--show", "test-cartagena.yaml"])
    module.main()
    as_file = capsys.readouterr().out
    monkeypatch.setattr(
        "sys.argv", ["report_frames.py", "--show", "--detect", "test-cartagena.yaml"]
    )
    module.main()
    as_detected = capsys.readouterr().out
    assert f"KEPT test-cartagena.yaml: {call}" in as_file
    assert call not in as_detected
