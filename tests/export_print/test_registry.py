"""pdf and docx are formats like the others: render, render_bytes and write_outputs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from forum_messages import export
from forum_messages.export import PRINT_FORMATS, render, render_bytes, write_outputs
from forum_messages.model import Draft

from .printdrafts import make_draft, require_pdf


def test_print_formats_are_registered_but_not_default() -> None:
    assert PRINT_FORMATS == ("pdf", "docx")
    assert set(PRINT_FORMATS) <= set(export.RENDERERS)
    assert not set(PRINT_FORMATS) & set(export.FORMATS)
    assert export.RENDERERS["pdf"].filename == "messages.pdf"
    assert export.RENDERERS["docx"].filename == "messages.docx"


def test_write_outputs_writes_binary_formats(tmp_path: Path) -> None:
    require_pdf("en")
    draft: Draft = make_draft("en")
    paths = write_outputs(draft, tmp_path, ["md", "pdf", "docx"])
    assert [p.name for p in paths] == ["messages.md", "messages.pdf", "messages.docx"]
    assert paths[1].read_bytes().startswith(b"%PDF-")
    assert zipfile.is_zipfile(paths[2])
    assert paths[1].read_bytes() == render(draft, "pdf")
    assert paths[0].read_bytes() == render_bytes(draft, "md")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)
