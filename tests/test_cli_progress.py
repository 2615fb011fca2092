"""The program's own costs around the work: progress bars nobody watches, the exit."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from forum_messages.cli import main, sample_paths
from forum_messages.synth import pipeline


def test_no_redraw_thread_when_the_output_is_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    running: list[str] = []
    real = pipeline.run_pipeline

    def watched(*args: Any, **kwargs: Any) -> Any:
        running.extend(type(t).__name__ for t in threading.enumerate())
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "run_pipeline", watched)
    args = ["draft", *map(str, sample_paths()), "-e", "igf2025", "--embedder", "hash"]
    assert main([*args, "--format", "md", "-o", str(tmp_path)]) == 0
    assert running  # the pipeline ran, inside the progress display
    assert "_RefreshThread" not in running  # rich's redraw thread, ten times a second
    out = capsys.readouterr().out
    assert "Grouping messages" in out  # the bars are still written, once, when done
    assert (tmp_path / "messages.md").is_file()


def test_the_program_leaves_its_objects_to_the_end_of_the_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import gc

    from forum_messages.cli import GC_THRESHOLD, run

    monkeypatch.setattr("sys.argv", ["forum-messages", "settings"])
    before, threshold = gc.get_freeze_count(), gc.get_threshold()
    try:
        assert run() == 0  # what main gives
        # the interpreter's last collection, at exit, then skips every object made so far
        assert gc.get_freeze_count() > before
        # and the collector ran seldom meanwhile
        assert gc.get_threshold() == GC_THRESHOLD and GC_THRESHOLD[0] > 10 * threshold[0]
    finally:
        if before == 0:
            gc.unfreeze()
        gc.set_threshold(*threshold)
    assert capsys.readouterr().out  # the command ran and printed its table
