"""Bulk import of consultation responses as comments: campaigns, rejects, staged in chunks and
made visible in one transaction."""

from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rich.console import Console

from forum_messages.evaluation.consultations import text as generated_text
from forum_messages.ingest.consultation import parse_columns
from forum_messages.web import consultcmd
from forum_messages.web.models import (
    Campaign,
    Comment,
    CommentKey,
    ConsultationImport,
    StagedAddition,
    StagedComment,
    StagedGroup,
    StagedKey,
)
from forum_messages.web.services import comments, consultimport, consultstage, staged

COLUMNS = parse_columns("id=ID,text=Q1,Q2,group=Type,organisation=Org,theme=Theme")
BASE = (
    "Rural communities need affordable connectivity before any other digital service. "
    "Spectrum for community networks should be licensed at nominal cost."
)
ADDED = "Our village waited ten years for a mobile mast."


def write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["ID", "Type", "Org", "Theme", "Q1", "Q2"])
        w.writeheader()
        for r in rows:
            w.writerow({k: r.get(k, "") for k in w.fieldnames})
    return path


def own_text(k: int) -> str:
    """A text of its own (no near-copy of another), made by the consultation generator."""
    return generated_text(random.Random(k), "en", 3)


def consultation(tmp_path: Path, n_copies: int = 4, n_own: int = 3, start: int = 1) -> Path:
    rows = []
    for i in range(n_copies):
        text = BASE + (" " + ADDED if i == n_copies - 1 else "")
        rows.append({"ID": f"R{start + i}", "Type": "Individual", "Q1": text})
    for j in range(n_own):
        k = start + n_copies + j
        rows.append(
            {
                "ID": f"R{k}",
                "Type": "Business",
                "Org": f"Firm {k}",
                "Theme": "trust",
                "Q1": own_text(k),
                "Q2": own_text(k + 100_000),
            }
        )
    return write(tmp_path / "export.csv", rows)


def test_import_makes_one_comment_per_answer_with_campaigns(published: Any, tmp_path: Path) -> None:
    result = consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    assert (result.responses, result.comments, result.rejected) == (7, 4 + 3 * 2, 0)
    got = Comment.objects.filter(edition=published, batch=result.batch)
    assert got.count() == 10
    copies = got.filter(stakeholder_group="Individual")
    campaign_ids = set(copies.values_list("campaign_id", flat=True))
    assert len(campaign_ids) == 1 and None not in campaign_ids
    assert result.campaigns == 1
    edited = copies.get(response_id="R4")
    assert ADDED in edited.addition and edited.question == "Q1"
    firm = got.filter(response_id="R5")
    assert sorted(firm.values_list("question", flat=True)) == ["Q1", "Q2"]
    one = firm.get(question="Q1")
    assert (one.target, one.theme_key, one.name) == ("theme", "trust", "Firm 5")
    assert one.state == Comment.PENDING  # the edition moderates first
    # index keys only for the texts that head a group: the campaign's first and the singles
    keyed = set(CommentKey.objects.filter(edition=published).values_list("comment_id", flat=True))
    assert len(keyed) == 1 + 6
    assert result.batch is not None and result.batch.columns.startswith("id=ID,text=Q1,Q2")


def test_a_bad_row_imports_nothing_and_names_file_row_field(published: Any, tmp_path: Path) -> None:
    path = consultation(tmp_path)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(",Individual,,,no id here,\n")  # row 9: no response id
        fh.write("R99,Individual,,nowhere,text on an unknown theme,\n")  # row 10
    with pytest.raises(consultimport.Refused) as caught:
        consultimport.import_file(published, path, COLUMNS, name="mine.csv")
    lines = [consultcmd.reject_line(r) for r in caught.value.rejects]
    assert lines[0] == "mine.csv:9: field 'ID': the response has no id"
    assert lines[1].startswith("mine.csv:10: field 'Theme': unknown theme 'nowhere'")
    assert caught.value.count == 2
    assert not Comment.objects.filter(edition=published).exists()
    assert not ConsultationImport.objects.exists()


