"""Names and texts from outside reach the terminal as they are: rich markup in a file name, a
theme or an error is shown, not applied (nor a crash on an unmatched tag)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from forum_messages.cli import main
from forum_messages.terminal import shown


def test_shown_keeps_markup_and_escapes_controls() -> None:
    out = Console(record=True, width=200, force_terminal=False)
    name = "notes[/draft] [bold]x\x1b[31m"
    out.print(f"[red]error[/red]: {shown(name)}")
    assert out.export_text().strip() == "error: notes[/draft] [bold]x\\x1b[31m"


def test_a_missing_file_named_like_markup_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "r[" / "x].yaml"
    assert main(["validate", str(missing)]) == 1
    err = capsys.readouterr().err
    assert "r[/x].yaml: no such file or folder" in err
    assert "Traceback" not in err and "internal error" not in err


def test_a_theme_and_a_file_named_like_markup_are_printed_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "[bold]reports[/bold]"
    folder.mkdir(parents=True)
    report = folder / "s[i].yaml"
    report.write_text(
        "session: 'WS #1'\ntheme: '[/theme]'\n"
        "key_takeaways: ['Community networks need affordable spectrum.']\n",
        encoding="utf-8",
    )
    assert main(["validate", str(report)]) == 0
    out = capsys.readouterr().out
    assert "themes: [/theme] 1" in out
    draft = tmp_path / "out[/o]"
    argv = ["draft", str(report), "--edition", "minimal", "--embedder", "hash", "-o", str(draft)]
    assert main(argv) == 1  # the edition has no such theme: the error names it as written
    assert "field 'theme': unknown theme '[/theme]'" in capsys.readouterr().err
    report.write_text(report.read_text(encoding="utf-8").replace("[/theme]", "connectivity"))
    assert main(argv) == 0
    printed = " ".join(capsys.readouterr().out.split())
    assert f"wrote {draft / 'messages.md'}" in printed
