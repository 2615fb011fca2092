"""One run of the site with the real pipeline (multilingual sentence encoder) on the sample:
import, background-free draft, curation with real re-tagging, and CLI-identical exports."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from forum_messages.cli import main as cli_main

from .conftest import client_for, make_user
from .helpers import placed_once


@pytest.mark.slow
def test_real_pipeline_end_to_end(db: None, sample_paths: list[str], tmp_path: Path) -> None:
    from forum_messages.web.services import curation, drafting, importing

    ed = importing.edition_from_spec("igf2025", "real")
    importing.import_paths(ed, sample_paths)
    drafting.run_draft(ed, "use")
    placed_once(ed)
    editor = make_user("real-editor", "editor")
    c = client_for(editor)
    assert cli_main(["draft", *sample_paths, "-e", "igf2025", "-o", str(tmp_path)]) == 0
    for fmt in ("md", "json"):
        site = c.get(f"/e/{ed.slug}/export/current.{fmt}").content
        assert site == (tmp_path / f"messages.{fmt}").read_bytes(), fmt
    a, b = list(ed.draft.messages.filter(removed=False).order_by("id")[:2])
    curation.merge(a, [b], editor)
    a.refresh_from_db()
    assert a.tags and all(len(t) == 3 for t in a.tags)
    sims = list(a.sources.values_list("similarity", flat=True))
    # most similar first; similarities within 1e-4 are a tie, listed by statement id
    assert all(later <= first + 1.5e-4 for first, later in pairwise(sims))
    assert 0.0 < max(sims) <= 1.0001
    placed_once(ed)
