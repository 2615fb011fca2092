"""The count of the development report files' framed statements (bench/report_frames.py): it
reads only the development files, and what it counts adds up."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType

import pytest


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
    assert files and all(name.startswith("dev-") for name in files)
    found = [tuple(map(int, re.findall(r"\d+", line))) for line in lines]
    *each, total = found
    assert total == tuple(sum(row[k] for row in each) for k in range(3))
    # the Russian development file's framed statements are all stated as the editor's points
    ru = found[files.index("dev-ru-mid.yaml")]
    assert ru[0] == ru[1] > 0 and ru[2] == 0
