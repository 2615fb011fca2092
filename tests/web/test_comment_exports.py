"""The public comment files at scale: written to disk a chunk of comments at a time (the XLSX
as XML written straight to the file) and sent from the file, never built in memory."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import FileResponse
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from forum_messages.web.models import Comment
from forum_messages.web.services import answers, consultimport, handledfile

from .conftest import client_for
from .test_consultation_import import COLUMNS, consultation


@pytest.fixture
def visible(published: Any, tmp_path: Path) -> Any:
    """10 imported comments (a campaign of 4), all visible."""
    consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    Comment.objects.filter(edition=published).update(state=Comment.VISIBLE)
    return published


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_public_files_are_written_in_chunks_and_sent_from_disk(
    visible: Any, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    monkeypatch.setattr(handledfile, "CHUNK", 3)
    with CaptureQueriesContext(connection) as ctx:
        r = client_for(None).get(f"/e/{visible.slug}/comments.{fmt}")
    assert isinstance(r, FileResponse) and r.streaming
    body = r.getvalue()
    chunks = [q["sql"] for q in ctx.captured_queries if '"fm_comment"."id" IN (' in q["sql"]]
    assert len(chunks) == 4  # 10 comments read 3 at a time
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    else:
        ws = load_workbook(io.BytesIO(body)).active
        assert ws.freeze_panes == "A2" and ws["A1"].font.b
        rows = [[str(c.value or "") for c in row] for row in ws.iter_rows()]
    assert rows[0] == answers.header()
    ids = [int(row[0]) for row in rows[1:]]
    expected = Comment.objects.filter(edition=visible).order_by("created", "id")
    assert ids == list(expected.values_list("pk", flat=True))
    sizes = sorted(row[9] for row in rows[1:])
    assert sizes == [""] * 6 + ["4"] * 4  # the campaign's size on each of its copies


def test_an_earlier_file_is_removed_once_a_new_one_is_made(visible: Any) -> None:
    url = f"/e/{visible.slug}/comments.csv"
    folder = Path(handledfile._folder())
    killed = folder / ".left-by-a-killed-build.part"
    killed.write_text("half a file")
    os.utime(killed, (1, 1))  # long ago
    client_for(None).get(url).getvalue()
    assert not killed.exists()
    first = {p.name for p in folder.glob(f"{visible.pk}-csv-*")}
    assert len(first) == 1
    Comment.objects.filter(edition=visible).first().delete()  # type: ignore[union-attr]
    body = client_for(None).get(url).getvalue().decode("utf-8-sig")
    assert body.count("\r\n") == 1 + 9
    second = {p.name for p in folder.glob(f"{visible.pk}-csv-*")}
    assert len(second) == 1 and second != first
    assert not list(folder.glob(".*.part"))  # no temporary file left


def test_the_state_of_the_comments_is_read_once_per_cache_period(
    visible: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = handledfile.state_of

    def counted(edition: Any) -> str:
        calls.append(edition.pk)
        return real(edition)

    monkeypatch.setattr(handledfile, "state_of", counted)
    url = f"/e/{visible.slug}/comments.csv"
    with override_settings(PUBLIC_CACHE_SECONDS=0):  # every download sees every change
        client_for(None).get(url).getvalue()
        client_for(None).get(url).getvalue()
    assert len(calls) == 2
    cache.clear()
    with override_settings(PUBLIC_CACHE_SECONDS=60):
        first = client_for(None).get(url).getvalue()
        Comment.objects.filter(edition=visible).first().delete()  # type: ignore[union-attr]
        again = client_for(None).get(url).getvalue()
        assert len(calls) == 3 and again == first  # a few seconds behind, like a public page
        cache.clear()
        assert client_for(None).get(url).getvalue().count(b"\r\n") == 1 + 9
