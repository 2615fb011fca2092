"""The bundled sample reports load with the bundled IGF 2025 edition (when both exist)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from forum_messages.edition import load_edition, preset_names
from forum_messages.ingest import load_reports, validate_reports

SAMPLE = Path(str(resources.files("forum_messages") / "editions" / "sample"))


@pytest.mark.skipif(
    "igf2025" not in preset_names() or not SAMPLE.is_dir(), reason="bundled files not written yet"
)
def test_bundled_sample_loads_with_the_igf2025_preset() -> None:
    edition = load_edition("igf2025")
    report = validate_reports([SAMPLE], edition)
    assert report.problems == ()
    counts = report.counts()
    assert counts["sessions"] > 0 and counts["statements"] > 0
    themes = {s.theme for s in report.corpus.sessions if s.theme is not None}
    assert themes <= set(edition.theme_keys())  # sessions without a theme are allowed
    # loading twice gives the same ids
    assert load_reports([SAMPLE], edition) == report.corpus
