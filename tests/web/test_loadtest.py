"""The load benchmark runs end to end (a few clients for a few seconds) and its check holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_loadtest_smoke(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    r = subprocess.run(
        [sys.executable, "-m", "forum_messages.web.loadtest", "--clients", "4", "--seconds", "3",
         "--workers", "2", "--threads", "4", "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["ok"] and report["errors"] == 0
    assert report["check"]["accepted"] == report["check"]["stored"] > 0
    assert report["check"]["lost"] == report["check"]["duplicated"] == 0
    assert report["reads"] > 0 and report["all"]["p95_ms"] > 0