def test_keep_going_imports_the_good_rows_and_keeps_the_rejects(
    published: Any, tmp_path: Path
) -> None:
    path = consultation(tmp_path)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"R50,Individual,,,{'x' * 5001},\n")
    result = consultimport.import_file(published, path, COLUMNS, keep_going=True)
    assert result.comments == 10 and result.rejected == 1
    assert result.batch is not None
    assert result.batch.rejects[0]["row"] == 9 and result.batch.rejects[0]["field"] == "Q1"
    assert not Comment.objects.filter(response_id="R50").exists()


def test_a_missing_column_refuses_even_with_keep_going(published: Any, tmp_path: Path) -> None:
    path = consultation(tmp_path)
    with pytest.raises(consultimport.Refused) as caught:
        consultimport.import_file(published, path, parse_columns("id=ID,text=Q9"), keep_going=True)
    assert caught.value.rejects[0].row == 1 and caught.value.rejects[0].field == "Q9"


def test_importing_again_rejects_the_responses_already_there(
    published: Any, tmp_path: Path
) -> None:
    path = consultation(tmp_path)
    consultimport.import_file(published, path, COLUMNS)
    with pytest.raises(consultimport.Refused) as caught:
        consultimport.import_file(published, path, COLUMNS)
    assert caught.value.count == 7
    assert "response 'R1' is already imported" in caught.value.rejects[0].reason
    assert Comment.objects.filter(edition=published).count() == 10


def test_copies_join_the_campaign_of_a_comment_posted_on_the_site(
    published: Any, tmp_path: Path
) -> None:
    posted = comments.submit(
        published, comments.Target("draft"), {"text": BASE}, "10.0.0.1", comments.new_token()
    )
    result = consultimport.import_file(published, consultation(tmp_path, n_own=0), COLUMNS)
    posted.refresh_from_db()
    assert posted.campaign_id is not None
    members = Comment.objects.filter(campaign_id=posted.campaign_id)
    assert members.count() == 1 + 4 and result.campaigns == 1
    assert ADDED in members.get(response_id="R4").addition


def test_import_needs_a_draft_under_review(edition: Any, tmp_path: Path) -> None:
    with pytest.raises(consultimport.ImportError_, match="publish the draft for review"):
        consultimport.import_file(edition, consultation(tmp_path), COLUMNS)


def test_queries_do_not_grow_with_the_rows(published: Any, tmp_path: Path) -> None:
    consultimport.import_file(published, consultation(tmp_path, 3, 3, start=1000), COLUMNS)
    counts = []  # both imports below look for near-copies among the comments stored before
    for start, size in ((1, 5), (100, 40)):
        path = consultation(tmp_path, n_copies=size, n_own=size, start=start)
        with CaptureQueriesContext(connection) as ctx:
            consultimport.import_file(published, path, COLUMNS)
        sql = [q["sql"] for q in ctx.captured_queries]
        inserts = sum(1 for q in sql if q.startswith("INSERT"))
        counts.append(len(sql) - inserts)
        assert inserts <= 2 + size  # bulk inserts of many rows each (the database's limit)
    assert counts[0] == counts[1]  # reads and updates: the same for 15 and 120 comments


