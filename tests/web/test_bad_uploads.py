"""Bad files given to the site (edition file upload, consultation import): refused whole with a
message naming the file, never cut short or read in part (docs/hardening.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from forum_messages.edition import MAX_EDITION_BYTES, preset_path
from forum_messages.ingest.consultation import parse_columns
from forum_messages.web.models import Comment, ConsultationImport, Edition
from forum_messages.web.services import consultimport

from .conftest import client_for

CONSULTATION = "consultation:\n  id: ResponseID\n  text: Q1\n"


def test_an_edition_file_over_2_mb_is_read_whole(users: dict[str, Any]) -> None:
    # before: the upload was cut at 2,000,000 bytes and what came after silently left out
    # (here the consultation: mapping at the end of a file with a long comment in it)
    text = preset_path("minimal").read_text(encoding="utf-8")
    text += "# " + "notes on the themes " * 110_000 + "\n" + CONSULTATION
    assert 2_000_000 < len(text.encode()) < MAX_EDITION_BYTES
    c = client_for(users["editor"])
    r = c.post(
        "/staff/new/", {"file": SimpleUploadedFile("long.yaml", text.encode()), "slug": "long"}
    )
    assert r.status_code == 302 and r["Location"] == "/staff/e/long/"
    assert Edition.objects.get(slug="long").spec_yaml.endswith(CONSULTATION)


def test_an_edition_file_over_the_limit_is_refused_naming_it(users: dict[str, Any]) -> None:
    text = "# " + "x" * MAX_EDITION_BYTES + "\nname: Too long\nyear: 2026\n"
    c = client_for(users["editor"])
    r = c.post("/staff/new/", {"file": SimpleUploadedFile("big.yaml", text.encode())})
    page = c.get(r["Location"]).content.decode()
    assert "big.yaml: the edition file is over the limit of 5,000,000 bytes" in page
    assert not Edition.objects.filter(title="Too long").exists()


@pytest.mark.parametrize(
    ("encoding", "answer"),
    [
        ("latin-1", "Les États doivent protéger les données personnelles."),
        ("cp1256", "يجب على الحكومات حماية البيانات الشخصية للمواطنين."),
        ("gb18030", "各国政府应当保护公民的个人数据。"),
    ],
)
def test_an_export_in_a_legacy_encoding_imports_nothing_even_with_keep_going(
    published: Any, tmp_path: Path, encoding: str, answer: str
) -> None:
    # before: with --keep-going the rows above the first byte that is not UTF-8 were
    # imported and the rows after it dropped without a word
    path = tmp_path / "export.csv"
    path.write_bytes(
        (
            "ResponseID,Q1\n"
            "R1,Community networks need affordable spectrum licences.\n"
            f"R2,{answer}\n"
            "R3,Rural schools should be connected before the next budget cycle.\n"
        ).encode(encoding)
    )
    columns = parse_columns("id=ResponseID,text=Q1")
    with pytest.raises(consultimport.Refused) as caught:
        consultimport.import_file(published, path, columns, name="mine.csv", keep_going=True)
    (reject,) = caught.value.rejects
    assert reject.file == "mine.csv" and reject.row == 0
    assert "not valid UTF-8" in reject.reason and "on line 3" in reject.reason
    assert not Comment.objects.filter(edition=published).exists()
    assert not ConsultationImport.objects.filter(finished=True).exists()


def test_rejects_print_the_file_s_controls_as_escapes(published: Any, tmp_path: Path) -> None:
    # before: a theme cell holding a terminal escape sequence or a right-to-left override
    # was printed as it was, clearing the screen or reversing the line it was on
    import argparse

    from rich.console import Console

    from forum_messages.web import consultcmd

    path = tmp_path / "export.csv"
    path.write_text(
        "ID,Q1,Theme\nR1,Community networks need spectrum.,\x1b[2J\u202eytefas\n",
        encoding="utf-8",
    )
    parser = argparse.ArgumentParser()
    handlers = consultcmd.register(parser.add_subparsers(dest="command"))
    out, err = Console(record=True, width=300), Console(record=True, width=300)
    spec = "id=ID,text=Q1,theme=Theme"
    args = parser.parse_args(
        ["import-comments", str(path), "-e", published.slug, "--columns", spec]
    )
    assert handlers["import-comments"](args, out, err) == 1
    text = err.export_text()
    assert "unknown theme '\\x1b[2J\\u202eytefas'" in text
    assert "\x1b" not in text and "\u202e" not in text