def test_import_comments_command(published: Any, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    handlers = consultcmd.register(parser.add_subparsers(dest="command"))
    out, err = Console(record=True, width=200), Console(record=True, width=200)
    path = consultation(tmp_path)
    spec = "id=ID,text=Q1,Q2,group=Type,organisation=Org,theme=Theme"
    args = parser.parse_args(
        ["import-comments", str(path), "-e", published.slug, "--columns", spec]
    )
    assert handlers["import-comments"](args, out, err) == 0
    assert "7 responses read, 10 comments imported, 1 campaigns" in out.export_text()
    assert handlers["import-comments"](args, out, err) == 1  # the same file again
    assert "7 row(s) rejected: nothing was imported" in err.export_text()


def test_import_comments_is_a_forum_messages_command() -> None:
    from forum_messages.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert "import-comments" in sub.choices  # type: ignore[operator]


STAGING = (StagedComment, StagedKey, StagedGroup, StagedAddition)


def test_rows_are_staged_in_chunks_unseen_until_the_last_transaction(
    published: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(consultimport, "CHUNK", 3)
    monkeypatch.setattr(staged, "PAUSE_SECONDS", 0)
    seen: list[tuple[int, int, bool]] = []
    real = consultstage.stage_chunk

    def spying(batch: Any, rows: list[Any], keys: list[Any]) -> None:
        real(batch, rows, keys)  # rows: the reading pass; keys: the groups' heads after it
        listed = ConsultationImport.objects.filter(edition=published, finished=True).exists()
        seen.append((StagedComment.objects.count(), Comment.objects.count(), listed))

    monkeypatch.setattr(consultstage, "stage_chunk", spying)
    result = consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    staged_counts = list(dict.fromkeys(n for n, _c, _l in seen))
    # a chunk is written once a response's answers fill it (rows 5 to 7 have two answers)
    assert staged_counts == [3, 6, 10]
    assert all(c == 0 and not listed for _n, c, listed in seen)  # nothing seen meanwhile
    assert result.comments == Comment.objects.filter(edition=published).count() == 10
    assert result.batch is not None and result.batch.finished
    assert not any(m.objects.exists() for m in STAGING)  # staging emptied once done
    tokens = set(Comment.objects.values_list("token", flat=True))
    assert len(tokens) == 10


@pytest.mark.parametrize("where", ["reading", "publishing"])
def test_a_failure_at_any_step_leaves_nothing_imported(
    published: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    monkeypatch.setattr(consultimport, "CHUNK", 2)
    monkeypatch.setattr(staged, "PAUSE_SECONDS", 0)
    calls = []
    real_stage, real_publish = consultstage.stage_chunk, consultstage.publish

    def stage(batch: Any, rows: list[Any], keys: list[Any]) -> None:
        calls.append(len(rows))
        if where == "reading" and len(calls) == 3:
            raise OSError("disk full")
        real_stage(batch, rows, keys)

    def publish(*args: Any) -> int:
        real_publish(*args)  # the comments are written, then the transaction fails
        raise OSError("disk full")

    monkeypatch.setattr(consultstage, "stage_chunk", stage)
    monkeypatch.setattr(consultstage, "publish", publish)
    with pytest.raises(OSError, match="disk full"):
        consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    assert len(calls) >= 3
    assert not Comment.objects.filter(edition=published).exists()
    assert not Campaign.objects.filter(edition=published).exists()
    assert not CommentKey.objects.exists()
    assert not ConsultationImport.objects.exists()
    assert not any(m.objects.exists() for m in STAGING)


def test_an_import_cut_off_is_cleaned_up_by_the_next(published: Any, tmp_path: Path) -> None:
    cut = ConsultationImport.objects.create(
        edition=published, file_name="x.csv", columns="", finished=False, stager="1-ab-1-cd"
    )  # started in 1970: older than any import can run
    StagedComment.objects.create(
        batch=cut, seq=0, grp=0, token="t", target="draft", text="t", fingerprint="f"
    )
    running = ConsultationImport.objects.create(
        edition=published, file_name="y.csv", columns="", finished=False, stager=staged.new_key()
    )  # this process, now: still running
    consultimport.import_file(published, consultation(tmp_path), COLUMNS)
    assert not ConsultationImport.objects.filter(pk=cut.pk).exists()
    assert not StagedComment.objects.exists()
    assert ConsultationImport.objects.filter(pk=running.pk).exists()
